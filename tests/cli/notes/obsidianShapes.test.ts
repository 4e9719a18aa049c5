/**
 * Constructs whose cache entries were checked against caches recorded from a real Obsidian, written
 * here as our own small notes. Both stand-ins for Obsidian's indexer must give the recorded shape:
 * the command line's scanner and the test double's parser (which the plugin tests run against).
 */
import type { CachedMetadata } from "obsidian";
import { describe, expect, it } from "vitest";
import { scanMarkdown, type ScannedNote } from "../../../src/cli/notes/scanMarkdown";
import { parseMetadata__ } from "../../fakes/obsidian";

/** [task, parent, start line, start col, end line, end col] */
type ItemRow = [string | undefined, number, number, number, number, number];
interface Shape {
	items?: ItemRow[];
	/** [type, start line, end line] */
	sections?: [string, number, number][];
	/** [link, displayText, line, col] */
	links?: [string, string | undefined, number, number][];
	tags?: string[];
}

type Span = { start: { line: number; col: number }; end: { line: number; col: number } };
const itemRow = (i: { task?: string; parent: number; position: Span }): ItemRow => [
	i.task,
	i.parent,
	i.position.start.line,
	i.position.start.col,
	i.position.end.line,
	i.position.end.col,
];

function scannerShape(note: ScannedNote): Required<Shape> {
	return {
		items: note.listItems.map(itemRow),
		sections: note.sections.map((s) => [s.type, s.position.start.line, s.position.end.line]),
		links: note.links.map((l) => [l.link, l.displayText, l.position.start.line, l.position.start.col]),
		tags: note.tags,
	};
}

function doubleShape(cache: CachedMetadata): Required<Shape> {
	return {
		items: (cache.listItems ?? []).map(itemRow),
		sections: (cache.sections ?? []).map((s) => [s.type, s.position.start.line, s.position.end.line]),
		links: (cache.links ?? []).map((l) => [l.link, l.displayText, l.position.start.line, l.position.start.col]),
		tags: (cache.tags ?? []).map((t) => t.tag),
	};
}

const cases: { name: string; text: string; want: Shape }[] = [
	{
		name: "a list on the first line is list -1",
		text: "- a\n- [x] b",
		want: { items: [[undefined, -1, 0, 0, 0, 3], ["x", -1, 1, 0, 1, 7]] },
	},
	{
		name: "a nested item starts at its parent's content, not at its marker",
		text: "- [ ] plan\n    - [ ] call\n        - note",
		want: { items: [[" ", -1, 0, 0, 0, 10], [" ", 0, 1, 2, 1, 14], [undefined, 1, 2, 6, 2, 14]] },
	},
	{
		name: "a parent with two spaces after its marker",
		text: "-  [ ] plan\n    - call",
		want: { items: [[" ", -1, 0, 0, 0, 11], [undefined, 0, 1, 3, 1, 10]] },
	},
	{
		name: "a tab-indented child",
		text: "- a\n\t- b",
		want: { items: [[undefined, -1, 0, 0, 0, 3], [undefined, 0, 1, 1, 1, 4]] },
	},
	{
		name: "items in a quote start after the quote marker",
		text: "Intro\n\n> - [ ] a\n>     - [ ] b",
		want: { items: [[" ", -2, 2, 2, 2, 9], [" ", 2, 3, 4, 3, 13]], sections: [["paragraph", 0, 0], ["blockquote", 2, 3]] },
	},
	{
		name: "a root item indented by one space is a sibling, starting at column 0",
		text: "- [ ] parent\n    - [ ] child\n\n - [ ] sibling",
		want: { items: [[" ", -1, 0, 0, 0, 12], [" ", 0, 1, 2, 1, 15], [" ", -1, 3, 0, 3, 14]] },
	},
	{
		name: "a loose list's item keeps the blank line before its next sibling",
		text: "# Log\n\n1. [ ] a\n2. [ ] b\n\n3. [ ] c\n\nAfter",
		want: {
			items: [[" ", -2, 2, 0, 2, 8], [" ", -2, 3, 0, 4, 0], [" ", -2, 5, 0, 5, 8]],
			sections: [["heading", 0, 0], ["list", 2, 5], ["paragraph", 7, 7]],
		},
	},
	{
		name: "a fenced block nested in an item is the item's",
		text: "- [ ] run\n  ```sh\n  ls\n  ```\n\nText",
		want: { items: [[" ", -1, 0, 0, 3, 5]], sections: [["list", 0, 3], ["paragraph", 5, 5]] },
	},
	{
		name: "a numbered step after a task's box is a nested item",
		text: "- [ ] 1. Call [[Jane]]\n- [ ] 2 plain",
		want: { items: [[" ", -1, 0, 0, 0, 22], [undefined, 0, 0, 6, 0, 22], [" ", -1, 1, 0, 1, 13]], links: [["Jane", "Jane", 0, 14]] },
	},
	{
		name: "an HTML comment block hides its items, links and tags",
		text: "Before:\n<!--\n- [ ] #hidden [[Jane]]\n-->\n\n- [ ] #shown <!-- #gone [[Sam]] --> [[Ann]]",
		want: {
			items: [[" ", -5, 5, 0, 5, 43]],
			sections: [["paragraph", 0, 0], ["html", 1, 3], ["list", 5, 5]],
			links: [["Ann", "Ann", 5, 36]],
			tags: ["#shown"],
		},
	},
	{
		name: "a %% comment block has no items but keeps its links and tags",
		text: "Before:\n%%\n- [ ] #kept [[Jane]]\n%%\n\n%% one line %%",
		want: {
			items: [],
			sections: [["paragraph", 0, 0], ["comment", 1, 3], ["comment", 5, 5]],
			links: [["Jane", "Jane", 2, 12]],
			tags: ["#kept"],
		},
	},
	{
		name: "a pipe right after the brackets is part of the link",
		text: "[[|]] and [[|Jane]] and [[|#x]] and [[Jane||x]]",
		want: { links: [["|", "|", 0, 0], ["|Jane", "|Jane", 0, 10], ["|#x", "| > x", 0, 24], ["Jane", "|x", 0, 36]] },
	},
	{
		name: "a tag right after an escaped character",
		text: "- [ ] #task with \\[\\[#Escaped Links\\]\\]",
		want: { tags: ["#task", "#Escaped"] },
	},
];

describe("Obsidian's recorded shapes, in the scanner and in the test double", () => {
	it.each(cases)("$name", ({ text, want }) => {
		const scanned = scannerShape(scanMarkdown(text));
		const double = doubleShape(parseMetadata__(text));
		for (const key of Object.keys(want) as (keyof Shape)[]) {
			expect(scanned[key], `scanner ${key}`).toEqual(want[key]);
			expect(double[key], `double ${key}`).toEqual(want[key]);
		}
	});

	const frontmatterCases: { name: string; text: string; yaml: string | null; position: boolean; section: boolean }[] = [
		{ name: "a block with properties", text: "---\na: 1\n---\nx", yaml: "a: 1\n", position: true, section: true },
		{ name: "an empty block is a yaml section without a position", text: "---\n---\n\n# T", yaml: "", position: false, section: true },
		{ name: "no block", text: "# T\n---\n", yaml: null, position: false, section: false },
	];
	it.each(frontmatterCases)("frontmatter: $name", ({ text, yaml, position, section }) => {
		const note = scanMarkdown(text);
		expect(note.frontmatterText).toBe(yaml);
		expect(note.sections[0]?.type === "yaml").toBe(section);
		const cache = parseMetadata__(text);
		expect(cache.frontmatterPosition !== undefined).toBe(position);
		expect(cache.sections?.[0]?.type === "yaml").toBe(section);
	});
});
