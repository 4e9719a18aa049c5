import { describe, expect, it } from "vitest";
import { dayFromParts, type Day } from "../../src/core/days";
import { contactedThisWeek, startOfWeek, weekdayOf, weeklyGoalText } from "../../src/core/weeklyGoal";

const day = (text: string): Day => {
	const [y, m, d] = text.split("-").map(Number);
	const value = dayFromParts(y ?? 0, m ?? 0, d ?? 0);
	if (value === null) throw new Error(text);
	return value;
};

describe("weeks", () => {
	it.each([
		["1970-01-01", 4],
		["2026-11-25", 3],
		["2026-11-29", 0],
		["2026-11-30", 1],
		["1969-12-28", 0],
	])("%s is weekday %i", (text, weekday) => {
		expect(weekdayOf(day(text))).toBe(weekday);
	});
	it.each([
		// Wednesday 2026-11-25: the week began on Monday the 23rd, or on Sunday the 22nd.
		["2026-11-25", 1, "2026-11-23"],
		["2026-11-25", 0, "2026-11-22"],
		["2026-11-25", 6, "2026-11-21"],
		// A Monday starts its own Monday week; a Sunday ends it.
		["2026-11-23", 1, "2026-11-23"],
		["2026-11-29", 1, "2026-11-23"],
		["2026-11-29", 0, "2026-11-29"],
	])("the week holding %s, starting on weekday %i, begins on %s", (today, first, start) => {
		expect(startOfWeek(day(today), first)).toBe(day(start));
	});
});

describe("contactedThisWeek", () => {
	const today = day("2026-11-25");
	const entry = (daysSince: number | null, status = "listed") => ({ status, daysSince });
	it("counts last contacts from the week's first day to today, and nothing before or after", () => {
		const entries = [entry(0), entry(1), entry(2), entry(3), entry(-1), entry(null), entry(30, "on-track")];
		expect(contactedThisWeek(entries, today, 1)).toBe(3);
		expect(contactedThisWeek(entries, today, 0)).toBe(4);
		expect(contactedThisWeek(entries, today, 3)).toBe(1);
	});
	it("counts everyone in touch whatever their band, but not those in memory", () => {
		expect(contactedThisWeek([entry(1, "on-track"), entry(1, "snoozed"), entry(1, "in-memory")], today, 1)).toBe(2);
	});
});

describe("weeklyGoalText", () => {
	it.each([
		[0, 3, "0 of 3 this week"],
		[2, 3, "2 of 3 this week"],
		[3, 3, "3 of 3 this week: goal reached"],
		[5, 3, "5 of 3 this week: goal reached"],
	])("%i done of %i", (done, goal, text) => {
		expect(weeklyGoalText(done, goal)).toBe(text);
	});
});
