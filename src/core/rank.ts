/**
 * Ranking the connections that are fading. Each contact falls in exactly one band — support
 * (hard news), else congratulate, else dormant, else fading, else unknown, else soon — or is not
 * listed (on track, snoozed, paused, in memory). `today` is always given, never read from a clock.
 */
import { BAND_ORDER, zeroBandCounts, type Band, type Status } from "./bands";
import { birthdayReason, birthdayTiming, type BirthdayTiming } from "./birthdays";
import type { Contact, ContactWarning } from "./contact";
import { formatDay, type Day } from "./days";
import { lastContactOn } from "./lastContactWrite";
import { daysOverdue, type FollowUp } from "./history/followUps";
import { historyLineText } from "./history/lineText";
import { isDrifting, measuredRhythm, RHYTHM_GAPS } from "./history/rhythm";
import { capitalize, humanizeAgo, humanizeCadence, humanizeDays } from "./humanize";
import type { Sighting } from "./lastSeen";
import type { LifeEventKind, NewsItem, Tone } from "./lifeEvents";
import { newsAge, newsHeadline, recentNews } from "./recentNews";
import { RANKING_RULES, type CoreSettings } from "./settings";
import { chooseStrategy, type Strategy } from "./strategy";

export { BAND_ORDER, type Band, type Status } from "./bands";
export { birthdayTiming, type BirthdayTiming } from "./birthdays";
export type { Strategy } from "./strategy";
export { newsHeadline, recentNews, type RecentNews } from "./recentNews";

/** The last contact and where it was found: the contact's last-contact property, or a dated note linking them. */
export type LastContact = { readonly kind: "property"; readonly day: Day; readonly key: string } | Sighting;

export interface MutualContact {
	path: string;
	name: string;
	firstName: string;
	daysSince: number;
}

export interface RankedEntry {
	contact: Contact;
	status: Status;
	band: Band | null;
	score: number;
	daysSince: number | null;
	cadenceDays: number;
	/** Where the cadence comes from: stated, the tier, the measured rhythm, or the default. */
	cadenceSource: "cadence" | "tier" | "rhythm" | "default";
	/** How often you are really in touch, measured from the history; null with too little history. */
	rhythmDays: number | null;
	/** The silence is much longer than the measured rhythm. */
	drifting: boolean;
	/** Open follow-ups about this person, most overdue first. */
	followUps: readonly FollowUp[];
	lastContact: LastContact | null;
	/**
	 * The news that puts the contact in support or congratulate: dated within the news window and
	 * after the last contact, hard news first. Its day is resolved (undated news has the day its
	 * note was written); `when` still says whether it was written with a date.
	 */
	news: NewsItem | null;
	/** The tone of that news: support and private news put the contact in support. */
	tone: Tone | null;
	/** Recent news with no telling words, which a check-in may mention plainly. */
	readonly neutralNews?: NewsItem | null;
	birthday: BirthdayTiming | null;
	strategy: Strategy;
	/** The draft reminds them how you know each other. */
	reminder: boolean;
	mutual: MutualContact | null;
	reasons: string[];
	warnings: readonly ContactWarning[];
}

export interface RankContext {
	today: Day;
	/** Read when reasons are first read, which may be long after ranking: never change it afterwards. */
	settings: Pick<CoreSettings, "defaultCadenceDays" | "newsWindowDays" | "dormantDays">;
	/** The latest dated note up to today that records contact with a person, by contact path. */
	lastSeen?: (path: string) => Sighting | undefined;
	/** The distinct days up to today a person was seen, newest first, at most `count`. */
	seenDays?: (path: string, count: number) => Day[];
	/**
	 * A contact's measured rhythm, when the host remembers it between rankings (measuring is most
	 * of a ranking's cost); else it is measured from `seenDays`.
	 */
	rhythmOf?: (contact: Contact) => number | null;
	/** Open follow-ups about a person, most overdue first. */
	followUps?: (path: string) => readonly FollowUp[];
	/** How a note is named in a reason ("2026-02-10", "Meetings/2026-08-06 Atlas sync"); by default its name. */
	noteLabel?: (path: string) => string;
	/** A contact by a link written in another contact's note, for people in common. */
	resolveContact?: (linktext: string, sourcePath: string) => Contact | undefined;
	catalogue?: readonly LifeEventKind[];
}

/** The day the last-contact property gives on `today`: its latest date that is not in the future. */
export function propertyDayOn(contact: Pick<Contact, "lastContact" | "lastContactList">, today: Day): Day | null {
	if (contact.lastContact === null || contact.lastContact <= today) return contact.lastContact;
	return contact.lastContactList ? lastContactOn(contact.lastContactList, today) : null;
}

/** The later of the last-contact property and the latest dated note; a future date is ignored. */
export function effectiveLastContact(contact: Contact, context: Pick<RankContext, "today" | "lastSeen">): LastContact | null {
	const recorded = propertyDayOn(contact, context.today);
	const seen = context.lastSeen?.(contact.path);
	if (seen && seen.day <= context.today && (recorded === null || seen.day > recorded)) return seen;
	return recorded === null ? null : { kind: "property", day: recorded, key: contact.lastContactKey ?? "last-contact" };
}

/** "Follow-up overdue by 6 days: send the HR checklist". */
function followUpReason(followUp: FollowUp, today: Day): string {
	const words = historyLineText(followUp.text);
	return `Follow-up overdue by ${humanizeDays(daysOverdue(followUp, today))}${words ? `: ${words}` : ""}`;
}

/** The measured rhythm, from the days the vault records contact (the last-contact property included). */
export function contactRhythm(contact: Contact, today: Day, seenDays: NonNullable<RankContext["seenDays"]>): number | null {
	const days = seenDays(contact.path, RHYTHM_GAPS + 1);
	const recorded = propertyDayOn(contact, today);
	if (recorded !== null) days.push(recorded);
	return days.length < 4 ? null : measuredRhythm(days, today);
}

function rhythmOf(contact: Contact, context: RankContext): number | null {
	if (context.rhythmOf) return context.rhythmOf(contact);
	return context.seenDays ? contactRhythm(contact, context.today, context.seenDays) : null;
}

function sourceReason(last: LastContact, noteLabel?: (path: string) => string): string {
	if (last.kind === "note") {
		const label = noteLabel ? noteLabel(last.notePath) : last.notePath.slice(last.notePath.lastIndexOf("/") + 1).replace(/\.md$/i, "");
		return `Last seen in ${label}`;
	}
	return `Last contact on ${formatDay(last.day)}`;
}

function findMutual(contact: Contact, context: RankContext): MutualContact | null {
	if (!contact.mutual.length) return null;
	const { resolveContact } = context;
	const others = resolveContact ? contact.mutual.map((link) => resolveContact(link, contact.path)) : [];
	let best: MutualContact | null = null;
	for (const other of others) {
		if (!other || other.path === contact.path || other.deceased) continue;
		const last = effectiveLastContact(other, context);
		if (!last) continue;
		const daysSince = context.today - last.day;
		if (daysSince > RANKING_RULES.mutualRecentDays) continue;
		if (!best || daysSince < best.daysSince) best = { path: other.path, name: other.name, firstName: other.firstName, daysSince };
	}
	return best;
}

/** What ranking decided about a contact; the rest of an entry is worked out from it when read. */
type EvaluationFacts = Omit<RankedEntry, "neutralNews" | "strategy" | "mutual" | "reasons">;

/**
 * A contact's evaluation. Its reasons are words for people, and its person in common and draft
 * strategy matter only for a draft, so all three are worked out on first read: ranking a vault
 * never looks at them.
 */
class Evaluation implements RankedEntry {
	readonly contact: Contact;
	readonly status: Status;
	readonly band: Band | null;
	readonly score: number;
	readonly daysSince: number | null;
	readonly cadenceDays: number;
	readonly cadenceSource: RankedEntry["cadenceSource"];
	readonly rhythmDays: number | null;
	readonly drifting: boolean;
	readonly followUps: readonly FollowUp[];
	readonly lastContact: LastContact | null;
	readonly news: NewsItem | null;
	readonly tone: Tone | null;
	readonly birthday: BirthdayTiming | null;
	readonly reminder: boolean;
	readonly warnings: readonly ContactWarning[];
	#reasons: string[] | null = null;
	readonly #context: RankContext;

	constructor(facts: EvaluationFacts, context: RankContext) {
		this.contact = facts.contact;
		this.status = facts.status;
		this.band = facts.band;
		this.score = facts.score;
		this.daysSince = facts.daysSince;
		this.cadenceDays = facts.cadenceDays;
		this.cadenceSource = facts.cadenceSource;
		this.rhythmDays = facts.rhythmDays;
		this.drifting = facts.drifting;
		this.followUps = facts.followUps;
		this.lastContact = facts.lastContact;
		this.news = facts.news;
		this.tone = facts.tone;
		this.birthday = facts.birthday;
		this.reminder = facts.reminder;
		this.warnings = facts.warnings;
		this.#context = context;
	}

	/** Worked out on each read, so it follows the other person's last contact as it changes. */
	get mutual(): MutualContact | null {
		return this.news ? null : findMutual(this.contact, this.#context);
	}

	get strategy(): Strategy {
		return chooseStrategy(this, () => this.neutralNews);
	}

	/** Recent news with no telling words, which a check-in may mention plainly. */
	get neutralNews(): NewsItem | null {
		if (this.news || !this.contact.news.length) return null;
		const { today, settings, catalogue } = this.#context;
		return recentNews(this.contact, today, settings.newsWindowDays, this.lastContact?.day ?? null, catalogue, true)?.item ?? null;
	}

	get reasons(): string[] {
		this.#reasons ??= this.#buildReasons();
		return this.#reasons;
	}

	#buildReasons(): string[] {
		const { news, status, contact, daysSince, cadenceDays, birthday, lastContact: last } = this;
		const { today, catalogue } = this.#context;
		const usually = `${humanizeCadence(cadenceDays)}${this.cadenceSource === "rhythm" ? " (measured)" : ""}`;
		const list: string[] = [];
		if (news) list.push(`${newsHeadline(news, catalogue)} — ${newsAge(news, today)}`);
		if (status === "in-memory") list.push("In memory: never reminded");
		const overdue = this.followUps[0];
		if (overdue && daysOverdue(overdue, today) > 0 && status !== "in-memory") list.push(followUpReason(overdue, today));
		if (status === "paused") list.push("Paused: no reminders");
		if (status === "snoozed" && contact.snoozeUntil !== null) list.push(`Snoozed until ${formatDay(contact.snoozeUntil)}`);
		if (daysSince === null) {
			list.push("No last contact yet — add last-contact, or link them from a daily note");
		} else if (daysSince >= this.#context.settings.dormantDays) {
			list.push(`${capitalize(humanizeDays(daysSince))} since last contact — a dormant tie worth reviving`);
		} else if (this.drifting && this.rhythmDays !== null) {
			list.push(`Drifting: usually ${humanizeCadence(this.rhythmDays)}, now ${humanizeDays(daysSince)}`);
		} else if (daysSince >= cadenceDays) {
			list.push(`${capitalize(humanizeDays(daysSince))} since last contact — usually ${usually}`);
		} else if (daysSince >= RANKING_RULES.soonRatio * cadenceDays) {
			list.push(`Due in ${humanizeDays(cadenceDays - daysSince)} — usually ${usually}`);
		} else {
			list.push(`On track — last contact ${humanizeAgo(daysSince)}, usually ${usually}`);
		}
		// News with no telling words sets no band, but it is news: shown, dated or undated.
		const neutral = this.neutralNews;
		if (neutral) list.push(`${newsHeadline(neutral, catalogue)} — ${newsAge(neutral, today)}`);
		if (birthday) list.push(birthdayReason(birthday));
		if (last) list.push(sourceReason(last, this.#context.noteLabel));
		return list;
	}
}

/** One contact's place in the ranking, with its reasons and the draft's strategy. */
export function evaluateContact(contact: Contact, context: RankContext): RankedEntry {
	const { today, settings } = context;
	let warnings = contact.warnings;
	if (contact.lastContact !== null && contact.lastContact > today) {
		warnings = [...warnings, { key: contact.lastContactKey ?? "last-contact", message: `${formatDay(contact.lastContact)} is in the future, so it is ignored` }];
	}
	const last = effectiveLastContact(contact, context);
	const daysSince = last ? today - last.day : null;
	const rhythmDays = rhythmOf(contact, context);
	const cadenceDays = contact.cadenceDays ?? contact.tier?.days ?? rhythmDays ?? settings.defaultCadenceDays;
	const cadenceSource = contact.cadenceDays !== null ? "cadence" : contact.tier ? "tier" : rhythmDays !== null ? "rhythm" : "default";
	const drifting = rhythmDays !== null && daysSince !== null && daysSince < settings.dormantDays && isDrifting(daysSince, rhythmDays);
	const followUps = context.followUps?.(contact.path) ?? [];
	const overdueDays = followUps[0] ? daysOverdue(followUps[0], today) : 0;
	const recent = contact.news.length && !contact.deceased ? recentNews(contact, today, settings.newsWindowDays, last?.day ?? null, context.catalogue) : null;
	const news = recent?.item ?? null;
	const tone = recent?.tone ?? null;
	const birthday = contact.birthday && !contact.deceased ? birthdayTiming(contact.birthday, today) : null;

	let band: Band | null = null;
	if (tone === "support" || tone === "private") band = "support";
	else if (news) band = "congratulate";
	else if (daysSince === null) band = "unknown";
	else if (daysSince >= settings.dormantDays) band = "dormant";
	else if (daysSince >= cadenceDays) band = "fading";
	else if (daysSince >= RANKING_RULES.soonRatio * cadenceDays) band = "soon";
	// An overdue promise is at least Fading; a drift from the usual rhythm is at least Coming up.
	if (overdueDays > 0 && (band === null || band === "soon" || band === "unknown")) band = "fading";
	if (drifting && band === null) band = "soon";

	let status: Status = "listed";
	if (contact.deceased) status = "in-memory";
	else if (contact.paused) status = "paused";
	else if (contact.snoozeUntil !== null && contact.snoozeUntil > today) status = "snoozed";
	else if (band === null) status = "on-track";

	const longSilence = daysSince !== null && (daysSince >= RANKING_RULES.reminderAfterDays || daysSince >= settings.dormantDays);
	let score = 0;
	if (news?.day != null) score = 1 + (settings.newsWindowDays - (today - news.day)) / Math.max(1, settings.newsWindowDays);
	else if (daysSince !== null) score = (daysSince - cadenceDays) / cadenceDays;
	if (band === "fading" && overdueDays > 0) score = Math.max(score, overdueDays / cadenceDays);

	return new Evaluation(
		{
			contact,
			status,
			band: status === "listed" ? band : null,
			score,
			daysSince,
			cadenceDays,
			cadenceSource,
			rhythmDays,
			drifting,
			followUps,
			lastContact: last,
			news,
			tone,
			birthday,
			reminder: longSilence && contact.howWeMet !== null,
			warnings,
		},
		context,
	);
}

function compareText(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

const BAND_RANK = Object.fromEntries(BAND_ORDER.map((band, index) => [band, index])) as Record<Band, number>;

/** Band order, then score (most urgent first), then days since contact, then name and path. */
export function compareEntries(a: RankedEntry, b: RankedEntry): number {
	const bandA = a.band ? BAND_RANK[a.band] : BAND_ORDER.length;
	const bandB = b.band ? BAND_RANK[b.band] : BAND_ORDER.length;
	if (bandA !== bandB) return bandA - bandB;
	if (a.score !== b.score) return b.score - a.score;
	const daysA = a.daysSince ?? -1;
	const daysB = b.daysSince ?? -1;
	if (daysA !== daysB) return daysB - daysA;
	return compareText(a.contact.sortName, b.contact.sortName) || compareText(a.contact.path, b.contact.path);
}

export interface RankingCounts {
	listed: number;
	onTrack: number;
	snoozed: number;
	paused: number;
	inMemory: number;
	bands: Record<Band, number>;
}

export interface Ranking {
	/** The listed contacts, in display order. */
	entries: RankedEntry[];
	counts: RankingCounts;
}

export function emptyCounts(): RankingCounts {
	return { listed: 0, onTrack: 0, snoozed: 0, paused: 0, inMemory: 0, bands: zeroBandCounts() };
}

export function countEntry(counts: RankingCounts, entry: RankedEntry, delta: 1 | -1): void {
	if (entry.status === "on-track") counts.onTrack += delta;
	else if (entry.status === "snoozed") counts.snoozed += delta;
	else if (entry.status === "paused") counts.paused += delta;
	else if (entry.status === "in-memory") counts.inMemory += delta;
	else if (entry.band) {
		counts.listed += delta;
		counts.bands[entry.band] += delta;
	}
}

export function rankContacts(contacts: Iterable<Contact>, context: RankContext): Ranking {
	const counts = emptyCounts();
	const entries: RankedEntry[] = [];
	for (const contact of contacts) {
		const entry = evaluateContact(contact, context);
		countEntry(counts, entry, 1);
		if (entry.status === "listed") entries.push(entry);
	}
	entries.sort(compareEntries);
	return { entries, counts };
}
