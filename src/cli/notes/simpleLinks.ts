/**
 * The links that record contact in a plain daily note — headings, paragraphs, one-line list items
 * and tasks, quotes — found line by line, with the same answer as the full Markdown scanner
 * (scanMarkdown, then countedLinkTexts). Anything that needs the scanner's block structure gives
 * up (`undefined`): indented lines, code, HTML, math, comments, escapes, Markdown links, stray
 * brackets, and lines that could continue the paragraph of a list item or quote.
 */
import type { ContactLink, OpenTask } from "../../core/history/noteContent";
import { parseTaskLine } from "../../core/history/taskLine";
import { findFrontmatter } from "../../core/frontmatterBounds";

/** Characters and sequences that only the full scanner reads correctly. */
const NEEDS_SCANNER = /[\t`\\<]|\$\$|%%|~~~|\]\(/;
/** A table's delimiter row (`| --- | :-: |`): cells and their pipes are the scanner's business. */
const TABLE_ROW = /^[ :|-]*\|[ :|-]*$/m;
const HEADING = /^#{1,6}(?: |$)/;
const THEMATIC_BREAK = /^([-*_])(?: *\1){2,} *$/;
/** A list marker, one space, and a task box `[c]` followed by a space or the end of the line. */
const ITEM = /^(?:([-*+])|([0-9]{1,9})[.)])(?: (?:\[([^[\]\uD800-\uDFFF])\](?: |$))?|$)/;

type Previous = "start" | "blank" | "heading" | "break" | "paragraph" | "item" | "quote";

/** The links of a note that record contact, with their lines, or `undefined` when the full scanner must decide. */
export function simpleCountedLinks(text: string): ContactLink[] | undefined {
	return simpleNoteContent(text)?.counted;
}

/**
 * The links that record contact and the open tasks (with the links on their line, their words
 * and due date) of a plain note, in one pass; `undefined` when the full scanner must decide.
 */
export function simpleNoteContent(text: string): { counted: ContactLink[]; openTasks: OpenTask[] } | undefined {
	if (NEEDS_SCANNER.test(text) || TABLE_ROW.test(text)) return undefined;
	const frontmatter = text.startsWith("---") ? findFrontmatter(text) : null;
	const body = frontmatter ? text.slice(frontmatter.bodyStart) : text;
	const counted: ContactLink[] = [];
	const openTasks: OpenTask[] = [];
	let previous: Previous = "start";
	let lineNumber = frontmatter ? frontmatter.closingLine : -1;
	for (let line of body.split("\n")) {
		lineNumber++;
		if (line.endsWith("\r")) line = line.slice(0, -1);
		if (line.includes("\r")) return undefined;
		if (!line.trim()) {
			previous = "blank";
			continue;
		}
		if (line[0] === " ") return undefined;
		let counts = true;
		let content = line;
		if (line[0] === ">") {
			// Nothing in a quote counts, and nothing in it reaches another line.
			previous = "quote";
			continue;
		}
		if (HEADING.test(line)) {
			previous = "heading";
		} else if (THEMATIC_BREAK.test(line)) {
			previous = "break";
		} else {
			const item = ITEM.exec(line);
			if (item) {
				const rest = line.slice(item[0].length);
				// A paragraph can be interrupted only by a bullet or `1.` item with content.
				const afterText = previous === "paragraph" || previous === "item" || previous === "quote";
				if (afterText && (!rest.trim() || (item[2] !== undefined && item[2] !== "1"))) return undefined;
				// Nested blocks, more spaces, or a box that is not a task: the scanner decides.
				if (/^(?:[ \-*+>#]|[0-9]+[.)]|\[(?!\[))/.test(rest)) return undefined;
				counts = item[3] !== " ";
				content = rest;
				previous = "item";
			} else {
				// A line of text right after an item or a quote may continue its paragraph.
				if (previous === "item" || previous === "quote") return undefined;
				previous = "paragraph";
			}
		}
		if (previous === "item" && !counts) {
			// An open task: its links are not contact, but they say whom the task is about.
			const onLine: ContactLink[] = [];
			if (!addWikilinks(content, lineNumber, onLine)) return undefined;
			const task = parseTaskLine(line);
			openTasks.push({ line: lineNumber, links: onLine.map((link) => link.link), text: task?.text ?? null, due: task?.due ?? null });
			continue;
		}
		if (!addWikilinks(content, lineNumber, counts ? counted : null)) return undefined;
	}
	return { counted, openTasks };
}

/** Adds the `[[links]]` of a line (not `![[embeds]]`); false if the line has brackets it cannot read. */
function addWikilinks(line: string, lineNumber: number, counted: ContactLink[] | null): boolean {
	let from = 0;
	for (let open = line.indexOf("[["); open >= 0; open = line.indexOf("[[", from)) {
		if (/[[\]]/.test(line.slice(from, open))) return false;
		const close = line.indexOf("]]", open + 2);
		if (close < 0) return false;
		const inner = line.slice(open + 2, close);
		if (/[[\]]/.test(inner)) return false;
		const bar = inner.indexOf("|");
		const target = bar < 0 ? inner : inner.slice(0, bar);
		if (!target.trim()) return false;
		if (counted && line[open - 1] !== "!") counted.push({ link: target, line: lineNumber });
		from = close + 2;
	}
	return !/[[\]]/.test(line.slice(from));
}
