import fc from "fast-check";
import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import YAML from "yaml";
import { editFrontmatter, yamlScalar, type FrontmatterEdit } from "../../../src/cli/notes/frontmatterText";
import { findFrontmatter } from "../../../src/core/frontmatterBounds";
import { FUZZ_RUNS } from "../../fuzz";

const RUNS = FUZZ_RUNS;
const SEED = 20261125;

/**
 * Parses a note's frontmatter with the `yaml` package (core schema) into a Map, which keeps the
 * keys' order (a plain object would move integer-like keys first), and returns its body.
 */
function parseNote(text: string): { data: Map<unknown, unknown>; yaml: string; body: string } {
	const bounds = findFrontmatter(text);
	if (!bounds) return { data: new Map(), yaml: "", body: text };
	const yaml = text.slice(bounds.yamlStart, bounds.yamlEnd);
	const data: unknown = YAML.parse(yaml, { schema: "core", mapAsMap: true });
	return { data: data instanceof Map ? data : new Map(), yaml, body: text.slice(bounds.bodyStart) };
}

function expectedValue(edit: FrontmatterEdit, old: unknown): unknown {
	if (edit.kind === "set") return edit.value;
	if (old === undefined || old === null || old === "") return [edit.item];
	return Array.isArray(old) ? [...(old as unknown[]), edit.item] : [old, edit.item];
}

/**
 * The promise of a successful edit, checked by parsing: every other key is deep-equal and in the
 * same order, the edited key holds exactly the intended value, the body is byte-identical, and
 * every line of the old frontmatter but the edited key's line is still there, in order.
 */
function expectFaithfulEdit(before: string, edit: FrontmatterEdit, after: string): void {
	const old = parseNote(before);
	const now = parseNote(after);
	expect(now.body).toBe(old.body);
	const oldKeys = [...old.data.keys()];
	const expectedKeys = oldKeys.includes(edit.key) ? oldKeys : [...oldKeys, edit.key];
	expect([...now.data.keys()]).toEqual(expectedKeys);
	for (const key of oldKeys) if (key !== edit.key) expect(now.data.get(key)).toEqual(old.data.get(key));
	expect(now.data.get(edit.key)).toEqual(expectedValue(edit, old.data.get(edit.key)));

	const newLines = now.yaml.split("\n");
	let at = 0;
	for (const line of old.yaml.split("\n")) {
		if (isKeyLine(line, edit.key)) continue;
		while (at < newLines.length && newLines[at] !== line) at++;
		expect(at, `line ${JSON.stringify(line)} was lost`).toBeLessThan(newLines.length);
		at++;
	}
}

function isKeyLine(line: string, key: string): boolean {
	const quotedKeys = [key, JSON.stringify(key), `'${key.replace(/'/g, "''")}'`];
	return quotedKeys.some((k) => line.startsWith(k) && /^\s*:/.test(line.slice(k.length)));
}

describe("editFrontmatter: set", () => {
	const cases: { name: string; before: string; edit: FrontmatterEdit; after: string }[] = [
		{ name: "plain value", before: "---\nname: Jane\nlast-contact: 2025-01-01\n---\nbody", edit: { kind: "set", key: "last-contact", value: "2026-11-25" }, after: "---\nname: Jane\nlast-contact: 2026-11-25\n---\nbody" },
		{ name: "keeps a trailing comment", before: "---\nlast-contact: 2025-01-01   # from the CRM\n---\n", edit: { kind: "set", key: "last-contact", value: "2026-11-25" }, after: "---\nlast-contact: 2026-11-25   # from the CRM\n---\n" },
		// A value keeps the quotes it was written with.
		{ name: "quoted value", before: "---\nlast-contact: \"2025-01-01\"\nnext: 'x'\n---\n", edit: { kind: "set", key: "last-contact", value: "2026-11-25" }, after: "---\nlast-contact: \"2026-11-25\"\nnext: 'x'\n---\n" },
		{ name: "single-quoted value with a doubled quote", before: "---\nnote: 'it''s'   # c\n---\n", edit: { kind: "set", key: "note", value: "ok, it's" }, after: "---\nnote: 'ok, it''s'   # c\n---\n" },
		{ name: "a number written quoted", before: "---\ncadence: \"30\"\n---\n", edit: { kind: "set", key: "cadence", value: 90 }, after: "---\ncadence: 90\n---\n" },
		{ name: "empty value", before: "---\nlast-contact:\nname: Jane\n---\n", edit: { kind: "set", key: "last-contact", value: "2026-11-25" }, after: "---\nlast-contact: 2026-11-25\nname: Jane\n---\n" },
		{ name: "empty value with a comment", before: "---\nsnooze-until: # none yet\n---\n", edit: { kind: "set", key: "snooze-until", value: "2027-01-01" }, after: "---\nsnooze-until: 2027-01-01 # none yet\n---\n" },
		{ name: "null value", before: "---\nsnooze-until: null\n---\n", edit: { kind: "set", key: "snooze-until", value: "2027-01-01" }, after: "---\nsnooze-until: 2027-01-01\n---\n" },
		{ name: "empty flow list", before: "---\nlast-contact: []\n---\n", edit: { kind: "set", key: "last-contact", value: "2026-11-25" }, after: "---\nlast-contact: 2026-11-25\n---\n" },
		{ name: "number", before: "---\ncadence: 30\n---\n", edit: { kind: "set", key: "cadence", value: 90 }, after: "---\ncadence: 90\n---\n" },
		{ name: "boolean", before: "---\npaused: false\n---\n", edit: { kind: "set", key: "paused", value: true }, after: "---\npaused: true\n---\n" },
		{ name: "string that needs quotes", before: "---\nprojects: x\n---\n", edit: { kind: "set", key: "projects", value: "Atlas: phase 2" }, after: "---\nprojects: \"Atlas: phase 2\"\n---\n" },
		{ name: "string that looks like a number", before: "---\ncadence: 30\n---\n", edit: { kind: "set", key: "cadence", value: "90" }, after: "---\ncadence: \"90\"\n---\n" },
		{ name: "wikilink string", before: "---\nlast-contact: 2025\n---\n", edit: { kind: "set", key: "last-contact", value: "[[2026-11-25]]" }, after: "---\nlast-contact: \"[[2026-11-25]]\"\n---\n" },
		{ name: "missing key goes last", before: "---\nname: Jane\n# trailing comment\n\n---\nbody\n", edit: { kind: "set", key: "last-contact", value: "2026-11-25" }, after: "---\nname: Jane\n# trailing comment\n\nlast-contact: 2026-11-25\n---\nbody\n" },
		{ name: "missing key after a block list", before: "---\ntags:\n  - a\n---\n", edit: { kind: "set", key: "paused", value: true }, after: "---\ntags:\n  - a\npaused: true\n---\n" },
		{ name: "missing key in empty frontmatter", before: "---\n---\nbody", edit: { kind: "set", key: "tier", value: "close" }, after: "---\ntier: close\n---\nbody" },
		{ name: "missing frontmatter", before: "# Jane\n\nNotes.\n", edit: { kind: "set", key: "last-contact", value: "2026-11-25" }, after: "---\nlast-contact: 2026-11-25\n---\n# Jane\n\nNotes.\n" },
		{ name: "missing frontmatter in an empty note", before: "", edit: { kind: "set", key: "tier", value: "close" }, after: "---\ntier: close\n---\n" },
		{ name: "a key that needs quotes", before: "---\n---\n", edit: { kind: "set", key: "a: b", value: 1 }, after: "---\n\"a: b\": 1\n---\n" },
		{ name: "quoted key matches", before: "---\n\"last-contact\": 2025-01-01\n---\n", edit: { kind: "set", key: "last-contact", value: "2026-11-25" }, after: "---\n\"last-contact\": 2026-11-25\n---\n" },
		{ name: "keys match exactly", before: "---\nLast-Contact: 2025-01-01\n---\n", edit: { kind: "set", key: "last-contact", value: "2026-11-25" }, after: "---\nLast-Contact: 2025-01-01\nlast-contact: 2026-11-25\n---\n" },
		{ name: "nested keys do not count", before: "---\nmeta:\n  last-contact: 2020-01-01\n---\n", edit: { kind: "set", key: "last-contact", value: "2026-11-25" }, after: "---\nmeta:\n  last-contact: 2020-01-01\nlast-contact: 2026-11-25\n---\n" },
		{ name: "keys inside a block scalar do not count", before: "---\nnotes: |\n  last-contact: 2020\n---\n", edit: { kind: "set", key: "last-contact", value: "2026-11-25" }, after: "---\nnotes: |\n  last-contact: 2020\nlast-contact: 2026-11-25\n---\n" },
		{ name: "a multi-line flow list elsewhere is skipped", before: "---\naliases: [Jane,\n  JD]\ntier: close\n---\n", edit: { kind: "set", key: "tier", value: "inner" }, after: "---\naliases: [Jane,\n  JD]\ntier: inner\n---\n" },
		{ name: "CRLF", before: "---\r\nname: Jane\r\n---\r\nbody\r\n", edit: { kind: "set", key: "tier", value: "close" }, after: "---\r\nname: Jane\r\ntier: close\r\n---\r\nbody\r\n" },
		{ name: "CRLF in a note without frontmatter", before: "a\r\nb", edit: { kind: "set", key: "tier", value: "close" }, after: "---\r\ntier: close\r\n---\r\na\r\nb" },
		{ name: "unicode", before: "---\nname: Zoë Ünal\nstadt: Zürich\n---\n", edit: { kind: "set", key: "stadt", value: "Genève 日本 😀" }, after: "---\nname: Zoë Ünal\nstadt: Genève 日本 😀\n---\n" },
		{ name: "control characters are escaped", before: "---\n---\n", edit: { kind: "set", key: "x", value: "a\nb\t\u2028" }, after: "---\nx: \"a\\nb\\t\\u2028\"\n---\n" },
	];
	it.each(cases)("$name", ({ before, edit, after }) => {
		expect(editFrontmatter(before, edit)).toEqual({ ok: true, text: after });
		expectFaithfulEdit(before, edit, after);
	});
});

describe("editFrontmatter: append", () => {
	const item = "2026-10-02 promotion: VP Engineering at Acme";
	const quoted = JSON.stringify(item);
	const cases: { name: string; before: string; edit: FrontmatterEdit; after: string }[] = [
		{ name: "block list", before: "---\nrecent-news:\n  - 2026-09 had a baby girl\nname: Jane\n---\n", edit: { kind: "append", key: "recent-news", item }, after: `---\nrecent-news:\n  - 2026-09 had a baby girl\n  - ${quoted}\nname: Jane\n---\n` },
		{ name: "block list written at the key's indentation", before: "---\ntags:\n- a\n- b\n# about the next key\nx: 1\n---\n", edit: { kind: "append", key: "tags", item: "c" }, after: "---\ntags:\n- a\n- b\n- c\n# about the next key\nx: 1\n---\n" },
		{ name: "block list with comments and blank lines", before: "---\ntags:\n    - a   # first\n\n    # more\n    - 'b'\n---\n", edit: { kind: "append", key: "tags", item: "c" }, after: "---\ntags:\n    - a   # first\n\n    # more\n    - 'b'\n    - c\n---\n" },
		{ name: "list of objects", before: "---\nrecent-news:\n  - date: 2026-10-02\n    event: promotion\n---\n", edit: { kind: "append", key: "recent-news", item: "moved to Lisbon" }, after: "---\nrecent-news:\n  - date: 2026-10-02\n    event: promotion\n  - moved to Lisbon\n---\n" },
		{ name: "flow list", before: "---\ntags: [a, b]   # c\n---\n", edit: { kind: "append", key: "tags", item: "c" }, after: "---\ntags: [a, b, c]   # c\n---\n" },
		{ name: "flow list item with a comma is quoted", before: "---\ntags: [a]\n---\n", edit: { kind: "append", key: "tags", item: "x, y" }, after: "---\ntags: [a, \"x, y\"]\n---\n" },
		{ name: "flow list with a trailing comma", before: "---\ntags: [a, ]\n---\n", edit: { kind: "append", key: "tags", item: "c" }, after: "---\ntags: [a, c]\n---\n" },
		{ name: "empty flow list", before: "---\ntags: [ ]\n---\n", edit: { kind: "append", key: "tags", item: "c" }, after: "---\ntags: [c]\n---\n" },
		{ name: "empty value", before: "---\nrecent-news:\nname: Jane\n---\n", edit: { kind: "append", key: "recent-news", item: "x" }, after: "---\nrecent-news:\n  - x\nname: Jane\n---\n" },
		{ name: "empty string value", before: "---\ntags: ''\n---\n", edit: { kind: "append", key: "tags", item: "x" }, after: "---\ntags:\n  - x\n---\n" },
		{ name: "null value keeps its comment", before: "---\ntags: ~ # none\n---\n", edit: { kind: "append", key: "tags", item: "x" }, after: "---\ntags: # none\n  - x\n---\n" },
		{ name: "scalar becomes a list", before: "---\ninterests: bouldering # since 2020\n---\n", edit: { kind: "append", key: "interests", item: "chess" }, after: "---\ninterests: # since 2020\n  - bouldering\n  - chess\n---\n" },
		{ name: "quoted scalar keeps its quotes", before: "---\nmet: \"at Acme: 2019\"\n---\n", edit: { kind: "append", key: "met", item: "again" }, after: "---\nmet:\n  - \"at Acme: 2019\"\n  - again\n---\n" },
		{ name: "new list follows the note's list style", before: "---\naliases:\n- JD\n---\n", edit: { kind: "append", key: "recent-news", item: "x" }, after: "---\naliases:\n- JD\nrecent-news:\n- x\n---\n" },
		{ name: "missing key", before: "---\nname: Jane\n---\n", edit: { kind: "append", key: "recent-news", item }, after: `---\nname: Jane\nrecent-news:\n  - ${quoted}\n---\n` },
		{ name: "missing frontmatter", before: "Body", edit: { kind: "append", key: "recent-news", item: "x" }, after: "---\nrecent-news:\n  - x\n---\nBody" },
		{ name: "CRLF", before: "---\r\ntags:\r\n  - a\r\n---\r\nb", edit: { kind: "append", key: "tags", item: "c" }, after: "---\r\ntags:\r\n  - a\r\n  - c\r\n---\r\nb" },
		{ name: "unicode item", before: "---\ntags: []\n---\n", edit: { kind: "append", key: "tags", item: "Genève" }, after: "---\ntags: [Genève]\n---\n" },
	];
	it.each(cases)("$name", ({ before, edit, after }) => {
		expect(editFrontmatter(before, edit)).toEqual({ ok: true, text: after });
		expectFaithfulEdit(before, edit, after);
	});
});

describe("editFrontmatter: refusals", () => {
	const cases: { name: string; before: string; edit: FrontmatterEdit; reason: RegExp }[] = [
		{ name: "key appears twice", before: "---\ntier: a\ntier: b\n---\n", edit: { kind: "set", key: "tier", value: "c" }, reason: /more than once/ },
		{ name: "nested map", before: "---\nfamily:\n  spouse: Sam\n---\n", edit: { kind: "append", key: "family", item: "x" }, reason: /nested map/ },
		{ name: "flow map", before: "---\nfamily: {spouse: Sam}\n---\n", edit: { kind: "set", key: "family", value: "x" }, reason: /nested map/ },
		{ name: "block scalar", before: "---\nnotes: >\n  text\n---\n", edit: { kind: "set", key: "notes", value: "x" }, reason: /block scalar/ },
		{ name: "multi-line flow list", before: "---\ntags: [a,\n  b]\n---\n", edit: { kind: "append", key: "tags", item: "c" }, reason: /several lines/ },
		{ name: "multi-line quoted value", before: "---\nnote: \"a\n  b\"\n---\n", edit: { kind: "set", key: "note", value: "c" }, reason: /several lines/ },
		{ name: "multi-line plain value", before: "---\nnote: a\n  b\n---\n", edit: { kind: "set", key: "note", value: "c" }, reason: /several lines/ },
		{ name: "value on the next line", before: "---\nnote:\n  a\n---\n", edit: { kind: "append", key: "note", item: "c" }, reason: /several lines/ },
		{ name: "anchor", before: "---\nbase: &b x\n---\n", edit: { kind: "set", key: "base", value: "y" }, reason: /anchor/ },
		{ name: "alias", before: "---\nbase: &b x\ncopy: *b\n---\n", edit: { kind: "set", key: "copy", value: "y" }, reason: /alias/ },
		{ name: "tag", before: "---\ncadence: !!str 90\n---\n", edit: { kind: "set", key: "cadence", value: 30 }, reason: /tag/ },
		{ name: "set would drop list items", before: "---\nlast-contact:\n  - 2025-01-01\n---\n", edit: { kind: "set", key: "last-contact", value: "2026-11-25" }, reason: /list/ },
		{ name: "set would drop flow list items", before: "---\nlast-contact: [2025-01-01]\n---\n", edit: { kind: "set", key: "last-contact", value: "2026-11-25" }, reason: /list/ },
		{ name: "list mixed with a map", before: "---\ntags:\n  - a\n  b: 1\n---\n", edit: { kind: "append", key: "tags", item: "c" }, reason: /mixes/ },
		{ name: "line without a colon", before: "---\nname Jane\n---\n", edit: { kind: "set", key: "tier", value: "x" }, reason: /line 2/ },
		{ name: "plain value with ': '", before: "---\ntitle: a: b\n---\n", edit: { kind: "set", key: "tier", value: "x" }, reason: /': '/ },
		{ name: "tab indentation", before: "---\ntags:\n\t- a\n---\n", edit: { kind: "append", key: "tags", item: "c" }, reason: /tab/ },
		{ name: "root is a list", before: "---\n- a\n---\n", edit: { kind: "set", key: "tier", value: "x" }, reason: /outside any property/ },
		{ name: "indented first line", before: "---\n  a: 1\n---\n", edit: { kind: "set", key: "tier", value: "x" }, reason: /indented/ },
		{ name: "unclosed quote", before: "---\na: \"x\nb: 1\n---\n", edit: { kind: "set", key: "b", value: 2 }, reason: /never closed/ },
		{ name: "text after a quoted value", before: "---\na: \"x\" y\n---\n", edit: { kind: "set", key: "a", value: 2 }, reason: /unexpected text/ },
		{ name: "complex key", before: "---\n? a\n: b\n---\n", edit: { kind: "set", key: "a", value: 2 }, reason: /complex keys/ },
		{ name: "unclosed frontmatter", before: "---\na: 1\n", edit: { kind: "set", key: "a", value: 2 }, reason: /never closed/ },
	];
	it.each(cases)("$name", ({ before, edit, reason }) => {
		const result = editFrontmatter(before, edit);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.reason).toMatch(reason);
	});
});

describe("yamlScalar", () => {
	const cases: [string | number | boolean, string][] = [
		["Jane Doe", "Jane Doe"],
		["2026-11-25", "2026-11-25"],
		["2026-11-25T09:30", "2026-11-25T09:30"],
		["C#", "C#"],
		["O'Brien", "O'Brien"],
		["Zoë 日本 😀", "Zoë 日本 😀"],
		["https://example.com/a#b", "https://example.com/a#b"],
		["90", '"90"'],
		["1_000", '"1_000"'],
		["0x1F", '"0x1F"'],
		["1e5", '"1e5"'],
		[".5", '".5"'],
		["+1", '"+1"'],
		["1:20", '"1:20"'],
		[".inf", '".inf"'],
		["true", '"true"'],
		["No", '"No"'],
		["null", '"null"'],
		["~", '"~"'],
		["", '""'],
		[" padded", '" padded"'],
		["a: b", '"a: b"'],
		["ends:", '"ends:"'],
		["x #y", '"x #y"'],
		["#tag", '"#tag"'],
		["- item", '"- item"'],
		["[[Jane]]", '"[[Jane]]"'],
		["{a}", '"{a}"'],
		["*alias", '"*alias"'],
		["&anchor", '"&anchor"'],
		["!tag", '"!tag"'],
		["%dir", '"%dir"'],
		["@at", '"@at"'],
		["`tick", '"`tick"'],
		["'quoted'", "\"'quoted'\""],
		['say "hi"', 'say "hi"'],
		["back\\slash", "back\\slash"],
		["line\nbreak", '"line\\nbreak"'],
		["\u0085nel", '"\\u0085nel"'],
		["\ud800", '"\\ud800"'],
		[90, "90"],
		[-1.5, "-1.5"],
		[1e21, "1e+21"],
		[Number.NaN, ".nan"],
		[Infinity, ".inf"],
		[-Infinity, "-.inf"],
		[true, "true"],
		[false, "false"],
	];
	it.each(cases)("%j → %s", (value, written) => {
		expect(yamlScalar(value)).toBe(written);
		expect(YAML.parse(`k: ${written}`, { schema: "core" })).toEqual({ k: value });
	});

	it("writes dates plain so gray-matter (js-yaml) reads them as dates, like users' own", () => {
		const result = editFrontmatter("Body", { kind: "set", key: "last-contact", value: "2026-11-25" });
		expect(result.ok).toBe(true);
		if (result.ok) expect(matter(result.text).data["last-contact"]).toEqual(new Date("2026-11-25T00:00:00Z"));
	});

	it("round-trips any string, number and boolean through the yaml package", () => {
		const value = fc.oneof(fc.string({ unit: "binary", maxLength: 40 }), fc.double(), fc.integer(), fc.boolean());
		fc.assert(
			fc.property(value, (v) => {
				expect(YAML.parse(`k: ${yamlScalar(v)}`, { schema: "core" })).toEqual({ k: v });
			}),
			{ seed: SEED, numRuns: RUNS },
		);
	});
});

describe("editFrontmatter: properties", () => {
	/** One generated property: its lines, and whether each edit kind must succeed on it. */
	interface Shape {
		/** The text after the key's colon, then the lines under the key. */
		value: readonly string[];
		set: boolean;
		append: boolean;
	}
	const word = fc.constantFrom("Jane", "Acme Corp", "2025-03-14", "Zoë", "a/b", "x#y", "42", "-3.5", "true", "it's");
	const quotedString = fc.string({ maxLength: 12 }).map((s) => JSON.stringify(s));
	const singleQuoted = fc.string({ maxLength: 12 }).filter((s) => !/[\n\r\u0085\u2028\u2029]/.test(s)).map((s) => `'${s.replace(/'/g, "''")}'`);
	const scalar = fc.oneof(word, quotedString, singleQuoted);
	const comment = fc.constantFrom("", " # note", "   # 😀 comment");
	const listIndent = fc.constantFrom("", "  ", "    ");

	const shape: fc.Arbitrary<Shape> = fc.oneof(
		fc.tuple(scalar, comment).map(([s, c]) => ({ value: [` ${s}${c}`], set: true, append: true })),
		fc.tuple(fc.constantFrom("", " null", " ~", " []", ' ""', " ''"), comment).map(([s, c]) => ({ value: [`${s}${c}`], set: true, append: true })),
		fc.tuple(listIndent, fc.array(scalar, { minLength: 1, maxLength: 4 }), fc.boolean(), comment).map(([ind, items, withComment, c]) => ({
			value: [c, ...items.map((s, i) => `${ind}- ${s}${i === 0 && withComment ? " # first" : ""}`), ...(withComment ? [`${ind}# last`] : [])],
			set: false,
			append: true,
		})),
		fc.array(fc.constantFrom("a", "b c", "'d'", '"e, f"', "2025-01-01"), { minLength: 1, maxLength: 3 }).map((items) => ({
			value: [` [${items.join(", ")}]`],
			set: false,
			append: true,
		})),
		fc.constant<Shape>({ value: ["", "  - date: 2026-10-02", "    event: promotion"], set: false, append: true }),
		fc.constant<Shape>({ value: ["", "  spouse: Sam"], set: false, append: false }),
		fc.constant<Shape>({ value: [" |", "  some text", "  more"], set: false, append: false }),
		fc.constant<Shape>({ value: [" [a,", "  b]"], set: false, append: false }),
		fc.constant<Shape>({ value: [" &anchor x"], set: false, append: false }),
		fc.constant<Shape>({ value: [" !!str 90"], set: false, append: false }),
	);
	const keyPool = ["name", "last-contact", "tags", "cadence", "recent-news", "Zoë", "a b", "x.y", "quoted key", "it's"];
	const writtenKey = (key: string, style: number): string =>
		style === 1 ? JSON.stringify(key) : style === 2 ? `'${key.replace(/'/g, "''")}'` : key === "it's" ? `'it''s'` : key;
	const separator = fc.constantFrom<string[]>([], [], [""], ["# comment"], ["", "# a comment with: colon"]);
	const value = fc.oneof(
		fc.string({ unit: "binary", maxLength: 20 }),
		fc.constantFrom("2026-11-25", "true", "null", "~", "90", "0x1F", "1e5", "yes", "- x", "a: b", "#x", "[[Jane]]", "x #y", "", " ", "a\nb", "'q'", '"dq"', "\\", "é日😀", "---", "...", "<<", "&a", "a,b", "{x}"),
		fc.integer(),
		fc.double(),
		fc.boolean(),
	);
	const noteArb = fc.record({
		entries: fc.uniqueArray(fc.tuple(fc.constantFrom(...keyPool), fc.nat(2), shape, separator), { selector: ([k]) => k, maxLength: 6 }),
		hasFrontmatter: fc.nat(9),
		crlf: fc.boolean(),
		body: fc.oneof(fc.string({ unit: "binary", maxLength: 30 }), fc.constantFrom("", "# Jane\n\n---\nkey: not frontmatter\n", "\n---\n")),
		target: fc.oneof(fc.nat(10), fc.constantFrom("new-key", "Ünïcode key", "key: colon", "123", "true", "")),
		kind: fc.constantFrom<"set" | "append">("set", "append"),
		value,
	});

	it("keeps everything but the edited value, or refuses cleanly", () => {
		fc.assert(
			fc.property(noteArb, ({ entries, hasFrontmatter, crlf, body, target, kind, value: v }) => {
				const eol = crlf ? "\r\n" : "\n";
				const yamlLines = entries.flatMap(([key, style, s, sep]) => [...sep, `${writtenKey(key, style)}:${s.value[0] ?? ""}`, ...s.value.slice(1)]);
				const text = hasFrontmatter > 0 ? ["---", ...yamlLines, "---", body].join(eol) : body;
				const existing = hasFrontmatter > 0 ? entries[typeof target === "number" ? target : -1] : undefined;
				const key = existing ? existing[0] : typeof target === "string" ? target : "fresh";
				const edit: FrontmatterEdit = kind === "set" ? { kind, key, value: v } : { kind, key, item: String(v) };
				if (hasFrontmatter === 0 && /^---[ \t]*\r?(\n|$)/.test(body)) return; // would not be the body

				const result = editFrontmatter(text, edit);
				const mustWork = !existing || existing[2][kind];
				if (!result.ok) {
					expect(result.reason.length).toBeGreaterThan(0);
					expect(mustWork, `refused: ${result.reason}`).toBe(false);
					return;
				}
				expect(mustWork).toBe(true);
				expectFaithfulEdit(text, edit, result.text);
				if (crlf && hasFrontmatter > 0) expect(parseNote(result.text).yaml.replace(/\r\n/g, "")).not.toContain("\n");
			}),
			{ seed: SEED, numRuns: RUNS },
		);
	});

	it("never throws on arbitrary frontmatter", () => {
		const yamlish = fc
			.array(fc.constantFrom("a: 1", "b:", "  - x", "- y", "c: [1, 2]", "d: \"q", "e: 'r'", "# c", "", "\t", "  ", "f: |", "g: {h: 1}", "? k", "key", ": v", "x: &a", "y: *a", "---", "...", "\r"), { maxLength: 12 })
			.map((lines) => `---\n${lines.join("\n")}\n---\nbody`);
		const anyText = fc.oneof(yamlish, fc.string({ unit: "binary", maxLength: 80 }), fc.string({ maxLength: 40 }).map((s) => `---\n${s}\n---\n`));
		fc.assert(
			fc.property(anyText, fc.constantFrom("a", "b", "c", "tags", "new"), fc.constantFrom<"set" | "append">("set", "append"), (text, key, kind) => {
				const edit: FrontmatterEdit = kind === "set" ? { kind, key, value: "v" } : { kind, key, item: "v" };
				const result = editFrontmatter(text, edit);
				if (result.ok) {
					const bounds = findFrontmatter(result.text);
					expect(bounds).not.toBeNull();
					if (bounds && findFrontmatter(text)) expect(result.text.slice(bounds.bodyStart)).toBe(text.slice((findFrontmatter(text) ?? bounds).bodyStart));
				} else {
					expect(result.reason).not.toBe("");
				}
			}),
			{ seed: SEED, numRuns: RUNS },
		);
	});
});
