/**
 * The inline scanner: code spans, links, embeds and tags in the text of paragraphs, headings,
 * tables and %% comments.
 */
import {
	BACKSLASH,
	BACKTICK,
	BANG,
	HASH,
	isAsciiPunctuation,
	isBlankCode,
	isTagCode,
	isWhitespaceCode,
	LBRACKET,
	LPAREN,
	LT,
	RPAREN,
	SPACE,
	TAB,
} from "./charCodes";
import type { Collector } from "./collector";

/**
 * Scans the inline text of paragraphs, headings and tables, in document order. The "next
 * occurrence" caches only move forward, which keeps a note with many unmatched brackets linear.
 */
export class InlineScanner {
	private readonly nextAt = new Map<string, number>();

	constructor(private readonly text: string, private readonly out: Collector) {}

	scan(from: number, to: number): void {
		const text = this.text;
		// A run of backticks with no closer of its length after position p has none after any later position.
		const noCloserAfter = new Map<number, number>();
		// Obsidian starts a tag after whitespace and also right after an escaped character (`\[#tag`).
		let afterEscape = -1;
		let i = from;
		while (i < to) {
			const c = text.charCodeAt(i);
			if (c === BACKSLASH) {
				const escapes = isAsciiPunctuation(text.charCodeAt(i + 1));
				i += escapes ? 2 : 1;
				if (escapes) afterEscape = i;
			} else if (c === BACKTICK) {
				i = this.skipCodeSpan(i, to, noCloserAfter);
			} else if (c === BANG && text.charCodeAt(i + 1) === LBRACKET) {
				i = this.link(i + 1, to, true) ?? i + 1;
			} else if (c === LBRACKET) {
				i = this.link(i, to, false) ?? i + 1;
			} else if (c === HASH && (i === from || i === afterEscape || isWhitespaceCode(text.charCodeAt(i - 1)))) {
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
		// A pipe only separates an alias after some link text: Obsidian reads [[|x]] as a link to "|x".
		const pipe = inner.indexOf("|");
		const aliased = pipe > 0;
		let target = aliased ? inner.slice(0, pipe) : inner;
		// In tables the alias pipe is written `\|`.
		if (aliased && target.endsWith("\\")) target = target.slice(0, -1);
		if (target.trim() === "") return null;
		const shown = aliased ? inner.slice(pipe + 1) : defaultDisplayText(target);
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
