/** What Obsidian's metadata cache (and, when at hand, the note's text) says about a note, in the core's terms. */
import type { CachedMetadata } from "obsidian";
import type { NoteFacts } from "../core/contact";
import { dayOfLocalDate } from "../core/days";
import { contactLinksOf, logLinesOf, mayHaveDatedLines, noteLines, openTasksOf, type NoteContent } from "../core/history/noteContent";

/**
 * Obsidian drops the properties of a note whose YAML does not parse but still records where the
 * block is; an empty block (`---` `---`) is not an error.
 */
function frontmatterError(cache: CachedMetadata | null): string | null {
	const position = cache?.frontmatterPosition;
	if (!cache || cache.frontmatter || !position) return null;
	return position.end.line - position.start.line > 1 ? "the YAML frontmatter could not be read (Obsidian shows it as invalid properties)" : null;
}

/**
 * A note's facts from the cache; `mtime` (the file's modification time) dates the note's undated
 * news, on the day the user's own clock showed then.
 */
export function factsOf(path: string, cache: CachedMetadata | null, mtime?: number): NoteFacts {
	return {
		path,
		modified: mtime === undefined ? null : dayOfLocalDate(new Date(mtime)),
		frontmatter: cache?.frontmatter ?? null,
		frontmatterError: frontmatterError(cache),
		// Frontmatter tags are read by the core from the frontmatter itself; the body's come from here.
		tags: cache?.tags ? cache.tags.map((tag) => tag.tag) : [],
	};
}

/**
 * What a note's body says about people. The cache has no text: without `text`, open tasks have no
 * words or due dates yet and a contact's dated lines are unknown (the index keeps what it had).
 */
export function contentOf(cache: CachedMetadata | null, text: string | null, isContact: boolean): NoteContent {
	const shape = cache ?? {};
	// Most notes have neither open tasks nor dated lines: their text is never split into lines.
	const hasOpenTasks = cache?.listItems?.some((item) => item.task === " ") ?? false;
	const mayLog = isContact && text !== null && mayHaveDatedLines(text);
	const lines = text !== null && (hasOpenTasks || mayLog) ? noteLines(text) : null;
	return {
		contactLinks: () => contactLinksOf(shape),
		openTasks: openTasksOf(shape, lines),
		logLines: text === null || !isContact ? null : lines && mayLog ? logLinesOf(shape, lines) : [],
	};
}

/** Does a note's text say more than its cache about people: a contact's log, or tasks about someone? */
export function needsText(content: NoteContent, isContact: boolean): boolean {
	return isContact || content.openTasks.some((task) => task.links.length > 0);
}
