import { describe, expect, test } from "vitest";
import {
	getAllTags,
	getFrontMatterInfo,
	getLinkpath,
	normalizePath,
	parseFrontMatterAliases,
	parseFrontMatterEntry,
	parseFrontMatterStringArray,
	parseFrontMatterTags,
	parseLinktext,
	parseYaml,
	prepareFuzzySearch,
	prepareSimpleSearch,
	requireApiVersion,
	stringifyYaml,
	stripHeading,
} from "../fakes/obsidian";

describe("normalizePath", () => {
	test.each([
		["People/Jane.md", "People/Jane.md"],
		["/People//Jane.md/", "People/Jane.md"],
		["People\\Sub\\Jane.md", "People/Sub/Jane.md"],
		["", "/"],
		["/", "/"],
		["a\u00A0b.md", "a b.md"],
		["Cafe\u0301.md", "Café.md"],
	])("%j → %j", (input, expected) => {
		expect(normalizePath(input)).toBe(expected);
	});
});

describe("YAML with the core schema", () => {
	test("an unquoted date is a string, as in Obsidian's cache", () => {
		const value = parseYaml("last-contact: 2024-07-21\nat: 2024-07-21T09:30:00Z\n") as Record<string, unknown>;
		expect(value["last-contact"]).toBe("2024-07-21");
		expect(value.at).toBe("2024-07-21T09:30:00Z");
	});

	test("numbers, booleans, null, lists and maps are typed", () => {
		expect(parseYaml("a: 90\nb: true\nc:\nd: [x, 2]\ne: {f: g}\nh: yes\n")).toEqual({ a: 90, b: true, c: null, d: ["x", 2], e: { f: "g" }, h: "yes" });
	});

	test("malformed YAML throws a YAMLParseError", () => {
		expect(() => parseYaml("a: [1\nb: 2")).toThrow(expect.objectContaining({ name: "YAMLParseError" }) as Error);
	});

	test("stringifyYaml writes block lists, quotes links, keeps long lines and writes null as empty", () => {
		const long = "word ".repeat(30).trim();
		expect(stringifyYaml({ date: "2024-07-21", mutual: ["[[Jane]]"], note: long, empty: null })).toBe(
			`date: 2024-07-21\nmutual:\n  - "[[Jane]]"\nnote: ${long}\nempty:\n`,
		);
	});

	test("a string that looks like a number stays quoted", () => {
		expect(parseYaml(stringifyYaml({ zip: "090" }))).toEqual({ zip: "090" });
	});
});

describe("getFrontMatterInfo", () => {
	test("finds the block and where the body starts", () => {
		const text = "---\na: 1\n---\nbody\n";
		const info = getFrontMatterInfo(text);
		expect(info).toEqual({ exists: true, frontmatter: "a: 1\n", from: 4, to: 9, contentStart: 13 });
		expect(text.slice(info.contentStart)).toBe("body\n");
	});

	test("an empty block and CRLF line endings", () => {
		expect(getFrontMatterInfo("---\n---\nx")).toMatchObject({ exists: true, frontmatter: "", contentStart: 8 });
		expect(getFrontMatterInfo("---\r\na: 1\r\n---\r\nx")).toMatchObject({ exists: true, frontmatter: "a: 1\r\n", contentStart: 16 });
	});

	test("no block unless --- opens the first line and closes later", () => {
		expect(getFrontMatterInfo("text\n---\na: 1\n---\n").exists).toBe(false);
		expect(getFrontMatterInfo("---\na: 1\n").exists).toBe(false);
	});
});

describe("linktext", () => {
	test("parseLinktext splits off the subpath with its #", () => {
		expect(parseLinktext("Jane Doe#Notes")).toEqual({ path: "Jane Doe", subpath: "#Notes" });
		expect(parseLinktext("Jane Doe#^abc")).toEqual({ path: "Jane Doe", subpath: "#^abc" });
		expect(parseLinktext("Jane Doe")).toEqual({ path: "Jane Doe", subpath: "" });
		expect(getLinkpath("People/Jane Doe#Notes")).toBe("People/Jane Doe");
	});

	test("stripHeading removes link-breaking characters", () => {
		expect(stripHeading("Notes: 2024 [draft] #1")).toBe("Notes 2024 draft 1");
	});
});

describe("frontmatter entries", () => {
	test("tags as list or comma/space separated string, each with #", () => {
		expect(parseFrontMatterTags({ tags: ["contact", "person/work"] })).toEqual(["#contact", "#person/work"]);
		expect(parseFrontMatterTags({ tags: "contact, person work" })).toEqual(["#contact", "#person", "#work"]);
		expect(parseFrontMatterTags({ tag: "#contact" })).toEqual(["#contact"]);
		expect(parseFrontMatterTags({ other: 1 })).toBeNull();
	});

	test("aliases split on commas only", () => {
		expect(parseFrontMatterAliases({ aliases: "Jane, J. Doe" })).toEqual(["Jane", "J. Doe"]);
		expect(parseFrontMatterAliases({ alias: ["Jane Doe"] })).toEqual(["Jane Doe"]);
		expect(parseFrontMatterStringArray({ kids: [1, "Ann"] }, "kids")).toEqual(["1", "Ann"]);
		expect(parseFrontMatterEntry({ Tier: "close" }, /^tier$/i)).toBe("close");
		expect(parseFrontMatterEntry(null, "tier")).toBeNull();
	});

	test("getAllTags: frontmatter tags then body tags", () => {
		const tags = getAllTags({
			frontmatter: { tags: ["contact"] },
			tags: [{ tag: "#met/2024", position: { start: { line: 3, col: 0, offset: 20 }, end: { line: 3, col: 9, offset: 29 } } }],
		});
		expect(tags).toEqual(["#contact", "#met/2024"]);
	});
});

describe("search", () => {
	test("fuzzy: characters in order, case and spaces ignored; better matches score higher", () => {
		const search = prepareFuzzySearch("jdoe");
		expect(search("Jane Doe")).not.toBeNull();
		expect(search("Bob")).toBeNull();
		const contiguous = prepareFuzzySearch("doe")("Jane Doe");
		const scattered = prepareFuzzySearch("doe")("Dan Moe");
		expect(contiguous?.matches).toEqual([[5, 8]]);
		expect(contiguous!.score).toBeGreaterThan(scattered!.score);
	});

	test("simple: every word must occur", () => {
		expect(prepareSimpleSearch("doe jane")("Jane Doe")?.matches).toEqual([
			[0, 4],
			[5, 8],
		]);
		expect(prepareSimpleSearch("jane smith")("Jane Doe")).toBeNull();
	});
});

test("requireApiVersion compares with the implemented API version", () => {
	expect(requireApiVersion("1.7.2")).toBe(true);
	expect(requireApiVersion("1.13.1")).toBe(true);
	expect(requireApiVersion("9.0.0")).toBe(false);
});
