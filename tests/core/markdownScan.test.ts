import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
	createLinkContextLookup,
	findFrontmatter,
	linkContextAt,
	scanMarkdown,
	type LinkContext,
	type ScannedNote,
} from "../../src/core/markdownScan";
import { FUZZ_RUNS } from "../fuzz";

const RUNS = FUZZ_RUNS;
const SEED = 20261125;

/** [link, displayText, line, col] */
type LinkRow = [string, string | undefined, number, number];
const linkRows = (links: ScannedNote["links"]): LinkRow[] =>
	links.map((l) => [l.link, l.displayText, l.position.start.line, l.position.start.col]);
/** [task, parent, startLine, endLine] */
type ItemRow = [string | undefined, number, number, number];
const itemRows = (note: ScannedNote): ItemRow[] =>
	note.listItems.map((i) => [i.task, i.parent, i.position.start.line, i.position.end.line]);
/** [type, startLine, endLine] */
const sectionRows = (note: ScannedNote): [string, number, number][] =>
	note.sections.map((s) => [s.type, s.position.start.line, s.position.end.line]);

describe("scanMarkdown: links and embeds", () => {
	const cases: { name: string; text: string; links: LinkRow[]; embeds?: string[] }[] = [
		{ name: "plain wikilink", text: "Met [[Jane Doe]] today", links: [["Jane Doe", "Jane Doe", 0, 4]] },
		{ name: "alias", text: "[[Jane Doe|Jane]]", links: [["Jane Doe", "Jane", 0, 0]] },
		{ name: "heading subpath", text: "x [[Jane Doe#Notes]]", links: [["Jane Doe#Notes", "Jane Doe > Notes", 0, 2]] },
		{ name: "folder path", text: "[[People/Jane Doe]]", links: [["People/Jane Doe", "People/Jane Doe", 0, 0]] },
		{ name: "same-note heading", text: "[[#Plans]]", links: [["#Plans", "Plans", 0, 0]] },
		{ name: "block reference", text: "[[Jane#^abc]]", links: [["Jane#^abc", "Jane > ^abc", 0, 0]] },
		{ name: "alias keeps further pipes", text: "[[Jane||x]]", links: [["Jane", "|x", 0, 0]] },
		{ name: "escaped pipe in a table", text: "| [[Jane\\|J]] |\n|---|", links: [["Jane", "J", 0, 2]] },
		{ name: "two links on a line", text: "[[A]] and [[B]]", links: [["A", "A", 0, 0], ["B", "B", 0, 10]] },
		{ name: "empty wikilink is not a link", text: "[[]] [[ ]]", links: [] },
		{ name: "unclosed wikilink", text: "[[Jane\nDoe]]", links: [] },
		{ name: "nested opening restarts", text: "[[a [[Jane]]", links: [["Jane", "Jane", 0, 4]] },
		{ name: "markdown link to a note", text: "see [Jane](Jane%20Doe.md)", links: [["Jane Doe.md", "Jane", 0, 4]] },
		{ name: "markdown link in angle brackets", text: "[J](<People/Jane Doe.md>)", links: [["People/Jane Doe.md", "J", 0, 0]] },
		{ name: "markdown link with a title", text: '[J](Jane.md "title")', links: [["Jane.md", "J", 0, 0]] },
		{ name: "markdown link with subpath", text: "[J](Jane.md#Notes)", links: [["Jane.md#Notes", "J", 0, 0]] },
		{ name: "external links are not note links", text: "[a](https://x.y/[[Jane]]) [m](mailto:a@b.c) [o](obsidian://open)", links: [] },
		{ name: "broken percent escape stays raw", text: "[J](Jane%ZZ.md)", links: [["Jane%ZZ.md", "J", 0, 0]] },
		{ name: "embed", text: "![[photo.png]] and [[Jane]]", links: [["Jane", "Jane", 0, 19]], embeds: ["photo.png"] },
		{ name: "markdown image embed", text: "![alt](img/a.png) ![x](https://x.y/a.png)", links: [], embeds: ["img/a.png"] },
		{ name: "inline code hides links", text: "`[[A]]` ``x ` [[B]]`` [[C]]", links: [["C", "C", 0, 22]] },
		{ name: "a fence whose info has backticks is a paragraph", text: "``` not a fence ``[[A]]", links: [["A", "A", 0, 18]] },
		{ name: "unmatched backtick run in a paragraph", text: "a `` b [[A]]", links: [["A", "A", 0, 7]] },
		{ name: "code span across lines", text: "a `x\n[[A]]` [[B]]", links: [["B", "B", 1, 7]] },
		{ name: "escaped bracket", text: "\\[[A]] [[B]]", links: [["B", "B", 0, 7]] },
		{ name: "inline HTML comment hides", text: "a <!-- [[A]] --> [[B]]", links: [["B", "B", 0, 17]] },
		{ name: "%% comment does not hide (as Obsidian)", text: "a %% [[A]] %% b", links: [["A", "A", 0, 5]] },
		{ name: "link in a heading", text: "## With [[Jane]]", links: [["Jane", "Jane", 0, 8]] },
		{ name: "link in a setext heading", text: "With [[Jane]]\n===", links: [["Jane", "Jane", 0, 5]] },
		{ name: "unicode columns are UTF-16 offsets", text: "Zoë 😀 [[Zoë Ünal]]", links: [["Zoë Ünal", "Zoë Ünal", 0, 7]] },
		{ name: "CRLF line breaks", text: "a\r\nb [[Jane]]\r\n", links: [["Jane", "Jane", 1, 2]] },
		{ name: "quote", text: "> said [[Jane]]\nlazy [[Sam]]", links: [["Jane", "Jane", 0, 7], ["Sam", "Sam", 1, 5]] },
		{ name: "quote nested in a list item", text: "- item\n  > quoted [[Jane]]", links: [["Jane", "Jane", 1, 11]] },
		{ name: "fenced code hides", text: "```\n[[A]]\n```\n[[B]]", links: [["B", "B", 3, 0]] },
		{ name: "tilde fence", text: "~~~md\n[[A]]\n~~~\n[[B]]", links: [["B", "B", 3, 0]] },
		{ name: "longer fence holds a shorter one", text: "````\n```\n[[A]]\n```\n````\n[[B]]", links: [["B", "B", 5, 0]] },
		{ name: "closing fence must be as long", text: "````\n[[A]]\n```\n[[B]]\n````", links: [] },
		{ name: "unclosed fence runs to the end", text: "```\n[[A]]\n\n[[B]]", links: [] },
		{ name: "fence inside a list item", text: "- a\n  ```\n  [[A]]\n  ```\n- [[B]]", links: [["B", "B", 4, 2]] },
		{ name: "fence inside a quote", text: "> ```\n> [[A]]\n> ```\n> [[B]]", links: [["B", "B", 3, 2]] },
		{ name: "backtick fence info cannot hold a backtick", text: "``` a`b\n[[A]]", links: [["A", "A", 1, 0]] },
		{ name: "indented code hides", text: "para\n\n    [[A]]\n\n[[B]]", links: [["B", "B", 4, 0]] },
		{ name: "indented line continues a paragraph", text: "para\n    [[A]]", links: [["A", "A", 1, 4]] },
		{ name: "HTML comment block hides", text: "<!--\n[[A]]\n-->\n[[B]]", links: [["B", "B", 3, 0]] },
		{ name: "HTML block hides until a blank line", text: "<div>\n[[A]]\n\n[[B]]", links: [["B", "B", 3, 0]] },
		{ name: "%% block keeps links (as Obsidian)", text: "%%\n[[A]]\n%%\n[[B]]", links: [["A", "A", 1, 0], ["B", "B", 3, 0]] },
		{ name: "frontmatter is not body", text: '---\nmet: "[[Sam]]"\n---\n[[Jane]]', links: [["Jane", "Jane", 3, 0]] },
		{ name: "links on task lines", text: "- [ ] Reconnect with [[Jane Doe]]", links: [["Jane Doe", "Jane Doe", 0, 21]] },
	];
	it.each(cases)("$name", ({ text, links, embeds }) => {
		const note = scanMarkdown(text);
		expect(linkRows(note.links)).toEqual(links);
		expect(note.embeds.map((e) => e.link)).toEqual(embeds ?? []);
	});

	it("records the original text and both ends of a link", () => {
		const text = "x\n- [x] Met ![[a.png]] [[Jane Doe|Jane]] [J](Jane.md)";
		const note = scanMarkdown(text);
		expect(note.links.map((l) => l.original)).toEqual(["[[Jane Doe|Jane]]", "[J](Jane.md)"]);
		expect(note.embeds.map((l) => l.original)).toEqual(["![[a.png]]"]);
		expect(note.links[0]?.position).toEqual({ start: { line: 1, col: 21, offset: 23 }, end: { line: 1, col: 38, offset: 40 } });
		expect(note.embeds[0]?.position).toEqual({ start: { line: 1, col: 10, offset: 12 }, end: { line: 1, col: 20, offset: 22 } });
	});
});

describe("scanMarkdown: frontmatter", () => {
	const cases: { name: string; text: string; end: number | null; yaml: string | null; firstSection: string | undefined }[] = [
		{ name: "frontmatter", text: "---\na: 1\n---\nbody", end: 13, yaml: "a: 1\n", firstSection: "yaml" },
		{ name: "empty frontmatter", text: "---\n---\n", end: 8, yaml: "", firstSection: "yaml" },
		{ name: "no line break after the closing fence", text: "---\na: 1\n---", end: 12, yaml: "a: 1\n", firstSection: "yaml" },
		{ name: "CRLF", text: "---\r\na: 1\r\n---\r\nbody", end: 16, yaml: "a: 1\r\n", firstSection: "yaml" },
		{ name: "fences with trailing spaces", text: "--- \na: 1\n---  \nx", end: 16, yaml: "a: 1\n", firstSection: "yaml" },
		{ name: "never closed: a thematic break", text: "---\na: 1\n", end: null, yaml: null, firstSection: "thematicBreak" },
		{ name: "not on the first line", text: "\n---\na: 1\n---\n", end: null, yaml: null, firstSection: "thematicBreak" },
		{ name: "just a fence", text: "---", end: null, yaml: null, firstSection: "thematicBreak" },
	];
	it.each(cases)("$name", ({ text, end, yaml, firstSection }) => {
		const note = scanMarkdown(text);
		expect(note.frontmatterEnd).toBe(end);
		expect(note.frontmatterText).toBe(yaml);
		expect(note.sections[0]?.type).toBe(firstSection);
	});

	it("gives the same bounds to findFrontmatter", () => {
		expect(findFrontmatter("---\na: 1\n---\nbody")).toEqual({ yamlStart: 4, yamlEnd: 9, bodyStart: 13, closingLine: 2 });
		expect(findFrontmatter("body")).toBeNull();
	});
});

describe("scanMarkdown: list items", () => {
	// Parents and extents follow cache dumps recorded from Obsidian (obsidian-tasks' test data):
	// a root item's parent is minus the list's first line (-1 for line 0), a child's is its
	// parent's line, and an item covers its continuation lines and nested code, not its children.
	const cases: { name: string; text: string; items: ItemRow[] }[] = [
		{ name: "statuses", text: "- [ ] a\n- [x] b\n- [X] c\n- [-] d\n- [/] e\n- f", items: [[" ", -1, 0, 0], ["x", -1, 1, 1], ["X", -1, 2, 2], ["-", -1, 3, 3], ["/", -1, 4, 4], [undefined, -1, 5, 5]] },
		{ name: "list starting on line 1", text: "x\n\n- a\n- b", items: [[undefined, -2, 2, 2], [undefined, -2, 3, 3]] },
		{ name: "nesting", text: "- [ ] p\n    - [ ] c1\n        - [ ] g\n    - [ ] c2\n- [ ] s", items: [[" ", -1, 0, 0], [" ", 0, 1, 1], [" ", 1, 2, 2], [" ", 0, 3, 3], [" ", -1, 4, 4]] },
		{ name: "tab indentation nests", text: "- a\n\t- [x] b", items: [[undefined, -1, 0, 0], ["x", 0, 1, 1]] },
		{ name: "one space is a sibling", text: "- a\n - b", items: [[undefined, -1, 0, 0], [undefined, -1, 1, 1]] },
		{ name: "each marker is its own list", text: "- a\n* b\n+ c\n1. d\n1) e", items: [[undefined, -1, 0, 0], [undefined, -1, 1, 1], [undefined, -2, 2, 2], [undefined, -3, 3, 3], [undefined, -4, 4, 4]] },
		{ name: "blank lines keep one list", text: "x\n\n1. [ ] a\n\n2. [ ] b", items: [[" ", -2, 2, 2], [" ", -2, 4, 4]] },
		{ name: "a paragraph ends the list", text: "- a\n\ntext\n- b", items: [[undefined, -1, 0, 0], [undefined, -3, 3, 3]] },
		{ name: "indented and lazy continuation lines", text: "- [ ] task\n    more\nlazy\n- next", items: [[" ", -1, 0, 2], [undefined, -1, 3, 3]] },
		{ name: "nested code block belongs to the item", text: "- [ ] a\n  ```\n  [[A]]\n  ```\n- [ ] b", items: [[" ", -1, 0, 3], [" ", -1, 4, 4]] },
		{ name: "nested quote belongs to the item", text: "- [ ] Reconnect with [[Jane]]\n\t> Hi Jane,\n\t> how are you?\n\nafter", items: [[" ", -1, 0, 2]] },
		{ name: "children are not the parent's lines", text: "- [x] p\n  - c\n  - d\n", items: [["x", -1, 0, 0], [undefined, 0, 1, 1], [undefined, 0, 2, 2]] },
		{ name: "list in a quote", text: "x\n> - [ ] a\n>     - [ ] b", items: [[" ", -1, 1, 1], [" ", 1, 2, 2]] },
		{ name: "list in a callout", text: "> [!todo]\n> - [ ] a", items: [[" ", -1, 1, 1]] },
		{ name: "empty item", text: "-\n  foo\n- ", items: [[undefined, -1, 0, 1], [undefined, -1, 2, 2]] },
		{ name: "empty item ends at a blank line", text: "-\n\n  foo", items: [[undefined, -1, 0, 0]] },
		{ name: "checkbox needs a space after it", text: "- [x]done\n- [x]\n- [ ]  two", items: [[undefined, -1, 0, 0], ["x", -1, 1, 1], [" ", -1, 2, 2]] },
		{ name: "emoji status", text: "- [😀] a", items: [["😀", -1, 0, 0]] },
		{ name: "ordered item interrupting a paragraph must start at 1", text: "a\n2. b\n1. c", items: [[undefined, -2, 2, 2]] },
		{ name: "empty item cannot interrupt a paragraph", text: "a\n-\nb", items: [] },
		{ name: "thematic break is not an item", text: "- - -\n* * *", items: [] },
		{ name: "items in code are not items", text: "```\n- [ ] a\n```\n<!--\n- [ ] b\n-->\n%%\n- [ ] c\n%%", items: [] },
		{ name: "no marker space, no item", text: "-a\n1.b", items: [] },
	];
	it.each(cases)("$name", ({ text, items }) => {
		expect(itemRows(scanMarkdown(text))).toEqual(items);
	});

	it("positions an item from its marker to the end of its own last line", () => {
		const note = scanMarkdown("> - [ ] a\n>   more\n>   - child");
		expect(note.listItems[0]?.position).toEqual({ start: { line: 0, col: 2, offset: 2 }, end: { line: 1, col: 8, offset: 18 } });
		const crlf = scanMarkdown("- [x] a\r\n- b\r\n");
		expect(crlf.listItems.map((i) => i.position.end)).toEqual([{ line: 0, col: 7, offset: 7 }, { line: 1, col: 3, offset: 12 }]);
	});
});

describe("scanMarkdown: sections and tags", () => {
	const cases: { name: string; text: string; sections: [string, number, number][] }[] = [
		{ name: "everyday note", text: "---\na: 1\n---\n# Title\n\nSome text\nmore text\n\n- a\n- b\n\n> quote\n\n```\ncode\n```", sections: [["yaml", 0, 2], ["heading", 3, 3], ["paragraph", 5, 6], ["list", 8, 9], ["blockquote", 11, 11], ["code", 13, 15]] },
		{ name: "callout", text: "> [!note] Title\n> body\n>\n> end", sections: [["callout", 0, 3]] },
		{ name: "setext headings and rules", text: "Title\n=====\n\nSub\n---\n\n***\n___", sections: [["heading", 0, 1], ["heading", 3, 4], ["thematicBreak", 6, 6], ["thematicBreak", 7, 7]] },
		{ name: "table", text: "| a | b |\n| --- | :-: |\n| 1 | 2 |\n\nafter", sections: [["table", 0, 2], ["paragraph", 4, 4]] },
		{ name: "not a table without matching cells", text: "| a | b |\n| --- |", sections: [["paragraph", 0, 1]] },
		{ name: "HTML and comments", text: "<div>\nx\n</div>\n\n%%\nhidden\n%%\n\n%% one line %%", sections: [["html", 0, 2], ["comment", 4, 6], ["comment", 8, 8]] },
		{ name: "heading directly after a paragraph", text: "text\n## H\ntext", sections: [["paragraph", 0, 0], ["heading", 1, 1], ["paragraph", 2, 2]] },
		{ name: "lists of different markers", text: "- a\n* b", sections: [["list", 0, 0], ["list", 1, 1]] },
		{ name: "quote then list", text: "> a\n- b", sections: [["blockquote", 0, 0], ["list", 1, 1]] },
		{ name: "indented code", text: "    code\n\n    more\n\ntext", sections: [["code", 0, 2], ["paragraph", 4, 4]] },
	];
	it.each(cases)("$name", ({ text, sections }) => {
		expect(sectionRows(scanMarkdown(text))).toEqual(sections);
	});

	it("ends a section at the end of its last line", () => {
		const note = scanMarkdown("```\ncode\n```\r\n");
		expect(note.sections[0]?.position.end).toEqual({ line: 2, col: 3, offset: 12 });
	});

	const tagCases: { text: string; tags: string[] }[] = [
		{ text: "#person/work and #contact", tags: ["#person/work", "#contact"] },
		{ text: "# Heading #tag", tags: ["#tag"] },
		{ text: "#1984 #y2k #a-b_c #日本", tags: ["#y2k", "#a-b_c", "#日本"] },
		{ text: "see https://x.y/#anchor and a#b", tags: [] },
		{ text: "`#code` \\#escaped <!-- #hidden -->", tags: [] },
		{ text: "```\n#code\n```", tags: [] },
		{ text: "---\ntags: [x]\n---\n#body.", tags: ["#body"] },
		{ text: "- [ ] #task do it", tags: ["#task"] },
	];
	it.each(tagCases)("tags in $text", ({ text, tags }) => {
		expect(scanMarkdown(text).tags).toEqual(tags);
	});
});

describe("linkContextAt", () => {
	const cases: { name: string; text: string; contexts: [string, LinkContext][] }[] = [
		{ name: "plain", text: "Met [[Jane]]", contexts: [["Jane", "plain"]] },
		{ name: "open task", text: "- [ ] Reconnect with [[Jane]]", contexts: [["Jane", "task-open"]] },
		{ name: "done tasks", text: "- [x] [[A]]\n- [X] [[B]]\n- [-] [[C]]\n- [/] [[D]]", contexts: [["A", "task-done"], ["B", "task-done"], ["C", "task-done"], ["D", "task-done"]] },
		{ name: "plain item", text: "- met [[Jane]]", contexts: [["Jane", "plain"]] },
		{ name: "task continuation line", text: "- [ ] call\n  [[Jane]]", contexts: [["Jane", "task-open"]] },
		{ name: "plain child of a task", text: "- [ ] call\n  - [[Jane]]", contexts: [["Jane", "plain"]] },
		{ name: "done child of an open task", text: "- [ ] call\n  - [x] [[Jane]]", contexts: [["Jane", "task-done"]] },
		{ name: "paragraph after children is no task's", text: "- [ ] t\n  - c\n\n  [[Jane]]", contexts: [["Jane", "plain"]] },
		{ name: "quote", text: "> [[Jane]]", contexts: [["Jane", "quote"]] },
		{ name: "lazy quote line", text: "> said\n[[Jane]]", contexts: [["Jane", "quote"]] },
		{ name: "callout", text: "> [!note]\n> [[Jane]]", contexts: [["Jane", "quote"]] },
		{ name: "task inside a quote is a quote", text: "> - [x] [[Jane]]", contexts: [["Jane", "quote"]] },
		{ name: "quote under a task takes the task's context", text: "- [ ] Reconnect with [[Jane]]\n\t> Hi Jane, [[Sam]] says hi", contexts: [["Jane", "task-open"], ["Sam", "task-open"]] },
		{ name: "after the list", text: "- [ ] a\n\n[[Jane]]", contexts: [["Jane", "plain"]] },
	];
	it.each(cases)("$name", ({ text, contexts }) => {
		const note = scanMarkdown(text);
		const lookup = createLinkContextLookup(note.listItems, note.sections);
		const got = note.links.map((l) => [l.link, linkContextAt(l.position.start.line, note.listItems, note.sections)]);
		expect(got).toEqual(contexts);
		expect(note.links.map((l) => [l.link, lookup(l.position.start.line)])).toEqual(contexts);
	});

	it("answers code for a code section (as from Obsidian's cache)", () => {
		const sections = [{ type: "code", position: { start: { line: 2 }, end: { line: 4 } } }];
		expect(linkContextAt(3, [], sections)).toBe("code");
		expect(createLinkContextLookup([], sections)(3)).toBe("code");
		expect(linkContextAt(5, [], sections)).toBe("plain");
	});

	it("agrees with the lookup on arbitrary, even overlapping, items and sections", () => {
		const span = fc.tuple(fc.nat(30), fc.nat(6)).map(([start, len]) => ({ start: { line: start }, end: { line: start + len } }));
		const item = fc.record({ task: fc.option(fc.constantFrom(" ", "x", "-"), { nil: undefined }), position: span });
		const section = fc.record({ type: fc.constantFrom("blockquote", "callout", "code", "list", "paragraph"), position: span });
		fc.assert(
			// Up to 32 spans: both the small-note path (≤ 16 spans, a direct look) and the prepared ranges.
			fc.property(fc.array(item, { maxLength: 24 }), fc.array(section, { maxLength: 8 }), (items, sections) => {
				const lookup = createLinkContextLookup(items, sections);
				for (let line = -1; line < 40; line++) expect(lookup(line)).toBe(linkContextAt(line, items, sections));
			}),
			{ seed: SEED, numRuns: RUNS },
		);
	});

	it("classifies 100,000 links quickly", () => {
		const lines: string[] = [];
		for (let i = 0; i < 100_000; i++) lines.push(i % 3 === 0 ? `- [ ] [[P${i}]]` : i % 3 === 1 ? `- [x] [[P${i}]]` : `> [[P${i}]]\n`);
		const note = scanMarkdown(lines.join("\n"));
		expect(note.links).toHaveLength(100_000);
		const started = performance.now();
		const lookup = createLinkContextLookup(note.listItems, note.sections);
		const counts = new Map<LinkContext, number>();
		for (const link of note.links) {
			const ctx = lookup(link.position.start.line);
			counts.set(ctx, (counts.get(ctx) ?? 0) + 1);
		}
		expect(performance.now() - started).toBeLessThan(1000);
		expect(counts.get("task-open")).toBe(33_334);
		expect(counts.get("task-done")).toBe(33_333);
		expect(counts.get("quote")).toBe(33_333);
	});
});

describe("scanMarkdown: properties", () => {
	const fragments = fc.constantFrom(
		"[[", "]]", "[", "]", "(", ")", "|", "#", "`", "```", "~~~", "> ", ">", "- ", "- [ ] ", "* [x] ", "1. ", "    ",
		"\t", "\n", "\r\n", "\r", "---", "***", "===", "<!--", "-->", "<div>", "%%", "!", "![[", "](", "\\", "Jane", "é", "😀",
		"\ud800", " ", "[!note]", "|---|", "http://x.y/#a",
	);
	const messy = fc.oneof(
		fc.string({ unit: "binary", maxLength: 200 }),
		fc.array(fragments, { maxLength: 60 }).map((parts) => parts.join("")),
	);

	it("never throws, and what it reports is consistent with the text", () => {
		fc.assert(
			fc.property(messy, (text) => {
				const note = scanMarkdown(text);
				const lineStarts = [0];
				for (let i = 0; i < text.length; i++) if (text[i] === "\n") lineStarts.push(i + 1);
				const checkPos = (p: { line: number; col: number; offset: number }): void => {
					expect(lineStarts[p.line]).toBeDefined();
					expect((lineStarts[p.line] ?? 0) + p.col).toBe(p.offset);
					expect(p.offset).toBeLessThanOrEqual(text.length);
				};
				let previous = -1;
				for (const link of [...note.links, ...note.embeds].sort((a, b) => a.position.start.offset - b.position.start.offset)) {
					checkPos(link.position.start);
					checkPos(link.position.end);
					expect(text.slice(link.position.start.offset, link.position.end.offset)).toBe(link.original);
					expect(link.position.start.offset).toBeGreaterThanOrEqual(previous);
					previous = link.position.end.offset;
				}
				let lastEnd = -1;
				for (const section of note.sections) {
					checkPos(section.position.start);
					checkPos(section.position.end);
					expect(section.position.start.line).toBeGreaterThan(lastEnd);
					expect(section.position.end.line).toBeGreaterThanOrEqual(section.position.start.line);
					lastEnd = section.position.end.line;
				}
				for (const item of note.listItems) {
					checkPos(item.position.start);
					checkPos(item.position.end);
					expect(item.position.end.line).toBeGreaterThanOrEqual(item.position.start.line);
					// A child may share its parent's line: "- 1. x".
					expect(item.parent < 0 || item.parent <= item.position.start.line).toBe(true);
				}
				if (note.frontmatterEnd !== null) expect(text.slice(0, 3)).toBe("---");
			}),
			{ seed: SEED, numRuns: RUNS },
		);
	});

	/** A generated block: its lines and the links it must yield, in order, with their context. */
	interface Block {
		lines: string[];
		expect: [string, LinkContext][];
		/** Blocks whose last item would swallow a following indented line. */
		isList?: boolean;
	}
	const name = fc
		.array(fc.constantFrom("a", "B", "z", "é", "日", " ", "-", "0", "Ö", "_"), { minLength: 1, maxLength: 8 })
		.map((cs) => `N${cs.join("")}`);
	const linkText = fc.tuple(name, fc.constantFrom("plain", "alias", "heading", "folder", "markdown")).map(([n, kind]) => {
		switch (kind) {
			case "alias":
				return { source: `[[${n}|shown]]`, link: n };
			case "heading":
				return { source: `[[${n}#Notes]]`, link: `${n}#Notes` };
			case "folder":
				return { source: `[[People/${n}]]`, link: `People/${n}` };
			case "markdown":
				return { source: `[x](${encodeURIComponent(n)}.md)`, link: `${n}.md` };
			default:
				return { source: `[[${n}]]`, link: n };
		}
	});
	const marker = fc.constantFrom("-", "*", "+", "1.");
	const doneChar = fc.constantFrom("x", "X", "-", "/", ">");
	const indent = fc.constantFrom("  ", "    ", "\t");
	const block: fc.Arbitrary<Block> = fc.oneof(
		linkText.map((l): Block => ({ lines: [`Met ${l.source} today`], expect: [[l.link, "plain"]] })),
		linkText.map((l): Block => ({ lines: [`## About ${l.source}`], expect: [[l.link, "plain"]] })),
		fc.tuple(marker, linkText).map(([m, l]): Block => ({ lines: [`${m} [ ] Reconnect with ${l.source}`], expect: [[l.link, "task-open"]], isList: true })),
		fc.tuple(marker, doneChar, linkText).map(([m, c, l]): Block => ({ lines: [`${m} [${c}] Called ${l.source}`], expect: [[l.link, "task-done"]], isList: true })),
		fc.tuple(marker, linkText).map(([m, l]): Block => ({ lines: [`${m} met ${l.source}`], expect: [[l.link, "plain"]], isList: true })),
		fc.tuple(indent, linkText, linkText).map(([ind, a, b]): Block => ({
			lines: [`- [ ] plan ${a.source}`, `${ind}- [x] done ${b.source}`],
			expect: [[a.link, "task-open"], [b.link, "task-done"]],
			isList: true,
		})),
		fc.tuple(linkText, linkText).map(([a, b]): Block => ({
			lines: [`- [ ] Reconnect with ${a.source}`, `\t> Hi, ${b.source} says hello`],
			expect: [[a.link, "task-open"], [b.link, "task-open"]],
			isList: true,
		})),
		linkText.map((l): Block => ({ lines: [`> said ${l.source}`], expect: [[l.link, "quote"]] })),
		linkText.map((l): Block => ({ lines: ["> [!note] Call", `> with ${l.source}`], expect: [[l.link, "quote"]] })),
		linkText.map((l): Block => ({ lines: [`> - [x] ${l.source}`], expect: [[l.link, "quote"]] })),
		fc.tuple(fc.constantFrom("```", "~~~", "````"), linkText).map(([f, l]): Block => ({ lines: [`${f}md`, `see ${l.source}`, f], expect: [] })),
		linkText.map((l): Block => ({ lines: ["- item", "  ```", `  ${l.source}`, "  ```"], expect: [], isList: true })),
		linkText.map((l): Block => ({ lines: [`text \`${l.source}\` more`], expect: [] })),
		linkText.map((l): Block => ({ lines: ["filler", "", `    ${l.source}`], expect: [] })),
		linkText.map((l): Block => ({ lines: [`![[${l.link.replace(/\.md$/, "")}]] ${l.source}`], expect: [[l.link, "plain"]] })),
	);
	const note = fc.record({
		blocks: fc.array(block, { maxLength: 12 }),
		crlf: fc.boolean(),
		frontmatter: fc.boolean(),
		gaps: fc.array(fc.constantFrom(1, 2), { minLength: 12, maxLength: 12 }),
	});

	it("classifies every link of a generated note as the generator says", () => {
		fc.assert(
			fc.property(note, ({ blocks, crlf, frontmatter, gaps }) => {
				const lines: string[] = frontmatter ? ["---", 'met: "[[Someone]]"', "---"] : [];
				blocks.forEach((b, i) => {
					if (i > 0) for (let g = 0; g < (gaps[i] ?? 1); g++) lines.push("");
					// An indented block right after a list item would continue the item, so it gets a separator.
					if (b.lines[0] === "filler" && blocks[i - 1]?.isList) lines.push("x", "");
					lines.push(...b.lines);
				});
				const text = lines.join(crlf ? "\r\n" : "\n");
				const scanned = scanMarkdown(text);
				const lookup = createLinkContextLookup(scanned.listItems, scanned.sections);
				const got = scanned.links.map((l) => [l.link, lookup(l.position.start.line)]);
				expect(got).toEqual(blocks.flatMap((b) => b.expect));
				for (const l of scanned.links) {
					expect(linkContextAt(l.position.start.line, scanned.listItems, scanned.sections)).toBe(lookup(l.position.start.line));
				}
			}),
			{ seed: SEED, numRuns: RUNS },
		);
	});
});
