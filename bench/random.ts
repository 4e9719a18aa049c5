/** A small seeded generator (mulberry32): the same seed gives the same vault on every machine. */
export class Random {
	#state: number;

	constructor(seed: number) {
		this.#state = seed >>> 0;
	}

	/** A float in [0, 1). */
	next(): number {
		this.#state = (this.#state + 0x6d2b79f5) >>> 0;
		let t = this.#state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	}

	/** An integer in [0, n). */
	int(n: number): number {
		return Math.floor(this.next() * n);
	}

	/** An integer in [low, high]. */
	between(low: number, high: number): number {
		return low + this.int(high - low + 1);
	}

	chance(p: number): boolean {
		return this.next() < p;
	}

	pick<T>(items: readonly T[]): T {
		const item = items[this.int(items.length)];
		if (item === undefined) throw new Error("pick from an empty list");
		return item;
	}

	/** Picks by weight: `[[3, "a"], [1, "b"]]` gives "a" three times as often as "b". */
	weighted<T>(choices: readonly (readonly [number, T])[]): T {
		const total = choices.reduce((sum, [weight]) => sum + weight, 0);
		let roll = this.next() * total;
		for (const [weight, value] of choices) {
			roll -= weight;
			if (roll < 0) return value;
		}
		const last = choices[choices.length - 1];
		if (!last) throw new Error("weighted pick from an empty list");
		return last[1];
	}
}
