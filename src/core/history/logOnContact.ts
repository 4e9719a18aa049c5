/**
 * Keeping the history in the vault: when the user marks a contact as contacted (or ticks the
 * reconnect task), a line `- 2026-11-25 contacted` — or the task's summary — is added at the end of
 * the contact note's `## Log` section, created at the end of the note when it has none. A note
 * that already records that day (any dated line for it, anywhere in the note) is left as it is,
 * so a day is never logged twice.
 */
import { formatDay, type Day } from "../days";
import { insertUnderHeading, type InsertResult } from "../insertUnderHeading";
import { parseDatedLine } from "./datedLine";
import { historyLineText } from "./lineText";

export const LOG_HEADING = "## Log";

/**
 * The note's text with the day logged, or `inserted: false` when that day is there already; `line`
 * is the line written (what an undo takes out again).
 */
export function logContact(text: string, day: Day, summary?: string): InsertResult & { line: string } {
	const words = summary ? historyLineText(summary) : "";
	const line = `- ${formatDay(day)} ${words || "contacted"}`;
	return { ...insertUnderHeading(text, LOG_HEADING, line, (existing) => parseDatedLine(existing)?.day === day), line };
}
