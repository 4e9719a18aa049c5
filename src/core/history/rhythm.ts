/**
 * How often you are really in touch with someone, measured from the days you were: the median of
 * the recent gaps between them. A stated cadence says what you intend; the rhythm says what you do,
 * and a silence much longer than your usual rhythm is worth a word even before the cadence is due.
 */
import type { Day } from "../days";

/** Gaps the rhythm is measured over: the most recent ones. */
export const RHYTHM_GAPS = 30;
/** Fewer gaps, or gaps that span fewer days, say too little to call it a rhythm. */
export const RHYTHM_MIN_GAPS = 3;
export const RHYTHM_MIN_SPAN_DAYS = 21;

/**
 * The median of the last (up to 30) gaps between the distinct days given, in whole days, or null
 * when there are fewer than 3 gaps or they span fewer than 21 days. Days may come in any order and
 * repeat; only those up to `today` count.
 */
export function measuredRhythm(days: Iterable<Day>, today: Day): number | null {
	const distinct = [...new Set([...days].filter((day) => day <= today))].sort((a, b) => b - a).slice(0, RHYTHM_GAPS + 1);
	if (distinct.length < RHYTHM_MIN_GAPS + 1) return null;
	const newest = distinct[0] as Day;
	const oldest = distinct[distinct.length - 1] as Day;
	if (newest - oldest < RHYTHM_MIN_SPAN_DAYS) return null;
	const gaps = distinct.slice(1).map((day, index) => (distinct[index] as Day) - day).sort((a, b) => a - b);
	const middle = gaps.length >> 1;
	const median = gaps.length % 2 ? (gaps[middle] as number) : ((gaps[middle - 1] as number) + (gaps[middle] as number)) / 2;
	return Math.round(median);
}

/**
 * Is a silence of `daysSince` a drift from the usual rhythm? Longer than twice the rhythm, and at
 * least two weeks longer than it (a weekly friend two weeks quiet is not yet drifting).
 */
export function isDrifting(daysSince: number, rhythmDays: number): boolean {
	return daysSince > Math.max(2 * rhythmDays, rhythmDays + 14);
}
