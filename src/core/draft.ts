/**
 * Composing the message for one contact on one day, from the four pieces of reconnecting
 * advice: a no-ask opening (or congratulations), a reminder of how you know each other after a
 * long silence, an offer to help, and a sign-off. The same contact on the same day always gets
 * the same draft; different contacts get different variants.
 */
import { formatDay, type Day } from "./days";
import { humanizeDays } from "./humanize";
import { kindOf, LIFE_EVENT_KINDS, type LifeEventKind } from "./lifeEvents";
import { defaultVariants, fillPlaceholders, placeholdersIn, type Placeholder } from "./phrasing";
import type { RankedEntry } from "./rank";
import type { PhrasingOverrides } from "./settings";

export interface DraftOptions {
	today: Day;
	/** Signs the message; may be empty. */
	me: string;
	phrasing?: PhrasingOverrides;
	catalogue?: readonly LifeEventKind[];
}

export interface Draft {
	/** The message, lines separated by \n. */
	text: string;
	subject: string;
	/** What the daily-note task says after the name: "congratulate on the promotion". */
	summary: string;
	/** A mailto: link with subject and body, when the contact has an e-mail address. */
	mailto: string | null;
}

/** FNV-1a: a small, stable hash, so variant choice is reproducible everywhere. */
export function stableHash(text: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

const PAST_VERB = /^(?:met|worked|studied|interned|shared|played|went|grew|ran|built|taught|volunteered|sat|served|trained|hiked|climbed|lived|roomed|collaborated|organi[sz]ed|founded|co-?founded|started|took|spoke|presented|mentored|coached|sang|toured|were|was|did|joined|moved|danced|sailed|cycled|rode|wrote|launched|shipped|hacked|hung|bonded|connected|overlapped)\b/i;
const PASSIVE = /^(?:introduced|paired|matched|seated|placed|set up)\b/i;
const RELATIONSHIP = /^(?:flatmates|roommates|room-mates|housemates|classmates|colleagues|coworkers|co-workers|teammates|team-mates|neighbou?rs|friends|partners|co-?founders|bandmates|labmates|officemates|study partners)\b/i;
const PREPOSITION = /^(?:at|through|via|in|on|from|during|over)\b/i;
const COMMON_FIRST_WORDS = /^(?:the|a|an|our|my|college|school|university|uni|work|high|grad|summer|a|some|both)\b/i;

function lowerFirst(text: string): string {
	return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * how-we-met as a clause that follows "since" or "when": "Worked together on Atlas" → "we worked
 * together on Atlas", "Introduced by Sam" → "we were introduced by Sam", "Flatmates in Berlin" → "we
 * were flatmates in Berlin", "PyCon 2019" → "we met
 * at PyCon 2019". Proper nouns keep their capitals.
 */
export function howWeMetClause(text: string): string {
	const clean = text.trim().replace(/[.!]+$/, "");
	if (/^we\b/i.test(clean)) return lowerFirst(clean);
	if (PAST_VERB.test(clean)) return `we ${lowerFirst(clean)}`;
	if (PASSIVE.test(clean) || RELATIONSHIP.test(clean)) return `we were ${lowerFirst(clean)}`;
	if (PREPOSITION.test(clean)) return `we met ${lowerFirst(clean)}`;
	return `we met at ${COMMON_FIRST_WORDS.test(clean) ? lowerFirst(clean) : clean}`;
}

const DETERMINER = /^(?:the|a|an|my|your|her|his|their|our|this|that)\b/i;

/** "Atlas migration" → "the Atlas migration"; "her thesis" and "hiring a team" stay. */
export function withArticle(text: string): string {
	const clean = text.trim().replace(/[.!?]+$/, "");
	return DETERMINER.test(clean) || /^\p{L}+ing\b/u.test(clean) ? clean : `the ${clean}`;
}

/** A single name reads as "Maya and the family", so "How are {{family}}?" stays grammatical. */
function familyPhrase(family: string): string {
	return /\band\b|,|\b(?:kids|children|family|girls|boys|twins|parents)\b/i.test(family) ? family : `${family} and the family`;
}

function pickFrom<T>(items: readonly T[], seed: string): T | undefined {
	if (!items.length) return undefined;
	return items[stableHash(seed) % items.length];
}

/** Draft text never carries characters that would break the Markdown around it. */
function singleLine(text: string): string {
	return text.replace(/\s+/g, " ").trim();
}

export function composeDraft(entry: RankedEntry, options: DraftOptions): Draft {
	const { contact } = entry;
	const catalogue = options.catalogue ?? LIFE_EVENT_KINDS;
	const seed = `${contact.path}|${formatDay(options.today)}`;
	const news = entry.strategy === "congratulate" ? entry.news : null;
	const kind = news ? kindOf(catalogue, news.kind) : null;
	const values: Partial<Record<Placeholder, string>> = {
		"first-name": singleLine(contact.firstName),
		name: singleLine(contact.name),
		"how-we-met": contact.howWeMet ? singleLine(howWeMetClause(contact.howWeMet)) : "",
		event: kind ? kind.noun : "",
		news: news ? singleLine(news.detail) : "",
		interest: singleLine(pickFrom(contact.interests, `${seed}|interest`) ?? ""),
		project: contact.projects.length ? singleLine(withArticle(pickFrom(contact.projects, `${seed}|project`) ?? "")) : "",
		family: contact.family ? singleLine(familyPhrase(contact.family)) : "",
		mutual: entry.mutual ? singleLine(entry.mutual.firstName) : "",
		since: entry.daysSince !== null ? humanizeDays(entry.daysSince) : "a long time",
		me: singleLine(options.me),
	};

	// Only a sign-off may leave the user's name out (it reads "Best," when no name is set).
	const piece = (id: string, fallbackId?: string): string | null => {
		const optional = id === "signoff" ? "me" : "";
		const custom = options.phrasing?.[id]?.filter((variant) => variant.trim());
		const sources = [custom ?? [], defaultVariants(id), fallbackId ? defaultVariants(fallbackId) : []];
		for (const variants of sources) {
			// A variant is usable only when everything it mentions is known for this contact.
			const usable = variants.filter((variant) => placeholdersIn(variant).every((name) => name === optional || values[name as Placeholder] !== ""));
			const chosen = pickFrom(usable, `${seed}|${id}`);
			if (chosen !== undefined) return fillPlaceholders(chosen, values).trim();
		}
		return null;
	};

	const opening =
		entry.strategy === "congratulate" && kind
			? piece(`congratulate.${kind.slug}`, "congratulate.other")
			: piece(`opening.${entry.strategy}`, "opening.check-in");
	let birthday: string | null = null;
	if (entry.birthday) {
		const id = entry.birthday.offset > 0 ? "birthday.ahead" : entry.birthday.offset === 0 ? "birthday.today" : "birthday.belated";
		birthday = piece(id);
	}
	const reminder = entry.reminder ? piece("reminder") : null;
	const offer = piece("offer");
	const greeting = piece("greeting") ?? `Hi ${values["first-name"] ?? ""},`;
	const signoff = (piece("signoff") ?? "").replace(/[ \t]+$/gm, "").trim();

	const body = [opening, birthday, reminder, offer].filter((part): part is string => Boolean(part)).join(" ");
	const text = [greeting, "", body, "", signoff].join("\n").trim();
	const subject = piece(kind ? "subject.congratulate" : "subject.default") ?? "Hello";
	return {
		text,
		subject,
		summary: draftSummary(entry, kind, values),
		mailto: contact.email ? mailtoLink(contact.email, subject, text) : null,
	};
}

function draftSummary(entry: RankedEntry, kind: LifeEventKind | null, values: Partial<Record<Placeholder, string>>): string {
	let summary: string;
	switch (entry.strategy) {
		case "congratulate":
			summary = `congratulate on the ${kind?.noun ?? "news"}`;
			break;
		case "mutual":
			summary = `mention ${entry.mutual?.name ?? "a friend in common"}`;
			break;
		case "project":
			summary = `ask about ${values.project ?? "their project"}`;
			break;
		case "family":
			summary = `ask about ${entry.contact.family ?? "their family"}`;
			break;
		case "interest":
			summary = `share something on ${values.interest ?? "their interests"}`;
			break;
		default:
			summary = "check in";
	}
	if (entry.birthday) summary += entry.birthday.offset < 0 ? ", belated birthday wishes" : ", birthday wishes";
	return summary;
}

/** Percent-encoding that is also safe inside a Markdown link: ( ) ! ' * are escaped too. */
function encodeStrict(text: string): string {
	return encodeURIComponent(text).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function mailtoLink(address: string, subject: string, body: string): string {
	const to = encodeStrict(address.trim()).replace(/%40/g, "@");
	// E-mail bodies break lines with CRLF (RFC 6068).
	return `mailto:${to}?subject=${encodeStrict(subject)}&body=${encodeStrict(body.replace(/\r?\n/g, "\r\n"))}`;
}

/** The last time you were in touch, for the writer: shown above the message, never part of it. */
export interface LastTime {
	day: Day;
	/** What the note says about it, one plain line. */
	text: string;
}

/** The block written under the daily note's heading: the task, a line for the writer, the message. */
export function renderDraftBlock(draft: Draft, linktext: string, lastTime: LastTime | null = null): string {
	const lines = [`- [ ] Reconnect with [[${linktext}]] — ${draft.summary}`];
	if (lastTime) lines.push(`\t- Last time (${formatDay(lastTime.day)})${lastTime.text ? `: ${singleLine(lastTime.text)}` : ""}`);
	for (const line of draft.text.split("\n")) lines.push(line ? `\t> ${line}` : "\t>");
	if (draft.mailto) lines.push("\t>", `\t> [Send by e-mail](${draft.mailto})`);
	return lines.join("\n");
}
