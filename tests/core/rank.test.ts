import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createContactRules, type Contact } from "../../src/core/contact";
import { formatDay } from "../../src/core/days";
import { foldText, humanizeCadence, humanizeDays } from "../../src/core/humanize";
import { birthdayTiming, BAND_ORDER, evaluateContact, rankContacts, type RankContext } from "../../src/core/rank";
import { contact, day, rankOne, settings, TODAY } from "../builders";
import { FUZZ_RUNS } from "../fuzz";

const ago = (days: number): string => formatDay(TODAY - days);

describe("bands", () => {
	it.each<[string, Record<string, unknown>, string | null, string]>([
		["news within the window, after the last contact", { "last-contact": ago(60), "recent-news": [`${ago(12)} promotion: VP`] }, "congratulate", "listed"],
		["news acknowledged by a later contact", { "last-contact": ago(5), "recent-news": [`${ago(12)} promotion: VP`] }, null, "on-track"],
		["news on the day of the last contact (already acknowledged)", { "last-contact": ago(12), "recent-news": [`${ago(12)} promotion: VP`] }, null, "on-track"],
		["news just outside the window", { "last-contact": ago(200), "recent-news": [`${ago(31)} promotion: VP`] }, "fading", "listed"],
		["news exactly at the window's edge", { "last-contact": ago(200), "recent-news": [`${ago(30)} promotion: VP`] }, "congratulate", "listed"],
		["news dated in the future", { "last-contact": ago(10), "recent-news": [`${formatDay(TODAY + 3)} promotion: VP`] }, null, "on-track"],
		["undated news", { "last-contact": ago(10), "recent-news": ["got promoted"] }, null, "on-track"],
		["news with no last contact at all", { "recent-news": [`${ago(3)} new-job: Stripe`] }, "congratulate", "listed"],
		["three years of silence", { "last-contact": ago(1095) }, "dormant", "listed"],
		["just under three years", { "last-contact": ago(1094) }, "fading", "listed"],
		["overdue on the default cadence", { "last-contact": ago(90) }, "fading", "listed"],
		["no last contact", { "how-we-met": "PyCon" }, "unknown", "listed"],
		["80% of the cadence", { "last-contact": ago(72) }, "soon", "listed"],
		["just under 80%", { "last-contact": ago(71) }, null, "on-track"],
		["contacted today", { "last-contact": ago(0) }, null, "on-track"],
		["snoozed until a future day", { "last-contact": ago(400), "snooze-until": formatDay(TODAY + 1) }, null, "snoozed"],
		["a snooze that ended today", { "last-contact": ago(400), "snooze-until": ago(0) }, "fading", "listed"],
		["paused", { "last-contact": ago(400), paused: true }, null, "paused"],
		["archived, even with fresh news", { archived: "yes", "recent-news": [`${ago(2)} married`] }, null, "paused"],
		["hard news within the window", { "last-contact": ago(60), "recent-news": [`${ago(12)} her father passed away`] }, "support", "listed"],
		["a layoff", { "last-contact": ago(60), "recent-news": [`${ago(12)} job-loss: Acme`] }, "support", "listed"],
		["private news", { "last-contact": ago(60), "recent-news": [`${ago(12)} divorced`] }, "support", "listed"],
		["hard news already acknowledged", { "last-contact": ago(5), "recent-news": [`${ago(12)} her father passed away`] }, null, "on-track"],
		["hard news and good news: hard news first", { "last-contact": ago(60), "recent-news": [`${ago(20)} diagnosed with MS`, `${ago(2)} promotion: VP`] }, "support", "listed"],
		["news with no telling words", { "last-contact": ago(10), "recent-news": [`${ago(3)} ran a marathon`] }, null, "on-track"],
		["someone who has died, however overdue or newsworthy", { "last-contact": ago(900), died: "2026-06-02", "recent-news": [`${ago(2)} award`], birthday: "11-26" }, null, "in-memory"],
		["passed away: true", { "last-contact": ago(900), "passed-away": true }, null, "in-memory"],
		["deceased: no", { "last-contact": ago(900), deceased: "no" }, "fading", "listed"],
	])("%s", (_label, frontmatter, band, status) => {
		const entry = rankOne(frontmatter);
		expect([entry.band, entry.status]).toEqual([band, status]);
	});

	it("uses the explicit cadence, else the tier, else the default", () => {
		expect(rankOne({ "last-contact": ago(20), cadence: "2w", tier: "outer" })).toMatchObject({ cadenceDays: 14, cadenceSource: "cadence", band: "fading" });
		expect(rankOne({ "last-contact": ago(20), tier: "inner" })).toMatchObject({ cadenceDays: 14, cadenceSource: "tier", band: "fading" });
		expect(rankOne({ "last-contact": ago(20), tier: "Outer" })).toMatchObject({ cadenceDays: 180, cadenceSource: "tier", status: "on-track" });
		expect(rankOne({ "last-contact": ago(20) })).toMatchObject({ cadenceDays: 90, cadenceSource: "default" });
		expect(rankOne({ "last-contact": ago(20), tier: "bestie" })).toMatchObject({ cadenceDays: 90, cadenceSource: "default" });
	});

	it("follows the configured news window and dormant threshold", () => {
		const context: Partial<RankContext> = { settings: settings({ newsWindowDays: 7, dormantDays: 730 }) };
		expect(rankOne({ "last-contact": ago(800), "recent-news": [`${ago(10)} award`] }, context).band).toBe("dormant");
		expect(rankOne({ "last-contact": ago(100), "recent-news": [`${ago(6)} award`] }, context).band).toBe("congratulate");
	});
});

describe("hard news, private news and undated news in the reasons", () => {
	it.each([
		[`${ago(5)} her father passed away`, "Her father passed away — 5 days ago"],
		[`${ago(5)} job-loss: laid off from Acme`, "Lost their job: laid off from Acme — 5 days ago"],
		[`${ago(5)} health: diagnosed with lymphoma`, "Health news — 5 days ago"],
		[`${ago(5)} diagnosed with lymphoma`, "Health news — 5 days ago"],
		[`${ago(5)} separation: he moved out in May`, "Private news in the note — 5 days ago"],
		[`${ago(5)} got divorced`, "Private news in the note — 5 days ago"],
		[`${ago(5)} new-job: after being laid off, joined Stripe`, "Started a new job — 5 days ago"],
		[`${ago(5)} job-loss: laid off while on sick leave`, "Lost their job — 5 days ago"],
		[`${ago(5)} her mother died after a long illness`, "Loss — 5 days ago"],
		[`${ago(5)} promotion: VP at Acme`, "Promoted: VP at Acme — 5 days ago"],
	])("%s → %j", (item, reason) => {
		expect(rankOne({ "last-contact": ago(100), "recent-news": [item] }).reasons[0]).toBe(reason);
	});

	it("dates news without a date from the day its note was changed, and says it is undated", () => {
		const read = (modified: number | null, item: string) =>
			evaluateContact(createContactRules(settings()).read({ path: "People/Jane Doe.md", frontmatter: { "last-contact": ago(100), "recent-news": [item] }, modified }), { today: TODAY, settings: settings() });
		const undated = read(TODAY - 6, "Baby girl arrived!");
		expect(undated).toMatchObject({ band: "congratulate" });
		expect(undated.reasons[0]).toBe("Baby girl arrived! — undated, noted 6 days ago");
		const inWords = read(TODAY - 6, "Baby girl arrived last week!");
		expect(inWords.reasons[0]).toBe("Baby girl arrived last week! — 13 days ago");
		expect(read(null, "Baby girl arrived!").band).toBe("fading");
		// Written before the last contact: already acknowledged.
		expect(read(TODAY - 120, "Baby girl arrived!").band).toBe("fading");
	});

	it("shows news with no telling words as a further reason, without a band of its own", () => {
		const entry = evaluateContact(createContactRules(settings()).read({ path: "People/Jane Doe.md", frontmatter: { "last-contact": ago(100), "recent-news": ["Bought a sailboat"] }, modified: TODAY - 2 }), { today: TODAY, settings: settings() });
		expect(entry.band).toBe("fading");
		expect(entry.reasons).toContain("Bought a sailboat — undated, noted 2 days ago");
		expect(entry.strategy).toBe("news");
	});

		it("counts the people in memory apart, and never reminds of their birthday", () => {
		const ranking = rankContacts([contact({ died: true, birthday: "11-26", "last-contact": ago(400) }), contact({ "last-contact": ago(400) }, "People/B.md")], { today: TODAY, settings: settings() });
		expect(ranking.counts).toMatchObject({ listed: 1, inMemory: 1 });
		const [gone] = [...rankContacts([contact({ died: true, birthday: "11-26" })], { today: TODAY, settings: settings() }).entries];
		expect(gone).toBeUndefined();
		expect(rankOne({ died: true, birthday: "11-26" }).birthday).toBeNull();
		expect(rankOne({ died: true, birthday: "11-26" }).reasons).toContain("In memory: never reminded");
	});

	it("lists hard news first, then good news, each most recent first", () => {
		const contacts = [
			contact({ name: "Fading Fay", "last-contact": ago(200) }, "People/Fay.md"),
			contact({ name: "Good Gus", "last-contact": ago(200), "recent-news": [`${ago(1)} award`] }, "People/Gus.md"),
			contact({ name: "Hard Hal", "last-contact": ago(200), "recent-news": [`${ago(20)} laid off`] }, "People/Hal.md"),
			contact({ name: "Hard Hana", "last-contact": ago(200), "recent-news": [`${ago(3)} her mother died`] }, "People/Hana.md"),
		];
		const ranking = rankContacts(contacts, { today: TODAY, settings: settings() });
		expect(ranking.entries.map((entry) => `${entry.band}: ${entry.contact.name}`)).toEqual(["support: Hard Hana", "support: Hard Hal", "congratulate: Good Gus", "fading: Fading Fay"]);
		expect(BAND_ORDER[0]).toBe("support");
		expect(ranking.entries.map((entry) => entry.strategy)).toEqual(["support", "support", "congratulate", "check-in"]);
	});

	it("never mentions someone who has died as a person in common", () => {
		const walter = contact({ died: "2026-06-02", "last-contact": ago(2) }, "People/Walter.md");
		expect(rankOne({ "last-contact": ago(100), mutual: "[[Walter]]" }, { resolveContact: () => walter }).mutual).toBeNull();
	});
});

describe("the effective last contact", () => {
	const seenOn = (iso: string, notePath = `Daily/${iso}.md`) => () => ({ kind: "note" as const, day: day(iso), notePath });

	it("is the later of the property and the latest dated note", () => {
		const fromNote = rankOne({ "last-contact": "2026-01-10" }, { lastSeen: seenOn("2026-02-10") });
		expect(fromNote.lastContact).toMatchObject({ kind: "note", day: day("2026-02-10"), notePath: "Daily/2026-02-10.md" });
		expect(fromNote.reasons).toContain("Last seen in 2026-02-10");
		const fromProperty = rankOne({ last_contact: "2026-03-10" }, { lastSeen: seenOn("2026-02-10") });
		expect(fromProperty.lastContact).toEqual({ kind: "property", day: day("2026-03-10"), key: "last_contact" });
		expect(fromProperty.reasons).toContain("Last contact on 2026-03-10");
	});

	it("comes from dated notes alone when there is no property", () => {
		const entry = rankOne({ tags: ["person"] }, { lastSeen: seenOn("2026-09-10") });
		expect([entry.daysSince, entry.band]).toEqual([76, "soon"]);
	});

	it("ignores a future last contact and says so", () => {
		const entry = rankOne({ "last-contact": "2027-02-01" });
		expect(entry.band).toBe("unknown");
		expect(entry.warnings).toEqual([{ key: "last-contact", message: "2027-02-01 is in the future, so it is ignored" }]);
	});
});

describe("reasons", () => {
	it.each<[Record<string, unknown>, string]>([
		[{ "last-contact": ago(426), cadence: "3m" }, "14 months since last contact — usually every 3 months"],
		[{ "last-contact": ago(28), cadence: "weekly" }, "4 weeks since last contact — usually every week"],
		[{ "last-contact": ago(1500), "how-we-met": "PyCon" }, "4 years since last contact — a dormant tie worth reviving"],
		[{ "last-contact": ago(80) }, "Due in 10 days — usually every 3 months"],
		[{ tags: ["person"] }, "No last contact yet — add last-contact, or link them from a daily note"],
		[{ "last-contact": ago(60), "recent-news": [`${ago(12)} promotion: VP Engineering at Acme`] }, "Promoted: VP Engineering at Acme — 12 days ago"],
		[{ "last-contact": ago(60), "recent-news": [`${ago(21)} had a baby girl`] }, "Had a baby girl — 3 weeks ago"],
		[{ "last-contact": ago(60), "recent-news": [{ date: ago(1), event: "new-job" }] }, "Started a new job — yesterday"],
		[{ "last-contact": ago(10), "snooze-until": "2026-12-15" }, "Snoozed until 2026-12-15"],
	])("%j → %s", (frontmatter, reason) => {
		expect(rankOne(frontmatter).reasons[0]).toBe(reason);
	});

	it.each<[string, number | null, string | null]>([
		["11-25", 0, "Birthday today"],
		["11-26", 1, "Birthday tomorrow (Nov 26)"],
		["1990-12-02", 7, "Birthday in 7 days (Dec 2)"],
		["12-03", null, null],
		["11-11", -14, "Birthday was 2 weeks ago (Nov 11)"],
		["11-10", null, null],
	])("birthday %s", (birthday, offset, reason) => {
		const entry = rankOne({ "last-contact": ago(100), birthday });
		expect(entry.birthday?.offset ?? null).toBe(offset);
		if (reason) expect(entry.reasons).toContain(reason);
		else expect(entry.reasons.some((text) => text.startsWith("Birthday"))).toBe(false);
	});

	it("finds birthdays across the turn of the year, and Feb 29 in other years", () => {
		expect(birthdayTiming({ month: 1, day: 2, year: null }, day("2026-12-28"))?.offset).toBe(5);
		expect(birthdayTiming({ month: 12, day: 25, year: null }, day("2027-01-05"))?.offset).toBe(-11);
		expect(birthdayTiming({ month: 2, day: 29, year: 2000 }, day("2027-02-27"))?.offset).toBe(1);
	});

	it.each([
		["Zoë Müller", "zoe muller"],
		["Søren Ødegaard", "soren odegaard"],
		["Łukasz  Straße", "lukasz strasse"],
		["  ÆSIR Œuvre ", "aesir oeuvre"],
	])("folds %s to %s for matching", (text, folded) => {
		expect(foldText(text)).toBe(folded);
	});

	it("humanizes durations and cadences", () => {
		expect([1, 13, 14, 59, 60, 426, 729, 730, 1500].map(humanizeDays)).toEqual(["1 day", "13 days", "2 weeks", "8 weeks", "2 months", "14 months", "24 months", "1 year", "4 years"]);
		expect([1, 7, 14, 30, 45, 91, 183, 365, 730].map(humanizeCadence)).toEqual([
			"every day",
			"every week",
			"every 2 weeks",
			"every month",
			"every 45 days",
			"every 3 months",
			"every 6 months",
			"every year",
			"every 2 years",
		]);
	});
});

describe("strategies", () => {
	const sam = contact({ "last-contact": ago(3) }, "People/Sam Lee.md");
	const resolveContact = (link: string): Contact | undefined => (link.toLowerCase() === "sam lee" ? sam : undefined);

	it.each<[Record<string, unknown>, string]>([
		[{ "last-contact": ago(100), "recent-news": [`${ago(5)} award`], mutual: "[[Sam Lee]]", projects: "Atlas" }, "congratulate"],
		[{ "last-contact": ago(100), mutual: "[[Sam Lee]]", projects: "Atlas" }, "mutual"],
		[{ "last-contact": ago(100), mutual: "[[Nobody]]", projects: "Atlas", family: "Maya" }, "project"],
		[{ "last-contact": ago(100), family: "Maya", interests: "bouldering" }, "family"],
		[{ "last-contact": ago(100), interests: "bouldering" }, "interest"],
		[{ "last-contact": ago(100) }, "check-in"],
	])("%j → %s", (frontmatter, strategy) => {
		expect(rankOne(frontmatter, { resolveContact }).strategy).toBe(strategy);
	});

	it("uses a person in common only when you were in touch in the last 14 days", () => {
		const staleSam = contact({ "last-contact": ago(15) }, "People/Sam Lee.md");
		expect(rankOne({ "last-contact": ago(100), mutual: "[[Sam Lee]]" }, { resolveContact: () => staleSam }).strategy).toBe("check-in");
		const freshSam = contact({ "last-contact": ago(14) }, "People/Sam Lee.md");
		const entry = rankOne({ "last-contact": ago(100), mutual: "[[Sam Lee]]" }, { resolveContact: () => freshSam });
		expect(entry.mutual).toEqual({ path: "People/Sam Lee.md", name: "Sam Lee", firstName: "Sam", daysSince: 14 });
	});

	it("reminds how you met after a year of silence, or when dormant, if how-we-met is known", () => {
		expect(rankOne({ "last-contact": ago(365), met: "PyCon" }).reminder).toBe(true);
		expect(rankOne({ "last-contact": ago(364), met: "PyCon" }).reminder).toBe(false);
		expect(rankOne({ "last-contact": ago(800), met: "PyCon" }, { settings: settings({ dormantDays: 700 }) }).reminder).toBe(true);
		expect(rankOne({ "last-contact": ago(2000) }).reminder).toBe(false);
		expect(rankOne({ met: "PyCon" }).reminder).toBe(false);
	});
});

describe("ranking order", () => {
	const build = (name: string, frontmatter: Record<string, unknown>): Contact => contact(frontmatter, `People/${name}.md`);

	it("shows bands in order, most overdue first, deterministic ties", () => {
		const contacts = [
			build("Soon Sara", { "last-contact": ago(75) }),
			build("Unknown Uma", { tags: ["person"] }),
			build("Dormant Dan", { "last-contact": ago(1500) }),
			build("Dormant Dora", { "last-contact": ago(1200) }),
			build("Yearly Yves", { "last-contact": ago(386), cadence: "yearly" }),
			build("Weekly Wen", { "last-contact": ago(28), cadence: "weekly" }),
			build("Congrats Cleo", { "last-contact": ago(30), "recent-news": [`${ago(3)} married`] }),
			build("Congrats Carl", { "last-contact": ago(30), "recent-news": [`${ago(20)} retired`] }),
			build("Tie Bea", { "last-contact": ago(180) }),
			build("Tie Abe", { "last-contact": ago(180) }),
			build("On Track Otto", { "last-contact": ago(3) }),
			build("Paused Pia", { "last-contact": ago(300), paused: true }),
			build("Snoozed Sol", { "last-contact": ago(300), snooze: formatDay(TODAY + 30) }),
		];
		const ranking = rankContacts(contacts, { today: TODAY, settings: settings() });
		expect(ranking.entries.map((entry) => `${entry.band}: ${entry.contact.name}`)).toEqual([
			"congratulate: Congrats Cleo",
			"congratulate: Congrats Carl",
			"fading: Weekly Wen",
			"fading: Tie Abe",
			"fading: Tie Bea",
			"fading: Yearly Yves",
			"dormant: Dormant Dan",
			"dormant: Dormant Dora",
			"unknown: Unknown Uma",
			"soon: Soon Sara",
		]);
		expect(ranking.counts).toEqual({
			listed: 10,
			onTrack: 1,
			snoozed: 1,
			paused: 1,
			inMemory: 0,
			bands: { support: 0, congratulate: 2, fading: 4, dormant: 2, unknown: 1, soon: 1 },
		});
	});

	it("gives the same order whatever order the contacts come in", () => {
		const contacts = Array.from({ length: 40 }, (_unused, index) =>
			build(`Person ${index % 7}`, { "last-contact": ago((index * 37) % 400), cadence: [7, 30, 90, 365][index % 4] }),
		);
		const expected = rankContacts(contacts, { today: TODAY, settings: settings() }).entries.map((entry) => entry.contact.path + entry.contact.name);
		fc.assert(
			fc.property(fc.shuffledSubarray(contacts, { minLength: contacts.length }), (shuffled) => {
				const order = rankContacts(shuffled, { today: TODAY, settings: settings() }).entries.map((entry) => entry.contact.path + entry.contact.name);
				expect(order).toEqual(expected);
			}),
			{ numRuns: Math.min(FUZZ_RUNS, 300), seed: 5 },
		);
	});

	it("puts every contact in exactly one band or status, whatever its values", () => {
		fc.assert(
			fc.property(
				fc.record({
					last: fc.option(fc.integer({ min: -50, max: 3000 })),
					cadence: fc.option(fc.integer({ min: 1, max: 800 })),
					news: fc.option(fc.integer({ min: -10, max: 60 })),
					snooze: fc.option(fc.integer({ min: -10, max: 10 })),
					paused: fc.boolean(),
				}),
				(shape) => {
					const frontmatter: Record<string, unknown> = { tags: ["person"], paused: shape.paused };
					if (shape.last !== null) frontmatter["last-contact"] = ago(shape.last);
					if (shape.cadence !== null) frontmatter.cadence = shape.cadence;
					if (shape.news !== null) frontmatter["recent-news"] = [`${ago(shape.news)} award`];
					if (shape.snooze !== null) frontmatter["snooze-until"] = ago(-shape.snooze);
					const entry = evaluateContact(contact(frontmatter), { today: TODAY, settings: settings() });
					if (entry.status === "listed") expect(BAND_ORDER).toContain(entry.band);
					else expect(entry.band).toBeNull();
					expect(entry.reasons.length).toBeGreaterThan(0);
				},
			),
			{ numRuns: FUZZ_RUNS, seed: 8 },
		);
	});
});
