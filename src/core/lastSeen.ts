/**
 * Where the vault last mentions each person: for every dated note (a daily note, say), the
 * people it links to in a way that records contact, and for every person the latest such note.
 * Updating one note touches only the people it links to, or used to.
 */
import type { Day } from "./days";

export interface Sighting {
	day: Day;
	notePath: string;
}

/** Is a sighting on `day` in `notePath` later than `b`? */
function better(day: Day, notePath: string, b: Pick<Sighting, "day" | "notePath"> | undefined): boolean {
	if (!b) return true;
	// Same day in two notes: the path decides, so the answer never depends on reading order.
	return day > b.day || (day === b.day && notePath < b.notePath);
}

export class LastSeenIndex {
	readonly #notes = new Map<string, { day: Day; targets: readonly string[] }>();
	readonly #byTarget = new Map<string, Map<string, Day>>();
	readonly #latest = new Map<string, Sighting>();

	/** Records what a dated note links to; returns the people whose last sighting may have changed. */
	setNote(notePath: string, day: Day, targets: Iterable<string>): string[] {
		const list = Array.isArray(targets) ? (targets as string[]) : [...targets];
		const unique = list.length < 2 ? list : [...new Set(list)];
		const previous = this.#notes.get(notePath);
		if (previous && previous.day === day && sameMembers(previous.targets, unique)) return [];
		if (!previous && !unique.length) return [];
		let touched: Set<string> | null = null;
		if (previous) {
			touched = new Set(previous.targets);
			// On the same day, the people still linked keep this sighting: detaching them would
			// make a popular person's next-latest sighting be searched for on every keystroke.
			const kept = previous.day === day ? new Set(unique) : null;
			this.#detach(notePath, kept ? previous.targets.filter((target) => !kept.has(target)) : previous.targets);
		}
		if (unique.length) this.#notes.set(notePath, { day, targets: unique });
		else this.#notes.delete(notePath);
		let sighting: Sighting | null = null;
		for (const target of unique) {
			let seen = this.#byTarget.get(target);
			if (!seen) {
				seen = new Map();
				this.#byTarget.set(target, seen);
			}
			seen.set(notePath, day);
			if (better(day, notePath, this.#latest.get(target))) this.#latest.set(target, (sighting ??= { day, notePath }));
			touched?.add(target);
		}
		return touched ? [...touched] : unique;
	}

	/** Forgets a note (deleted, renamed out of the dated-note format, or no longer linking). */
	removeNote(notePath: string): string[] {
		const previous = this.#notes.get(notePath);
		if (!previous) return [];
		this.#notes.delete(notePath);
		return this.#detach(notePath, previous.targets);
	}

	/** A person's note was renamed: their sightings follow them. */
	renameTarget(oldPath: string, newPath: string): void {
		const seen = this.#byTarget.get(oldPath);
		if (!seen || oldPath === newPath) return;
		this.#byTarget.delete(oldPath);
		this.#byTarget.set(newPath, seen);
		const latest = this.#latest.get(oldPath);
		this.#latest.delete(oldPath);
		if (latest) this.#latest.set(newPath, latest);
		for (const notePath of seen.keys()) {
			const note = this.#notes.get(notePath);
			if (note) this.#notes.set(notePath, { day: note.day, targets: note.targets.map((target) => (target === oldPath ? newPath : target)) });
		}
	}

	lastSeen(target: string): Sighting | undefined {
		return this.#latest.get(target);
	}

	/** The people a dated note counts as contact with. */
	targetsOf(notePath: string): readonly string[] {
		return this.#notes.get(notePath)?.targets ?? [];
	}



	#detach(notePath: string, targets: readonly string[]): string[] {
		for (const target of targets) {
			const seen = this.#byTarget.get(target);
			if (!seen) continue;
			seen.delete(notePath);
			if (this.#latest.get(target)?.notePath !== notePath) continue;
			// The latest sighting went away: look for the next one among this person's notes only.
			let next: { day: Day; notePath: string } | undefined;
			for (const [path, day] of seen) if (better(day, path, next)) next = { day, notePath: path };
			if (next) this.#latest.set(target, next);
			else {
				this.#latest.delete(target);
				this.#byTarget.delete(target);
			}
		}
		return [...targets];
	}
}

function sameMembers(a: readonly string[], b: readonly string[]): boolean {
	if (a.length !== b.length) return false;
	const set = new Set(a);
	return b.every((item) => set.has(item));
}
