/**
 * A line of a contact's own note that records a day: a log entry such as
 * `- 2026-08-06: called him back`, `[[2026-08-06]] coffee in Kreuzberg` or `**2026-08-06** lunch`.
 * The date must open the line (after a list marker or a done checkbox); a date later in the line is
 * part of what was said, not when it happened.
 */
import { parseIsoDay, type Day } from "../days";

export interface DatedLine {
	day: Day;
	/** What the line says after the date. */
	text: string;
}

const LIST_MARKER = /^\s*(?:(?:[-*+]|\d{1,9}[.)])\s+(?:\[([^\]])\]\s+)?)?/u;
const OPENING_DATE = /^(?:\*\*|__)?(?:\[\[)?(\d{4}-\d{2}-\d{2})(?:\|[^\]]*)?(?:\]\])?(?:\*\*|__)?(?=$|[\s:—–,.-])[\s:—–,.-]*(.*)$/u;

/** The day a line records, or null. An open task is an intention, not a contact: it records nothing. */
export function parseDatedLine(line: string): DatedLine | null {
	const marker = LIST_MARKER.exec(line);
	const status = marker?.[1];
	if (status === " ") return null;
	const rest = line.slice(marker?.[0].length ?? 0);
	const match = OPENING_DATE.exec(rest);
	if (!match) return null;
	const day = parseIsoDay(match[1] ?? "");
	return day === null ? null : { day, text: (match[2] ?? "").trim() };
}
