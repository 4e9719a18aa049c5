import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isDrifting, measuredRhythm } from "../../../src/core/history/rhythm";
import { FUZZ_RUNS } from "../../fuzz";

const T = 1000;
/** Days going back from T by these gaps. */
const back = (...gaps: number[]): number[] => gaps.reduce<number[]>((days, gap) => [...days, (days.at(-1) ?? T) - gap], [T]);

describe("the measured rhythm", () => {
	it.each<[string, number[], number | null]>([
		["weekly for a while", back(7, 7, 7, 7), 7],
		["the median, not the mean", back(7, 7, 60, 7, 8), 7],
		["an even count takes the middle two", back(10, 14, 20, 30), 17],
		["three gaps are enough", back(10, 10, 10), 10],
		["two gaps are not", back(30, 30), null],
		["three gaps over less than three weeks are not", back(5, 5, 5), null],
		["three gaps over exactly three weeks are", back(7, 7, 7), 7],
		["no days", [], null],
	])("%s", (_name, days, rhythm) => {
		expect(measuredRhythm(days, T)).toBe(rhythm);
	});

	it("counts a day once, in any order, and ignores days after today", () => {
		expect(measuredRhythm([T - 14, T, T - 7, T - 7, T - 21, T + 3, T + 10], T)).toBe(7);
	});

	it("looks at the last 30 gaps only", () => {
		const old = back(...Array.from({ length: 30 }, () => 100));
		const recent = back(...Array.from({ length: 30 }, () => 5));
		const both = [...recent, ...old.map((day) => day - 150 - 3000)];
		expect(measuredRhythm(both, T)).toBe(5);
	});

	it("is between the smallest and the largest gap, whatever the days", () => {
		fc.assert(
			fc.property(fc.array(fc.integer({ min: 0, max: 2000 }), { maxLength: 60 }), (days) => {
				const rhythm = measuredRhythm(days, 2000);
				const distinct = [...new Set(days)].sort((a, b) => b - a).slice(0, 31);
				const gaps = distinct.slice(1).map((day, i) => (distinct[i] ?? 0) - day);
				if (rhythm === null) return;
				expect(rhythm).toBeGreaterThanOrEqual(Math.min(...gaps));
				expect(rhythm).toBeLessThanOrEqual(Math.max(...gaps));
			}),
			{ numRuns: FUZZ_RUNS },
		);
	});
});

describe("drifting", () => {
	it.each<[number, number, boolean]>([
		[14, 28, false],
		[14, 29, true],
		[7, 21, false],
		[7, 22, true],
		[30, 60, false],
		[30, 61, true],
	])("usually every %i days, now %i: %s", (rhythm, silence, drifting) => {
		expect(isDrifting(silence, rhythm)).toBe(drifting);
	});
});
