import { describe, expect, it } from "vitest";
import { formatDay } from "../../../src/core/days";
import { parseDatedLine } from "../../../src/core/history/datedLine";

describe("a dated line in a contact's note", () => {
	it.each<[string, [string, string] | null]>([
		["- 2026-08-06: called him back about the visa questions", ["2026-08-06", "called him back about the visa questions"]],
		["- [[2026-08-06]] coffee in Kreuzberg", ["2026-08-06", "coffee in Kreuzberg"]],
		["- [[2026-08-06|last Thursday]]: lunch", ["2026-08-06", "lunch"]],
		["**2026-08-06** lunch at the canteen", ["2026-08-06", "lunch at the canteen"]],
		["2026-08-06 — met at the conference", ["2026-08-06", "met at the conference"]],
		["1. 2026-08-06, quick call", ["2026-08-06", "quick call"]],
		["- [x] 2026-08-06 sent the checklist", ["2026-08-06", "sent the checklist"]],
		["- 2026-08-06", ["2026-08-06", ""]],
		["- [ ] 2026-12-01 send the checklist", null],
		["- called on 2026-08-06", null],
		["- 2026-13-45: not a day", null],
		["- 20260806 no dashes", null],
		["- 2026-08-067 too long", null],
	])("%j", (line, expected) => {
		const dated = parseDatedLine(line);
		expect(dated && [formatDay(dated.day), dated.text]).toEqual(expected);
	});
});
