/**
 * Calendar days as plain integers (days since 1970-01-01), so that ranking thousands of
 * contacts is integer arithmetic and no result depends on the machine's time zone.
 */
import { addMonths } from "date-fns/addMonths";

export type Day = number;

export interface DayParts {
	year: number;
	month: number; // 1-12
	day: number; // 1-31
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
	const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
	return month === 2 && leap ? 29 : (MONTH_LENGTHS[month - 1] ?? 0);
}

/*
 * Calendar arithmetic on integers (the proleptic Gregorian "days from civil" algorithm): ranking
 * evaluates tens of thousands of dates, and Date objects would be most of its cost.
 */

/** The day for a calendar date, or null when the date does not exist (2025-02-31). */
export function dayFromParts(year: number, month: number, day: number): Day | null {
	if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
	if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
	const y = month <= 2 ? year - 1 : year;
	const era = Math.floor(y / 400);
	const yearOfEra = y - era * 400;
	const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
	const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
	return era * 146_097 + dayOfEra - 719_468;
}

export function dayParts(day: Day): DayParts {
	const date = new Date(day * 86_400_000);
	return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function pad(value: number, width: number): string {
	return String(value).padStart(width, "0");
}

/** `YYYY-MM-DD`. */
export function formatDay(day: Day): string {
	const parts = dayParts(day);
	return `${pad(parts.year, 4)}-${pad(parts.month, 2)}-${pad(parts.day, 2)}`;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Strict `YYYY-MM-DD`, for command-line options and values the plugin wrote itself. */
export function parseIsoDay(text: string): Day | null {
	const match = ISO_DAY.exec(text.trim());
	if (!match) return null;
	return dayFromParts(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** Calendar months later, clamped to the month's end (Jan 31 + 1 month = Feb 28). */
export function addMonthsToDay(day: Day, months: number): Day {
	const parts = dayParts(day);
	const moved = addMonths(new Date(parts.year, parts.month - 1, parts.day), months);
	return dayFromParts(moved.getFullYear(), moved.getMonth() + 1, moved.getDate()) ?? day;
}

/** The calendar day of a local date-time, as the user sees it on their own clock. */
export function dayOfLocalDate(date: Date): Day | null {
	return dayFromParts(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** English month names, for reading and writing dates. */
export const MONTH_NAMES: readonly string[] = "January February March April May June July August September October November December".split(" ");

export function monthName(month: number): string {
	return MONTH_NAMES[month - 1] ?? "";
}

/** `Dec 1`, for short mentions such as a birthday. */
export function formatMonthDay(month: number, day: number): string {
	return `${monthName(month).slice(0, 3)} ${day}`;
}

/** The month (1-12) an English month name or its abbreviation of three letters or more names ("Sept", "march"). */
export function monthNumber(name: string): number | undefined {
	const lower = name.toLowerCase();
	if (lower.length < 3) return undefined;
	const index = MONTH_NAMES.findIndex((month) => month.toLowerCase().startsWith(lower));
	return index >= 0 ? index + 1 : undefined;
}
