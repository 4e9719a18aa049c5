import type { Debouncer } from "obsidian";

/**
 * Obsidian's debounce: calls `cb` with the latest arguments `timeout` ms after the first call of a
 * burst, or after the last call when `resetTimer` is true. Uses the global timers, so
 * `vi.useFakeTimers()` controls it. `run()` flushes a pending call now; `cancel()` drops it.
 */
export function debounce<T extends unknown[], V>(cb: (...args: [...T]) => V, timeout = 0, resetTimer = false): Debouncer<T, V> {
	let timer: ReturnType<typeof setTimeout> | null = null;
	let pendingArgs: [...T] | null = null;

	const fire = (): V | void => {
		timer = null;
		if (!pendingArgs) return;
		const args = pendingArgs;
		pendingArgs = null;
		return cb(...args);
	};

	const debounced = function (this: unknown, ...args: [...T]) {
		pendingArgs = args;
		if (timer !== null && resetTimer) {
			clearTimeout(timer);
			timer = null;
		}
		timer ??= setTimeout(fire, timeout);
		return debounced;
	} as Debouncer<T, V>;

	debounced.cancel = () => {
		if (timer !== null) clearTimeout(timer);
		timer = null;
		pendingArgs = null;
		return debounced;
	};

	debounced.run = () => {
		if (timer === null) return;
		clearTimeout(timer);
		return fire();
	};

	return debounced;
}
