import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { composeDraft, draftRefusal, linkRefusal, mailtoLink, meetingWhen, renderDraftBlock } from "../../src/core/draft";
import { LIFE_EVENT_KINDS } from "../../src/core/lifeEvents";
import { DEFAULT_PHRASING, fillPlaceholders, PLACEHOLDERS, slotsIn, unknownPlaceholders } from "../../src/core/phrasing";
import { evaluateContact, type RankedEntry } from "../../src/core/rank";
import { contact, day, rankOne, settings, TODAY } from "../builders";
import { FUZZ_RUNS } from "../fuzz";
import { asksFound, OFFER } from "./draftChecks";

const ago = (days: number): string => new Date((TODAY - days) * 86_400_000).toISOString().slice(0, 10);
const options = { today: TODAY, me: "Alex" };

const everything: Record<string, unknown> = {
	"how-we-met": "Worked together on the Atlas migration at Initech",
	projects: "Kestrel rewrite",
	family: "Maya and the kids",
	interests: ["bouldering", "sourdough"],
	mutual: "[[Sam Lee]]",
	email: "jane@example.com",
	birthday: "11-20",
};
const sam = contact({ "last-contact": ago(2) }, "People/Sam Lee.md");
const withSam = (frontmatter: Record<string, unknown>, path = "People/Jane Doe.md"): RankedEntry =>
	evaluateContact(contact(frontmatter, path), { today: TODAY, settings: settings(), resolveContact: () => sam });

/** The message's body: the sentences between the greeting and the sign-off. */
const bodyOf = (text: string): string => text.split("\n")[2] ?? "";
const openingOf = (text: string): string => (/^.*?[.!?](?=\s|$)/.exec(bodyOf(text)) ?? [""])[0];

describe("composing a draft", () => {
	it("congratulates on the news with its detail woven in, greets by first name, offers help and signs off", () => {
		const entry = rankOne({ name: "Jane Doe", "last-contact": ago(500), "how-we-met": "worked together on the Atlas migration", "recent-news": [`${ago(12)} promotion: VP Engineering at Acme`] });
		const draft = composeDraft(entry, options);
		const [greeting, blank, body, blank2, ...signoff] = draft.text.split("\n");
		expect(greeting).toMatch(/^(?:Hi|Hello|Hey|Dear) Jane,$/);
		expect([blank, blank2]).toEqual(["", ""]);
		expect(body).toMatch(/your promotion to VP Engineering at Acme/);
		expect(body).not.toMatch(/\(/);
		expect(body).toMatch(/we worked together on the Atlas migration/);
		expect(body).toMatch(OFFER);
		expect(signoff.at(-1)).toBe("Alex");
		expect(draft.summary).toBe("congratulate on the promotion");
		expect(draft.subject).toMatch(/Congratulations|news|happy for you/i);
	});

	it.each([
		["promotion: VP Engineering at Acme", /your promotion to VP Engineering at Acme/],
		["new-child: had a baby girl", /your baby girl/],
		["married: in Sintra", /your wedding in Sintra/],
		["new-job: Staff engineer at Stripe", /your new job as staff engineer at Stripe/],
		["moved: to Lisbon", /the move to Lisbon/],
		["promotion", /your promotion/],
		["new-child", /your new baby/],
	])("weaves %j into the congratulations", (item, woven) => {
		expect(composeDraft(rankOne({ "last-contact": ago(100), "recent-news": [`${ago(3)} ${item}`] }), options).text).toMatch(woven);
	});

	it.each<[Record<string, unknown>, RegExp, string]>([
		[{ ...everything, "last-contact": ago(100) }, /Sam/, "mention Sam Lee, belated birthday wishes"],
		[{ ...everything, mutual: [], "last-contact": ago(100) }, /the Kestrel rewrite/, "ask about the Kestrel rewrite, belated birthday wishes"],
		[{ family: "Maya and the kids", interests: "bouldering", "last-contact": ago(100) }, /you, Maya and the kids/, "ask about Maya and the kids"],
		[{ family: "wife Ana and their son Leo", "last-contact": ago(100) }, /you, Ana and Leo|you and Ana and Leo|Ana and Leo/, "ask about Ana and Leo"],
		[{ projects: "her thesis on bees", "last-contact": ago(100) }, /your thesis on bees/, "ask about their thesis on bees"],
		[{ interests: "bouldering", "last-contact": ago(100) }, /‹(?:link to )?something on bouldering›/, "share something on bouldering; fill in ‹"],
		[{ company: "Brightwater", "last-contact": ago(100) }, /Brightwater/, "ask about Brightwater"],
		[{ location: "Lisbon", "last-contact": ago(100) }, /Lisbon/, "ask about life in Lisbon"],
		[{ "how-we-met": "Met at PyCon 2019", "last-contact": ago(100) }, /we met at PyCon 2019/, "remind them how you met"],
		[{ "recent-news": [`${ago(4)} ran her first marathon`], "last-contact": ago(100) }, /you ran your first marathon/, "mention their news"],
		[{ "last-contact": ago(100) }, /you|hello/i, "check in"],
	])("opens from what the notes know: %j", (frontmatter, opening, summary) => {
		const draft = composeDraft(withSam(frontmatter), options);
		expect(draft.text).toMatch(opening);
		expect(draft.summary.startsWith(summary)).toBe(true);
	});

	it("adds the how-we-met reminder only after a long silence, saying what the silence measures", () => {
		const long = composeDraft(rankOne({ "last-contact": ago(400), met: "PyCon 2019", interests: "chess" }), options).text;
		const short = composeDraft(rankOne({ "last-contact": ago(100), met: "PyCon 2019", interests: "chess" }), options).text;
		expect(long).toMatch(/we met at PyCon 2019/);
		expect(long).not.toMatch(/(?:months|years|while) since we met/);
		expect(short).not.toMatch(/PyCon/);
	});

	it("is never glad about a how-we-met that says what did not happen", () => {
		for (let i = 0; i < 40; i++) {
			const { text } = composeDraft(rankOne({ "last-contact": ago(500), "how-we-met": "He interviewed me at Wayfair in 2017 and didn't hire me" }, {}, `People/P${i}.md`), options);
			expect(text).not.toMatch(/glad you interviewed me/);
		}
	});

	it("leaves out a how-we-met it cannot phrase, and the task line says so", () => {
		const draft = composeDraft(rankOne({ "last-contact": ago(400), "how-we-met": "Manager at Initech" }), options);
		expect(draft.text).not.toMatch(/Initech/);
		expect(draft.summary).toMatch(/left out how you met/);
	});

	it("wishes a happy birthday ahead, on the day, or belatedly", () => {
		expect(composeDraft(rankOne({ "last-contact": ago(100), birthday: "11-28" }), options).text).toMatch(/early happy birthday|birthday in advance|birthday is (?:coming up|just around)/i);
		expect(composeDraft(rankOne({ "last-contact": ago(100), birthday: "11-25" }), options).text).toMatch(/happy birthday|happy returns/i);
		expect(composeDraft(rankOne({ "last-contact": ago(100), birthday: "11-15" }), options).text).toMatch(/belated|a little late/i);
	});

	it("is the same for the same contact on the same day, and varies between contacts", () => {
		const entry = rankOne({ "last-contact": ago(100) });
		expect(composeDraft(entry, options)).toEqual(composeDraft(rankOne({ "last-contact": ago(100) }), options));
		const texts = new Set<string>();
		for (let i = 0; i < 10; i++) texts.add(composeDraft(rankOne({ "last-contact": ago(100) }, {}, `People/Person ${i}.md`), options).text.replace(/Person \d/g, "X"));
		expect(texts.size).toBeGreaterThanOrEqual(6);
		const days = new Set<string>();
		for (let i = 0; i < 10; i++) days.add(composeDraft(entry, { ...options, today: TODAY + i }).text);
		expect(days.size).toBeGreaterThan(1);
	});

	it("never gives two people drafted on the same day the same opening while there are variants left", () => {
		for (const frontmatter of [{ "last-contact": ago(100) }, { interests: "chess", "last-contact": ago(100) }, { "recent-news": [`${ago(3)} promotion: Staff engineer`], "last-contact": ago(100) }]) {
			let note = "## Reconnect\n";
			const openings: string[] = [];
			for (let i = 0; i < 5; i++) {
				const draft = composeDraft(rankOne(frontmatter, {}, `People/Person ${i}.md`), { ...options, written: note });
				openings.push(openingOf(draft.text).replace(/Person \d/g, "X"));
				note += `${renderDraftBlock(draft, `Person ${i}`)}\n`;
			}
			expect(new Set(openings).size).toBe(5);
		}
	});

	it("gives the same draft again for someone already drafted today: their own block is not held against them", () => {
		const entry = rankOne({ interests: "chess", "last-contact": ago(100) });
		const first = composeDraft(entry, options);
		const note = `## Reconnect\n${renderDraftBlock(first, "Jane Doe")}\n`;
		expect(composeDraft(entry, { ...options, written: note }).text).toBe(first.text);
	});

	it("does not start two sentences of one draft alike, nor say how long the silence was twice", () => {
		for (let i = 0; i < 60; i++) {
			const { text } = composeDraft(rankOne({ "last-contact": ago(800 + i), "how-we-met": "Worked together on Atlas" }, {}, `People/P${i}.md`), options);
			const sentences = bodyOf(text).match(/[^.!?]+[.!?]+/g)?.map((sentence) => sentence.trim()) ?? [];
			const starts = sentences.map((sentence) => sentence.split(/\s+/).slice(0, 2).join(" "));
			expect(new Set(starts).size).toBe(starts.length);
			expect(sentences.filter((sentence) => /\b(?:too long|a while|ages|it's been \d|since we (?:last )?talked)\b/i.test(sentence)).length).toBeLessThanOrEqual(1);
		}
	});

	it("honours the last meeting when the history knows it", () => {
		const entry = rankOne({ "last-contact": ago(200) });
		const draft = composeDraft(entry, { ...options, lastMeeting: { day: day("2026-08-12"), activity: "had coffee" } });
		expect(draft.text).toMatch(/since we had coffee in August/);
		// Wherever a draft says how long it has been, it says since what: the last meeting.
		const silences = new Set<string>();
		for (let i = 0; i < 30; i++) {
			const entry = rankOne({ "last-contact": ago(500), "how-we-met": "Met at PyCon 2019" }, {}, `People/P${i}.md`);
			const { text } = composeDraft(entry, { ...options, lastMeeting: { day: TODAY - 500, activity: "walked the Landwehrkanal" } });
			expect(text).not.toMatch(/we last talked/);
			for (const match of text.matchAll(/since (we [^,.]*)/g)) silences.add(match[1] ?? "");
		}
		expect([...silences]).toEqual(["we walked the Landwehrkanal in July 2025"]);
	});

	it.each([
		["2026-11-03", "earlier this month"],
		["2026-08-12", "in August"],
		["2025-07-01", "in July 2025"],
	])("says when the last meeting was: %s → %s", (iso, words) => {
		expect(meetingWhen(day(iso), TODAY)).toBe(words);
	});

	it("uses the user's phrasing, skips variants whose placeholders are unknown, and falls back", () => {
		const entry = rankOne({ name: "Jane Doe", "last-contact": ago(100), interests: "chess" });
		const custom = composeDraft(entry, { ...options, phrasing: { greeting: ["Yo {{first-name}}!"], "opening.interest": ["Saw a {{interest}} puzzle — thought of {{name}}."] } });
		expect(custom.text).toMatch(/^Yo Jane!/);
		expect(custom.text).toMatch(/Saw a chess puzzle — thought of Jane Doe\./);
		const fallback = composeDraft(entry, { ...options, phrasing: { "opening.interest": ["About {{project}}…"] } });
		expect(fallback.text).not.toMatch(/About/);
		expect(fallback.text).toMatch(/chess/);
	});

	it("never expands placeholders that come from the notes themselves", () => {
		const entry = rankOne({ name: "{{me}} {{name}}", interests: "{{how-we-met}}", "last-contact": ago(100) });
		const draft = composeDraft(entry, options);
		expect(draft.text).toMatch(/^(?:Hi|Hello|Hey|Dear) \{\{me\}\},/);
		expect(draft.text).not.toMatch(/Alex \{\{name\}\}/);
	});

	it("signs without a name when none is set, and never leaves a placeholder", () => {
		const draft = composeDraft(rankOne({ "last-contact": ago(100) }), { today: TODAY, me: "" });
		expect(draft.text).not.toMatch(/\{\{/);
		expect(draft.subject).not.toMatch(/from\s*$/);
		expect(draft.text.split("\n").at(-1)).toMatch(/,$/);
	});

	it("lists the slots the writer must fill, in the draft's order, and names them in the task line", () => {
		const draft = composeDraft(rankOne({ interests: "sailing", "last-contact": ago(100) }), options);
		expect(draft.slots).toEqual(slotsIn(draft.text));
		expect(draft.slots[0]).toMatch(/^‹(?:link to )?something on sailing›$/);
		expect(draft.summary).toContain(`fill in ${draft.slots[0] ?? ""}`);
		expect(composeDraft(rankOne({ "last-contact": ago(100) }), options).slots).toEqual([]);
	});

	it("renders the daily-note block with the task, the quoted message and the e-mail link", () => {
		const entry = rankOne({ name: "Jane Doe", email: "jane@example.com", "last-contact": ago(100) });
		const draft = composeDraft(entry, options);
		const block = renderDraftBlock(draft, "Jane Doe");
		const lines = block.split("\n");
		expect(lines[0]).toBe(`- [ ] Reconnect with [[Jane Doe]] — ${draft.summary}`);
		expect(lines.slice(1).every((line) => line === "\t>" || line.startsWith("\t> "))).toBe(true);
		expect(lines.at(-1)).toBe(`\t> [Send by e-mail](${draft.mailto ?? ""})`);
		expect(renderDraftBlock({ ...draft, mailto: null }, "Jane Doe")).not.toMatch(/mailto/);
	});

	it("drafts nothing for someone who has died, and says why", () => {
		const entry = rankOne({ name: "Walter Krüger", died: "2026-06-02", "last-contact": ago(400) });
		expect(draftRefusal(entry)).toBe("Walter Krüger is marked as having died, so Reconnect drafts nothing for them.");
		expect(draftRefusal(rankOne({ "last-contact": ago(400) }))).toBeNull();
	});
});

/** Sample values for every placeholder, so each built-in variant can be read whole. */
const SAMPLE_VALUES = {
	"first-name": "Jane",
	name: "Jane Doe",
	"how-we-met": "we worked together on the Atlas migration",
	event: "promotion",
	news: "your promotion to VP Engineering at Acme",
	interest: "bouldering",
	project: "the Kestrel rewrite",
	family: "Maya and the kids",
	mutual: "Sam",
	since: "14 months",
	me: "Alex",
	company: "Acme",
	role: "Head of Platform",
	place: "Lisbon",
	"last-time": "we last talked",
};

describe("the built-in phrasing", () => {
	it("has at least five variants for every kind of sentence", () => {
		// Greetings are a name and a comma: there are only so many.
		for (const piece of DEFAULT_PHRASING.filter((piece) => !piece.id.startsWith("greeting"))) {
			expect({ piece: piece.id, count: piece.variants.length >= 5 }).toEqual({ piece: piece.id, count: true });
		}
	});

	it("has no two variants alike within a piece", () => {
		for (const piece of DEFAULT_PHRASING) expect(new Set(piece.variants).size).toBe(piece.variants.length);
	});

	it("offers help in every variant of every offer, and ends every variant with punctuation", () => {
		for (const piece of DEFAULT_PHRASING.filter((piece) => piece.id.startsWith("offer"))) {
			for (const variant of piece.variants) expect({ variant, offers: OFFER.test(fillPlaceholders(variant, SAMPLE_VALUES)) }).toEqual({ variant, offers: true });
		}
		for (const piece of DEFAULT_PHRASING.filter((piece) => !/^(?:greeting|signoff|subject)/.test(piece.id))) {
			for (const variant of piece.variants) expect(variant).toMatch(/[.!?]$/);
		}
	});
});

describe("the no-ask rule", () => {
	const kinds = LIFE_EVENT_KINDS.map((kind) => kind.slug);

	it("holds for every built-in variant of every piece", () => {
		for (const piece of DEFAULT_PHRASING) {
			for (const variant of piece.variants) {
				expect({ piece: piece.id, asks: asksFound(fillPlaceholders(variant, SAMPLE_VALUES)) }).toEqual({ piece: piece.id, asks: [] });
				expect(unknownPlaceholders(variant)).toEqual([]);
			}
		}
	});

	it("holds for every strategy, every tone of news, birthdays and reminders across many contacts and days", () => {
		const strategies: Record<string, unknown>[] = [
			...kinds.map((kind) => ({ "recent-news": [`${ago(4)} ${kind}: something big`] })),
			...kinds.map((kind) => ({ "recent-news": [`${ago(4)} ${kind}`] })),
			{ "recent-news": [`${ago(4)} her father passed away`] },
			{ "recent-news": [`${ago(4)} laid off from Acme`] },
			{ "recent-news": [`${ago(4)} ran her first marathon`] },
			{ mutual: "[[Sam Lee]]" },
			{ projects: "Atlas" },
			{ family: "Maya" },
			{ interests: ["chess", "jazz"] },
			{ company: "Acme", role: "CTO" },
			{ location: "Lisbon" },
			{},
		];
		fc.assert(
			fc.property(
				fc.constantFrom(...strategies),
				fc.integer({ min: 0, max: 3000 }),
				fc.integer({ min: 0, max: 365 }),
				fc.constantFrom(null, "11-20", "11-27", "11-25"),
				fc.constantFrom(undefined, "PyCon 2019", "I mentored her at Initech", "Sam introduced us"),
				fc.string({ maxLength: 12 }).filter((text) => !text.includes("{") && !text.includes("/")),
				(extra, silence, dayOffset, birthday, howWeMet, path) => {
					const frontmatter = { ...extra, "last-contact": ago(silence + 5), ...(howWeMet ? { "how-we-met": howWeMet } : {}), birthday };
					const today = TODAY + dayOffset;
					const entry: RankedEntry = evaluateContact(contact(frontmatter, `People/${path || "x"}.md`), {
						today,
						settings: settings(),
						resolveContact: () => contact({ "last-contact": ago(-dayOffset + 1) }, "People/Sam Lee.md"),
					});
					const draft = composeDraft(entry, { today, me: "Alex" });
					expect(asksFound(draft.text)).toEqual([]);
					expect(asksFound(draft.subject)).toEqual([]);
					expect(draft.text).toMatch(OFFER);
					expect(draft.text).not.toMatch(/\{\{/);
				},
			),
			{ numRuns: FUZZ_RUNS, seed: 17 },
		);
	});

	it("holds whatever the notes say, in any field", () => {
		const words = fc.array(fc.constantFrom("She", "her", "Jane", "Sam", "met", "at", "Initech", "baby", "died", "laid off", "promoted", "{{me}}", "could you", "(", ")", ";", ".", "!", "2019", "last week"), { maxLength: 12 }).map((parts) => parts.join(" "));
		fc.assert(
			fc.property(fc.record({ "how-we-met": words, projects: words, family: words, interests: words, company: words, location: words, news: words }), fc.integer({ min: 0, max: 2000 }), (fields, silence) => {
				const { news, ...rest } = fields;
				const entry = rankOne({ ...rest, "last-contact": ago(silence + 1), "recent-news": [`${ago(2)} ${news}`] });
				const draft = composeDraft(entry, options);
				expect(draft.text).toMatch(OFFER);
				expect(draft.text.split("\n")[0]).toMatch(/^(?:Hi|Hello|Hey|Dear) Jane,$/);
				expect(draft.text.replace(/\{\{me\}\}/g, "")).not.toMatch(/\{\{/);
			}),
			{ numRuns: FUZZ_RUNS, seed: 29 },
		);
	});

	it("would catch an ask, and a missing offer", () => {
		expect(asksFound("Could you introduce me to your CTO?").length).toBeGreaterThan(0);
		expect(asksFound("Let's grab coffee next week!").length).toBeGreaterThan(0);
		expect(asksFound("Are you hiring?").length).toBeGreaterThan(0);
		expect(OFFER.test("Hope you are well.")).toBe(false);
	});

	it("knows every placeholder the settings document", () => {
		expect([...PLACEHOLDERS].sort()).toEqual(["company", "event", "family", "first-name", "follow-up", "how-we-met", "interest", "last-time", "me", "mutual", "name", "news", "place", "project", "role", "since"]);
	});
});

describe("the mailto link", () => {
	it("encodes names and drafts with reserved characters, newlines and non-Latin text", () => {
		const subject = "Ça va? R&D #1 — 100% 山田";
		const body = "Hi Zoë,\n\nHow is R&D (the new lab)? Is it 50% done? #goals\nBest,\nAlex";
		const link = mailtoLink("zoë+work@example.com", subject, body);
		expect(link).not.toMatch(/[\s()#]/);
		const url = new URL(link);
		expect(url.protocol).toBe("mailto:");
		expect(decodeURIComponent(url.pathname)).toBe("zoë+work@example.com");
		expect(url.searchParams.get("subject")).toBe(subject);
		expect(url.searchParams.get("body")).toBe(body.replace(/\n/g, "\r\n"));
	});

	it("round-trips any subject and body", () => {
		fc.assert(
			fc.property(fc.string({ unit: "grapheme" }), fc.string({ unit: "grapheme" }), (subject, body) => {
				const url = new URL(mailtoLink("a@b.io", subject, body));
				expect(url.searchParams.get("subject")).toBe(subject);
				expect(url.searchParams.get("body")).toBe(body.replace(/\r?\n/g, "\r\n"));
			}),
			{ numRuns: FUZZ_RUNS, seed: 23 },
		);
	});

	it("is only there when the contact has an address", () => {
		const withMail = composeDraft(rankOne({ "last-contact": ago(100), email: "jane@example.com" }), options);
		expect(withMail.mailto).toMatch(/^mailto:jane@example\.com\?subject=.+&body=.+/);
		expect(composeDraft(rankOne({ "last-contact": ago(100) }), options).mailto).toBeNull();
	});
});

describe("links Reconnect writes", () => {
	it.each([
		["Zoë Müller", false],
		["People/Zoë Müller", false],
		["Evil]] and [[Zoë Müller", true],
		["Jane|Janet", true],
		["Notes#Heading", true],
		["Block^ref", true],
		["Line\nbreak", true],
	])("%j is refused: %s", (linktext, refused) => {
		expect(linkRefusal(linktext) !== null).toBe(refused);
	});
});
