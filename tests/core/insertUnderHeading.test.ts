import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { insertUnderHeading, reconnectTaskMatcher } from "../../src/core/insertUnderHeading";
import { scanMarkdown } from "../../src/cli/notes/scanMarkdown";
import { FUZZ_RUNS } from "../fuzz";

const RUNS = FUZZ_RUNS;
const SEED = 20261125;

const BLOCK = "- [ ] Reconnect with [[Jane Doe]] — congratulate on her promotion\n\t> Hi Jane, ...";
const B = BLOCK;

describe("insertUnderHeading: documented examples", () => {
	const cases: { name: string; before: string; after: string; heading?: string }[] = [
		{ name: "empty note", before: "", after: `## Reconnect\n${B}\n` },
		{ name: "blank note", before: "\n\n", after: `## Reconnect\n${B}\n\n\n` },
		{ name: "note with frontmatter only", before: "---\ndate: 2026-11-25\n---\n", after: `---\ndate: 2026-11-25\n---\n\n## Reconnect\n${B}\n` },
		{ name: "content without the heading", before: "# Wednesday\n\nWrote notes.\n", after: `# Wednesday\n\nWrote notes.\n\n## Reconnect\n${B}\n` },
		{ name: "content without a final line break", before: "Wrote notes.", after: `Wrote notes.\n\n## Reconnect\n${B}` },
		{ name: "trailing blank lines: one blank line before the heading", before: "Notes.\n\n\n", after: `Notes.\n\n## Reconnect\n${B}\n\n` },
		{ name: "trailing spaces line becomes the separator", before: "Notes.\n  ", after: `Notes.\n  \n## Reconnect\n${B}` },
		{
			name: "heading present with content",
			before: "# Day\n\n## Reconnect\n- [ ] Reconnect with [[Sam]]\n\t> Hi Sam\n\n## Notes\nx\n",
			after: `# Day\n\n## Reconnect\n- [ ] Reconnect with [[Sam]]\n\t> Hi Sam\n${B}\n\n## Notes\nx\n`,
		},
		{ name: "heading followed by a heading of the same level", before: "## Reconnect\n## Notes\n", after: `## Reconnect\n${B}\n## Notes\n` },
		{ name: "heading followed by a blank line and a heading", before: "## Reconnect\n\n## Notes", after: `## Reconnect\n${B}\n\n## Notes` },
		{
			name: "a deeper heading stays in the section",
			before: "## Reconnect\n- a\n### Sub\n- b\n\n## Notes\n",
			after: `## Reconnect\n- a\n### Sub\n- b\n${B}\n\n## Notes\n`,
		},
		{ name: "a higher heading ends the section", before: "## Reconnect\n- a\n# Next\n", after: `## Reconnect\n- a\n${B}\n# Next\n` },
		{ name: "heading at the end without a line break", before: "# Day\n## Reconnect", after: `# Day\n## Reconnect\n${B}` },
		{ name: "section content at the end without a line break", before: "## Reconnect\n- a", after: `## Reconnect\n- a\n${B}` },
		{
			name: "heading inside a code fence does not count",
			before: "```\n## Reconnect\n```\n",
			after: `\`\`\`\n## Reconnect\n\`\`\`\n\n## Reconnect\n${B}\n`,
		},
		{
			name: "heading-like line in the frontmatter does not count",
			before: "---\n# Reconnect\n---\n",
			heading: "# Reconnect",
			after: `---\n# Reconnect\n---\n\n# Reconnect\n${B}\n`,
		},
		{ name: "heading in a quote does not count", before: "> ## Reconnect\n", after: `> ## Reconnect\n\n## Reconnect\n${B}\n` },
		{
			name: "two same headings: the first is used",
			before: "## Reconnect\n- a\n\n## Reconnect\n- b\n",
			after: `## Reconnect\n- a\n${B}\n\n## Reconnect\n- b\n`,
		},
		{ name: "title is case-insensitive, spaces and closing #s ignored", before: "##   reconnect  ##\n", after: `##   reconnect  ##\n${B}\n` },
		{ name: "the level must match", before: "### Reconnect\n- a\n", after: `### Reconnect\n- a\n\n## Reconnect\n${B}\n` },
		{ name: "setext heading of the same level", before: "Reconnect\n---\n- a\n", after: `Reconnect\n---\n- a\n${B}\n` },
		{ name: "heading given without #s is level 2", before: "## Reconnect\n", heading: "Reconnect", after: `## Reconnect\n${B}\n` },
		{ name: "custom heading", before: "# Day\n", heading: "### People to call", after: `# Day\n\n### People to call\n${B}\n` },
		{
			name: "CRLF note gets CRLF",
			before: "# Day\r\n\r\n## Reconnect\r\n- a\r\n\r\n## Notes\r\n",
			after: `# Day\r\n\r\n## Reconnect\r\n- a\r\n${B.replace("\n", "\r\n")}\r\n\r\n## Notes\r\n`,
		},
		{ name: "CRLF note without the heading", before: "x\r\n", after: `x\r\n\r\n## Reconnect\r\n${B.replace("\n", "\r\n")}\r\n` },
	];
	it.each(cases)("$name", ({ before, after, heading }) => {
		expect(insertUnderHeading(before, heading ?? "## Reconnect", BLOCK)).toEqual({ text: after, inserted: true });
	});

	it("leaves the note unchanged when a line is a duplicate", () => {
		const before = "## Reconnect\n- [x] reconnect with [[jane doe|Jane]] yesterday\n";
		expect(insertUnderHeading(before, "## Reconnect", BLOCK, reconnectTaskMatcher("Jane Doe"))).toEqual({
			text: before,
			inserted: false,
			reason: "duplicate",
		});
	});

	it("does not count a reconnect task shown in a code block as a draft already written", () => {
		for (const before of [
			"Example:\n```markdown\n- [ ] Reconnect with [[Jane Doe]] — say hi\n```\n",
			"- notes\n  ~~~\n  - [ ] Reconnect with [[Jane Doe]]\n  ~~~\n",
		]) {
			const result = insertUnderHeading(before, "## Reconnect", BLOCK, reconnectTaskMatcher("Jane Doe"));
			expect(result.inserted).toBe(true);
		}
		// After the code block closes, a task counts again.
		const after = "```\ncode\n```\n- [ ] Reconnect with [[Jane Doe]]\n";
		expect(insertUnderHeading(after, "## Reconnect", BLOCK, reconnectTaskMatcher("Jane Doe")).inserted).toBe(false);
	});

	it("inserts when no line is a duplicate", () => {
		const result = insertUnderHeading("## Reconnect\n- [ ] Reconnect with [[Jane Doe Jr]]\n", "## Reconnect", BLOCK, reconnectTaskMatcher("Jane Doe"));
		expect(result.inserted).toBe(true);
	});

	it("normalises the block's own line breaks and drops its trailing blank lines", () => {
		expect(insertUnderHeading("a\r\n", "## R", "- x\r\n  y\n\n").text).toBe("a\r\n\r\n## R\r\n- x\r\n  y\r\n");
		expect(insertUnderHeading("a\n", "## R", "- x\r\n  y").text).toBe("a\n\n## R\n- x\n  y\n");
	});
});

describe("reconnectTaskMatcher", () => {
	const matches = reconnectTaskMatcher("Jane Doe");
	const cases: [string, boolean][] = [
		["- [ ] Reconnect with [[Jane Doe]]", true],
		["- [x] Reconnect with [[Jane Doe]] — congratulate", true],
		["- [-] Reconnect with [[Jane Doe|Jane]]", true],
		["* [ ] Reconnect with [[jane doe]]", true],
		["+ [ ] reconnect with [[JANE DOE]]", true],
		["1. [ ] Reconnect with [[Jane Doe]]", true],
		["12) [/] Reconnect with [[Jane Doe]]", true],
		["\t\t- [ ] Reconnect with [[Jane Doe]]", true],
		["- [ ] Reconnect with [[Jane Doe Jr]]", false],
		["- [ ] Reconnect with [[Jane]]", false],
		["- [ ] Reconnect with [[People/Jane Doe]]", false],
		["- Reconnect with [[Jane Doe]]", false],
		["Reconnect with [[Jane Doe]]", false],
		["> - [ ] Reconnect with [[Jane Doe]]", false],
		["- [ ] Call [[Jane Doe]]", false],
	];
	it.each(cases)("%s → %s", (line, expected) => {
		expect(matches(line)).toBe(expected);
	});

	it("treats the link text literally, not as a pattern", () => {
		// (Names with brackets get no task at all: see linkRefusal.)
		const odd = reconnectTaskMatcher("A.B (C)*+? $1");
		expect(odd("- [ ] Reconnect with [[A.B (C)*+? $1]]")).toBe(true);
		expect(odd("- [ ] Reconnect with [[AxB (C)*+? $1]]")).toBe(false);
		expect(reconnectTaskMatcher("Zoë")("- [ ] Reconnect with [[ZOË]]")).toBe(true);
	});
});

describe("insertUnderHeading: properties", () => {
	const lineKinds = fc.constantFrom(
		"## Reconnect", "## reconnect ##", "### Reconnect", "# Title", "## Notes", "### Sub", "text", "", "", "  ",
		"- [ ] Reconnect with [[Sam]]", "\t> Hi Sam", "```", "~~~", "> quote", "---", "Reconnect", "===", "<!--", "-->", "%%",
		"    indented", "| a |", "|---|",
	);
	const noteArb = fc.record({
		lines: fc.array(lineKinds, { maxLength: 25 }),
		crlf: fc.boolean(),
		finalBreak: fc.boolean(),
	}).map(({ lines, crlf, finalBreak }) => {
		const eol = crlf ? "\r\n" : "\n";
		return lines.join(eol) + (finalBreak && lines.length > 0 ? eol : "");
	});
	const headingArb = fc.constantFrom("## Reconnect", "### Reconnect", "# Title", "## Notes", "Reconnect");
	const blockArb = fc.constantFrom(BLOCK, "- [ ] Reconnect with [[Jane Doe]]", `${BLOCK}\n\n`);
	const isOurs = reconnectTaskMatcher("Jane Doe");

	/**
	 * The spans the result can have added to the original: every i with
	 * result === original.slice(0, i) + added + original.slice(i). Empty if the original was altered.
	 */
	const addedSpans = (original: string, result: string): string[] => {
		const extra = result.length - original.length;
		if (extra < 0) return [];
		let prefix = 0;
		while (prefix < original.length && original[prefix] === result[prefix]) prefix++;
		let suffix = 0;
		while (suffix < original.length && original[original.length - 1 - suffix] === result[result.length - 1 - suffix]) suffix++;
		const spans: string[] = [];
		for (let i = Math.max(0, original.length - suffix); i <= prefix; i++) spans.push(result.slice(i, i + extra));
		return spans;
	};

	it("keeps the original text byte for byte around one added span", () => {
		fc.assert(
			fc.property(noteArb, headingArb, blockArb, (note, heading, block) => {
				const result = insertUnderHeading(note, heading, block);
				expect(result.inserted).toBe(true);
				const spans = addedSpans(note, result.text);
				expect(spans.length).toBeGreaterThan(0);
				expect(spans.some((added) => added.includes("- [ ] Reconnect with [[Jane Doe]]"))).toBe(true);
				if (note.includes("\r\n")) expect(result.text.replace(/\r\n/g, "")).not.toContain("\n");
			}),
			{ seed: SEED, numRuns: RUNS },
		);
	});

	it("puts the block at the end of the first matching section, or creates the section at the end", () => {
		fc.assert(
			fc.property(noteArb, headingArb, (note, heading) => {
				const result = insertUnderHeading(note, heading, BLOCK).text;
				const lines = note.split("\n").map((l) => l.replace(/\r$/, ""));
				const blockLine = result.split("\n").findIndex((l) => isOurs(l));
				const level = heading.startsWith("#") ? heading.indexOf(" ") : 2;
				const title = heading.replace(/^#+ /, "").toLowerCase();
				const headings = scanMarkdown(note)
					.sections.filter((s) => s.type === "heading")
					.map((s) => {
						const first = lines[s.position.start.line] ?? "";
						const last = lines[s.position.end.line] ?? "";
						const setext = s.position.end.line > s.position.start.line;
						return {
							first: s.position.start.line,
							last: s.position.end.line,
							level: setext ? (last.trim().startsWith("=") ? 1 : 2) : (/^ *(#+)/.exec(first)?.[1]?.length ?? 0),
							title: (setext ? lines.slice(s.position.start.line, s.position.end.line).join("\n") : first.replace(/^ *#+/, ""))
								.replace(/ #+ *$/, "")
								.trim()
								.toLowerCase(),
						};
					});
				const target = headings.find((h) => h.level === level && h.title === title);
				if (!target) {
					// Created at the end: only blank lines of the original follow it.
					expect(result.split("\n")[blockLine - 1]?.replace(/\r$/, "")).toBe(heading.startsWith("#") ? heading : `## ${heading}`);
					expect(lines.slice(blockLine - 1).every((l) => l.trim() === "")).toBe(true);
					return;
				}
				const boundary = headings.find((h) => h.first > target.last && h.level <= level);
				const end = boundary ? boundary.first : lines.length;
				expect(blockLine).toBeGreaterThan(target.last);
				expect(blockLine).toBeLessThanOrEqual(end);
				expect(lines.slice(blockLine, end).every((l) => l.trim() === "")).toBe(true);
				expect(blockLine === target.last + 1 || (lines[blockLine - 1] ?? "").trim() !== "").toBe(true);
			}),
			{ seed: SEED, numRuns: RUNS },
		);
	});

	it("is idempotent with a duplicate test that recognises the block", () => {
		fc.assert(
			fc.property(noteArb, headingArb, blockArb, (note, heading, block) => {
				const once = insertUnderHeading(note, heading, block, isOurs);
				const twice = insertUnderHeading(once.text, heading, block, isOurs);
				expect(once.inserted).toBe(true);
				expect(twice).toEqual({ text: once.text, inserted: false, reason: "duplicate" });
				expect(twice.text.split("\n").filter((l) => isOurs(l))).toHaveLength(1);
			}),
			{ seed: SEED, numRuns: RUNS },
		);
	});

	it("never throws on arbitrary text and headings", () => {
		fc.assert(
			fc.property(fc.string({ unit: "binary", maxLength: 200 }), fc.string({ maxLength: 20 }), fc.string({ maxLength: 40 }), (note, heading, block) => {
				const result = insertUnderHeading(note, heading, block);
				expect(addedSpans(note, result.text).length).toBeGreaterThan(0);
			}),
			{ seed: SEED, numRuns: RUNS },
		);
	});
});
