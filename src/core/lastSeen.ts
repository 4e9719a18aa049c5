/**
 * Where the vault mentions each person: for every dated note (a daily note, say), the people it
 * links to in a way that records contact, and for every person those notes, newest first. The
 * latest is the last time you were in touch; the list is the history.
 *
 * Each dated note is one record, shared by the lists of everyone it links, so a vault of 100,000
 * daily notes holds 100,000 small records and one array per person (figures in bench/README.md).
 * Updating one note touches only the people it links to, or used to.
 */
import type { Day } from "./days";

/** A dated note that records contact with someone. */
export interface Sighting {
	readonly kind: "note";
	readonly day: Day;
	readonly notePath: string;
}

interface DatedNote extends Sighting {
	/** The people it counts as contact with; each of their lists holds this record. */
	targets: readonly string[];
}

/** Lists shorter than this are copied rather than grown in place (see #attach). */
const SHORT_LIST = 32;

/** Newest first; on the same day the path decides, so the order never depends on reading order. */
function comesBefore(a: Sighting, b: Sighting): boolean {
	return a.day > b.day || (a.day === b.day && a.notePath < b.notePath);
}

/** Where `note` stands, or would stand, in a list kept newest first. */
function positionIn(list: readonly Sighting[], note: Sighting): number {
	let low = 0;
	let high = list.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (comesBefore(list[middle] as Sighting, note)) low = middle + 1;
		else high = middle;
	}
	return low;
}

export class LastSeenIndex {
	readonly #notes = new Map<string, DatedNote>();
	readonly #byTarget = new Map<string, DatedNote[]>();

	/** Records what a dated note links to; returns the people whose sightings changed. */
	setNote(notePath: string, day: Day, targets: Iterable<string>): string[] {
		// A new array of exactly its size: the caller's may have room to spare, and records live long.
		const unique = [...new Set(targets)];
		const previous = this.#notes.get(notePath);
		if (previous && previous.day === day && sameMembers(previous.targets, unique)) return [];
		if (!previous && !unique.length) return [];
		const touched = new Set(unique);
		if (previous && previous.day === day) {
			// Same day, so the record keeps its place in every list: only who it links changes.
			const kept = new Set(previous.targets);
			const now = new Set(unique);
			for (const target of previous.targets) {
				touched.add(target);
				if (!now.has(target)) this.#detach(previous, target);
			}
			previous.targets = unique;
			for (const target of unique) if (!kept.has(target)) this.#attach(previous, target);
			if (!unique.length) this.#notes.delete(notePath);
			return [...touched];
		}
		if (previous) for (const target of this.#forget(previous)) touched.add(target);
		if (unique.length) {
			const note: DatedNote = { kind: "note", day, notePath, targets: unique };
			this.#notes.set(notePath, note);
			for (const target of unique) this.#attach(note, target);
		}
		return [...touched];
	}

	/** Forgets a note (deleted, renamed out of the dated-note format, or no longer linking). */
	removeNote(notePath: string): string[] {
		const previous = this.#notes.get(notePath);
		return previous ? this.#forget(previous) : [];
	}

	/** A person's note was renamed: their sightings follow them. */
	renameTarget(oldPath: string, newPath: string): void {
		const list = this.#byTarget.get(oldPath);
		if (!list || oldPath === newPath) return;
		this.#byTarget.delete(oldPath);
		this.#byTarget.set(newPath, list);
		for (const note of list) note.targets = note.targets.map((target) => (target === oldPath ? newPath : target));
	}

	/** The latest dated note that records contact with a person. */
	lastSeen(target: string): Sighting | undefined {
		return this.#byTarget.get(target)?.[0];
	}

	/** Every dated note that records contact with a person, newest first. Do not mutate. */
	sightings(target: string): readonly Sighting[] {
		return this.#byTarget.get(target) ?? [];
	}

	/** The people a dated note counts as contact with. */
	targetsOf(notePath: string): readonly string[] {
		return this.#notes.get(notePath)?.targets ?? [];
	}

	#forget(note: DatedNote): string[] {
		this.#notes.delete(note.notePath);
		for (const target of note.targets) this.#detach(note, target);
		return [...note.targets];
	}

	#attach(note: DatedNote, target: string): void {
		const list = this.#byTarget.get(target);
		if (!list) {
			this.#byTarget.set(target, [note]);
			return;
		}
		const at = positionIn(list, note);
		// Growing an array in place leaves room for 16 more; most people have a few sightings, so a
		// short list is copied at its exact size instead (at 50,000 contacts: ≈ 6 MB less heap).
		if (list.length < SHORT_LIST) this.#byTarget.set(target, [...list.slice(0, at), note, ...list.slice(at)]);
		else list.splice(at, 0, note);
	}

	#detach(note: DatedNote, target: string): void {
		const list = this.#byTarget.get(target);
		if (!list) return;
		const at = positionIn(list, note);
		if (list[at] !== note) return;
		if (list.length === 1) this.#byTarget.delete(target);
		else list.splice(at, 1);
	}
}

function sameMembers(a: readonly string[], b: readonly string[]): boolean {
	if (a.length !== b.length) return false;
	const set = new Set(a);
	return b.every((item) => set.has(item));
}
