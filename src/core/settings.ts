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
