/**
 * The command line's changes to a contact note, planned as pure text edits and checked before
 * anything is written: every other property must read back exactly as before, the changed one
 * must hold exactly the intended value, and the body must be byte-for-byte the same.
 */
import { isDeepStrictEqual } from "node:util";
import { formatDay, type Day } from "../core/days";
import type { FieldResolver } from "../core/fields";
import { editFrontmatter, type FrontmatterEdit } from "../core/frontmatterText";
import { appendNewsValue } from "../core/lifeEvents";
import { findFrontmatter } from "../core/frontmatterBounds";
import { parseLatestDate } from "../core/values";
import { readFrontmatter } from "./loadVault";

export type EditPlan = { kind: "write"; text: string; key: string } | { kind: "unchanged"; key: string; message: string } | { kind: "refused"; reason: string };

function body(text: string): string {
	const bounds = findFrontmatter(text);
	return bounds ? text.slice(bounds.bodyStart) : text;
}

/** Applies the edit and proves it changed that key alone, to that value. */
function checkedEdit(text: string, edit: FrontmatterEdit, expected: unknown): EditPlan {
	const before = readFrontmatter(text);
	if (before.error) return { kind: "refused", reason: `${before.error}; fix it first` };
	const result = editFrontmatter(text, edit);
	if (!result.ok) return { kind: "refused", reason: `${result.reason} (edit it in Obsidian instead)` };
	const after = readFrontmatter(result.text);
	if (after.error) return { kind: "refused", reason: "the change would make the frontmatter unreadable" };
	const old = { ...(before.frontmatter ?? {}) };
	const next = { ...(after.frontmatter ?? {}) };
	const value = next[edit.key];
	delete old[edit.key];
	delete next[edit.key];
	const hadFrontmatter = findFrontmatter(text) !== null;
	if (!isDeepStrictEqual(old, next) || !isDeepStrictEqual(value, expected) || (hadFrontmatter && body(text) !== body(result.text))) {
		return { kind: "refused", reason: "the change could not be made without touching other parts of the note" };
	}
	return { kind: "write", text: result.text, key: edit.key };
}

/** Appends a `recent-news` item under the spelling the note already uses. */
export function planLifeEvent(text: string, resolver: FieldResolver, item: string): EditPlan {
	const { frontmatter } = readFrontmatter(text);
	const key = resolver.keyForWrite(frontmatter, "recentNews");
	return checkedEdit(text, { kind: "append", key, item }, appendNewsValue(frontmatter?.[key], item));
}

/** Sets last-contact to `day`, never moving it backwards (a date in the future is a mistake and is replaced). */
export function planLastContact(text: string, resolver: FieldResolver, day: Day, today: Day): EditPlan {
	const { frontmatter } = readFrontmatter(text);
	const key = resolver.keyForWrite(frontmatter, "lastContact");
	const current = frontmatter?.[key];
	const latest = parseLatestDate(current).latest;
	if (latest && latest.day >= day && latest.day <= today) return { kind: "unchanged", key, message: `${key} is already ${formatDay(latest.day)}` };
	const value = formatDay(day);
	if (Array.isArray(current)) return checkedEdit(text, { kind: "append", key, item: value }, [...(current as unknown[]), value]);
	return checkedEdit(text, { kind: "set", key, value }, value);
}
