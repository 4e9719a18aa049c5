import { describe, expect, it } from "vitest";
import { findHeadings } from "../../src/core/headings";

const titles = (note: string): [number, string][] => findHeadings(note.split("\n")).map((h) => [h.firstLine, h.title]);

describe("findHeadings: the frontmatter block", () => {
	const cases: { name: string; note: string; headings: [number, string][] }[] = [
		{ name: "lines inside the block are not headings", note: "---\n# a YAML comment\n---\n## Reconnect", headings: [[3, "Reconnect"]] },
		{ name: "a block with trailing spaces on its fences", note: "--- \n# comment\n---\t\n## Log", headings: [[3, "Log"]] },
		{ name: "`...` does not close the block, as in Obsidian", note: "---\n# Plans\n...\n## Log", headings: [[1, "Plans"], [3, "Log"]] },
		{ name: "a block that is never closed is body text", note: "---\n# Plans", headings: [[1, "Plans"]] },
		{ name: "a rule later in the note is not frontmatter", note: "# Top\n---\n# Next\n---", headings: [[0, "Top"], [2, "Next"]] },
	];
	it.each(cases)("$name", ({ note, headings }) => {
		expect(titles(note)).toEqual(headings);
	});
});
