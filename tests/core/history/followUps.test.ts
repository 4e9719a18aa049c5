import { describe, expect, it } from "vitest";
import { compareFollowUps, daysOverdue, FollowUpIndex } from "../../../src/core/history/followUps";

const task = (line: number, text: string | null, targets: string[], due: number | null = null) => ({ line, text, due, targets });

describe("follow-ups", () => {
	it("are open tasks about a person, most overdue first, wherever they are written", () => {
		const index = new FollowUpIndex();
		expect(index.setNote("Daily/a.md", [task(3, "send [[Kenji]] the checklist", ["Kenji.md"], 100), task(4, "nothing about anyone", [])]).sort()).toEqual(["Kenji.md"]);
		index.setNote("Kenji.md", [task(9, "ask about Osaka", ["Kenji.md"]), task(10, "book dinner", ["Kenji.md"], 90)]);
		expect(index.of("Kenji.md").map((followUp) => followUp.text)).toEqual(["book dinner", "send [[Kenji]] the checklist", "ask about Osaka"]);
		expect(index.of("Nobody.md")).toEqual([]);
	});

	it("leave out Reconnect's own reminders", () => {
		const index = new FollowUpIndex();
		index.setNote("Daily/a.md", [task(1, "Reconnect with [[Kenji]] — check in", ["Kenji.md"]), task(2, "reconnect with [[Kenji|K]]", ["Kenji.md"])]);
		expect(index.of("Kenji.md")).toEqual([]);
	});

	it("keep their words and due date while the note's text is not read again, and report only real changes", () => {
		const index = new FollowUpIndex();
		index.setNote("Daily/a.md", [task(3, "send the checklist", ["Kenji.md"], 100)]);
		expect(index.setNote("Daily/a.md", [task(3, null, ["Kenji.md"])])).toEqual([]);
		expect(index.of("Kenji.md")[0]).toEqual({ notePath: "Daily/a.md", line: 3, text: "send the checklist", due: 100 });
		expect(index.setNote("Daily/a.md", [task(3, "send the checklist", ["Kenji.md", "Sam.md"], 100)]).sort()).toEqual(["Kenji.md", "Sam.md"]);
		expect(index.removeNote("Daily/a.md").sort()).toEqual(["Kenji.md", "Sam.md"]);
		expect(index.of("Sam.md")).toEqual([]);
	});

	it("follow a renamed person", () => {
		const index = new FollowUpIndex();
		index.setNote("Daily/a.md", [task(3, "call", ["Kenji.md"])]);
		index.renameNote("Kenji.md", "People/Kenji.md");
		expect(index.of("Kenji.md")).toEqual([]);
		expect(index.of("People/Kenji.md")).toHaveLength(1);
		expect(index.removeNote("Daily/a.md")).toEqual(["People/Kenji.md"]);
	});

	it("are overdue from the day after their due date", () => {
		const followUp = { notePath: "a.md", line: 1, text: "x", due: 100 };
		expect([99, 100, 101, 106].map((today) => daysOverdue(followUp, today))).toEqual([0, 0, 1, 6]);
		expect(daysOverdue({ ...followUp, due: null }, 500)).toBe(0);
		expect([{ ...followUp, due: null }, { ...followUp, due: 5 }, { ...followUp, notePath: "0.md", due: 5 }].sort(compareFollowUps).map((f) => `${f.notePath}:${f.due}`)).toEqual(["0.md:5", "a.md:5", "a.md:null"]);
	});
});
