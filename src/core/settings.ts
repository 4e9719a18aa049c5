/** Everything the core needs to know about the user's preferences, with the defaults. */
import type { ExtraAliases } from "./fields";
import type { CustomEventKind } from "./lifeEvents";

export interface Tier {
	name: string;
	days: number;
}

export const DEFAULT_TIERS: readonly Tier[] = [
	{ name: "inner", days: 14 },
	{ name: "close", days: 30 },
	{ name: "network", days: 90 },
	{ name: "outer", days: 180 },
	{ name: "dormant", days: 365 },
];

/** Editable phrasing: piece id → variants. Missing or empty pieces use the built-in variants. */
export type PhrasingOverrides = Partial<Record<string, readonly string[]>>;

export interface CoreSettings {
	/** Notes under these folders are contacts. */
	contactFolders: readonly string[];
	/** Notes with these tags (or nested tags under them) are contacts. */
	contactTags: readonly string[];
	/** Notes whose `type` or `category` is one of these are contacts. */
	contactTypes: readonly string[];
	fieldAliases: ExtraAliases;
	defaultCadenceDays: number;
	tiers: readonly Tier[];
	/** News this recent (and after the last contact) makes a contact one to congratulate. */
	newsWindowDays: number;
	/** No contact for this long makes a connection dormant. */
	dormantDays: number;
	customEventKinds: readonly CustomEventKind[];
	/** Signs the drafts. */
	userName: string;
	phrasing: PhrasingOverrides;
}

export const DEFAULT_CORE_SETTINGS: CoreSettings = {
	contactFolders: [],
	contactTags: ["contact", "person", "people"],
	contactTypes: ["contact", "person"],
	fieldAliases: {},
	defaultCadenceDays: 90,
	tiers: DEFAULT_TIERS,
	newsWindowDays: 30,
	dormantDays: 3 * 365,
	customEventKinds: [],
	userName: "",
	phrasing: {},
};

/** Fixed rules of the ranking, named so the code reads as the specification does. */
export const RANKING_RULES = {
	/** A contact is "soon" from this share of its cadence. */
	soonRatio: 0.8,
	birthdayDaysAhead: 7,
	birthdayDaysBehind: 14,
	/** A person in common contacted this recently gives the draft its opening. */
	mutualRecentDays: 14,
	/** A silence this long brings the how-we-met reminder into the draft. */
	reminderAfterDays: 365,
} as const;

/** Everything Reconnect stores in its data.json; the command line reads the same file. */
export interface ReconnectSettings extends CoreSettings {
	/** The heading drafts go under in the daily note, e.g. `## Reconnect`. */
	dailyNoteHeading: string;
	/** Ticking a reconnect task sets last-contact on the contact note. */
	writeBackLastContact: boolean;
	/** Rows built at first; more are built on demand. */
	rowsShown: number;
	openDailyNoteAfterDraft: boolean;
	/** The first run has offered a contacts folder. */
	contactFolderOffered: boolean;
}

export const DEFAULT_SETTINGS: ReconnectSettings = {
	...DEFAULT_CORE_SETTINGS,
	dailyNoteHeading: "## Reconnect",
	writeBackLastContact: true,
	rowsShown: 50,
	openDailyNoteAfterDraft: false,
	contactFolderOffered: false,
};

function stringList(value: unknown, fallback: readonly string[]): readonly string[] {
	if (!Array.isArray(value)) return fallback;
	return value.filter((item): item is string => typeof item === "string").map((item) => item.trim()).filter(Boolean);
}

function wholeNumber(value: unknown, fallback: number, min: number, max: number): number {
	return typeof value === "number" && Number.isFinite(value) && value >= min && value <= max ? Math.round(value) : fallback;
}

function record(value: unknown): Record<string, unknown> {
	return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/**
 * Settings as loaded from data.json, whatever it holds: unknown keys dropped, wrong types
 * replaced by defaults, so a hand-edited or old file can never break the plugin.
 */
export function sanitizeSettings(raw: unknown): ReconnectSettings {
	const data = record(raw);
	const defaults = DEFAULT_SETTINGS;
	const tiers = Array.isArray(data.tiers)
		? (data.tiers as unknown[])
				.map(record)
				.filter((tier) => typeof tier.name === "string" && tier.name.trim() && typeof tier.days === "number" && tier.days >= 1)
				.map((tier) => ({ name: String(tier.name).trim(), days: Math.round(Number(tier.days)) }))
		: defaults.tiers;
	const aliases: Record<string, readonly string[]> = {};
	for (const [field, list] of Object.entries(record(data.fieldAliases))) aliases[field] = stringList(list, []);
	const phrasing: Record<string, readonly string[]> = {};
	for (const [piece, list] of Object.entries(record(data.phrasing))) {
		const variants = stringList(list, []);
		if (variants.length) phrasing[piece] = variants;
	}
	const customEventKinds = Array.isArray(data.customEventKinds)
		? (data.customEventKinds as unknown[])
				.map(record)
				.filter((kind) => typeof kind.label === "string" && kind.label.trim())
				.map((kind) => ({ slug: typeof kind.slug === "string" ? kind.slug : "", label: String(kind.label) }))
		: [];
	const heading = typeof data.dailyNoteHeading === "string" && /^#{1,6}\s+\S/.test(data.dailyNoteHeading.trim()) ? data.dailyNoteHeading.trim() : defaults.dailyNoteHeading;
	return {
		contactFolders: stringList(data.contactFolders, defaults.contactFolders),
		contactTags: stringList(data.contactTags, defaults.contactTags),
		contactTypes: stringList(data.contactTypes, defaults.contactTypes),
		fieldAliases: aliases,
		defaultCadenceDays: wholeNumber(data.defaultCadenceDays, defaults.defaultCadenceDays, 1, 36_500),
		tiers: tiers.length ? tiers : defaults.tiers,
		newsWindowDays: wholeNumber(data.newsWindowDays, defaults.newsWindowDays, 1, 3650),
		dormantDays: wholeNumber(data.dormantDays, defaults.dormantDays, 30, 36_500),
		customEventKinds,
		userName: typeof data.userName === "string" ? data.userName.trim() : defaults.userName,
		phrasing,
		dailyNoteHeading: heading,
		writeBackLastContact: typeof data.writeBackLastContact === "boolean" ? data.writeBackLastContact : defaults.writeBackLastContact,
		rowsShown: wholeNumber(data.rowsShown, defaults.rowsShown, 5, 1000),
		openDailyNoteAfterDraft: typeof data.openDailyNoteAfterDraft === "boolean" ? data.openDailyNoteAfterDraft : defaults.openDailyNoteAfterDraft,
		contactFolderOffered: typeof data.contactFolderOffered === "boolean" ? data.contactFolderOffered : defaults.contactFolderOffered,
	};
}
