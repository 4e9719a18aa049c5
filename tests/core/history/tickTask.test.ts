import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tickTask } from "../../../src/core/history/tickTask";
import { TODAY } from "../../builders";
import { FUZZ_RUNS } from "../../fuzz";

const note = ["# Notes", "- [ ] send [[Kenji]] the HR checklist 📅 2026-12-01", "- [ ] call Sam", "  - [ ] nested [ ] box", "- [x] done already"].join("\r\n");

describe("ticking a follow-up", () => {
	it("checks the box on that line only, keeping every other byte, and adds Tasks' done date where Tasks dates are used", () => {
		expect(tickTask(note, 2, "call Sam", TODAY)).toBe(note.replace("- [ ] call Sam", "- [x] call Sam"));
		expect(tickTask(note, 1, "send [[Kenji]] the HR checklist", TODAY)).toBe(note.replace("- [ ] send", "- [x] send").replace("📅 2026-12-01", "📅 2026-12-01 ✅ 2026-11-25"));
		expect(tickTask(note, 3, "nested [ ] box", TODAY)).toBe(note.replace("  - [ ] nested", "  - [x] nested"));
	});

	it("writes nothing when the line changed since it was read", () => {
		expect(tickTask(note, 2, "call Sam today", TODAY)).toBeNull();
		expect(tickTask(note, 4, "done already", TODAY)).toBeNull();
		expect(tickTask(note, 0, "Notes", TODAY)).toBeNull();
		expect(tickTask(note, 9, "call Sam", TODAY)).toBeNull();
	});

	it("changes nothing but the box (and an added done date) in any note", () => {
		fc.assert(
			fc.property(fc.array(fc.string({ maxLength: 20 }), { maxLength: 6 }), fc.nat({ max: 6 }), fc.string({ maxLength: 12 }), (lines, at, words) => {
				const text = [...lines.slice(0, at), `- [ ] ${words.replace(/[\r\n]/g, "")}`, ...lines.slice(at)].join("\n");
				const line = Math.min(at, lines.length);
				const ticked = tickTask(text, line, words.replace(/[\r\n]/g, "").replace(/\s+/g, " ").trim(), TODAY);
				if (ticked === null) return;
				const before = text.split("\n");
				const after = ticked.split("\n");
				expect(after.length).toBe(before.length);
				after.forEach((row, index) => {
					if (index !== line) expect(row).toBe(before[index]);
					else expect(row.startsWith((before[index] ?? "").replace("[ ]", "[x]").trimEnd())).toBe(true);
				});
			}),
			{ numRuns: FUZZ_RUNS },
		);
	});
});
