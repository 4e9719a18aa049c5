/**
 * Today's plan: the few people to reach out to today, taken from the ranked list — time-limited
 * news first (support, then congratulate), then the bands in their display order — leaving out
 * whoever is snoozed, paused or already contacted today, and adding nobody already planned. The
 * plan's size is the day's total: reconnect tasks already in today's note count towards it.
 */
import { compareEntries, type RankedEntry } from "./rank";
import { fencedCodeLines } from "./headings";
import { parseReconnectTask } from "./reconnectTask";

/** How many people a plan holds when the setting says nothing. */
export const DEFAULT_PLAN_SIZE = 3;

export interface PlanOptions {
	/** How many reconnects a day holds in all (setting "People in today's plan"). */
	size: number;
	/** How many people today's note already has a reconnect task for (ticked or not). */
	plannedToday: number;
	/** Whether today's note already holds a reconnect task for this contact. */
	isPlanned: (entry: RankedEntry) => boolean;
}

/**
 * Who to add to today's note: the first of the list not yet planned, as many as are missing to
 * reach the day's total. Planning twice on one day adds nothing; a draft written by hand earlier
 * in the day counts, and so does a task already ticked.
 */
export function planToday(entries: Iterable<RankedEntry>, options: PlanOptions): RankedEntry[] {
	const missing = Math.max(0, Math.floor(options.size) - Math.max(0, options.plannedToday));
	if (!missing) return [];
	const candidates = [...entries].filter((entry) => entry.status === "listed" && entry.band !== null && entry.daysSince !== 0 && !options.isPlanned(entry));
	candidates.sort(compareEntries);
	return candidates.slice(0, missing);
}

/** The link texts (lower case) of the reconnect tasks in a note's text: whom it already plans. */
export function plannedIn(text: string): Set<string> {
	const planned = new Set<string>();
	const lines = text.split(/\r?\n/);
	const code = fencedCodeLines(lines);
	lines.forEach((line, index) => {
		const task = code.has(index) ? null : parseReconnectTask(line);
		if (task) planned.add(task.linktext.toLowerCase());
	});
	return planned;
}
