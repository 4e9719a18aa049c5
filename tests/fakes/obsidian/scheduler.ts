/**
 * Real timers captured when the double is imported, before a test can install fake timers.
 *
 * The metadata cache parses files on a later macrotask, as Obsidian's worker does. If it used the
 * global `setTimeout`, `vi.useFakeTimers()` would freeze indexing and every `await vault.settled__()`
 * would hang. UI timers (debounce, Notice) use the global timers on purpose, so fake timers drive them.
 */
const realSetTimeout: (cb: () => void, ms: number) => unknown = globalThis.setTimeout.bind(globalThis);

/** Runs `cb` on a later macrotask, immune to fake timers. */
export function nextMacrotask__(cb: () => void): void {
	realSetTimeout(cb, 0);
}

/** Resolves on a later macrotask, immune to fake timers. */
export function macrotask__(): Promise<void> {
	return new Promise((resolve) => nextMacrotask__(resolve));
}

/** Reports an error thrown by an event handler the way Obsidian does: rethrown on a later tick. */
export function reportAsync__(error: unknown): void {
	realSetTimeout(() => {
		throw error;
	}, 0);
}
