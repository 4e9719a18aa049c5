/**
 * Follow-ups: open tasks about a person — a task that links them, anywhere in the vault, or any
 * open task in their own note — kept by person, each with its words and due date. Reconnect's own
 * `Reconnect with [[…]]` tasks are reminders to write, not things promised, and are not follow-ups.
 */
import type { Day } from "../days";
import { isReconnectTaskWords } from "../reconnectTask";

export interface FollowUp {
	notePath: string;
	line: number;
	/** The task's words as written (Markdown), without its date and priority notation. */
	text: string;
	due: Day | null;
}

/** An open task as the index records it: whom it is about, resolved to their notes' paths. */
export interface TaskAbout {
	line: number;
	/** The task's words, or null when they have not been read (the index keeps what it had for that line). */
	text: string | null;
	due: Day | null;
	targets: readonly string[];
}

const NONE: readonly FollowUp[] = Object.freeze([]);

/** Overdue by how many days, or 0 when not due yet (or undated). */
export function daysOverdue(followUp: FollowUp, today: Day): number {
	return followUp.due !== null && followUp.due < today ? today - followUp.due : 0;
}

/** Most overdue first, then the earliest due, undated last; then where they are written. */
export function compareFollowUps(a: FollowUp, b: FollowUp): number {
	const dueA = a.due ?? Infinity;
	const dueB = b.due ?? Infinity;
	if (dueA !== dueB) return dueA - dueB;
	return a.notePath < b.notePath ? -1 : a.notePath > b.notePath ? 1 : a.line - b.line;
}

export class FollowUpIndex {
	readonly #byNote = new Map<string, { followUp: FollowUp; targets: readonly string[] }[]>();
	readonly #byTarget = new Map<string, FollowUp[]>();
	/**
	 * People whose list has had follow-ups added since it was last sorted. Lists change in place
	 * and are sorted when read: a vault read at start-up adds thousands of tasks about the same few
	 * people, and a sorted copy per task would be quadratic.
	 */
	readonly #unsorted = new Set<string>();

	/** Records a note's open tasks about people; returns the people whose follow-ups changed. */
	setNote(notePath: string, tasks: readonly TaskAbout[]): string[] {
		const previous = this.#byNote.get(notePath) ?? [];
		const next: { followUp: FollowUp; targets: readonly string[] }[] = [];
		for (const task of tasks) {
			if (!task.targets.length) continue;
			// Words not read yet: keep what was known for that line.
			const known = previous.find((entry) => entry.followUp.line === task.line);
			const text = task.text ?? known?.followUp.text ?? "";
			const due = task.text === null ? (known?.followUp.due ?? null) : task.due;
			if (isReconnectTaskWords(text)) continue;
			next.push({ followUp: { notePath, line: task.line, text, due }, targets: [...new Set(task.targets)] });
		}
		if (sameEntries(previous, next)) return [];
		const touched = new Set<string>();
		for (const entry of previous) for (const target of entry.targets) touched.add(target);
		for (const entry of next) for (const target of entry.targets) touched.add(target);
		this.#remove(notePath, previous);
		if (next.length) this.#byNote.set(notePath, next);
		for (const entry of next) {
			for (const target of entry.targets) {
				const list = this.#byTarget.get(target);
				if (list) list.push(entry.followUp);
				else this.#byTarget.set(target, [entry.followUp]);
				this.#unsorted.add(target);
			}
		}
		return [...touched];
	}

	removeNote(notePath: string): string[] {
		return this.setNote(notePath, []);
	}

	/** A person's note was renamed: follow-ups about them follow (the note's own tasks are read again at its new path). */
	renameNote(oldPath: string, newPath: string): void {
		if (oldPath === newPath) return;
		const about = this.#byTarget.get(oldPath);
		if (about) {
			this.#byTarget.delete(oldPath);
			this.#byTarget.set(newPath, about);
			if (this.#unsorted.delete(oldPath)) this.#unsorted.add(newPath);
			for (const entries of this.#byNote.values()) {
				for (const entry of entries) if (entry.targets.includes(oldPath)) entry.targets = entry.targets.map((target) => (target === oldPath ? newPath : target));
			}
		}
	}

	/** A person's follow-ups, most overdue first. Do not mutate. */
	of(target: string): readonly FollowUp[] {
		const list = this.#byTarget.get(target);
		if (!list) return NONE;
		if (this.#unsorted.delete(target)) list.sort(compareFollowUps);
		return list;
	}

	#remove(notePath: string, entries: readonly { followUp: FollowUp; targets: readonly string[] }[]): void {
		this.#byNote.delete(notePath);
		for (const entry of entries) {
			for (const target of entry.targets) {
				const list = this.#byTarget.get(target);
				if (!list) continue;
				const at = list.indexOf(entry.followUp);
				if (at >= 0) list.splice(at, 1);
				if (!list.length) {
					this.#byTarget.delete(target);
					this.#unsorted.delete(target);
				}
			}
		}
	}
}

function sameEntries(a: readonly { followUp: FollowUp; targets: readonly string[] }[], b: readonly { followUp: FollowUp; targets: readonly string[] }[]): boolean {
	if (a.length !== b.length) return false;
	return a.every((entry, index) => {
		const other = b[index];
		return (
			!!other &&
			entry.followUp.line === other.followUp.line &&
			entry.followUp.text === other.followUp.text &&
			entry.followUp.due === other.followUp.due &&
			entry.targets.length === other.targets.length &&
			entry.targets.every((target, i) => target === other.targets[i])
		);
	});
}
