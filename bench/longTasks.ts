/**
 * The longest stretch the event loop is kept busy, as a user would feel it: a probe that runs at
 * every turn of Node's event loop (setImmediate) and records the time since its last run. Any
 * synchronous piece of work — a slice of the index build, the file listing, the final ranking,
 * the first render, a garbage collection inside one of them — shows as a gap. Where two pieces
 * share one turn of the loop, the gap is their sum, so the figure errs on the long side.
 */
export class LongTaskProbe {
	#last = 0;
	#longest = 0;
	#running = false;

	start(): void {
		this.#running = true;
		this.#last = performance.now();
		this.#longest = 0;
		const tick = (): void => {
			const now = performance.now();
			this.#longest = Math.max(this.#longest, now - this.#last);
			this.#last = now;
			if (this.#running) setImmediate(tick);
		};
		setImmediate(tick);
	}

	/** Stops, and returns the longest gap seen, in milliseconds. */
	stop(): number {
		this.#running = false;
		this.#longest = Math.max(this.#longest, performance.now() - this.#last);
		return this.#longest;
	}
}
