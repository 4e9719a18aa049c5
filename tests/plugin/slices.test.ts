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

describe("reading note texts in rounds", () => {
	it("gives the host a turn once a piece's budget is spent, even when every read is already resolved", async () => {
		const { readNoteTexts } = await import("../../src/plugin/noteTexts");
		const { createPacer } = await import("../../src/plugin/slices");
		let clock = 0;
		const turns: number[] = [];
		let used = 0;
		// A vault whose reads resolve at once (cached texts), and notes that cost 1 ms each to use.
		const files = Array.from({ length: 200 }, (_, i) => ({ path: `Daily/${i}.md` }));
		const cache = {};
		const app = {
			vault: { cachedRead: () => Promise.resolve("text"), getFileByPath: (path: string) => files.find((file) => file.path === path) ?? null },
			metadataCache: { getFileCache: () => cache },
		};
		const pending = files.map((file) => ({ file, cache })) as unknown as Parameters<typeof readNoteTexts>[1];
		const pace = createPacer({ budgetMs: 10, now: () => clock, yieldToHost: () => Promise.resolve(void turns.push(used)) });
		const use = (): void => {
			used++;
			clock += 1;
		};
		expect(await readNoteTexts(app as unknown as Parameters<typeof readNoteTexts>[0], pending, use, () => undefined, () => false, pace)).toBe(true);
		expect(used).toBe(200);
		// Batches of 32 notes at 1 ms each: a turn for the host before every batch after the first.
		expect(turns).toEqual([32, 64, 96, 128, 160, 192]);
	});
});
