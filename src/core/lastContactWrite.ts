/**
 * What to write to last-contact, given what the note holds: the one rule every writer applies
 * (the sidebar's Contacted, the command, a ticked reconnect task, the command line).
 *
 * Never backwards: a stored date later than the one written is never removed or replaced. A
 * single later date stays, and the writer says so ("already in touch on 2026-10-28"). A list is a
 * history: the new date is added, and a later date in it that is still in the future is kept and
 * reported — the reader ignores future dates, so it sees the new one.
 */
import { formatDay, type Day } from "./days";
import { parseLooseDate } from "./values";

export type LastContactWrite =
	/** Replace the value with this date. */
	| { kind: "set"; value: string; note: string | null }
	/** Add this date to the list. */
	| { kind: "append"; value: string; note: string | null }
	| { kind: "unchanged"; message: string };

/** The dates a value holds (a date, or a list of them), newest first; what cannot be read is skipped. */
function datesIn(value: unknown): Day[] {
	const items = Array.isArray(value) ? (value as unknown[]) : [value];
	const days: Day[] = [];
	for (const item of items) {
		const parsed = Array.isArray(item) ? null : parseLooseDate(item);
		if (parsed?.ok) days.push(parsed.value.day);
	}
	return days.sort((a, b) => b - a);
}

/** `day` written on `today` over the stored `value`. */
export function planLastContactWrite(value: unknown, day: Day, today: Day): LastContactWrite {
	const stored = datesIn(value);
	const written = formatDay(day);
	if (!Array.isArray(value)) {
		const latest = stored[0];
		if (latest !== undefined && latest >= day) return { kind: "unchanged", message: `already in touch on ${formatDay(latest)}` };
		return { kind: "set", value: written, note: null };
	}
	// In a list, a date up to today that is not earlier than the new one already says it.
	const known = stored.find((candidate) => candidate <= today && candidate >= day);
	if (known !== undefined) return { kind: "unchanged", message: `already in touch on ${formatDay(known)}` };
	const ahead = stored.filter((candidate) => candidate > today);
	const note = ahead.length ? `kept ${ahead.map(formatDay).join(", ")}, which ${ahead.length === 1 ? "is" : "are"} in the future` : null;
	return { kind: "append", value: written, note };
}

/** The date a contact's last-contact dates give on `today`: the newest that is not in the future. */
export function lastContactOn(days: readonly Day[], today: Day): Day | null {
	for (const candidate of days) if (candidate <= today) return candidate;
	return null;
}
