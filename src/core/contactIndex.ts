/**
 * The contacts of a vault and what its dated notes say about them, kept current one note at a
 * time. Adapters feed it notes — Obsidian's metadata cache in the plugin, files on disk in the
 * command line — and it answers with the ranking. It does no I/O: links are resolved by the
 * adapter, which knows how its host resolves them.
 *
 * An index has two phases. While the vault is read it only collects notes (nothing is ranked, so
 * reading 30,000 notes allocates nothing for the ranking). `start(today)` then evaluates every
 * contact, a few at a time so a host can spread the work over several tasks, and from then on the
 * index is live: each change re-evaluates the contacts it touches.
 */
import { basenameOf, createContactRules, type Contact, type ContactRules, type NoteFacts } from "./contact";
import type { DatedNoteRule } from "./datedNotes";
import type { Day } from "./days";
import { FollowUpIndex, type FollowUp, type TaskAbout } from "./history/followUps";
import type { NoteContent } from "./history/noteContent";
import { LastSeenIndex, type HistoryEntry } from "./lastSeen";
import { parseLooseDate } from "./values";
import { contactRhythm, evaluateContact, type RankContext, type RankedEntry } from "./rank";
import { RankedList } from "./rankedList";
import type { CoreSettings } from "./settings";

export interface ContactIndexOptions {
	settings: CoreSettings;
	/** Folders whose notes are templates, never contacts. */
	templateFolders?: readonly string[];
	/** Which notes are dated notes (daily notes, notes in dated folders), and for which day. */
	datedNotes: DatedNoteRule;
	/** Resolves a link written in a note to the path of the note it points to. */
	resolveLink: (linktext: string, sourcePath: string) => string | null;
}

/** The paths whose ranking may have changed. */
export type Affected = ReadonlySet<string>;

const NOTHING: Affected = new Set<string>();

/** Contacts evaluated between two steps of `start`: small enough that a step is a fraction of a millisecond. */
const CONTACTS_PER_STEP = 128;

type Phase = { kind: "loading" } | { kind: "starting"; today: Day; changed: Set<string> } | { kind: "live"; today: Day };

export class ContactIndex {
	readonly rules: ContactRules;
	readonly lastSeen = new LastSeenIndex();
	readonly followUps = new FollowUpIndex();
	#settings: CoreSettings;
	readonly #options: ContactIndexOptions;
	readonly #contactsByPath = new Map<string, Contact>();
	readonly #ranked = new RankedList();
	#phase: Phase = { kind: "loading" };
	/** Counts settings changes, so a start that overlapped one evaluates again with the new settings. */
	#settingsVersion = 0;
	/** Measured rhythms by contact path, with the days they hold for. */
	readonly #rhythms = new Map<string, { rhythm: number | null; from: Day; until: Day }>();

	constructor(options: ContactIndexOptions) {
		this.#options = options;
		this.#settings = options.settings;
		this.rules = createContactRules(options.settings, options.templateFolders ?? []);
	}

	/** True once `start` has ranked every contact. */
	get isLive(): boolean {
		return this.#phase.kind === "live";
	}

	/** The day the ranking is for, once started. */
	get today(): Day | null {
		return this.#phase.kind === "loading" ? null : this.#phase.today;
	}

	/** Is this note a dated note (and for which day)? */
	datedNoteDay(facts: NoteFacts): Day | null {
		return this.#options.datedNotes.day(facts.path, () => dateProperty(facts));
	}

	/**
	 * A note was created or changed. `content` is what its body says about people (links that
	 * record contact, open tasks, dated lines); the links only matter for dated notes, so adapters
	 * work them out only when asked.
	 */
	upsertNote(facts: NoteFacts, content: NoteContent): Affected {
		const affected = this.#phase.kind === "loading" ? null : new Set<string>();
		const touched = (paths: Iterable<string>): void => {
			if (affected) for (const path of paths) affected.add(path);
		};
		const day = this.datedNoteDay(facts);
		if (day !== null) {
			const targets: string[] = [];
			const lines: number[] = [];
			for (const link of content.contactLinks()) {
				const target = this.#options.resolveLink(link.link, facts.path);
				if (target && target !== facts.path) {
					targets.push(target);
					lines.push(link.line);
				}
			}
			touched(this.lastSeen.setNote(facts.path, day, targets, lines));
		} else {
			touched(this.lastSeen.removeNote(facts.path));
		}
		const isContact = this.rules.isContact(facts);
		if (isContact) {
			this.#contactsByPath.set(facts.path, this.rules.read(facts));
			affected?.add(facts.path);
			// Not read yet (null): the log stays as it was.
			if (content.logLines && this.lastSeen.setLog(facts.path, content.logLines)) affected?.add(facts.path);
		} else {
			if (this.#contactsByPath.delete(facts.path)) affected?.add(facts.path);
			if (this.lastSeen.removeLog(facts.path)) affected?.add(facts.path);
		}
		touched(this.followUps.setNote(facts.path, this.#tasksAbout(facts.path, content, isContact)));
		if (!affected) return NOTHING;
		this.#refresh(affected);
		return affected;
	}

	/**
	 * A note's text, read after its cache: what only the text says — a contact's own dated lines,
	 * the words and due dates of open tasks. The rest of the note is as it was last upserted.
	 */
	upsertNoteText(path: string, content: NoteContent): Affected {
		const isContact = this.#contactsByPath.has(path);
		const logChanged = isContact && content.logLines !== null && this.lastSeen.setLog(path, content.logLines);
		const touched = this.followUps.setNote(path, this.#tasksAbout(path, content, isContact));
		if (this.#phase.kind === "loading") return NOTHING;
		const affected = new Set<string>(touched);
		if (logChanged) affected.add(path);
		this.#refresh(affected);
		return affected;
	}

	/** A note's open tasks with whom each is about: the people it links, and the note's own contact. */
	#tasksAbout(path: string, content: NoteContent, isContact: boolean): TaskAbout[] {
		if (!content.openTasks.length) return [];
		return content.openTasks.map((task) => {
			const targets: string[] = isContact ? [path] : [];
			for (const link of task.links) {
				const target = this.#options.resolveLink(link, path);
				if (target && !targets.includes(target)) targets.push(target);
			}
			return { line: task.line, text: task.text, due: task.due, targets };
		});
	}

	removeNote(path: string): Affected {
		const affected = new Set<string>(this.lastSeen.removeNote(path));
		for (const target of this.followUps.removeNote(path)) affected.add(target);
		if (this.lastSeen.removeLog(path)) affected.add(path);
		if (this.#contactsByPath.delete(path)) affected.add(path);
		this.#refresh(affected);
		return affected;
	}

	/**
	 * A note moved. Its links from dated notes follow it; the adapter then upserts the note at
	 * its new path (a rename can change the folder, and so whether it is a contact).
	 */
	renameNote(oldPath: string, newPath: string): Affected {
		const affected = new Set<string>([oldPath, newPath]);
		this.lastSeen.renameTarget(oldPath, newPath);
		this.followUps.renameNote(oldPath, newPath);
		for (const target of this.lastSeen.removeNote(oldPath)) affected.add(target);
		for (const target of this.followUps.removeNote(oldPath)) affected.add(target);
		this.#contactsByPath.delete(oldPath);
		this.#refresh(affected);
		return affected;
	}

	get(path: string): Contact | undefined {
		return this.#contactsByPath.get(path);
	}

	contacts(): IterableIterator<Contact> {
		return this.#contactsByPath.values();
	}

	get size(): number {
		return this.#contactsByPath.size;
	}

	/** A person's sightings up to `today`, newest first. */
	history(path: string, today: Day, limit?: number): HistoryEntry[] {
		return this.lastSeen.history(path, today, limit);
	}

	/** A person's open follow-ups, most overdue first. */
	followUpsOf(path: string): readonly FollowUp[] {
		return this.followUps.of(path);
	}

	/** A contact by a link written in `sourcePath` (for people in common). */
	resolveContact = (linktext: string, sourcePath: string): Contact | undefined => {
		const path = this.#options.resolveLink(linktext, sourcePath);
		return path ? this.#contactsByPath.get(path) : undefined;
	};

	/**
	 * Ranks every contact for `today`, one small step per iteration, and makes the index live.
	 * Notes that change between steps are evaluated again at the end, so a host may apply edits
	 * while it spreads the steps over time. Calling it again starts over.
	 */
	*start(today: Day): Generator<void, void, void> {
		const changed = new Set<string>();
		const phase: Phase = { kind: "starting", today, changed };
		this.#phase = phase;
		const settingsVersion = this.#settingsVersion;
		yield* this.lastSeen.order();
		if (this.#phase !== phase) return;
		const context = this.#rankContext(today);
		const entries: RankedEntry[] = [];
		let sinceStep = 0;
		for (const contact of this.#contactsByPath.values()) {
			entries.push(evaluateContact(contact, context));
			if (++sinceStep === CONTACTS_PER_STEP) {
				sinceStep = 0;
				yield;
				// Started again meanwhile: that run ranks the index.
				if (this.#phase !== phase) return;
			}
		}
		if (settingsVersion === this.#settingsVersion) yield* this.#ranked.resetInSteps(entries);
		if (this.#phase !== phase) return;
		this.#phase = { kind: "live", today };
		// Settings changed during the steps: evaluate again with the new ones.
		if (settingsVersion !== this.#settingsVersion) this.startNow(today);
		else this.#refresh(changed);
	}

	/** `start`, all at once, with the engine's own sort: for the command line, a new day, new settings. */
	startNow(today: Day): void {
		this.#ranked.reset(this.#evaluateAll(today));
		// A new phase object: a start under way sees it and stops.
		this.#phase = { kind: "live", today };
	}

	/** The ranking; empty until `start` has run. */
	ranking(): RankedList {
		return this.#ranked;
	}

	/** A new day moves every silence and news window: re-evaluates everyone (live indexes only). */
	setToday(today: Day): void {
		if (this.#phase.kind !== "live" || this.#phase.today === today) return;
		this.startNow(today);
	}

	/** New settings that do not change which notes are contacts (cadences, windows, tiers…). */
	updateRankSettings(settings: CoreSettings): void {
		this.#settings = settings;
		this.#settingsVersion++;
		if (this.#phase.kind === "live") this.startNow(this.#phase.today);
	}

	/** A contact's evaluation for a day, listed or not. */
	evaluate(contact: Contact, today: Day): RankedEntry {
		return evaluateContact(contact, this.#rankContext(today));
	}

	/**
	 * A contact's rhythm, measured once and kept until what it is measured from changes: the
	 * contact's note or history (see #refresh), or the day a sighting dated ahead comes due.
	 */
	#rhythmOf(contact: Contact, today: Day, seenDays: (path: string, count: number) => Day[]): number | null {
		const kept = this.#rhythms.get(contact.path);
		if (kept && kept.from <= today && today < kept.until) return kept.rhythm;
		const rhythm = contactRhythm(contact, today, seenDays);
		const ahead = contact.lastContact !== null && contact.lastContact > today ? contact.lastContact : Infinity;
		this.#rhythms.set(contact.path, { rhythm, from: today, until: Math.min(ahead, this.lastSeen.nextSeenAfter(contact.path, today) ?? Infinity) });
		return rhythm;
	}

	#evaluateAll(today: Day): RankedEntry[] {
		const context = this.#rankContext(today);
		const entries: RankedEntry[] = [];
		for (const contact of this.#contactsByPath.values()) entries.push(evaluateContact(contact, context));
		return entries;
	}

	#rankContext(today: Day): RankContext {
		const seenDays = (path: string, count: number): Day[] => this.lastSeen.recentDays(path, today, count);
		return {
			today,
			// A copy: the host may change its settings object in place before an entry's reasons are read.
			settings: { ...this.#settings },
			lastSeen: (path) => this.lastSeen.lastSeen(path, today),
			seenDays,
			rhythmOf: (contact) => this.#rhythmOf(contact, today, seenDays),
			followUps: (path) => this.followUps.of(path),
			// A daily note is named by its date; a meeting note by its folder and title.
			noteLabel: (path) => (this.#options.datedNotes.isDaily(path) ? basenameOf(path) : path.replace(/\.md$/i, "")),
			resolveContact: this.resolveContact,
			catalogue: this.rules.catalogue,
		};
	}

	/**
	 * Re-evaluates the affected contacts. Those who name one of them as a person in common need
	 * nothing: their person in common is worked out whenever it is read.
	 */
	#refresh(affected: ReadonlySet<string>): void {
		// A changed history or note changes its contact's rhythm.
		for (const path of affected) this.#rhythms.delete(path);
		const phase = this.#phase;
		if (phase.kind === "loading") return;
		if (phase.kind === "starting") {
			for (const path of affected) phase.changed.add(path);
			return;
		}
		const context = this.#rankContext(phase.today);
		for (const path of affected) {
			const contact = this.#contactsByPath.get(path);
			if (contact) this.#ranked.upsert(evaluateContact(contact, context));
			else this.#ranked.remove(path);
		}
	}
}

/** A dated folder's note not named by date can carry its day in a `date` property. */
function dateProperty(facts: NoteFacts): Day | null {
	const frontmatter = facts.frontmatter;
	if (!frontmatter) return null;
	const key = Object.keys(frontmatter).find((name) => name.toLowerCase() === "date");
	const parsed = key === undefined ? null : parseLooseDate(frontmatter[key]);
	return parsed?.ok && parsed.value.precision === "day" ? parsed.value.day : null;
}
