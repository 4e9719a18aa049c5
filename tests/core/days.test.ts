import { describe, expect, it } from "vitest";
import { addMonthsToDay, dayFromParts, dayOfLocalDate, dayParts, formatDay, parseIsoDay } from "../../src/core/days";

describe("calendar days", () => {
	it.each([
		["2026-11-25", "2026-11-25"],
		["2024-02-29", "2024-02-29"],
		["1970-01-01", "1970-01-01"],
		["0999-12-31", "0999-12-31"],
	])("round-trips %s", (iso, expected) => {
		const parsed = parseIsoDay(iso);
		expect(parsed).not.toBeNull();
		expect(formatDay(parsed as number)).toBe(expected);
	});

	it.each(["2025-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "2026-1-5", "yesterday", ""])("refuses %s", (text) => {
		expect(parseIsoDay(text)).toBeNull();
	});

	it("counts whole days between dates", () => {
		expect((parseIsoDay("2026-11-25") as number) - (parseIsoDay("2025-11-25") as number)).toBe(365);
		expect((parseIsoDay("2024-03-01") as number) - (parseIsoDay("2024-02-28") as number)).toBe(2);
	});

	it("adds calendar months, clamping to the month's end", () => {
		expect(formatDay(addMonthsToDay(parseIsoDay("2026-01-31") as number, 1))).toBe("2026-02-28");
		expect(formatDay(addMonthsToDay(parseIsoDay("2026-11-25") as number, 3))).toBe("2027-02-25");
	});

	it("reads the calendar day of a local date", () => {
		expect(formatDay(dayOfLocalDate(new Date(2026, 10, 25, 23, 59)) as number)).toBe("2026-11-25");
		expect(dayFromParts(2026, 2, 30)).toBeNull();
	});
});

describe("integer calendar arithmetic", () => {
	it("agrees with the JavaScript calendar on every day from 1600 to 2400", () => {
		const first = dayFromParts(1600, 1, 1) as number;
		expect(first).toBe(Math.round(Date.UTC(1600, 0, 1) / 86_400_000));
		for (let day = first; day < first + 800 * 366; day++) {
			const date = new Date(day * 86_400_000);
			const parts = dayParts(day);
			if (parts.year !== date.getUTCFullYear() || parts.month !== date.getUTCMonth() + 1 || parts.day !== date.getUTCDate()) {
				throw new Error(`day ${day}: ${JSON.stringify(parts)} but ${date.toISOString()}`);
			}
			if (dayFromParts(parts.year, parts.month, parts.day) !== day) throw new Error(`round trip of ${formatDay(day)}`);
		}
	});

	it("handles years before 100, which Date.UTC would move to the 1900s", () => {
		expect(formatDay(dayFromParts(50, 3, 1) as number)).toBe("0050-03-01");
		expect(dayFromParts(2024, 2, 29)).not.toBeNull();
		expect(dayFromParts(1900, 2, 29)).toBeNull();
		expect(dayFromParts(2000, 2, 29)).not.toBeNull();
	});
});
