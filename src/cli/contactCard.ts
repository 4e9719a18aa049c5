/** One contact as the command line shows it: `show`'s card, and the history and follow-ups `rank --json` adds. */
import { placeTitle } from "../core/bands";
import { formatDay, type Day } from "../core/days";
import { historyEntryText, historyLineText } from "../core/history/lineText";
import { humanizeCadence } from "../core/humanize";
import { newsHeadline, type RankedEntry } from "../core/rank";
import type { LoadedVault } from "./loadVault";

export interface HistoryJson {
	date: string;
	path: string;
	line: number;
	text: string;
}

export interface FollowUpJson {
	path: string;
	line: number;
	text: string;
	due: string | null;
}

/** A contact's latest sightings, newest first, with the words of each line. */
export function sightingsOf(loaded: LoadedVault, path: string, today: Day, limit = 5): { day: Day; notePath: string; line: number; text: string }[] {
	return loaded.index.history(path, today, limit).map((entry) => ({
		...entry,
		text: historyEntryText(loaded.lineTexts.get(entry.notePath, entry.line) ?? "", entry.notePath === path),
	}));
}

/** The same, as `rank --json` and `show --json` give it. */
export function historyOf(loaded: LoadedVault, path: string, today: Day, limit = 5): HistoryJson[] {
	return sightingsOf(loaded, path, today, limit).map((seen) => ({ date: formatDay(seen.day), path: seen.notePath, line: seen.line, text: seen.text }));
}

export function followUpsOf(entry: RankedEntry): FollowUpJson[] {
	return entry.followUps.map((followUp) => ({
		path: followUp.notePath,
		line: followUp.line,
		text: historyLineText(followUp.text),
		due: followUp.due === null ? null : formatDay(followUp.due),
	}));
}

function cadenceLine(entry: RankedEntry): string {
	const stated = entry.cadenceSource === "cadence" ? "stated" : entry.cadenceSource === "tier" ? `tier ${entry.contact.tier?.name ?? ""}` : entry.cadenceSource === "rhythm" ? "measured" : "default";
	const parts = [`${humanizeCadence(entry.cadenceDays)} (${stated})`];
	if (entry.rhythmDays !== null && entry.cadenceSource !== "rhythm") parts.push(`usually ${humanizeCadence(entry.rhythmDays)} (measured)`);
	return parts.join(" · ");
}

/** `reconnect show`: everything Reconnect knows of one contact, for a person to read. */
export function renderContactCard(entry: RankedEntry, history: readonly HistoryJson[], catalogue: Parameters<typeof newsHeadline>[1]): string {
	const { contact } = entry;
	const lines = [`${contact.name} — ${contact.path}`];
	if (contact.howWeMet) lines.push(`How you met: ${contact.howWeMet}`);
	lines.push(`Cadence: ${cadenceLine(entry)}`);
	lines.push(`Last contact: ${entry.lastContact ? formatDay(entry.lastContact.day) : "none yet"}`);
	lines.push("", `${placeTitle(entry.band, entry.status) || "Listed"}`);
	for (const reason of entry.reasons) lines.push(`  ${reason}`);
	if (contact.news.length) {
		lines.push("", "Recent news");
		for (const item of contact.news) lines.push(`  ${item.day === null ? "undated" : formatDay(item.day)}  ${newsHeadline(item, catalogue)}`);
	}
	lines.push("", "History");
	if (!history.length) lines.push("  nothing yet: link them from a daily note, or log a dated line in their note");
	for (const seen of history) lines.push(`  ${seen.date}  ${seen.text || "(no words on that line)"} — ${seen.path.replace(/\.md$/i, "")}`);
	const followUps = followUpsOf(entry);
	if (followUps.length) {
		lines.push("", "Follow-ups");
		for (const followUp of followUps) lines.push(`  [ ] ${followUp.text}${followUp.due ? ` — due ${followUp.due}` : ""} (${followUp.path}:${followUp.line + 1})`);
	}
	if (entry.warnings.length) {
		lines.push("", "Problems in the note");
		for (const warning of entry.warnings) lines.push(`  ${warning.key}: ${warning.message}`);
	}
	return lines.join("\n");
}
