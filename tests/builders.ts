/** Small builders that keep tests about behaviour rather than plumbing. */
import { createContactRules, type Contact, type NoteFacts } from "../src/core/contact";
import { parseIsoDay, type Day } from "../src/core/days";
import type { LogLine, NoteContent, OpenTask } from "../src/core/history/noteContent";
import { evaluateContact, type RankContext, type RankedEntry } from "../src/core/rank";
import { DEFAULT_CORE_SETTINGS, type CoreSettings } from "../src/core/settings";

export const TODAY = day("2026-11-25");

export function day(iso: string): Day {
	const parsed = parseIsoDay(iso);
	if (parsed === null) throw new Error(`bad test date ${iso}`);
	return parsed;
}

export function settings(overrides: Partial<CoreSettings> = {}): CoreSettings {
	return { ...DEFAULT_CORE_SETTINGS, ...overrides };
}

export function note(path: string, frontmatter: Record<string, unknown> | null = {}, extra: Partial<NoteFacts> = {}): NoteFacts {
	return { path, frontmatter, ...extra };
}

/** A contact read the way the index reads it, from a note in People/. */
export function contact(frontmatter: Record<string, unknown>, path = "People/Jane Doe.md", overrides: Partial<CoreSettings> = {}): Contact {
	return createContactRules(settings(overrides)).read(note(path, frontmatter));
}

export function rankOne(frontmatter: Record<string, unknown>, context: Partial<RankContext> = {}, path = "People/Jane Doe.md"): RankedEntry {
	return evaluateContact(contact(frontmatter, path), { today: TODAY, settings: settings(), ...context });
}

/** A note body that links these people (one per line), with open tasks and dated lines if given. */
export function linking(links: readonly string[] = [], extra: { openTasks?: OpenTask[]; logLines?: LogLine[] | null } = {}): NoteContent {
	return { contactLinks: () => links.map((link, line) => ({ link, line })), openTasks: extra.openTasks ?? [], logLines: extra.logLines ?? null };
}
