/**
 * The kinds of life event, each with the tone a message about it must take: celebrate (a
 * promotion, a baby), support (a death, a layoff, an illness), private (a separation: never
 * written into a message) or neutral (news with no telling words). Free text is matched to a kind
 * by its words, hard news first, so "her father passed away" is never read as good news.
 */

import { RELATIVES } from "./noteWords";

export type Tone = "celebrate" | "support" | "private" | "neutral";

export const TONES: readonly Tone[] = ["celebrate", "support", "private", "neutral"];

export interface LifeEventKind {
	slug: string;
	/** Shown in the picker: plain words ("Lost their job"). */
	label: string;
	/** The sidebar's chip: short, and never more than the tone allows ("Private"). */
	chip: string;
	/** The news in a word or two: "promotion", "new baby", "loss". */
	noun: string;
	/** A reason line starts with it: "Promoted", "Got married". */
	headline: string;
	tone: Tone;
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
	tone?: Tone;
	/** Defaults to the slug in words. */
	label?: string;
	/** Defaults to the label. */
	chip?: string;
	/** Defaults to the label. */
	headline?: string;
	/** Alternatives, as in a regular expression; matched as whole words, in any case. */
	keywords?: string;
}


/**
 * The catalogue in the picker's order: good news, then hard news, then "other". Free-text
 * matching tries the more specific kinds first within each group.
 */
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
	{
		slug: "loss",
		label: "Loss of someone close",
		chip: "Loss",
		noun: "loss",
		headline: "Loss",
		tone: "support",
		keywords: `passed away|died|dies|death|funeral|bereave(?:d|ment)|condolences|memorial service|miscarriage|stillbirth|lost (?:(?:her|his|their|my|a|the|our) )?(?:${RELATIVES})|lost the pregnancy`,
	},
	{
		slug: "separation",
		label: "Separation or divorce",
		chip: "Private",
		noun: "news",
		headline: "Private news in the note",
		tone: "private",
		keywords: "divorc(?:e|ed|ing)|separat(?:ed|ing|ion)|split(?:ting)? up|br(?:oke|eaking) up|break-?up|left (?:her|his|their) (?:husband|wife|partner)",
	},
	{
		slug: "health",
		label: "Illness or injury",
		chip: "Health",
		noun: "health news",
		headline: "Health news",
		tone: "support",
		keywords:
			"diagnos(?:ed|is)|surgery|operated on|in (?:the )?hospital|hospitali[sz]ed|cancer|tumou?r|chemo(?:therapy)?|radiotherapy|ill(?:ness)?|sick(?:ness)?|unwell|injur(?:y|ed|ies)|(?:had|in|was in|been in) an? (?:\\w+ )?accident|(?:had|suffered) a stroke|heart attack|burn-?out|burnt out|recovering|rehab|long covid|medical leave|(?:mental )?health (?:issue|scare|problem)s?|mental health|depression|therapy|ivf",
	},
	{
		slug: "job-loss",
		label: "Lost their job",
		chip: "Job loss",
		noun: "job loss",
		headline: "Lost their job",
		tone: "support",
		keywords:
			"laid off|lay-?offs?|let go|redundan(?:t|cy)|lost (?:(?:her|his|their|my|a|the) )?job|(?:got|was|been|being) (?:fired|sacked)|fired from|(?:position|role|job) (?:was )?(?:eliminated|cut)|out of work|unemployed|between jobs",
	},
	{ slug: "other", noun: "news", headline: "News", tone: "neutral" },
];

function wholeWords(alternatives: string): RegExp {
	return new RegExp(`\\b(?:${alternatives})\\b`, "i");
}

export const LIFE_EVENT_KINDS: readonly LifeEventKind[] = KIND_DEFINITIONS.map((definition) => {
	const label = definition.label ?? slugInWords(definition.slug);
	return {
		slug: definition.slug,
		label,
		chip: definition.chip ?? label,
		noun: definition.noun,
		headline: definition.headline ?? label,
		tone: definition.tone ?? "celebrate",
		keywords: definition.keywords ? wholeWords(definition.keywords) : null,
	};
});

/** Words that mean hard news, whatever kind an item was given: such a detail is never woven into a message. */
const HARD_WORDS: readonly RegExp[] = LIFE_EVENT_KINDS.filter((kind) => kind.tone === "support" || kind.tone === "private").flatMap((kind) => (kind.keywords ? [kind.keywords] : []));

export function mentionsHardNews(text: string): boolean {
	return HARD_WORDS.some((pattern) => pattern.test(text));
}

/** Words of health or separation news: details that never leave the note, whatever kind they sit in. */
const PRIVATE_WORDS: readonly RegExp[] = LIFE_EVENT_KINDS.filter((kind) => kind.tone === "private" || kind.slug === "health").flatMap((kind) => (kind.keywords ? [kind.keywords] : []));

export function mentionsPrivateNews(text: string): boolean {
	return PRIVATE_WORDS.some((pattern) => pattern.test(text));
}

export interface CustomEventKind {
	slug: string;
	label: string;
	/** How a message treats this news; old settings without it mean celebrate. */
	tone?: Tone;
}

export function slugify(text: string): string {
	return text
		.trim()
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, "-")
		.replace(/^-+|-+$/g, "");
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
		const tone = kind.tone ?? "celebrate";
		added.push({ slug, label, chip: tone === "private" ? "Private" : label, noun: label.toLowerCase(), headline: tone === "private" ? "Private news in the note" : label, tone, keywords: null });
	}
	// "other" stays last in the picker.
	const other = builtIn.pop();
	return other ? [...builtIn, ...added, other] : [...builtIn, ...added];
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

/** Each catalogue's kinds that have keywords, hard news first: built once, read per news item. */
const matchOrders = new WeakMap<readonly LifeEventKind[], LifeEventKind[]>();

/**
 * The kind that free text talks about ("had a baby girl" → new-child), or "other". Hard news is
 * tried first — a note that says a baby was lost, or that someone was laid off from the job they
 * had just started, is hard news — so "her father passed away" is never read as good news.
 */
export function classifyNewsText(text: string, catalogue: readonly LifeEventKind[] = LIFE_EVENT_KINDS): string {
	let order = matchOrders.get(catalogue);
	if (!order) {
		const hard = (kind: LifeEventKind): boolean => kind.tone === "support" || kind.tone === "private";
		order = [...catalogue.filter(hard), ...catalogue.filter((kind) => !hard(kind))].filter((kind) => kind.keywords);
		matchOrders.set(catalogue, order);
	}
	for (const kind of order) {
		if (kind.keywords?.test(text)) return kind.slug;
	}
	return "other";
}

export function kindOf(catalogue: readonly LifeEventKind[], slug: string): LifeEventKind {
	return catalogue.find((kind) => kind.slug === slug) ?? (LIFE_EVENT_KINDS[LIFE_EVENT_KINDS.length - 1] as LifeEventKind);
}
