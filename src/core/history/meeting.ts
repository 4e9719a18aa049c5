/**
 * The last time you met, as a message can mention it: from the words of the newest history entry,
 * only what you did together, never what the note says about it. "Lunch with Rafa at
 * Mädchenitaliener. He's interviewing…" gives "had lunch"; "- 2026-08-06: called him back about the
 * visa" gives "talked on the phone". A line that does not open with something done together (a
 * mention, a to-do, a thought) gives nothing, and the draft does not claim a meeting.
 */
import type { Day } from "../days";
import { historyLineText } from "./lineText";

export interface LastMeeting {
	day: Day;
	/** What you did, after "we": "had coffee", "went bouldering". */
	activity: string;
}

/** A line that opens with one of these (a noun, or a verb in the past) is something done together. */
const ACTIVITIES: readonly { pattern: RegExp; activity: string }[] = [
	{ pattern: /^(?:coffee|a coffee|had (?:a )?coffee)\b/i, activity: "had coffee" },
	{ pattern: /^(?:had )?(lunch|dinner|breakfast|brunch|drinks)\b/i, activity: "had $1" },
	{ pattern: /^(?:a )?beers?\b|^had (?:a )?beers?\b/i, activity: "had a beer" },
	{ pattern: /^(?:a |had a )?video call\b|^(?:zoom|meet|teams) call\b/i, activity: "had a video call" },
	{ pattern: /^(?:a |had a )?(?:phone )?call with\b|^(?:called|phoned|rang) (?:him|her|them|\p{Lu})/iu, activity: "talked on the phone" },
	{ pattern: /^(?:a |went for a )?walk\b|^walked\b/i, activity: "went for a walk" },
	{ pattern: /^(?:a |went for a )?run\b|^ran with\b/i, activity: "went for a run" },
	{ pattern: /^(?:went )?(bouldering|climbing|hiking|sailing|cycling|swimming|skiing)\b/i, activity: "went $1" },
	{ pattern: /^(?:met up|caught up)\b|^catch-up with\b/i, activity: "caught up" },
];

/** Words that make an opening noun something else: "Coffee machine broke", "Lunch plans with…". */
const NOT_TOGETHER = /^\S+\s+(?:plans?|ideas?|machine|order|invite|invitation|booked|cancell?ed|postponed)\b/i;

export function meetingFrom(sighting: { day: Day; text: string } | null): LastMeeting | null {
	if (!sighting) return null;
	const text = historyLineText(sighting.text);
	if (!text || NOT_TOGETHER.test(text)) return null;
	for (const { pattern, activity } of ACTIVITIES) {
		const match = pattern.exec(text);
		if (match) return { day: sighting.day, activity: activity.replace("$1", (match[1] ?? "").toLowerCase()) };
	}
	return null;
}
