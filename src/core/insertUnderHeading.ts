/**
 * Puts a block of lines at the end of a heading's section in a note, creating the heading when the
 * note has none. The original text is never rewritten: the result is always
 * `original.slice(0, i) + added + original.slice(i)` for a single insertion point i.
 */
import { fencedCodeLines, findHeadings as headingLines } from "./headings";

export { reconnectTaskMatcher } from "./reconnectTask";

export interface InsertResult {
	text: string;
	inserted: boolean;
	reason?: "duplicate";
}

/**
 * Inserts `block` under `heading` (e.g. "## Reconnect"): after the last non-blank line of that
 * heading's section, which runs until the next heading of the same or a higher level. Only headings
 * that are top-level blocks count (not inside code, frontmatter, quotes or lists); the first match
 * wins; titles match case-insensitively, ignoring surrounding spaces and closing #s. A heading
 * written without #s is treated as a level-2 heading.
 *
 * When the heading is absent it is created at the end of the note, one blank line after the last
 * content. If any line of the note outside code blocks satisfies `isDuplicate`, nothing changes. The inserted text uses
 * the note's line break (\r\n when the note has one).
 */
export function insertUnderHeading(
	text: string,
	heading: string,
	block: string,
	isDuplicate?: (line: string) => boolean,
): InsertResult {
	if (isDuplicate) {
		// A task shown inside a code block is an example, not a draft already written.
		const all = splitLines(text).map((line) => text.slice(line.start, line.end));
		const code = fencedCodeLines(all);
		if (all.some((line, index) => !code.has(index) && isDuplicate(line))) return { text, inserted: false, reason: "duplicate" };
	}
	const eol = text.includes("\r\n") ? "\r\n" : "\n";
	const wanted = parseHeadingSpec(heading);
	const body = blockLines(block).join(eol);
	const lines = splitLines(text);
	const headings = findHeadings(text, lines);
	const target = headings.find((h) => h.level === wanted.level && h.title === wanted.title);
	if (!target) return appendSection(text, lines, `${wanted.line}${eol}${body}`, eol);

	const boundary = headings.find((h) => h.firstLine > target.lastLine && h.level <= wanted.level);
	const sectionEnd = boundary ? boundary.firstLine - 1 : lines.length - 1;
	let last = target.lastLine;
	for (let l = sectionEnd; l > target.lastLine; l--) {
		if (!isBlankLine(text, lineAt(lines, l))) {
			last = l;
			break;
		}
	}
	const line = lineAt(lines, last);
	return line.next === null
		? splice(text, text.length, `${eol}${body}`)
		: splice(text, line.next, `${body}${eol}`);
}

interface Line {
	start: number;
	/** Offset where the content ends, before the line break. */
	end: number;
	/** Offset of the next line, or null for the last line (which has no line break). */
	next: number | null;
}

interface Heading {
	firstLine: number;
	lastLine: number;
	level: number;
	title: string;
}

function splitLines(text: string): Line[] {
	const lines: Line[] = [];
	let start = 0;
	for (let nl = text.indexOf("\n"); nl >= 0; nl = text.indexOf("\n", start)) {
		lines.push({ start, end: nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl, next: nl + 1 });
		start = nl + 1;
	}
	lines.push({ start, end: text.length, next: null });
	return lines;
}

function lineAt(lines: readonly Line[], index: number): Line {
	return lines[index] ?? { start: 0, end: 0, next: null };
}

function isBlankLine(text: string, line: Line): boolean {
	return text.slice(line.start, line.end).trim() === "";
}

/** The note's real headings (not in code, frontmatter, comments or quotes), with normalized titles. */
function findHeadings(text: string, lines: readonly Line[]): Heading[] {
	return headingLines(lines.map((line) => text.slice(line.start, line.end))).map((heading) => ({
		firstLine: heading.firstLine,
		lastLine: heading.lastLine,
		level: heading.level,
		title: normalizeTitle(heading.title),
	}));
}

function parseHeadingSpec(heading: string): { level: number; title: string; line: string } {
	const trimmed = heading.trim();
	let hashes = 0;
	while (trimmed.charCodeAt(hashes) === 35) hashes++;
	const level = hashes === 0 ? 2 : Math.min(hashes, 6);
	const rawTitle = trimmed.slice(hashes).trim();
	return { level, title: normalizeTitle(rawTitle), line: `${"#".repeat(level)} ${rawTitle}` };
}

function normalizeTitle(title: string): string {
	return title
		.trim()
		.replace(/(?:^|[ \t]+)#+[ \t]*$/, "")
		.trim()
		.toLowerCase();
}

/** The block's lines without trailing blank lines, whatever line breaks it was written with. */
function blockLines(block: string): string[] {
	const lines = block.split(/\r?\n/);
	while (lines.length > 1 && (lines[lines.length - 1] ?? "").trim() === "") lines.pop();
	return lines;
}

/** Adds the new section after the last content, leaving exactly one blank line before it. */
function appendSection(text: string, lines: readonly Line[], section: string, eol: string): InsertResult {
	let last = lines.length - 1;
	while (last >= 0 && isBlankLine(text, lineAt(lines, last))) last--;
	if (last < 0) return splice(text, 0, `${section}${eol}`);
	const content = lineAt(lines, last);
	if (content.next === null) return splice(text, text.length, `${eol}${eol}${section}`);
	const after = lineAt(lines, last + 1);
	if (after.next !== null) return splice(text, after.next, `${section}${eol}`);
	if (after.end > after.start) return splice(text, text.length, `${eol}${section}`);
	return splice(text, text.length, `${eol}${section}${eol}`);
}

function splice(text: string, at: number, added: string): InsertResult {
	return { text: text.slice(0, at) + added + text.slice(at), inserted: true };
}
