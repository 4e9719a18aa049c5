import { describe, expect, it } from "vitest";
import { addMonthsToDay, dayFromParts, dayOfLocalDate, formatDay, parseIsoDay } from "../../src/core/days";

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
