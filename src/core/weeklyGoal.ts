/**
 * The weekly goal ("2 of 3 this week"): how many people you were in touch with since the week
 * began — by a ticked reconnect task, *Contacted*, a write-back or a daily note that links them,
 * whatever made their last contact this week. The week starts on the locale's first day.
 */
import type { Day } from "./days";

/** Day 0 (1970-01-01) was a Thursday: weekday 4, counting Sunday as 0. */
const WEEKDAY_OF_DAY_ZERO = 4;

/** The weekday of a day: 0 Sunday … 6 Saturday. */
export function weekdayOf(day: Day): number {
	return (((day + WEEKDAY_OF_DAY_ZERO) % 7) + 7) % 7;
}

/** The first day of the week holding `today`, for a week that starts on `firstDayOfWeek` (0 Sunday, 1 Monday…). */
export function startOfWeek(today: Day, firstDayOfWeek: number): Day {
	const first = ((Math.floor(firstDayOfWeek) % 7) + 7) % 7;
	return today - ((weekdayOf(today) - first + 7) % 7);
}

/** What the goal needs of a contact's evaluation. */
export interface GoalEntry {
	readonly status: string;
	readonly daysSince: number | null;
}

/** How many people were in touch this week: last contact between the week's first day and today. */
export function contactedThisWeek(entries: Iterable<GoalEntry>, today: Day, firstDayOfWeek: number): number {
	const sinceStart = today - startOfWeek(today, firstDayOfWeek);
	let count = 0;
	for (const entry of entries) {
		// Those who have died are remembered, not counted.
		if (entry.status === "in-memory" || entry.daysSince === null) continue;
		if (entry.daysSince >= 0 && entry.daysSince <= sinceStart) count++;
	}
	return count;
}

/** The header's words: "2 of 3 this week", "3 of 3 this week: goal reached". */
export function weeklyGoalText(done: number, goal: number): string {
	return done >= goal ? `${done} of ${goal} this week: goal reached` : `${done} of ${goal} this week`;
}
