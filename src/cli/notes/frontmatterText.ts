/**
 * Surgical edits of a note's YAML frontmatter as text, for the command line (Obsidian's
 * processFrontMatter is not available there). An edit touches only the edited property's value:
 * every other byte (other keys, their order, comments, quoting, blank lines, the body) is kept.
 *
 * There is deliberately no YAML parser here: the reader below understands the shapes people write
 * in Obsidian properties (top-level `key: value`, block and flow lists) and refuses anything it
 * cannot edit with certainty. The caller validates the result by parsing it.
 */
import { findFrontmatter } from "../../core/frontmatterBounds";
import { scalarText, yamlKey } from "./yamlScalars";
import { APOSTROPHE, blankOrEndAt, closingQuote, HASH, isBlank, isBlankOrComment, isBlankOrEnd, QUOTE, SPACE, TAB, unquote } from "./yamlText";

export type FrontmatterEdit =
	/** Set a scalar; the key is created at the end of the frontmatter (or a new frontmatter) if absent. */
	| { kind: "set"; key: string; value: string | number | boolean }
	/**
	 * Append a string to a list. An absent key becomes a block list; a scalar becomes a list of the
	 * old value then the item; an empty value (`key:`, `key: null`, `key: ""`, `key: []`) becomes a one-item list.
	 */
	| { kind: "append"; key: string; item: string };

export type EditResult = { ok: true; text: string } | { ok: false; reason: string };

export function editFrontmatter(text: string, edit: FrontmatterEdit): EditResult {
	const bounds = findFrontmatter(text);
	if (!bounds) {
		if (/^---[ \t]*\r?(?:\n|$)/.test(text)) return refuse("the note starts with '---' but its frontmatter is never closed");
		const eol = text.includes("\r\n") ? "\r\n" : "\n";
		return { ok: true, text: `---${eol}${newProperty(edit, eol, DEFAULT_LIST_INDENT)}---${eol}${text}` };
	}
	const doc = readFrontmatter(text, bounds.yamlStart, bounds.yamlEnd);
	if (typeof doc === "string") return refuse(doc);
	const entry = doc.entries.find((e) => e.key === edit.key);
	const changes = entry
		? edit.kind === "set"
			? setValue(text, doc, entry, edit.value)
			: appendItem(text, doc, entry, edit.item)
		: [{ at: bounds.yamlEnd, remove: 0, insert: newProperty(edit, doc.eol, doc.listIndent) }];
	if (typeof changes === "string") return refuse(changes);
	return { ok: true, text: applyChanges(text, changes) };
}

/**
 * A YAML scalar that reads back as the same value: plain when that is unambiguous, else
 * double-quoted with escapes. Strings that would read as another type (numbers, booleans, null,
 * in YAML 1.2 or 1.1) are quoted; dates such as 2026-11-25 stay plain, the way people write dates
 * in Obsidian.
 */
export function yamlScalar(value: string | number | boolean): string {
	return scalarText(value, false);
}

// ---------------------------------------------------------------------------------------------
// Reading the frontmatter

const DEFAULT_LIST_INDENT = "  ";
const DASH = 45;
const COLON = 58;
const BACKSLASH = 92;

interface Line {
	start: number;
	/** Offset where the content ends, before the line break. */
	end: number;
	/** Offset of the next line (every YAML line is followed by at least the closing fence). */
	next: number;
}

/** What follows `key:` on the key line. */
type InlineValue =
	| { kind: "empty" }
	/** "nothing" is an explicit empty value: null, ~, "" or ''. */
	| { kind: "nothing" | "scalar" | "flowList"; from: number; to: number }
	| { kind: "unsupported"; why: string };

interface Entry {
	key: string;
	keyLine: number;
	/** Offset just after the key's colon. */
	colon: number;
	value: InlineValue;
	/** Indented lines (and list items written at column 0) that follow the key line, comments excluded. */
	contentLines: number[];
}

interface Frontmatter {
	lines: Line[];
	entries: Entry[];
	eol: string;
	/** How the note indents list items under their key ("  " or ""), for lists this edit creates. */
	listIndent: string;
}

/** Splits the YAML into top-level entries; returns a reason when it cannot be read safely. */
function readFrontmatter(text: string, yamlStart: number, yamlEnd: number): Frontmatter | string {
	const lines = yamlLines(text, yamlStart, yamlEnd);
	const entries: Entry[] = [];
	const seen = new Set<string>();
	let current: Entry | null = null;
	for (let k = 0; k < lines.length; k++) {
		const line = lines[k] as Line;
		const content = text.slice(line.start, line.end);
		if (content.trim() === "") continue;
		const lineNo = k + 2;
		const first = content.charCodeAt(0);
		if (first === SPACE || first === TAB) {
			if (!current) return `line ${lineNo} is indented but follows no property`;
			if (first === TAB) return `line ${lineNo} is indented with a tab, which YAML does not allow`;
			if (content.trimStart().charCodeAt(0) !== HASH) current.contentLines.push(k);
			continue;
		}
		if (first === HASH) continue;
		if (first === DASH && (content.length === 1 || isBlank(content.charCodeAt(1)))) {
			if (current?.value.kind !== "empty") return `line ${lineNo} is a list item outside any property`;
			current.contentLines.push(k);
			continue;
		}
		const key = readKey(content);
		if (typeof key === "string") return `line ${lineNo} ${key}`;
		if (seen.has(key.key)) return `the property "${key.key}" appears more than once`;
		seen.add(key.key);
		const colon = line.start + key.colonEnd;
		const inline = readInlineValue(text, lines, k, colon);
		if (typeof inline === "string") return `line ${lineNo}: ${inline}`;
		current = { key: key.key, keyLine: k, colon, value: inline.value, contentLines: [] };
		entries.push(current);
		k = inline.lastLine;
	}
	const openingBreak = text.charCodeAt(yamlStart - 2) === 13 ? "\r\n" : "\n";
	return { lines, entries, eol: openingBreak, listIndent: detectListIndent(text, lines, entries) };
}

/** The YAML's lines; each ends with a line break, since the closing fence follows. */
function yamlLines(text: string, from: number, to: number): Line[] {
	const lines: Line[] = [];
	for (let start = from; start < to; ) {
		const nl = text.indexOf("\n", start);
		const end = nl < 0 || nl >= to ? to : nl;
		lines.push({ start, end: end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end, next: Math.min(end + 1, to) });
		start = end + 1;
	}
	return lines;
}

/** Reads a top-level key (plain or quoted) and where its ':' ends, or says why the line is not one. */
function readKey(content: string): { key: string; colonEnd: number } | string {
	const first = content.charCodeAt(0);
	if (first === QUOTE || first === APOSTROPHE) {
		const close = closingQuote(content, 0, content.length);
		if (close < 0) return "has a quoted key that is not closed";
		let p = close + 1;
		while (isBlank(content.charCodeAt(p))) p++;
		if (content.charCodeAt(p) !== COLON || !isBlankOrEnd(content, p + 1)) return "is not a `key: value` line";
		return { key: unquote(content.slice(0, close + 1)), colonEnd: p + 1 };
	}
	if ("?{[&*!|>%@`,]}".includes(content.charAt(0))) {
		return "uses YAML syntax (complex keys, anchors, tags, flow maps) that cannot be edited safely";
	}
	for (let i = 0; i < content.length; i++) {
		const c = content.charCodeAt(i);
		if (c === HASH && i > 0 && isBlank(content.charCodeAt(i - 1))) break;
		if (c === COLON && isBlankOrEnd(content, i + 1)) return { key: content.slice(0, i).trimEnd(), colonEnd: i + 1 };
	}
	return "is not a `key: value` line";
}

/**
 * Classifies the value after a key's colon. Quoted values and flow lists may run over several
 * lines; lastLine says where the value ends so those lines are not read as keys.
 */
function readInlineValue(
	text: string,
	lines: readonly Line[],
	k: number,
	colon: number,
): { value: InlineValue; lastLine: number } | string {
	const line = lines[k] as Line;
	let p = colon;
	while (p < line.end && isBlank(text.charCodeAt(p))) p++;
	const one = (value: InlineValue): { value: InlineValue; lastLine: number } => ({ value, lastLine: k });
	if (p >= line.end || text.charCodeAt(p) === HASH) return one({ kind: "empty" });
	const c = text.charAt(p);
	if (c === '"' || c === "'" || c === "[" || c === "{") {
		const close = closeAcrossLines(text, lines, k, p);
		if (!close) return "a quoted value or bracket is never closed";
		const closeLine = lines[close.line] as Line;
		if (!isBlankOrComment(text, close.end, closeLine.end)) return "unexpected text after a closed value";
		if (close.line > k) return { value: { kind: "unsupported", why: "spans several lines" }, lastLine: close.line };
		if (c === "{") return one({ kind: "unsupported", why: "is a nested map" });
		if (c === "[") return one({ kind: "flowList", from: p, to: close.end });
		return one({ kind: close.end === p + 2 ? "nothing" : "scalar", from: p, to: close.end });
	}
	if (c === "|" || c === ">") return one({ kind: "unsupported", why: "is a multi-line block scalar" });
	if (c === "&" || c === "*" || c === "!") return one({ kind: "unsupported", why: "uses a YAML anchor, alias or tag" });
	if (c === "@" || c === "`") return "a value cannot start with '@' or '`'";
	if ((c === "-" || c === "?" || c === ":") && blankOrEndAt(text, p + 1, line.end)) {
		return "a block indicator cannot follow a key on the same line";
	}
	let end = p;
	for (; end < line.end; end++) {
		const d = text.charCodeAt(end);
		if (d === HASH && isBlank(text.charCodeAt(end - 1))) break;
		if (d === COLON && blankOrEndAt(text, end + 1, line.end)) return "a plain value contains ': '";
	}
	while (isBlank(text.charCodeAt(end - 1))) end--;
	const plain = text.slice(p, end);
	return one({ kind: /^(?:~|null|Null|NULL)$/.test(plain) ? "nothing" : "scalar", from: p, to: end });
}

/** Finds the end of a quoted scalar or flow collection starting at p, possibly lines later. */
function closeAcrossLines(
	text: string,
	lines: readonly Line[],
	k: number,
	p: number,
): { line: number; end: number } | null {
	let quote = 0;
	let depth = 0;
	for (let l = k; l < lines.length; l++) {
		const line = lines[l] as Line;
		for (let i = l === k ? p : line.start; i < line.end; i++) {
			const c = text.charCodeAt(i);
			if (quote === QUOTE) {
				if (c === BACKSLASH) i++;
				else if (c === QUOTE) quote = 0;
			} else if (quote === APOSTROPHE) {
				if (c === APOSTROPHE && text.charCodeAt(i + 1) === APOSTROPHE && i + 1 < line.end) i++;
				else if (c === APOSTROPHE) quote = 0;
			} else if (c === QUOTE || c === APOSTROPHE) {
				quote = c;
			} else if (c === HASH && (i === line.start || isBlank(text.charCodeAt(i - 1)))) {
				break;
			} else if (c === 91 || c === 123) {
				depth++;
			} else if (c === 93 || c === 125) {
				depth--;
			} else {
				continue;
			}
			if (quote === 0 && depth === 0) return { line: l, end: i + 1 };
		}
	}
	return null;
}

/** The indentation of the first block list in the note, so new lists look like the others. */
function detectListIndent(text: string, lines: readonly Line[], entries: readonly Entry[]): string {
	for (const entry of entries) {
		const first = entry.contentLines[0];
		if (entry.value.kind !== "empty" || first === undefined) continue;
		const line = lines[first] as Line;
		const match = /^( *)-(?:[ \t]|$)/.exec(text.slice(line.start, line.end));
		if (match) return match[1] ?? DEFAULT_LIST_INDENT;
	}
	return DEFAULT_LIST_INDENT;
}

// ---------------------------------------------------------------------------------------------
// Editing

interface Change {
	at: number;
	remove: number;
	insert: string;
}

type BlockValue = { kind: "none" } | { kind: "list"; indent: string; lastLine: number } | { kind: "other"; why: string };

/** What the indented lines under an empty `key:` hold. */
function blockValue(text: string, lines: readonly Line[], entry: Entry): BlockValue {
	const first = entry.contentLines[0];
	if (first === undefined) return { kind: "none" };
	const indentOf = (k: number): { indent: number; rest: string } => {
		const line = lines[k] as Line;
		const content = text.slice(line.start, line.end);
		const rest = content.trimStart();
		return { indent: content.length - rest.length, rest };
	};
	const head = indentOf(first);
	if (entry.contentLines.some((k) => /^ *\t/.test(text.slice((lines[k] as Line).start, (lines[k] as Line).end)))) {
		return { kind: "other", why: "is indented with tabs" };
	}
	if (!/^-(?:[ \t]|$)/.test(head.rest)) {
		return { kind: "other", why: typeof readKey(head.rest) === "string" ? "spans several lines" : "is a nested map" };
	}
	for (const k of entry.contentLines) {
		const { indent, rest } = indentOf(k);
		if (indent < head.indent || (indent === head.indent && !/^-(?:[ \t]|$)/.test(rest))) {
			return { kind: "other", why: "mixes list items with other content" };
		}
	}
	const lastLine = entry.contentLines[entry.contentLines.length - 1] ?? first;
	return { kind: "list", indent: " ".repeat(head.indent), lastLine };
}

function setValue(text: string, doc: Frontmatter, entry: Entry, value: string | number | boolean): Change[] | string {
	const scalar = scalarText(value, false);
	const v = entry.value;
	const cannot = (why: string): string => `cannot set "${entry.key}": its value ${why}`;
	if (v.kind === "unsupported") return cannot(v.why);
	if (v.kind === "empty") {
		const block = blockValue(text, doc.lines, entry);
		if (block.kind === "list") return cannot("is a list, and setting it would drop the items");
		if (block.kind === "other") return cannot(block.why);
		return [{ at: entry.colon, remove: 0, insert: ` ${scalar}` }];
	}
	if (entry.contentLines.length > 0) return cannot("spans several lines");
	if (v.kind === "flowList" && text.slice(v.from + 1, v.to - 1).trim() !== "") {
		return cannot("is a list, and setting it would drop the items");
	}
	return [{ at: v.from, remove: v.to - v.from, insert: v.kind === "scalar" ? inQuotesOf(text.charCodeAt(v.from), value, scalar) : scalar }];
}

/** A new string value keeps the quotes the old one was written with ("2026-01-01" stays quoted). */
function inQuotesOf(opening: number, value: string | number | boolean, scalar: string): string {
	if (typeof value !== "string" || scalar.startsWith('"')) return scalar;
	if (opening === QUOTE) return JSON.stringify(value);
	if (opening === APOSTROPHE && !/[\n\r]/.test(value)) return `'${value.replace(/'/g, "''")}'`;
	return scalar;
}

function appendItem(text: string, doc: Frontmatter, entry: Entry, item: string): Change[] | string {
	const v = entry.value;
	const cannot = (why: string): string => `cannot append to "${entry.key}": its value ${why}`;
	const keyLine = doc.lines[entry.keyLine] as Line;
	const itemLine = (indent: string, scalar: string): string => `${indent}- ${scalar}${doc.eol}`;
	if (v.kind === "unsupported") return cannot(v.why);
	if (v.kind === "empty") {
		const block = blockValue(text, doc.lines, entry);
		if (block.kind === "other") return cannot(block.why);
		if (block.kind === "none") return [{ at: keyLine.next, remove: 0, insert: itemLine(doc.listIndent, scalarText(item, false)) }];
		const last = doc.lines[block.lastLine] as Line;
		return [{ at: last.next, remove: 0, insert: itemLine(block.indent, scalarText(item, false)) }];
	}
	if (entry.contentLines.length > 0) return cannot("spans several lines");
	if (v.kind === "flowList") return appendToFlowList(text, v.from, v.to, scalarText(item, true));
	// A scalar turns into a block list (an explicit empty value into a one-item list); the key line keeps its comment.
	const oldItem = v.kind === "scalar" ? itemLine(doc.listIndent, text.slice(v.from, v.to)) : "";
	return [
		{ at: entry.colon, remove: v.to - entry.colon, insert: "" },
		{ at: keyLine.next, remove: 0, insert: oldItem + itemLine(doc.listIndent, scalarText(item, false)) },
	];
}

function appendToFlowList(text: string, from: number, to: number, scalar: string): Change[] {
	const close = to - 1;
	let last = close - 1;
	while (last > from && isBlank(text.charCodeAt(last))) last--;
	if (last === from) return [{ at: from + 1, remove: close - from - 1, insert: scalar }];
	// After a trailing comma the item takes the place of the spaces before ']'.
	if (text.charAt(last) === ",") return [{ at: last + 1, remove: close - last - 1, insert: ` ${scalar}` }];
	return [{ at: last + 1, remove: 0, insert: `, ${scalar}` }];
}

function newProperty(edit: FrontmatterEdit, eol: string, listIndent: string): string {
	const key = yamlKey(edit.key);
	return edit.kind === "set"
		? `${key}: ${scalarText(edit.value, false)}${eol}`
		: `${key}:${eol}${listIndent}- ${scalarText(edit.item, false)}${eol}`;
}

function applyChanges(text: string, changes: readonly Change[]): string {
	const sorted = [...changes].sort((a, b) => a.at - b.at);
	let out = "";
	let from = 0;
	for (const change of sorted) {
		out += text.slice(from, change.at) + change.insert;
		from = change.at + change.remove;
	}
	return out + text.slice(from);
}

function refuse(reason: string): EditResult {
	return { ok: false, reason };
}
