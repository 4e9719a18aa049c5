// @vitest-environment happy-dom
import "obsidian";
import { describe, expect, it } from "vitest";
import { runInSlices } from "../../src/plugin/slices";

/** Work of `steps` steps, each taking `stepMs` on a fake clock; records where pieces ended. */
function fakeWork(steps: number, stepMs: number) {
	let clock = 0;
	let done = 0;
	const pieces: number[] = [];
	function* work(): Generator<void> {
		for (let i = 0; i < steps; i++) {
			clock += stepMs;
			done++;
			yield;
		}
	}
	const yieldToHost = async (): Promise<void> => {
		pieces.push(done);
		await Promise.resolve();
	};
	return { work: work(), yieldToHost, now: () => clock, pieces, done: () => done };
}

describe("work in slices", () => {
	it("yields to the host whenever a piece has used its budget", async () => {
		const fake = fakeWork(100, 3);
		expect(await runInSlices(fake.work, { budgetMs: 10, stopped: () => false, yieldToHost: fake.yieldToHost, now: fake.now })).toBe(true);
		expect(fake.done()).toBe(100);
		// 3 ms steps against a 10 ms budget: four steps a piece (the fourth crosses the deadline).
		expect(fake.pieces.slice(0, 3)).toEqual([4, 8, 12]);
		expect(fake.pieces).toHaveLength(25);
	});

	it("runs in one piece with an infinite budget", async () => {
		const fake = fakeWork(100, 3);
		expect(await runInSlices(fake.work, { budgetMs: Infinity, stopped: () => false, yieldToHost: fake.yieldToHost, now: fake.now })).toBe(true);
		expect(fake.pieces).toEqual([]);
	});

	it("stops before the next piece when asked, and says it did not finish", async () => {
		const fake = fakeWork(100, 3);
		let stop = false;
		const yieldToHost = async (): Promise<void> => {
			await fake.yieldToHost();
			if (fake.pieces.length === 2) stop = true;
		};
		expect(await runInSlices(fake.work, { budgetMs: 10, stopped: () => stop, yieldToHost, now: fake.now })).toBe(false);
		expect(fake.done()).toBe(8);
	});

	it("yields to the event loop by default, so other tasks run between pieces", async () => {
		let steps = 0;
		let otherTaskRan = false;
		setTimeout(() => (otherTaskRan = true), 0);
		function* work(): Generator<void> {
			const start = performance.now();
			while (performance.now() - start < 30) yield;
			steps++;
			// A second piece, after a pause long enough for the timer.
			const pause = performance.now();
			while (!otherTaskRan && performance.now() - pause < 1000) yield;
		}
		expect(await runInSlices(work(), { budgetMs: 5, stopped: () => false })).toBe(true);
		expect(steps).toBe(1);
		expect(otherTaskRan).toBe(true);
	});
});
