/**
 * Which notes are contacts, and what a contact note says, read tolerantly: a bad value
 * becomes a warning on the contact and never hides it.
 */
import type { Day } from "./days";
import { CONTACT_MARKER_FIELDS, createFieldResolver, type FieldMatch, type FieldName, type FieldResolver } from "./fields";
import { eventCatalogue, parseRecentNews, type LifeEventKind, type NewsItem } from "./lifeEvents";
import type { CoreSettings, Tier } from "./settings";
import {
	describeValue,
	isBlank,
	parseBirthday,
	parseCadence,
	parseEmail,
	parseFlag,
	parseLatestDate,
	parseLinkList,
	parseLooseDate,
	parseTextList,
	type Birthday,
	type Parsed,
} from "./values";

/** What an adapter (Obsidian's metadata cache, or files read by the command line) knows of a note. */
export interface NoteFacts {
	/** Vault path, with the `.md` extension. */
	path: string;
	frontmatter?: Readonly<Record<string, unknown>> | null;
	/** Set when the note has a frontmatter block that could not be parsed. */
	frontmatterError?: string | null;
	/** Tags anywhere in the note, with or without `#`. */
	tags?: readonly string[];
	/**
	 * The local day the note was last changed: undated news ("last week") is counted from it. It is
	 * read only for such news, so an adapter may make it a getter that asks the file system then.
	 */
	modified?: Day | null;
}

export interface ContactWarning {
	/** The property as the note spells it, or `frontmatter` for the whole block. */
	key: string;
	message: string;
}

export function formatWarning(warning: ContactWarning): string {
	return `${warning.key}: ${warning.message}`;
}

export interface Contact {
	path: string;
	basename: string;
	/** Display name. */
	name: string;
	/** The name in lower case, for a stable alphabetical order. */
	sortName: string;
	firstName: string;
	aliases: readonly string[];
	howWeMet: string | null;
	/** From the last-contact property (its latest date); the vault's dated notes may know a later one. */
	lastContact: Day | null;
	/**
	 * Every date of a last-contact list, newest first, when it holds more than one: a future date
	 * in it is ignored, and the one before it counts. Null for a single date.
	 */
	lastContactList: readonly Day[] | null;
	/** The spelling of the last-contact key, for messages. */
	lastContactKey: string | null;
	cadenceDays: number | null;
	tier: Tier | null;
	news: readonly NewsItem[];
	snoozeUntil: Day | null;
	paused: boolean;
	/** Marked as having died: never ranked, drafted or reminded of a birthday. */
	deceased: boolean;
	birthday: Birthday | null;
	email: string | null;
	interests: readonly string[];
	projects: readonly string[];
	/** "Maya and the kids". */
	family: string | null;
	/** Link texts of people in common, as written. */
	mutual: readonly string[];
	/** Where they work, their role and where they live, as written. */
	company: string | null;
	role: string | null;
	location: string | null;
	/** The day the note was last changed, when the adapter knows it and undated news needs it. */
	modified: Day | null;
	warnings: readonly ContactWarning[];
}

export interface ContactRules {
	readonly resolver: FieldResolver;
	readonly catalogue: readonly LifeEventKind[];
	isTemplate(path: string): boolean;
	isContact(note: NoteFacts): boolean;
	/** Reads a note as a contact (call isContact first). */
	read(note: NoteFacts): Contact;
}

function folderPrefix(folder: string): string {
	const clean = folder.trim().replace(/\\/g, "/").replace(/^\/+|\/+$/g, "");
	return clean ? `${clean.toLowerCase()}/` : "";
}

/** A tag as the contact rules compare it: no `#`, lower case. */
export function normalizeTag(tag: string): string {
	return tag.trim().replace(/^#/, "").toLowerCase();
}

export function basenameOf(path: string): string {
	const file = path.slice(path.lastIndexOf("/") + 1);
	return file.toLowerCase().endsWith(".md") ? file.slice(0, -3) : file;
}

/** `[[People/Maya Chen|Maya]]` → `Maya`, `[[Maya Chen]]` → `Maya Chen`, plain text unchanged. */
export function plainText(text: string): string {
	// Most values are plain words: skip the link rewriting for them.
	if (!text.includes("[[")) return /\s\s|^\s|\s$|[\t\n\r]/.test(text) ? text.replace(/\s+/g, " ").trim() : text;
	return text
		.replace(/\[\[([^\]|]*)\|([^\]]*)\]\]/g, "$2")
		.replace(/\[\[([^\]]*)\]\]/g, (_all, target: string) => target.split("#")[0]?.split("/").pop() ?? target)
		.replace(/\s+/g, " ")
		.trim();
}

/** "Maya", "Leo", "Ana" → "Maya, Leo and Ana". */
export function joinNames(names: readonly string[]): string {
	if (names.length <= 1) return names[0] ?? "";
	return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1] ?? ""}`;
}

const HONORIFICS = new Set(["dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "mx", "mx.", "prof", "prof.", "sir", "dame"]);

export function firstNameOf(name: string): string {
	const words = name.split(/\s+/).filter(Boolean);
	const first = words.find((word) => !HONORIFICS.has(word.toLowerCase()));
	return first ?? name;
}

function frontmatterTags(value: unknown): string[] {
	if (typeof value === "string") return value.split(/[,\s]+/).filter(Boolean);
	if (Array.isArray(value)) return value.filter((item): item is string => typeof item === "string");
	return [];
}

export function createContactRules(settings: CoreSettings, templateFolders: readonly string[] = []): ContactRules {
	const resolver = createFieldResolver(settings.fieldAliases);
	const catalogue = eventCatalogue(settings.customEventKinds);
	const contactFolders = settings.contactFolders.map(folderPrefix).filter(Boolean);
	const templates = templateFolders.map(folderPrefix).filter(Boolean);
	const tags = settings.contactTags.map(normalizeTag).filter(Boolean);
	const types = new Set(settings.contactTypes.map((type) => type.trim().toLowerCase()).filter(Boolean));
	const tiers = new Map(settings.tiers.map((tier) => [tier.name.trim().toLowerCase(), tier]));

	const inFolder = (path: string, prefixes: readonly string[]): boolean => {
		if (!prefixes.length) return false;
		const lower = path.toLowerCase();
		return prefixes.some((prefix) => lower.startsWith(prefix));
	};
	const tagMatches = (tag: string): boolean => {
		const clean = normalizeTag(tag);
		return tags.some((wanted) => clean === wanted || clean.startsWith(`${wanted}/`));
	};
	const typeMatches = (value: unknown): boolean => {
		const values = Array.isArray(value) ? (value as unknown[]) : [value];
		return values.some((item) => typeof item === "string" && types.has(plainText(item).toLowerCase()));
	};

	const isContact = (note: NoteFacts): boolean => {
		if (inFolder(note.path, templates)) return false;
		if (inFolder(note.path, contactFolders)) return true;
		if (note.tags?.some(tagMatches)) return true;
		const frontmatter = note.frontmatter;
		if (!frontmatter) return false;
		for (const key of Object.keys(frontmatter)) {
			const match = resolver.fieldOf(key);
			if (!match) continue;
			const value = frontmatter[key];
			if (match.field === "tags" && frontmatterTags(value).some(tagMatches)) return true;
			if (match.field === "type" && typeMatches(value)) return true;
			if (CONTACT_MARKER_FIELDS.includes(match.field) && !isBlank(value)) return true;
		}
		return false;
	};

	return {
		resolver,
		catalogue,
		isTemplate: (path) => inFolder(path, templates),
		isContact,
		read: (note) => withExactLists(readContact(note, resolver, catalogue, tiers)),
	};
}

/** The one empty list every contact without aliases, interests, news… shares. */
const NO_ITEMS: readonly never[] = Object.freeze([]);

/** A list that holds no spare room: lists grown item by item keep room for more, for as long as the index keeps the contact. */
function exact<T>(items: readonly T[]): readonly T[] {
	return items.length ? items.slice() : NO_ITEMS;
}

/** Contacts live as long as the index: 50,000 of them with a few lists each (figures in bench/README.md). */
function withExactLists(contact: Contact): Contact {
	return {
		...contact,
		aliases: exact(contact.aliases),
		news: exact(contact.news),
		interests: exact(contact.interests),
		projects: exact(contact.projects),
		mutual: exact(contact.mutual),
		warnings: exact(contact.warnings),
	};
}

/** Fields read from one spelling only (others, like family, gather every spelling they find). */
const ONE_VALUE_FIELDS: readonly FieldName[] = ["lastContact", "cadence", "tier", "snoozeUntil", "birthday", "paused"];

/** Two frontmatter values that read the same (a date as a Date or as its text counts as one). */
function sameFrontmatterValue(a: unknown, b: unknown): boolean {
	const text = (value: unknown): string => {
		if (typeof value === "string") return value.trim();
		if (value instanceof Date) return Number.isNaN(value.getTime()) ? "invalid date" : value.toISOString().slice(0, 10);
		return JSON.stringify(value) ?? String(value);
	};
	return text(a) === text(b);
}

function readContact(note: NoteFacts, resolver: FieldResolver, catalogue: readonly LifeEventKind[], tiers: ReadonlyMap<string, Tier>): Contact {
	const basename = basenameOf(note.path);
	const warnings: ContactWarning[] = [];
	const fields = note.frontmatter ? resolver.resolve(note.frontmatter) : new Map<FieldName, FieldMatch[]>();
	if (note.frontmatterError) warnings.push({ key: "frontmatter", message: note.frontmatterError });

	const first = (field: FieldName): FieldMatch | undefined => fields.get(field)?.[0];
	// One property written under several spellings with different values: the best spelling is
	// read, and the user is told which, rather than left to wonder why a date is ignored.
	for (const field of ONE_VALUE_FIELDS) {
		const [used, ...others] = fields.get(field) ?? [];
		if (!used || !others.length) continue;
		const differing = others.filter((other) => !sameFrontmatterValue(other.value, used.value));
		if (differing.length) warnings.push({ key: used.key, message: `also written as ${differing.map((other) => other.key).join(" and ")} with ${differing.length === 1 ? "another value" : "other values"}; only ${used.key} is read` });
	}
	const read = <T>(field: FieldName, parse: (value: unknown) => Parsed<T> | null): T | null => {
		const match = first(field);
		if (!match) return null;
		let parsed: Parsed<T> | null;
		try {
			parsed = parse(match.value);
		} catch {
			parsed = { ok: false, problem: `cannot read '${describeValue(match.value)}'` };
		}
		if (!parsed) return null;
		if (!parsed.ok) {
			warnings.push({ key: match.key, message: parsed.problem });
			return null;
		}
		return parsed.value;
	};
	const texts = (field: FieldName): string[] => (read(field, parseTextList) ?? []).map(plainText).filter(Boolean);

	const aliases = texts("aliases");
	const explicitName = texts("name")[0];
	const firstName = texts("firstName")[0];
	const lastName = texts("lastName")[0];
	// The display name is `name`, else the first alias, else the file's name; first-name and
	// last-name stand in for `name` only when both are there.
	const fullName = firstName && lastName ? `${firstName} ${lastName}` : "";
	const name = explicitName || fullName || aliases[0] || basename;

	let lastContact: Day | null = null;
	let lastContactList: Day[] | null = null;
	const lastContactMatch = first("lastContact");
	if (lastContactMatch) {
		const result = parseLatestDate(lastContactMatch.value);
		for (const text of result.problems) warnings.push({ key: lastContactMatch.key, message: text });
		lastContact = result.latest?.day ?? null;
		if (result.days.length > 1) lastContactList = [...result.days].sort((a, b) => b - a);
	}

	let tier: Tier | null = null;
	const tierMatch = first("tier");
	if (tierMatch && !isBlank(tierMatch.value)) {
		const tierName = typeof tierMatch.value === "string" || typeof tierMatch.value === "number" ? String(tierMatch.value).trim().toLowerCase() : "";
		tier = tiers.get(tierName) ?? null;
		if (!tier) {
			const known = [...tiers.values()].map((known) => known.name).join(", ");
			warnings.push({ key: tierMatch.key, message: `unknown tier '${describeValue(tierMatch.value)}' (known tiers: ${known})` });
		}
	}

	let news: NewsItem[] = [];
	const newsMatch = first("recentNews");
	if (newsMatch) {
		const result = parseRecentNews(newsMatch.value, catalogue);
		news = result.items;
		for (const text of result.problems) warnings.push({ key: newsMatch.key, message: text });
	}

	const snooze = read("snoozeUntil", parseLooseDate);
	const deceased = (fields.get("deceased") ?? []).some((match) => readDeceased(match, warnings));
	const pausedFlags = (fields.get("paused") ?? []).map((match) => {
		const parsed = parseFlag(match.value);
		if (parsed && !parsed.ok) warnings.push({ key: match.key, message: parsed.problem });
		return parsed?.ok === true && parsed.value;
	});

	const mutual: string[] = [];
	for (const match of fields.get("mutual") ?? []) {
		const parsed = parseLinkList(match.value);
		if (parsed?.ok) mutual.push(...parsed.value);
		else if (parsed) warnings.push({ key: match.key, message: parsed.problem });
	}

	const howWeMet = texts("howWeMet");
	return {
		path: note.path,
		basename,
		name,
		sortName: name.toLowerCase(),
		firstName: firstName || firstNameOf(name),
		aliases,
		howWeMet: howWeMet.length ? howWeMet.join("; ") : null,
		lastContact,
		lastContactList,
		lastContactKey: lastContactMatch?.key ?? null,
		cadenceDays: read("cadence", parseCadence),
		tier,
		news,
		snoozeUntil: snooze?.day ?? null,
		paused: pausedFlags.some(Boolean),
		birthday: read("birthday", parseBirthday),
		email: read("email", parseEmail),
		interests: texts("interests"),
		projects: texts("projects"),
		family: readFamily(fields.get("family") ?? [], warnings),
		mutual,
		company: texts("company")[0] ?? null,
		role: texts("role")[0] ?? null,
		location: texts("location")[0] ?? null,
		// Only news without a written date needs the day the note was changed (finding it may cost a file-system call).
		modified: news.some((item) => item.when) ? (note.modified ?? null) : null,
		deceased,
		warnings,
	};
}

/**
 * `deceased: 2025-06-01`, `died: true`. Anything but a blank or a no is taken as yes — a
 * reminder to write to someone who has died is the one mistake worth a warning instead.
 */
function readDeceased(match: FieldMatch, warnings: ContactWarning[]): boolean {
	if (isBlank(match.value)) return false;
	const flag = parseFlag(match.value);
	if (flag?.ok) return flag.value;
	const date = parseLooseDate(match.value);
	if (date?.ok) return true;
	warnings.push({ key: match.key, message: `read '${describeValue(match.value)}' as yes (write a date, or true)` });
	return true;
}

/** `family: Maya and the kids`, or `spouse: Maya` with `kids: [Leo, Ana]` → "Maya and the kids". */
function readFamily(matches: readonly FieldMatch[], warnings: ContactWarning[]): string | null {
	const partners: string[] = [];
	const kids: string[] = [];
	const free: string[] = [];
	for (const match of matches) {
		const parsed = parseTextList(match.value);
		if (!parsed) continue;
		if (!parsed.ok) {
			warnings.push({ key: match.key, message: parsed.problem });
			continue;
		}
		const names = parsed.value.map(plainText).filter(Boolean);
		if (match.alias === "kids" || match.alias === "children") kids.push(...names);
		else if (match.alias === "spouse" || match.alias === "partner") partners.push(...names);
		else free.push(...names);
	}
	if (free.length) return joinNames(free);
	if (partners.length && kids.length) return `${joinNames(partners)} and the kids`;
	if (kids.length) return joinNames(kids);
	if (partners.length) return joinNames(partners);
	return null;
}
