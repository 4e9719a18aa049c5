import { describe, expect, test } from "vitest";
import { parseMetadata__ as parse } from "../fakes/obsidian";

const links = (text: string) => (parse(text).links ?? []).map((l) => l.link);

describe("frontmatter", () => {
	test("dates are strings; position and yaml section cover the block", () => {
		const cache = parse("---\nlast-contact: 2024-07-21\ncadence: 90\ntags: [contact]\n---\nBody\n");
		expect(cache.frontmatter).toEqual({ "last-contact": "2024-07-21", cadence: 90, tags: ["contact"] });
		expect(cache.frontmatterPosition).toEqual({ start: { line: 0, col: 0, offset: 0 }, end: { line: 4, col: 3, offset: 60 } });
		expect(cache.sections?.[0]).toEqual({ type: "yaml", position: cache.frontmatterPosition });
		expect(cache.sections?.[1]?.type).toBe("paragraph");
	});

	test("malformed YAML: no frontmatter key, but position and yaml section stay", () => {
		const cache = parse("---\nname: [Jane\ntier: close\n---\nBody\n");
		expect(cache).not.toHaveProperty("frontmatter");
		expect(cache.frontmatterPosition?.end.line).toBe(3);
		expect(cache.sections?.[0]?.type).toBe("yaml");
	});

	test("frontmatterLinks for [[links]] in text and list properties", () => {
		const cache = parse('---\nmet: "[[Conf 2024|the conference]]"\nmutual:\n  - "[[Bob]]"\n  - "[[People/Ann]]"\n---\n');
		expect(cache.frontmatterLinks).toEqual([
			{ key: "met", link: "Conf 2024", original: "[[Conf 2024|the conference]]", displayText: "the conference" },
			{ key: "mutual.0", link: "Bob", original: "[[Bob]]", displayText: "Bob" },
			{ key: "mutual.1", link: "People/Ann", original: "[[People/Ann]]", displayText: "People/Ann" },
		]);
		expect(cache).not.toHaveProperty("links");
	});

	test("a note without frontmatter has none of its keys; --- later is not frontmatter", () => {
		const cache = parse("Text\n\n---\na: 1\n---\n");
		expect(cache).not.toHaveProperty("frontmatter");
		expect(cache).not.toHaveProperty("frontmatterPosition");
	});
});

describe("links and embeds", () => {
	test("wikilink forms: alias, heading, block, folder", () => {
		const cache = parse("See [[Jane Doe|Jane]], [[Jane Doe#Notes]], [[Jane Doe#^abc]] and [[People/Bob]].");
		expect(cache.links?.map(({ link, displayText, original }) => ({ link, displayText, original }))).toEqual([
			{ link: "Jane Doe", displayText: "Jane", original: "[[Jane Doe|Jane]]" },
			{ link: "Jane Doe#Notes", displayText: "Jane Doe > Notes", original: "[[Jane Doe#Notes]]" },
			{ link: "Jane Doe#^abc", displayText: "Jane Doe > ^abc", original: "[[Jane Doe#^abc]]" },
			{ link: "People/Bob", displayText: "People/Bob", original: "[[People/Bob]]" },
		]);
	});

	test("positions give line, column and offset of the whole link", () => {
		const text = "# Title\n\nMet [[Jane]] today.\n";
		const [link] = parse(text).links ?? [];
		expect(link?.position).toEqual({ start: { line: 2, col: 4, offset: 13 }, end: { line: 2, col: 12, offset: 21 } });
		expect(text.slice(link?.position.start.offset, link?.position.end.offset)).toBe("[[Jane]]");
	});

	test("markdown links to local notes are links, URLs are not", () => {
		const cache = parse("[Jane](Jane%20Doe.md) [site](https://example.com) [mail](mailto:a@b.c) [x](<People/Bob.md>)");
		expect(cache.links?.map((l) => [l.link, l.displayText])).toEqual([
			["Jane Doe.md", "Jane"],
			["People/Bob.md", "x"],
		]);
	});

	test("embeds are separate from links and include the !", () => {
		const cache = parse("![[Jane]] and ![img](photo.png) and [[Bob]]");
		expect(cache.embeds?.map((e) => [e.link, e.position.start.col])).toEqual([
			["Jane", 0],
			["photo.png", 14],
		]);
		expect(links("![[Jane]] and ![img](photo.png) and [[Bob]]")).toEqual(["Bob"]);
	});

	test("links in inline code and fenced code are not links", () => {
		const text = "`[[Inline]]` [[Real]]\n\n```\n[[Fenced]]\n```\n\n~~~md\n[[Tilde]]\n~~~\n\n    [[Indented]]\n\n``[[Double `tick`]]``";
		expect(links(text)).toEqual(["Real"]);
	});

	test("an unclosed fence runs to the end of the note", () => {
		expect(links("[[Before]]\n```\n[[Inside]]\n")).toEqual(["Before"]);
	});

	test("links inside block quotes and callouts are links", () => {
		const cache = parse("> Met [[Jane]]\n> - [[Bob]]\n\n> [!note] Title\n> [[Ann]]\n");
		expect(cache.links?.map((l) => l.link)).toEqual(["Jane", "Bob", "Ann"]);
		expect(cache.sections?.map((s) => s.type)).toEqual(["blockquote", "callout"]);
		expect(cache.links?.[0]?.position.start.col).toBe(6);
	});

	test("escaped brackets are not links; a pipe escaped in a table splits the alias", () => {
		expect(links("\\[[Not]] [[Yes]]")).toEqual(["Yes"]);
		const cache = parse("| who | note |\n| --- | --- |\n| [[Jane Doe\\|Jane]] | x |\n");
		expect(cache.links?.map((l) => [l.link, l.displayText])).toEqual([["Jane Doe", "Jane"]]);
		expect(cache.sections?.map((s) => s.type)).toEqual(["table"]);
	});
});

describe("tags", () => {
	test("#tag and #nested/tag with positions; not in code, URLs, links or headings markers", () => {
		const text = "#contact met #person/work\n`#code` https://x.com/#anchor [[Note#Heading]] a#b #123 #y2024\n# Heading #intitle";
		const cache = parse(text);
		expect(cache.tags?.map((t) => t.tag)).toEqual(["#contact", "#person/work", "#y2024", "#intitle"]);
		expect(cache.tags?.[1]?.position).toEqual({ start: { line: 0, col: 13, offset: 13 }, end: { line: 0, col: 25, offset: 25 } });
	});
});

describe("headings", () => {
	test("ATX and setext headings with level and position", () => {
		const cache = parse("# One\n\n### Three ###\n\nTwo\n---\n\nText\n===\n#notaheading\n");
		expect(cache.headings?.map((h) => [h.heading, h.level, h.position.start.line, h.position.end.line])).toEqual([
			["One", 1, 0, 0],
			["Three", 3, 2, 2],
			["Two", 2, 4, 5],
			["Text", 1, 7, 8],
		]);
	});
});

describe("list items", () => {
	const text = ["Intro", "", "- [ ] reach out to [[Jane]]", "- [x] called [[Bob]]", "\t- child note", "\t\t- grandchild", "- [-] cancelled", "- plain", "", "1. first", "2. [ ] numbered task", ""].join("\n");
	const items = parse(text).listItems ?? [];

	test("task is the character in the box, undefined for plain items", () => {
		expect(items.map((i) => i.task)).toEqual([" ", "x", undefined, undefined, "-", undefined, undefined, " "]);
	});

	test("root items point to minus the list's first line; children to their parent's line", () => {
		expect(items.map((i) => [i.position.start.line, i.parent])).toEqual([
			[2, -2],
			[3, -2],
			[4, 3],
			[5, 4],
			[6, -2],
			[7, -2],
			[9, -9],
			[10, -9],
		]);
	});

	test("positions start where the parent's content starts (here after the tab) and end at the end of the line", () => {
		expect(items[2]?.position).toEqual({ start: { line: 4, col: 1, offset: 57 }, end: { line: 4, col: 13, offset: 69 } });
	});

	test("links in list items are links; sections show two lists", () => {
		const cache = parse(text);
		expect(cache.links?.map((l) => l.link)).toEqual(["Jane", "Bob"]);
		expect(cache.sections?.map((s) => [s.type, s.position.start.line, s.position.end.line])).toEqual([
			["paragraph", 0, 0],
			["list", 2, 7],
			["list", 9, 10],
		]);
	});

	test("a list separated by blank lines stays one list; indented continuation belongs to the item", () => {
		const cache = parse("- a\n\n- b\n  more [[X]]\n\nAfter\n");
		// As Obsidian records it: a list on line 0 is -1, and an item keeps the blank line before its sibling.
		expect(cache.listItems?.map((i) => [i.parent, i.position.end.line])).toEqual([
			[-1, 1],
			[-1, 3],
		]);
		expect(cache.sections?.map((s) => s.type)).toEqual(["list", "paragraph"]);
	});

	test("block ids on list items and paragraphs", () => {
		const cache = parse("- item ^item1\n\nPara ^para-2\n");
		expect(cache.listItems?.[0]?.id).toBe("item1");
		expect(Object.keys(cache.blocks ?? {})).toEqual(["item1", "para-2"]);
		expect(cache.sections?.[1]?.id).toBe("para-2");
	});
});

describe("sections", () => {
	test("types of root-level blocks", () => {
		const text = "---\na: 1\n---\n# H\n\nPara\nline 2\n\n- item\n\n> quote\n\n```\ncode\n```\n\n***\n\n$$\nx\n$$\n\n| a | b |\n|---|---|\n| 1 | 2 |\n";
		expect(parse(text).sections?.map((s) => s.type)).toEqual(["yaml", "heading", "paragraph", "list", "blockquote", "code", "thematicBreak", "math", "table"]);
	});

	test("a note with nothing has no keys", () => {
		expect(parse("")).toEqual({});
		expect(parse("\n\n")).toEqual({});
	});
});
