/**
 * Notes are written about a person; a message is written to them. These rules take a note's
 * first sentence, drop its asides, and turn it into the second person ("her thesis" → "your
 * thesis", "he was my manager" → "you were my manager") — or refuse, when a pronoun could mean
 * somebody else. A refusal leaves the field out of the message; it never guesses.
 */

export interface PersonNames {
	/** "Jane" */
	first: string;
	/** "Jane Doe" */
	full: string;
}

/** How much of a field the rules read: enough for any sentence a draft would use. */
const MAX_READ = 500;

const ABBREVIATION = /(?:^|\s)(?:dr|mr|mrs|ms|mx|prof|st|jr|sr|vs|etc|inc|ltd|co|no|approx|e\.g|i\.e)$/i;
/** A single capital before the full stop is an initial ("Mary J. Blige") only after a name or at the start. */
const INITIAL = /(?:^|\p{Lu}[\p{L}'’-]*\s)\p{Lu}$/u;

/** The first sentence of a field, without its closing punctuation: the rest of a note is diary. */
export function firstSentence(text: string): string {
	// A first sentence a message can hold is short; past this, a note is not read any further.
	const clean = text.slice(0, MAX_READ).replace(/\s+/g, " ").trim();
	const ends = /[.!?]+(?=\s+["'“‘(]?\p{Lu}|\s*$)/gu;
	for (let match = ends.exec(clean); match; match = ends.exec(clean)) {
		const before = clean.slice(0, match.index);
		if (match[0] === "." && (ABBREVIATION.test(before) || INITIAL.test(before))) continue;
		return before.trim();
	}
	return clean;
}

/** A sentence's clauses: semicolons, colons and spaced dashes separate what a message must not glue together. */
export function clausesOf(sentence: string): string[] {
	return stripAsides(sentence)
		.split(/\s*;\s*|:\s+|\s+[—–]\s+|\s+-\s+|\s*—\s*/)
		.map((clause) => stripAsides(clause))
		.filter(Boolean);
}

/** Asides in brackets go, unless they hold only a year ("(2014)", "(2015–2020)"), which is given as written. */
export function stripAsides(text: string): string {
	return text
		.replace(/\s*\(([^()]*)\)/g, (all, inside: string) => (/^\s*\d{4}(?:\s*[–-]\s*\d{2,4})?\s*$/.test(inside) ? ` (${inside.trim()})` : ""))
		.replace(/\s*\[[^\]]*\]/g, "")
		.replace(/\s+/g, " ")
		.replace(/^[\s,]+|[\s,.!?]+$/g, "")
		.trim();
}

/** Words after which "her" is "you" (an object), not "your" (a possessive). */
const AFTER_OBJECT = new Set(
	"at in on to for with from about as during through after before into over by and or but when while because since until than the a an my our this that some every".split(" "),
);
const PRESENT_NO_CHANGE = new Set("was has is does always also as his this its us plus across perhaps less unless yes news thus".split(" "));
const ADVERBS = new Set("always often still also never now just usually really already sometimes finally".split(" "));
const BE_HAVE: Record<string, string> = { is: "are", was: "were", has: "have", does: "do", "isn't": "aren't", "wasn't": "weren't", "hasn't": "haven't", "doesn't": "don't" };

function capitalizeLike(word: string, model: string): string {
	return /^\p{Lu}/u.test(model) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

/** "works" → "work", "teaches" → "teach", "studies" → "study": the verb after "you". */
function plainVerb(word: string): string {
	const lower = word.toLowerCase();
	if (BE_HAVE[lower]) return BE_HAVE[lower] ?? word;
	if (PRESENT_NO_CHANGE.has(lower) || word.length < 4 || !/^\p{Ll}+s$/u.test(word) || /ss$/.test(word)) return word;
	if (/ies$/.test(word)) return `${word.slice(0, -3)}y`;
	if (/(?:ch|sh|x|z|o)es$/.test(word)) return word.slice(0, -2);
	return word.slice(0, -1);
}

/** A first name that is also a month or a word ("May", "June") is a date after these. */
const DATE_WORDS = new Set("in since of by early late mid until from".split(" "));

const TOKEN = /[\p{L}\p{N}'’-]+|[^\p{L}\p{N}'’\s-]+|\s+/gu;
const THIRD_PERSON = /\b(?:she|he|her|him|his|hers|herself|himself)\b/i;
const PRONOUN = /\b(?:she|he|they|her|him|his|them|their|hers|theirs|herself|himself|themselves|themself)\b/i;

/**
 * A person acting in the text other than the one the note is about ("Sam introduced us when he
 * moved"): a later "he" or "her" could be them, so the text cannot be turned around safely.
 */
function otherActor(text: string, names: PersonNames): boolean {
	const own = new Set([names.first, ...names.full.split(/\s+/)].map((name) => name.toLowerCase()));
	const actor = /(?:^|[\s,(])(\p{Lu}[\p{L}'’-]*)(?:\s+\p{Lu}[\p{L}'’-]*)*(?:,?\s+(?:who|and she|and he)\b|\s+(?:\p{Ll}+ed|told|said|met|took|gave|brought|made|got|became|left|ran|had)\b)/gu;
	for (const match of text.matchAll(actor)) {
		const name = (match[1] ?? "").toLowerCase();
		if (own.has(name) || name === "i" || name === "we" || name === "she" || name === "he" || name === "they") continue;
		return true;
	}
	return false;
}

/**
 * Third person → second person. The person's own name becomes "you" too ("Hannah and I" → "you
 * and I", "Hannah's team" → "your team"). Null when a pronoun could mean somebody else.
 */
export function toSecondPerson(text: string, names: PersonNames): string | null {
	if (text.length > MAX_READ) return null;
	// Most notes name nobody and say no "she": nothing to turn around.
	if (!PRONOUN.test(text) && !(names.first && text.includes(names.first))) return text;
	if (THIRD_PERSON.test(text) && otherActor(text, names)) return null;
	const tokens = text.match(TOKEN) ?? [];
	const words = (from: number): string | undefined => tokens.slice(from).find((token) => !/^\s+$/.test(token));
	const nameWords = new Set([names.full, names.first].filter(Boolean));
	const out: string[] = [];
	let verbFix = false;
	for (let index = 0; index < tokens.length; index++) {
		let token = tokens[index] ?? "";
		if (/^\s+$/.test(token)) {
			out.push(token);
			continue;
		}
		const lower = token.toLowerCase().replace(/’/g, "'");
		const next = (words(index + 1) ?? "").toLowerCase();
		const full = names.full && tokens.slice(index).join("").startsWith(names.full) && names.full !== names.first ? names.full : null;
		if (full) {
			// Skip the rest of the full name's tokens.
			let consumed = token;
			while (consumed.length < full.length && index + 1 < tokens.length) consumed += tokens[++index] ?? "";
			token = /['’]s$/.test(consumed) ? `${names.first}'s` : names.first;
		}
		const previous = (out.filter((part) => /\S/.test(part)).at(-1) ?? "").toLowerCase();
		const likelyName = !/^\d/.test(next) && !DATE_WORDS.has(previous);
		if (likelyName && (nameWords.has(token) || token === `${names.first}'s` || token === `${names.first}’s`)) {
			const possessive = /['’]s$/.test(token);
			out.push(capitalizeLike(possessive ? "your" : "you", out.some((part) => /\S/.test(part)) ? "x" : "X"));
			verbFix = !possessive;
			continue;
		}
		switch (lower) {
			case "she":
			case "he":
			case "they":
				out.push(capitalizeLike("you", token));
				verbFix = true;
				continue;
			case "she's":
			case "he's":
				out.push(capitalizeLike(/^(?:been|got|gone|done|had|\p{L}+ed)$/u.test(next) ? "you've" : "you're", token));
				continue;
			case "her":
				out.push(capitalizeLike(!next || AFTER_OBJECT.has(next) || /^[^\p{L}]/u.test(next) ? "you" : "your", token));
				continue;
			case "him":
			case "them":
				out.push(capitalizeLike("you", token));
				continue;
			case "his":
				out.push(capitalizeLike(!next || /^[^\p{L}]/u.test(next) ? "yours" : "your", token));
				continue;
			case "their":
				out.push(capitalizeLike("your", token));
				continue;
			case "hers":
			case "theirs":
				out.push(capitalizeLike("yours", token));
				continue;
			case "herself":
			case "himself":
			case "themselves":
			case "themself":
				out.push(capitalizeLike("yourself", token));
				continue;
		}
		if (verbFix && !ADVERBS.has(lower)) {
			out.push(plainVerb(token));
			verbFix = false;
			continue;
		}
		out.push(token);
	}
	return out.join("");
}

/** After "you" is put in front of a clause written without a subject, later verbs agree too: "and is restoring it" → "and are restoring it". */
export function agreeWithYou(clause: string): string {
	return clause.replace(/\b(and|but|so)\s+(is|was|has|does)\b/g, (_all, joiner: string, verb: string) => `${joiner} ${BE_HAVE[verb] ?? verb}`);
}

/** Any he/she/him/her/his left: the text still speaks about the person. */
export function stillThirdPerson(text: string): boolean {
	return THIRD_PERSON.test(text);
}

/** Lower-cases a first word that was capitalised only because it began the note. */
export function lowerFirstWord(text: string, keepCapital: (word: string) => boolean): string {
	const match = /^(\p{Lu}[\p{Ll}'’-]*)(?=[\s,]|$)/u.exec(text);
	if (!match || keepCapital(match[1] ?? "")) return text;
	return text.charAt(0).toLowerCase() + text.slice(1);
}

export function wordCount(text: string): number {
	return text.split(/\s+/).filter(Boolean).length;
}
