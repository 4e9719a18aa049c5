/**
 * Today's plan: the few people to reach out to today, taken from the ranked list — time-limited
 * news first (support, then congratulate), then the bands in their display order — leaving out
 * whoever is snoozed, paused or already contacted today, and adding nobody already planned.
 */
import { compareEntries, type RankedEntry } from "./rank";

/** How many people a plan holds when the setting says nothing. */
export const DEFAULT_PLAN_SIZE = 3;

export interface PlanOptions {
	size: number;
	/** Whether today's note already holds a reconnect task for this contact. */
	isPlanned: (entry: RankedEntry) => boolean;
}

/**
 * Who to add to today's note. The plan is the top `size` of the list; someone already planned
 * keeps their place in it and is not added again, so planning twice on one day adds nothing new
 * unless the list changed (someone was contacted, snoozed, or their task was removed).
 */
export function planToday(entries: Iterable<RankedEntry>, options: PlanOptions): RankedEntry[] {
	const size = Math.max(0, Math.floor(options.size));
	const candidates = [...entries].filter((entry) => entry.status === "listed" && entry.band !== null && entry.daysSince !== 0);
	candidates.sort(compareEntries);
	return candidates.slice(0, size).filter((entry) => !options.isPlanned(entry));
}
