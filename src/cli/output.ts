/** How the command line shows a ranking: grouped text for people, JSON for scripts. */
import { formatWarning } from "../core/contact";
import { formatDay, type Day } from "../core/days";
import { BAND_ORDER, BAND_TITLES, countWords, type Band } from "../core/bands";
import type { RankedEntry, RankingCounts } from "../core/rank";
import { followUpsOf, type FollowUpJson, type HistoryJson } from "./contactCard";

export interface RankJsonEntry {
	path: string;
	name: string;
	band: Band | null;
	score: number;
	daysSince: number | null;
	cadenceDays: number;
	lastContact: string | null;
	lastContactSource: string | null;
	reasons: string[];
	strategy: string;
	warnings: string[];
	/** How often you are really in touch, in days, from the history; null with too little of it. */
	rhythmDays: number | null;
	drifting: boolean;
	followUps: FollowUpJson[];
	/** The latest sightings, newest first, at most 5. */
	history: HistoryJson[];
}

export function toJsonEntry(entry: RankedEntry, history: HistoryJson[]): RankJsonEntry {
	const last = entry.lastContact;
	return {
		path: entry.contact.path,
		name: entry.contact.name,
		band: entry.band,
		score: Math.round(entry.score * 10_000) / 10_000,
		daysSince: entry.daysSince,
		cadenceDays: entry.cadenceDays,
		lastContact: entry.lastContact ? formatDay(entry.lastContact.day) : null,
		lastContactSource: last ? (last.kind === "property" ? "property" : last.notePath) : null,
		reasons: entry.reasons,
		strategy: entry.strategy,
		warnings: entry.warnings.map(formatWarning),
		rhythmDays: entry.rhythmDays,
		drifting: entry.drifting,
		followUps: followUpsOf(entry),
		history,
	};
}

export interface RankTextInput {
	today: Day;
	entries: readonly RankedEntry[];
	counts: RankingCounts;
	/** Warnings of every contact, listed or not. */
	problems: readonly { path: string; warnings: readonly string[] }[];
	notices: readonly string[];
	limit: number | null;
}

export function renderRankText(input: RankTextInput): string {
	const { counts } = input;
	const lines: string[] = [];
	lines.push(`Reconnect · ${formatDay(input.today)} · ${countWords(counts).join(" · ")}`);
	const shown = input.limit === null ? input.entries : input.entries.slice(0, input.limit);
	if (!input.entries.length) {
		lines.push("", "Nobody to reach out to right now.");
		if (counts.onTrack + counts.snoozed + counts.paused + counts.inMemory === 0) {
			lines.push("No contact notes found: tag a note #person, or give it a how-we-met or last-contact property.");
		}
	}
	for (const band of BAND_ORDER) {
		const inBand = shown.filter((entry) => entry.band === band);
		if (!inBand.length) continue;
		lines.push("", `${BAND_TITLES[band]} (${counts.bands[band]})`);
		for (const entry of inBand) {
			const [first = "", ...rest] = entry.reasons;
			lines.push(`  ${entry.contact.name} — ${first}`);
			const details = [...rest, `draft: ${strategyLabel(entry)}`];
			lines.push(`      ${details.join(" · ")}`);
		}
	}
	if (input.limit !== null && input.entries.length > shown.length) lines.push("", `…and ${input.entries.length - shown.length} more (use --limit to see them)`);
	if (input.problems.length) {
		lines.push("", `Notes with problems (${input.problems.length})`);
		for (const problem of input.problems) lines.push(`  ${problem.path}: ${problem.warnings.join("; ")}`);
	}
	for (const notice of input.notices) lines.push("", `Note: ${notice}`);
	return lines.join("\n");
}

export function strategyLabel(entry: RankedEntry): string {
	switch (entry.strategy) {
		case "congratulate":
			return "congratulate";
		case "support":
			return "a kind word after hard news";
		case "gentle":
			return "check in gently";
		case "follow-up":
			return "send what you owe them";
		case "news":
			return "mention their news";
		case "mutual":
			return `mention ${entry.mutual?.name ?? "a friend in common"}`;
		case "project":
			return "ask about their project";
		case "family":
			return "ask about their family";
		case "interest":
			return "share something they're into";
		case "work":
			return "ask about their work";
		case "place":
			return "ask about where they live";
		case "how-we-met":
			return "remind them how you met";
		default:
			return "check in";
	}
}
