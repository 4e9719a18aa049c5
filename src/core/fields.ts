/**
 * The frontmatter fields Reconnect understands, and the many ways people spell them.
 * Keys match case-insensitively, and `-`, `_`, spaces and camelCase are the same, so
 * `last-contact`, `last_contact`, `Last Contact` and `lastContact` are one field.
 */

export type FieldName =
	| "howWeMet"
	| "lastContact"
	| "recentNews"
	| "cadence"
	| "tier"
	| "snoozeUntil"
	| "paused"
	| "birthday"
	| "email"
	| "interests"
	| "projects"
	| "family"
	| "mutual"
	| "name"
	| "firstName"
	| "lastName"
	| "aliases"
	| "type"
	| "tags";

export interface FieldDefinition {
	field: FieldName;
	/** The key Reconnect writes when a note has none of the spellings yet. */
	canonical: string;
	/** Other keys read as the same field, in order of preference after the canonical one. */
	aliases: readonly string[];
	/** Shown in settings; by default the canonical key in words ("last-contact" → "Last contact"). */
	label?: string;
}

/**
 * field, canonical key, other spellings (space-separated, in order of preference), settings label.
 * A table of rows rather than objects keeps the mobile bundle small.
 */
const FIELD_TABLE: readonly (readonly [FieldName, string, string, string?])[] = [
	["howWeMet", "how-we-met", "met met-context first-met-where how-met", "How you met"],
	["lastContact", "last-contact", "last-contacted last-chat last-interaction last-talked"],
	["recentNews", "recent-news", "news life-events"],
	["cadence", "cadence", "keep-in-touch frequency stay-in-touch"],
	["tier", "tier", "circle closeness relationship-strength"],
	["snoozeUntil", "snooze-until", "snooze snoozed-until"],
	["paused", "paused", "archived"],
	["birthday", "birthday", "born"],
	["email", "email", "e-mail mail", "E-mail"],
	["interests", "interests", "topics"],
	["projects", "projects", "working-on project"],
	["family", "family", "kids children spouse partner"],
	["mutual", "mutual", "introduced-by friends knows", "People in common"],
	["name", "name", ""],
	["firstName", "first-name", ""],
	["lastName", "last-name", ""],
	["aliases", "aliases", "alias"],
	["type", "type", "category"],
	["tags", "tags", "tag"],
];

export const FIELD_DEFINITIONS: readonly FieldDefinition[] = FIELD_TABLE.map(([field, canonical, aliases, label]) => ({
	field,
	canonical,
	aliases: aliases ? aliases.split(" ") : [],
	...(label ? { label } : {}),
}));


/** Fields whose aliases the user may extend in settings: the reconnect fields, not names, type and tags. */
export const ALIASABLE_FIELDS: readonly FieldName[] = FIELD_TABLE.slice(0, 13).map(([field]) => field);

/** The three fields whose presence alone makes a note a contact. */
export const CONTACT_MARKER_FIELDS: readonly FieldName[] = ["howWeMet", "lastContact", "recentNews"];

const SEPARATORS = /[-_\s]+/g;

/** `Last_Contact`, `last-contact`, `lastContact` → `lastcontact`. */
export function normalizeKey(key: string): string {
	return key.replace(SEPARATORS, "").toLowerCase();
}

/** The name of a field in settings. */
export function fieldLabel(definition: FieldDefinition): string {
	const words = definition.canonical.replace(/-/g, " ");
	return definition.label ?? words.charAt(0).toUpperCase() + words.slice(1);
}

export function definitionOf(field: FieldName): FieldDefinition {
	const found = FIELD_DEFINITIONS.find((definition) => definition.field === field);
	if (!found) throw new Error(`Unknown field ${field}`);
	return found;
}

export interface FieldMatch {
	/** The key exactly as the note spells it. */
	key: string;
	value: unknown;
	/** The normalized spelling that matched, e.g. `kids` for family. */
	alias: string;
	/** 0 for the canonical key, then the alias order; user aliases come last. */
	rank: number;
}

export type ExtraAliases = Partial<Record<FieldName, readonly string[]>>;

export interface FieldResolver {
	/** Which field a frontmatter key is, if any. */
	fieldOf(key: string): { field: FieldName; alias: string; rank: number } | undefined;
	/** Every recognised key of a frontmatter object, grouped by field, best spelling first. */
	resolve(frontmatter: Readonly<Record<string, unknown>>): Map<FieldName, FieldMatch[]>;
	/** The key to write a field to: the spelling the note already uses, else the canonical key. */
	keyForWrite(frontmatter: Readonly<Record<string, unknown>> | null | undefined, field: FieldName): string;
}

export function createFieldResolver(extra: ExtraAliases = {}): FieldResolver {
	const table = new Map<string, { field: FieldName; alias: string; rank: number }>();
	const add = (field: FieldName, spelling: string, rank: number): void => {
		const alias = normalizeKey(spelling);
		// The first definition of a spelling wins, so a user alias cannot steal a built-in key.
		if (alias && !table.has(alias)) table.set(alias, { field, alias, rank });
	};
	for (const definition of FIELD_DEFINITIONS) {
		add(definition.field, definition.canonical, 0);
		definition.aliases.forEach((alias, index) => add(definition.field, alias, index + 1));
	}
	for (const [field, aliases] of Object.entries(extra) as [FieldName, readonly string[] | undefined][]) {
		(aliases ?? []).forEach((alias, index) => add(field, alias, 100 + index));
	}

	const normalizedCache = new Map<string, string>();
	const fieldOf = (key: string): { field: FieldName; alias: string; rank: number } | undefined => {
		let normalized = normalizedCache.get(key);
		if (normalized === undefined) {
			normalized = normalizeKey(key);
			if (normalizedCache.size < 10_000) normalizedCache.set(key, normalized);
		}
		return table.get(normalized);
	};

	return {
		fieldOf,
		resolve(frontmatter) {
			const found = new Map<FieldName, FieldMatch[]>();
			for (const key of Object.keys(frontmatter)) {
				const match = fieldOf(key);
				if (!match) continue;
				const entry: FieldMatch = { key, value: frontmatter[key], alias: match.alias, rank: match.rank };
				const list = found.get(match.field);
				if (list) {
					list.push(entry);
					list.sort((a, b) => a.rank - b.rank);
				} else {
					found.set(match.field, [entry]);
				}
			}
			return found;
		},
		keyForWrite(frontmatter, field) {
			let best: { key: string; rank: number } | undefined;
			for (const key of Object.keys(frontmatter ?? {})) {
				const match = fieldOf(key);
				if (match?.field === field && (!best || match.rank < best.rank)) best = { key, rank: match.rank };
			}
			return best?.key ?? definitionOf(field).canonical;
		},
	};
}
