/**
 * Ticking a follow-up from the sidebar: the task's own line gets its box checked, and nothing else
 * in the note changes. A task written with the Tasks plugin's dates gets its done date too, as
 * Tasks itself would add it.
 */
import { formatDay, type Day } from "../days";
import { parseTaskLine } from "./taskLine";

/** A Tasks date field on the line: the writer uses Tasks, which records when a task was done. */
const TASKS_DATES = /\u{1F4C5}|\u{1F4C6}|\u{1F5D3}|\u{23F3}|\u{231B}|\u{1F6EB}|\u{2795}|\u{1F501}/u;

/**
 * The note's text with the open task on `line` ticked, or null when that line no longer holds an
 * open task with these words (the note changed since it was read): then nothing is written.
 */
export function tickTask(text: string, line: number, words: string, today: Day): string | null {
	let start = 0;
	for (let current = 0; current < line; current++) {
		const next = text.indexOf("\n", start);
		if (next < 0) return null;
		start = next + 1;
	}
	const newline = text.indexOf("\n", start);
	let end = newline < 0 ? text.length : newline;
	if (end > start && text.charCodeAt(end - 1) === 13) end--;
	const current = text.slice(start, end);
	const task = parseTaskLine(current);
	if (!task || task.status !== " " || task.text !== words) return null;
	const box = current.indexOf("[ ]");
	let ticked = `${current.slice(0, box)}[x]${current.slice(box + 3)}`;
	if (TASKS_DATES.test(current)) ticked = `${ticked.trimEnd()} \u2705 ${formatDay(today)}`;
	return text.slice(0, start) + ticked + text.slice(end);
}
