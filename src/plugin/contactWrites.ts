/**
 * Every change Reconnect makes to a contact note, each one property written through Obsidian's
 * processFrontMatter, to the spelling the note already uses (or the canonical key).
 */
import type { App, TFile } from "obsidian";
import { formatDay, type Day } from "../core/days";
import type { FieldResolver } from "../core/fields";
import { appendNewsValue, formatNewsItem } from "../core/lifeEvents";
import { logContact } from "../core/history/logOnContact";
import { planLastContactWrite } from "../core/lastContactWrite";

export type WriteOutcome = { changed: true; key: string; note?: string | null } | { changed: false; key: string; reason: string };

/** Sets last-contact to `day`, as the one rule for every writer says (never backwards). */
export async function writeLastContact(app: App, file: TFile, day: Day, today: Day, resolver: FieldResolver): Promise<WriteOutcome> {
	let outcome: WriteOutcome = { changed: false, key: "last-contact", reason: "" };
	await app.fileManager.processFrontMatter(file, (frontmatter: Record<string, unknown>) => {
		const key = resolver.keyForWrite(frontmatter, "lastContact");
		const current = frontmatter[key];
		const plan = planLastContactWrite(current, day, today);
		if (plan.kind === "unchanged") {
			outcome = { changed: false, key, reason: plan.message };
			return;
		}
		// A list of dates is a history the user keeps: add to it rather than replace it.
		frontmatter[key] = plan.kind === "append" ? [...(current as unknown[]), plan.value] : plan.value;
		outcome = { changed: true, key, note: plan.note };
	});
	return outcome;
}

/** Adds `- 2026-11-25 contacted` under the note's `## Log`, unless that day is logged already. */
export async function writeLogLine(app: App, file: TFile, day: Day, summary?: string): Promise<string | null> {
	let added: string | null = null;
	await app.vault.process(file, (text) => {
		const result = logContact(text, day, summary);
		added = result.inserted ? result.line : null;
		return result.text;
	});
	return added;
}

export async function writeSnooze(app: App, file: TFile, until: Day, resolver: FieldResolver): Promise<WriteOutcome> {
	let key = "snooze-until";
	await app.fileManager.processFrontMatter(file, (frontmatter: Record<string, unknown>) => {
		key = resolver.keyForWrite(frontmatter, "snoozeUntil");
		frontmatter[key] = formatDay(until);
	});
	return { changed: true, key };
}

/** Sets the tier (a name from the tier table); a note already in that tier is left as it is. */
export async function writeTier(app: App, file: TFile, tier: string, resolver: FieldResolver): Promise<WriteOutcome> {
	let outcome: WriteOutcome = { changed: false, key: "tier", reason: "" };
	await app.fileManager.processFrontMatter(file, (frontmatter: Record<string, unknown>) => {
		const key = resolver.keyForWrite(frontmatter, "tier");
		const current = frontmatter[key];
		if (typeof current === "string" && current.trim().toLowerCase() === tier.toLowerCase()) {
			outcome = { changed: false, key, reason: `already in the ${tier} tier` };
			return;
		}
		frontmatter[key] = tier;
		outcome = { changed: true, key };
	});
	return outcome;
}

/** Pauses reminders (`paused: true`); a note already paused is left as it is. */
export async function writePaused(app: App, file: TFile, resolver: FieldResolver): Promise<WriteOutcome> {
	let outcome: WriteOutcome = { changed: false, key: "paused", reason: "" };
	await app.fileManager.processFrontMatter(file, (frontmatter: Record<string, unknown>) => {
		const key = resolver.keyForWrite(frontmatter, "paused");
		if (frontmatter[key] === true) {
			outcome = { changed: false, key, reason: "already paused" };
			return;
		}
		frontmatter[key] = true;
		outcome = { changed: true, key };
	});
	return outcome;
}

/** Adds `YYYY-MM-DD kind: detail` to recent-news, keeping whatever was there (a string becomes a list). */
export async function writeLifeEvent(app: App, file: TFile, day: Day, kind: string, detail: string, resolver: FieldResolver): Promise<{ key: string; item: string }> {
	const item = formatNewsItem(day, kind, detail);
	let key = "recent-news";
	await app.fileManager.processFrontMatter(file, (frontmatter: Record<string, unknown>) => {
		key = resolver.keyForWrite(frontmatter, "recentNews");
		frontmatter[key] = appendNewsValue(frontmatter[key], item);
	});
	return { key, item };
}
