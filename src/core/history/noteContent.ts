/**
 * What a note's body says about people, from Obsidian-shaped links, list items and sections (the
 * metadata cache's in the plugin, the scanner's in the command line) and, when the adapter has it,
 * the note's text: the links that record contact with the line each is on, the open tasks with the
 * people they link (follow-ups), and the dated lines of a contact's own log. Both adapters use
 * these rules, so they agree on each.
 */
import type { Day } from "../days";
import { createLinkContextLookup, type LineSpanItem, type LineSpanSection } from "../linkContext";
import { parseDatedLine } from "./datedLine";
import { parseTaskLine } from "./taskLine";

/** The parts of Obsidian's CachedMetadata (or the scanner's note) these rules read. */
export interface NoteShape {
	links?: readonly { link: string; position: { start: { line: number } } }[] | undefined;
	listItems?: readonly LineSpanItem[] | undefined;
	sections?: readonly LineSpanSection[] | undefined;
}

/** A link that records contact, and its line. */
export interface ContactLink {
	link: string;
	line: number;
}

/** An open task, with the link texts on its line. */
export interface OpenTask {
	line: number;
	links: readonly string[];
	/** The task's words, or null when the adapter has not read the note's text. */
	text: string | null;
	due: Day | null;
}

/** A dated line of a contact's own note: contact on that day. */
export interface LogLine {
	line: number;
	day: Day;
	text: string;
}

export interface NoteContent {
	/** Links that record contact; worked out only when asked (only dated notes need them). */
	contactLinks: () => readonly ContactLink[];
	openTasks: readonly OpenTask[];
	/** The note's dated lines, or null when its text was not read (the index keeps what it knew). */
	logLines: readonly LogLine[] | null;
}

export const NO_CONTENT: NoteContent = { contactLinks: () => [], openTasks: [], logLines: null };

/** Links in plain text or done tasks: not in open tasks, quotes or code (embeds are not links). */
export function contactLinksOf(shape: NoteShape): ContactLink[] {
	const links = shape.links ?? [];
	if (!links.length) return [];
	const items = shape.listItems ?? [];
	const sections = shape.sections ?? [];
	// Most daily notes have no list, quote or code: every link counts, with nothing to look up.
	if (!items.length && !sections.some((section) => section.type === "blockquote" || section.type === "callout" || section.type === "code")) {
		return links.map((link) => ({ link: link.link, line: link.position.start.line }));
	}
	const contextAt = createLinkContextLookup(items, sections);
	const counted: ContactLink[] = [];
	for (const link of links) {
		const line = link.position.start.line;
		const context = contextAt(line);
		if (context === "plain" || context === "task-done") counted.push({ link: link.link, line });
	}
	return counted;
}

/** The open tasks of a note, with the links on each task's line; their words and due dates when `lines` are given. */
export function openTasksOf(shape: NoteShape, lines: readonly string[] | null): OpenTask[] {
	const tasks: OpenTask[] = [];
	const items = shape.listItems ?? [];
	for (const item of items) {
		if (item.task !== " ") continue;
		const line = item.position.start.line;
		const links = (shape.links ?? []).filter((link) => link.position.start.line === line).map((link) => link.link);
		const parsed = lines ? parseTaskLine(lines[line] ?? "") : null;
		tasks.push({ line, links, text: parsed ? parsed.text : null, due: parsed?.due ?? null });
	}
	return tasks;
}

/** Sections whose lines are not the note's own words about a day: code, quotes, properties, comments. */
const NOT_LOG = new Set(["code", "blockquote", "callout", "yaml", "comment", "html", "table"]);

/** The dated lines of a note (a contact's log), outside code, quotes and properties. */
export function logLinesOf(shape: NoteShape, lines: readonly string[]): LogLine[] {
	const skipped = new Set<number>();
	for (const section of shape.sections ?? []) {
		if (!NOT_LOG.has(section.type)) continue;
		for (let line = section.position.start.line; line <= section.position.end.line; line++) skipped.add(line);
	}
	const log: LogLine[] = [];
	lines.forEach((text, line) => {
		if (skipped.has(line)) return;
		const dated = parseDatedLine(text);
		if (dated) log.push({ line, day: dated.day, text: dated.text });
	});
	return log;
}

/** A line that may open with a date (see datedLine.ts); a note without one has no log. */
const MAY_OPEN_WITH_DATE = /^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[.\][ \t]+)?)?(?:\*\*|__)?(?:\[\[)?\d{4}-\d{2}-\d{2}/m;

/**
 * Could the note have dated lines? A quick look at the whole text, so that the notes without any
 * (most of them) are never split into lines.
 */
export function mayHaveDatedLines(text: string): boolean {
	return MAY_OPEN_WITH_DATE.test(text);
}

/** A note's lines, as the line numbers of Obsidian's cache count them (`\r\n` is one break). */
export function noteLines(text: string): string[] {
	return text.split("\n").map((line) => (line.endsWith("\r") ? line.slice(0, -1) : line));
}
