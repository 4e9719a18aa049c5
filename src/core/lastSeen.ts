/**
 * Where the vault records contact with each person, newest first: dated notes (daily notes,
 * meeting notes…) that link them, and the dated lines of the person's own note (a log). The
 * latest one not in the future is the last time you were in touch; the list is the history.
 *
 * Each dated note is one record, shared by the lists of everyone it links, so a vault of 100,000
 * daily notes holds 100,000 small records and one array per person (figures in bench/README.md).
 * Updating one note touches only the people it links to, or used to.
 *
 * While a vault is first read, records are only appended (a popular person can be linked from
 * tens of thousands of notes, read in no particular order); the lists are put in order once, by
 * `order()` or the first question asked, and kept in order from then on.
 */
import type { Day } from "./days";
import type { LogLine } from "./history/noteContent";

/** A note that records contact with someone on a day. */
export interface Sighting {
	readonly kind: "note";
	readonly day: Day;
	readonly notePath: string;
}

/** One sighting of one person: the note, and the line that mentions them. */
export interface HistoryEntry {
	day: Day;
	notePath: string;
	line: number;
}

interface DatedNote extends Sighting {
	/** The people it counts as contact with; each of their lists holds this record. */
	targets: readonly string[];
	/** For each target, the line of its first link. */
	lines: readonly number[];
}

interface LogEntry extends Sighting {
	line: number;
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

/** Where the first sighting on or before `today` is in a list kept newest first (all before it are later). */
function indexUpTo(list: readonly Sighting[], today: Day): number {
	let low = 0;
	let high = list.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if ((list[middle] as Sighting).day > today) low = middle + 1;
		else high = middle;
	}
	return low;
}

/** The first sighting on or before `today` in a list kept newest first. */
function latestUpTo<T extends Sighting>(list: readonly T[] | undefined, today: Day): T | undefined {
	return list?.length ? list[indexUpTo(list, today)] : undefined;
}

export class LastSeenIndex {
	readonly #notes = new Map<string, DatedNote>();
	readonly #byTarget = new Map<string, DatedNote[]>();
	/** A person's own dated lines, newest first, by the person's note. */
	readonly #logs = new Map<string, LogEntry[]>();
	/** False while records are only appended, before the lists are first put in order. */
	#ordered = false;

	/** Puts every person's list in order, a step at a time (between steps the lists are not to be read). */
	*order(): Generator<void, void, void> {
		if (this.#ordered) return;
		let sorted = 0;
		for (const [target, list] of this.#byTarget) {
			// A copy of exactly its size: appending left room to spare, and the lists live long.
			this.#byTarget.set(target, list.slice().sort((a, b) => (comesBefore(a, b) ? -1 : comesBefore(b, a) ? 1 : 0)));
			sorted += list.length;
			if (sorted > 4096) {
				sorted = 0;
				yield;
			}
		}
		this.#ordered = true;
	}

	#ensureOrdered(): void {
		if (this.#ordered) return;
		const steps = this.order();
		while (!steps.next().done);
	}

	/**
	 * Records what a dated note links to (`lines[i]` is where `targets[i]` is first linked);
	 * returns the people whose sightings changed.
	 */
	setNote(notePath: string, day: Day, targets: readonly string[], lines: readonly number[] = []): string[] {
		// New arrays of exactly their size: the caller's may have room to spare, and records live long.
		const unique: string[] = [];
		const uniqueLines: number[] = [];
		targets.forEach((target, index) => {
			if (unique.includes(target)) return;
			unique.push(target);
			uniqueLines.push(lines[index] ?? 0);
		});
		const previous = this.#notes.get(notePath);
		if (previous && previous.day === day && sameTargets(previous, unique, uniqueLines)) return [];
		if (!previous && !unique.length) return [];
		const touched = new Set(unique);
		if (previous && previous.day === day) {
			// Same day, so the record keeps its place in every list: only whom it links changes.
			const kept = new Set(previous.targets);
			const now = new Set(unique);
			for (const target of previous.targets) {
				touched.add(target);
				if (!now.has(target)) this.#detach(previous, target);
			}
			previous.targets = unique.slice();
			previous.lines = uniqueLines.slice();
			for (const target of unique) if (!kept.has(target)) this.#attach(previous, target);
			if (!unique.length) this.#notes.delete(notePath);
			return [...touched];
		}
		if (previous) for (const target of this.#forget(previous)) touched.add(target);
		if (unique.length) {
			const note: DatedNote = { kind: "note", day, notePath, targets: unique.slice(), lines: uniqueLines.slice() };
			this.#notes.set(notePath, note);
			for (const target of unique) this.#attach(note, target);
		}
		return [...touched];
	}

	/** Forgets a note as a dated note (deleted, renamed out of the format, or no longer linking). */
	removeNote(notePath: string): string[] {
		const previous = this.#notes.get(notePath);
		return previous ? this.#forget(previous) : [];
	}

	/** A person's own dated lines; returns whether their sightings changed. */
	setLog(contactPath: string, lines: readonly LogLine[]): boolean {
		const entries = lines
			.map((line): LogEntry => ({ kind: "note", day: line.day, notePath: contactPath, line: line.line }))
			.sort((a, b) => b.day - a.day || a.line - b.line);
		const previous = this.#logs.get(contactPath) ?? [];
		if (previous.length === entries.length && previous.every((entry, i) => entry.day === entries[i]?.day && entry.line === entries[i]?.line)) return false;
		if (entries.length) this.#logs.set(contactPath, entries);
		else this.#logs.delete(contactPath);
		return true;
	}

	/** Forgets a note's own dated lines (it is no longer a contact, or it is gone). */
	removeLog(contactPath: string): boolean {
		return this.#logs.delete(contactPath);
	}

	/** A person's note was renamed: their sightings follow them, their log included. */
	renameTarget(oldPath: string, newPath: string): void {
		if (oldPath === newPath) return;
		const log = this.#logs.get(oldPath);
		if (log) {
			this.#logs.delete(oldPath);
			this.#logs.set(newPath, log.map((entry) => ({ ...entry, notePath: newPath })));
		}
		const list = this.#byTarget.get(oldPath);
		if (!list) return;
		this.#byTarget.delete(oldPath);
		this.#byTarget.set(newPath, list);
		for (const note of list) note.targets = note.targets.map((target) => (target === oldPath ? newPath : target));
	}

	/** The latest sighting of a person on or before `today` (dates in the future never count). */
	lastSeen(target: string, today: Day): Sighting | undefined {
		this.#ensureOrdered();
		const noted = latestUpTo(this.#byTarget.get(target), today);
		const logged = latestUpTo(this.#logs.get(target), today);
		if (!noted || !logged) return noted ?? logged;
		return comesBefore(logged, noted) ? logged : noted;
	}

	/** The first day after `today` a person is seen (a note dated ahead), or null. */
	nextSeenAfter(target: string, today: Day): Day | null {
		this.#ensureOrdered();
		let next: Day | null = null;
		for (const list of [this.#byTarget.get(target), this.#logs.get(target)]) {
			const ahead = list?.length ? list[indexUpTo(list, today) - 1] : undefined;
			if (ahead && (next === null || ahead.day < next)) next = ahead.day;
		}
		return next;
	}

	/** A person's sightings on or before `today`, newest first, at most `limit`. */
	history(target: string, today: Day, limit = Infinity): HistoryEntry[] {
		this.#ensureOrdered();
		const notes = this.#byTarget.get(target) ?? [];
		const log = this.#logs.get(target) ?? [];
		let n = 0;
		let l = 0;
		const entries: HistoryEntry[] = [];
		while (entries.length < limit && (n < notes.length || l < log.length)) {
			const note = notes[n];
			const logged = log[l];
			const takeLog = logged !== undefined && (note === undefined || comesBefore(logged, note));
			if (takeLog) l++;
			else n++;
			const entry = takeLog ? logged : note;
			if (!entry || entry.day > today) continue;
			const line = takeLog ? (logged?.line ?? 0) : (note?.lines[note.targets.indexOf(target)] ?? 0);
			entries.push({ day: entry.day, notePath: entry.notePath, line });
		}
		return entries;
	}

	/**
	 * The distinct days a person was seen up to `today`, newest first, at most `count`: what the
	 * measured rhythm is worked out from. Ranking asks for every contact, so it walks the two
	 * sorted lists and allocates only the answer.
	 */
	recentDays(target: string, today: Day, count: number): Day[] {
		this.#ensureOrdered();
		const notes = this.#byTarget.get(target);
		const log = this.#logs.get(target);
		const days: Day[] = [];
		if ((notes?.length ?? 0) + (log?.length ?? 0) < 2) {
			const only = notes?.[0] ?? log?.[0];
			if (only && only.day <= today) days.push(only.day);
			return days;
		}
		let n = 0;
		let l = 0;
		while (days.length < count) {
			const noteDay = notes?.[n]?.day ?? -Infinity;
			const logDay = log?.[l]?.day ?? -Infinity;
			if (noteDay === -Infinity && logDay === -Infinity) break;
			const day = Math.max(noteDay, logDay);
			if (day === noteDay) n++;
			else l++;
			if (day <= today && days[days.length - 1] !== day) days.push(day);
		}
		return days;
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
		if (!this.#ordered) {
			list.push(note);
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
		const at = this.#ordered ? positionIn(list, note) : list.indexOf(note);
		if (list[at] !== note) return;
		if (list.length === 1) this.#byTarget.delete(target);
		else list.splice(at, 1);
	}
}

function sameTargets(note: DatedNote, targets: readonly string[], lines: readonly number[]): boolean {
	if (note.targets.length !== targets.length) return false;
	return targets.every((target, index) => {
		const at = note.targets.indexOf(target);
		return at >= 0 && note.lines[at] === lines[index];
	});
}
