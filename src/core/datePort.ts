/**
 * Daily-note names and templates use moment format strings (`YYYY-MM-DD`, `dddd, MMMM Do YYYY`),
 * and Obsidian ships moment. The core needs moment's answers without importing it (it has no
 * dependency on a host), so each adapter hands over its moment function — Obsidian's in the
 * plugin, the `moment` package in the command line — and this file is the one place that calls it.
 */
import { dayFromParts, dayParts, type Day } from "./days";

/** The part of a moment object the core uses. */
export interface MomentLike {
	year(): number;
	month(): number;
	date(): number;
	isValid(): boolean;
	format(pattern: string): string;
	clone(): MomentLike;
	add(amount: number, unit: never): MomentLike;
}

/** moment's two call forms the core uses: from date parts, and strict parsing of a text. */
export interface MomentFunction {
	(parts: { year: number; month: number; date: number; hour: number; minute: number }): MomentLike;
	(text: string, format: string, strict: boolean): MomentLike;
}

/** A calendar day at a time of day: when a daily note is created, for its template's {{time}}. */
export interface DayTime {
	day: Day;
	hour: number;
	minute: number;
}

export interface DatePort {
	/** The day a text names in a moment format (strictly), or null. */
	readonly parseDay: (text: string, pattern: string) => Day | null;
	/** A day and time, moved by `offset` (moment units: d, w, M, y, h…), in a moment format. */
	readonly format: (when: DayTime, pattern: string, offset?: { amount: number; unit: string }) => string;
}

export function datePortOf(moment: MomentFunction): DatePort {
	return {
		parseDay: (text, pattern) => {
			const parsed = moment(text, pattern, true);
			return parsed.isValid() ? dayFromParts(parsed.year(), parsed.month() + 1, parsed.date()) : null;
		},
		format: (when, pattern, offset) => {
			const parts = dayParts(when.day);
			const base = moment({ year: parts.year, month: parts.month - 1, date: parts.day, hour: when.hour, minute: when.minute });
			// moment's unit names are a closed union in its types; a template may write any unit and moment ignores unknown ones.
			return (offset ? base.clone().add(offset.amount, offset.unit as never) : base).format(pattern);
		},
	};
}
