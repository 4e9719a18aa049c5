/**
 * The headings of a note that are real headings: not in the frontmatter, a code fence, an HTML
 * comment or a block quote. A small line scanner, so the plugin can place a draft under a heading
 * without carrying the full Markdown scanner in its bundle.
 */
import { findFrontmatter } from "./frontmatterBounds";

export interface HeadingLine {
	/** First line of the heading (the text line of a setext heading). */
	firstLine: number;
	/** Last line (the underline of a setext heading). */
	lastLine: number;
	level: number;
	/** The title as written, without the #s. */
	title: string;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const LIST_ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
const TABLE_DELIMITER = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;

/** `lines` are the note's lines without line breaks. */
export function findHeadings(lines: readonly string[]): HeadingLine[] {
	const headings: HeadingLine[] = [];
	const frontmatter = lines[0]?.startsWith("---") ? findFrontmatter(lines.join("\n")) : null;
	let index = frontmatter ? frontmatter.closingLine + 1 : 0;
	let fence: { marker: string; length: number } | null = null;
	let inComment = false;
	let inPercentComment = false;
	// The block a line may continue: a quote or a list item takes the lines that follow it
	// (lazily, or indented), and those are never top-level headings.
	let container: "none" | "quote" | "list" | "table" = "none";
	let previousBlank = true;
	// A setext underline only makes a heading of a top-level paragraph right above it.
	let paragraphStart = -1;
	for (; index < lines.length; index++) {
		const line = lines[index] ?? "";
		if (fence) {
			const close = FENCE.exec(line);
			if (close?.[1] && close[1][0] === fence.marker && close[1].length >= fence.length && line.trim() === close[1]) fence = null;
			continue;
		}
		if (inComment) {
			if (line.includes("-->")) inComment = false;
			continue;
		}
		// Obsidian's %% comments run to the next %%, across lines.
		const percentMarks = line.split("%%").length - 1;
		if (inPercentComment) {
			if (percentMarks % 2 === 1) inPercentComment = false;
			continue;
		}
		const blank = !line.trim();
		const wasBlank = previousBlank;
		previousBlank = blank;
		if (blank) {
			paragraphStart = -1;
			if (container === "quote" || container === "table") container = "none";
			continue;
		}
		const indented = /^[ \t]/.test(line);
		if (container === "list" && indented) continue;
		if (percentMarks % 2 === 1) {
			inPercentComment = true;
			paragraphStart = -1;
			continue;
		}
		const open = FENCE.exec(line);
		if (open?.[1]) {
			fence = { marker: open[1].charAt(0), length: open[1].length };
			paragraphStart = -1;
			container = "none";
			continue;
		}
		if (/^ {0,3}<!--/.test(line) && !line.includes("-->")) {
			inComment = true;
			paragraphStart = -1;
			continue;
		}
		const atx = ATX.exec(line);
		if (atx) {
			headings.push({ firstLine: index, lastLine: index, level: atx[1]?.length ?? 1, title: (atx[2] ?? "").replace(/(?:^|[ \t]+)#+$/, "").trim() });
			paragraphStart = -1;
			container = "none";
			continue;
		}
		if (/^ {0,3}>/.test(line)) {
			container = "quote";
			paragraphStart = -1;
			continue;
		}
		if (container === "table") continue;
		if (paragraphStart === index - 1 && line.includes("|") && TABLE_DELIMITER.test(line)) {
			container = "table";
			paragraphStart = -1;
			continue;
		}
		if (LIST_ITEM.test(line)) {
			container = "list";
			paragraphStart = -1;
			continue;
		}
		if (THEMATIC_BREAK.test(line) && paragraphStart < 0) {
			container = "none";
			continue;
		}
		// Text right after a quote or list line (no blank between) continues it lazily.
		if (container !== "none" && !wasBlank) continue;
		container = "none";
		const setext = SETEXT.exec(line);
		if (setext && paragraphStart >= 0) {
			const title = lines.slice(paragraphStart, index).map((text) => text.trim()).join(" ");
			headings.push({ firstLine: paragraphStart, lastLine: index, level: setext[1]?.startsWith("=") ? 1 : 2, title });
			paragraphStart = -1;
			continue;
		}
		if (paragraphStart < 0 && !/^(?: {4}|\t)/.test(line)) paragraphStart = index;
	}
	return headings;
}

/**
 * The lines of fenced code blocks (their fences included): text shown as code, where a task or a
 * link is an example, not something written by Reconnect or the user. Only blocks that close
 * count: text after a fence left open is more likely a slip than code (and a draft appended below
 * it must still be found again).
 */
export function fencedCodeLines(lines: readonly string[]): Set<number> {
	const fenced = new Set<number>();
	let open: { marker: string; length: number; from: number } | null = null;
	lines.forEach((raw, index) => {
		// Inside a list item or a quote a fence may be indented further; what counts is the fence itself.
		const line = raw.replace(/^[ \t]*(?:[-*+>] +)?/, "");
		const fence = FENCE.exec(line)?.[1];
		if (!open) {
			if (fence) open = { marker: fence.charAt(0), length: fence.length, from: index };
			return;
		}
		if (fence && fence[0] === open.marker && fence.length >= open.length && line.trim() === fence) {
			for (let i = open.from; i <= index; i++) fenced.add(i);
			open = null;
		}
	});
	return fenced;
}
