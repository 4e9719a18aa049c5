import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { historyLineText, LINE_TEXT_MAX } from "../../../src/core/history/lineText";
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
