/**
 * The contacts of a vault and what its dated notes say about them, kept current one note at a
 * time. Adapters feed it notes — Obsidian's metadata cache in the plugin, files on disk in the
 * command line — and it answers with the ranking. It does no I/O: links are resolved by the
 * adapter, which knows how its host resolves them.
 */
import { createContactRules, type Contact, type ContactRules, type NoteFacts } from "./contact";
import type { Day } from "./days";
import { LastSeenIndex } from "./lastSeen";
import { evaluateContact, type RankContext, type RankedEntry } from "./rank";
import { RankedList } from "./rankedList";
import type { CoreSettings } from "./settings";

export interface ContactIndexOptions {
	settings: CoreSettings;
	/** Folders whose notes are templates, never contacts. */
	templateFolders?: readonly string[];
	/** The day a note stands for, when it is a dated (daily) note. */
	datedNoteDay: (path: string) => Day | null;
	/** Resolves a link written in a note to the path of the note it points to. */
	resolveLink: (linktext: string, sourcePath: string) => string | null;
}

/** The paths whose ranking may have changed. */
export type Affected = ReadonlySet<string>;

const NOTHING: Affected = new Set<string>();

export class ContactIndex {
	readonly rules: ContactRules;
	readonly lastSeen = new LastSeenIndex();
	#settings: CoreSettings;
	readonly #contactsByPath = new Map<string, Contact>();
	readonly #ranked = new RankedList();
	#today: Day | null = null;

	readonly #options: ContactIndexOptions;
	constructor(options: ContactIndexOptions) {
		this.#options = options;
		this.#settings = options.settings;
		this.rules = createContactRules(options.settings, options.templateFolders ?? []);
	}

	/** Is this note a dated note (and for which day)? */
	datedNoteDay(path: string): Day | null {
		return this.#options.datedNoteDay(path);
	}

	/**
	 * A note was created or changed. `countedLinks` are the link texts in it that record contact
	 * (not in open tasks, quotes, embeds or code); they only matter for dated notes, so adapters
	 * may pass a function and pay for link analysis only then.
	 */
	upsertNote(facts: NoteFacts, countedLinks: readonly string[] | (() => readonly string[])): Affected {
		// While the vault is first read nothing is ranked yet: nothing can be affected, and
		// thirty thousand notes need no thirty thousand sets.
		const live = this.#today !== null;
		const affected = live ? new Set<string>() : null;
		const day = this.#options.datedNoteDay(facts.path);
		if (day !== null) {
			const links = typeof countedLinks === "function" ? countedLinks() : countedLinks;
			const targets: string[] = [];
			for (const link of links) {
				const target = this.#options.resolveLink(link, facts.path);
				if (target && target !== facts.path) targets.push(target);
			}
			const touched = this.lastSeen.setNote(facts.path, day, targets);
			if (affected) for (const target of touched) affected.add(target);
		} else {
			const touched = this.lastSeen.removeNote(facts.path);
			if (affected) for (const target of touched) affected.add(target);
		}
		if (this.rules.isContact(facts)) {
			this.#contactsByPath.set(facts.path, this.rules.read(facts));
			affected?.add(facts.path);
		} else if (this.#contactsByPath.delete(facts.path)) {
			affected?.add(facts.path);
		}
		if (!affected) return NOTHING;
		this.#refresh(affected);
		return affected;
	}

	removeNote(path: string): Affected {
		const affected = new Set<string>(this.lastSeen.removeNote(path));
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
		for (const target of this.lastSeen.removeNote(oldPath)) affected.add(target);
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

	/** A contact by a link written in `sourcePath` (for people in common). */
	resolveContact = (linktext: string, sourcePath: string): Contact | undefined => {
		const path = this.#options.resolveLink(linktext, sourcePath);
		return path ? this.#contactsByPath.get(path) : undefined;
	};

	/** The ranking for a day; re-evaluates everything only when the day or settings changed. */
	ranking(today: Day): RankedList {
		if (this.#today !== today) {
			this.#today = today;
			this.#ranked.reset(this.#evaluateAll());
		}
		return this.#ranked;
	}

	/** New settings that do not change which notes are contacts (cadences, windows, tiers…). */
	updateRankSettings(settings: CoreSettings): void {
		this.#settings = settings;
		if (this.#today !== null) this.#ranked.reset(this.#evaluateAll());
	}

	evaluate(contact: Contact, today: Day): RankedEntry {
		return evaluateContact(contact, this.#rankContext(today));
	}

	#rankContext(today: Day): RankContext {
		return {
			today,
			settings: this.#settings,
			lastSeen: (path) => this.lastSeen.lastSeen(path),
			resolveContact: this.resolveContact,
			catalogue: this.rules.catalogue,
		};
	}

	#evaluateAll(): RankedEntry[] {
		if (this.#today === null) return [];
		const context = this.#rankContext(this.#today);
		const entries: RankedEntry[] = [];
		for (const contact of this.#contactsByPath.values()) entries.push(evaluateContact(contact, context));
		return entries;
	}

	/**
	 * Re-evaluates the affected contacts. Those who name one of them as a person in common need
	 * nothing: their person in common is worked out whenever it is read.
	 */
	#refresh(affected: Set<string>): void {
		// Before the first ranking (while the vault is read) there is nothing to keep current.
		if (this.#today === null) return;
		const context = this.#rankContext(this.#today);
		for (const path of affected) {
			const contact = this.#contactsByPath.get(path);
			if (contact) this.#ranked.upsert(evaluateContact(contact, context));
			else this.#ranked.remove(path);
		}
	}
}
