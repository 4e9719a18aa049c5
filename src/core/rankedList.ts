/**
 * The ranked list kept current one contact at a time: a change re-evaluates that contact and
 * moves its row with a binary search, so an edit costs O(log n) comparisons rather than a
 * re-rank of the whole vault.
 */
import { compareEntries, countEntry, emptyCounts, type RankedEntry, type RankingCounts } from "./rank";
import { sortInSteps } from "./sortInSteps";

export class RankedList {
	#sorted: RankedEntry[] = [];
	#byPath = new Map<string, RankedEntry>();
	#counts: RankingCounts = emptyCounts();

	/** Replaces everything (start-up, a new day, a settings change). */
	reset(entries: Iterable<RankedEntry>): void {
		const next = gather(entries);
		this.#replace(next, next.listed.sort(compareEntries));
	}

	/**
	 * `reset`, pausing while it sorts so a host can spread the work over several tasks (the merge
	 * sort costs about half again the engine's sort). The list keeps its old contents until the
	 * last step, which replaces them at once.
	 */
	*resetInSteps(entries: Iterable<RankedEntry>): Generator<void, void, void> {
		const next = gather(entries);
		yield;
		this.#replace(next, yield* sortInSteps(next.listed, compareEntries));
	}

	#replace(next: Gathered, sorted: RankedEntry[]): void {
		this.#sorted = sorted;
		this.#byPath = next.byPath;
		this.#counts = next.counts;
	}

	/** Puts one contact's new evaluation in place of its old one. */
	upsert(entry: RankedEntry): void {
		this.remove(entry.contact.path);
		this.#byPath.set(entry.contact.path, entry);
		countEntry(this.#counts, entry, 1);
		if (entry.status === "listed") this.#sorted.splice(this.#insertionPoint(entry), 0, entry);
	}

	remove(path: string): void {
		const previous = this.#byPath.get(path);
		if (!previous) return;
		this.#byPath.delete(path);
		countEntry(this.#counts, previous, -1);
		if (previous.status !== "listed") return;
		const at = this.#insertionPoint(previous);
		if (this.#sorted[at] === previous) this.#sorted.splice(at, 1);
		else {
			// Only reachable if an entry was mutated after insertion; stay correct anyway.
			const index = this.#sorted.indexOf(previous);
			if (index >= 0) this.#sorted.splice(index, 1);
		}
	}

	get(path: string): RankedEntry | undefined {
		return this.#byPath.get(path);
	}

	/** Listed entries in display order. Do not mutate. */
	get entries(): readonly RankedEntry[] {
		return this.#sorted;
	}

	/** Every evaluated contact, listed or not. */
	all(): IterableIterator<RankedEntry> {
		return this.#byPath.values();
	}

	get size(): number {
		return this.#byPath.size;
	}

	get totals(): RankingCounts {
		return { ...this.#counts, bands: { ...this.#counts.bands } };
	}

	#insertionPoint(entry: RankedEntry): number {
		let low = 0;
		let high = this.#sorted.length;
		while (low < high) {
			const middle = (low + high) >>> 1;
			if (compareEntries(this.#sorted[middle] as RankedEntry, entry) < 0) low = middle + 1;
			else high = middle;
		}
		return low;
	}
}

interface Gathered {
	byPath: Map<string, RankedEntry>;
	counts: RankingCounts;
	listed: RankedEntry[];
}

function gather(entries: Iterable<RankedEntry>): Gathered {
	const gathered: Gathered = { byPath: new Map(), counts: emptyCounts(), listed: [] };
	for (const entry of entries) {
		gathered.byPath.set(entry.contact.path, entry);
		countEntry(gathered.counts, entry, 1);
		if (entry.status === "listed") gathered.listed.push(entry);
	}
	return gathered;
}
