import moment from "moment";
import { describe, expect, it } from "vitest";
import { dailyNotePathFor, dailyNoteStart, templatePathOf } from "../../src/core/dailyNote";
import { datePortOf } from "../../src/core/datePort";
import { parseIsoDay } from "../../src/core/days";

const dates = datePortOf(moment);
const day = (iso: string): number => parseIsoDay(iso) ?? Number.NaN;

describe("the daily note's path", () => {
	it.each<[string, string, string]>([
		["Daily", "YYYY-MM-DD", "Daily/2026-11-25.md"],
		["/Journal/", "YYYY/MM/YYYY-MM-DD", "Journal/2026/11/2026-11-25.md"],
		["", "YYYY-MM-DD", "2026-11-25.md"],
		["", "dddd, MMMM Do YYYY", "Wednesday, November 25th 2026.md"],
		["Daily", "[Notes]/YYYY-MM-DD", "Daily/Notes/2026-11-25.md"],
	])("folder %j, format %j → %s", (folder, format, path) => {
		expect(dailyNotePathFor({ folder, format }, day("2026-11-25"), dates)).toEqual({ ok: true, path });
	});

	it.each([
		[".obsidian", "YYYY-MM-DD", ".obsidian"],
		["Journal/.hidden", "YYYY-MM-DD", ".hidden"],
		["Daily", "[.]YYYY-MM-DD", ".2026-11-25.md"],
		["Daily", "[.trash]/YYYY", ".trash"],
	])("refuses folder %j with format %j: the note would be hidden in %s", (folder, format, hidden) => {
		const result = dailyNotePathFor({ folder, format }, day("2026-11-25"), dates);
		expect(result).toEqual({ ok: false, problem: expect.stringContaining(`inside the hidden "${hidden}"`) as string });
	});

	it.each(["[..]/YYYY", "[.]", "YYYY//MM", "[ ]", "YYYY/[ ]/DD", "[]"])("refuses a format that names no note inside the vault: %j", (format) => {
		const result = dailyNotePathFor({ folder: "Daily", format }, day("2026-11-25"), dates);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.problem).toContain(format);
	});
});

describe("a new daily note's text", () => {
	it("fills the template's date, time and title tokens for the day and time given", () => {
		const template = "# {{title}}\n{{date}} {{time}} {{date:dddd}} {{date+1d:YYYY-MM-DD}} {{yesterday}}";
		const text = dailyNoteStart(template, "Daily/2026-11-25.md", { format: "YYYY-MM-DD" }, { day: day("2026-11-25"), hour: 9, minute: 5 }, dates);
		expect(text).toBe("# 2026-11-25\n2026-11-25 09:05 Wednesday 2026-11-26 2026-11-24");
	});

	it("knows the template by its path with or without .md", () => {
		expect(templatePathOf("Templates/Daily")).toBe("Templates/Daily.md");
		expect(templatePathOf("/Templates/Daily.MD")).toBe("Templates/Daily.MD");
	});
});
