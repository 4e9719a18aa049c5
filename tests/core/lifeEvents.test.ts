import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDay } from "../../src/core/days";
import {
	appendNewsValue,
	classifyNewsText,
	eventCatalogue,
	formatNewsItem,
	kindOf,
	LIFE_EVENT_KINDS,
	mentionsHardNews,
	newsDay,
	oneKeyMapText,
	parseRecentNews,
} from "../../src/core/lifeEvents";
import { day } from "../builders";
import { FUZZ_RUNS } from "../fuzz";


function summary(value: unknown): { date: string | null; kind: string; given: boolean; detail: string }[] {
	return parseRecentNews(value).items.map((item) => ({
		date: item.day === null ? null : formatDay(item.day),
		kind: item.kind,
		given: item.kindGiven,
		detail: item.detail,
	}));
}

describe("the life-event catalogue", () => {
	it("covers at least the kinds the product promises", () => {
		const slugs = LIFE_EVENT_KINDS.map((kind) => kind.slug);
		for (const slug of ["new-job", "promotion", "new-role", "started-company", "retired", "graduated", "award", "published", "launched", "engaged", "married", "new-child", "anniversary", "moved", "new-home", "other"]) {
			expect(slugs).toContain(slug);
		}
	});

	it("adds the user's own kinds before 'other', without duplicates", () => {
		const catalogue = eventCatalogue([{ slug: "", label: "Ran a marathon" }, { slug: "promotion", label: "Dup" }]);
		expect(catalogue.map((kind) => kind.slug).slice(-2)).toEqual(["ran-a-marathon", "other"]);
		expect(catalogue.filter((kind) => kind.slug === "promotion")).toHaveLength(1);
		expect(summary([])).toEqual([]);
		expect(parseRecentNews(["2026-11-01 ran-a-marathon: Berlin"], catalogue).items[0]?.kind).toBe("ran-a-marathon");
	});

	it.each([
		["promotion", "celebrate"],
		["new-child", "celebrate"],
		["moved", "celebrate"],
		["loss", "support"],
		["job-loss", "support"],
		["health", "support"],
		["separation", "private"],
		["other", "neutral"],
	])("gives %s the tone %s", (slug, tone) => {
		expect(kindOf(LIFE_EVENT_KINDS, slug).tone).toBe(tone);
	});

	it("offers the hard-news kinds with plain labels, after the good news and before 'other'", () => {
		const labels = LIFE_EVENT_KINDS.map((kind) => kind.label);
		expect(labels.slice(-5)).toEqual(["Loss of someone close", "Separation or divorce", "Illness or injury", "Lost their job", "Other"]);
		expect(kindOf(LIFE_EVENT_KINDS, "separation").chip).toBe("Private");
		expect(kindOf(LIFE_EVENT_KINDS, "separation").headline).toBe("Private news in the note");
	});

	it("gives the user's own kinds the tone they chose, celebrate when they chose none", () => {
		const catalogue = eventCatalogue([{ slug: "", label: "Lost a pet", tone: "support" }, { slug: "", label: "Therapy", tone: "private" }, { slug: "", label: "Ran a marathon" }]);
		expect(catalogue.filter((kind) => !LIFE_EVENT_KINDS.includes(kind)).map((kind) => [kind.slug, kind.tone, kind.chip])).toEqual([
			["lost-a-pet", "support", "Lost a pet"],
			["therapy", "private", "Private"],
			["ran-a-marathon", "celebrate", "Ran a marathon"],
		]);
	});
});

describe("classifying free text", () => {
	it.each([
		["had a baby girl", "new-child"],
		["Twins were born!", "new-child"],
		["got promoted to staff engineer", "promotion"],
		["joined Stripe as a staff engineer", "new-job"],
		["started a new job at Figma", "new-job"],
		["moved to Lisbon", "moved"],
		["bought a house in Porto", "new-home"],
		["got married in Sintra", "married"],
		["engaged to Tom", "engaged"],
		["co-founded a climate startup", "started-company"],
		["retired after 30 years", "retired"],
		["finished her PhD", "graduated"],
		["won the Turing prize", "award"],
		["published a book on type systems", "published"],
		["launched the new app", "launched"],
		["tenth wedding anniversary", "anniversary"],
		["now leads the platform team", "new-role"],
		["ran a marathon", "other"],
		// Hard news first, whatever happy words come with it.
		["her father passed away", "loss"],
		["his son died", "loss"],
		["lost the baby", "loss"],
		["the funeral is on Friday", "loss"],
		["laid off after the merger", "job-loss"],
		["let go from Acme", "job-loss"],
		["made redundant", "job-loss"],
		["lost her job at the new company", "job-loss"],
		["diagnosed with MS", "health"],
		["surgery on her knee", "health"],
		["back in hospital", "health"],
		["divorced", "separation"],
		["separated from his wife, moved to a new flat", "separation"],
		["started a new job at the hospital", "new-job"],
		["fired up about the new role", "new-role"],
	])("%s → %s", (text, kind) => {
		expect(classifyNewsText(text)).toBe(kind);
	});

	it("knows a hard detail under any kind", () => {
		expect(mentionsHardNews("after being laid off, joined Stripe")).toBe(true);
		expect(mentionsHardNews("Staff engineer at Stripe")).toBe(false);
	});
});

describe("news written without a date", () => {
	const modified = day("2026-11-20");
	const today = day("2026-11-25");
	const dayOf = (text: string, written: number | null = modified, on = today): string | null => {
		const [item] = parseRecentNews([text]).items;
		const resolved = item ? newsDay(item, written, on) : null;
		return resolved === null ? null : formatDay(resolved);
	};

	it.each([
		["Baby girl arrived last week!", "2026-11-13"],
		["promoted yesterday", "2026-11-19"],
		["got engaged today", "2026-11-20"],
		["moved to Lisbon in October", "2026-10-01"],
		["started at Stripe in December", "2025-12-01"],
		["won the award 3 weeks ago", "2026-10-30"],
		["launched the app two days ago", "2026-11-18"],
		["married last month", "2026-10-01"],
		["graduated last year", "2025-01-01"],
		["joined Figma on Monday", "2026-11-16"],
		["Bought a sailboat and is restoring it", "2026-11-20"],
	])("%s, written on 2026-11-20 → %s", (text, expected) => {
		expect(dayOf(text)).toBe(expected);
	});

	it("keeps an item undated when the note's day is not known, and says so", () => {
		expect(dayOf("Baby girl arrived last week!", null)).toBeNull();
		expect(parseRecentNews(["had a baby"]).items[0]?.when).toEqual({ kind: "undated" });
		expect(parseRecentNews(["2026-11-01 had a baby"]).items[0]?.when).toBeNull();
	});

	it("reads a note changed after today as written today", () => {
		expect(dayOf("Baby girl arrived last week!", day("2026-12-03"))).toBe("2026-11-18");
		expect(dayOf("Bought a sailboat", day("2026-12-03"))).toBe("2026-11-25");
	});

	it("reads words dates in object items too", () => {
		const [item] = parseRecentNews([{ event: "promotion", detail: "last week" }]).items;
		expect(item && newsDay(item, modified, today)).toBe(day("2026-11-13"));
	});
});

describe("an unquoted item YAML reads as a map of one key", () => {
	it.each<[Record<string, unknown>, string | null]>([
		[{ "2026-11-13 promotion": "VP Engineering at Acme" }, "2026-11-13 promotion: VP Engineering at Acme"],
		[{ "2026-11-13": "promoted to VP" }, "2026-11-13: promoted to VP"],
		[{ promotion: "VP Engineering at Acme" }, "promotion: VP Engineering at Acme"],
		[{ "2026-11-13 married": null }, "2026-11-13 married"],
		[{ event: "promotion" }, null],
		[{ "got a dog": "Pixel" }, null],
		[{ "2026-11-13 promotion": { nested: true } }, null],
	])("%j → %j", (entry, text) => {
		expect(oneKeyMapText(entry, LIFE_EVENT_KINDS)).toBe(text);
	});

	it("is read as the text the person wrote", () => {
		expect(summary([{ "2026-11-13 promotion": "VP Engineering at Acme" }, { "2026-11-10 job-loss": "laid off from Kiezrad" }])).toEqual([
			{ date: "2026-11-13", kind: "promotion", given: true, detail: "VP Engineering at Acme" },
			{ date: "2026-11-10", kind: "job-loss", given: true, detail: "laid off from Kiezrad" },
		]);
		expect(parseRecentNews([{ "2026-11-13 promotion": "VP Engineering at Acme" }]).problems).toEqual([]);
	});
});

describe("reading recent-news", () => {
	it("reads text items in the forms people write", () => {
		expect(
			summary([
				"2026-10-02 promotion: VP Engineering at Acme",
				"2026-09 had a baby girl",
				"moved to Lisbon (2026-08-30)",
				"2026-07-01: new-job: Staff engineer at Stripe",
				"2026-06-01 — married",
				"ran her first marathon",
			]),
		).toEqual([
			{ date: "2026-10-02", kind: "promotion", given: true, detail: "VP Engineering at Acme" },
			{ date: "2026-09-01", kind: "new-child", given: false, detail: "had a baby girl" },
			{ date: "2026-08-30", kind: "moved", given: false, detail: "moved to Lisbon" },
			{ date: "2026-07-01", kind: "new-job", given: true, detail: "Staff engineer at Stripe" },
			{ date: "2026-06-01", kind: "married", given: true, detail: "" },
			{ date: null, kind: "other", given: false, detail: "ran her first marathon" },
		]);
	});

	it("reads object items with any of the documented keys", () => {
		expect(
			summary([
				{ date: "2026-11-18", event: "new-job", detail: "Staff engineer at Stripe" },
				{ date: new Date(Date.UTC(2026, 10, 1)), kind: "promotion", note: "Director" },
				{ date: "2026-10", type: "New child", text: "a boy, Leo" },
				{ event: "got a puppy" },
			]),
		).toEqual([
			{ date: "2026-11-18", kind: "new-job", given: true, detail: "Staff engineer at Stripe" },
			{ date: "2026-11-01", kind: "promotion", given: true, detail: "Director" },
			{ date: "2026-10-01", kind: "new-child", given: true, detail: "a boy, Leo" },
			{ date: null, kind: "other", given: false, detail: "got a puppy" },
		]);
	});

	it("accepts a single string or object instead of a list", () => {
		expect(summary("2026-10-02 promotion: VP")).toHaveLength(1);
		expect(summary({ date: "2026-10-02", event: "award" })).toHaveLength(1);
	});

	it("keeps an item with an unreadable date, undated, and reports it", () => {
		const result = parseRecentNews(["2026-13-45 promotion: VP", { date: "soon", event: "moved" }]);
		expect(result.items.map((item) => [item.day, item.kind])).toEqual([
			[null, "promotion"],
			[null, "moved"],
		]);
		expect(result.problems).toHaveLength(2);
	});

	it("never throws on any value", () => {
		fc.assert(
			fc.property(fc.anything({ withDate: true, withMap: true, withSparseArray: true }), (value) => {
				parseRecentNews(value);
			}),
			{ numRuns: FUZZ_RUNS, seed: 99 },
		);
	});
});

describe("writing recent-news", () => {
	it("formats an item as Properties-friendly text that reads back the same", () => {
		const text = formatNewsItem(day("2026-11-25"), "promotion", "  VP   Engineering at Acme ");
		expect(text).toBe("2026-11-25 promotion: VP Engineering at Acme");
		expect(summary([text])).toEqual([{ date: "2026-11-25", kind: "promotion", given: true, detail: "VP Engineering at Acme" }]);
		expect(formatNewsItem(day("2026-11-25"), "married", "")).toBe("2026-11-25 married");
	});

	it("round-trips every kind and any detail", () => {
		const slugs = LIFE_EVENT_KINDS.map((kind) => kind.slug);
		fc.assert(
			fc.property(fc.constantFrom(...slugs), fc.string({ maxLength: 30 }), (slug, detail) => {
				const [item] = parseRecentNews([formatNewsItem(day("2026-01-02"), slug, detail)]).items;
				expect(item?.kind).toBe(slug);
				expect(item?.detail).toBe(detail.replace(/\s+/g, " ").trim());
				expect(item?.day).toBe(day("2026-01-02"));
			}),
			{ numRuns: FUZZ_RUNS, seed: 3 },
		);
	});

	it("keeps what was there when adding an item", () => {
		expect(appendNewsValue(undefined, "new")).toEqual(["new"]);
		expect(appendNewsValue("", "new")).toEqual(["new"]);
		expect(appendNewsValue(["a", { event: "b" }], "new")).toEqual(["a", { event: "b" }, "new"]);
		expect(appendNewsValue("moved to Lisbon", "new")).toEqual(["moved to Lisbon", "new"]);
		expect(appendNewsValue({ event: "award" }, "new")).toEqual([{ event: "award" }, "new"]);
	});
});
