/**
 * News as a phrase a message can hold. Good news becomes what you congratulate someone on —
 * "your promotion to VP Engineering at Lumen Health", "your baby girl", "the move to Lisbon" —
 * woven from the detail whatever its shape (a role, a company, a place, a clause, a name), or
 * the kind alone when the detail cannot be placed. Hard news gives only what a kind message may
 * say ("your father", "your job at Acme"); news with no telling words becomes a plain clause.
 */
import type { LifeEventKind } from "./lifeEventKinds";
import { RELATIVES, ROLES } from "./noteWords";
import { TIME_WORDS } from "./wordsDates";
import { mentionsHardNews } from "./lifeEventKinds";
import { agreeWithYou, clausesOf, firstSentence, lowerFirstWord, stillThirdPerson, toSecondPerson, wordCount, type PersonNames } from "./secondPerson";

function withoutTimeWords(text: string): string {
	return text.replace(TIME_WORDS, "").replace(/\b(?:finally|just|recently)\b/gi, "").replace(/\s+/g, " ").replace(/^[\s,]+|[\s,.!?]+$/g, "").trim();
}

const ROLE_WORDS = new RegExp(`\\b(?:${ROLES})\\b`, "i");
/** Past tenses that do not end in -ed, with their -ing forms. */
const IRREGULAR_GERUNDS: Record<string, string> = Object.fromEntries(
	"ran running won winning began beginning got getting became becoming made making wrote writing built building took taking gave giving left leaving bought buying sold selling found finding led leading went going did doing had having"
		.split(" ")
		.flatMap((word, index, all) => (index % 2 ? [] : [[word, all[index + 1] ?? word]])),
);

/** "launched the app" → "launching the app", "co-founded Raseef" → "co-founding Raseef". Null for anything else. */
export function asGerund(clause: string): string | null {
	const [first = "", ...rest] = clause.split(/\s+/);
	const lower = first.toLowerCase();
	let gerund = IRREGULAR_GERUNDS[lower];
	if (!gerund && /^[\p{Ll}-]{3,}ed$/u.test(lower)) gerund = /ied$/.test(lower) ? `${lower.slice(0, -3)}ying` : /eed$/.test(lower) ? `${lower.slice(0, -1)}ing` : `${lower.slice(0, -2)}ing`;
	return gerund ? [gerund, ...rest].join(" ") : null;
}

function keepProper(word: string): boolean {
	return /^\p{Lu}{2,}/u.test(word) || !/^(?:New|Baby|Little|Staff|Senior|Principal|Head|Lead|Our|Their|The|A|An|Your|His|Her|Some)$/.test(word);
}

/**
 * The detail's first clause, in the second person, without time words or closing punctuation.
 * Null when it cannot be turned around, is too long, or says something hard.
 */
function detailClause(detail: string, names: PersonNames, maxWords: number): string | null {
	if (!detail.trim() || mentionsHardNews(detail)) return null;
	const clause = clausesOf(firstSentence(detail))[0];
	const turned = clause ? toSecondPerson(withoutTimeWords(clause), names) : null;
	return !turned || stillThirdPerson(turned) || /\b(?:I|me|my)\b/.test(turned) || wordCount(turned) > maxWords ? null : turned;
}

/** The detail as a clean phrase, without a leading "you have": "you've joined Stripe" → "joined Stripe". */
function cleanDetail(detail: string, names: PersonNames): string | null {
	return detailClause(detail, names, 14)?.replace(/^(?:you\s+(?:have\s+|has\s+|just\s+)?|you've\s+)/i, "") ?? null;
}

/** "a staff engineer" stays, "Staff engineer" → "staff engineer", "VP Engineering" stays. */
function asRole(text: string): string {
	const titleCase = text.split(/\s+/).slice(1).some((word) => /^\p{Lu}/u.test(word));
	return lowerFirstWord(text, (word) => titleCase || /^\p{Lu}{2,}/u.test(word));
}

/** A role or a name starts with a word of its own, not "after the reorg". */
const FUNCTION_START = /^(?:after|before|at|in|on|for|with|from|by|during|since|because|when|while|and|but|so|again|finally)\b/i;

/** "R at C" → role and company; a single part is a role when it has a role word, else a company. */
function roleAndCompany(text: string): { role: string | null; company: string | null } {
	const at = /^(.*?)\s+(?:at|with|for)\s+(\p{Lu}.*)$/u.exec(text);
	if (at) return { role: asRole(at[1] ?? ""), company: at[2] ?? null };
	const as = /^(\p{Lu}[^,]*?)\s+as\s+(.+)$/u.exec(text);
	if (as) return { role: as[2] ?? null, company: as[1] ?? null };
	if (ROLE_WORDS.test(text)) return { role: asRole(text), company: null };
	return /^\p{Lu}/u.test(text) ? { role: null, company: text } : { role: null, company: null };
}

const NOUN_ONLY = /^[^,;:]*$/;
const VERBISH = /\b(?:is|are|was|were|has|have|had|will|got|gets|came|comes)\b/i;

/** A detail that can follow "your", "winning" or "launching": a noun phrase, not a clause or an aside. */
function nounPhrase(text: string): string | null {
	return text && !VERBISH.test(text) && NOUN_ONLY.test(text) && !FUNCTION_START.test(text) ? text : null;
}

type Weave = (detail: string) => string | null;

const DETERMINED = /^(?:the|a|an|your)\s/i;
/** A first name, or a first and a last. */
const A_NAME = /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?$/u;

/** "her PhD" → "your PhD", "a book on X" → "your book on X", "tenth anniversary" → "your tenth anniversary". */
function yours(phrase: string): string {
	return /^your\s/i.test(phrase) ? phrase : `your ${lowerFirstWord(phrase.replace(/^(?:a|an|the)\s+/i, ""), keepProper)}`;
}

/** "won the prize" → "winning the prize"; a noun phrase goes into the kind's frame instead. */
function gerundOr(detail: string, frame: (phrase: string) => string): string | null {
	return asGerund(detail) ?? (nounPhrase(detail) ? frame(detail) : null);
}

const WEAVES: Record<string, Weave> = {
	promotion: (detail) => {
		const role = detail.replace(/^(?:got\s+|was\s+|been\s+)?promoted\s*/i, "").replace(/^(?:(?:a |your )?promotion\s+)?to\s+/i, "");
		return nounPhrase(role) && !/^the\b|^\p{Ll}+ed\b/iu.test(role) ? `your promotion to ${asRole(role)}` : null;
	},
	"new-job": (detail) => {
		const text = detail.replace(/^(?:(?:a |your )?new job\s+|(?:joined|started(?: at)?|now works? (?:at|for)|works? (?:at|for)|accepted an offer (?:at|from)|hired (?:at|by))\s+)/i, (lead) => (/^(?:a |your )?new job/i.test(lead) ? "" : "at "));
		const at = /^at\s+(\p{Lu}[^,]*?)(?:\s+as\s+(.+))?$/u.exec(text);
		if (at) return at[2] ? `your new job at ${at[1] ?? ""} as ${at[2]}` : `your new job at ${at[1] ?? ""}`;
		if (!nounPhrase(text)) return null;
		const { role, company } = roleAndCompany(text.replace(/^as\s+/i, ""));
		if (role && company) return `your new job as ${role} at ${company}`;
		if (company) return `your new job at ${company}`;
		return role ? `your new job as ${role}` : null;
	},
	"new-role": (detail) => {
		const text = detail.replace(/^(?:(?:a |your )?new role\s+(?:as\s+)?|became\s+(?:the\s+)?|took over as\s+|now\s+(?=leads\b))/i, "");
		if (/^leads\s/i.test(text)) return `your new role leading ${text.slice(6)}`;
		return nounPhrase(text) && !/^\p{Ll}+ed\b/u.test(text) ? `your new role as ${asRole(text.replace(/^as\s+/i, ""))}` : null;
	},
	"started-company": (text) => {
		// "Loomwork, a weaving studio": the name is enough.
		return gerundOr(text.split(",")[0]?.trim() ?? "", (name) => `starting ${name.replace(/^your\s+(?!own\b)/i, "your own ")}`);
	},
	retired: (detail) => {
		const text = detail.replace(/^retired\s+/i, "");
		return /^(?:after|from)\s/i.test(text) && !VERBISH.test(text) ? `your retirement ${text}` : null;
	},
	graduated: (detail) => {
		const text = detail.replace(/^graduated\s+/i, "");
		return /^from\s/i.test(text) ? `graduating ${text}` : gerundOr(text, yours);
	},
	// "the Turing Award", but "Best Paper at ICSE".
	award: (detail) => gerundOr(detail, (prize) => `winning ${DETERMINED.test(prize) || (/^\p{Lu}/u.test(prize) && !/\b(?:award|prize|medal|cup|trophy)\b/i.test(prize)) ? "" : "the "}${prize}`),
	published: (detail) => {
		const out = detail.replace(/\s+(?:came out|is out|was published|was released|hit the shelves|went live)$/i, "");
		// "her first novel, Salt": the work, then its title.
		const [work = "", title] = out.split(/,\s*(?=\p{Lu}[^,]*$)/u);
		const phrase = gerundOr(work, (book) => (/^(?:a|an|your)\s/i.test(book) ? yours(book) : `publishing ${book}`));
		return phrase && title ? `${phrase}, ${title}` : phrase;
	},
	launched: (detail) => gerundOr(detail, (launch) => `launching ${DETERMINED.test(launch) || /^\p{Lu}/u.test(launch) ? "" : "the "}${launch}`),
	engaged: (detail) => {
		const who = detail.replace(/^(?:got\s+)?engaged\s+/i, "").replace(/^to\s+/i, "");
		return A_NAME.test(who) ? `your engagement to ${who}` : null;
	},
	married: (detail) => {
		const text = detail.replace(/^(?:got\s+)?married\s*/i, "").replace(/^(?:(?:the|your) )?wedding\s+/i, "");
		if (/^(?:in|at|on)\s/i.test(text) && !VERBISH.test(text)) return `your wedding ${text}`;
		const who = text.replace(/^to\s+/i, "");
		return A_NAME.test(who) ? `marrying ${who}` : null;
	},
	"new-child": (detail) => {
		const text = detail
			.replace(/\s+(?:arrived|was born|were born|is here|are here|came)$/i, "")
			.replace(/^(?:had|welcomed|gave birth to)\s+/i, "")
			.replace(/,\s*/g, " ");
		const became = /^became (?:a )?(mom|mum|dad|mother|father|parents?)$/i.exec(text);
		if (became) return `becoming a ${(became[1] ?? "").toLowerCase()}`;
		const child = /^(?:(?:a|an|your|the)\s+)?((?:new\s+)?(?:baby(?:\s+(?:girl|boy))?|daughter|son|girl|boy|twins|child|little (?:one|girl|boy)))(\s+\p{Lu}[\p{L}'’-]*)?$/iu.exec(text);
		if (child) return `your ${(child[1] ?? "").toLowerCase()}${child[2] ?? ""}`;
		if (/^\p{Lu}[\p{L}'’-]*$/u.test(text)) return `the arrival of ${text}`;
		return null;
	},
	moved: (detail) => {
		const text = detail.replace(/^(?:moved|relocated|moving|relocating)\s+/i, "");
		if (/^(?:back\s+)?(?:to|from)\s/i.test(text) && !VERBISH.test(text)) return `the move ${text}`;
		return /^\p{Lu}[\p{L}'’ -]*$/u.test(text) ? `the move to ${text}` : null;
	},
	"new-home": (detail) => {
		const text = detail.replace(/^(?:bought|moved into|got)\s+(?:a|an|their|your)\s+(?:new\s+)?/i, "new ");
		if (/^new\s+\p{Ll}+(?:\s+(?:in|on|by|near)\s+.+)?$/u.test(text)) return `your ${text}`;
		if (/^(?:in|on|near)\s/i.test(text) && !VERBISH.test(text)) return `your new home ${text}`;
		return null;
	},
	anniversary: (detail) => (nounPhrase(detail) ? yours(detail) : null),
};

/** What a kind's congratulations fall back on without its detail: "your promotion", "the move". */
export function kindPhrase(kind: LifeEventKind): string {
	if (kind.slug === "moved") return "the move";
	const gerund = asGerund(kind.noun);
	return gerund ?? `your ${kind.noun}`;
}

/** Good news as what to congratulate on, and whether the detail was used. */
export function celebrationPhrase(kind: LifeEventKind, detail: string, names: PersonNames): { phrase: string; usedDetail: boolean } {
	const clean = cleanDetail(detail, names);
	const weave = WEAVES[kind.slug];
	const woven = clean && weave ? weave(clean) : null;
	if (woven && wordCount(woven) <= 16) return { phrase: woven, usedDetail: true };
	return { phrase: kindPhrase(kind), usedDetail: false };
}

const OWN_KIN = new RegExp(`(?:^|\\b(?:her|his|their|your)\\s+)(?:(?:late|beloved|dear)\\s+)?(${RELATIVES})\\b`, "i");

/** A loss as "your father" when the note says whose; otherwise "your loss". Never more. */
export function lossPhrase(detail: string): string {
	const kin = OWN_KIN.exec(detail.trim());
	return kin ? `your ${(kin[1] ?? "").toLowerCase()}` : "your loss";
}

/**
 * A job loss as a kind message names it: "the layoffs at Acme" when the note says layoffs and
 * names the company, "what happened at Acme", or "what happened at work".
 */
export function jobLossPhrase(detail: string): string {
	const company = /\b(?:from|at|by)\s+(\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*)*)/u.exec(detail)?.[1];
	const layoffs = /\b(?:laid off|lay-?offs?|redundan)/i.test(detail);
	if (company) return layoffs ? `the layoffs at ${company}` : `what happened at ${company}`;
	return layoffs ? "the layoffs" : "what happened at work";
}

/**
 * News with no telling words as a clause after "I heard": "Bought a 1970s wooden sailboat and is
 * restoring it" → "you bought a 1970s wooden sailboat and are restoring it". Null when it is not
 * a plain statement about them.
 */
export function plainNewsClause(detail: string, names: PersonNames): string | null {
	const turned = detailClause(detail, names, 16);
	if (!turned) return null;
	if (/^you\b/i.test(turned)) return agreeWithYou(lowerFirstWord(turned, () => false));
	if (/^(?:is|was|has)\s/i.test(turned)) return agreeWithYou(`you ${turned.replace(/^is/i, "are").replace(/^was/i, "were").replace(/^has/i, "have")}`);
	const first = (turned.split(/\s+/)[0] ?? "").toLowerCase();
	if (IRREGULAR_GERUNDS[first] || /^[\p{Ll}-]{3,}ed$/u.test(first)) return agreeWithYou(`you ${lowerFirstWord(turned, () => false)}`);
	if (/^\p{L}+ing\b/u.test(turned)) return agreeWithYou(`you're ${lowerFirstWord(turned, () => false)}`);
	return null;
}
