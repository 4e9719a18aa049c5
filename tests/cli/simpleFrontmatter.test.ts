import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readFrontmatter, readYamlFrontmatter } from "../../src/cli/loadVault";
import { simpleFrontmatter } from "../../src/cli/simpleFrontmatter";
import { findFrontmatter } from "../../src/core/frontmatterBounds";
import { factsOf } from "../../src/plugin/noteFacts";
import { parseMetadata__ } from "../fakes/obsidian";
import { checkQuickReader } from "./quickReader";

/** Values chosen to sit on every edge of YAML's typing and syntax. */
const VALUES = [
	"often", "dormant", "Dad", "cafe", "90d", "3 kids", "2025", "2025-05", "2025-03-14", "2024-02-29", "2025-02-29",
	"2025-02-30", "2025-13-01", "0025-01-01", "2026-11-24T09:30", "2026-11-24 09:30", "2026-11-24T09:30:00",
	"2026-11-24 09:30:15Z", "2026-1-5", "1:30", "190:20:30", "1_000", "017", "08", "0x1F", "0b101", "0o17", "-0", "+5",
	"-5", "-5 apples", "123456789012345", "12345678901234567", "1e5", "1.5", ".5", ".", "+", "_1", ".inf", "-.Inf",
	".NaN", "~", "null", "Null", "NULL", "nULL", "yes", "no", "on", "true", "False", "TRUE", "tRUE", "<<", "a: b", "a:b",
	"a #b", "x:", "http://x.y/z", "ada@example.com", '"quoted"', "'single'", "'it''s'", '"esc\\n"', '"a"b"', '""', "''",
	'"a" b', "[a, b]", '["a b", \'c\']', "[]", "[ ]", "[a,]", "[,]", "[a b, c]", "[1, 2025-03-14, true, ~]",
	"[a, [b]]", "[a: b]", '["x", "y"', "[[Name]]", '"[[Name]]"', '["[[A]]", "[[B]]"]', "- x", "|", "|-", "> x", "&a x",
	"*a", "!x", "!!str 5", "%x", "@x", "`x", "?x", "? x", "-", "{a: 1}", "C#", "café", "Zoë", "日本", "a\tb", "a\u0007b",
	"\uD800x", "x\uFEFF", "Met at a meetup, in Lisbon", "foo [bar]", "key: value: more", " spaced ", "",
];
/** Values the quick reader is meant to read itself, on the edges of YAML's typing. */
const READABLE = [
	"often", "Dad", "90d", "3 kids", "2025", "2025-05", "2025-03-14", "2024-02-29", "2026-11-24T09:30", "-0", "+5", "-5",
	"0", "~", "null", "Null", "NULL", "nULL", "yes", "true", "False", "TRUE", "tRUE", "http://x.y/z", '"quoted"', "'single'",
	'""', "[a, b]", '["a b", \'c\']', "[]", "[1, 2025-03-14, true, ~]", '"[[Name]]"', "café", "-5 apples", ".", "+",
];
const KEYS = ["name", "tags", "last-contact", "Last Contact", "x_y", "a", "b", "c", "true", "null", "__proto__", "constructor", "k ", "1st", "é", "-k", "<<"];

/** A value's shape, own properties and prototypes included, for comparing two readings. */
function shape(value: unknown): unknown {
	if (Array.isArray(value)) return { array: value.map(shape) };
	if (value && typeof value === "object") {
		return { plain: Object.getPrototypeOf(value) === Object.prototype, entries: Object.entries(value).map(([k, v]) => [k, shape(v)]) };
	}
	return value;
}

const value = fc.oneof({ arbitrary: fc.constantFrom(...READABLE), weight: 4 }, { arbitrary: fc.constantFrom(...VALUES), weight: 1 });
const key = fc.constantFrom(...KEYS);
const line = fc.oneof(
	fc.tuple(key, value).map(([k, v]) => `${k}: ${v}`),
	fc.tuple(key, value).map(([k, v]) => `${k}:${v}`),
	key.map((k) => `${k}:`),
	value.map((v) => `  - ${v}`),
	value.map((v) => `- ${v}`),
	value.map((v) => `    - ${v}`),
	fc.tuple(key, value).map(([k, v]) => `  - ${k}: ${v}`),
	fc.tuple(key, value).map(([k, v]) => `    ${k}: ${v}`),
	fc.tuple(key, value).map(([k, v]) => `  ${k}: ${v}`),
	fc.tuple(key, value).map(([k, v]) => `- ${k}: ${v}`),
	fc.constantFrom("", "   ", "# a comment", "  continued text", "---", "----", "---x", "...", "-"),
);
const goodLine = fc.oneof(
	fc.tuple(key, value).map(([k, v]) => `${k}: ${v}`),
	key.map((k) => `${k}:`),
	value.map((v) => `  - ${v}`),
	fc.tuple(key, value).map(([k, v]) => `  - ${k}: ${v}`),
	fc.tuple(key, value).map(([k, v]) => `    ${k}: ${v}`),
);
const note = fc.tuple(fc.array(fc.oneof({ arbitrary: goodLine, weight: 5 }, { arbitrary: line, weight: 1 }), { maxLength: 6 }), fc.constantFrom("\n", "\r\n"), fc.constantFrom("---", "--- ", "---\t")).map(
	([lines, eol, close]) => `---${eol}${lines.join(eol)}${eol}${close}${eol}# Body${eol}`,
);

describe("the quick frontmatter reader", () => {
	it("gives exactly what the full YAML parser gives, or leaves the note to it", () => {
		checkQuickReader(note, simpleFrontmatter, (text, simple) => {
			const full = readYamlFrontmatter(text);
			expect(full.error).toBeNull();
			expect(shape(full.frontmatter)).toStrictEqual(shape(simple));
		});
	});

	it("reads the plain frontmatter contact notes have", () => {
		const text = [
			"---",
			"tags: [person, 'friend']",
			"Last Contact: 2026-11-08",
			"met: \"Met at a meetup, in Lisbon\"",
			"cadence: 90",
			"birthday: 2025-02-30",
			"seen: 2026-11-24T09:30:00Z",
			"aliases:",
			"  - Ada",
			"recent-news:",
			"  - date: 2026-06-17",
			"    event: new-job",
			"    detail: \"at Globex in Hamburg\"",
			"snoozed:",
			"---",
			"# Ada",
		].join("\n");
		const expected = {
			tags: ["person", "friend"],
			"Last Contact": "2026-11-08",
			met: "Met at a meetup, in Lisbon",
			cadence: 90,
			// Dates stay the text written, real or not, as in Obsidian's cache.
			birthday: "2025-02-30",
			seen: "2026-11-24T09:30:00Z",
			aliases: ["Ada"],
			"recent-news": [{ date: "2026-06-17", event: "new-job", detail: "at Globex in Hamburg" }],
			snoozed: null,
		};
		expect(simpleFrontmatter(text)).toStrictEqual(expected);
		expect(readYamlFrontmatter(text).frontmatter).toStrictEqual(expected);
	});

	it.each([
		["a value YAML types otherwise", "cadence: 1:30"],
		["a number that is not a plain integer", "rating: 4.5"],
		["a comment", "tier: inner # close friend"],
		["a nested property", "address:\n  city: Oslo"],
		["a value over two lines", "met: at a meetup\n  in Lisbon"],
		["a repeated key", "tier: inner\ntier: outer"],
		["an escape", 'met: "at \\"the\\" meetup"'],
		["an escaped character", 'met: "at the\\tmeetup"'],
		["a comment line", "# who\nmet: at a meetup"],
		["a control character YAML refuses", "met: at a\u0007meetup"],
		["a tab", "tags:\n\t- person"],
		["a block scalar", "met: |\n  at a meetup"],
	])("leaves %s to the full parser", (_what, block) => {
		const text = `---\n${block}\n---\n`;
		expect(simpleFrontmatter(text)).toBeUndefined();
		// …and the note is still read as the full parser reads it.
		expect(readFrontmatter(text)).toStrictEqual(readYamlFrontmatter(text));
	});
});

describe("the frontmatter block the command line reads", () => {
	/** What Obsidian's cache (the test double) has for a note: its properties, or whether the block was invalid. */
	function obsidianReading(text: string): { keys: string[] | null; invalid: boolean } {
		const cache = parseMetadata__(text);
		const facts = factsOf("Note.md", cache);
		return { keys: facts.frontmatter ? Object.keys(facts.frontmatter) : null, invalid: facts.frontmatterError !== null };
	}
	function cliReading(text: string): { keys: string[] | null; invalid: boolean } {
		const read = readFrontmatter(text);
		const keys = read.frontmatter ? Object.keys(read.frontmatter) : null;
		return { keys: keys?.length ? keys : null, invalid: read.error !== null };
	}

	it.each([
		["closed by a line that is only ---", "---\nname: Ada\n---\n# Ada\n", ["name"], false],
		["closed by --- with trailing spaces", "---\nname: Ada\n---  \n# Ada\n", ["name"], false],
		["closed with Windows line ends", "---\r\nname: Ada\r\n---\r\n# Ada\r\n", ["name"], false],
		["never closed (no properties)", "---\nname: Ada\n# Ada\n", null, false],
		["a ---- line does not close it", "---\nname: Ada\n----\ntier: inner\n---\n", null, true],
		["nor does ---x", "---\nname: Ada\n---x\n", null, false],
		["an opening --- followed by text is no block", "---x\nname: Ada\n---\n", null, false],
	])("%s: as Obsidian reads it", (_what, text, keys, invalid) => {
		expect(cliReading(text)).toStrictEqual({ keys, invalid });
		expect(obsidianReading(text)).toStrictEqual({ keys, invalid });
	});

	it("finds the same block as Obsidian in generated notes", () => {
		const fenceLike = fc.constantFrom("---", "--- ", "---\t", "----", "---x", "--", " ---", "...");
		const content = fc.constantFrom("name: Ada", "tier: inner", "tags: [a, b]", "aliases:", "  - Ada", "", "# Ada", "Met at a meetup");
		const notes = fc
			.tuple(fenceLike, fc.array(fc.oneof(content, fenceLike), { maxLength: 8 }), fc.constantFrom("\n", "\r\n"))
			.map(([open, lines, eol]) => [open, ...lines].join(eol));
		fc.assert(
			fc.property(notes, (text) => {
				const cli = cliReading(text);
				const obsidian = obsidianReading(text);
				// A block that is an empty YAML document (blank lines, comments, `...`): Obsidian's
				// cache has no properties for it, so from the cache alone (factsOf) it looks like YAML
				// that failed to parse; the plugin's index then reads the note to tell them apart
				// (tests/plugin/reconnectIndex.test.ts).
				if (findFrontmatter(text) && !cli.invalid && cli.keys === null) return;
				expect(cli.invalid).toBe(obsidian.invalid);
				// The two YAML parsers differ on some edges (a duplicate key, say); where both read
				// the block, they read one of the same size.
				if (!cli.invalid) expect(cli.keys?.length).toBe(obsidian.keys?.length);
			}),
			{ numRuns: Number(process.env.FUZZ_RUNS ?? 3000) },
		);
	});
});
