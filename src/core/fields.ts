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
	| "deceased"
	| "birthday"
	| "email"
	| "interests"
	| "projects"
	| "family"
	| "mutual"
	| "company"
	| "role"
	| "location"
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
	/** Users may add their own spellings in settings. */
	aliasable: boolean;
}

/**
 * Every field, with its canonical key and the other spellings read as the same field (in order of
 * preference). `aliasable` fields are the reconnect fields whose spellings users may extend in
 * settings; names, type and tags are Obsidian's own.
 */
export const FIELD_DEFINITIONS: readonly FieldDefinition[] = [
	{ field: "howWeMet", canonical: "how-we-met", aliases: ["met", "met-context", "first-met-where", "how-met"], label: "How you met", aliasable: true },
	{ field: "lastContact", canonical: "last-contact", aliases: ["last-contacted", "last-chat", "last-interaction", "last-talked"], aliasable: true },
	{ field: "recentNews", canonical: "recent-news", aliases: ["news", "life-events"], aliasable: true },
	{ field: "cadence", canonical: "cadence", aliases: ["keep-in-touch", "frequency", "stay-in-touch"], aliasable: true },
	{ field: "tier", canonical: "tier", aliases: ["circle", "closeness", "relationship-strength"], aliasable: true },
	{ field: "snoozeUntil", canonical: "snooze-until", aliases: ["snooze", "snoozed-until"], aliasable: true },
	{ field: "paused", canonical: "paused", aliases: ["archived"], aliasable: true },
	{ field: "deceased", canonical: "deceased", aliases: ["died", "date-of-death", "passed-away"], aliasable: true },
	{ field: "birthday", canonical: "birthday", aliases: ["born"], aliasable: true },
	{ field: "email", canonical: "email", aliases: ["e-mail", "mail"], label: "E-mail", aliasable: true },
	{ field: "interests", canonical: "interests", aliases: ["topics"], aliasable: true },
	{ field: "projects", canonical: "projects", aliases: ["working-on", "project"], aliasable: true },
	{ field: "family", canonical: "family", aliases: ["kids", "children", "spouse", "partner"], aliasable: true },
	{ field: "mutual", canonical: "mutual", aliases: ["introduced-by", "friends", "knows"], label: "People in common", aliasable: true },
	{ field: "company", canonical: "company", aliases: ["organization", "organisation", "employer", "works-at"], aliasable: true },
	{ field: "role", canonical: "role", aliases: ["job-title", "position"], aliasable: true },
	{ field: "location", canonical: "location", aliases: ["city", "lives-in", "based-in"], aliasable: true },
	{ field: "name", canonical: "name", aliases: [], aliasable: false },
	{ field: "firstName", canonical: "first-name", aliases: [], aliasable: false },
	{ field: "lastName", canonical: "last-name", aliases: [], aliasable: false },
	{ field: "aliases", canonical: "aliases", aliases: ["alias"], aliasable: false },
	{ field: "type", canonical: "type", aliases: ["category"], aliasable: false },
	{ field: "tags", canonical: "tags", aliases: ["tag"], aliasable: false },
];

/** Fields whose aliases the user may extend in settings: the reconnect fields, not names, type and tags. */
export const ALIASABLE_FIELDS: readonly FieldName[] = FIELD_DEFINITIONS.filter((definition) => definition.aliasable).map((definition) => definition.field);

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
