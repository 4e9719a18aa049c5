/** The commands rank, show, draft, tag and contacted (plan has its own file). */
import { formatWarning, type Contact } from "../core/contact";
import { composeDraft, draftRefusal, linkRefusal, renderDraftBlock } from "../core/draft";
import { logContact } from "../core/history/logOnContact";
import { meetingFrom } from "../core/history/meeting";
import { formatDay, parseIsoDay, type Day } from "../core/days";
import { findKind, formatNewsItem } from "../core/lifeEvents";
import { insertUnderHeading, reconnectTaskMatcher } from "../core/insertUnderHeading";
import type { RankedEntry } from "../core/rank";
import { flag, stringOption, wholeNumberOption, type ParsedArgs } from "./args";
import { ensureFolder, updateNote } from "./atomicWrite";
import { locateDailyNote, type DailyNoteOnDisk } from "./dailyNote";
import { CliError, EXIT } from "./errors";
import { closeMatches, findContact } from "./findContact";
import { planLastContact, planLifeEvent, type EditPlan } from "./contactEdits";
import type { LoadedVault } from "./loadVault";
import { historyOf, renderContactCard, sightingsOf } from "./contactCard";
import { renderRankText, toJsonEntry } from "./output";
import { safeVaultPath } from "./vaultFiles";

export interface CommandContext {
	loaded: LoadedVault;
	today: Day;
	now: Date;
	out: (text: string) => void;
	err: (text: string) => void;
}

export function rank(args: ParsedArgs, context: CommandContext): number {
	const { index } = context.loaded;
	const ranking = index.ranking();
	const limit = wholeNumberOption(args, "limit", null);
	if (flag(args, "json")) {
		const entries = limit === null ? ranking.entries : ranking.entries.slice(0, limit);
		context.out(JSON.stringify(entries.map((entry) => toJsonEntry(entry, historyOf(context.loaded, entry.contact.path, context.today))), null, 2));
		return EXIT.ok;
	}
	const problems = [...ranking.all()]
		.filter((entry) => entry.warnings.length)
		.map((entry) => ({ path: entry.contact.path, warnings: entry.warnings.map(formatWarning) }))
		.sort((a, b) => (a.path < b.path ? -1 : 1));
	for (const [path, reason] of context.loaded.unreadable) problems.push({ path, warnings: [`the note ${reason}`] });
	context.out(renderRankText({ today: context.today, entries: ranking.entries, counts: ranking.totals, problems, notices: context.loaded.config.notices, limit }));
	return EXIT.ok;
}

function requireOne(args: ParsedArgs, what: string): string {
	const [value, ...extra] = args.positionals;
	if (!value) throw new CliError(`name the contact to ${what} (a name or a vault path)`, EXIT.usage);
	if (extra.length) throw new CliError(`unexpected argument '${extra[0] ?? ""}' (quote names with spaces)`, EXIT.usage);
	return value;
}

function entryFor(context: CommandContext, contact: Contact): RankedEntry {
	return context.loaded.index.ranking().get(contact.path) ?? context.loaded.index.evaluate(contact, context.today);
}

export async function draft(args: ParsedArgs, context: CommandContext): Promise<number> {
	const { loaded } = context;
	let entry: RankedEntry;
	if (flag(args, "top")) {
		if (args.positionals.length) throw new CliError("use either --top or a contact's name, not both", EXIT.usage);
		const top = loaded.index.ranking().entries[0];
		if (!top) {
			context.out("Nobody to reach out to right now — everyone is on track.");
			return EXIT.ok;
		}
		entry = top;
	} else {
		entry = entryFor(context, findContact(loaded.index, requireOne(args, "draft for"), loaded.notePaths, loaded.unreadable));
	}
	const refusal = draftRefusal(entry);
	if (refusal) throw new CliError(refusal, EXIT.usage);
	const me = stringOption(args, "me") ?? loaded.config.settings.userName;
	// Today's note is read first: a sentence already drafted there today is not used again.
	const note = await todaysNote(context, flag(args, "insert"));
	// The last time you were in touch: a line for the writer, and what you did together for the message.
	const [lastTime = null] = sightingsOf(loaded, entry.contact.path, context.today, 1);
	const message = composeDraft(entry, { today: context.today, me, phrasing: loaded.config.settings.phrasing, catalogue: loaded.index.rules.catalogue, written: note?.text ?? "", lastMeeting: meetingFrom(lastTime) });
	context.out(`To ${entry.contact.name}${entry.contact.email ? ` <${entry.contact.email}>` : ""} — ${message.summary}\n`);
	context.out(message.text);
	if (message.mailto && !flag(args, "insert")) context.out(`\n${message.mailto}`);
	if (!flag(args, "insert") || !note) return EXIT.ok;

	const linktext = loaded.resolver.linktextFor(entry.contact.path);
	const unlinkable = linkRefusal(linktext);
	if (unlinkable) throw new CliError(`${unlinkable}; nothing was written`, EXIT.usage);
	const block = renderDraftBlock(message, linktext, lastTime);
	if (note.text === null) await ensureFolder(loaded.vault, note.folder);
	// The block goes into the note as it is when this run has its turn: another run may have
	// created it or added its own block meanwhile.
	let created = false;
	const written = await updateNote(loaded.vault, note.absolute, (current) => {
		created = current === null;
		const result = insertUnderHeading(current ?? note.initial, loaded.config.settings.dailyNoteHeading, block, reconnectTaskMatcher(linktext));
		return result.inserted ? result.text : null;
	});
	if (written === null) {
		context.err(`\n${note.vaultPath} already has a reconnect task for ${entry.contact.name}; nothing was added.`);
		return EXIT.ok;
	}
	context.err(`\nAdded to ${note.vaultPath}${created ? " (created from the daily-note template)" : ""} under ${loaded.config.settings.dailyNoteHeading}.`);
	return EXIT.ok;
}

/** Today's daily note; when only printing, a daily-note setup that cannot be read is no reason to fail. */
async function todaysNote(context: CommandContext, required: boolean): Promise<DailyNoteOnDisk | null> {
	const { loaded } = context;
	try {
		return await locateDailyNote(loaded.vault, loaded.config.daily, context.today, context.now);
	} catch (error) {
		if (required) throw error;
		return null;
	}
}

function dateOption(args: ParsedArgs, context: CommandContext): Day {
	const text = stringOption(args, "date");
	if (text === undefined) return context.today;
	const day = parseIsoDay(text);
	if (day === null) throw new CliError(`--date must be a real date written YYYY-MM-DD, not '${text}'`, EXIT.usage);
	if (day > context.today) throw new CliError(`--date ${text} is in the future`, EXIT.usage);
	return day;
}

/** Plans one edit of a contact note from its text as it is when this run has its turn, and writes it. */
async function editContact(context: CommandContext, contact: Contact, plan: (text: string) => EditPlan): Promise<EditPlan> {
	const { loaded } = context;
	const absolute = await safeVaultPath(loaded.vault, contact.path);
	let planned: EditPlan | null = null;
	await updateNote(loaded.vault, absolute, (current) => {
		if (current === null) throw new CliError(`${contact.path} is gone; nothing was changed`, EXIT.write);
		const edit = plan(current);
		planned = edit;
		if (edit.kind === "refused") throw new CliError(`${contact.path}: ${edit.reason}; nothing was changed`, EXIT.usage);
		return edit.kind === "write" ? edit.text : null;
	});
	if (!planned) throw new Error("the edit was not planned");
	return planned;
}

export async function tag(args: ParsedArgs, context: CommandContext): Promise<number> {
	const { loaded } = context;
	const [query, kindText, ...extra] = args.positionals;
	if (!query || !kindText) throw new CliError("usage: reconnect tag <name-or-path> <kind> [--detail TEXT] [--date YYYY-MM-DD]", EXIT.usage);
	if (extra.length) throw new CliError(`unexpected argument '${extra[0] ?? ""}' (quote names and details with spaces)`, EXIT.usage);
	const catalogue = loaded.index.rules.catalogue;
	const kind = findKind(catalogue, kindText);
	if (!kind) {
		const slugs = catalogue.map((known) => known.slug).join(", ");
		throw new CliError(`unknown life event '${kindText}'. Kinds: ${slugs}`, EXIT.usage);
	}
	const contact = findContact(loaded.index, query, loaded.notePaths, loaded.unreadable);
	const day = dateOption(args, context);
	const item = formatNewsItem(day, kind.slug, stringOption(args, "detail") ?? "");
	const done = await editContact(context, contact, (text) => planLifeEvent(text, loaded.index.rules.resolver, item));
	context.out(`Added to ${contact.path} (${done.kind === "write" ? done.key : "recent-news"}): ${item}`);
	return EXIT.ok;
}

export async function contacted(args: ParsedArgs, context: CommandContext): Promise<number> {
	const { loaded } = context;
	const contact = findContact(loaded.index, requireOne(args, "mark as contacted"), loaded.notePaths, loaded.unreadable);
	const day = dateOption(args, context);
	const done = await editContact(context, contact, (text) => planLastContact(text, loaded.index.rules.resolver, day, context.today));
	const message = done.kind === "write" ? `Set ${done.key}: ${formatDay(day)} on ${contact.path}${done.note ? `; ${done.note}` : ""}.` : done.kind === "unchanged" ? `${contact.path}: ${done.message}; nothing was changed.` : "";
	context.out(message);
	if (loaded.config.settings.logOnContact) {
		// The setting "Log contact in the contact's note": a dated line under ## Log, once a day.
		const logged = await updateNote(loaded.vault, await safeVaultPath(loaded.vault, contact.path), (current) => {
			const result = current === null ? null : logContact(current, day);
			return result?.inserted ? result.text : null;
		});
		if (logged !== null) context.out(`Logged ${formatDay(day)} under ## Log in ${contact.path}.`);
	}
	return EXIT.ok;
}

/** `reconnect show <name-or-path> [--json]`: one contact's card. */
export function show(args: ParsedArgs, context: CommandContext): number {
	const { loaded } = context;
	const entry = entryFor(context, findContact(loaded.index, requireOne(args, "show"), loaded.notePaths, loaded.unreadable));
	const history = historyOf(loaded, entry.contact.path, context.today);
	if (flag(args, "json")) context.out(JSON.stringify(toJsonEntry(entry, history), null, 2));
	else context.out(renderContactCard(entry, history, loaded.index.rules.catalogue));
	return EXIT.ok;
}

export { closeMatches };
