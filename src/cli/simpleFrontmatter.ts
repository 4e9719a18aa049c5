/**
 * A quick reader for the plain frontmatter most notes have — `key: value` lines, quoted strings,
 * `[a, b]` and `- item` lists — that gives exactly what the full YAML parser gives, and gives up
 * (returns `undefined`) on anything else: comments, nesting, anchors, escapes, multi-line values,
 * numbers other than plain integers, and any plain value whose YAML type it cannot be sure of.
 * The command line reads every note of a vault; most frontmatter never needs the full parser.
 */

import { findFrontmatter } from "../core/frontmatterBounds";

type Scalar = string | number | boolean | null;
type Item = Scalar | Record<string, Scalar>;
export type SimpleValue = Scalar | Item[];

const GIVE_UP = Symbol("give up");
type Read<T> = T | typeof GIVE_UP;

const KEY_LINE = /^([A-Za-z](?:[A-Za-z0-9_ -]*[A-Za-z0-9_-])?):(?: (.*))?$/;
const ITEM_LINE = /^( *)- (.*)$/;
const WORDS = new Map<string, Scalar>([
	["~", null], ["null", null], ["Null", null], ["NULL", null],
	["true", true], ["True", true], ["TRUE", true], ["false", false], ["False", false], ["FALSE", false],
]);
/**
 * Plain values that YAML may read as numbers: integers in any base or in base 60, floats,
 * infinities. A wider net than YAML's own rules, on purpose: what it catches goes to the full
 * parser, except plain integers. (Dates are text: the full parser reads with the core schema.)
 */
const MAYBE_NUMBER = [
	/^[-+]?(?:0b[01_]+|0x[0-9a-fA-F_]+|[0-9_][0-9_:]*)$/,
	/^[-+]?(?:[0-9][0-9_]*(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?|\.[0-9_]+(?:[eE][-+]?[0-9]+)?|[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|\.(?:inf|Inf|INF))$/,
	/^\.(?:nan|NaN|NAN)$/,
];
/** Characters YAML refuses (controls, unpaired surrogates) or treats specially (byte-order marks). */
// eslint-disable-next-line no-control-regex -- these are the characters to find
const NOT_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFEFF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const PLAIN_INTEGER = /^[-+]?(?:0|[1-9][0-9]{0,14})$/;

/** A plain (unquoted) scalar as YAML types it, when that is certain. */
function plainScalar(text: string): Read<Scalar> {
	if (!text || (/^[-?:,[\]{}#&*!|>'"%@`]/.test(text) && !/^-[0-9]/.test(text))) return GIVE_UP;
	if (text.includes(": ") || text.includes(" #") || text.endsWith(":")) return GIVE_UP;
	const word = WORDS.get(text);
	if (word !== undefined) return word;
	// `-0` is 0 in YAML.
	if (PLAIN_INTEGER.test(text)) return Number(text) || 0;
	return MAYBE_NUMBER.some((pattern) => pattern.test(text)) ? GIVE_UP : text;
}

/** One value written on a line: quoted, plain or a one-line `[a, b]` list. */
function inlineScalar(raw: string): Read<Scalar> {
	const text = raw.trim();
	const quote = text[0];
	if (quote === '"' || quote === "'") {
		const inner = text.slice(1, -1);
		if (text.length < 2 || text[text.length - 1] !== quote || inner.includes(quote) || inner.includes("\\")) return GIVE_UP;
		return inner;
	}
	return plainScalar(text);
}

/** `[a, "b c", 'd']`: plain and quoted items, nothing nested. */
function flowList(text: string): Read<Scalar[]> {
	const items: Scalar[] = [];
	let at = 1;
	const end = text.length - 1;
	const skipSpaces = (): void => {
		while (text[at] === " ") at++;
	};
	skipSpaces();
	if (at === end) return items;
	for (;;) {
		skipSpaces();
		const quote = text[at];
		let item: Read<Scalar>;
		if (quote === '"' || quote === "'") {
			const close = text.indexOf(quote, at + 1);
			if (close < 0 || close >= end) return GIVE_UP;
			const inner = text.slice(at + 1, close);
			if (inner.includes("\\") || text[close + 1] === quote) return GIVE_UP;
			item = inner;
			at = close + 1;
		} else {
			let comma = text.indexOf(",", at);
			if (comma < 0 || comma > end) comma = end;
			const plain = text.slice(at, comma).trim();
			if (/[[\]{}"':]/.test(plain)) return GIVE_UP;
			item = plainScalar(plain);
			at = comma;
		}
		if (item === GIVE_UP) return GIVE_UP;
		items.push(item);
		skipSpaces();
		if (at === end) return items;
		if (text[at] !== ",") return GIVE_UP;
		at++;
		skipSpaces();
		if (at === end) return GIVE_UP;
	}
}

function inlineValue(raw: string): Read<SimpleValue> {
	const text = raw.trimEnd();
	if (!text.startsWith("[")) return inlineScalar(text);
	return text.endsWith("]") ? flowList(text) : GIVE_UP;
}

/**
 * The properties of a frontmatter block (the text between the `---` lines), or `undefined`
 * when the block is not simple enough to be sure of what the full YAML parser would give.
 */
export function readSimpleYaml(block: string): Record<string, SimpleValue> | undefined {
	if (block.includes("\t") || block.includes("#") || NOT_PRINTABLE.test(block)) return undefined;
	const out: Record<string, SimpleValue> = {};
	// `key:` alone: a list follows on the next lines, or the value is empty (null).
	let listKey = "";
	let list: Item[] | null = null;
	let listIndent = -1;
	// The `- key: value` item being read, and the column its further keys must start at.
	let object: Record<string, Scalar> | null = null;
	let objectIndent = -1;
	for (let line of block.split("\n")) {
		if (line.endsWith("\r")) line = line.slice(0, -1);
		if (line.includes("\r")) return undefined;
		if (!line.trim()) continue;
		const indent = line.length - line.trimStart().length;
		if (object && indent === objectIndent) {
			if (!addPair(object, line.slice(indent))) return undefined;
			continue;
		}
		object = null;
		const item = ITEM_LINE.exec(line);
		if (item) {
			if (!list || (listIndent >= 0 && indent !== listIndent)) return undefined;
			listIndent = indent;
			const text = item[2]?.trim() ?? "";
			if (KEY_LINE.test(text)) {
				object = {};
				objectIndent = indent + 2;
				if (!addPair(object, text)) return undefined;
				list.push(object);
			} else {
				const value = inlineScalar(text);
				if (value === GIVE_UP) return undefined;
				list.push(value);
			}
			out[listKey] = list;
			continue;
		}
		if (indent) return undefined;
		const entry = KEY_LINE.exec(line);
		if (!entry) return undefined;
		const key = entry[1] ?? "";
		if (Object.hasOwn(out, key) || WORDS.has(key)) return undefined;
		const rest = entry[2]?.trim() ?? "";
		list = null;
		if (rest) {
			const value = inlineValue(rest);
			if (value === GIVE_UP) return undefined;
			out[key] = value;
		} else {
			// The key keeps its place among the others: null until its first item is read.
			out[key] = null;
			listKey = key;
			list = [];
			listIndent = -1;
		}
	}
	return out;
}

/** `key: value` inside a list item, with a value on the line. */
function addPair(object: Record<string, Scalar>, text: string): boolean {
	const entry = KEY_LINE.exec(text);
	const key = entry?.[1];
	const rest = entry?.[2]?.trim();
	if (!key || !rest || Object.hasOwn(object, key) || WORDS.has(key)) return false;
	const value = inlineScalar(rest);
	if (value === GIVE_UP) return false;
	object[key] = value;
	return true;
}

/** The YAML text of the block Obsidian reads as frontmatter: after a first line `---`, up to the next line that is `---` and nothing else. */
export function frontmatterBlock(text: string): string | null {
	const bounds = findFrontmatter(text);
	return bounds ? text.slice(bounds.yamlStart, bounds.yamlEnd) : null;
}

/**
 * A note's frontmatter read the quick way, or `undefined` when the full parser must read it (or
 * the note has no frontmatter).
 */
export function simpleFrontmatter(text: string): Record<string, SimpleValue> | undefined {
	const yaml = frontmatterBlock(text);
	return yaml === null ? undefined : readSimpleYaml(yaml);
}
