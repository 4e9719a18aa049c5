import { describe, expect, it } from "vitest";
import { scanMarkdown } from "../../../src/cli/notes/scanMarkdown";
import { createLinkContextLookup, linkContextAt, type LinkContext } from "../../../src/core/linkContext";

describe("link contexts of scanned notes", () => {
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
		// Obsidian's cache holds a plain item inside the task on that line, and the innermost item decides.
		{ name: "a numbered step after a task's box", text: "- [ ] 1. Call [[Jane]]", contexts: [["Jane", "plain"]] },
	];
	it.each(cases)("$name", ({ text, contexts }) => {
		const note = scanMarkdown(text);
		const lookup = createLinkContextLookup(note.listItems, note.sections);
		const got = note.links.map((l) => [l.link, linkContextAt(l.position.start.line, note.listItems, note.sections)]);
		expect(got).toEqual(contexts);
		expect(note.links.map((l) => [l.link, lookup(l.position.start.line)])).toEqual(contexts);
	});


	it("classifies 100,000 links of one note", () => {
		const lines: string[] = [];
		for (let i = 0; i < 100_000; i++) lines.push(i % 3 === 0 ? `- [ ] [[P${i}]]` : i % 3 === 1 ? `- [x] [[P${i}]]` : `> [[P${i}]]\n`);
		const note = scanMarkdown(lines.join("\n"));
		expect(note.links).toHaveLength(100_000);
		const lookup = createLinkContextLookup(note.listItems, note.sections);
		const counts = new Map<LinkContext, number>();
		for (const link of note.links) {
			const ctx = lookup(link.position.start.line);
			counts.set(ctx, (counts.get(ctx) ?? 0) + 1);
		}
		expect(counts.get("task-open")).toBe(33_334);
		expect(counts.get("task-done")).toBe(33_333);
		expect(counts.get("quote")).toBe(33_333);
	});
});
