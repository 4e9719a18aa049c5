import type { BlockCache, HeadingCache, ListItemCache, Pos, SectionCache } from "obsidian";
import { type InlineRefs__, scanInline__ } from "./inline";
import type { LineIndex__ } from "./positions";

/** A list item that later lines may nest under. */
interface OpenItem {
	line: number;
	/** Where the item's content starts in its line's text: its children start there. */
	contentCol: number;
	/** The same as a width, tabs expanded: a line indented this far nests under the item. */
	contentWidth: number;
	item: ListItemCache;
	hasChild: boolean;
}

/** One line of a block, after any container prefix (`> `) was removed; `col` is where `text` starts. */
interface VLine {
	line: number;
	col: number;
	text: string;
}

export interface BlockOutput__ extends InlineRefs__ {
	sections: SectionCache[];
	headings: HeadingCache[];
	listItems: ListItemCache[];
	blocks: Record<string, BlockCache>;
}

const BLANK = /^\s*$/;
const FENCE = /^( {0,3})(`{3,}|~{3,})(.*)$/;
const NESTED_FENCE = /^[ \t]*(`{3,}|~{3,})/;
const MATH = /^ {0,3}\$\$/;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const QUOTE = /^ {0,3}> ?/;
const LIST_ITEM = /^([ \t]*)([-*+]|\d{1,9}[.)])(?:([ \t]+)(.*))?$/;
const TASK = /^\[(.)\](?:[ \t]|$)/;
const TASK_THEN_ITEM = /^(\[.\][ \t]+)((?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$))/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const TABLE_DELIMITER = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;
const BLOCK_ID = /(?:^|\s)\^([A-Za-z0-9-]+)\s*$/;
const CALLOUT = /^\[!\S+\]/;
const HTML_COMMENT = /^ {0,3}<!--/;
const PERCENT_COMMENT = /^ {0,3}%%/;

/**
 * A small line-based Markdown block parser producing what Obsidian's cache holds: sections
 * (root-level blocks only), headings, list items with parents and task status, and, through
 * scanInline__, links, embeds and tags of every block that is not code or math.
 */
export class BlockParser__ {
	constructor(
		private readonly index: LineIndex__,
		private readonly out: BlockOutput__,
	) {}

	/** Parses note lines `from`..end as root-level blocks. */
	parseDocument(from: number): void {
		const lines: VLine[] = [];
		for (let line = from; line < this.index.lines.length; line++) lines.push({ line, col: 0, text: this.index.line(line) });
		this.parseBlocks(lines, true);
	}

	private parseBlocks(lines: VLine[], root: boolean): void {
		let i = 0;
		let afterBlank = true;
		while (i < lines.length) {
			const current = lines[i];
			if (!current) break;
			const { text } = current;
			if (BLANK.test(text)) {
				i++;
				afterBlank = true;
				continue;
			}
			const start = i;
			let type: string;
			if (FENCE.test(text) && !/`.*`/.test(text.replace(FENCE, "$3"))) {
				i = this.skipFence(lines, i);
				type = "code";
			} else if (MATH.test(text)) {
				i = this.skipMath(lines, i);
				type = "math";
			} else if (HTML_COMMENT.test(text)) {
				i = this.htmlComment(lines, i);
				type = "html";
			} else if (PERCENT_COMMENT.test(text) && opensCommentBlock(text)) {
				i = this.percentComment(lines, i);
				type = "comment";
			} else if (ATX.test(text)) {
				this.atxHeading(current);
				i++;
				type = "heading";
			} else if (THEMATIC_BREAK.test(text)) {
				i++;
				type = "thematicBreak";
			} else if (QUOTE.test(text)) {
				i = this.quote(lines, i);
				type = CALLOUT.test(text.replace(QUOTE, "")) ? "callout" : "blockquote";
			} else if (LIST_ITEM.test(text)) {
				i = this.list(lines, i);
				type = "list";
			} else if (root && afterBlank && /^( {4}|\t)/.test(text)) {
				i = this.indentedCode(lines, i);
				type = "code";
			} else if (text.includes("|") && TABLE_DELIMITER.test(lines[i + 1]?.text ?? "") && (lines[i + 1]?.text ?? "").includes("-")) {
				i = this.table(lines, i);
				type = "table";
			} else {
				const paragraph = this.paragraph(lines, i);
				i = paragraph.next;
				type = paragraph.heading ? "heading" : "paragraph";
			}
			afterBlank = false;
			const first = lines[start];
			const last = lines[i - 1];
			if (root && first && last) this.section(type, first.line, last.line);
		}
	}

	private section(type: string, first: number, last: number): void {
		const section: SectionCache = { type, position: this.index.lines__(first, last) };
		if (type === "paragraph" || type === "list" || type === "table" || type === "blockquote" || type === "callout") {
			const id = BLOCK_ID.exec(this.index.line(last))?.[1];
			if (id) {
				section.id = id;
				this.block(id, section.position);
			}
		}
		this.out.sections.push(section);
	}

	private block(id: string, position: Pos): void {
		this.out.blocks[id.toLowerCase()] = { id, position };
	}

	/** Skips a fenced code block; an unclosed fence runs to the end. Returns the next index. */
	private skipFence(lines: VLine[], i: number): number {
		const open = FENCE.exec(lines[i]?.text ?? "");
		const fence = open?.[2] ?? "```";
		for (let j = i + 1; j < lines.length; j++) {
			const close = /^[ \t]*(`{3,}|~{3,})[ \t]*$/.exec(lines[j]?.text ?? "");
			if (close?.[1] && close[1][0] === fence[0] && close[1].length >= fence.length) return j + 1;
		}
		return lines.length;
	}

	private skipMath(lines: VLine[], i: number): number {
		const rest = (lines[i]?.text ?? "").trim().slice(2);
		if (rest.trimEnd().endsWith("$$")) return i + 1;
		for (let j = i + 1; j < lines.length; j++) if ((lines[j]?.text ?? "").trimEnd().endsWith("$$")) return j + 1;
		return lines.length;
	}

	/** An HTML comment block runs to the line holding `-->`; Obsidian indexes nothing in it. */
	private htmlComment(lines: VLine[], i: number): number {
		const first = lines[i]?.text ?? "";
		if (first.includes("-->", first.indexOf("<!--") + 4)) return i + 1;
		for (let j = i + 1; j < lines.length; j++) if ((lines[j]?.text ?? "").includes("-->")) return j + 1;
		return lines.length;
	}

	/**
	 * A `%%` comment block runs to the line holding the closing `%%`. Obsidian still indexes the
	 * links and tags written in it, but no list items or headings.
	 */
	private percentComment(lines: VLine[], i: number): number {
		const first = lines[i];
		if (!first) return i + 1;
		this.inline(first.text, first.line, first.col);
		if (first.text.trim().length > 2 && first.text.trimEnd().endsWith("%%")) return i + 1;
		for (let j = i + 1; j < lines.length; j++) {
			const line = lines[j];
			if (!line) break;
			this.inline(line.text, line.line, line.col);
			if (line.text.includes("%%")) return j + 1;
		}
		return lines.length;
	}

	private atxHeading(line: VLine): void {
		const match = ATX.exec(line.text);
		const level = match?.[1]?.length ?? 1;
		const heading = (match?.[2] ?? "").trim();
		this.out.headings.push({
			heading,
			level,
			position: { start: this.index.loc(line.line, line.col), end: this.index.lineEnd(line.line) },
		});
		const textStart = line.text.indexOf(heading, (match?.[1]?.length ?? 0) + line.text.indexOf("#"));
		this.inline(heading, line.line, line.col + Math.max(textStart, 0));
	}

	/** A block quote or callout: `>` lines plus lazy continuation lines; its inside is parsed as blocks. */
	private quote(lines: VLine[], i: number): number {
		const inner: VLine[] = [];
		let j = i;
		while (j < lines.length) {
			const line = lines[j];
			if (!line) break;
			const prefix = QUOTE.exec(line.text);
			if (prefix) {
				inner.push({ line: line.line, col: line.col + prefix[0].length, text: line.text.slice(prefix[0].length) });
			} else if (BLANK.test(line.text) || this.startsBlock(line.text) || inner.length === 0) {
				break;
			} else {
				inner.push(line);
			}
			j++;
		}
		this.parseBlocks(inner, false);
		return j;
	}

	private list(lines: VLine[], i: number): number {
		const firstLine = lines[i]?.line ?? 0;
		// Obsidian names a root item's list by minus its first line, and a list on line 0 by -1.
		const rootParent = -Math.max(1, firstLine);
		const stack: OpenItem[] = [];
		const rootKind = markerKind(LIST_ITEM.exec(lines[i]?.text ?? "")?.[2] ?? "-");
		let current: ListItemCache | null = null;
		let lastUsed = i;
		let lastBlank: number | null = null;
		let j = i;
		while (j < lines.length) {
			const line = lines[j];
			if (!line) break;
			if (BLANK.test(line.text)) {
				let k = j + 1;
				while (k < lines.length && BLANK.test(lines[k]?.text ?? "")) k++;
				const next = lines[k]?.text;
				if (next === undefined || THEMATIC_BREAK.test(next)) break;
				if (!LIST_ITEM.test(next) && indentWidth(next) < 2) break;
				lastBlank = lines[k - 1]?.line ?? null;
				j = k;
				continue;
			}
			const blankBefore = lastBlank;
			lastBlank = null;
			if (THEMATIC_BREAK.test(line.text)) break;
			const item = LIST_ITEM.exec(line.text);
			if (item) {
				const indentText = item[1] ?? "";
				const indent = indentWidth(indentText);
				let previous: OpenItem | undefined;
				// An item nests under an open item only when it is indented to that item's content.
				while (stack.length > 0 && (stack[stack.length - 1]?.contentWidth ?? 0) > indent) previous = stack.pop();
				// Another bullet character or numbering style at the root starts a new list (CommonMark).
				if (stack.length === 0 && j > i && markerKind(item[2] ?? "-") !== rootKind) break;
				// In a loose list Obsidian gives an item the blank lines before its next sibling.
				if (previous && !previous.hasChild && blankBefore !== null) previous.item.position.end = this.index.lineEnd(blankBefore);
				const enclosing = stack[stack.length - 1];
				if (enclosing) enclosing.hasChild = true;
				const content = item[4] ?? "";
				// An item starts where its container's content starts: the parent's content column, or the line's start.
				const startCol = enclosing ? Math.min(enclosing.contentCol, indentText.length) : 0;
				const listItem = this.listItem(line, startCol, enclosing?.line ?? rootParent, content);
				const contentCol = indentText.length + (item[2]?.length ?? 0) + (item[3]?.length ?? 0);
				const contentWidth = columnWidth(line.text.slice(0, contentCol));
				stack.push({ line: line.line, contentCol, contentWidth, item: listItem, hasChild: false });
				current = this.itemAfterTaskBox(line, contentCol, content) ?? listItem;
				this.inline(content, line.line, line.col + contentCol);
				lastUsed = j++;
				continue;
			}
			if (indentWidth(line.text) === 0 && this.startsBlock(line.text)) break;
			if (NESTED_FENCE.test(line.text)) {
				j = this.skipFence(lines.map((l) => ({ ...l, text: l.text.trimStart() })), j);
				lastUsed = j - 1;
				// A code block nested in an item is part of the item.
				const closing = lines[lastUsed];
				if (current && closing) current.position.end = this.index.lineEnd(closing.line);
				continue;
			}
			const leading = line.text.length - line.text.trimStart().length;
			if (current) current.position.end = this.index.lineEnd(line.line);
			this.inline(line.text.slice(leading), line.line, line.col + leading);
			lastUsed = j++;
		}
		return lastUsed + 1;
	}

	/** Records one list item of `line` starting at column `startCol` of the line's own text. */
	private listItem(line: VLine, startCol: number, parent: number, content: string): ListItemCache {
		const listItem: ListItemCache = {
			position: { start: this.index.loc(line.line, line.col + startCol), end: this.index.lineEnd(line.line) },
			parent,
		};
		const task = TASK.exec(content)?.[1];
		if (task !== undefined) listItem.task = task;
		const id = BLOCK_ID.exec(content)?.[1];
		if (id) {
			listItem.id = id;
			this.block(id, listItem.position);
		}
		this.out.listItems.push(listItem);
		return listItem;
	}

	/** Obsidian reads a list marker right after a task's box as a nested item (`- [ ] 1. step`). */
	private itemAfterTaskBox(line: VLine, contentCol: number, content: string): ListItemCache | null {
		const nested = TASK_THEN_ITEM.exec(content);
		if (!nested || THEMATIC_BREAK.test(content.slice(nested[1]?.length ?? 0))) return null;
		const at = contentCol + (nested[1]?.length ?? 0);
		return this.listItem(line, at, line.line, content.slice((nested[1]?.length ?? 0) + (nested[2]?.length ?? 0)));
	}

	private indentedCode(lines: VLine[], i: number): number {
		let last = i;
		for (let j = i + 1; j < lines.length; j++) {
			const text = lines[j]?.text ?? "";
			if (BLANK.test(text)) continue;
			if (!/^( {4}|\t)/.test(text)) break;
			last = j;
		}
		return last + 1;
	}

	private table(lines: VLine[], i: number): number {
		let j = i;
		while (j < lines.length) {
			const line = lines[j];
			if (!line || BLANK.test(line.text) || !line.text.includes("|")) break;
			if (j !== i + 1) this.inline(line.text, line.line, line.col);
			j++;
		}
		return j;
	}

	/** A paragraph, or a setext heading when underlined with === or ---. */
	private paragraph(lines: VLine[], i: number): { next: number; heading: boolean } {
		let j = i;
		while (j < lines.length) {
			const line = lines[j];
			if (!line || BLANK.test(line.text)) break;
			if (j > i) {
				const underline = SETEXT.exec(line.text);
				if (underline) {
					this.setextHeading(lines.slice(i, j), line, underline[1]?.startsWith("=") ? 1 : 2);
					return { next: j + 1, heading: true };
				}
				if (this.startsBlock(line.text)) break;
			}
			this.inline(line.text, line.line, line.col);
			j++;
		}
		return { next: j, heading: false };
	}

	private setextHeading(textLines: VLine[], underline: VLine, level: number): void {
		const first = textLines[0];
		if (!first) return;
		this.out.headings.push({
			heading: textLines.map((line) => line.text.trim()).join("\n"),
			level,
			position: { start: this.index.loc(first.line, first.col), end: this.index.lineEnd(underline.line) },
		});
	}

	/** Whether a line opens a block that interrupts a paragraph or a lazy continuation. */
	private startsBlock(text: string): boolean {
		if (HTML_COMMENT.test(text) || (PERCENT_COMMENT.test(text) && opensCommentBlock(text))) return true;
		return FENCE.test(text) || MATH.test(text) || ATX.test(text) || THEMATIC_BREAK.test(text) || QUOTE.test(text) || LIST_ITEM.test(text);
	}

	private inline(text: string, line: number, col: number): void {
		scanInline__(text, line, col, this.index, this.out);
	}
}

/** `%%` opens a comment block when nothing but spaces follows its closing `%%`, or it has none on the line. */
function opensCommentBlock(text: string): boolean {
	const open = text.indexOf("%%");
	const close = text.indexOf("%%", open + 2);
	return close < 0 || text.slice(close + 2).trim() === "";
}

/** "-", "*", "+" for bullets; "." or ")" for ordered lists. */
function markerKind(marker: string): string {
	return /^\d/.test(marker) ? marker.slice(-1) : marker;
}

/** Indentation width with tabs to the next multiple of 4, as in CommonMark. */
function indentWidth(text: string): number {
	return columnWidth(/^[ \t]*/.exec(text)?.[0] ?? "");
}

/** The column after `text`, with tabs to the next multiple of 4. */
function columnWidth(text: string): number {
	let width = 0;
	for (const char of text) width += char === "\t" ? 4 - (width % 4) : 1;
	return width;
}
