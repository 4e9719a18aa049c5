import type { EmbedCache, LinkCache, TagCache } from "obsidian";
import type { LineIndex__ } from "./positions";

export interface InlineRefs__ {
	links: LinkCache[];
	embeds: EmbedCache[];
	tags: TagCache[];
}

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const WIKILINK = /(!?)\[\[([^[\]\n]+?)\]\]/g;
const MARKDOWN_LINK = /(!?)\[([^[\]\n]*)\]\(\s*(<[^<>\n]*>|[^\s()]+)(?:\s+"[^"\n]*")?\s*\)/g;
const TAG = /(^|\s)(#[^\s!-,.:-@[-^`{-~]+)/g;
const URL_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Finds links, embeds and tags in one line of text that is not code. `col` is where `text`
 * starts in the note's line. Escaped characters and inline code are masked first, then links,
 * so `#` inside a link or a code span is not a tag and `[[x]]` inside backticks is not a link.
 */
export function scanInline__(text: string, line: number, col: number, index: LineIndex__, out: InlineRefs__): void {
	const masked = maskHtmlComments(maskCodeSpans(maskEscapes(text.split(""))));
	const at = (start: number, end: number) => ({ start: index.loc(line, col + start), end: index.loc(line, col + end) });

	for (const match of masked.join("").matchAll(WIKILINK)) {
		const start = match.index;
		const original = text.slice(start, start + match[0].length);
		const embed = match[1] === "!";
		const inner = original.slice(embed ? 3 : 2, -2);
		const ref = wikilinkReference(inner, original);
		if (ref) (embed ? out.embeds : out.links).push({ ...ref, position: at(start, start + original.length) });
		mask(masked, start, start + original.length);
	}

	for (const match of masked.join("").matchAll(MARKDOWN_LINK)) {
		const start = match.index;
		const original = text.slice(start, start + match[0].length);
		mask(masked, start, start + original.length);
		const target = decodeTarget((match[3] ?? "").replace(/^<|>$/g, ""));
		if (target === "" || URL_SCHEME.test(target)) continue;
		const ref = { link: target, original, displayText: match[2] ?? "", position: at(start, start + original.length) };
		(match[1] === "!" ? out.embeds : out.links).push(ref);
	}

	for (const match of masked.join("").matchAll(TAG)) {
		const tag = match[2] ?? "";
		if (/^#\d+$/.test(tag)) continue;
		const start = match.index + (match[1] ?? "").length;
		out.tags.push({ tag, position: at(start, start + tag.length) });
	}
}

/** The link text, display text and original of a wikilink's inside ("Target#Heading|Shown"). */
export function wikilinkReference(inner: string, original: string): { link: string; original: string; displayText: string } | null {
	// A pipe right after "[[" is part of the link: Obsidian reads [[|x]] as a link to "|x".
	const pipe = inner.indexOf("|");
	const aliased = pipe > 0;
	let target = aliased ? inner.slice(0, pipe) : inner;
	// In tables the pipe is escaped: [[Target\|Shown]].
	if (target.endsWith("\\")) target = target.slice(0, -1);
	const link = target.trim();
	const alias = aliased ? inner.slice(pipe + 1).trim() : "";
	if (link === "" && alias === "") return null;
	return { link, original, displayText: alias !== "" ? alias : defaultDisplayText(link) };
}

/** "Note#Heading" displays as "Note > Heading", as in Obsidian. */
function defaultDisplayText(link: string): string {
	if (!link.includes("#")) return link;
	return link
		.split("#")
		.filter((part) => part !== "")
		.join(" > ");
}

function decodeTarget(target: string): string {
	try {
		return decodeURI(target);
	} catch {
		return target;
	}
}

function maskEscapes(chars: string[]): string[] {
	for (let i = 0; i < chars.length - 1; i++) {
		const next = chars[i + 1] ?? "";
		if (chars[i] === "\\" && next !== "|" && ASCII_PUNCTUATION.test(next)) {
			mask(chars, i, i + 2);
			i++;
		}
	}
	return chars;
}

/** Blanks out `code spans`: a run of backticks up to the next run of the same length. */
function maskCodeSpans(chars: string[]): string[] {
	const runLength = (from: number) => {
		let end = from;
		while (chars[end] === "`") end++;
		return end - from;
	};
	let i = 0;
	while (i < chars.length) {
		if (chars[i] !== "`") {
			i++;
			continue;
		}
		const length = runLength(i);
		let close = -1;
		for (let k = i + length; k < chars.length; ) {
			if (chars[k] !== "`") {
				k++;
				continue;
			}
			const other = runLength(k);
			if (other === length) {
				close = k + other;
				break;
			}
			k += other;
		}
		if (close < 0) {
			i += length;
			continue;
		}
		mask(chars, i, close);
		i = close;
	}
	return chars;
}

/** Blanks out `<!-- … -->` on the line: Obsidian indexes nothing in an HTML comment (unlike `%%`). */
function maskHtmlComments(chars: string[]): string[] {
	const line = chars.join("");
	for (let open = line.indexOf("<!--"); open >= 0; open = line.indexOf("<!--", open + 4)) {
		const close = line.indexOf("-->", open + 4);
		if (close < 0) break;
		mask(chars, open, close + 3);
		open = close - 1;
	}
	return chars;
}

function mask(chars: string[], start: number, end: number): void {
	for (let i = start; i < end; i++) chars[i] = " ";
}
