/**
 * Long work in short pieces. Obsidian runs plugins on its main thread, so reading a vault of
 * 150,000 notes in one go would freeze it for seconds; a piece of at most a few milliseconds,
 * then a yield to the host, keeps typing and scrolling smooth (the web's long-task threshold is
 * 50 ms). The work is written as a generator that yields whenever it may be paused.
 */

/** How long one piece may run before yielding; well under the 50 ms a user notices. */
export const SLICE_BUDGET_MS = 10;

export interface SliceOptions {
	/** Milliseconds a piece may run; Infinity runs the work in one piece. */
	budgetMs?: number;
	/** Checked before each piece: true stops the work (the plugin unloaded, or a newer build began). */
	stopped: () => boolean;
	/** Gives the host a turn; by default the next task of the event loop. */
	yieldToHost?: () => Promise<void>;
	now?: () => number;
}

interface SchedulerWithYield {
	yield?: () => Promise<void>;
}

/**
 * The next task of the event loop: `scheduler.yield()` where the host has it (Chromium, so
 * Obsidian on desktop and Android), else a message to ourselves, which — unlike `setTimeout`,
 * clamped to 4 ms once nested — comes back as soon as the host has done its own work.
 */
export function nextTask(): Promise<void> {
	const scheduler = (activeWindow as { scheduler?: SchedulerWithYield }).scheduler;
	if (typeof scheduler?.yield === "function") return scheduler.yield();
	return new Promise((resolve) => {
		const channel = new MessageChannel();
		channel.port1.onmessage = () => {
			channel.port1.close();
			resolve();
		};
		channel.port2.postMessage(null);
	});
}

/** Runs `work` to its end in pieces; resolves true when it finished, false when it was stopped. */
export async function runInSlices(work: Iterator<unknown>, options: SliceOptions): Promise<boolean> {
	const budget = options.budgetMs ?? SLICE_BUDGET_MS;
	const now = options.now ?? (() => performance.now());
	const yieldToHost = options.yieldToHost ?? nextTask;
	for (;;) {
		if (options.stopped()) return false;
		const deadline = now() + budget;
		do {
			if (work.next().done) return true;
		} while (now() < deadline);
		await yieldToHost();
	}
}

/**
 * For async work that runs in rounds (read some notes, use them): call the pacer after each
 * round, and it gives the host a turn once a piece's budget is spent. Promises that are already
 * resolved (a vault's cached reads) never let the host in by themselves.
 */
export function createPacer(options: Omit<SliceOptions, "stopped"> = {}): () => Promise<void> {
	const budget = options.budgetMs ?? SLICE_BUDGET_MS;
	const now = options.now ?? (() => performance.now());
	const yieldToHost = options.yieldToHost ?? nextTask;
	let deadline = now() + budget;
	return async () => {
		if (now() < deadline) return;
		await yieldToHost();
		deadline = now() + budget;
	};
}
