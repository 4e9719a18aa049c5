import { describe, expect, it } from "vitest";
import { plannedIn, planToday } from "../../src/core/plan";
import type { RankedEntry } from "../../src/core/rank";
import { rankOne, TODAY } from "../builders";
import { formatDay } from "../../src/core/days";

const ago = (days: number): string => formatDay(TODAY - days);

/** A small address book covering every band and every reason to leave someone out. */
const BOOK: Record<string, Record<string, unknown>> = {
	Fading: { "last-contact": ago(200), cadence: 90 },
	"Very fading": { "last-contact": ago(100), cadence: 14 },
	Promoted: { "last-contact": ago(400), "recent-news": [`${ago(5)} promotion: VP at Acme`] },
	Grieving: { "last-contact": ago(400), "recent-news": [`${ago(3)} bereavement: lost her father`] },
	Dormant: { "last-contact": ago(1200) },
	Unknown: { cadence: 30 },
	Soon: { "last-contact": ago(80), cadence: 90 },
	OnTrack: { "last-contact": ago(10), cadence: 90 },
	Snoozed: { "last-contact": ago(300), "snooze-until": formatDay(TODAY + 10) },
	Paused: { "last-contact": ago(300), paused: true },
	"Contacted today": { "last-contact": ago(0), cadence: 1 },
};

function book(): RankedEntry[] {
	return Object.entries(BOOK).map(([name, frontmatter]) => rankOne(frontmatter, {}, `People/${name}.md`));
}
const names = (entries: readonly RankedEntry[]): string[] => entries.map((entry) => entry.contact.name);

describe("planToday", () => {
	it("puts hard news and congratulations first, then the bands in order", () => {
		expect(names(planToday(book(), { size: 20, plannedToday: 0, isPlanned: () => false }))).toEqual(["Grieving", "Promoted", "Very fading", "Fading", "Dormant", "Unknown", "Soon"]);
	});
	it.each([
		[0, []],
		[1, ["Grieving"]],
		[3, ["Grieving", "Promoted", "Very fading"]],
	])("takes the top %i", (size, expected) => {
		expect(names(planToday(book(), { size, plannedToday: 0, isPlanned: () => false }))).toEqual(expected);
	});
	it("counts who is already planned today towards the day's total, and does not add them again", () => {
		const planned = new Set(["Promoted"]);
		expect(names(planToday(book(), { size: 3, plannedToday: 1, isPlanned: (entry) => planned.has(entry.contact.name) }))).toEqual(["Grieving", "Very fading"]);
	});
	it("adds only what is missing to reach the day's total, even when those planned are no longer on the list", () => {
		// Planned this morning and ticked since: no longer on the list, still part of today's total.
		expect(names(planToday(book(), { size: 3, plannedToday: 2, isPlanned: () => false }))).toEqual(["Grieving"]);
		expect(planToday(book(), { size: 3, plannedToday: 3, isPlanned: () => false })).toEqual([]);
		expect(planToday(book(), { size: 3, plannedToday: 7, isPlanned: () => false })).toEqual([]);
	});
	it("adds nothing when the whole plan is already in today's note", () => {
		const planned = new Set(["Grieving", "Promoted", "Very fading"]);
		expect(planToday(book(), { size: 3, plannedToday: 3, isPlanned: (entry) => planned.has(entry.contact.name) })).toEqual([]);
	});
	it("never plans the snoozed, the paused, anyone on track or contacted today, whatever the order given", () => {
		const plan = names(planToday(book().reverse(), { size: 100, plannedToday: 0, isPlanned: () => false }));
		for (const name of ["Snoozed", "Paused", "OnTrack", "Contacted today"]) expect(plan).not.toContain(name);
		expect(plan[0]).toBe("Grieving");
	});
});

describe("plannedIn", () => {
	it("finds the reconnect tasks in a note, ticked or not, whatever the link's alias or heading", () => {
		const text = ["# 2026-11-25", "## Reconnect", "- [ ] Reconnect with [[Jane Doe]] — say hi", "\t- [x] Reconnect with [[People/Ann Lee|Ann]] — done", "- [ ] Call [[Bob]]", "1. [ ] reconnect with [[Kim#Notes]]"].join("\n");
		expect([...plannedIn(text)].sort()).toEqual(["jane doe", "kim", "people/ann lee"]);
	});
	it("leaves out tasks shown in a code block", () => {
		expect([...plannedIn("```\n- [ ] Reconnect with [[Jane Doe]]\n```\n- [ ] Reconnect with [[Kim]]")]).toEqual(["kim"]);
	});
	it("is empty for a note without reconnect tasks", () => {
		expect(plannedIn("").size).toBe(0);
		expect(plannedIn("- [ ] Reconnect with someone").size).toBe(0);
	});
});
