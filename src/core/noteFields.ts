/**
 * The free-text fields of a contact note — how you met, their projects, their family, their
 * interests — as phrases a message can hold: a clause for "I still think back to when …", a noun
 * phrase for "How is … going?". Each reader returns null when the field cannot make a correct
 * sentence addressed to the person; the draft then leaves it out.
 */
import { joinNames } from "./contact";
import { RELATIVES, ROLES, wordIn } from "./noteWords";
import { agreeWithYou, clausesOf, firstSentence, lowerFirstWord, stillThirdPerson, stripAsides, toSecondPerson, wordCount, type PersonNames } from "./secondPerson";

const words = (list: string): Set<string> => new Set(list.split("|"));

/** Past-tense verbs a how-we-met note starts with when it leaves out "we" (besides any "-ed"). */
const PAST_VERBS = words("met|studied|ran|built|taught|sat|took|spoke|sang|did|rode|wrote|hung|found|got|became|kept|spent|made|had|saw|grew|went");
const PASSIVE = /^(?:introduced|paired|matched|seated|placed|set up|put in touch|connected)\b/i;
const RELATIONSHIPS = words("flatmates|roommates|housemates|classmates|colleagues|coworkers|co-workers|teammates|neighbours|neighbors|friends|partners|co-founders|bandmates|labmates|officemates|deskmates");
const PREPOSITIONS = words("at|through|via|in|on|from|during|over|after|before|back in");
const INSTITUTIONS = words("college|school|university|uni|grad school|high school|work|church|kindergarten|nursery");

/** The kind of thing a how-we-met noun phrase names, by its last word before any preposition. */
const HEADS: readonly [Set<string>, string][] = [
	[words("team|squad|crew|panel|committee|board"), "we were on"],
	[words("project|migration|rewrite|launch|product|study"), "we worked on"],
	[words("group|class|course|club|band|lab|cohort|choir|program|programme|flat|house|dorm|wg|department|office|family"), "we were in"],
	[words("conference|summit|meetup|meet-up|party|wedding|dinner|hackathon|workshop|festival|retreat|offsite|bootcamp|camp|event|talk|track|meeting|interview|gym|bar|café|cafe|game|reunion|concert|training|race"), "we met at"],
	[words("semester|internship|exchange|term|year|fellowship|trip|holiday|lockdown|erasmus"), "we met during"],
];

/** Singular words for what the person was to the writer: "Manager at Initech" says too little to phrase. */
const ROLE = wordIn(`${ROLES}|colleague|co-?worker|friend|neighbou?r|flatmate|roommate|housemate|classmate|teammate`);

/** Words that begin noun phrases in notes and are capitalised only because they begin the note. */
const COMMON_LEADS = words(
	"same|platform|backend|frontend|data|hallway|study|summer|winter|spring|autumn|cross-office|product|design|infra|payments|research|reading|book|running|climbing|coding|startup|team|project|sales|security|mobile|open-source|local|weekly|annual|first|old|new|student|school|college|university|hackathon|conference|office|company|work|tech|leadership|mentoring|volunteer|hiking|music|hiring|interview|incident|on-call|billing|customer|engineering|board|weekend",
);

const DETERMINERS = /^(?:the|a|an|our|my|your|this|that|these|those|one)\b/i;

function keepCapital(word: string): boolean {
	return !COMMON_LEADS.has(word.toLowerCase()) || /^\p{Lu}{2,}/u.test(word);
}

/** ", 2015–2020" or ", winter 2009" at the end is when: "… in 2015–2020". */
function timeAtEnd(text: string): string {
	return text.replace(/,\s*((?:early |late |mid-?)?(?:(?:spring|summer|autumn|fall|winter) )?\d{4}(?:\s*[–-]\s*\d{2,4})?)$/i, " in $1");
}

/** The noun phrase's head: its last word before a preposition, comma or year. */
function headOf(phrase: string): string {
	const before = phrase.split(/\s+(?:at|for|in|on|of|with|from|during|between|through|about|near)\s+|,/)[0] ?? phrase;
	const tokens = before.split(/\s+/).filter((token) => !/^\d/.test(token));
	return (tokens.at(-1) ?? "").toLowerCase().replace(/['’]s$/, "");
}

function withArticle(phrase: string): string {
	if (DETERMINERS.test(phrase)) return lowerFirstWord(phrase, () => false);
	return `the ${lowerFirstWord(phrase, keepCapital)}`;
}

const SUBJECT_START = /^(?:[Ww]e|[Yy]ou|I)\b/;
const PROPER_ONLY = /^(?:\p{Lu}[\p{L}\p{N}.&'’-]*|\d{4})(?:\s+(?:\p{Lu}[\p{L}\p{N}.&'’-]*|\d{4}|of|de|la|der|von|van))*$/u;

/** One clause of how-we-met as a clause that follows "when": "we worked together on Atlas", "Sam introduced us". */
function clauseFor(raw: string): string | null {
	const clause = timeAtEnd(raw);
	const first = (clause.split(/\s+/)[0] ?? "").toLowerCase();
	const rest = (after: number): string => clause.split(/\s+/).slice(after).join(" ");
	if (/^you and I\b/i.test(clause)) return `you and I${clause.slice(9)}`;
	if (SUBJECT_START.test(clause) || /^(?:We|You)\b/.test(clause)) return agreeWithYou(lowerFirstWord(clause, (word) => word === "I"));
	// "Sam introduced us", "Grace Mwangi introduced us after the meetup".
	if (/^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*\s+(?:introduced|connected|paired|put|set|hired|brought|invited|matched)\b/u.test(clause)) return clause;
	if (PASSIVE.test(clause)) return `we were ${lowerFirstWord(clause, () => false)}`;
	if (PAST_VERBS.has(first) || /^\p{L}{3,}ed$/u.test(first)) {
		const second = (clause.split(/\s+/)[1] ?? "").toLowerCase();
		if (second === "me") return agreeWithYou(`you ${lowerFirstWord(clause, () => false)}`);
		return agreeWithYou(`we ${lowerFirstWord(clause, () => false)}`);
	}
	if (first === "was" || first === "were") {
		const second = (clause.split(/\s+/)[1] ?? "").toLowerCase();
		return second === "my" ? `you were ${rest(1)}` : `we were ${rest(1)}`;
	}
	if (RELATIONSHIPS.has(first)) return `we were ${lowerFirstWord(clause, () => false)}`;
	if (ROLE.test(first) && RELATIONSHIPS.has(`${first}s`)) return `we were ${first}s ${rest(1)}`.trim();
	if (first === "my") return `you were ${lowerFirstWord(clause, () => false)}`;
	if (first === "your") return `I was ${lowerFirstWord(clause, () => false)}`;
	if (PREPOSITIONS.has(first) || /^back in\b/i.test(clause)) return `we met ${lowerFirstWord(clause, () => false)}`;
	const plain = clause.replace(/\s+in\s+[^,]*\d{4}.*$/i, "");
	if (INSTITUTIONS.has(plain.toLowerCase())) return `we met at ${lowerFirstWord(clause, () => false)}`;
	const head = headOf(clause);
	if (ROLE.test(head)) return null;
	for (const [heads, frame] of HEADS) if (heads.has(head)) return `${frame} ${withArticle(clause)}`;
	if (PROPER_ONLY.test(plain)) {
		// A name with a year is an event ("PyCon 2019"); a bare name could be a company, a school or a city.
		if (/\d{4}/.test(plain)) return `we met at ${clause}`;
		const when = clause.slice(plain.length).replace(/^\s+in\s+/, "");
		return `we got to know each other in our ${plain} days${when ? `, back in ${when}` : ""}`;
	}
	return null;
}

/**
 * how-we-met as a clause that follows "when" or "glad": "I mentored him during his internship"
 * → "I mentored you during your internship", "Met at PyCon 2019. Later…" → "we met at PyCon
 * 2019". Of the first sentence's clauses, one with a subject is preferred ("Platform team at
 * Initech; we ran the migration together" → "we ran the migration together"), else the first
 * that makes a clause.
 */
export function howWeMetClause(text: string, names: PersonNames): string | null {
	const clauses = clausesOf(firstSentence(text));
	const phrased = clauses.map((clause) => {
		const turned = toSecondPerson(clause, names);
		return turned === null ? null : clauseFor(turned);
	});
	const withSubject = clauses.findIndex((clause, index) => phrased[index] && SUBJECT_START.test(toSecondPerson(clause, names) ?? ""));
	const chosen = withSubject >= 0 ? phrased[withSubject] : phrased.find(Boolean);
	if (!chosen || stillThirdPerson(chosen) || wordCount(chosen) > 28) return null;
	return chosen;
}

/**
 * A project as a noun phrase after "How is … going?": "Kestrel rewrite" → "the Kestrel rewrite",
 * "her thesis on bees" → "your thesis on bees", "She is writing a novel" → "writing a novel".
 */
export function projectPhrase(text: string, names: PersonNames): string | null {
	const clause = clausesOf(firstSentence(text))[0];
	if (!clause) return null;
	let phrase = toSecondPerson(clause, names);
	if (phrase === null) return null;
	phrase = phrase.replace(/^(?:you are|you're|you were|you've been)\s+(?=\p{L}+ing\b)/iu, "").replace(/^(?:working on|busy with)\s+/i, "");
	if (/^you\b/i.test(phrase) || /\bI\b|\bme\b/.test(phrase) || stillThirdPerson(phrase) || wordCount(phrase) > 10) return null;
	if (/^\p{L}+ing\b/u.test(phrase)) return lowerFirstWord(phrase, keepCapital);
	if (/^(?:a|an)\s/i.test(phrase)) return phrase.replace(/^(?:a|an)\s/i, "your ");
	if (DETERMINERS.test(phrase)) return lowerFirstWord(phrase, () => false);
	if (PROPER_ONLY.test(phrase)) return phrase;
	return withArticle(phrase);
}

/** Words about family that are not the names of its people. */
const KIN = wordIn(`${RELATIVES}|married|family|stepson|stepdaughter|and|the|their|your|his|her|a|an|two|three|four|both|with|to|little|young|grown-up|new|named|called`);
const COUNT = "(?:a|an|one|two|three|four|five|\\d+)";
const KIN_ONLY = new RegExp(`^(?:${COUNT}\\s+)?(?:young\\s+|little\\s+|grown-up\\s+)?(?:kids|children|boys|girls|sons|daughters|son|daughter|twins|wife|husband|partner|baby|kid)$`, "i");

/**
 * Family as the people a message can ask after: "Maya and the kids" stays, "wife Ana and their
 * son Leo" → "Ana and Leo", "two boys" → "your two boys". Used after "you and": "How are you and
 * {{family}} doing?", which holds for one name or several.
 */
export function familyPhrase(text: string, names: PersonNames): string | null {
	const clause = clausesOf(firstSentence(text))[0];
	if (!clause) return null;
	// "Two boys, both football-obsessed": the part before a comma may phrase when the whole does not.
	for (const candidate of [clause, clause.split(",")[0] ?? ""]) {
		const phrase = familyFrom(candidate, names);
		if (phrase) return phrase;
	}
	return null;
}

/** A kin word right before a name, or a pronoun: the names are the people to ask after. */
const NAMED_KIN = new RegExp(`\\b(?:${RELATIVES}|married to|named|called)\\s+\\p{Lu}`, "iu");

function familyFrom(text: string, names: PersonNames): string | null {
	const turned = toSecondPerson(text, names);
	if (turned === null || !turned.trim() || /\bI\b|\bme\b|\bmy\b/.test(turned)) return null;
	const tokens = turned.split(/[\s,]+/).filter(Boolean);
	if (!NAMED_KIN.test(turned) && !/\byour?\b/i.test(turned)) {
		const kinOnly = KIN_ONLY.test(turned);
		if (kinOnly) return `your ${turned.replace(/^(?:a|an|one)\s+/i, "").toLowerCase()}`;
		// Names, and words that join names: "Maya and the kids", "Yuki".
		const plain = tokens.every((token) => /^\p{Lu}[\p{L}'’-]*$/u.test(token) || /^(?:and|&|the|kids|children|family|boys|girls|twins)$/i.test(token));
		return plain && wordCount(turned) <= 6 ? turned : null;
	}
	const people = tokens.filter((token) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(token) && !KIN.test(token) && token !== "You" && token !== "Your");
	// Children or pets the note counts but does not name: "husband Raj and their twins" → "Raj and the twins".
	const unnamed = [...turned.matchAll(/\b(kids|children|boys|girls|twins|sons|daughters)\b(?![\s,]+\p{Lu})/giu)].map((match) => `the ${(match[1] ?? "").toLowerCase()}`);
	if (people.length) return joinNames([...people, ...unnamed.slice(0, 1)]);
	const kinOnly = turned.replace(/^(?:your|the)\s+/i, "");
	if (KIN_ONLY.test(kinOnly)) return `your ${kinOnly.replace(/^(?:a|an|one)\s+/i, "").toLowerCase()}`;
	return null;
}

/** An interest as a topic: short, no sentence. "HSV home games" stays; "She loves hiking in the Alps" does not. */
export function interestPhrase(text: string): string | null {
	const topic = stripAsides(text);
	if (!topic || wordCount(topic) > 5 || stillThirdPerson(topic) || /\b(?:I|me|my|loves?|likes?|hates?|is|are|was)\b/i.test(topic)) return null;
	return topic;
}

/** A company, a role or a city as written, if it is a name and not a sentence. */
export function plainName(text: string | null): string | null {
	if (!text) return null;
	const name = stripAsides(firstSentence(text));
	if (!name || wordCount(name) > 6 || stillThirdPerson(name) || /\b(?:I|me|my|is|are|was|were)\b/.test(name)) return null;
	return name;
}
