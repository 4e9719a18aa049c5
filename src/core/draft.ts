/**
 * Composing the message for one contact on one day, from the four pieces of reconnecting
 * advice: a no-ask opening (congratulations, or a kind word after hard news), a reminder of how
 * you know each other after a long silence, an offer to help, and a sign-off. The same inputs
 * always give the same draft; different contacts get different variants, and a sentence already
 * written into today's daily note is not used again while another variant fits.
 */
import { dayParts, formatDay, monthName, type Day } from "./days";
import type { LastMeeting } from "./history/meeting";
import { humanizeDays } from "./humanize";
import { parseReconnectTask, reconnectTaskLine } from "./reconnectTask";
import { kindOf, LIFE_EVENT_KINDS, type LifeEventKind } from "./lifeEvents";
import { celebrationPhrase, jobLossPhrase, lossPhrase } from "./newsPhrases";
import { defaultVariants, fillPlaceholders, placeholdersIn, slotsIn, type Placeholder } from "./phrasing";
import type { RankedEntry } from "./rank";
import type { PhrasingOverrides } from "./settings";
import { draftDetails, neutralNewsClause, owedThing, type DraftDetails, type Strategy } from "./strategy";

export type { LastMeeting } from "./history/meeting";

export interface DraftOptions {
	today: Day;
	/** Signs the message; may be empty. */
	me: string;
	phrasing?: PhrasingOverrides;
	catalogue?: readonly LifeEventKind[];
	/**
	 * What is already written today — today's daily note. A sentence found in it (outside this
	 * contact's own block) is not used again while another variant fits.
	 */
	written?: string;
	/** The last meeting, when the contact's history knows it: "since we had coffee in August". */
	lastMeeting?: LastMeeting | null;
}

export interface Draft {
	/** The message, lines separated by \n. */
	text: string;
	subject: string;
	/** What the daily-note task says after the name: "congratulate on the promotion; fill in ‹…›". */
	summary: string;
	/** A mailto: link with subject and body, when the contact has an e-mail address. */
	mailto: string | null;
	/** What the writer must supply before sending, in order: "‹something on sailing›". */
	slots: string[];
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

function pickFrom<T>(items: readonly T[], seed: string): T | undefined {
	if (!items.length) return undefined;
	return items[stableHash(seed) % items.length];
}

/** Draft text never carries characters that would break the Markdown around it. */
function singleLine(text: string): string {
	return text.replace(/\s+/g, " ").trim();
}

/** Why there is no draft for a contact, or null when there is one. */
export function draftRefusal(entry: Pick<RankedEntry, "status" | "contact">): string | null {
	return entry.status === "in-memory" ? `${entry.contact.name} is marked as having died, so Reconnect drafts nothing for them.` : null;
}

/**
 * A link Reconnect writes must lead to exactly the intended note. A name with `[`, `]`, `|`, `#`,
 * `^` or a line break (Obsidian refuses them in links; other programs can still create such
 * files) would end the link early or write more Markdown into the daily note, so no block is
 * written for it, and this says why.
 */
export function linkRefusal(linktext: string): string | null {
	return /[[\]|#^\r\n]/.test(linktext) ? `the note's name "${linktext.replace(/[\r\n]+/g, " ")}" has characters a link cannot hold ([ ] | # ^ or a line break); rename the note to draft into the daily note` : null;
}

/** "earlier this month", "in August", "in August 2024": when the last meeting was, as a person says it. */
export function meetingWhen(day: Day, today: Day): string {
	const then = dayParts(day);
	const now = dayParts(today);
	if (then.year === now.year && then.month === now.month) return "earlier this month";
	return today - day < 300 ? `in ${monthName(then.month)}` : `in ${monthName(then.month)} ${then.year}`;
}

/** Today's text without this contact's own block, so drafting someone again gives the same draft. */
function writtenByOthers(written: string, basename: string): string {
	const own = basename.toLowerCase();
	const kept: string[] = [];
	let skipping = false;
	for (const line of written.split("\n")) {
		const task = parseReconnectTask(line);
		if (task) skipping = task.linktext.split("/").pop()?.toLowerCase() === own;
		else if (skipping && !/^\s+\S|^\s*$/.test(line)) skipping = false;
		if (!skipping) kept.push(line);
	}
	return kept.join("\n");
}

/** "you and Maya and the kids" → "you, Maya and the kids". */
function listAfterYou(text: string): string {
	return text.replace(/\byou and (\p{Lu}[\p{L}'’-]*(?:, \p{Lu}[\p{L}'’-]*)*) and /gu, "you, $1 and ");
}

/** The writer's task line speaks about the person: "your thesis" → "their thesis". */
function aboutThem(phrase: string): string {
	return phrase.replace(/\byour\b/g, "their").replace(/\byou\b/g, "them");
}

/** A sentence that says how long the silence has been: one per draft is enough. */
const SILENCE = /\b(?:too long|a while|ages|it's been \d|it's been a|since we (?:last )?talked)\b/i;

const NEGATION = /\b(?:not|never|no)\b|n't\b/i;

const HARD: ReadonlySet<Strategy> = new Set(["support", "gentle"]);

/** The values a variant's placeholders take for this contact and day. */
function placeholderValues(entry: RankedEntry, details: DraftDetails, kind: LifeEventKind | null, options: DraftOptions, seed: string): Partial<Record<Placeholder, string>> {
	const { contact } = entry;
	const meeting = options.lastMeeting ?? null;
	let news = "";
	if (entry.strategy === "congratulate" && kind && entry.news) news = celebrationPhrase(kind, entry.news.detail, details.names).phrase;
	else if (entry.strategy === "support" && entry.news) news = kind?.slug === "loss" ? lossPhrase(entry.news.detail) : kind?.slug === "job-loss" ? jobLossPhrase(entry.news.detail) : "";
	else if (entry.strategy === "news") news = neutralNewsClause(contact, entry.neutralNews ?? null) ?? "";
	const silence = meeting ? options.today - meeting.day : entry.daysSince;
	return {
		"first-name": singleLine(contact.firstName),
		name: singleLine(contact.name),
		"how-we-met": singleLine(details.howWeMet ?? ""),
		event: kind && entry.strategy === "congratulate" ? kind.noun : "",
		news: singleLine(news),
		interest: singleLine(pickFrom(details.interests, `${seed}|interest`) ?? ""),
		project: singleLine(pickFrom(details.projects, `${seed}|project`) ?? ""),
		family: singleLine(details.family ?? ""),
		mutual: entry.mutual ? singleLine(entry.mutual.firstName) : "",
		since: silence !== null ? humanizeDays(silence) : "a long time",
		me: singleLine(options.me),
		company: singleLine(details.company ?? ""),
		role: singleLine(details.role ?? ""),
		place: singleLine(details.place ?? ""),
		"follow-up": entry.strategy === "follow-up" ? singleLine(owedThing(entry.followUps, details.names) ?? "") : "",
		"last-time": meeting ? singleLine(`we ${meeting.activity} ${meetingWhen(meeting.day, options.today)}`) : "we last talked",
	};
}

function openingPiece(strategy: Strategy, kind: LifeEventKind | null): [string, string] {
	switch (strategy) {
		case "congratulate":
			return [`congratulate.${kind?.slug ?? "any"}`, "congratulate.any"];
		case "support":
			// The user's own kinds of hard news get the words for an illness: they name nothing.
			return [`support.${kind && ["loss", "job-loss"].includes(kind.slug) ? kind.slug : "health"}`, "support.health"];
		case "gentle":
			return ["opening.gentle", "opening.gentle"];
		default:
			return [`opening.${strategy}`, "opening.check-in"];
	}
}

export function composeDraft(entry: RankedEntry, options: DraftOptions): Draft {
	const { contact } = entry;
	const catalogue = options.catalogue ?? LIFE_EVENT_KINDS;
	const seed = `${contact.path}|${options.today}`;
	const strategy = entry.strategy;
	const hard = HARD.has(strategy);
	const kind = entry.news ? kindOf(catalogue, entry.news.kind) : null;
	const details = draftDetails(contact);
	const values = placeholderValues(entry, details, kind, options, seed);
	const written = options.written ? writtenByOthers(options.written, contact.basename) : "";
	const starts = new Set<string>();
	const firstWords = (text: string): string => text.split(/\s+/).slice(0, 2).join(" ").toLowerCase();
	let silenceSaid = false;

	// A variant is usable only when everything it mentions is known for this contact (a sign-off
	// may leave the user's name out). Among usable variants the order is fixed per contact and
	// day; the first one not already written today, and not starting like an earlier sentence of
	// this draft, is taken.
	const piece = (id: string, fallbackId?: string): string | null => {
		const optional = id.startsWith("signoff") ? "me" : "";
		const custom = options.phrasing?.[id]?.filter((variant) => variant.trim());
		for (const variants of [custom ?? [], defaultVariants(id), fallbackId ? defaultVariants(fallbackId) : []]) {
			let usable = variants.filter((variant) => placeholdersIn(variant).every((name) => name === optional || values[name as Placeholder]));
			// A known last meeting is a detail worth naming: a check-in then says since when.
			if (options.lastMeeting && id === "opening.check-in" && usable.some((variant) => variant.includes("{{last-time}}"))) usable = usable.filter((variant) => variant.includes("{{last-time}}"));
			// After hard news, no breezy "Hey".
			if (hard && id === "greeting") usable = usable.filter((variant) => !/^hey\b/i.test(variant));
						// "I'm still glad you didn't hire me" is not what anyone means.
			if (NEGATION.test(values["how-we-met"] ?? "")) usable = usable.filter((variant) => !variant.includes("glad {{how-we-met}}"));
			if (!usable.length) continue;
			const start = stableHash(`${seed}|${id}`) % usable.length;
			const filled = usable.map((_, offset) => fillPlaceholders(usable[(start + offset) % usable.length] ?? "", values).trim());
			const fits = (text: string): boolean => !(written && written.includes(text)) && !starts.has(firstWords(text)) && !(silenceSaid && SILENCE.test(text));
			const chosen = filled.find(fits) ?? filled[0] ?? "";
			starts.add(firstWords(chosen));
			silenceSaid ||= SILENCE.test(chosen);
			return chosen;
		}
		return null;
	};

	const [openingId, openingFallback] = openingPiece(strategy, kind);
	const opening = piece(openingId, openingFallback);
	let birthday: string | null = null;
	if (entry.birthday && !hard) {
		const id = entry.birthday.offset > 0 ? "birthday.ahead" : entry.birthday.offset === 0 ? "birthday.today" : "birthday.belated";
		birthday = piece(id);
	}
	const reminder = entry.reminder && !hard && strategy !== "how-we-met" && values["how-we-met"] ? piece("reminder") : null;
	// A check-in over private news must not hint at it: its offer is the everyday one.
	const offer = piece(strategy === "support" ? (kind?.slug === "job-loss" ? "offer.job-loss" : "offer.support") : "offer", "offer");
	const greeting = piece("greeting") ?? `Hi ${values["first-name"] ?? ""},`;
	const signoff = (piece(hard ? "signoff.support" : "signoff", "signoff") ?? "").replace(/[ \t]+$/gm, "").trim();

	const body = listAfterYou([opening, birthday, reminder, offer].filter((part): part is string => Boolean(part)).join(" "));
	const text = [greeting, "", body, "", signoff].join("\n").trim();
	const subject = piece(strategy === "congratulate" ? "subject.congratulate" : hard ? "subject.support" : "subject.default", "subject.default") ?? "Hello";
	const slots = [...new Set(slotsIn(text))];
	return {
		text,
		subject,
		summary: draftSummary(entry, kind, values, { slots, leftOut: hard ? [] : details.unphrased }),
		mailto: contact.email ? mailtoLink(contact.email, subject, text) : null,
		slots,
	};
}

/** What the task line asks for, by strategy; a value of the draft fills in what it names. */
const SUMMARIES: Readonly<Record<Strategy, (values: Partial<Record<Placeholder, string>>, entry: RankedEntry, kind: LifeEventKind | null) => string>> = {
	congratulate: (_values, _entry, kind) => `congratulate on the ${kind?.noun ?? "news"}`,
	support: (_values, _entry, kind) => `reach out after the ${kind && ["loss", "job-loss", "health"].includes(kind.slug) ? kind.noun : "hard news"}`,
	gentle: () => "check in gently (private news in the note)",
	"follow-up": (values) => `follow up: send ${aboutThem(values["follow-up"] ?? "")}`,
	news: () => "mention their news",
	mutual: (_values, entry) => `mention ${entry.mutual?.name ?? "a friend in common"}`,
	project: (values) => `ask about ${aboutThem(values.project ?? "")}`,
	family: (values) => `ask about ${aboutThem(values.family ?? "")}`,
	interest: (values) => `share something on ${values.interest ?? ""}`,
	work: (values) => `ask about ${values.company ?? ""}`,
	place: (values) => `ask about life in ${values.place ?? ""}`,
	"how-we-met": () => "remind them how you met",
	"check-in": () => "check in",
};

/** The task line after the name: what to do, what to fill in, and what the draft left out. */
function draftSummary(entry: RankedEntry, kind: LifeEventKind | null, values: Partial<Record<Placeholder, string>>, extra: { slots: string[]; leftOut: string[] }): string {
	let summary = SUMMARIES[entry.strategy](values, entry, kind);
	if (entry.strategy === "gentle") return summary;
	if (entry.birthday && entry.strategy !== "support") summary += entry.birthday.offset < 0 ? ", belated birthday wishes" : ", birthday wishes";
	for (const slot of extra.slots) summary += `; fill in ${slot}`;
	if (extra.leftOut.length) summary += `; left out ${extra.leftOut.join(" and ")} (the note did not make a sentence to them)`;
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
	const lines = [reconnectTaskLine(linktext, draft.summary)];
	if (lastTime) lines.push(`\t- Last time (${formatDay(lastTime.day)})${lastTime.text ? `: ${singleLine(lastTime.text)}` : ""}`);
	for (const line of draft.text.split("\n")) lines.push(line ? `\t> ${line}` : "\t>");
	if (draft.mailto) lines.push("\t>", `\t> [Send by e-mail](${draft.mailto})`);
	return lines.join("\n");
}
