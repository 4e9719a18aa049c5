import fc from "fast-check";
import moment from "moment";
import { describe, expect, it } from "vitest";
import { compileDayFormat, createDatedNoteMatcher, createDatedNoteRule, formatDepth } from "../../src/core/datedNotes";
import { formatDay } from "../../src/core/days";
import { FUZZ_RUNS } from "../fuzz";

const momentParse = (text: string, format: string): number | null => {
	const parsed = moment.utc(text, format, true);
	return parsed.isValid() ? Math.round(parsed.valueOf() / 86_400_000) : null;
};

function dayOf(format: string, path: string): string | null {
	const parsed = createDatedNoteMatcher(format, momentParse)(path);
	return parsed === null ? null : formatDay(parsed);
}

describe("dated notes", () => {
	it.each<[string, string, string | null]>([
		["YYYY-MM-DD", "Daily/2026-02-10.md", "2026-02-10"],
		["YYYY-MM-DD", "2026-02-10.md", "2026-02-10"],
		["YYYY-MM-DD", "Archive/2019/2019-12-31.md", "2019-12-31"],
		["YYYY-MM-DD", "Daily/2026-02-30.md", null],
		["YYYY-MM-DD", "Daily/2026-02-10 meeting.md", null],
		["YYYY-MM-DD", "Daily/2026-02-10.canvas", null],
		["YYYY/MM/YYYY-MM-DD", "Journal/2026/02/2026-02-10.md", "2026-02-10"],
		["YYYY/MM/YYYY-MM-DD", "Journal/2026/03/2026-02-10.md", null],
		["YYYY/MM/YYYY-MM-DD", "2026-02-10.md", null],
		["YYYY/MM-MMMM/YYYY-MM-DD-dddd", "Daily/2026/02-February/2026-02-10-Tuesday.md", "2026-02-10"],
		["DD.MM.YYYY", "Daily/10.02.2026.md", "2026-02-10"],
		["dddd, MMMM Do YYYY", "Daily/Tuesday, February 10th 2026.md", "2026-02-10"],
		["D MMM YYYY", "Daily/9 Feb 2026.md", "2026-02-09"],
		["[Journal] YYYY-MM-DD", "Journal 2026-02-10.md", "2026-02-10"],
		["[Journal] YYYY-MM-DD", "Journal 2026-02-1.md", null],
		["DD MMM YYYY", "Daily/09 Feb 2026.md", "2026-02-09"],
		["DD MMM YYYY", "Daily/09 Febr 2026.md", null],
		["YYYYMMDD", "20260210.md", "2026-02-10"],
		// Not compiled (two-digit years): handed to moment.
		["YY-MM-DD", "Daily/26-02-10.md", "2026-02-10"],
		["", "Daily/2026-02-10.md", "2026-02-10"],
	])("%s: %s → %s", (format, path, expected) => {
		expect(dayOf(format, path)).toBe(expected);
	});

	it("compiles the common tokens and declines the others", () => {
		expect(compileDayFormat("YYYY-MM-DD")).not.toBeNull();
		expect(compileDayFormat("gggg-[W]ww")).toBeNull();
		expect(compileDayFormat("YYYY-MM")).toBeNull();
		expect(formatDepth("YYYY/MM/YYYY-MM-DD")).toBe(3);
		expect(formatDepth("[a/b] YYYY-MM-DD")).toBe(1);
	});

	it("agrees with moment on every date for the formats it compiles", () => {
		const formats = ["YYYY-MM-DD", "YYYY/MM/YYYY-MM-DD", "DD.MM.YYYY", "dddd, MMMM Do YYYY", "D MMM YYYY", "DD MMM YYYY", "[Journal] YYYY-MM-DD", "YYYY-MM-DD-ddd", "M-D-YYYY"];
		fc.assert(
			fc.property(fc.constantFrom(...formats), fc.integer({ min: 0, max: 60_000 }), (format, dayNumber) => {
				const name = moment.utc(dayNumber * 86_400_000).format(format);
				expect(dayOf(format, `Daily/${name}.md`)).toBe(formatDay(dayNumber));
			}),
			{ numRuns: FUZZ_RUNS, seed: 29 },
		);
	});
});

describe("dated folders", () => {
	const rule = createDatedNoteRule("YYYY-MM-DD", [
		{ folder: "Meetings", format: "YYYY-MM-DD" },
		{ folder: "/Calls/", format: "DD.MM.YYYY" },
	]);
	const dayOf = (path: string, date: number | null = null) => {
		const found = rule.day(path, () => date);
		return found === null ? null : formatDay(found);
	};

	it.each<[string, string | null]>([
		["Daily/2026-08-06.md", "2026-08-06"],
		["Meetings/2026-08-06 Atlas sync.md", "2026-08-06"],
		["Meetings/2026-08-06.md", "2026-08-06"],
		["Meetings/2026/2026-08-06 — kickoff.md", "2026-08-06"],
		["Calls/06.08.2026 with Kenji.md", "2026-08-06"],
		["Meetings/2026-08-061 not a date.md", null],
		["Meetings/Atlas sync.md", null],
		["Other/2026-08-06 Atlas sync.md", null],
	])("%s → %s", (path, day) => {
		expect(dayOf(path)).toBe(day);
	});

	it("tells daily notes from other dated notes", () => {
		expect(rule.isDaily("Daily/2026-08-06.md")).toBe(true);
		expect(rule.isDaily("Meetings/2026-08-06 Atlas sync.md")).toBe(false);
	});

	it("takes a note's date property in a dated folder when its name has no date", () => {
		expect(dayOf("Meetings/Atlas sync.md", 20_000)).toBe(formatDay(20_000));
		expect(dayOf("Other/Atlas sync.md", 20_000)).toBeNull();
		expect(dayOf("Meetings/2026-08-06 Atlas.md", 20_000)).toBe("2026-08-06");
	});
});
