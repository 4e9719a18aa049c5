import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LastSeenIndex } from "../../src/core/lastSeen";
import { day } from "../builders";
import { FUZZ_RUNS } from "../fuzz";

const FAR = 100_000;
const days = (index: LastSeenIndex, target: string, today = FAR) => index.history(target, today).map((entry) => entry.day);
const paths = (index: LastSeenIndex, target: string, today = FAR) => index.history(target, today).map((entry) => entry.notePath);

describe("LastSeenIndex", () => {
	it("keeps the latest sighting per person as notes change", () => {
		const index = new LastSeenIndex();
		expect(index.setNote("Daily/2026-11-01.md", day("2026-11-01"), ["Jane.md", "Sam.md"]).sort()).toEqual(["Jane.md", "Sam.md"]);
		index.setNote("Daily/2026-11-10.md", day("2026-11-10"), ["Jane.md"]);
		expect(index.lastSeen("Jane.md", FAR)).toMatchObject({ day: day("2026-11-10"), notePath: "Daily/2026-11-10.md" });
		// The later note stops linking Jane: the earlier one is her latest again.
		expect(index.setNote("Daily/2026-11-10.md", day("2026-11-10"), ["Sam.md"]).sort()).toEqual(["Jane.md", "Sam.md"]);
		expect(index.lastSeen("Jane.md", FAR)?.notePath).toBe("Daily/2026-11-01.md");
		expect(index.removeNote("Daily/2026-11-01.md").sort()).toEqual(["Jane.md", "Sam.md"]);
		expect(index.lastSeen("Jane.md", FAR)).toBeUndefined();
		expect(index.lastSeen("Sam.md", FAR)?.notePath).toBe("Daily/2026-11-10.md");
	});

	it("reports nothing when a note is saved unchanged, and the people when only a line moved", () => {
		const index = new LastSeenIndex();
		index.setNote("d.md", 5, ["a", "b"], [3, 4]);
		expect(index.setNote("d.md", 5, ["b", "a", "a"], [4, 3, 9])).toEqual([]);
		expect(index.setNote("d.md", 5, ["a", "b"], [7, 4]).sort()).toEqual(["a", "b"]);
		expect(index.history("a", FAR)).toEqual([{ day: 5, notePath: "d.md", line: 7 }]);
	});

	it("lists a person's notes newest first, each with the line that links them", () => {
		const index = new LastSeenIndex();
		index.setNote("Daily/2026-11-03.md", 3, ["Jane.md"], [4]);
		index.setNote("Daily/2026-11-01.md", 1, ["Sam.md", "Jane.md"], [1, 2]);
		index.setNote("Daily/2026-11-02.md", 2, ["Sam.md"]);
		index.setNote("Daily/2026-11-02.md", 2, ["Sam.md", "Jane.md"], [0, 6]);
		expect(index.history("Jane.md", FAR)).toEqual([
			{ day: 3, notePath: "Daily/2026-11-03.md", line: 4 },
			{ day: 2, notePath: "Daily/2026-11-02.md", line: 6 },
			{ day: 1, notePath: "Daily/2026-11-01.md", line: 2 },
		]);
		// The same note moved to another day (renamed) moves in the list.
		index.setNote("Daily/2026-11-01.md", 4, ["Jane.md"], [2]);
		expect(paths(index, "Jane.md")).toEqual(["Daily/2026-11-01.md", "Daily/2026-11-03.md", "Daily/2026-11-02.md"]);
		expect(days(index, "Sam.md")).toEqual([2]);
		expect(index.history("Nobody.md", FAR)).toEqual([]);
		expect(index.history("Jane.md", FAR, 2)).toHaveLength(2);
	});

	it("never counts a day in the future: the latest is the last one up to today", () => {
		const index = new LastSeenIndex();
		index.setNote("Daily/past.md", 10, ["Jane.md"]);
		index.setNote("Daily/planned.md", 30, ["Jane.md"]);
		expect(index.lastSeen("Jane.md", 20)?.notePath).toBe("Daily/past.md");
		expect(days(index, "Jane.md", 20)).toEqual([10]);
		expect(index.recentDays("Jane.md", 20, 10)).toEqual([10]);
		expect(index.lastSeen("Jane.md", 5)).toBeUndefined();
	});

	it("merges a person's own dated lines with the notes that link them", () => {
		const index = new LastSeenIndex();
		index.setNote("Daily/a.md", 10, ["Jane.md"], [1]);
		expect(index.setLog("Jane.md", [{ line: 8, day: 12, text: "call" }, { line: 7, day: 5, text: "lunch" }, { line: 9, day: 10, text: "same day" }])).toBe(true);
		expect(index.setLog("Jane.md", [{ line: 8, day: 12, text: "call" }, { line: 7, day: 5, text: "lunch" }, { line: 9, day: 10, text: "same day" }])).toBe(false);
		expect(index.history("Jane.md", FAR)).toEqual([
			{ day: 12, notePath: "Jane.md", line: 8 },
			{ day: 10, notePath: "Daily/a.md", line: 1 },
			{ day: 10, notePath: "Jane.md", line: 9 },
			{ day: 5, notePath: "Jane.md", line: 7 },
		]);
		expect(index.lastSeen("Jane.md", FAR)).toMatchObject({ day: 12, notePath: "Jane.md" });
		expect(index.recentDays("Jane.md", FAR, 10)).toEqual([12, 10, 5]);
		index.renameTarget("Jane.md", "People/Jane.md");
		expect(paths(index, "People/Jane.md")).toEqual(["People/Jane.md", "Daily/a.md", "People/Jane.md", "People/Jane.md"]);
		expect(index.removeLog("People/Jane.md")).toBe(true);
		expect(days(index, "People/Jane.md")).toEqual([10]);
	});

	it("follows a renamed person and breaks same-day ties by path", () => {
		const index = new LastSeenIndex();
		index.setNote("B/2026-01-01.md", 10, ["Jane.md"]);
		index.setNote("A/2026-01-01.md", 10, ["Jane.md"]);
		expect(index.lastSeen("Jane.md", FAR)?.notePath).toBe("A/2026-01-01.md");
		index.renameTarget("Jane.md", "People/Jane.md");
		expect(index.lastSeen("Jane.md", FAR)).toBeUndefined();
		expect(index.lastSeen("People/Jane.md", FAR)?.notePath).toBe("A/2026-01-01.md");
		expect(index.targetsOf("B/2026-01-01.md")).toEqual(["People/Jane.md"]);
		index.removeNote("A/2026-01-01.md");
		expect(index.lastSeen("People/Jane.md", FAR)?.notePath).toBe("B/2026-01-01.md");
	});

	it("agrees with a brute-force list after any sequence of changes, read before or after the first question", () => {
		const op = fc.record({ note: fc.integer({ min: 0, max: 6 }), day: fc.integer({ min: 0, max: 5 }), targets: fc.subarray(["a", "b", "c"]), remove: fc.boolean(), ask: fc.boolean() });
		fc.assert(
			fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
				const index = new LastSeenIndex();
				const truth = new Map<string, { day: number; targets: string[] }>();
				for (const step of ops) {
					const path = `n${step.note}.md`;
					if (step.remove) {
						index.removeNote(path);
						truth.delete(path);
					} else {
						index.setNote(path, step.day, step.targets);
						truth.set(path, { day: step.day, targets: step.targets });
					}
					// Asking puts the lists in order; later changes keep them in order.
					if (step.ask) index.lastSeen("a", FAR);
				}
				for (const target of ["a", "b", "c"]) {
					const all = [...truth]
						.filter(([, entry]) => entry.targets.includes(target))
						.map(([notePath, entry]) => ({ day: entry.day, notePath }))
						.sort((x, y) => y.day - x.day || (x.notePath < y.notePath ? -1 : 1));
					const seen = index.lastSeen(target, FAR);
					expect(seen && { day: seen.day, notePath: seen.notePath }).toEqual(all[0]);
					expect(index.history(target, FAR).map((entry) => ({ day: entry.day, notePath: entry.notePath }))).toEqual(all);
				}
			}),
			{ numRuns: FUZZ_RUNS, seed: 13 },
		);
	});
});
