/**
 * Life events: the catalogue of kinds, and the `recent-news` items that record them.
 * An item is written as Properties-friendly text, `2026-10-02 promotion: VP Engineering at Acme`,
 * and read back from text in any reasonable shape or from an object {date, event, detail}.
 */
import { formatDay, type Day } from "./days";
import { describeValue, parseLooseDate, type DatePrecision } from "./values";

export interface LifeEventKind {
	slug: string;
	/** Shown in the picker. */
	label: string;
	/** What you congratulate someone on: "the promotion", "the new baby". */
	noun: string;
	/** A reason line starts with it: "Promoted", "Got married". */
	headline: string;
	/** Words in free text that mean this kind. */
	keywords: RegExp | null;
}

/** "new-job" → "New job": the label and headline a kind has unless it says otherwise. */
function slugInWords(slug: string): string {
	return `${slug.charAt(0).toUpperCase()}${slug.slice(1).replace(/-/g, " ")}`;
}

interface KindDefinition {
	slug: string;
	noun: string;
	/** Defaults to the slug in words. */
	label?: string;
	/** Defaults to the label. */
	headline?: string;
	/** Alternatives, as in a regular expression; matched as whole words, in any case. */
	keywords?: string;
}

/** Free-text matching tries the kinds in this order: the more specific kinds come first. */
const KIND_DEFINITIONS: readonly KindDefinition[] = [
	{
		slug: "new-child",
		noun: "new baby",
		headline: "Welcomed a new child",
		keywords: "baby|babies|newborn|born|twins|new child|son|daughter|became (?:a )?(?:mom|mum|dad|mother|father|parent)s?|gave birth",
	},
	{ slug: "anniversary", noun: "anniversary", headline: "Celebrated an anniversary", keywords: "anniversary" },
	{ slug: "engaged", noun: "engagement", headline: "Got engaged", keywords: "engaged|engagement|proposed|fianc[eé]e?" },
	{ slug: "married", noun: "wedding", headline: "Got married", keywords: "married|wedding|wed|tied the knot|got hitched" },
	{ slug: "promotion", noun: "promotion", headline: "Promoted", keywords: "promoted|promotion" },
	{
		slug: "started-company",
		label: "Started a company",
		noun: "new company",
		keywords:
			"founded|co-founded|cofounded|started (?:a|her|his|their|own) (?:own )?(?:company|business|startup|studio|agency|firm)|own (?:company|business|startup)|launched (?:a|her|his|their) (?:startup|company|business)",
	},
	{ slug: "retired", noun: "retirement", keywords: "retired|retiring|retirement" },
	{
		slug: "graduated",
		noun: "graduation",
		keywords: "graduated|graduation|graduating|finished (?:a|her|his|their) (?:phd|degree|master'?s|doctorate|mba)|defended (?:a|her|his|their) (?:thesis|dissertation)",
	},
	{ slug: "award", noun: "award", headline: "Won an award", keywords: "award|awarded|won|prize|honou?red|fellowship" },
	{ slug: "published", noun: "publication", keywords: "published|publishes|book|paper|article|essay" },
	{ slug: "new-home", noun: "new home", headline: "Moved into a new home", keywords: "new (?:home|house|flat|apartment|place)|bought a (?:home|house|flat|apartment|place)" },
	{ slug: "moved", noun: "move", keywords: "moved|moving|relocated|relocating" },
	{ slug: "new-role", noun: "new role", headline: "Took on a new role", keywords: "new role|now leads|took over|became (?:the )?(?:head|lead|director|manager|cto|ceo|vp)|stepped up" },
	{
		slug: "new-job",
		noun: "new job",
		headline: "Started a new job",
		keywords: "new job|joined|joining|hired|started (?:at|a new job|working)|new position|now works? at|accepted an offer",
	},
	{ slug: "launched", noun: "launch", keywords: "launched|launch|shipped|released" },
	{ slug: "other", noun: "news", headline: "News" },
];

export const LIFE_EVENT_KINDS: readonly LifeEventKind[] = KIND_DEFINITIONS.map((definition) => {
	const label = definition.label ?? slugInWords(definition.slug);
	return {
		slug: definition.slug,
		label,
		noun: definition.noun,
		headline: definition.headline ?? label,
		keywords: definition.keywords ? new RegExp(`\\b(?:${definition.keywords})\\b`, "i") : null,
	};
});

export interface CustomEventKind {
	slug: string;
	label: string;
}

/** The catalogue with the user's own kinds added (they are matched by slug or label only). */
export function eventCatalogue(custom: readonly CustomEventKind[] = []): LifeEventKind[] {
	const builtIn = [...LIFE_EVENT_KINDS];
	const known = new Set(builtIn.map((kind) => kind.slug));
	const added: LifeEventKind[] = [];
	for (const kind of custom) {
		const slug = slugify(kind.slug || kind.label);
		if (!slug || known.has(slug)) continue;
		known.add(slug);
		const label = kind.label.trim() || slug;
		added.push({ slug, label, noun: label.toLowerCase(), headline: label, keywords: null });
	}
	// "other" stays last in the picker.
	const other = builtIn.pop();
	return other ? [...builtIn, ...added, other] : [...builtIn, ...added];
}

export function slugify(text: string): string {
	return text
		.trim()
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, "-")
		.replace(/^-+|-+$/g, "");
}

/** Each catalogue's kinds by slug and by slugged label, the earlier kind first: built once, read per news item. */
const kindLookups = new WeakMap<readonly LifeEventKind[], Map<string, LifeEventKind>>();

export function findKind(catalogue: readonly LifeEventKind[], text: string): LifeEventKind | undefined {
	let lookup = kindLookups.get(catalogue);
	if (!lookup) {
		lookup = new Map();
		for (const kind of catalogue) {
			for (const key of [kind.slug, slugify(kind.label)]) if (!lookup.has(key)) lookup.set(key, kind);
		}
		kindLookups.set(catalogue, lookup);
	}
	return lookup.get(slugify(text));
}

/** The kind that free text talks about ("had a baby girl" → new-child), or "other". */
export function classifyNewsText(text: string, catalogue: readonly LifeEventKind[] = LIFE_EVENT_KINDS): string {
	for (const kind of catalogue) {
		if (kind.keywords?.test(text)) return kind.slug;
	}
	return "other";
}

export interface NewsItem {
	day: Day | null;
	precision: DatePrecision | null;
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

/** One `recent-news` text item: `2026-10-02 promotion: VP at Acme`, `2026-09 had a baby girl`, `moved to Lisbon (2026-08-30)`. */
export function parseNewsText(text: string, index: number, catalogue: readonly LifeEventKind[]): { item: NewsItem | null; problem?: string } {
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
	return { item: withKind(rest, day, precision, index, catalogue), ...(problemText ? { problem: problemText } : {}) };
}

function withKind(text: string, day: Day | null, precision: DatePrecision | null, index: number, catalogue: readonly LifeEventKind[]): NewsItem {
	const prefix = KIND_PREFIX.exec(text);
	if (prefix) {
		const kind = findKind(catalogue, prefix[1] ?? "");
		if (kind) return { day, precision, kind: kind.slug, kindGiven: true, detail: (prefix[2] ?? "").trim(), index };
	}
	const bare = findKind(catalogue, text);
	if (bare) return { day, precision, kind: bare.slug, kindGiven: true, detail: "", index };
	return { day, precision, kind: classifyNewsText(text, catalogue), kindGiven: false, detail: text, index };
}

const KIND_KEYS = ["event", "kind", "type"];
const DETAIL_KEYS = ["detail", "note", "text", "details", "description"];

function pick(object: Record<string, unknown>, keys: readonly string[]): unknown {
	for (const key of Object.keys(object)) {
		if (keys.includes(key.toLowerCase())) return object[key];
	}
	return undefined;
}

function objectItem(object: Record<string, unknown>, index: number, catalogue: readonly LifeEventKind[]): { item: NewsItem | null; problem?: string } {
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
	const item: NewsItem = kind
		? { day, precision, kind: kind.slug, kindGiven: true, detail, index }
		: { day, precision, kind: classifyNewsText(`${kindText} ${detail}`, catalogue), kindGiven: false, detail: [kindText, detail].filter(Boolean).join(": "), index };
	return { item, ...(problemText ? { problem: problemText } : {}) };
}

/** The whole `recent-news` property: a list of text or object items, or a single one. */
export function parseRecentNews(value: unknown, catalogue: readonly LifeEventKind[] = LIFE_EVENT_KINDS): NewsReadResult {
	const result: NewsReadResult = { items: [], problems: [] };
	if (value === null || value === undefined) return result;
	const list = Array.isArray(value) ? (value as unknown[]) : [value];
	list.forEach((entry, index) => {
		let read: { item: NewsItem | null; problem?: string };
		if (typeof entry === "string") read = parseNewsText(entry, index, catalogue);
		else if (typeof entry === "number") read = parseNewsText(String(entry), index, catalogue);
		else if (entry instanceof Date) read = { item: null, problem: `item '${describeValue(entry)}' is a date without any news` };
		else if (entry && typeof entry === "object" && !Array.isArray(entry)) read = objectItem(entry as Record<string, unknown>, index, catalogue);
		else if (entry === null || entry === undefined) read = { item: null };
		else read = { item: null, problem: `cannot read item ${describeValue(entry)}` };
		if (read.item) result.items.push(read.item);
		if (read.problem) result.problems.push(read.problem);
	});
	return result;
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

export function kindOf(catalogue: readonly LifeEventKind[], slug: string): LifeEventKind {
	return catalogue.find((kind) => kind.slug === slug) ?? (LIFE_EVENT_KINDS[LIFE_EVENT_KINDS.length - 1] as LifeEventKind);
}
