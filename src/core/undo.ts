/**
 * Taking back a change Reconnect made: property values restored exactly as they were, or an
 * inserted block removed — and only while the note still holds what Reconnect wrote, so an edit
 * the user made since is never lost.
 */

/** One property's value before and after a write; `undefined` means the property was absent. */
export interface PropertyChange {
	key: string;
	before: unknown;
	after: unknown;
}

/** Structural equality over the plain values frontmatter holds (text, numbers, lists, maps, dates). */
export function sameValue(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
	if (Array.isArray(a) || Array.isArray(b)) {
		if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
		return a.every((item, i) => sameValue(item, b[i]));
	}
	if (a && b && typeof a === "object" && typeof b === "object") {
		const keysA = Object.keys(a);
		const keysB = Object.keys(b);
		if (keysA.length !== keysB.length) return false;
		return keysA.every((key) => Object.prototype.hasOwnProperty.call(b, key) && sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
	}
	return false;
}

/** A deep copy of a frontmatter value, so a record of "before" cannot change with the note. */
export function copyValue<T>(value: T): T {
	if (value instanceof Date) return new Date(value.getTime()) as T;
	if (Array.isArray(value)) return value.map((item: unknown) => copyValue(item)) as T;
	if (value && typeof value === "object") {
		return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, copyValue(item)])) as T;
	}
	return value;
}

/** The properties a write changed: every key whose value differs between the two snapshots. */
export function propertyChanges(before: Record<string, unknown>, after: Record<string, unknown>): PropertyChange[] {
	const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
	const changes: PropertyChange[] = [];
	for (const key of keys) {
		const was = Object.prototype.hasOwnProperty.call(before, key) ? before[key] : undefined;
		const now = Object.prototype.hasOwnProperty.call(after, key) ? after[key] : undefined;
		if (!sameValue(was, now)) changes.push({ key, before: copyValue(was), after: copyValue(now) });
	}
	return changes;
}

/** The keys that no longer hold what Reconnect wrote (a user edited or removed them since). */
export function changedSince(frontmatter: Record<string, unknown>, changes: readonly PropertyChange[]): string[] {
	return changes
		.filter((change) => {
			const current = Object.prototype.hasOwnProperty.call(frontmatter, change.key) ? frontmatter[change.key] : undefined;
			return !sameValue(current, change.after);
		})
		.map((change) => change.key);
}

/**
 * Puts the earlier values back, in place; a property that was absent is removed. Returns the keys
 * that stood in the way instead (and changes nothing) when the note no longer holds what was written.
 */
export function restoreProperties(frontmatter: Record<string, unknown>, changes: readonly PropertyChange[]): string[] {
	const conflicts = changedSince(frontmatter, changes);
	if (conflicts.length) return conflicts;
	for (const change of changes) {
		if (change.before === undefined) delete frontmatter[change.key];
		else frontmatter[change.key] = copyValue(change.before);
	}
	return [];
}

/**
 * Removes an inserted block — its lines, consecutive and unchanged — from a note's text. Null when
 * the block is not there exactly once (edited, moved apart or copied), since then it is no longer
 * certain which text is Reconnect's.
 */
export function removeInsertedBlock(text: string, block: string): string | null {
	const wanted = block.split(/\r?\n/);
	while (wanted.length > 1 && (wanted[wanted.length - 1] ?? "").trim() === "") wanted.pop();
	const lines = text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
	const bare = lines.map((line) => line.replace(/\r?\n$/, ""));
	const starts: number[] = [];
	for (let i = 0; i + wanted.length <= bare.length; i++) {
		if (wanted.every((line, j) => bare[i + j] === line)) starts.push(i);
	}
	if (starts.length !== 1) return null;
	const start = starts[0] ?? 0;
	const removed = [...lines.slice(0, start), ...lines.slice(start + wanted.length)];
	// The block may have been the note's last line, with no line break of its own.
	const last = lines[start + wanted.length - 1] ?? "";
	if (start + wanted.length === lines.length && !/\n$/.test(last) && removed.length) {
		const prev = removed.length - 1;
		removed[prev] = (removed[prev] ?? "").replace(/\r?\n$/, "");
	}
	return removed.join("");
}

/**
 * Puts one changed line back (a ticked task unticked): the line at index `line` must still read
 * `after`, or, if lines were added above it since, exactly one line must. Null otherwise.
 */
export function restoreLine(text: string, line: number, before: string, after: string): string | null {
	const lines = text.split("\n");
	const bare = (index: number): string => (lines[index] ?? "").replace(/\r$/, "");
	let at = bare(line) === after ? line : -1;
	if (at < 0) {
		const matches = lines.flatMap((_, index) => (bare(index) === after ? [index] : []));
		if (matches.length !== 1) return null;
		at = matches[0] ?? -1;
	}
	const ending = (lines[at] ?? "").endsWith("\r") ? "\r" : "";
	lines[at] = `${before}${ending}`;
	return lines.join("\n");
}
