/**
 * The news that puts a contact in a band — hard news before good news, and only news newer than
 * the last contact — and how a reason line shows it without saying more than its tone allows.
 */
import type { Contact } from "./contact";
import type { Day } from "./days";
import { capitalize, humanizeAgo } from "./humanize";
import { kindOf, LIFE_EVENT_KINDS, mentionsHardNews, mentionsPrivateNews, newsDay, type LifeEventKind, type NewsItem, type Tone } from "./lifeEvents";

export interface RecentNews {
	/** The item, its day resolved. */
	item: NewsItem;
	tone: Tone;
}

/** Hard news outranks good news, and good news outranks news with no telling words. */
const TONE_WEIGHT: Readonly<Record<Tone, number>> = { private: 3, support: 3, celebrate: 2, neutral: 1 };

/**
 * The latest news of each weight that is recent, not in the future, and newer than the last
 * contact; the heaviest wins. `neutral` asks for news with no telling words only.
 */
export function recentNews(
	contact: Pick<Contact, "news" | "modified">,
	today: Day,
	windowDays: number,
	lastContact: Day | null,
	catalogue: readonly LifeEventKind[] = LIFE_EVENT_KINDS,
	neutral = false,
): RecentNews | null {
	let best: { item: NewsItem; day: Day; tone: Tone } | null = null;
	for (const item of contact.news) {
		const day = newsDay(item, contact.modified, today);
		if (day === null || day > today || today - day > windowDays) continue;
		if (lastContact !== null && day <= lastContact) continue;
		const tone = kindOf(catalogue, item.kind).tone;
		if (neutral !== (tone === "neutral")) continue;
		const weight = TONE_WEIGHT[tone];
		const bestWeight = best ? TONE_WEIGHT[best.tone] : 0;
		if (!best || weight > bestWeight || (weight === bestWeight && (day > best.day || (day === best.day && item.index > best.item.index)))) best = { item, day, tone };
	}
	return best ? { item: best.item.day === best.day ? best.item : { ...best.item, day: best.day, precision: best.item.precision ?? "day" }, tone: best.tone } : null;
}

/**
 * "Promoted: VP Engineering at Acme", "Had a baby girl". Private news says only that it is
 * there, and health news never shows its details, wherever a reason is shown.
 */
export function newsHeadline(item: NewsItem, catalogue: readonly LifeEventKind[] = LIFE_EVENT_KINDS): string {
	const kind = kindOf(catalogue, item.kind);
	// Good news hides a hard detail; any news hides a detail of health or a separation.
	const hidden = kind.tone === "private" || kind.slug === "health" || mentionsPrivateNews(item.detail) || (kind.tone === "celebrate" && mentionsHardNews(item.detail));
	if (hidden || !item.detail) return kind.headline;
	return item.kindGiven ? `${kind.headline}: ${item.detail}` : capitalize(item.detail);
}

/** "— 12 days ago", or "— undated, noted 3 days ago" for news written without any date. */
export function newsAge(item: NewsItem, today: Day): string {
	const ago = humanizeAgo(today - (item.day ?? today));
	return item.when?.kind === "undated" ? `undated, noted ${ago}` : ago;
}
