/**
 * A task as written in a note: its checkbox, its words, and its due date in the two notations
 * people use in Obsidian — the Tasks plugin's `📅 2026-12-01` and Dataview's `[due:: 2026-12-01]`.
 * The words are shown to the user as the follow-up; the other Tasks fields (priority, recurrence,
 * scheduled and done dates…) are notation, not words, and are left out.
 */
import { parseIsoDay, type Day } from "../days";

export interface TaskLine {
	/** The checkbox's character: " " for an open task. */
	status: string;
	/** The task's words, Markdown as written, without its notation fields. */
	text: string;
	due: Day | null;
}

const TASK = /^\s*(?:>\s*)*(?:[-*+]|\d{1,9}[.)])\s+\[(.)\]\s?(.*)$/u;
/** Tasks' due date, with the calendar emoji it accepts (📅, 📆, 🗓). */
const TASKS_DUE = /(?:\u{1F4C5}|\u{1F4C6}|\u{1F5D3}\u{FE0F}?)\s*(\d{4}-\d{2}-\d{2})/u;
const DATAVIEW_DUE = /[[(]\s*due\s*::\s*(\d{4}-\d{2}-\d{2})\s*[\])]/iu;
/** Tasks' other fields: an emoji and what follows it up to the next field (dates, recurrence, ids…). */
const TASKS_FIELD = /\s*(?:\u{1F4C5}|\u{1F4C6}|\u{1F5D3}\u{FE0F}?|\u{23F3}|\u{231B}|\u{1F6EB}|\u{2795}|\u{2705}|\u{274C}|\u{1F501}|\u{1F3C1}|\u{1F194}|\u{26D4})[^\u{1F4C5}\u{1F4C6}\u{1F5D3}\u{23F3}\u{231B}\u{1F6EB}\u{2795}\u{2705}\u{274C}\u{1F501}\u{1F3C1}\u{1F194}\u{26D4}\u{23EC}\u{1F53D}\u{1F53C}\u{23EB}\u{1F53A}]*/gu;
const TASKS_PRIORITY = /\s*[\u{23EC}\u{1F53D}\u{1F53C}\u{23EB}\u{1F53A}]\u{FE0F}?/gu;
const DATAVIEW_FIELD = /\s*[[(]\s*[\p{L}\p{N}_ -]+::[^\])]*[\])]/gu;

/** The task on a line, or null when the line is not a task. */
export function parseTaskLine(line: string): TaskLine | null {
	const match = TASK.exec(line);
	if (!match) return null;
	const rest = match[2] ?? "";
	const dueText = TASKS_DUE.exec(rest)?.[1] ?? DATAVIEW_DUE.exec(rest)?.[1] ?? null;
	const text = rest.replace(TASKS_FIELD, "").replace(TASKS_PRIORITY, "").replace(DATAVIEW_FIELD, "").replace(/\s+/g, " ").trim();
	return { status: match[1] ?? " ", text, due: dueText ? parseIsoDay(dueText) : null };
}
