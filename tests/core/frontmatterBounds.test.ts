import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findFrontmatter } from "../../src/core/frontmatterBounds";
import { FUZZ_RUNS } from "../fuzz";

describe("findFrontmatter", () => {
	const cases: { name: string; text: string; bounds: ReturnType<typeof findFrontmatter> }[] = [
		{ name: "a block and a body", text: "---\na: 1\n---\nbody", bounds: { yamlStart: 4, yamlEnd: 9, bodyStart: 13, closingLine: 2 } },
		{ name: "an empty block", text: "---\n---\n", bounds: { yamlStart: 4, yamlEnd: 4, bodyStart: 8, closingLine: 1 } },
		{ name: "no line break after the closing fence", text: "---\na: 1\n---", bounds: { yamlStart: 4, yamlEnd: 9, bodyStart: 12, closingLine: 2 } },
		{ name: "CRLF line breaks", text: "---\r\na: 1\r\n---\r\nbody", bounds: { yamlStart: 5, yamlEnd: 11, bodyStart: 16, closingLine: 2 } },
		{ name: "fences with trailing spaces and tabs", text: "--- \na: 1\n---\t \nx", bounds: { yamlStart: 5, yamlEnd: 10, bodyStart: 16, closingLine: 2 } },
		{ name: "the first closing line wins", text: "---\na: 1\n---\nb\n---\n", bounds: { yamlStart: 4, yamlEnd: 9, bodyStart: 13, closingLine: 2 } },
		{ name: "never closed", text: "---\na: 1\n", bounds: null },
		{ name: "`...` does not close it", text: "---\na: 1\n...\nbody", bounds: null },
		{ name: "a longer rule does not close it", text: "---\na: 1\n----\n", bounds: null },
		{ name: "not on the first line", text: "\n---\na: 1\n---\n", bounds: null },
		{ name: "just a fence", text: "---", bounds: null },
		{ name: "a fence with text after it", text: "--- a\nb: 1\n---\n", bounds: null },
		{ name: "no frontmatter", text: "body", bounds: null },
	];
	it.each(cases)("$name", ({ text, bounds }) => {
		expect(findFrontmatter(text)).toEqual(bounds);
	});

	it("never throws, and its bounds cut the text into fence, YAML, fence and body", () => {
		const pieces = fc.constantFrom("---", "--- ", "...", "a: 1", "", " ", "\r", "-", "x");
		const text = fc.array(pieces, { maxLength: 8 }).chain((lines) => fc.constantFrom("\n", "\r\n").map((eol) => lines.join(eol)));
		fc.assert(
			fc.property(text, (note) => {
				const bounds = findFrontmatter(note);
				if (!bounds) return;
				expect(note.slice(0, bounds.yamlStart).trimEnd()).toBe("---");
				expect(note.slice(bounds.yamlEnd, bounds.bodyStart).trimEnd()).toBe("---");
				expect(note.slice(0, bounds.yamlEnd).split("\n")).toHaveLength(bounds.closingLine + 1);
			}),
			{ seed: 20261125, numRuns: FUZZ_RUNS },
		);
	});
});
