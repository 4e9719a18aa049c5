import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { historyEntryText, historyLineText, LINE_TEXT_MAX, lineWithContinuation } from "../../../src/core/history/lineText";
import { FUZZ_RUNS } from "../../fuzz";

describe("a line as history shows it", () => {
	it.each<[string, string]>([
		["- Lunch with [[Zoë Müller]] at the canteen", "Lunch with Zoë Müller at the canteen"],
		["- [x] Called [[People/Jane Doe|Jane]] back", "Called Jane back"],
		["## Coffee with [[Jane Doe#Notes]]", "Coffee with Jane Doe"],
		["> **Great** chat with _Sam_ about `Rust`", "Great chat with Sam about Rust"],
		["See [the slides](https://example.com/x) ![[diagram.png]] %%private%%", "See the slides"],
		["1. ==Ran into== ~~Bob~~ [[Bob Li]]", "Ran into Bob Bob Li"],
		["snake_case_name stays", "snake_case_name stays"],
	])("%j → %j", (line, text) => {
		expect(historyLineText(line)).toBe(text);
	});

	it("is one line of at most 140 characters, cut at a word", () => {
		const long = `- ${"word ".repeat(60)}`;
		const text = historyLineText(long);
		expect(text.length).toBeLessThanOrEqual(LINE_TEXT_MAX);
		expect(text.endsWith("word…")).toBe(true);
		fc.assert(
			fc.property(fc.string({ maxLength: 400 }), (line) => {
				const shown = historyLineText(line);
				expect(shown.length).toBeLessThanOrEqual(LINE_TEXT_MAX);
				expect(shown).not.toMatch(/[\n\r\t]/);
			}),
			{ numRuns: FUZZ_RUNS },
		);
	});
});

describe("a history entry's words", () => {
	it("are the line that mentions the person, or what a log line says after its date", () => {
		expect(historyEntryText("- Coffee with [[Kenji Watanabe|Kenji]] in Mitte", false)).toBe("Coffee with Kenji in Mitte");
		expect(historyEntryText("- 2026-08-06: called him back about the **visa** questions", true)).toBe("called him back about the visa questions");
		expect(historyEntryText("- 2026-08-06: in a daily note, the date stays", false)).toBe("2026-08-06: in a daily note, the date stays");
	});
});

describe("tags in a history line", () => {
	it("keep their word but not their #, so writing the line elsewhere tags nothing", () => {
		expect(historyLineText("- Met [[Ana]] at #conference/berlin, then #person stuff; room #42")).toBe("Met Ana at conference/berlin, then person stuff; room #42");
	});
});

describe("a line and the lines that continue it", () => {
	it("joins indented continuation lines, and stops at a nested item, a quote or a blank line", () => {
		const lines = ["- Drinks with [[Daniel]] at Prater. He hinted", "  the VP role might open up.", "  - nested item", "- next"];
		expect(lineWithContinuation(lines, 0)).toBe("- Drinks with [[Daniel]] at Prater. He hinted the VP role might open up.");
		expect(lineWithContinuation(["a", "   > quote", "b"], 0)).toBe("a");
		expect(lineWithContinuation(["a", "", "  b"], 0)).toBe("a");
		expect(lineWithContinuation(["a"], 3)).toBe("");
	});
});
