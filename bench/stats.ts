/** Timing runs and summarising them. */

export interface Summary {
	median: number;
	min: number;
	max: number;
}

export function summarize(samples: readonly number[]): Summary {
	if (!samples.length) throw new Error("no samples");
	const sorted = [...samples].sort((a, b) => a - b);
	const middle = sorted.length >> 1;
	const median = sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
	const round = (value: number): number => Math.round(value * 1000) / 1000;
	return { median: round(median), min: round(sorted[0] ?? 0), max: round(sorted[sorted.length - 1] ?? 0) };
}

export interface RunOptions {
	warmup: number;
	runs: number;
}

/** Called around each measured run (the CPU profiler uses them, so it sees no warm-up and no set-up between runs). */
export interface RunHooks {
	before(): Promise<void>;
	after(): Promise<void>;
}

/**
 * Lets pending callbacks run, so runs start alike. With `collect` (and Node run with
 * --expose-gc), also collects garbage first, for runs that make so much garbage that the previous
 * run's would otherwise be collected inside the next one.
 */
export async function settle(collect = true): Promise<void> {
	await new Promise((resolve) => setImmediate(resolve));
	const gc = (globalThis as { gc?: () => void }).gc;
	if (!collect || !gc) return;
	gc();
	// A full collection leaves sweeping to the collector's threads, which then compete with the
	// measured run for the machine's cores: wait until the process is quiet (under a tenth of a
	// core for 20 ms), so a run is not charged for the collection the harness asked for.
	const deadline = performance.now() + 3000;
	for (;;) {
		const before = process.cpuUsage();
		await new Promise((resolve) => setTimeout(resolve, 20));
		const used = process.cpuUsage(before);
		if (used.user + used.system < 2000 || performance.now() > deadline) break;
	}
}

/**
 * Calls `run(i)` for the warm-up runs and then the measured ones; each call returns the
 * milliseconds of its timed section (its own setup is not counted). `collect`: see settle.
 */
export async function measure(options: RunOptions, run: (i: number) => number | Promise<number>, around?: RunHooks, collect = true): Promise<Summary> {
	const samples: number[] = [];
	for (let i = 0; i < options.warmup + options.runs; i++) {
		await settle(collect);
		const measured = i >= options.warmup;
		if (measured) await around?.before();
		const ms = await run(i);
		if (measured) await around?.after();
		if (measured) samples.push(ms);
	}
	return summarize(samples);
}

/** Milliseconds of a synchronous call. */
export function time(fn: () => unknown): number {
	const start = performance.now();
	fn();
	return performance.now() - start;
}

/** Milliseconds of an asynchronous call. */
export async function timeAsync(fn: () => Promise<unknown>): Promise<number> {
	const start = performance.now();
	await fn();
	return performance.now() - start;
}

/**
 * The heap still in use after two full garbage collections a moment apart (Node run with
 * --expose-gc): one collection can leave garbage that is still being swept, which counts as used.
 */
export async function usedHeapMb(): Promise<number> {
	const gc = (globalThis as { gc?: () => void }).gc;
	if (!gc) throw new Error("usedHeapMb needs node --expose-gc");
	gc();
	await new Promise((resolve) => setTimeout(resolve, 50));
	gc();
	return process.memoryUsage().heapUsed / 2 ** 20;
}
