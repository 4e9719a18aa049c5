/**
 * Tolerant readers for frontmatter values. People type dates and cadences in many ways,
 * and YAML parsers hand them over as strings, numbers, Dates, lists or objects. Each reader
 * returns a value or a plain-words problem; none of them ever throws.
 */
import { dayFromParts, monthNumber, type Day } from "./days";

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const WRITE_ISO = "(write it as YYYY-MM-DD)";
const cannotReadDate = (value: unknown): Parsed<never> => ({ ok: false, problem: `cannot read '${describeValue(value)}' as a date ${WRITE_ISO}` });
const problem = <T>(text: string): Parsed<T> => ({ ok: false, problem: text });

/** A short, safe rendering of any value for a warning message. */
export function describeValue(value: unknown): string {
	let text: string;
	if (typeof value === "string") text = value;
	else if (value instanceof Date) text = Number.isNaN(value.getTime()) ? "an invalid date" : value.toISOString();
	else if (Array.isArray(value)) text = "a list";
	else if (value !== null && typeof value === "object") text = "an object";
	else text = String(value);
	text = text.replace(/\s+/g, " ").trim();
	return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** Values that mean "not filled in": the property exists but says nothing. */
export function isBlank(value: unknown): boolean {
	if (value === null || value === undefined) return true;
	if (typeof value === "string") return value.trim() === "";
	if (Array.isArray(value)) return value.every(isBlank);
	return false;
}

// ---------------------------------------------------------------------------------------
// Dates

export type DatePrecision = "day" | "month" | "year";

export interface LooseDate {
	day: Day;
	precision: DatePrecision;
}


/** A date, maybe with a time of day that exists (23:59 yes, 25:99 no) and a zone. */
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](?:[01]?\d|2[0-3]):[0-5]\d(?::(?:[0-5]\d|60)(?:\.\d+)?)?\s*(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?)?$/i;
const SLASHED_ISO = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/;
const YEAR_MONTH = /^(\d{4})[-/.](\d{1,2})$/;
const YEAR_ONLY = /^(\d{4})$/;
const NUMERIC_DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const MONTH_DAY_YEAR = /^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i;
const DAY_MONTH_YEAR = /^(\d{1,2})(?:st|nd|rd|th)?\.?\s+(?:of\s+)?([a-z]+)\.?,?\s+(\d{4})$/i;
const MONTH_YEAR = /^([a-z]+)\.?,?\s+(\d{4})$/i;
const WIKILINK = /^\[\[([^\]|#]*)(?:#[^\]|]*)?(?:\|[^\]]*)?\]\]$/;

const dayValue = (day: Day | null, precision: DatePrecision, raw: string): Parsed<LooseDate> =>
	day === null ? problem(`'${describeValue(raw)}' is not a real date`) : ok({ day, precision });

function parseDateText(raw: string): Parsed<LooseDate> {
	let text = raw.trim().replace(/^["']|["']$/g, "").trim();
	const link = WIKILINK.exec(text);
	if (link) {
		// A link to a daily note: the date is the note's name, wherever the note lives.
		text = (link[1] ?? "").split("/").pop()?.trim() ?? "";
	}
	let match = ISO_DATE.exec(text) ?? SLASHED_ISO.exec(text);
	if (match) return dayValue(dayFromParts(Number(match[1]), Number(match[2]), Number(match[3])), "day", raw);
	match = YEAR_MONTH.exec(text);
	if (match) return dayValue(dayFromParts(Number(match[1]), Number(match[2]), 1), "month", raw);
	match = YEAR_ONLY.exec(text);
	if (match) return dayValue(dayFromParts(Number(match[1]), 1, 1), "year", raw);
	match = MONTH_DAY_YEAR.exec(text);
	if (match) {
		const month = monthNumber(match[1] ?? "");
		if (month) return dayValue(dayFromParts(Number(match[3]), month, Number(match[2])), "day", raw);
	}
	match = DAY_MONTH_YEAR.exec(text);
	if (match) {
		const month = monthNumber(match[2] ?? "");
		if (month) return dayValue(dayFromParts(Number(match[3]), month, Number(match[1])), "day", raw);
	}
	match = MONTH_YEAR.exec(text);
	if (match) {
		const month = monthNumber(match[1] ?? "");
		if (month) return dayValue(dayFromParts(Number(match[2]), month, 1), "month", raw);
	}
	match = NUMERIC_DMY.exec(text);
	if (match) return parseNumericDate(Number(match[1]), Number(match[2]), Number(match[3]), raw);
	return cannotReadDate(raw);
}

/**
 * 14/03/2025 can only be day-first and 03/14/2025 only month-first; 04/03/2025 could be
 * either, so rather than guess wrong by a month it asks for an unambiguous form.
 */
function parseNumericDate(first: number, second: number, year: number, raw: string): Parsed<LooseDate> {
	if (first > 12 && second <= 12) return dayValue(dayFromParts(year, second, first), "day", raw);
	if (second > 12 && first <= 12) return dayValue(dayFromParts(year, first, second), "day", raw);
	if (first === second) return dayValue(dayFromParts(year, first, second), "day", raw);
	if (first > 12 && second > 12) return problem(`'${describeValue(raw)}' is not a real date`);
	return problem(`'${describeValue(raw)}' could be day-first or month-first ${WRITE_ISO}`);
}

/**
 * One date, in any of the forms people write: 2025-03-14, 2025-03-14T09:30, 2025-03, 2025,
 * March 14, 2025, 14 March 2025, "[[2025-03-14|last Friday]]", or a Date from a YAML parser
 * that types timestamps. Null means the value is empty.
 */
export function parseLooseDate(value: unknown): Parsed<LooseDate> | null {
	if (isBlank(value)) return null;
	if (value instanceof Date) {
		if (Number.isNaN(value.getTime())) return problem("is not a valid date");
		// YAML timestamps are UTC; the calendar day written in the note is the UTC day.
		return dayValue(dayFromParts(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate()), "day", value.toISOString());
	}
	if (typeof value === "number") {
		if (Number.isInteger(value) && value >= 1000 && value <= 9999) return dayValue(dayFromParts(value, 1, 1), "year", String(value));
		return cannotReadDate(value);
	}
	if (typeof value === "string") return parseDateText(value);
	if (Array.isArray(value)) return problem("is a list where one date was expected");
	return cannotReadDate(value);
}

export interface DateListResult {
	latest: LooseDate | null;
	/** Every readable date, in the order written. */
	days: Day[];
	problems: string[];
}

/** A single date or a list of them; the latest readable one wins and each unreadable item is reported. */
export function parseLatestDate(value: unknown): DateListResult {
	const items = Array.isArray(value) ? (value as unknown[]) : [value];
	const result: DateListResult = { latest: null, days: [], problems: [] };
	for (const item of items) {
		if (Array.isArray(item)) {
			result.problems.push("has a nested list where a date was expected");
			continue;
		}
		const parsed = parseLooseDate(item);
		if (!parsed) continue;
		if (!parsed.ok) {
			result.problems.push(parsed.problem);
			continue;
		}
		result.days.push(parsed.value.day);
		if (!result.latest || parsed.value.day > result.latest.day) result.latest = parsed.value;
	}
	return result;
}

// ---------------------------------------------------------------------------------------
// Cadence

const DAYS_PER_MONTH = 30.4375;
const DAYS_PER_YEAR = 365;

const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, fortnight: 14, month: 30, quarter: 91, year: 365 };
const NAMED_CADENCES: Record<string, number> = {
	daily: 1,
	weekly: 7,
	biweekly: 14,
	fortnightly: 14,
	monthly: 30,
	bimonthly: 61,
	quarterly: 91,
	semiannually: 183,
	biannually: 183,
	"half-yearly": 183,
	"twice a year": 183,
	"twice yearly": 183,
	yearly: 365,
	annually: 365,
};
const EVERY_UNIT = /^(?:every|once a|once an?) (other )?(day|week|fortnight|month|quarter|year)$/;

const CADENCE_AMOUNT = /^(?:every\s+)?(\d+(?:\.\d+)?)\s*(d|days?|w|wks?|weeks?|m|mo|mos|months?|y|yrs?|years?)?$/;

/** Days between contacts: 90, 90d, 2w, 3m, 1y, "6 months", weekly, quarterly, "twice a year"… */
export function parseCadence(value: unknown): Parsed<number> | null {
	if (isBlank(value)) return null;
	if (typeof value === "number") {
		if (Number.isFinite(value) && value >= 1 && value <= 36_500) return ok(Math.round(value));
		return problem(`'${describeValue(value)}' is not a number of days between 1 and 36500`);
	}
	const unreadable = (): Parsed<number> => problem(`cannot read '${describeValue(value)}' as a cadence (try 90d, 2w, 3m, 1y or monthly)`);
	if (typeof value !== "string") return unreadable();
	const text = value.trim().toLowerCase().replace(/\s+/g, " ");
	const named = NAMED_CADENCES[text.replace(/^semi-/, "semi")];
	if (named !== undefined) return ok(named);
	const every = EVERY_UNIT.exec(text);
	if (every) return ok((UNIT_DAYS[every[2] ?? "day"] ?? 1) * (every[1] ? 2 : 1));
	const match = CADENCE_AMOUNT.exec(text);
	if (match) {
		const amount = Number(match[1]);
		const unit = (match[2] ?? "d").charAt(0);
		const days = unit === "w" ? amount * 7 : unit === "m" ? amount * DAYS_PER_MONTH : unit === "y" ? amount * DAYS_PER_YEAR : amount;
		const rounded = Math.round(days);
		if (rounded >= 1 && rounded <= 36_500) return ok(rounded);
	}
	return unreadable();
}

// ---------------------------------------------------------------------------------------
// Birthday

export interface Birthday {
	month: number;
	day: number;
	year: number | null;
}

const BIRTHDAY_MONTH_DAY = /^-{0,2}(\d{1,2})-(\d{1,2})$/;

/** `MM-DD` or `YYYY-MM-DD` (and the other full-date forms). */
export function parseBirthday(value: unknown): Parsed<Birthday> | null {
	if (isBlank(value)) return null;
	if (typeof value === "string") {
		const match = BIRTHDAY_MONTH_DAY.exec(value.trim());
		if (match) {
			const month = Number(match[1]);
			const day = Number(match[2]);
			// 2000 is a leap year, so 02-29 is accepted.
			if (dayFromParts(2000, month, day) === null) return problem(`'${describeValue(value)}' is not a real day of the year`);
			return ok({ month, day, year: null });
		}
	}
	const full = parseLooseDate(value);
	if (!full) return null;
	if (!full.ok) return problem(`cannot read '${describeValue(value)}' as a birthday (write MM-DD or YYYY-MM-DD)`);
	if (full.value.precision !== "day") return problem(`'${describeValue(value)}' has no day (write MM-DD or YYYY-MM-DD)`);
	const date = new Date(full.value.day * 86_400_000);
	return ok({ month: date.getUTCMonth() + 1, day: date.getUTCDate(), year: date.getUTCFullYear() });
}

// ---------------------------------------------------------------------------------------
// Text, lists, booleans

/** A text value or a list of texts, as a list of non-empty strings. */
export function parseTextList(value: unknown): Parsed<string[]> | null {
	if (isBlank(value)) return null;
	const items = Array.isArray(value) ? (value as unknown[]) : [value];
	const texts: string[] = [];
	for (const item of items) {
		if (typeof item === "string") {
			if (item.trim()) texts.push(item.trim());
		} else if (typeof item === "number" || typeof item === "boolean") {
			texts.push(String(item));
		} else if (item instanceof Date && !Number.isNaN(item.getTime())) {
			texts.push(item.toISOString().slice(0, 10));
		} else if (!isBlank(item)) {
			return problem(`expected text but found ${describeValue(item)}`);
		}
	}
	return texts.length ? ok(texts) : null;
}

const TRUE_WORDS = new Set(["true", "yes", "y", "on", "1", "paused", "archived"]);
const FALSE_WORDS = new Set(["false", "no", "n", "off", "0", ""]);

export function parseFlag(value: unknown): Parsed<boolean> | null {
	if (value === null || value === undefined) return null;
	if (typeof value === "boolean") return ok(value);
	if (typeof value === "number") return ok(value !== 0);
	if (typeof value === "string") {
		const text = value.trim().toLowerCase();
		if (TRUE_WORDS.has(text)) return ok(true);
		if (FALSE_WORDS.has(text)) return ok(false);
	}
	return problem(`cannot read '${describeValue(value)}' as yes or no (write true or false)`);
}

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;

export function parseEmail(value: unknown): Parsed<string> | null {
	const texts = parseTextList(value);
	if (!texts) return null;
	if (!texts.ok) return problem(texts.problem);
	const first = texts.value[0] ?? "";
	const address = first.replace(/^mailto:/i, "").replace(/^<|>$/g, "").trim();
	if (EMAIL.test(address)) return ok(address);
	return problem(`'${describeValue(first)}' does not look like an e-mail address`);
}

const LINK_TEXT = /^\s*\[\[([^\]|]+)(?:\|[^\]]*)?\]\]\s*$/;

/** Link targets from `"[[Sam Lee]]"`, `"[[People/Sam Lee|Sam]]"` or plain names, one or many. */
export function parseLinkList(value: unknown): Parsed<string[]> | null {
	const texts = parseTextList(value);
	if (!texts) return null;
	if (!texts.ok) return problem(texts.problem);
	const targets: string[] = [];
	for (const text of texts.value) {
		for (const part of splitLinkText(text)) {
			const match = LINK_TEXT.exec(part);
			const target = (match ? (match[1] ?? "") : part).trim();
			if (target) targets.push(target);
		}
	}
	return targets.length ? ok(targets) : null;
}

/** `[[A]], [[B]]` in one string is two links; a plain name stays whole. */
function splitLinkText(text: string): string[] {
	const links = text.match(/\[\[[^\]]+\]\]/g);
	return links && links.length > 1 ? links : [text];
}
