/**
 * Triage: sorting a contact list with single keys. Which contacts it steps through and in what
 * order, what it shows for each, the keys that set a tier, and the words that sum a session up.
 */
import { formatDay, type Day } from "./days";
import { humanizeAgo, humanizeCadence } from "./humanize";
import { LIFE_EVENT_KINDS, newsDay, type LifeEventKind, type NewsItem } from "./lifeEvents";
import { compareEntries, type RankedEntry } from "./rank";
import { newsAge, newsHeadline } from "./recentNews";
import type { Tier } from "./settings";

/** Keys 1–9 set a tier: as many as the settings have, up to nine. */
export const MAX_TIER_KEYS = 9;

/**
 * Where a contact falls in triage: contacts with neither a cadence nor a tier come first (they are
 * what triage is for), then the others, then paused contacts; people in memory never (null).
 */
export function triageGroup(entry: Pick<RankedEntry, "status" | "contact">): number | null {
	if (entry.status === "in-memory") return null;
	if (entry.status === "paused") return 2;
	return entry.contact.cadenceDays === null && entry.contact.tier === null ? 0 : 1;
}

/** Within a group: the sidebar's order (listed contacts by band), then on track, then snoozed. */
const STATUS_ORDER: Readonly<Record<RankedEntry["status"], number>> = { listed: 0, "on-track": 1, snoozed: 2, paused: 3, "in-memory": 4 };

/** The contacts triage steps through, in order. */
export function triageOrder(entries: Iterable<RankedEntry>): RankedEntry[] {
	const keyed: { entry: RankedEntry; group: number }[] = [];
	for (const entry of entries) {
		const group = triageGroup(entry);
		if (group !== null) keyed.push({ entry, group });
	}
	keyed.sort((a, b) => a.group - b.group || STATUS_ORDER[a.entry.status] - STATUS_ORDER[b.entry.status] || compareEntries(a.entry, b.entry));
	return keyed.map(({ entry }) => entry);
}

/** The tier each number key sets: `1` the first tier of the settings, and so on. */
export function tierKeys(tiers: readonly Tier[]): { key: string; tier: Tier }[] {
	return tiers.slice(0, MAX_TIER_KEYS).map((tier, index) => ({ key: String(index + 1), tier }));
}

/** What triage shows of a contact, in words. */
export interface TriageCard {
	name: string;
	howWeMet: string | null;
	/** "2026-09-30 · 8 weeks ago", or "No last contact yet". */
	lastContact: string;
	/** The newest news item: "Promoted: VP Engineering at Acme — 12 days ago". */
	news: string | null;
	/** "Tier: network (every 3 months)", "Cadence: every 2 weeks", "No tier or cadence yet". */
	rhythm: string;
}

/** The newest news item up to today (an undated one counts from the day its note was written). */
export function newestNews(contact: RankedEntry["contact"], today: Day): NewsItem | null {
	let best: { item: NewsItem; day: number } | null = null;
	for (const item of contact.news) {
		const day = newsDay(item, contact.modified, today) ?? Number.NEGATIVE_INFINITY;
		if (day > today) continue;
		if (!best || day > best.day || (day === best.day && item.index > best.item.index)) best = { item, day };
	}
	if (!best) return null;
	return Number.isFinite(best.day) ? { ...best.item, day: best.day } : best.item;
}

function rhythmWords(entry: RankedEntry, defaultCadenceDays: number): string {
	const { tier, cadenceDays } = entry.contact;
	if (tier && cadenceDays !== null) return `Tier: ${tier.name}, with its own cadence: ${humanizeCadence(cadenceDays)}`;
	if (tier) return `Tier: ${tier.name} (${humanizeCadence(tier.days)})`;
	if (cadenceDays !== null) return `Cadence: ${humanizeCadence(cadenceDays)}`;
	const measured = entry.cadenceSource === "rhythm" ? `measured ${humanizeCadence(entry.cadenceDays)}` : `${humanizeCadence(defaultCadenceDays)} by default`;
	return `No tier or cadence yet (${measured})`;
}

export function triageCard(entry: RankedEntry, today: Day, defaultCadenceDays: number, catalogue: readonly LifeEventKind[] = LIFE_EVENT_KINDS): TriageCard {
	const { contact, lastContact, daysSince } = entry;
	const news = newestNews(contact, today);
	return {
		name: contact.name,
		howWeMet: contact.howWeMet,
		lastContact: lastContact && daysSince !== null ? `${formatDay(lastContact.day)} · ${humanizeAgo(daysSince)}` : "No last contact yet",
		news: news ? `${newsHeadline(news, catalogue)} — ${news.day === null ? "undated" : newsAge(news, today)}` : null,
		rhythm: rhythmWords(entry, defaultCadenceDays),
	};
}

/** What a triage session did, counted by kind. */
export interface TriageTally {
	tier: number;
	pause: number;
	snooze: number;
	contacted: number;
	/** Already as asked (that tier already, in touch today): nothing written. */
	unchanged: number;
	skipped: number;
	/** Renamed, deleted or no longer a contact while triage was open. */
	gone: number;
}

export function emptyTally(): TriageTally {
	return { tier: 0, pause: 0, snooze: 0, contacted: 0, unchanged: 0, skipped: 0, gone: 0 };
}

/** "4 tiers set, 1 paused, 2 skipped"; "nothing changed" for a session that did nothing. */
export function tallyWords(tally: TriageTally): string {
	const parts: string[] = [];
	if (tally.tier) parts.push(`${tally.tier} ${tally.tier === 1 ? "tier" : "tiers"} set`);
	if (tally.pause) parts.push(`${tally.pause} paused`);
	if (tally.snooze) parts.push(`${tally.snooze} snoozed`);
	if (tally.contacted) parts.push(`${tally.contacted} marked contacted`);
	if (tally.unchanged) parts.push(`${tally.unchanged} already so`);
	if (tally.skipped) parts.push(`${tally.skipped} skipped`);
	if (tally.gone) parts.push(`${tally.gone} gone (renamed, deleted or no longer contacts)`);
	return parts.length ? parts.join(", ") : "nothing changed";
}
