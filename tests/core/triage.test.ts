import { describe, expect, it } from "vitest";
import { formatDay } from "../../src/core/days";
import type { RankedEntry } from "../../src/core/rank";
import { DEFAULT_TIERS } from "../../src/core/settings";
import { emptyTally, newestNews, tallyWords, tierKeys, triageCard, triageOrder } from "../../src/core/triage";
import { rankOne, TODAY } from "../builders";

const ago = (days: number): string => formatDay(TODAY - days);

/** Tiered and untiered contacts in every band and status triage must place. */
const BOOK: Record<string, Record<string, unknown>> = {
	"Tiered fading": { "last-contact": ago(200), tier: "network" },
	"Cadenced fading": { "last-contact": ago(100), cadence: 14 },
	"Untiered promoted": { "last-contact": ago(400), "recent-news": [`${ago(5)} promotion: VP at Acme`] },
	"Untiered fading": { "last-contact": ago(120) },
	"Untiered dormant": { "last-contact": ago(1200) },
	"Untiered unknown": {},
	"Untiered on track": { "last-contact": ago(10) },
	"Untiered snoozed": { "last-contact": ago(300), "snooze-until": formatDay(TODAY + 10) },
	"Tiered on track": { "last-contact": ago(3), tier: "inner" },
	"Tiered snoozed": { "last-contact": ago(300), tier: "close", "snooze-until": formatDay(TODAY + 10) },
	"Untiered paused": { "last-contact": ago(300), paused: true },
	"Tiered paused": { "last-contact": ago(3000), tier: "outer", paused: true },
	"In memory": { "last-contact": ago(900), deceased: true },
	"In memory untiered": { deceased: "2025-01-01" },
};

function book(): RankedEntry[] {
	return Object.entries(BOOK).map(([name, frontmatter]) => rankOne(frontmatter, {}, `People/${name}.md`));
}
const names = (entries: readonly RankedEntry[]): string[] => entries.map((entry) => entry.contact.name);

describe("triageOrder", () => {
	const expected = [
		// No cadence and no tier first, listed by band as the sidebar shows them, then on track, then snoozed.
		"Untiered promoted",
		"Untiered fading",
		"Untiered dormant",
		"Untiered unknown",
		"Untiered on track",
		"Untiered snoozed",
		// Then everyone else, in the same order.
		"Cadenced fading",
		"Tiered fading",
		"Tiered on track",
		"Tiered snoozed",
		// Paused contacts last, the longest silence first; people in memory never.
		"Tiered paused",
		"Untiered paused",
	];

	it("puts contacts with no cadence and no tier first, then the rest by band, paused last, never people in memory", () => {
		expect(names(triageOrder(book()))).toEqual(expected);
	});

	it("does not depend on the order it is given", () => {
		expect(names(triageOrder(book().reverse()))).toEqual(expected);
	});

	it("treats an unreadable tier as no tier", () => {
		const entry = rankOne({ "last-contact": ago(20), tier: "bestie" }, {}, "People/Odd tier.md");
		const tiered = rankOne({ "last-contact": ago(200), tier: "network" }, {}, "People/Tiered.md");
		expect(names(triageOrder([tiered, entry]))).toEqual(["Odd tier", "Tiered"]);
	});
});

describe("tierKeys", () => {
	it("maps 1–5 to the default tiers", () => {
		expect(tierKeys(DEFAULT_TIERS).map(({ key, tier }) => `${key} ${tier.name} · ${tier.days} days`)).toEqual([
			"1 inner · 14 days",
			"2 close · 30 days",
			"3 network · 90 days",
			"4 outer · 180 days",
			"5 dormant · 365 days",
		]);
	});

	it("follows the user's tiers, fewer or more, up to nine keys", () => {
		expect(tierKeys([{ name: "family", days: 7 }, { name: "friends", days: 30 }]).map(({ key }) => key)).toEqual(["1", "2"]);
		const twelve = Array.from({ length: 12 }, (_, i) => ({ name: `t${i + 1}`, days: 10 * (i + 1) }));
		const keys = tierKeys(twelve);
		expect(keys.map(({ key }) => key)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9"]);
		expect(keys.at(-1)?.tier.name).toBe("t9");
		expect(tierKeys([])).toEqual([]);
	});
});

describe("triageCard", () => {
	it("shows how we met, the last contact with how long ago, the newest news and the tier", () => {
		const entry = rankOne({
			"how-we-met": "Atlas migration at Acme",
			"last-contact": ago(56),
			tier: "close",
			"recent-news": [`${ago(200)} moved to Lisbon`, `${ago(12)} promotion: VP Engineering at Acme`, `${ago(40)} married`],
		});
		expect(triageCard(entry, TODAY, 90)).toEqual({
			name: "Jane Doe",
			howWeMet: "Atlas migration at Acme",
			lastContact: `${ago(56)} · 8 weeks ago`,
			news: "Promoted: VP Engineering at Acme — 12 days ago",
			rhythm: "Tier: close (every month)",
		});
	});

	it.each([
		[{}, "No tier or cadence yet (every 3 months by default)"],
		[{ cadence: "2w" }, "Cadence: every 2 weeks"],
		[{ tier: "inner", cadence: 90 }, "Tier: inner, with its own cadence: every 3 months"],
	])("says where the rhythm comes from: %j", (frontmatter, rhythm) => {
		expect(triageCard(rankOne(frontmatter), TODAY, 90).rhythm).toBe(rhythm);
	});

	it("says when there is no last contact yet and no news", () => {
		const card = triageCard(rankOne({}), TODAY, 90);
		expect(card.lastContact).toBe("No last contact yet");
		expect(card.news).toBeNull();
		expect(card.howWeMet).toBeNull();
	});

	it("never shows private news or its details", () => {
		const card = triageCard(rankOne({ "recent-news": [`${ago(3)} separation: divorce from Tom`] }), TODAY, 90);
		expect(card.news).not.toMatch(/Tom|divorce/);
	});

	it("leaves out news dated in the future, and shows undated news as undated", () => {
		const entry = rankOne({ "recent-news": ["wedding planned (2027-06-01)", "started a pottery class"] });
		expect(newestNews(entry.contact, TODAY)?.detail).toBe("started a pottery class");
		expect(triageCard(entry, TODAY, 90).news).toMatch(/— undated$/);
	});
});

describe("tallyWords", () => {
	it("sums up a session in the order things matter, leaving out what did not happen", () => {
		expect(tallyWords({ ...emptyTally(), tier: 4, pause: 1, skipped: 2 })).toBe("4 tiers set, 1 paused, 2 skipped");
		expect(tallyWords({ ...emptyTally(), tier: 1, snooze: 2, contacted: 1, unchanged: 1, gone: 1 })).toBe("1 tier set, 2 snoozed, 1 marked contacted, 1 already so, 1 gone (renamed, deleted or no longer contacts)");
		expect(tallyWords(emptyTally())).toBe("nothing changed");
	});
});
