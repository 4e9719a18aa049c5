import { describe, expect, it } from "vitest";
import { lastContactOn, planLastContactWrite } from "../../src/core/lastContactWrite";
import { day } from "../builders";

const TODAY = day("2026-11-25");

describe("what a write puts in last-contact (never backwards)", () => {
	it.each<[string, unknown, string, ReturnType<typeof planLastContactWrite>]>([
		["nothing yet", undefined, "2026-11-25", { kind: "set", value: "2026-11-25", note: null }],
		["an earlier date", "2026-10-28", "2026-11-25", { kind: "set", value: "2026-11-25", note: null }],
		["the same date", "2026-11-25", "2026-11-25", { kind: "unchanged", message: "already in touch on 2026-11-25" }],
		["a later date (an earlier --today)", "2026-10-28", "2026-06-01", { kind: "unchanged", message: "already in touch on 2026-10-28" }],
		["a single date in the future stays", "2030-01-01", "2026-11-25", { kind: "unchanged", message: "already in touch on 2030-01-01" }],
		["a quoted wikilink to a later day", "[[2026-11-30]]", "2026-11-25", { kind: "unchanged", message: "already in touch on 2026-11-30" }],
		["a value that is not a date", "yesterday-ish", "2026-11-25", { kind: "set", value: "2026-11-25", note: null }],
		["a list, all earlier", ["2025-01-01", "2026-03-02"], "2026-11-25", { kind: "append", value: "2026-11-25", note: null }],
		["a list with a later day up to today", ["2025-01-01", "2026-11-25"], "2026-11-20", { kind: "unchanged", message: "already in touch on 2026-11-25" }],
		["a list with a future date", ["2025-01-01", "2030-01-01"], "2026-11-25", { kind: "append", value: "2026-11-25", note: "kept 2030-01-01, which is in the future" }],
	])("%s", (_what, value, written, plan) => {
		expect(planLastContactWrite(value, day(written), TODAY)).toEqual(plan);
	});

	it("after an append to a list with a future date, the reader sees the new date", () => {
		const plan = planLastContactWrite(["2025-01-01", "2030-01-01"], TODAY, TODAY);
		expect(plan.kind).toBe("append");
		// Newest first, as a contact keeps them: the future date is skipped.
		expect(lastContactOn([day("2030-01-01"), TODAY, day("2025-01-01")], TODAY)).toBe(TODAY);
		// And writing again changes nothing.
		expect(planLastContactWrite(["2025-01-01", "2030-01-01", "2026-11-25"], TODAY, TODAY)).toEqual({ kind: "unchanged", message: "already in touch on 2026-11-25" });
	});
});
