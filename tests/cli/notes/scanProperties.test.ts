import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scanMarkdown } from "../../../src/cli/notes/scanMarkdown";
import { createLinkContextLookup, linkContextAt, type LinkContext } from "../../../src/core/linkContext";
import { FUZZ_RUNS } from "../../fuzz";

const RUNS = FUZZ_RUNS;
const SEED = 20261125;

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
