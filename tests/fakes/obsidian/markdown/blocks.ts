import type { BlockCache, HeadingCache, ListItemCache, Pos, SectionCache } from "obsidian";
import { type InlineRefs__, scanInline__ } from "./inline";
import type { LineIndex__ } from "./positions";

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
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const TABLE_DELIMITER = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;
const BLOCK_ID = /(?:^|\s)\^([A-Za-z0-9-]+)\s*$/;
const CALLOUT = /^\[!\S+\]/;

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
		const rootParent = firstLine === 0 ? 0 : -firstLine;
		const stack: { indent: number; line: number }[] = [];
		const rootKind = markerKind(LIST_ITEM.exec(lines[i]?.text ?? "")?.[2] ?? "-");
		let current: ListItemCache | null = null;
		let lastUsed = i;
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
				j = k;
				continue;
			}
			if (THEMATIC_BREAK.test(line.text)) break;
			const item = LIST_ITEM.exec(line.text);
			if (item) {
				const indentText = item[1] ?? "";
				const indent = indentWidth(indentText);
				while (stack.length > 0 && (stack[stack.length - 1]?.indent ?? 0) >= indent) stack.pop();
				// Another bullet character or numbering style at the root starts a new list (CommonMark).
				if (stack.length === 0 && j > i && markerKind(item[2] ?? "-") !== rootKind) break;
				const parent = stack[stack.length - 1]?.line ?? rootParent;
				const content = item[4] ?? "";
				const listItem: ListItemCache = {
					position: { start: this.index.loc(line.line, line.col + indentText.length), end: this.index.lineEnd(line.line) },
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
				stack.push({ indent, line: line.line });
				current = listItem;
				const contentCol = indentText.length + (item[2]?.length ?? 0) + (item[3]?.length ?? 0);
				this.inline(content, line.line, line.col + contentCol);
				lastUsed = j++;
				continue;
			}
			if (indentWidth(line.text) === 0 && this.startsBlock(line.text)) break;
			if (NESTED_FENCE.test(line.text)) {
				j = this.skipFence(lines.map((l) => ({ ...l, text: l.text.trimStart() })), j);
				lastUsed = j - 1;
				continue;
			}
			const leading = line.text.length - line.text.trimStart().length;
			if (current) current.position.end = this.index.lineEnd(line.line);
			this.inline(line.text.slice(leading), line.line, line.col + leading);
			lastUsed = j++;
		}
		return lastUsed + 1;
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
		return FENCE.test(text) || MATH.test(text) || ATX.test(text) || THEMATIC_BREAK.test(text) || QUOTE.test(text) || LIST_ITEM.test(text);
	}

	private inline(text: string, line: number, col: number): void {
		scanInline__(text, line, col, this.index, this.out);
	}
}

/** "-", "*", "+" for bullets; "." or ")" for ordered lists. */
function markerKind(marker: string): string {
	return /^\d/.test(marker) ? marker.slice(-1) : marker;
}

/** Indentation width with tabs to the next multiple of 4, as in CommonMark. */
function indentWidth(text: string): number {
	let width = 0;
	for (const char of text) {
		if (char === " ") width++;
		else if (char === "\t") width += 4 - (width % 4);
		else break;
	}
	return width;
}
