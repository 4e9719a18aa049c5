/**
 * A birthday near today: within a week ahead (wish them well) or two weeks behind (belated
 * wishes), and how the sidebar says it.
 */
import type { Contact } from "./contact";
import { dayFromParts, dayParts, formatMonthDay, type Day } from "./days";
import { humanizeAgo } from "./humanize";
import { RANKING_RULES } from "./settings";

export interface BirthdayTiming {
	/** Days from today to the birthday: 3 ahead, 0 today, -5 five days ago. */
	offset: number;
	month: number;
	day: number;
}

/** The nearest birthday within a week ahead or two weeks behind; Feb 29 is kept on Feb 28 in other years. */
export function birthdayTiming(birthday: Contact["birthday"], today: Day): BirthdayTiming | null {
	if (!birthday) return null;
	const { year } = dayParts(today);
	let best: BirthdayTiming | null = null;
	for (const candidateYear of [year - 1, year, year + 1]) {
		const day = dayFromParts(candidateYear, birthday.month, birthday.day) ?? dayFromParts(candidateYear, birthday.month, birthday.day - 1);
		if (day === null) continue;
		const offset = day - today;
		if (offset > RANKING_RULES.birthdayDaysAhead || offset < -RANKING_RULES.birthdayDaysBehind) continue;
		if (!best || Math.abs(offset) < Math.abs(best.offset)) best = { offset, month: birthday.month, day: birthday.day };
	}
	return best;
}

/** "Birthday in 4 days (Nov 29)", "Birthday was 10 days ago (Nov 15)". */
export function birthdayReason(timing: BirthdayTiming): string {
	const date = formatMonthDay(timing.month, timing.day);
	if (timing.offset === 0) return "Birthday today";
	if (timing.offset === 1) return `Birthday tomorrow (${date})`;
	if (timing.offset > 0) return `Birthday in ${timing.offset} days (${date})`;
	return `Birthday was ${humanizeAgo(-timing.offset)} (${date})`;
}
