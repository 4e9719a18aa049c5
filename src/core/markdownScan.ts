/**
 * Reads a raw Markdown note into the parts of Obsidian's CachedMetadata that Reconnect uses
 * (links, embeds, list items, sections, tags), so the command line sees a note the way the
 * plugin sees it through `metadataCache`.
 *
 * The block structure follows CommonMark (containers, lazy continuation, fences, indented code)
 * plus Obsidian's own syntax (frontmatter, wikilinks, callouts, `%%` comments). Where Obsidian's
 * cache has quirks, they were checked against cache dumps recorded from a real vault
 * (obsidian-tasks' test data) and are noted where they are reproduced or deliberately not.
 *
 * Lines are 0-based, `col` is the UTF-16 offset in the line, `\r\n` counts as one line break.
 */

export interface ScanPos {
	line: number;
	col: number;
	offset: number;
}

export interface ScanSpan {
	start: ScanPos;
	end: ScanPos;
}

export interface ScannedLink {
	/** Link path and subpath as Obsidian stores it: "Jane Doe#Notes", "People/Jane Doe". */
	link: string;
	/** The raw source text, e.g. "[[Jane Doe|Jane]]". */
	original: string;
	displayText?: string;
	position: ScanSpan;
}

export interface ScannedListItem {
	/** The character between the brackets of a task ("x", " ", "-"...); undefined for plain items. */
	task?: string;
	/**
	 * Start line of the parent item; for root items a negative number naming the list:
	 * minus the list's first line, and -1 for a list on line 0 (as Obsidian records it, so it
	 * stays negative).
	 */
	parent: number;
	position: ScanSpan;
}

/** Obsidian's section types that the scanner produces; "comment" is a `%%` block. */
export type ScannedSectionType =
	| "yaml"
	| "heading"
	| "paragraph"
	| "list"
	| "blockquote"
	| "code"
	| "thematicBreak"
	| "table"
	| "callout"
	| "html"
	| "comment";

export interface ScannedSection {
	type: ScannedSectionType;
	position: ScanSpan;
}

export interface ScannedNote {
	/** Offset just after the closing fence line of a leading `---` block; null if there is none. */
	frontmatterEnd: number | null;
	/** The YAML between the fences (with its line breaks); null if there is no frontmatter. */
	frontmatterText: string | null;
	links: ScannedLink[];
	embeds: ScannedLink[];
	listItems: ScannedListItem[];
	sections: ScannedSection[];
	/** Body tags with their '#', in order of appearance, e.g. "#person/work". */
	tags: string[];
}

// ---------------------------------------------------------------------------------------------
// Frontmatter

export interface FrontmatterBounds {
	/** Offset of the first YAML character: the start of the line after the opening fence. */
	yamlStart: number;
	/** Offset of the start of the closing fence line; the YAML is text.slice(yamlStart, yamlEnd). */
	yamlEnd: number;
	/** Offset just after the closing fence line and its line break: where the body starts. */
	bodyStart: number;
	/** 0-based line of the closing fence. */
	closingLine: number;
}

/**
 * Finds a frontmatter block the way Obsidian does: `---` on the very first line and a closing
 * `---` line. Without a closing fence there is no frontmatter (the `---` is then body text).
 */
export function findFrontmatter(text: string): FrontmatterBounds | null {
	const firstBreak = text.indexOf("\n");
	if (firstBreak < 0 || !isFenceLine(text, 0, firstBreak)) return null;
	let start = firstBreak + 1;
	for (let line = 1; ; line++) {
		const nl = text.indexOf("\n", start);
		const end = nl < 0 ? text.length : nl;
		if (isFenceLine(text, start, end)) {
			return { yamlStart: firstBreak + 1, yamlEnd: start, bodyStart: nl < 0 ? text.length : nl + 1, closingLine: line };
		}
		if (nl < 0) return null;
		start = nl + 1;
	}
}

function isFenceLine(text: string, start: number, end: number): boolean {
	if (!text.startsWith("---", start)) return false;
	for (let i = start + 3; i < end; i++) {
		const c = text.charCodeAt(i);
		if (c !== SPACE && c !== TAB && !(c === CR && i === end - 1)) return false;
	}
	return true;
}

// ---------------------------------------------------------------------------------------------
// Entry point

export function scanMarkdown(text: string): ScannedNote {
	const lines = new LineTable(text);
	const note: ScannedNote = {
		frontmatterEnd: null,
		frontmatterText: null,
		links: [],
		embeds: [],
		listItems: [],
		sections: [],
		tags: [],
	};
	const out = new Collector(text, lines, note);
	let firstBodyLine = 0;
	const fm = findFrontmatter(text);
	if (fm) {
		note.frontmatterEnd = fm.bodyStart;
		note.frontmatterText = text.slice(fm.yamlStart, fm.yamlEnd);
		out.touchSection(0, {}, "yaml");
		out.touchSection(fm.closingLine, out.currentKey(), "yaml");
		firstBodyLine = fm.closingLine + 1;
	}
	const blocks = new BlockScanner(text, lines, out);
	for (let line = firstBodyLine; line < lines.count; line++) blocks.scanLine(line);
	blocks.finish();
	out.finish();
	return note;
}

// Where a link stands is decided by ./linkContext, which the plugin uses without this scanner.
export { createLinkContextLookup, linkContextAt, type LineSpanItem, type LineSpanSection, type LinkContext } from "./linkContext";

// ---------------------------------------------------------------------------------------------
// Lines and output

const TAB = 9;
const NL = 10;
const CR = 13;
const SPACE = 32;
const BANG = 33;
const HASH = 35;
const PERCENT = 37;
const LPAREN = 40;
const RPAREN = 41;
const STAR = 42;
const PLUS = 43;
const DASH = 45;
const DOT = 46;
const LT = 60;
const EQUALS = 61;
const GT = 62;
const LBRACKET = 91;
const BACKSLASH = 92;
const RBRACKET = 93;
const UNDERSCORE = 95;
const BACKTICK = 96;
const TILDE = 126;

class LineTable {
	private readonly starts: number[] = [0];
	private readonly ends: number[] = [];

	constructor(text: string) {
		for (let nl = text.indexOf("\n"); nl >= 0; nl = text.indexOf("\n", nl + 1)) {
			this.ends.push(nl > 0 && text.charCodeAt(nl - 1) === CR ? nl - 1 : nl);
			this.starts.push(nl + 1);
		}
		this.ends.push(text.length);
	}

	get count(): number {
		return this.starts.length;
	}

	start(line: number): number {
		return this.starts[line] ?? 0;
	}

	/** Offset where the line's content ends, before its line break. */
	end(line: number): number {
		return this.ends[line] ?? 0;
	}

	lineOf(offset: number): number {
		let lo = 0;
		let hi = this.starts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (this.start(mid) <= offset) lo = mid;
			else hi = mid - 1;
		}
		return lo;
	}

	pos(line: number, offset: number): ScanPos {
		return { line, col: offset - this.start(line), offset };
	}
}

interface ItemDraft {
	task: string | undefined;
	parent: number;
	startLine: number;
	startOffset: number;
	endLine: number;
	/** Once an item has a nested item, later lines are not its own (Obsidian excludes children). */
	hasChild: boolean;
	list: ListGroup;
}

interface ListGroup {
	/** The bullet character, or '.'/')' for ordered lists: a change of marker starts a new list. */
	marker: number;
	firstLine: number;
}

class Collector {
	private readonly items: ItemDraft[] = [];
	private sectionKey: object | null = null;
	private sectionType: ScannedSectionType = "paragraph";
	private sectionStart = 0;
	private sectionEnd = 0;

	constructor(private readonly text: string, private readonly lines: LineTable, private readonly note: ScannedNote) {}

	currentKey(): object | null {
		return this.sectionKey;
	}

	/** Adds `line` to the top-level block identified by `key`, starting a new section if needed. */
	touchSection(line: number, key: object | null, type: ScannedSectionType): void {
		if (key !== this.sectionKey || key === null) {
			this.flushSection();
			this.sectionKey = key;
			this.sectionType = type;
			this.sectionStart = line;
		}
		this.sectionEnd = line;
	}

	retypeSection(key: object, type: ScannedSectionType): void {
		if (key === this.sectionKey) this.sectionType = type;
	}

	addItem(item: ItemDraft): void {
		this.items.push(item);
	}

	addLink(embed: boolean, link: string, original: string, displayText: string, from: number, to: number): void {
		const line = this.lines.lineOf(from);
		const entry: ScannedLink = {
			link,
			original,
			displayText,
			position: { start: this.lines.pos(line, from), end: this.lines.pos(line, to) },
		};
		(embed ? this.note.embeds : this.note.links).push(entry);
	}

	addTag(tag: string): void {
		this.note.tags.push(tag);
	}

	finish(): void {
		this.flushSection();
		for (const item of this.items) {
			const listItem: ScannedListItem = {
				parent: item.parent,
				position: {
					start: this.lines.pos(item.startLine, item.startOffset),
					end: this.lines.pos(item.endLine, this.lines.end(item.endLine)),
				},
			};
			if (item.task !== undefined) listItem.task = item.task;
			this.note.listItems.push(listItem);
		}
	}

	private flushSection(): void {
		if (this.sectionKey === null) return;
		this.note.sections.push({
			type: this.sectionType,
			position: {
				start: this.lines.pos(this.sectionStart, this.lines.start(this.sectionStart)),
				end: this.lines.pos(this.sectionEnd, this.lines.end(this.sectionEnd)),
			},
		});
		this.sectionKey = null;
	}
}

// ---------------------------------------------------------------------------------------------
// Blocks

interface Box {
	kind: "doc" | "quote" | "item";
	/** Items: the column where the item's content starts; continuation lines must reach it. */
	contentCol: number;
	/** The list a new item placed directly in this box would join, until another block intervenes. */
	openList: ListGroup | null;
	item: ItemDraft | null;
	/** Items whose first line is empty: CommonMark ends them at a following blank line. */
	emptyStart: boolean;
	callout: boolean;
}

type LeafKind = "paragraph" | "table" | "fence" | "indented" | "html" | "comment";

interface Leaf {
	kind: LeafKind;
	lineCount: number;
	inlineStart: number;
	inlineEnd: number;
	fenceChar: number;
	fenceLen: number;
	/** HTML blocks: the text that ends the block, or "" for blocks that end at a blank line. */
	closer: string;
}

interface ListMarker {
	marker: number;
	ordinal: number;
	/** Offset and column just after the marker. */
	endPos: number;
	endCol: number;
}

/** Block tags that start an HTML block ending at a blank line (CommonMark's kind 6). */
const HTML_BLOCK_TAGS = new Set(
	(
		"address article aside base basefont blockquote body caption center col colgroup dd details dialog dir div dl dt " +
		"fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html iframe legend li link " +
		"main menu menuitem nav noframes ol optgroup option p param search section summary table tbody td tfoot th thead " +
		"title tr track ul"
	).split(" "),
);
const HTML_VERBATIM_TAGS = ["script", "pre", "style", "textarea"];

/** Turns lines into blocks: tracks the open containers (quotes, list items) and the open leaf. */
class BlockScanner {
	private readonly stack: Box[] = [newBox("doc", 0, null)];
	private leaf: Leaf | null = null;
	private readonly inline: InlineScanner;
	private line = 0;
	private pos = 0;
	private col = 0;
	private lineEnd = 0;
	/** Offset and column of the first non-blank character at or after pos (see peek). */
	private np = 0;
	private nc = 0;

	constructor(private readonly text: string, private readonly lines: LineTable, private readonly out: Collector) {
		this.inline = new InlineScanner(text, out);
	}

	/** CommonMark's three steps: continue the open containers, open new ones, place the rest. */
	scanLine(line: number): void {
		this.line = line;
		this.pos = this.lines.start(line);
		this.col = 0;
		this.lineEnd = this.lines.end(line);

		let matched = 1;
		while (matched < this.stack.length && this.continues(this.stack[matched] as Box)) matched++;
		const allMatched = matched === this.stack.length;
		if (allMatched && this.leaf && this.continueVerbatim(this.leaf)) return;

		const paragraphOpen = this.leaf?.kind === "paragraph";
		const kept = this.openContainers(matched, paragraphOpen);
		if (kept === null) {
			if (!allMatched && paragraphOpen && this.isLazyContinuation()) {
				this.extendLeaf();
				return;
			}
			this.closeBoxes(matched);
		}
		this.placeLine();
	}

	/**
	 * Opens the quotes and list items that start on this line (closing the unmatched containers
	 * first); returns the new stack depth, or null when nothing was opened.
	 */
	private openContainers(matched: number, paragraphOpen: boolean): number | null {
		let depth = matched;
		let opened = false;
		for (;;) {
			this.peek();
			if (this.np >= this.lineEnd || this.nc - this.col >= 4) break;
			if (this.code(this.np) === GT) {
				this.closeBoxes(depth);
				this.openQuote();
			} else {
				if (this.isThematicBreak()) break;
				const marker = this.listMarker();
				if (!marker || !this.mayOpenItem(marker, depth, paragraphOpen && !opened)) break;
				this.closeBoxes(depth);
				this.openItem(marker);
			}
			depth = this.stack.length;
			opened = true;
		}
		return opened ? depth : null;
	}

	/** A line that would not start a block continues an open paragraph even outside its containers. */
	private isLazyContinuation(): boolean {
		this.peek();
		return this.np < this.lineEnd && (this.nc - this.col >= 4 || !this.startsLeafBlock());
	}

	/** Puts the rest of the line into the innermost open container. */
	private placeLine(): void {
		this.peek();
		if (this.np >= this.lineEnd) {
			if (this.leaf?.kind === "paragraph" || this.leaf?.kind === "table") this.closeLeaf();
			// A bare `>` line still belongs to its quote.
			if (this.stack.length > 1 && this.pos > this.lines.start(this.line)) this.touch();
			return;
		}
		const continuesText = this.leaf?.kind === "paragraph" || this.leaf?.kind === "table";
		if (this.nc - this.col >= 4) {
			if (continuesText) this.extendLeaf();
			else this.openLeaf("indented");
			return;
		}
		if (this.leaf?.kind === "paragraph" && this.tryParagraphUpgrade(this.leaf)) return;
		if (this.tryLeafStart()) return;
		if (continuesText) this.extendLeaf();
		else this.openLeaf("paragraph");
	}

	finish(): void {
		this.closeLeaf();
	}

	// --- containers ---------------------------------------------------------------------------

	private continues(box: Box): boolean {
		this.peek();
		if (box.kind === "quote") {
			if (this.nc - this.col > 3 || this.code(this.np) !== GT) return false;
			this.pos = this.np;
			this.col = this.nc;
			this.eatQuoteMarker();
			return true;
		}
		if (this.np >= this.lineEnd) return !(box.emptyStart && box.item !== null && this.line === box.item.startLine + 1);
		if (this.nc < box.contentCol) return false;
		this.advanceToCol(box.contentCol);
		return true;
	}

	private openQuote(): void {
		this.closeLeaf();
		this.top().openList = null;
		this.pos = this.np;
		this.col = this.nc;
		this.eatQuoteMarker();
		const box = newBox("quote", 0, null);
		box.callout = this.stack.length === 1 && this.text.startsWith("[!", this.pos);
		this.stack.push(box);
		this.touch();
	}

	private eatQuoteMarker(): void {
		this.pos++;
		this.col++;
		const c = this.code(this.pos);
		if (c === SPACE) {
			this.pos++;
			this.col++;
		} else if (c === TAB) {
			// CommonMark would keep the rest of the tab as indentation; the difference only moves
			// indented-code detection by a column inside quotes.
			this.pos++;
			this.col = nextTabStop(this.col);
		}
	}

	private listMarker(): ListMarker | null {
		const at = this.np;
		const c = this.code(at);
		let end = at;
		let marker = c;
		let ordinal = 0;
		if (c === DASH || c === STAR || c === PLUS) {
			end = at + 1;
		} else {
			while (end < this.lineEnd && end - at < 9 && isDigit(this.code(end))) end++;
			const delim = this.code(end);
			if (end === at || (delim !== DOT && delim !== RPAREN)) return null;
			ordinal = Number(this.text.slice(at, end));
			marker = delim;
			end++;
		}
		const after = this.code(end);
		if (end < this.lineEnd && after !== SPACE && after !== TAB) return null;
		return { marker, ordinal, endPos: end, endCol: this.nc + (end - at) };
	}

	/** A first list item may interrupt a paragraph only if it has content and, if ordered, starts at 1. */
	private mayOpenItem(m: ListMarker, matched: number, interruptsParagraph: boolean): boolean {
		if (!interruptsParagraph) return true;
		const parent = this.stack[matched - 1] as Box;
		if (parent.openList?.marker === m.marker) return true;
		const isOrdered = m.marker === DOT || m.marker === RPAREN;
		return !this.restIsBlank(m.endPos) && (!isOrdered || m.ordinal === 1);
	}

	private openItem(m: ListMarker): void {
		this.closeLeaf();
		const parentBox = this.top();
		const list =
			parentBox.openList?.marker === m.marker ? parentBox.openList : { marker: m.marker, firstLine: this.line };
		parentBox.openList = list;
		const enclosing = this.innermostItem();
		if (enclosing) enclosing.hasChild = true;

		const startOffset = this.np;
		this.pos = m.endPos;
		this.col = m.endCol;
		this.peek();
		const emptyStart = this.np >= this.lineEnd;
		let contentCol = this.nc;
		if (emptyStart || this.nc - m.endCol > 4) {
			// An item opening with indented code (or nothing) has its content one column after the marker.
			contentCol = m.endCol + 1;
			this.advanceToCol(contentCol);
		} else {
			this.pos = this.np;
			this.col = this.nc;
		}
		const item: ItemDraft = {
			task: emptyStart ? undefined : this.taskChar(),
			parent: enclosing ? enclosing.startLine : -Math.max(1, list.firstLine),
			startLine: this.line,
			startOffset,
			endLine: this.line,
			hasChild: false,
			list,
		};
		this.out.addItem(item);
		const box = newBox("item", contentCol, item);
		box.emptyStart = emptyStart;
		this.stack.push(box);
		this.touch();
	}

	/** `[c]` followed by a space or the end of the line makes the item a task with status c. */
	private taskChar(): string | undefined {
		const p = this.pos;
		if (this.code(p) !== LBRACKET) return undefined;
		const width = isHighSurrogate(this.code(p + 1)) ? 2 : 1;
		const close = p + 1 + width;
		if (this.code(close) !== RBRACKET || this.code(p + 1) === NL) return undefined;
		const after = this.code(close + 1);
		if (close + 1 < this.lineEnd && after !== SPACE && after !== TAB) return undefined;
		return this.text.slice(p + 1, close);
	}

	private closeBoxes(keep: number): void {
		if (this.stack.length > keep) {
			this.closeLeaf();
			this.stack.length = keep;
		}
	}

	private top(): Box {
		return this.stack[this.stack.length - 1] as Box;
	}

	private innermostItem(): ItemDraft | null {
		for (let i = this.stack.length - 1; i > 0; i--) {
			const item = (this.stack[i] as Box).item;
			if (item) return item;
		}
		return null;
	}

	// --- leaves ---------------------------------------------------------------------------------

	/** Lines inside code, HTML and comments are taken verbatim; returns false when the line is not. */
	private continueVerbatim(leaf: Leaf): boolean {
		this.peek();
		const blank = this.np >= this.lineEnd;
		switch (leaf.kind) {
			case "fence":
				if (!blank) this.touch();
				if (this.isClosingFence(leaf)) this.closeLeaf();
				return true;
			case "indented":
				if (blank) return true;
				if (this.nc - this.col < 4) {
					this.closeLeaf();
					return false;
				}
				this.touch();
				return true;
			case "html":
				if (leaf.closer === "") {
					if (blank) {
						this.closeLeaf();
						return true;
					}
					this.touch();
					return true;
				}
				if (!blank) this.touch();
				if (this.lineIncludes(leaf.closer, true)) this.closeLeaf();
				return true;
			case "comment":
				if (!blank) this.touch();
				leaf.inlineEnd = this.lineEnd;
				if (this.lineIncludes("%%", false)) this.closeLeaf();
				return true;
			default:
				return false;
		}
	}

	/** Starts the leaf blocks that are recognised by their first line; returns false if none. */
	private tryLeafStart(): boolean {
		const c = this.code(this.np);
		const fenceLen = this.openingFenceLength();
		if (fenceLen > 0) {
			this.openLeaf("fence");
			(this.leaf as Leaf).fenceChar = c;
			(this.leaf as Leaf).fenceLen = fenceLen;
			return true;
		}
		if (c === HASH) {
			const level = this.runLength(this.np, HASH);
			const after = this.np + level;
			if (level <= 6 && (after >= this.lineEnd || isBlankCode(this.code(after)))) {
				this.singleLineLeaf("heading");
				this.inline.scan(after, this.lineEnd);
				return true;
			}
		}
		if (this.isThematicBreak()) {
			this.singleLineLeaf("thematicBreak");
			return true;
		}
		if (c === LT) {
			const closer = this.htmlBlockCloser();
			if (closer !== null) {
				this.openLeaf("html");
				(this.leaf as Leaf).closer = closer;
				if (closer !== "" && this.lineIncludes(closer, true)) this.closeLeaf();
				return true;
			}
		}
		if (c === PERCENT && this.text.startsWith("%%", this.np)) {
			const close = this.text.indexOf("%%", this.np + 2);
			if (close < 0 || close >= this.lineEnd) {
				this.openLeaf("comment");
				return true;
			}
			if (this.restIsBlank(close + 2)) {
				this.singleLineLeaf("comment");
				this.inline.scan(this.np, this.lineEnd);
				return true;
			}
		}
		return false;
	}

	/** Would this line start a block that ends a paragraph (so it cannot be a lazy continuation)? */
	private startsLeafBlock(): boolean {
		const c = this.code(this.np);
		if (this.openingFenceLength() > 0) return true;
		if (c === HASH) {
			const level = this.runLength(this.np, HASH);
			return level <= 6 && (this.np + level >= this.lineEnd || isBlankCode(this.code(this.np + level)));
		}
		if (c === LT) return this.htmlBlockCloser() !== null;
		if (c === PERCENT) return this.text.startsWith("%%", this.np);
		return this.isThematicBreak();
	}

	/** A setext underline turns the paragraph into a heading; a delimiter row turns it into a table. */
	private tryParagraphUpgrade(leaf: Leaf): boolean {
		const c = this.code(this.np);
		if ((c === EQUALS || c === DASH) && this.restIsBlank(this.np + this.runLength(this.np, c))) {
			this.extendLeaf();
			this.out.retypeSection(leaf, "heading");
			this.closeLeaf();
			return true;
		}
		if (leaf.lineCount === 1 && this.isTableDelimiter(leaf)) {
			leaf.kind = "table";
			this.out.retypeSection(leaf, "table");
			this.extendLeaf();
			return true;
		}
		return false;
	}

	private openLeaf(kind: LeafKind): void {
		this.closeLeaf();
		this.top().openList = null;
		this.leaf = {
			kind,
			lineCount: 1,
			inlineStart: this.np,
			inlineEnd: this.lineEnd,
			fenceChar: 0,
			fenceLen: 0,
			closer: "",
		};
		this.touch();
	}

	private extendLeaf(): void {
		const leaf = this.leaf as Leaf;
		leaf.lineCount++;
		leaf.inlineEnd = this.lineEnd;
		this.touch();
	}

	private singleLineLeaf(type: ScannedSectionType): void {
		this.closeLeaf();
		this.top().openList = null;
		this.touch({}, type);
	}

	private closeLeaf(): void {
		const leaf = this.leaf;
		if (!leaf) return;
		this.leaf = null;
		// Obsidian still indexes links and tags written inside a %% comment block.
		if (leaf.kind === "paragraph" || leaf.kind === "table" || leaf.kind === "comment") {
			this.inline.scan(leaf.inlineStart, leaf.inlineEnd);
		}
	}

	/** Records a non-blank line: it extends the current top-level section and the innermost item. */
	private touch(singleKey?: object, singleType?: ScannedSectionType): void {
		const outer = this.stack[1];
		if (outer?.kind === "quote") this.out.touchSection(this.line, outer, outer.callout ? "callout" : "blockquote");
		else if (outer?.item) this.out.touchSection(this.line, outer.item.list, "list");
		else if (singleKey && singleType) this.out.touchSection(this.line, singleKey, singleType);
		else if (this.leaf) this.out.touchSection(this.line, this.leaf, leafSectionType(this.leaf.kind));
		const item = this.innermostItem();
		if (item && !item.hasChild) item.endLine = this.line;
	}

	// --- line tests -----------------------------------------------------------------------------

	private isThematicBreak(): boolean {
		const c = this.code(this.np);
		if (c !== DASH && c !== STAR && c !== UNDERSCORE) return false;
		let count = 0;
		for (let i = this.np; i < this.lineEnd; i++) {
			const d = this.code(i);
			if (d === c) count++;
			else if (d !== SPACE && d !== TAB) return false;
		}
		return count >= 3;
	}

	/** Length of the fence opening here, or 0; a backtick fence's info string has no backtick. */
	private openingFenceLength(): number {
		const c = this.code(this.np);
		if (c !== BACKTICK && c !== TILDE) return 0;
		const len = this.runLength(this.np, c);
		if (len < 3) return 0;
		if (c === BACKTICK && this.text.slice(this.np + len, this.lineEnd).includes("`")) return 0;
		return len;
	}

	private isClosingFence(leaf: Leaf): boolean {
		if (this.np >= this.lineEnd || this.nc - this.col > 3 || this.code(this.np) !== leaf.fenceChar) return false;
		const len = this.runLength(this.np, leaf.fenceChar);
		return len >= leaf.fenceLen && this.restIsBlank(this.np + len);
	}

	private isTableDelimiter(leaf: Leaf): boolean {
		const row = this.text.slice(this.np, this.lineEnd).trim();
		const header = this.text.slice(leaf.inlineStart, leaf.inlineEnd).trim();
		if (!row.includes("|") && !header.includes("|")) return false;
		const cells = tableCells(row);
		return cells.every((cell) => /^:?-+:?$/.test(cell.trim())) && cells.length === tableCells(header).length;
	}

	/** The text that closes an HTML block starting here ("" = a blank line), or null if none starts. */
	private htmlBlockCloser(): string | null {
		const head = this.text.slice(this.np, Math.min(this.lineEnd, this.np + 16)).toLowerCase();
		if (head.startsWith("<!--")) return "-->";
		if (head.startsWith("<![cdata[")) return "]]>";
		if (head.startsWith("<?")) return "?>";
		if (/^<![a-z]/.test(head)) return ">";
		const tag = /^<(\/?)([a-z][a-z0-9-]*)([\s/>]|$)/.exec(head);
		if (!tag) return null;
		const name = tag[2] ?? "";
		if (tag[1] === "" && HTML_VERBATIM_TAGS.includes(name) && tag[3] !== "/") return `</${name}>`;
		return HTML_BLOCK_TAGS.has(name) ? "" : null;
	}

	private lineIncludes(needle: string, caseInsensitive: boolean): boolean {
		const line = this.text.slice(this.pos, this.lineEnd);
		return (caseInsensitive ? line.toLowerCase() : line).includes(needle);
	}

	// --- cursor helpers -------------------------------------------------------------------------

	private code(i: number): number {
		return i < this.lineEnd ? this.text.charCodeAt(i) : NL;
	}

	/** Sets np/nc to the first character after spaces and tabs from the cursor. */
	private peek(): void {
		let p = this.pos;
		let c = this.col;
		while (p < this.lineEnd) {
			const ch = this.text.charCodeAt(p);
			if (ch === SPACE) c++;
			else if (ch === TAB) c = nextTabStop(c);
			else break;
			p++;
		}
		this.np = p;
		this.nc = c;
	}

	private advanceToCol(target: number): void {
		while (this.col < target && this.pos < this.lineEnd) {
			const ch = this.text.charCodeAt(this.pos);
			if (ch === SPACE) this.col++;
			else if (ch === TAB) this.col = nextTabStop(this.col);
			else break;
			this.pos++;
		}
	}

	private runLength(from: number, ch: number): number {
		let i = from;
		while (i < this.lineEnd && this.text.charCodeAt(i) === ch) i++;
		return i - from;
	}

	private restIsBlank(from: number): boolean {
		for (let i = from; i < this.lineEnd; i++) if (!isBlankCode(this.text.charCodeAt(i))) return false;
		return true;
	}
}

function newBox(kind: Box["kind"], contentCol: number, item: ItemDraft | null): Box {
	return { kind, contentCol, openList: null, item, emptyStart: false, callout: false };
}

function leafSectionType(kind: LeafKind): ScannedSectionType {
	switch (kind) {
		case "fence":
		case "indented":
			return "code";
		case "html":
			return "html";
		case "comment":
			return "comment";
		case "table":
			return "table";
		default:
			return "paragraph";
	}
}

function tableCells(row: string): string[] {
	let inner = row;
	if (inner.startsWith("|")) inner = inner.slice(1);
	if (inner.endsWith("|") && !inner.endsWith("\\|")) inner = inner.slice(0, -1);
	return inner.split(/(?:^|[^\\])\|/);
}

function nextTabStop(col: number): number {
	return col + 4 - (col % 4);
}

function isDigit(c: number): boolean {
	return c >= 48 && c <= 57;
}

function isBlankCode(c: number): boolean {
	return c === SPACE || c === TAB;
}

function isHighSurrogate(c: number): boolean {
	return c >= 0xd800 && c <= 0xdbff;
}

// ---------------------------------------------------------------------------------------------
// Inline: code spans, links, embeds, tags

/**
 * Scans the inline text of paragraphs, headings and tables, in document order. The "next
 * occurrence" caches only move forward, which keeps a note with many unmatched brackets linear.
 */
class InlineScanner {
	private readonly nextAt = new Map<string, number>();

	constructor(private readonly text: string, private readonly out: Collector) {}

	scan(from: number, to: number): void {
		const text = this.text;
		// A run of backticks with no closer of its length after position p has none after any later position.
		const noCloserAfter = new Map<number, number>();
		let i = from;
		while (i < to) {
			const c = text.charCodeAt(i);
			if (c === BACKSLASH) {
				i += isAsciiPunctuation(text.charCodeAt(i + 1)) ? 2 : 1;
			} else if (c === BACKTICK) {
				i = this.skipCodeSpan(i, to, noCloserAfter);
			} else if (c === BANG && text.charCodeAt(i + 1) === LBRACKET) {
				i = this.link(i + 1, to, true) ?? i + 1;
			} else if (c === LBRACKET) {
				i = this.link(i, to, false) ?? i + 1;
			} else if (c === HASH && (i === from || isWhitespaceCode(text.charCodeAt(i - 1)))) {
				i = this.tag(i, to);
			} else if (c === LT && text.startsWith("<!--", i)) {
				// Obsidian indexes nothing inside an HTML comment (but does inside a %% comment).
				const close = this.next("-->", i + 4);
				i = close >= 0 && close + 3 <= to ? close + 3 : i + 1;
			} else {
				i++;
			}
		}
	}

	private skipCodeSpan(at: number, to: number, noCloserAfter: Map<number, number>): number {
		let runEnd = at;
		while (runEnd < to && this.text.charCodeAt(runEnd) === BACKTICK) runEnd++;
		const len = runEnd - at;
		const hopeless = noCloserAfter.get(len);
		if (hopeless !== undefined && hopeless <= runEnd) return runEnd;
		for (let j = this.text.indexOf("`", runEnd); j >= 0 && j < to; ) {
			let k = j;
			while (k < to && this.text.charCodeAt(k) === BACKTICK) k++;
			if (k - j === len) return k;
			j = this.text.indexOf("`", k);
		}
		noCloserAfter.set(len, runEnd);
		return runEnd;
	}

	/** Parses a wikilink or Markdown link at `at` (its '['); returns the offset after it, or null. */
	private link(at: number, to: number, embed: boolean): number | null {
		const lineEnd = Math.min(to, this.next("\n", at) < 0 ? to : this.next("\n", at));
		return this.text.charCodeAt(at + 1) === LBRACKET
			? this.wikilink(at, lineEnd, embed)
			: this.markdownLink(at, lineEnd, embed);
	}

	private wikilink(at: number, lineEnd: number, embed: boolean): number | null {
		const close = this.next("]]", at + 2);
		if (close < 0 || close + 2 > lineEnd) return null;
		const reopen = this.next("[[", at + 2);
		if (reopen >= 0 && reopen < close) return null;
		const inner = this.text.slice(at + 2, close);
		const pipe = inner.indexOf("|");
		let target = pipe < 0 ? inner : inner.slice(0, pipe);
		// In tables the alias pipe is written `\|`.
		if (pipe >= 0 && target.endsWith("\\")) target = target.slice(0, -1);
		if (target.trim() === "") return null;
		const shown = pipe < 0 ? defaultDisplayText(target) : inner.slice(pipe + 1);
		const start = embed ? at - 1 : at;
		this.out.addLink(embed, target, this.text.slice(start, close + 2), shown, start, close + 2);
		return close + 2;
	}

	private markdownLink(at: number, lineEnd: number, embed: boolean): number | null {
		const close = this.next("]", at + 1);
		if (close < 0 || close >= lineEnd || this.text.charCodeAt(close + 1) !== LPAREN) return null;
		const reopen = this.next("[", at + 1);
		if (reopen >= 0 && reopen < close) return null;
		const dest = parseDestination(this.text, close + 2, lineEnd);
		if (!dest) return null;
		if (dest.target === "" || isExternal(dest.target)) return dest.end;
		const start = embed ? at - 1 : at;
		this.out.addLink(
			embed,
			safeDecode(dest.target),
			this.text.slice(start, dest.end),
			this.text.slice(at + 1, close),
			start,
			dest.end,
		);
		return dest.end;
	}

	private tag(at: number, to: number): number {
		let end = at + 1;
		while (end < to && isTagCode(this.text.charCodeAt(end))) end++;
		const body = this.text.slice(at + 1, end);
		if (body !== "" && !/^[0-9]+$/.test(body)) this.out.addTag(`#${body}`);
		return end;
	}

	private next(needle: string, from: number): number {
		const cached = this.nextAt.get(needle);
		if (cached !== undefined && (cached === -1 || cached >= from)) return cached;
		const found = this.text.indexOf(needle, from);
		this.nextAt.set(needle, found);
		return found;
	}
}

/** Obsidian shows "Note > Heading" for [[Note#Heading]] and "Heading" for [[#Heading]]. */
function defaultDisplayText(target: string): string {
	return target
		.split("#")
		.filter((part) => part !== "")
		.join(" > ");
}

/** Reads `dest "title")` after "](" on one line; returns the destination and the offset after ')'. */
function parseDestination(text: string, from: number, lineEnd: number): { target: string; end: number } | null {
	let p = skipSpaces(text, from, lineEnd);
	let target: string;
	if (text.charCodeAt(p) === LT) {
		const close = text.indexOf(">", p + 1);
		if (close < 0 || close >= lineEnd) return null;
		target = text.slice(p + 1, close);
		if (target.includes("<")) return null;
		p = close + 1;
	} else {
		const start = p;
		let depth = 0;
		for (; p < lineEnd; p++) {
			const c = text.charCodeAt(p);
			if (c === SPACE || c === TAB) break;
			if (c === BACKSLASH) p++;
			else if (c === LPAREN) depth++;
			else if (c === RPAREN) {
				if (depth === 0) break;
				depth--;
			}
		}
		target = text.slice(start, Math.min(p, lineEnd));
	}
	p = skipSpaces(text, p, lineEnd);
	const q = text.charCodeAt(p);
	if (p < lineEnd && (q === 34 || q === 39 || q === LPAREN)) {
		const closer = q === LPAREN ? ")" : String.fromCharCode(q);
		const end = text.indexOf(closer, p + 1);
		if (end < 0 || end >= lineEnd) return null;
		p = skipSpaces(text, end + 1, lineEnd);
	}
	if (p >= lineEnd || text.charCodeAt(p) !== RPAREN) return null;
	return { target, end: p + 1 };
}

function skipSpaces(text: string, from: number, end: number): number {
	let p = from;
	while (p < end && isBlankCode(text.charCodeAt(p))) p++;
	return p;
}

/** URLs with a scheme (https:, mailto:, obsidian:) or protocol-relative ones are not note links. */
function isExternal(target: string): boolean {
	return /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith("//");
}

function safeDecode(target: string): string {
	try {
		return decodeURIComponent(target);
	} catch {
		return target;
	}
}

function isAsciiPunctuation(c: number): boolean {
	return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
}

function isWhitespaceCode(c: number): boolean {
	return c === SPACE || c === TAB || c === NL || c === CR || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b);
}

/** Tag characters: letters, digits, '-', '_', '/', and anything non-ASCII that is not a space. */
function isTagCode(c: number): boolean {
	if (c >= 128) return !isWhitespaceCode(c) && c !== 0x2028 && c !== 0x2029 && c !== 0xfeff;
	return (
		(c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === DASH || c === UNDERSCORE || c === 47
	);
}
