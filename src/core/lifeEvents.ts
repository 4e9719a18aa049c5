/**
 * Life events: the `recent-news` items that record them. An item is written as
 * Properties-friendly text, `2026-10-02 promotion: VP Engineering at Acme`, and read back from
 * text in any reasonable shape, from an object {date, event, detail}, or from the one-key map
 * YAML makes of an unquoted `- 2026-10-02 promotion: VP Engineering at Acme`.
 */
import { formatDay, type Day } from "./days";
import { classifyNewsText, findKind, LIFE_EVENT_KINDS, type LifeEventKind } from "./lifeEventKinds";
import { describeValue, parseLooseDate, type DatePrecision } from "./values";
import { findWordsDate, resolveWordsDate, type WordsDate } from "./wordsDates";

export {
	classifyNewsText,
	eventCatalogue,
	findKind,
	kindOf,
	LIFE_EVENT_KINDS,
	mentionsHardNews,
	mentionsPrivateNews,
	slugify,
	TONES,
	type CustomEventKind,
	type LifeEventKind,
	type Tone,
} from "./lifeEventKinds";

export interface NewsItem {
	/** The date written with the item; null when it has none. */
	day: Day | null;
	precision: DatePrecision | null;
	/**
	 * For an item without a written date: the time its words name ("last week"), or `undated`.
	 * Either is counted from the day the note was last changed, when that is known.
	 */
	when: WordsDate | null;
	kind: string;
	/** True when the item named its kind (`promotion: …`, `event: promotion`), false when guessed from words. */
	kindGiven: boolean;
	/** The words after the kind, or the whole text when no kind was named. */
	detail: string;
	/** The position in the property's list, to keep a stable order. */
	index: number;
}

export interface NewsReadResult {
	items: NewsItem[];
	problems: string[];
}

const LEADING_DATE = /^\s*(\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?)(?:\s*[:—–-]\s*|\s+)(.*)$/s;
const TRAILING_DATE = /^(.*?)\s*[([]\s*(\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?)\s*[)\]]\s*$/s;
const KIND_PREFIX = /^\s*([\p{L}][\p{L}\p{N} _-]{0,40}?)\s*:\s*(.*)$/su;
const STARTS_WITH_DATE = /^\s*\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?(?:\s|:|$)/;

interface ReadItem {
	item: NewsItem | null;
	problem?: string;
}

/** One `recent-news` text item: `2026-10-02 promotion: VP at Acme`, `2026-09 had a baby girl`, `moved to Lisbon (2026-08-30)`. */
export function parseNewsText(text: string, index: number, catalogue: readonly LifeEventKind[]): ReadItem {
	let rest = text.trim();
	if (!rest) return { item: null };
	let dateText: string | null = null;
	const leading = LEADING_DATE.exec(rest);
	if (leading) {
		dateText = leading[1] ?? null;
		rest = (leading[2] ?? "").trim();
	} else {
		const trailing = TRAILING_DATE.exec(rest);
		if (trailing) {
			dateText = trailing[2] ?? null;
			rest = (trailing[1] ?? "").trim();
		}
	}
	let day: Day | null = null;
	let precision: DatePrecision | null = null;
	let problemText: string | undefined;
	if (dateText) {
		const parsed = parseLooseDate(dateText);
		if (parsed?.ok) {
			day = parsed.value.day;
			precision = parsed.value.precision;
		} else if (parsed) {
			problemText = `item '${describeValue(text)}': ${parsed.problem}`;
		}
	}
	const when = dateText ? null : (findWordsDate(rest) ?? { kind: "undated" as const });
	return { item: withKind(rest, day, precision, when, index, catalogue), ...(problemText ? { problem: problemText } : {}) };
}

function withKind(text: string, day: Day | null, precision: DatePrecision | null, when: WordsDate | null, index: number, catalogue: readonly LifeEventKind[]): NewsItem {
	const prefix = KIND_PREFIX.exec(text);
	if (prefix) {
		const kind = findKind(catalogue, prefix[1] ?? "");
		if (kind) return { day, precision, when, kind: kind.slug, kindGiven: true, detail: (prefix[2] ?? "").trim(), index };
	}
	const bare = findKind(catalogue, text);
	if (bare) return { day, precision, when, kind: bare.slug, kindGiven: true, detail: "", index };
	return { day, precision, when, kind: classifyNewsText(text, catalogue), kindGiven: false, detail: text, index };
}

const KIND_KEYS = ["event", "kind", "type"];
const DETAIL_KEYS = ["detail", "note", "text", "details", "description"];

function pick(object: Record<string, unknown>, keys: readonly string[]): unknown {
	for (const key of Object.keys(object)) {
		if (keys.includes(key.toLowerCase())) return object[key];
	}
	return undefined;
}

function objectItem(object: Record<string, unknown>, index: number, catalogue: readonly LifeEventKind[]): ReadItem {
	const rawDate = pick(object, ["date", "day", "when", "on"]);
	const rawKind = pick(object, KIND_KEYS);
	const rawDetail = pick(object, DETAIL_KEYS);
	const detail = typeof rawDetail === "string" || typeof rawDetail === "number" ? String(rawDetail).trim() : "";
	let day: Day | null = null;
	let precision: DatePrecision | null = null;
	let problemText: string | undefined;
	const parsed = parseLooseDate(rawDate);
	if (parsed?.ok) {
		day = parsed.value.day;
		precision = parsed.value.precision;
	} else if (parsed) {
		problemText = `item dated '${describeValue(rawDate)}': ${parsed.problem}`;
	}
	const kindText = typeof rawKind === "string" ? rawKind : "";
	const kind = kindText ? findKind(catalogue, kindText) : undefined;
	if (!kind && !detail && !kindText) return { item: null, problem: "an item has no event or detail" };
	const when = parsed ? null : (findWordsDate(detail) ?? { kind: "undated" as const });
	const item: NewsItem = kind
		? { day, precision, when, kind: kind.slug, kindGiven: true, detail, index }
		: { day, precision, when, kind: classifyNewsText(`${kindText} ${detail}`, catalogue), kindGiven: false, detail: [kindText, detail].filter(Boolean).join(": "), index };
	return { item, ...(problemText ? { problem: problemText } : {}) };
}

/**
 * YAML reads an unquoted list item that holds a colon — `- 2026-11-13 promotion: VP at Acme` —
 * as a map of one key. When that key starts with a date or names a kind, the person wrote text:
 * it is read back as `key: value`.
 */
export function oneKeyMapText(entry: Record<string, unknown>, catalogue: readonly LifeEventKind[]): string | null {
	const keys = Object.keys(entry);
	if (keys.length !== 1) return null;
	const key = keys[0] ?? "";
	if (!STARTS_WITH_DATE.test(key) && !findKind(catalogue, key)) return null;
	const value = entry[key];
	if (value === null || value === undefined) return key;
	if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return `${key}: ${String(value)}`;
	if (value instanceof Date && !Number.isNaN(value.getTime())) return `${key}: ${value.toISOString().slice(0, 10)}`;
	return null;
}

function readEntry(entry: unknown, index: number, catalogue: readonly LifeEventKind[]): ReadItem {
	if (typeof entry === "string") return parseNewsText(entry, index, catalogue);
	if (typeof entry === "number") return parseNewsText(String(entry), index, catalogue);
	if (entry instanceof Date) return { item: null, problem: `item '${describeValue(entry)}' is a date without any news` };
	if (entry && typeof entry === "object" && !Array.isArray(entry)) {
		const record = entry as Record<string, unknown>;
		const asText = oneKeyMapText(record, catalogue);
		return asText === null ? objectItem(record, index, catalogue) : parseNewsText(asText, index, catalogue);
	}
	if (entry === null || entry === undefined) return { item: null };
	return { item: null, problem: `cannot read item ${describeValue(entry)}` };
}

/** The whole `recent-news` property: a list of text or object items, or a single one. */
export function parseRecentNews(value: unknown, catalogue: readonly LifeEventKind[] = LIFE_EVENT_KINDS): NewsReadResult {
	const result: NewsReadResult = { items: [], problems: [] };
	if (value === null || value === undefined) return result;
	const list = Array.isArray(value) ? (value as unknown[]) : [value];
	list.forEach((entry, index) => {
		const read = readEntry(entry, index, catalogue);
		if (read.item) result.items.push(read.item);
		if (read.problem) result.problems.push(read.problem);
	});
	return result;
}

/**
 * The day an item stands for: its written date, else the day its words name, counted from the
 * day the note was written. A note cannot have been written after today — with a clock behind
 * the file system, or a day given on the command line, the note is read as written today.
 */
export function newsDay(item: NewsItem, modified: Day | null, today: Day): Day | null {
	if (item.day !== null) return item.day;
	if (!item.when || modified === null) return null;
	return resolveWordsDate(item.when, Math.min(modified, today)).day;
}

/** The text item Reconnect writes: `YYYY-MM-DD kind: detail`. */
export function formatNewsItem(day: Day, kind: string, detail: string): string {
	const clean = detail.replace(/\s+/g, " ").trim();
	return clean ? `${formatDay(day)} ${kind}: ${clean}` : `${formatDay(day)} ${kind}`;
}

/**
 * The new value of `recent-news` after adding an item, keeping what was there: a list gets the
 * item appended; a single string or object becomes a list holding it and then the new item.
 */
export function appendNewsValue(existing: unknown, item: string): unknown[] {
	if (existing === null || existing === undefined || (typeof existing === "string" && !existing.trim())) return [item];
	if (Array.isArray(existing)) return [...(existing as unknown[]), item];
	return [existing, item];
}
