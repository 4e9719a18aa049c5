/**
 * Dates written in words inside a note ("last week", "in October", "3 days ago"), read against
 * the day the note was written. People write news the way they would say it; the note's last
 * modification is the best record of when "last week" was.
 */
import { dayFromParts, dayParts, MONTH_NAMES, monthNumber, type Day } from "./days";
import type { DatePrecision } from "./values";

/** When, relative to the day a note was written. `undated` means the text names no time at all. */
export type WordsDate =
	| { kind: "undated" }
	| { kind: "days-ago"; days: number }
	| { kind: "months-ago"; months: number }
	| { kind: "years-ago"; years: number }
	| { kind: "month"; month: number }
	| { kind: "weekday"; weekday: number };

/** Amounts in words, by their value: "a couple of weeks" is two. */
const NUMBER_WORDS = ["", "a|an|one", "two|a couple of|couple", "three|a few|few", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

function amountOf(text: string): number {
	const lower = text.toLowerCase();
	return /^\d+$/.test(lower) ? Number(lower) : Math.max(1, NUMBER_WORDS.findIndex((words) => words.split("|").includes(lower)));
}

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

/** Fixed phrases and how many days before the note they mean. */
const PHRASE_DAYS: readonly [RegExp, number][] = [
	[/\b(?:today|this (?:morning|afternoon|evening)|tonight|just now)\b/i, 0],
	[/\byesterday\b/i, 1],
	[/\b(?:earlier this week|the other day|a few days ago)\b/i, 3],
	[/\bthis week\b/i, 0],
	[/\b(?:last|past) (?:week|weekend)\b/i, 7],
];

const AGO = /\b(\d{1,3}|a couple of|a few|couple|few|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(day|week|month|year)s?\s+ago\b/i;
const LAST_UNIT = /\b(?:last|past) (month|year)\b/i;
const IN_MONTH = new RegExp(`\\b(?:in|since|during|early|mid|mid-|late|end of|beginning of|start of)\\s*(?:of\\s+)?(${MONTH_NAMES.join("|")}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\b\\.?`, "i");
const THIS_MONTH = /\b(?:this|earlier this) month\b/i;
const ON_WEEKDAY = new RegExp(`\\b(?:on|last|this|since)\\s+(${WEEKDAYS.join("|")})\\b`, "i");

/** Every way of naming a time above, to take out of a phrase: a message never claims when. */
export const TIME_WORDS = new RegExp(`\\s*(?:${[...PHRASE_DAYS.map(([pattern]) => pattern), AGO, LAST_UNIT, THIS_MONTH, IN_MONTH, ON_WEEKDAY].map((pattern) => pattern.source).join("|")})`, "gi");

/** The time a piece of text names in words, if any. */
export function findWordsDate(text: string): WordsDate | null {
	for (const [pattern, days] of PHRASE_DAYS) if (pattern.test(text)) return { kind: "days-ago", days };
	const ago = AGO.exec(text);
	if (ago) {
		const amount = amountOf(ago[1] ?? "");
		const unit = (ago[2] ?? "day").toLowerCase();
		if (unit === "month") return { kind: "months-ago", months: amount };
		if (unit === "year") return { kind: "years-ago", years: amount };
		return { kind: "days-ago", days: amount * (unit === "week" ? 7 : 1) };
	}
	const last = LAST_UNIT.exec(text);
	if (last) return (last[1] ?? "").toLowerCase() === "year" ? { kind: "years-ago", years: 1 } : { kind: "months-ago", months: 1 };
	if (THIS_MONTH.test(text)) return { kind: "days-ago", days: 0 };
	const month = IN_MONTH.exec(text);
	if (month) {
		const number = monthNumber(month[1] ?? "");
		if (number) return { kind: "month", month: number };
	}
	const weekday = ON_WEEKDAY.exec(text);
	if (weekday) return { kind: "weekday", weekday: WEEKDAYS.indexOf((weekday[1] ?? "").toLowerCase()) };
	return null;
}

export interface ResolvedDate {
	day: Day;
	precision: DatePrecision;
}

/** The calendar day a words date stands for, counted back from the day the note was written. */
export function resolveWordsDate(when: WordsDate, written: Day): ResolvedDate {
	const { year, month } = dayParts(written);
	switch (when.kind) {
		case "undated":
			return { day: written, precision: "day" };
		case "days-ago":
			return { day: written - when.days, precision: "day" };
		case "weekday": {
			// 1970-01-01 was a Thursday (weekday 4); "on Monday" is the latest Monday before the note.
			const today = (((written + 4) % 7) + 7) % 7;
			const back = (today - when.weekday + 7) % 7 || 7;
			return { day: written - back, precision: "day" };
		}
		case "months-ago": {
			const total = year * 12 + (month - 1) - when.months;
			return { day: dayFromParts(Math.floor(total / 12), (total % 12) + 1, 1) ?? written, precision: "month" };
		}
		case "years-ago":
			return { day: dayFromParts(year - when.years, 1, 1) ?? written, precision: "year" };
		case "month": {
			// The latest such month that is not after the note: "in December" written in March is last December.
			const inYear = when.month <= month ? year : year - 1;
			return { day: dayFromParts(inYear, when.month, 1) ?? written, precision: "month" };
		}
	}
}
