import { describe, expect, it } from "vitest";
import { parseIsoDay } from "../../../src/core/days";
import { parseTaskLine } from "../../../src/core/history/taskLine";

const day = (iso: string) => parseIsoDay(iso);

describe("a task line", () => {
	it.each<[string, { status: string; text: string; due: string | null } | null]>([
		["- [ ] send [[Kenji Watanabe]] the HR checklist 📅 2026-12-01", { status: " ", text: "send [[Kenji Watanabe]] the HR checklist", due: "2026-12-01" }],
		["- [ ] call Sam back [due:: 2026-11-20]", { status: " ", text: "call Sam back", due: "2026-11-20" }],
		["* [ ] intro (due:: 2026-11-20) to Ana", { status: " ", text: "intro to Ana", due: "2026-11-20" }],
		["1. [x] lunch with [[Ana]] ✅ 2026-11-02", { status: "x", text: "lunch with [[Ana]]", due: null }],
		["\t- [ ] review ⏫ 🔁 every week 📅 2026-12-05 ➕ 2026-11-01", { status: " ", text: "review", due: "2026-12-05" }],
		["- [ ] no date at all", { status: " ", text: "no date at all", due: null }],
		["- [ ] impossible date 📅 2026-02-30", { status: " ", text: "impossible date", due: null }],
		["> - [ ] in a quote 📆 2026-12-24", { status: " ", text: "in a quote", due: "2026-12-24" }],
		["- just an item", null],
		["plain text [ ] with a box", null],
	])("%j", (line, expected) => {
		const task = parseTaskLine(line);
		expect(task && { ...task, due: task.due }).toEqual(expected && { ...expected, due: expected.due === null ? null : day(expected.due) });
	});
});
