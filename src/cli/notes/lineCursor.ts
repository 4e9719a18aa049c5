/**
 * A cursor over one line of a note, for the block scanner: where the containers matched so far
 * end (pos, col), where the next non-blank character is (np, nc), and the tests that recognise
 * what a line starts with (markers, fences, rules, HTML blocks) from there.
 */
import {
	BACKTICK,
	DASH,
	DOT,
	isBlankCode,
	isDigit,
	isHighSurrogate,
	LBRACKET,
	NL,
	nextTabStop,
	PLUS,
	RBRACKET,
	RPAREN,
	SPACE,
	STAR,
	TAB,
	TILDE,
	UNDERSCORE,
} from "./charCodes";
import type { LineTable } from "./lineTable";

export interface ListMarker {
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

export class LineCursor {
	protected line = 0;
	protected pos = 0;
	protected col = 0;
	protected lineEnd = 0;
	/** Offset and column of the first non-blank character at or after pos (see peek). */
	protected np = 0;
	protected nc = 0;

	constructor(protected readonly text: string, protected readonly lines: LineTable) {}

	/** Puts the cursor at the start of `line`. */
	protected startLine(line: number): void {
		this.line = line;
		this.pos = this.lines.start(line);
		this.col = 0;
		this.lineEnd = this.lines.end(line);
	}

	protected eatQuoteMarker(): void {
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

	protected listMarker(): ListMarker | null {
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

	/** `[c]` followed by a space or the end of the line makes the item a task with status c. */
	protected taskChar(): string | undefined {
		const p = this.pos;
		if (this.code(p) !== LBRACKET) return undefined;
		const width = isHighSurrogate(this.code(p + 1)) ? 2 : 1;
		const close = p + 1 + width;
		if (this.code(close) !== RBRACKET || this.code(p + 1) === NL) return undefined;
		const after = this.code(close + 1);
		if (close + 1 < this.lineEnd && after !== SPACE && after !== TAB) return undefined;
		return this.text.slice(p + 1, close);
	}

	protected isThematicBreak(): boolean {
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
	protected openingFenceLength(): number {
		const c = this.code(this.np);
		if (c !== BACKTICK && c !== TILDE) return 0;
		const len = this.runLength(this.np, c);
		if (len < 3) return 0;
		if (c === BACKTICK && this.text.slice(this.np + len, this.lineEnd).includes("`")) return 0;
		return len;
	}

	/** The text that closes an HTML block starting here ("" = a blank line), or null if none starts. */
	protected htmlBlockCloser(): string | null {
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

	protected lineIncludes(needle: string, caseInsensitive: boolean): boolean {
		const line = this.text.slice(this.pos, this.lineEnd);
		return (caseInsensitive ? line.toLowerCase() : line).includes(needle);
	}

	protected code(i: number): number {
		return i < this.lineEnd ? this.text.charCodeAt(i) : NL;
	}

	/** Sets np/nc to the first character after spaces and tabs from the cursor. */
	protected peek(): void {
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

	protected advanceToCol(target: number): void {
		while (this.col < target && this.pos < this.lineEnd) {
			const ch = this.text.charCodeAt(this.pos);
			if (ch === SPACE) this.col++;
			else if (ch === TAB) this.col = nextTabStop(this.col);
			else break;
			this.pos++;
		}
	}

	protected runLength(from: number, ch: number): number {
		let i = from;
		while (i < this.lineEnd && this.text.charCodeAt(i) === ch) i++;
		return i - from;
	}

	protected restIsBlank(from: number): boolean {
		for (let i = from; i < this.lineEnd; i++) if (!isBlankCode(this.text.charCodeAt(i))) return false;
		return true;
	}

	protected isClosingFence(fenceChar: number, fenceLen: number): boolean {
		if (this.np >= this.lineEnd || this.nc - this.col > 3 || this.code(this.np) !== fenceChar) return false;
		const len = this.runLength(this.np, fenceChar);
		return len >= fenceLen && this.restIsBlank(this.np + len);
	}

	/** Is this line a table's delimiter row under the header text from headerStart to headerEnd? */
	protected isTableDelimiter(headerStart: number, headerEnd: number): boolean {
		const row = this.text.slice(this.np, this.lineEnd).trim();
		const header = this.text.slice(headerStart, headerEnd).trim();
		if (!row.includes("|") && !header.includes("|")) return false;
		const cells = tableCells(row);
		return cells.every((cell) => /^:?-+:?$/.test(cell.trim())) && cells.length === tableCells(header).length;
	}
}

function tableCells(row: string): string[] {
	let inner = row;
	if (inner.startsWith("|")) inner = inner.slice(1);
	if (inner.endsWith("|") && !inner.endsWith("\\|")) inner = inner.slice(0, -1);
	return inner.split(/(?:^|[^\\])\|/);
}
