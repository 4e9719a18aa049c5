import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LastSeenIndex } from "../../src/core/lastSeen";
import { day } from "../builders";
import { FUZZ_RUNS } from "../fuzz";

describe("LastSeenIndex", () => {
	it("keeps the latest sighting per person as notes change", () => {
		const index = new LastSeenIndex();
		expect(index.setNote("Daily/2026-11-01.md", day("2026-11-01"), ["Jane.md", "Sam.md"]).sort()).toEqual(["Jane.md", "Sam.md"]);
		index.setNote("Daily/2026-11-10.md", day("2026-11-10"), ["Jane.md"]);
		expect(index.lastSeen("Jane.md")).toMatchObject({ day: day("2026-11-10"), notePath: "Daily/2026-11-10.md" });
		// The later note stops linking Jane: the earlier one is her latest again.
		expect(index.setNote("Daily/2026-11-10.md", day("2026-11-10"), ["Sam.md"]).sort()).toEqual(["Jane.md", "Sam.md"]);
		expect(index.lastSeen("Jane.md")?.notePath).toBe("Daily/2026-11-01.md");
		expect(index.removeNote("Daily/2026-11-01.md").sort()).toEqual(["Jane.md", "Sam.md"]);
		expect(index.lastSeen("Jane.md")).toBeUndefined();
		expect(index.lastSeen("Sam.md")?.notePath).toBe("Daily/2026-11-10.md");
	});

	it("reports nothing when a note is saved unchanged", () => {
		const index = new LastSeenIndex();
		index.setNote("d.md", 5, ["a", "b"]);
		expect(index.setNote("d.md", 5, ["b", "a", "a"])).toEqual([]);
	});

	it("lists a person's notes newest first, keeping each note's place as its links change", () => {
		const index = new LastSeenIndex();
		index.setNote("Daily/2026-11-03.md", 3, ["Jane.md"]);
		index.setNote("Daily/2026-11-01.md", 1, ["Jane.md", "Sam.md"]);
		index.setNote("Daily/2026-11-02.md", 2, ["Sam.md"]);
		index.setNote("Daily/2026-11-02.md", 2, ["Sam.md", "Jane.md"]);
		expect(index.sightings("Jane.md").map((sighting) => sighting.day)).toEqual([3, 2, 1]);
		// The same note moved to another day (renamed) moves in the list.
		index.setNote("Daily/2026-11-01.md", 4, ["Jane.md"]);
		expect(index.sightings("Jane.md").map((sighting) => sighting.notePath)).toEqual(["Daily/2026-11-01.md", "Daily/2026-11-03.md", "Daily/2026-11-02.md"]);
		expect(index.sightings("Sam.md").map((sighting) => sighting.day)).toEqual([2]);
		expect(index.sightings("Nobody.md")).toEqual([]);
	});

	it("follows a renamed person and breaks same-day ties by path", () => {
		const index = new LastSeenIndex();
		index.setNote("B/2026-01-01.md", 10, ["Jane.md"]);
		index.setNote("A/2026-01-01.md", 10, ["Jane.md"]);
		expect(index.lastSeen("Jane.md")?.notePath).toBe("A/2026-01-01.md");
		index.renameTarget("Jane.md", "People/Jane.md");
		expect(index.lastSeen("Jane.md")).toBeUndefined();
		expect(index.lastSeen("People/Jane.md")?.notePath).toBe("A/2026-01-01.md");
		expect(index.targetsOf("B/2026-01-01.md")).toEqual(["People/Jane.md"]);
		index.removeNote("A/2026-01-01.md");
		expect(index.lastSeen("People/Jane.md")?.notePath).toBe("B/2026-01-01.md");
	});

	it("agrees with a brute-force list after any sequence of changes", () => {
		const op = fc.record({ note: fc.integer({ min: 0, max: 6 }), day: fc.integer({ min: 0, max: 5 }), targets: fc.subarray(["a", "b", "c"]), remove: fc.boolean() });
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
				}
				for (const target of ["a", "b", "c"]) {
					let best: { day: number; notePath: string } | undefined;
					for (const [notePath, entry] of truth) {
						if (!entry.targets.includes(target)) continue;
						if (!best || entry.day > best.day || (entry.day === best.day && notePath < best.notePath)) best = { day: entry.day, notePath };
					}
					const seen = index.lastSeen(target);
					expect(seen && { day: seen.day, notePath: seen.notePath }).toEqual(best);
					const all = [...truth]
						.filter(([, entry]) => entry.targets.includes(target))
						.map(([notePath, entry]) => ({ day: entry.day, notePath }))
						.sort((x, y) => y.day - x.day || (x.notePath < y.notePath ? -1 : 1));
					expect(index.sightings(target).map((sighting) => ({ day: sighting.day, notePath: sighting.notePath }))).toEqual(all);
				}
			}),
			{ numRuns: FUZZ_RUNS, seed: 13 },
		);
	});
});
