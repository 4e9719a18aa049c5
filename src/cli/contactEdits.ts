/**
 * The command line's changes to a contact note, planned as pure text edits and checked before
 * anything is written: every other property must read back exactly as before, the changed one
 * must hold exactly the intended value, and the body must be byte-for-byte the same.
 */
import { isDeepStrictEqual } from "node:util";
import type { Day } from "../core/days";
import type { FieldResolver } from "../core/fields";
import { editFrontmatter, type FrontmatterEdit } from "./notes/frontmatterText";
import { appendNewsValue } from "../core/lifeEvents";
import { findFrontmatter } from "../core/frontmatterBounds";
import { planLastContactWrite } from "../core/lastContactWrite";
import { readFrontmatter } from "./loadVault";

export type EditPlan = { kind: "write"; text: string; key: string; note?: string | null } | { kind: "unchanged"; key: string; message: string } | { kind: "refused"; reason: string };

function body(text: string): string {
	const bounds = findFrontmatter(text);
	return bounds ? text.slice(bounds.bodyStart) : text;
}

/** Applies the edit and proves it changed that key alone, to that value. */
function checkedEdit(text: string, edit: FrontmatterEdit, expected: unknown): EditPlan {
	// A byte-order mark stays where it is, in front of the properties it does not belong to.
	if (text.charCodeAt(0) === 0xfeff) {
		const inner = checkedEdit(text.slice(1), edit, expected);
		return inner.kind === "write" ? { ...inner, text: `\ufeff${inner.text}` } : inner;
	}
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
	let same: boolean;
	try {
		same = isDeepStrictEqual(old, next) && isDeepStrictEqual(value, expected);
	} catch {
		// Properties nested thousands of levels deep cannot be compared, so the change cannot be proven.
		return { kind: "refused", reason: "its properties are nested too deeply to check that only one changes (edit it in Obsidian instead)" };
	}
	if (!same || (hadFrontmatter && body(text) !== body(result.text))) {
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

/** Sets last-contact to `day`, as the one rule for every writer says (never backwards). */
export function planLastContact(text: string, resolver: FieldResolver, day: Day, today: Day): EditPlan {
	const { frontmatter } = readFrontmatter(text);
	const key = resolver.keyForWrite(frontmatter, "lastContact");
	const current = frontmatter?.[key];
	const plan = planLastContactWrite(current, day, today);
	if (plan.kind === "unchanged") return { kind: "unchanged", key, message: plan.message };
	const edit = plan.kind === "append" ? checkedEdit(text, { kind: "append", key, item: plan.value }, [...(current as unknown[]), plan.value]) : checkedEdit(text, { kind: "set", key, value: plan.value }, plan.value);
	return edit.kind === "write" ? { ...edit, note: plan.note } : edit;
}
