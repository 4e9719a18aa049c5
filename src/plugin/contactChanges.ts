/**
 * The changes a user can make to contacts from the sidebar, its bulk bar, triage and the commands:
 * one function applies one change to one note, and `applyToMany` applies it to several as a single
 * undo entry, so a bulk action over a hundred contacts is taken back with one click.
 */
import type { App, TFile } from "obsidian";
import { addMonthsToDay, formatDay, type Day } from "../core/days";
import type { FieldResolver } from "../core/fields";
import { writeLastContact, writeLogLine, writePaused, writeSnooze, writeTier, type WriteOutcome } from "./contactWrites";
import type { UndoHistory, UndoStep } from "./undo";

export type SnoozePeriod = "week" | "month" | "quarter";

export const SNOOZE_PERIODS: readonly { period: SnoozePeriod; label: string }[] = [
	{ period: "week", label: "1 week" },
	{ period: "month", label: "1 month" },
	{ period: "quarter", label: "3 months" },
];

export function snoozeUntil(today: Day, period: SnoozePeriod): Day {
	if (period === "week") return today + 7;
	return addMonthsToDay(today, period === "month" ? 1 : 3);
}

export type ContactChange = { kind: "contacted" } | { kind: "snooze"; period: SnoozePeriod } | { kind: "tier"; tier: string } | { kind: "pause" };

export interface ChangeContext {
	today: Day;
	resolver: FieldResolver;
	/** Setting "Log contact in the contact's note". */
	logOnContact: boolean;
}

/** What a change did, as a notice says it: "Marked Jane Doe as contacted today", "Snoozed 3 contacts until 2026-12-25". */
export function describeChange(change: ContactChange, today: Day, who: string): string {
	switch (change.kind) {
		case "contacted":
			return `Marked ${who} as contacted today`;
		case "snooze":
			return `Snoozed ${who} until ${formatDay(snoozeUntil(today, change.period))}`;
		case "tier":
			return `Moved ${who} to the ${change.tier} tier`;
		case "pause":
			return `Paused reminders for ${who}`;
	}
}

/**
 * Applies a change to one note through `app` (a recording App, for undo), adding to `steps` what a
 * write outside processFrontMatter changed (the log line).
 */
export async function applyChange(app: App, file: TFile, change: ContactChange, context: ChangeContext, steps: UndoStep[]): Promise<WriteOutcome> {
	switch (change.kind) {
		case "contacted": {
			const outcome = await writeLastContact(app, file, context.today, context.today, context.resolver);
			if (context.logOnContact) {
				const line = await writeLogLine(app, file, context.today);
				if (line) steps.push({ kind: "block", path: file.path, block: line });
			}
			return outcome;
		}
		case "snooze":
			return writeSnooze(app, file, snoozeUntil(context.today, change.period), context.resolver);
		case "tier":
			return writeTier(app, file, change.tier, context.resolver);
		case "pause":
			return writePaused(app, file, context.resolver);
	}
}

export interface ManyOutcome {
	/** Notes that changed. */
	changed: TFile[];
	/** Notes already as asked (in touch today, already that tier), with the reason. */
	unchanged: { file: TFile; reason: string }[];
	/** Notes that could not be written, with the error's first line. */
	failed: { file: TFile; error: string }[];
	/** All the changes, kept as one undo entry (null when nothing changed). */
	steps: UndoStep[];
}

/** Applies one change to several notes, one after another; a failure on one note does not stop the rest. */
export async function applyToMany(undo: UndoHistory, files: readonly TFile[], change: ContactChange, context: ChangeContext): Promise<ManyOutcome> {
	const outcome: ManyOutcome = { changed: [], unchanged: [], failed: [], steps: [] };
	for (const file of files) {
		const steps: UndoStep[] = [];
		try {
			const result = await applyChange(undo.recording(steps), file, change, context, steps);
			if (result.changed) outcome.changed.push(file);
			else outcome.unchanged.push({ file, reason: result.reason });
		} catch (error) {
			outcome.failed.push({ file, error: firstLine(error) });
		}
		outcome.steps.push(...steps);
	}
	return outcome;
}

/** The first line of an error: YAML errors go on to quote the note, which a notice cannot show. */
export function firstLine(error: unknown): string {
	const text = error instanceof Error ? error.message : String(error);
	return (text.split("\n")[0] ?? "").replace(/[:\s]+$/, "");
}
