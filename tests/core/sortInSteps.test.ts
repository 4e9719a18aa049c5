import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sortInSteps } from "../../src/core/sortInSteps";
import { FUZZ_RUNS } from "../fuzz";

function run<T>(steps: Generator<void, T[], void>): { result: T[]; pauses: number } {
	let pauses = 0;
	for (;;) {
		const next = steps.next();
		if (next.done) return { result: next.value, pauses };
		pauses++;
	}
}

describe("sorting in steps", () => {
	it("gives what the engine's stable sort gives, for any input and step size", () => {
		fc.assert(
			fc.property(fc.array(fc.record({ key: fc.integer({ min: 0, max: 20 }), id: fc.nat() })), fc.integer({ min: 1, max: 40 }), (items, stepSize) => {
				const compare = (a: { key: number }, b: { key: number }) => a.key - b.key;
				expect(run(sortInSteps(items, compare, stepSize)).result).toEqual([...items].sort(compare));
			}),
			{ numRuns: FUZZ_RUNS },
		);
	});

	it("pauses about once per step of elements, and leaves its input alone", () => {
		const items = Array.from({ length: 10_000 }, (_unused, i) => (i * 7919) % 10_007);
		const copy = [...items];
		const { result, pauses } = run(sortInSteps(items, (a, b) => a - b, 1000));
		expect(result).toEqual([...items].sort((a, b) => a - b));
		expect(items).toEqual(copy);
		// 10 runs, then 4 merge passes of 10 steps each.
		expect(pauses).toBeGreaterThanOrEqual(45);
		expect(pauses).toBeLessThanOrEqual(55);
	});
});
