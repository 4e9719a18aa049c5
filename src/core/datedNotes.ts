/**
 * Which notes are dated notes (daily notes, or Periodic Notes' daily notes) and for which day.
 * Names use moment format strings (`YYYY-MM-DD`, `YYYY/MM/YYYY-MM-DD`, `dddd, MMMM Do YYYY`).
 * The common tokens are compiled to a regular expression here, which is far faster than a
 * general date parser over twenty thousand names; anything else goes to the adapter's parser
 * (Obsidian's moment in the plugin, moment in the command line).
 */
import { dayFromParts, MONTH_NAMES, type Day } from "./days";

export type DayParser = (text: string) => Day | null;

const WEEKDAY_NAMES = "sunday monday tuesday wednesday thursday friday saturday".split(" ");

type Slot = "year" | "month" | "day" | null;

interface TokenRule {
	pattern: string;
	slot: Slot;
	read?: (text: string) => number | undefined;
}

const monthByName = (length: number) => (text: string): number | undefined => {
	const index = MONTH_NAMES.findIndex((name) => (length ? name.slice(0, length) : name).toLowerCase() === text.toLowerCase());
	return index >= 0 ? index + 1 : undefined;
};

const TOKENS: Record<string, TokenRule> = {
	YYYY: { pattern: "(\\d{4})", slot: "year" },
	MMMM: { pattern: "([A-Za-z]+)", slot: "month", read: monthByName(0) },
	MMM: { pattern: "([A-Za-z]{3})", slot: "month", read: monthByName(3) },
	MM: { pattern: "(\\d{2})", slot: "month" },
	M: { pattern: "(\\d{1,2})", slot: "month" },
	Do: { pattern: "(\\d{1,2})(?:st|nd|rd|th)", slot: "day" },
	DD: { pattern: "(\\d{2})", slot: "day" },
	D: { pattern: "(\\d{1,2})", slot: "day" },
	dddd: { pattern: `(?:${WEEKDAY_NAMES.join("|")})`, slot: null },
	ddd: { pattern: `(?:${WEEKDAY_NAMES.map((name) => name.slice(0, 3)).join("|")})`, slot: null },
	dd: { pattern: `(?:${WEEKDAY_NAMES.map((name) => name.slice(0, 2)).join("|")})`, slot: null },
};

const TOKEN_ORDER = ["YYYY", "MMMM", "MMM", "MM", "Do", "DD", "dddd", "ddd", "dd", "M", "D"];

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/**
 * A fast parser for the format, or null when it uses tokens this compiler does not know. With
 * `prefix`, the text may go on after the date, after a break that is not a letter or digit
 * (`2026-08-06 Atlas sync` for `YYYY-MM-DD`).
 */
export function compileDayFormat(format: string, prefix = false): DayParser | null {
	let source = "";
	const slots: { slot: Slot; read?: (text: string) => number | undefined }[] = [];
	let index = 0;
	while (index < format.length) {
		const char = format.charAt(index);
		if (char === "[") {
			const end = format.indexOf("]", index);
			if (end < 0) return null;
			source += escapeRegExp(format.slice(index + 1, end));
			index = end + 1;
			continue;
		}
		const token = TOKEN_ORDER.find((name) => format.startsWith(name, index));
		if (token) {
			const rule = TOKENS[token] as TokenRule;
			source += rule.pattern;
			if (rule.pattern.startsWith("(") && !rule.pattern.startsWith("(?:")) slots.push({ slot: rule.slot, ...(rule.read ? { read: rule.read } : {}) });
			index += token.length;
			continue;
		}
		if (/[A-Za-z]/.test(char)) return null;
		source += escapeRegExp(char);
		index += 1;
	}
	const hasAll = ["year", "month", "day"].every((slot) => slots.some((entry) => entry.slot === slot));
	if (!hasAll) return null;
	const regex = new RegExp(prefix ? `^${source}(?=$|[^\\p{L}\\p{N}])` : `^${source}$`, prefix ? "iu" : "i");
	return (text) => {
		const match = regex.exec(text);
		if (!match) return null;
		const found: Record<string, number> = {};
		for (let i = 0; i < slots.length; i++) {
			const entry = slots[i] as (typeof slots)[number];
			const raw = match[i + 1] ?? "";
			const value = entry.read ? entry.read(raw) : Number(raw);
			if (value === undefined || Number.isNaN(value) || !entry.slot) return null;
			// A token used twice (a year folder and a year in the name) must agree.
			if (found[entry.slot] !== undefined && found[entry.slot] !== value) return null;
			found[entry.slot] = value;
		}
		return dayFromParts(found.year ?? NaN, found.month ?? NaN, found.day ?? NaN);
	};
}

/** How many path segments a format spans: `YYYY/MM/YYYY-MM-DD` names a note two folders deep. */
export function formatDepth(format: string): number {
	return format.replace(/\[[^\]]*\]/g, "").split("/").length;
}

/**
 * Given a moment format, a function from a note's vault path to its day, or null when the note
 * is not a dated note. `fallback` parses formats the compiler does not know.
 */
export function createDatedNoteMatcher(format: string, fallback?: (text: string, format: string) => Day | null): (path: string) => Day | null {
	const pattern = format.trim() || "YYYY-MM-DD";
	const parse = compileDayFormat(pattern) ?? (fallback ? (text: string) => fallback(text, pattern) : null);
	if (!parse) return () => null;
	const depth = formatDepth(pattern);
	return (path) => {
		if (!path.endsWith(".md") && !path.toLowerCase().endsWith(".md")) return null;
		if (depth === 1) return parse(path.slice(path.lastIndexOf("/") + 1, -3));
		const segments = path.slice(0, -3).split("/");
		if (segments.length < depth) return null;
		return parse(segments.slice(-depth).join("/"));
	};
}

/** A folder of notes named by date in a format of their own (meeting notes: `Meetings`, `YYYY-MM-DD`). */
export interface DatedFolder {
	folder: string;
	format: string;
}

/** The last `depth` segments of a note's path without `.md`, or null when it has fewer. */
function nameOf(path: string, depth: number): string | null {
	const segments = path.slice(0, -3).split("/");
	return segments.length < depth ? null : segments.slice(-depth).join("/");
}

/** Which notes are dated notes, and for which day. */
export interface DatedNoteRule {
	/**
	 * The day a note stands for: a daily note whose name is in the daily format, or a note in one
	 * of the dated folders whose name starts with a date in that folder's format — or, failing
	 * that, that has a `date` property (read by `readDate`). Null for any other note.
	 */
	day(path: string, readDate?: () => Day | null): Day | null;
	/** Is it a daily note (its name alone says the day)? */
	isDaily(path: string): boolean;
}

export function createDatedNoteRule(dailyFormat: string, datedFolders: readonly DatedFolder[], fallback?: (text: string, format: string) => Day | null): DatedNoteRule {
	const daily = createDatedNoteMatcher(dailyFormat, fallback);
	const folders = datedFolders
		.map((entry) => {
			const folder = entry.folder.trim().replace(/\\/g, "/").replace(/^\/+|\/+$/g, "");
			const format = entry.format.trim() || "YYYY-MM-DD";
			const parse = compileDayFormat(format, true) ?? (fallback ? (text: string) => fallback(text, format) : null);
			return { prefix: folder ? `${folder.toLowerCase()}/` : "", depth: formatDepth(format), parse };
		})
		.filter((entry) => entry.prefix);
	return {
		day(path, readDate) {
			const day = daily(path);
			if (day !== null || !folders.length || !path.toLowerCase().endsWith(".md")) return day;
			const lower = path.toLowerCase();
			for (const folder of folders) {
				if (!lower.startsWith(folder.prefix)) continue;
				const name = nameOf(path.slice(folder.prefix.length), folder.depth);
				const named = name !== null && folder.parse ? folder.parse(name) : null;
				if (named !== null) return named;
				return readDate?.() ?? null;
			}
			return null;
		},
		isDaily: (path) => daily(path) !== null,
	};
}
