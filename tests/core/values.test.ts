import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDay } from "../../src/core/days";
import {
	parseBirthday,
	parseCadence,
	parseEmail,
	parseFlag,
	parseLatestDate,
	parseLinkList,
	parseLooseDate,
	parseTextList,
} from "../../src/core/values";
import { FUZZ_RUNS } from "../fuzz";


function readDate(value: unknown): string | null {
	const parsed = parseLooseDate(value);
	if (!parsed) return "(empty)";
	return parsed.ok ? `${formatDay(parsed.value.day)}/${parsed.value.precision}` : null;
}

describe("parseLooseDate", () => {
	it.each<[unknown, string]>([
		["2025-03-14", "2025-03-14/day"],
		["2025-3-4", "2025-03-04/day"],
		["2025-03-14T09:30", "2025-03-14/day"],
		["2025-03-14 09:30:12", "2025-03-14/day"],
		["2025-03-14T23:30:00+02:00", "2025-03-14/day"],
		["2025-03-14T00:00", "2025-03-14/day"],
		["2025-03-14T23:59:59.999Z", "2025-03-14/day"],
		["2025/03/14", "2025-03-14/day"],
		["2025.03.14", "2025-03-14/day"],
		["2025-03", "2025-03-01/month"],
		["2025", "2025-01-01/year"],
		[2025, "2025-01-01/year"],
		["March 14, 2025", "2025-03-14/day"],
		["Mar 14 2025", "2025-03-14/day"],
		["march 14th, 2025", "2025-03-14/day"],
		["14 March 2025", "2025-03-14/day"],
		["14th of March, 2025", "2025-03-14/day"],
		["14 Sept 2025", "2025-09-14/day"],
		["March 2025", "2025-03-01/month"],
		["[[2025-03-14]]", "2025-03-14/day"],
		["[[2025-03-14|last Friday]]", "2025-03-14/day"],
		["[[Daily/2025-03-14]]", "2025-03-14/day"],
		["  '2025-03-14'  ", "2025-03-14/day"],
		["14/03/2025", "2025-03-14/day"],
		["03/14/2025", "2025-03-14/day"],
		["05/05/2025", "2025-05-05/day"],
		[new Date(Date.UTC(2025, 2, 14)), "2025-03-14/day"],
		[new Date(Date.UTC(2025, 2, 14, 23, 59)), "2025-03-14/day"],
		["", "(empty)"],
		[null, "(empty)"],
		[undefined, "(empty)"],
		["   ", "(empty)"],
	])("reads %j", (value, expected) => {
		expect(readDate(value)).toBe(expected);
	});

	it.each<[unknown, RegExp]>([
		["yesterday-ish", /cannot read 'yesterday-ish' as a date/],
		["next week", /cannot read 'next week'/],
		["31/02/2025", /not a real date/],
		["2025-02-30", /not a real date/],
		["2026-13-45", /not a real date/],
		["04/03/2025", /day-first or month-first/],
		["Smarch 3, 2025", /cannot read/],
		[12.5, /cannot read '12.5'/],
		[true, /cannot read 'true'/],
		[{ when: "2025" }, /cannot read 'an object'/],
		[["2025-01-01"], /is a list/],
		[new Date("nonsense"), /not a valid date/],
		// A time of day that does not exist makes the whole value unreadable, not a date.
		["2026-01-01T25:99", /cannot read '2026-01-01T25:99' as a date/],
		["2026-01-01 24:00", /cannot read/],
		["2026-01-01T12:60", /cannot read/],
		["2026-01-01T12:00+25:00", /cannot read/],
	])("reports %j", (value, message) => {
		const parsed = parseLooseDate(value);
		expect(parsed?.ok).toBe(false);
		if (parsed && !parsed.ok) expect(parsed.problem).toMatch(message);
	});

	it("takes the latest readable date of a list and reports the others", () => {
		const result = parseLatestDate(["2025-01-10", "garbage", "2025-06-01", "2024-12-31", ["nested"]]);
		expect(result.latest && formatDay(result.latest.day)).toBe("2025-06-01");
		expect(result.problems).toHaveLength(2);
	});

	it("never throws, whatever the value", () => {
		fc.assert(
			fc.property(fc.anything({ withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true }), (value) => {
				parseLooseDate(value);
				parseLatestDate(value);
				parseCadence(value);
				parseBirthday(value);
				parseTextList(value);
				parseFlag(value);
				parseEmail(value);
				parseLinkList(value);
			}),
			{ numRuns: FUZZ_RUNS, seed: 20261125 },
		);
	});

	it("never throws on arbitrary text, and a readable date is a real date", () => {
		fc.assert(
			fc.property(fc.string({ unit: "grapheme-composite", maxLength: 40 }), (text) => {
				const parsed = parseLooseDate(text);
				if (parsed?.ok) expect(Number.isInteger(parsed.value.day)).toBe(true);
			}),
			{ numRuns: FUZZ_RUNS, seed: 7 },
		);
	});
});

describe("parseCadence", () => {
	it.each<[unknown, number]>([
		[90, 90],
		["90", 90],
		["90d", 90],
		["90 days", 90],
		["2w", 14],
		["2 weeks", 14],
		["3m", 91],
		["3 months", 91],
		["6 months", 183],
		["1y", 365],
		["2 years", 730],
		["every 3 weeks", 21],
		["weekly", 7],
		["Fortnightly", 14],
		["monthly", 30],
		["quarterly", 91],
		["twice a year", 183],
		["yearly", 365],
		["annually", 365],
		["every day", 1],
		["every other week", 14],
		["once a month", 30],
		["every quarter", 91],
		["semi-annually", 183],
		["bimonthly", 61],
	])("reads %j as %i days", (value, days) => {
		expect(parseCadence(value)).toEqual({ ok: true, value: days });
	});

	it.each<unknown>(["whenever", "0", 0, -5, "3x", { days: 3 }, "every blue moon", 1e9])("reports %j", (value) => {
		expect(parseCadence(value)?.ok).toBe(false);
	});
});

describe("parseBirthday", () => {
	it.each<[unknown, object]>([
		["12-01", { month: 12, day: 1, year: null }],
		["02-29", { month: 2, day: 29, year: null }],
		["1988-12-01", { month: 12, day: 1, year: 1988 }],
		[new Date(Date.UTC(1990, 6, 4)), { month: 7, day: 4, year: 1990 }],
		["July 4, 1990", { month: 7, day: 4, year: 1990 }],
	])("reads %j", (value, expected) => {
		expect(parseBirthday(value)).toEqual({ ok: true, value: expected });
	});

	it.each<unknown>(["13-01", "02-30", "1990", "soon", 42])("reports %j", (value) => {
		expect(parseBirthday(value)?.ok).toBe(false);
	});
});

describe("text, flags, e-mail and links", () => {
	it("reads text and lists of text", () => {
		expect(parseTextList("bouldering")).toEqual({ ok: true, value: ["bouldering"] });
		expect(parseTextList(["a", " ", 3, null])).toEqual({ ok: true, value: ["a", "3"] });
		expect(parseTextList({ a: 1 })?.ok).toBe(false);
		expect(parseTextList([])).toBeNull();
	});

	it.each<[unknown, boolean]>([
		[true, true],
		["yes", true],
		["TRUE", true],
		[1, true],
		[false, false],
		["no", false],
		[0, false],
	])("reads the flag %j", (value, expected) => {
		expect(parseFlag(value)).toEqual({ ok: true, value: expected });
	});

	it("reports an unreadable flag", () => {
		expect(parseFlag("maybe")?.ok).toBe(false);
	});

	it("reads e-mail addresses", () => {
		expect(parseEmail("jane+work@example.com")).toEqual({ ok: true, value: "jane+work@example.com" });
		expect(parseEmail("mailto:jane@example.com")).toEqual({ ok: true, value: "jane@example.com" });
		expect(parseEmail(["a@b.io", "c@d.io"])).toEqual({ ok: true, value: "a@b.io" });
		expect(parseEmail("not an address")?.ok).toBe(false);
	});

	it("reads people in common from links or names", () => {
		expect(parseLinkList("[[Sam Lee]]")).toEqual({ ok: true, value: ["Sam Lee"] });
		expect(parseLinkList(["[[People/Sam Lee|Sam]]", "Priya"])).toEqual({ ok: true, value: ["People/Sam Lee", "Priya"] });
		expect(parseLinkList("[[A]], [[B]]")).toEqual({ ok: true, value: ["A", "B"] });
	});
});
