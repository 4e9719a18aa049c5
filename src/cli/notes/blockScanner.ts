/**
 * The block scanner: turns a note's lines into blocks the way CommonMark does (containers, lazy
 * continuation, fences, indented code, HTML blocks) plus Obsidian's own syntax (callouts, `%%`
 * comments), and reports sections and list items to the collector, and the inline text of
 * paragraphs, headings, tables and comments to the inline scanner.
 *
 * Where Obsidian's cache has quirks, they were checked against caches recorded from a real
 * Obsidian (obsidian-tasks' test data) and are noted where they are reproduced.
 */
import { DASH, DOT, EQUALS, GT, HASH, isBlankCode, LT, PERCENT, RPAREN } from "./charCodes";
import { type Box, type Leaf, type LeafKind, leafSectionType, newBox } from "./blockState";
import type { Collector, ItemDraft, ListGroup } from "./collector";
import { InlineScanner } from "./inlineScanner";
import { LineCursor, type ListMarker } from "./lineCursor";
import type { LineTable } from "./lineTable";
import type { ScannedSectionType } from "./scannedNote";

/** Turns lines into blocks: tracks the open containers (quotes, list items) and the open leaf. */
export class BlockScanner extends LineCursor {
	private readonly stack: Box[] = [newBox("doc", 0, null)];
	private leaf: Leaf | null = null;
	private readonly inline: InlineScanner;

	constructor(text: string, lines: LineTable, private readonly out: Collector) {
		super(text, lines);
		this.inline = new InlineScanner(text, out);
	}

	/** CommonMark's three steps: continue the open containers, open new ones, place the rest. */
	scanLine(line: number): void {
		this.startLine(line);

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
		const list: ListGroup =
			parentBox.openList?.marker === m.marker ? parentBox.openList : { marker: m.marker, firstLine: this.line, lastItem: null };
		parentBox.openList = list;
		const enclosing = this.innermostItem();
		if (enclosing) enclosing.hasChild = true;
		// In a loose list Obsidian gives an item the blank lines before its next sibling (not one with children).
		const previous = list.lastItem;
		if (previous && !previous.hasChild && previous.endLine < this.line - 1) previous.endLine = this.line - 1;

		// Obsidian starts an item where its enclosing container's content starts, not at the marker.
		const startOffset = this.pos;
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
		const task = emptyStart ? undefined : this.taskChar();
		const item: ItemDraft = {
			task,
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
		list.lastItem = item;
		this.touch();
		if (task !== undefined) this.moveToItemAfterBox(task.length);
	}

	/**
	 * Obsidian reads a list marker right after a task's box as a nested item on the same line
	 * (`- [ ] 1. step`): the cursor moves to that marker so the caller opens it. Anything else
	 * after the box stays the task's text.
	 */
	private moveToItemAfterBox(statusWidth: number): void {
		const pos = this.pos;
		const col = this.col;
		this.pos += statusWidth + 2;
		this.col += statusWidth + 2;
		this.peek();
		if (this.np < this.lineEnd && !this.isThematicBreak() && this.listMarker()) {
			this.pos = this.np;
			this.col = this.nc;
			return;
		}
		this.pos = pos;
		this.col = col;
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
				if (this.isClosingFence(leaf.fenceChar, leaf.fenceLen)) this.closeLeaf();
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
		if (leaf.lineCount === 1 && this.isTableDelimiter(leaf.inlineStart, leaf.inlineEnd)) {
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
	}}
