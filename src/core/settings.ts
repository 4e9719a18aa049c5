/** Everything the core needs to know about the user's preferences, with the defaults. */
import type { DatedFolder } from "./datedNotes";
import type { ExtraAliases } from "./fields";
import { TONES, type CustomEventKind, type Tone } from "./lifeEventKinds";

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
	/** Folders of notes named by date in their own format (meeting notes), besides the daily notes. */
	datedFolders: readonly DatedFolder[];
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
	datedFolders: [],
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
	/** Contacted and a ticked reconnect task also add a dated line under the contact note's `## Log`. */
	logOnContact: boolean;
	/** Rows built at first; more are built on demand. */
	rowsShown: number;
	openDailyNoteAfterDraft: boolean;
	/** The first run has offered a contacts folder. */
	contactFolderOffered: boolean;
	/** How many people "Plan today's reach-outs" adds. */
	planSize: number;
	/** Plan today when Obsidian creates today's daily note. */
	planOnDailyNoteCreate: boolean;
	/** People to reach out to each week; 0 shows no goal. */
	weeklyGoal: number;
}

export const DEFAULT_SETTINGS: ReconnectSettings = {
	...DEFAULT_CORE_SETTINGS,
	dailyNoteHeading: "## Reconnect",
	writeBackLastContact: true,
	logOnContact: false,
	rowsShown: 25,
	openDailyNoteAfterDraft: false,
	contactFolderOffered: false,
	planSize: 3,
	planOnDailyNoteCreate: false,
	weeklyGoal: 0,
};

function record(value: unknown): Record<string, unknown> {
	return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function texts(value: unknown): string[] | null {
	return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string").map((item) => item.trim()).filter(Boolean) : null;
}

/** Allowed ranges of the numeric settings. */
const NUMBER_RANGES: Partial<Record<keyof ReconnectSettings, readonly [number, number]>> = {
	defaultCadenceDays: [1, 36_500],
	newsWindowDays: [1, 3650],
	dormantDays: [30, 36_500],
	rowsShown: [5, 1000],
	planSize: [1, 50],
	weeklyGoal: [0, 100],
};

/**
 * Settings as loaded from data.json, whatever it holds: unknown keys dropped, values of the
 * wrong type or out of range replaced by defaults, so a hand-edited or old file can never
 * break the plugin.
 */
export function sanitizeSettings(raw: unknown): ReconnectSettings {
	const data = record(raw);
	const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
	for (const [key, fallback] of Object.entries(DEFAULT_SETTINGS)) {
		const value = data[key];
		const range = NUMBER_RANGES[key as keyof ReconnectSettings];
		if (range) {
			if (typeof value === "number" && value >= range[0] && value <= range[1]) settings[key] = Math.round(value);
		} else if (typeof fallback === "boolean" || typeof fallback === "string") {
			if (typeof value === typeof fallback) settings[key] = typeof value === "string" ? value.trim() : value;
		} else if (Array.isArray(fallback) && typeof fallback[0] !== "object") {
			settings[key] = texts(value) ?? fallback;
		}
	}
	if (!/^#{1,6}\s+\S/.test(String(settings.dailyNoteHeading))) settings.dailyNoteHeading = DEFAULT_SETTINGS.dailyNoteHeading;
	const tiers = (Array.isArray(data.tiers) ? data.tiers : [])
		.map(record)
		.filter((tier) => typeof tier.name === "string" && tier.name.trim() && typeof tier.days === "number" && tier.days >= 1)
		.map((tier) => ({ name: String(tier.name).trim(), days: Math.round(Number(tier.days)) }));
	if (tiers.length) settings.tiers = tiers;
	const lists = (value: unknown, keepEmpty: boolean): Record<string, readonly string[]> => {
		const out: Record<string, readonly string[]> = {};
		for (const [key, list] of Object.entries(record(value))) {
			const items = texts(list) ?? [];
			if (keepEmpty || items.length) out[key] = items;
		}
		return out;
	};
	settings.fieldAliases = lists(data.fieldAliases, true);
	settings.phrasing = lists(data.phrasing, false);
	settings.datedFolders = (Array.isArray(data.datedFolders) ? data.datedFolders : [])
		.map(record)
		.filter((entry) => typeof entry.folder === "string" && entry.folder.trim())
		.map((entry) => ({ folder: String(entry.folder).trim(), format: typeof entry.format === "string" && entry.format.trim() ? entry.format.trim() : "YYYY-MM-DD" }));
	settings.customEventKinds = (Array.isArray(data.customEventKinds) ? data.customEventKinds : [])
		.map(record)
		.filter((kind) => typeof kind.label === "string" && kind.label.trim())
		.map((kind) => ({ slug: typeof kind.slug === "string" ? kind.slug : "", label: String(kind.label), tone: TONES.includes(kind.tone as Tone) ? (kind.tone as Tone) : "celebrate" }));
	return settings as unknown as ReconnectSettings;
}

/** `Ran a marathon`, `Lost a pet: support`: one of the user's own kinds per line, with its tone after a colon (celebrate when none). */
export function parseCustomKinds(text: string): CustomEventKind[] {
	const kinds: CustomEventKind[] = [];
	for (const line of text.split("\n")) {
		const match = /^(.*?)(?:\s*:\s*(celebrate|support|private|neutral))?\s*$/i.exec(line.trim());
		const label = (match?.[1] ?? "").trim();
		if (label) kinds.push({ slug: "", label, tone: ((match?.[2] ?? "celebrate").toLowerCase() as Tone) });
	}
	return kinds;
}

/** The settings text for the user's own kinds: the inverse of parseCustomKinds. */
export function formatCustomKinds(kinds: readonly CustomEventKind[]): string {
	return kinds.map((kind) => (kind.tone && kind.tone !== "celebrate" ? `${kind.label}: ${kind.tone}` : kind.label)).join("\n");
}

/**
 * `Meetings: YYYY-MM-DD [—] …`: one dated folder per line, its date format after the first colon
 * (Obsidian allows no colon in a folder's name); `YYYY-MM-DD` when the format is left out.
 */
export function parseDatedFolders(text: string): DatedFolder[] {
	const folders: DatedFolder[] = [];
	for (const line of text.split("\n")) {
		const colon = line.indexOf(":");
		const folder = (colon < 0 ? line : line.slice(0, colon)).trim().replace(/^\/+|\/+$/g, "");
		const format = colon < 0 ? "" : line.slice(colon + 1).trim();
		if (folder) folders.push({ folder, format: format || "YYYY-MM-DD" });
	}
	return folders;
}

export function formatDatedFolders(folders: readonly DatedFolder[]): string {
	return folders.map((entry) => `${entry.folder}: ${entry.format}`).join("\n");
}
