/**
 * `reconnect plan [--limit N] [--insert]`: today's plan on the command line — the same rule as the
 * plugin's *Plan today's reach-outs* (src/core/plan.ts). Without --insert it prints the drafts; with
 * it, they go into today's daily note in one write, counted against what the note already plans.
 */
import { composeDraft, draftRefusal, linkRefusal, renderDraftBlock, type Draft } from "../core/draft";
import { insertUnderHeading, reconnectTaskMatcher } from "../core/insertUnderHeading";
import { meetingFrom } from "../core/history/meeting";
import { plannedIn, planToday } from "../core/plan";
import type { RankedEntry } from "../core/rank";
import { flag, stringOption, wholeNumberOption, type ParsedArgs } from "./args";
import { ensureFolder, updateNote } from "./atomicWrite";
import { sightingsOf } from "./contactCard";
import { CliError, EXIT } from "./errors";
import type { CommandContext } from "./commands";
import { locateDailyNote, type DailyNoteOnDisk } from "./dailyNote";

interface PlannedDraft {
	entry: RankedEntry;
	message: Draft;
	block: string;
}

/** The drafts today's plan adds to a note holding `text`, each composed against what is written before it. */
function choosePlan(context: CommandContext, text: string, size: number, me: string): { drafts: PlannedDraft[]; text: string; plannedBefore: number } {
	const { loaded, today } = context;
	const settings = loaded.config.settings;
	const planned = plannedIn(text);
	const isPlanned = (entry: RankedEntry): boolean => {
		const linktext = loaded.resolver.linktextFor(entry.contact.path);
		return planned.has(linktext.trim().toLowerCase()) || draftRefusal(entry) !== null || linkRefusal(linktext) !== null;
	};
	const chosen = planToday(loaded.index.ranking().entries, { size, plannedToday: planned.size, isPlanned });
	const drafts: PlannedDraft[] = [];
	let written = text;
	for (const entry of chosen) {
		const linktext = loaded.resolver.linktextFor(entry.contact.path);
		const [lastTime = null] = sightingsOf(loaded, entry.contact.path, today, 1);
		const message = composeDraft(entry, { today, me, phrasing: settings.phrasing, catalogue: loaded.index.rules.catalogue, written, lastMeeting: meetingFrom(lastTime) });
		const block = renderDraftBlock(message, linktext, lastTime);
		const result = insertUnderHeading(written, settings.dailyNoteHeading, block, reconnectTaskMatcher(linktext));
		if (!result.inserted) continue;
		written = result.text;
		drafts.push({ entry, message, block });
	}
	return { drafts, text: written, plannedBefore: planned.size };
}

function printDrafts(context: CommandContext, drafts: readonly PlannedDraft[]): void {
	drafts.forEach(({ entry, message }, i) => {
		if (i) context.out("");
		context.out(`${i + 1}. To ${entry.contact.name}${entry.contact.email ? ` <${entry.contact.email}>` : ""} — ${message.summary}\n`);
		context.out(message.text);
	});
}

function nothingToAdd(plannedBefore: number, size: number): string {
	if (plannedBefore >= size) return `Today's plan is complete: today's note already has ${plannedBefore === 1 ? "1 reconnect" : `${plannedBefore} reconnects`} (the plan holds ${size}).`;
	return "Nobody else is due today: everyone on the list is planned, snoozed, paused or on track.";
}

export async function plan(args: ParsedArgs, context: CommandContext): Promise<number> {
	const { loaded } = context;
	if (args.positionals.length) throw new CliError(`unexpected argument '${args.positionals[0] ?? ""}': plan takes no contact`, EXIT.usage);
	const size = wholeNumberOption(args, "limit", loaded.config.settings.planSize);
	const me = stringOption(args, "me") ?? loaded.config.settings.userName;
	const insert = flag(args, "insert");
	let note: DailyNoteOnDisk | null = null;
	try {
		note = await locateDailyNote(loaded.vault, loaded.config.daily, context.today, context.now);
	} catch (error) {
		// Printing the plan needs no daily note; inserting it does.
		if (insert) throw error;
	}
	if (!insert || !note) {
		const { drafts, plannedBefore } = choosePlan(context, note?.text ?? "", size, me);
		if (drafts.length) printDrafts(context, drafts);
		else context.out(nothingToAdd(plannedBefore, size));
		return EXIT.ok;
	}

	const target = note;
	if (target.text === null) await ensureFolder(loaded.vault, target.folder);
	// The plan is chosen from the note as it is when this run has its turn, and written in one go.
	let outcome: ReturnType<typeof choosePlan> = { drafts: [], text: "", plannedBefore: 0 };
	let created = false;
	await updateNote(loaded.vault, target.absolute, (current) => {
		created = current === null;
		outcome = choosePlan(context, current ?? target.initial, size, me);
		return outcome.drafts.length ? outcome.text : null;
	});
	if (!outcome.drafts.length) {
		context.out(nothingToAdd(outcome.plannedBefore, size));
		return EXIT.ok;
	}
	printDrafts(context, outcome.drafts);
	const count = outcome.drafts.length === 1 ? "1 reconnect" : `${outcome.drafts.length} reconnects`;
	context.err(`\nAdded ${count} to ${target.vaultPath}${created ? " (created from the daily-note template)" : ""} under ${loaded.config.settings.dailyNoteHeading}.`);
	return EXIT.ok;
}
