import { describe, expect, it } from "vitest";
import { scanMarkdown, type ScannedNote } from "../../../src/cli/notes/scanMarkdown";


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
		{ name: "a leading pipe is part of the link (as Obsidian)", text: "[[|]] [[|Jane]] [[|#x]]", links: [["|", "|", 0, 0], ["|Jane", "|Jane", 0, 6], ["|#x", "| > x", 0, 16]] },
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
		// A loose list's item runs over the blank lines before its next sibling, as Obsidian records it.
		{ name: "blank lines keep one list", text: "x\n\n1. [ ] a\n\n2. [ ] b", items: [[" ", -2, 2, 3], [" ", -2, 4, 4]] },
		{ name: "every blank line before the next sibling", text: "- a\n\n\n- b\n\nafter", items: [[undefined, -1, 0, 2], [undefined, -1, 3, 3]] },
		{ name: "no blank lines for an item with children", text: "- a\n  - b\n\n- c", items: [[undefined, -1, 0, 0], [undefined, 0, 1, 1], [undefined, -1, 3, 3]] },
		{ name: "no blank lines for a last item", text: "- a\n\n## Next\n- b", items: [[undefined, -1, 0, 0], [undefined, -3, 3, 3]] },
		{ name: "a list marker after a task's box is a nested item", text: "- [ ] 1. Call [[Jane]]\n- [x] - [ ] b", items: [[" ", -1, 0, 0], [undefined, 0, 0, 0], ["x", -1, 1, 1], [" ", 1, 1, 1]] },
		{ name: "other text after a task's box is the task's own", text: "- [ ] 2 call\n- [ ] ---\n- [ ] > quote", items: [[" ", -1, 0, 0], [" ", -1, 1, 1], [" ", -1, 2, 2]] },
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

	it("positions an item from its container's content to the end of its own last line", () => {
		const note = scanMarkdown("> - [ ] a\n>   more\n>   - child");
		expect(note.listItems[0]?.position).toEqual({ start: { line: 0, col: 2, offset: 2 }, end: { line: 1, col: 8, offset: 18 } });
		expect(note.listItems[1]?.position.start).toEqual({ line: 2, col: 4, offset: 23 });
		const crlf = scanMarkdown("- [x] a\r\n- b\r\n");
		expect(crlf.listItems.map((i) => i.position.end)).toEqual([{ line: 0, col: 7, offset: 7 }, { line: 1, col: 3, offset: 12 }]);
	});

	// Obsidian starts a nested item where its parent's content starts, not at its own marker.
	const startCases: { name: string; text: string; cols: number[] }[] = [
		{ name: "a child indented past its parent's content", text: "- [ ] p\n    - [ ] c", cols: [0, 2] },
		{ name: "a parent with two spaces after its marker", text: "-  [ ] p\n    - c", cols: [0, 3] },
		{ name: "an ordered parent", text: "1) p\n    1) c", cols: [0, 3] },
		{ name: "three levels", text: "- a\n    - b\n        - c", cols: [0, 2, 6] },
		{ name: "a root item indented by a space", text: "x\n\n - a", cols: [0] },
		{ name: "a tab-indented child", text: "- a\n\t- b", cols: [0, 1] },
		{ name: "a child in a quote", text: "> - a\n>     - b", cols: [2, 4] },
		{ name: "an item after a task's box", text: "- [ ] 1. step", cols: [0, 6] },
	];
	it.each(startCases)("starts $name at the container's content", ({ text, cols }) => {
		expect(scanMarkdown(text).listItems.map((i) => i.position.start.col)).toEqual(cols);
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
		// Obsidian starts a tag right after an escaped character too.
		{ text: "see \\[\\[#Escaped Links\\]\\] and \\(#b)", tags: ["#Escaped", "#b"] },
		{ text: "a\\#not-a-tag", tags: [] },
	];
	it.each(tagCases)("tags in $text", ({ text, tags }) => {
		expect(scanMarkdown(text).tags).toEqual(tags);
	});
});
