/**
 * The plugin's live view of the vault: the core's contact index, built from Obsidian's metadata
 * cache once the layout is ready and then kept current from cache and vault events — a change
 * to one note re-reads that note only.
 */
import { Component, getFrontMatterInfo, getLinkpath, moment, parseYaml, TFile, type App, type CachedMetadata, type TAbstractFile } from "obsidian";
import { ContactIndex } from "../core/contactIndex";
import type { Contact, NoteFacts } from "../core/contact";
import { createDatedNoteMatcher } from "../core/datedNotes";
import { dayFromParts, type Day } from "../core/days";
import type { RankedEntry } from "../core/rank";
import type { RankedList } from "../core/rankedList";
import type { ReconnectSettings } from "../core/settings";
import { countedLinks, factsOf } from "./noteFacts";
import type { ObsidianConfig } from "../core/obsidianConfig";
import { obsidianDates, readObsidianSettings } from "./obsidianSettings";

export type IndexListener = (affected: ReadonlySet<string> | "all") => void;

/** Today on the user's clock. */
export function localToday(): Day {
	const now = moment();
	return dayFromParts(now.year(), now.month() + 1, now.date()) ?? 0;
}

export class ReconnectIndex extends Component {
	#core: ContactIndex | null = null;
	#obsidian: ObsidianConfig | null = null;
	readonly #listeners = new Set<IndexListener>();
	/** Link names that did not resolve, so a note created later under that name is picked up. */
	readonly #unresolved = new Map<string, Set<string>>();
	readonly #unresolvedBySource = new Map<string, string[]>();
	/**
	 * Contacts whose cache has a frontmatter block without properties, read to tell an empty YAML
	 * document (blank lines, comments) from YAML that failed to parse — which the cache alone
	 * cannot — with the cache that was checked, so each version of a note is read once.
	 */
	readonly #checkedBlocks = new Map<string, { cache: CachedMetadata | null; empty: boolean }>();
	#currentDay: Day;

	readonly #app: App;
	readonly #settings: () => ReconnectSettings;
	readonly #clock: () => Day;
	constructor(app: App, settings: () => ReconnectSettings, clock: () => Day = localToday) {
		super();
		this.#app = app;
		this.#settings = settings;
		this.#clock = clock;
		this.#currentDay = clock();
	}

	get ready(): boolean {
		return this.#core !== null;
	}

	get today(): Day {
		return this.#currentDay;
	}

	/** Problems with the vault's setup worth showing: settings that could not be read, folders that do not exist. */
	get notices(): string[] {
		const missing = this.#settings()
			.contactFolders.filter((folder) => !this.#app.vault.getFolderByPath(folder))
			.map((folder) => `the contacts folder '${folder}' does not exist; check it in Reconnect's settings`);
		return [...(this.#obsidian?.notices ?? []), ...missing];
	}

	get obsidianSettings(): ObsidianConfig | null {
		return this.#obsidian;
	}

	onChange(listener: IndexListener): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	/** Reads every note from the cache. Call once the layout is ready. */
	async build(): Promise<void> {
		this.#obsidian = await readObsidianSettings(this.#app);
		this.rebuild();
	}

	/** Starts over from the cache: after settings that change which notes are contacts or dated. */
	rebuild(): void {
		const obsidian = this.#obsidian;
		if (!obsidian) return;
		this.#unresolved.clear();
		this.#unresolvedBySource.clear();
		const { metadataCache } = this.#app;
		// While every note is read at once, the same link from the same folder resolves the same way:
		// thousands of daily notes in one folder link to the same people.
		let resolved: Map<string, Map<string, string | null>> | null = new Map();
		this.#core = new ContactIndex({
			settings: this.#settings(),
			templateFolders: obsidian.templateFolders,
			datedNoteDay: createDatedNoteMatcher(obsidian.daily.format, obsidianDates.parseDay),
			resolveLink: (linktext, sourcePath) => {
				let inFolder: Map<string, string | null> | undefined;
				if (resolved) {
					const folder = sourcePath.slice(0, sourcePath.lastIndexOf("/") + 1);
					inFolder = resolved.get(folder);
					if (!inFolder) resolved.set(folder, (inFolder = new Map<string, string | null>()));
				}
				let target = inFolder?.get(linktext);
				if (target === undefined) {
					target = metadataCache.getFirstLinkpathDest(getLinkpath(linktext), sourcePath)?.path ?? null;
					inFolder?.set(linktext, target);
				}
				if (!target) this.#noteUnresolved(getLinkpath(linktext), sourcePath);
				return target;
			},
		});
		for (const file of this.#app.vault.getMarkdownFiles()) this.#upsert(file, metadataCache.getFileCache(file), false);
		resolved = null;
		this.#core.ranking(this.#currentDay);
		this.#emit("all");
	}

	/** Re-reads the Daily notes and template settings; rebuilds only if they changed. */
	async refreshObsidianSettings(): Promise<void> {
		const next = await readObsidianSettings(this.#app);
		const before = JSON.stringify({ format: this.#obsidian?.daily.format, templates: this.#obsidian?.templateFolders });
		const after = JSON.stringify({ format: next.daily.format, templates: next.templateFolders });
		this.#obsidian = next;
		if (before !== after) this.rebuild();
		else this.#emit("all");
	}

	/** Ranking settings changed (cadences, tiers, windows): re-rank without re-reading notes. */
	settingsChanged(detectionChanged: boolean): void {
		if (detectionChanged) this.rebuild();
		else if (this.#core) {
			this.#core.updateRankSettings(this.#settings());
			this.#emit("all");
		}
	}

	/** Starts listening to the vault. Events are registered on this component, released on unload. */
	watch(): void {
		const { metadataCache, vault } = this.#app;
		this.registerEvent(metadataCache.on("changed", (file, _data, cache) => this.#upsert(file, cache, true)));
		this.registerEvent(metadataCache.on("deleted", (file) => this.#remove(file.path)));
		this.registerEvent(vault.on("delete", (file) => this.#remove(file.path)));
		this.registerEvent(vault.on("rename", (file, oldPath) => this.#rename(file, oldPath)));
		this.registerEvent(vault.on("create", (file) => this.#retryUnresolved(file)));
	}

	/** Call from a timer: a new day re-ranks everything (news windows and silences move). */
	checkDay(): void {
		const today = this.#clock();
		if (today === this.#currentDay) return;
		this.#currentDay = today;
		this.#core?.ranking(today);
		this.#emit("all");
	}

	ranking(): RankedList | null {
		return this.#core?.ranking(this.#currentDay) ?? null;
	}

	contact(path: string): Contact | undefined {
		return this.#core?.get(path);
	}

	entry(path: string): RankedEntry | undefined {
		const contact = this.#core?.get(path);
		if (!contact || !this.#core) return undefined;
		return this.#core.ranking(this.#currentDay).get(path) ?? this.#core.evaluate(contact, this.#currentDay);
	}

	isContact(file: TFile | null): file is TFile {
		return !!file && !!this.#core?.get(file.path);
	}

	get contactIndex(): ContactIndex | null {
		return this.#core;
	}

	/** The day a note stands for, if it is a daily note. */
	datedNoteDay(path: string): Day | null {
		return this.#core?.datedNoteDay(path) ?? null;
	}

	#upsert(file: TAbstractFile, cache: CachedMetadata | null, notify: boolean): void {
		if (!this.#core || !(file instanceof TFile) || file.extension !== "md") return;
		this.#forgetUnresolved(file.path);
		const affected = this.#core.upsertNote(this.#facts(file, cache), () => countedLinks(cache));
		if (notify && affected.size) this.#emit(affected);
	}

	#facts(file: TFile, cache: CachedMetadata | null): NoteFacts {
		const facts = factsOf(file.path, cache);
		// Only a contact shows the warning: other notes are not read for it.
		if (!facts.frontmatterError || !this.#core?.rules.isContact(facts)) return facts;
		const checked = this.#checkedBlocks.get(file.path);
		if (checked?.cache === cache) return checked.empty ? { ...facts, frontmatterError: null } : facts;
		// Taken as broken until read (and if the read or the YAML fails).
		const check = { cache, empty: false };
		this.#checkedBlocks.set(file.path, check);
		void this.#app.vault.cachedRead(file).then((text) => {
			const info = getFrontMatterInfo(text);
			// Changed, removed or renamed meanwhile: that version is checked on its own.
			if (this.#checkedBlocks.get(file.path) !== check || this.#app.metadataCache.getFileCache(file) !== cache) return;
			if (!info.exists || parseYaml(info.frontmatter) != null) return;
			check.empty = true;
			this.#upsert(file, cache, true);
		}).catch(() => undefined);
		return facts;
	}

	#remove(path: string): void {
		if (!this.#core) return;
		this.#forgetUnresolved(path);
		this.#checkedBlocks.delete(path);
		const affected = this.#core.removeNote(path);
		if (affected.size) this.#emit(affected);
	}

	#rename(file: TAbstractFile, oldPath: string): void {
		if (!this.#core || !(file instanceof TFile) || file.extension !== "md") return;
		this.#forgetUnresolved(oldPath);
		this.#checkedBlocks.delete(oldPath);
		const affected = new Set(this.#core.renameNote(oldPath, file.path));
		this.#upsert(file, this.#app.metadataCache.getFileCache(file), false);
		affected.add(file.path);
		this.#retryUnresolved(file);
		this.#emit(affected);
	}

	#noteUnresolved(linkpath: string, sourcePath: string): void {
		const name = linkpath.toLowerCase().replace(/\.md$/, "");
		const key = name.slice(name.lastIndexOf("/") + 1);
		let sources = this.#unresolved.get(key);
		if (!sources) {
			sources = new Set();
			this.#unresolved.set(key, sources);
		}
		sources.add(sourcePath);
		const names = this.#unresolvedBySource.get(sourcePath);
		if (!names) this.#unresolvedBySource.set(sourcePath, [key]);
		// A link read again (a person in common, with each draft) is noted once.
		else if (!names.includes(key)) names.push(key);
	}

	#forgetUnresolved(sourcePath: string): void {
		for (const key of this.#unresolvedBySource.get(sourcePath) ?? []) this.#unresolved.get(key)?.delete(sourcePath);
		this.#unresolvedBySource.delete(sourcePath);
	}

	/** A note now exists under a name other notes already linked to: read those notes again. */
	#retryUnresolved(file: TAbstractFile): void {
		if (!this.#core || !(file instanceof TFile) || file.extension !== "md") return;
		const sources = this.#unresolved.get(file.basename.toLowerCase());
		if (!sources?.size) return;
		const affected = new Set<string>();
		for (const source of [...sources]) {
			const note = this.#app.vault.getFileByPath(source);
			if (!note) continue;
			this.#forgetUnresolved(source);
			const cache = this.#app.metadataCache.getFileCache(note);
			for (const path of this.#core.upsertNote(this.#facts(note, cache), () => countedLinks(cache))) affected.add(path);
		}
		if (affected.size) this.#emit(affected);
	}

	#emit(affected: ReadonlySet<string> | "all"): void {
		for (const listener of this.#listeners) {
			try {
				listener(affected);
			} catch (error) {
				console.error("Reconnect: a listener failed", error);
			}
		}
	}
}
