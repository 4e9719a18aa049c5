import { describe, expect, it } from "vitest";
import { formatDay } from "../../../src/core/days";
import { contactLinksOf, logLinesOf, noteLines, openTasksOf, type NoteShape } from "../../../src/core/history/noteContent";

const at = (line: number, endLine = line) => ({ start: { line }, end: { line: endLine } });

/** A contact's note: properties, a log, a task, a quote and code, as Obsidian's cache lays it out. */
const text = [
	"---", // 0
	"tags: person", // 1
	"---", // 2
	"## Log", // 3
	"- 2026-08-06: called him back about the visa", // 4
	"- [ ] send [[Sam Lee]] the HR checklist 📅 2026-12-01", // 5
	"- [x] 2026-09-01 sent the intro to [[Ana]]", // 6
	"> 2026-10-01 quoted, not a log", // 7
	"```", // 8
	"2026-10-02 code, not a log", // 9
	"```", // 10
	"**2026-10-03** lunch with [[Ana]]", // 11
].join("\r\n");

const shape: NoteShape = {
	links: [
		{ link: "Sam Lee", position: at(5) },
		{ link: "Ana", position: at(6) },
		{ link: "Ana", position: at(11) },
	],
	listItems: [
		{ position: at(4) },
		{ task: " ", position: at(5) },
		{ task: "x", position: at(6) },
	],
	sections: [
		{ type: "yaml", position: at(0, 2) },
		{ type: "heading", position: at(3) },
		{ type: "list", position: at(4, 6) },
		{ type: "blockquote", position: at(7) },
		{ type: "code", position: at(8, 10) },
		{ type: "paragraph", position: at(11) },
	],
};

describe("what a note's body says about people", () => {
	it("counts links in text and done tasks, with their line, not in open tasks", () => {
		expect(contactLinksOf(shape)).toEqual([
			{ link: "Ana", line: 6 },
			{ link: "Ana", line: 11 },
		]);
	});

	it("finds open tasks with the links on their line, and their words and due date from the text", () => {
		expect(openTasksOf(shape, noteLines(text))).toEqual([{ line: 5, links: ["Sam Lee"], text: "send [[Sam Lee]] the HR checklist", due: 20_788 }]);
		expect(openTasksOf(shape, null)).toEqual([{ line: 5, links: ["Sam Lee"], text: null, due: null }]);
	});

	it("reads a contact's log from the lines that open with a date, outside quotes, code and properties", () => {
		expect(logLinesOf(shape, noteLines(text)).map((entry) => [entry.line, formatDay(entry.day), entry.text])).toEqual([
			[4, "2026-08-06", "called him back about the visa"],
			[6, "2026-09-01", "sent the intro to [[Ana]]"],
			[11, "2026-10-03", "lunch with [[Ana]]"],
		]);
	});

	it("numbers lines as the cache does, whatever the line breaks", () => {
		expect(noteLines("a\r\nb\nc")).toEqual(["a", "b", "c"]);
	});
});
