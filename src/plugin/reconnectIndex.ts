/**
 * The plugin's live view of the vault: the core's contact index, built from Obsidian's metadata
 * cache once the layout is ready and then kept current from cache and vault events — a change
 * to one note re-reads that note only.
 *
 * Building reads every note, which on a large vault takes seconds; it runs in short pieces
 * (src/plugin/slices.ts) so Obsidian never freezes, and the sidebar shows how far it got. Vault
 * events are followed from the first moment and applied to the index being built as well, so
 * nothing that changes meanwhile is lost. A rebuild (after settings that change which notes are
 * contacts) leaves the previous index serving until the new one is complete.
 */
import { Component, getLinkpath, moment, TFile, type App, type CachedMetadata, type TAbstractFile } from "obsidian";
import { createContactRules, type Contact, type ContactRules } from "../core/contact";
import { ContactIndex } from "../core/contactIndex";
import { createDatedNoteRule } from "../core/datedNotes";
import { dayFromParts, type Day } from "../core/days";
import type { FieldResolver } from "../core/fields";
import type { LifeEventKind } from "../core/lifeEvents";
import type { DailyNoteSettings, ObsidianConfig } from "../core/obsidianConfig";
import type { HistoryEntry } from "../core/lastSeen";
import type { RankedEntry } from "../core/rank";
import type { RankedList } from "../core/rankedList";
import type { ReconnectSettings } from "../core/settings";
import { EmptyFrontmatterCheck } from "./emptyFrontmatter";
import { contentOf, factsOf, needsText } from "./noteFacts";
import { IndexBuild, type BuildProgress, type ReadNote, type ReadNoteText } from "./indexBuild";
import { BackgroundTexts } from "./noteTexts";
import { obsidianDates, readObsidianSettings } from "./obsidianSettings";
import { nextTask, type SliceOptions } from "./slices";
import { UnresolvedLinks } from "./unresolvedLinks";

export type { BuildProgress } from "./indexBuild";

/** What changed: these contacts, everything, or only how far the build has read. */
export type IndexChange = ReadonlySet<string> | "all" | "progress";
export type IndexListener = (change: IndexChange) => void;

/** Today on the user's clock. */
export function localToday(): Day {
	const now = moment();
	return dayFromParts(now.year(), now.month() + 1, now.date()) ?? 0;
}

export interface ReconnectIndexOptions {
	clock?: () => Day;
	/** How builds are cut into pieces (the benchmark measures builds in one piece too). */
	slices?: Omit<SliceOptions, "stopped">;
}

export class ReconnectIndex extends Component {
	/** The complete index that answers; null until the first build completes. */
	#core: ContactIndex | null = null;
	#build: IndexBuild | null = null;
	/** Counts builds, so an older build stops when a newer one begins. */
	#generation = 0;
	#obsidian: ObsidianConfig | null = null;
	#currentDay: Day;
	#watching = false;
	#unloaded = false;
	readonly #listeners = new Set<IndexListener>();
	readonly #unresolved = new UnresolvedLinks();
	readonly #emptyFrontmatter: EmptyFrontmatterCheck;
	readonly #readyWaiters: ((ready: boolean) => void)[] = [];
	/** Notes to read the text of outside a build (renamed, or newly able to resolve a link). */
	readonly #laterTexts: BackgroundTexts;

	readonly #app: App;
	readonly #settings: () => ReconnectSettings;
	readonly #clock: () => Day;
	readonly #slices: Omit<SliceOptions, "stopped">;

	constructor(app: App, settings: () => ReconnectSettings, options: ReconnectIndexOptions = {}) {
		super();
		this.#app = app;
		this.#settings = settings;
		this.#clock = options.clock ?? localToday;
		this.#slices = options.slices ?? {};
		this.#currentDay = this.#clock();
		this.#emptyFrontmatter = new EmptyFrontmatterCheck(app, (file, cache) => this.#upsert(file, cache, null));
		this.#laterTexts = new BackgroundTexts(app, ({ file, cache }, text) => this.#upsertText(file, cache, text), () => this.#unloaded);
	}

	override onunload(): void {
		this.#unloaded = true;
		this.#generation++;
		this.#build = null;
		// Whoever still holds the plugin after it is disabled does not keep the vault's index alive.
		this.#core = null;
		for (const resolve of this.#readyWaiters.splice(0)) resolve(false);
	}

	/** Follows the vault and builds the index. Call once the layout is ready. */
	async start(): Promise<void> {
		this.#watch();
		await this.rebuild();
	}

	/** True once a complete index answers. */
	get ready(): boolean {
		return this.#core !== null;
	}

	/** How far the build under way has read, or null when none is under way. */
	get progress(): BuildProgress | null {
		return this.#build ? { ...this.#build.progress } : null;
	}

	/** Resolves true once the index is ready (at once if it is), false if the plugin unloads first. */
	whenReady(): Promise<boolean> {
		if (this.#core) return Promise.resolve(true);
		if (this.#unloaded) return Promise.resolve(false);
		return new Promise((resolve) => this.#readyWaiters.push(resolve));
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

	/** Where daily notes go, once Obsidian's settings have been read. */
	get dailyNoteSettings(): DailyNoteSettings | null {
		return this.#obsidian?.daily ?? null;
	}

	/** The rules that decide which notes are contacts and how they read, as the index uses them. */
	get #rules(): ContactRules {
		return (this.#core ?? this.#build?.core)?.rules ?? createContactRules(this.#settings(), this.#obsidian?.templateFolders ?? []);
	}

	/** The life-event kinds, with the user's own. */
	get catalogue(): readonly LifeEventKind[] {
		return this.#rules.catalogue;
	}

	/** How property names are read and written, with the user's own aliases. */
	get fieldResolver(): FieldResolver {
		return this.#rules.resolver;
	}

	onChange(listener: IndexListener): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	/**
	 * Reads every note again into a new index, in pieces, and makes it the one that answers when it
	 * is complete: at start-up, and after settings that change which notes are contacts or dated.
	 * A newer call stops an older one.
	 */
	async rebuild(): Promise<void> {
		if (this.#unloaded) return;
		const generation = ++this.#generation;
		const obsidian = await readObsidianSettings(this.#app);
		if (generation !== this.#generation) return;
		this.#obsidian = obsidian;
		// The build starts in a task of its own, whatever Obsidian did before (onload, the settings read).
		await (this.#slices.yieldToHost ?? nextTask)();
		if (generation !== this.#generation) return;
		this.#unresolved.clear();
		const read: ReadNote = (core, file, cache, text) => this.#read(core, file, cache, text);
		const readText: ReadNoteText = (core, file, cache, text) => void this.#readText(core, file, cache, text);
		const build = new IndexBuild(this.#newCore(obsidian), this.#app, this.#app.vault.getMarkdownFiles(), read, readText, () => this.#emit("progress"));
		this.#build = build;
		this.#emit("progress");
		if (!(await build.run(this.#currentDay, { ...this.#slices, stopped: () => generation !== this.#generation }))) return;
		this.#build = null;
		this.#core = build.core;
		this.#core.setToday(this.#currentDay);
		for (const resolve of this.#readyWaiters.splice(0)) resolve(true);
		this.#emit("all");
	}

	#newCore(obsidian: ObsidianConfig): ContactIndex {
		const { metadataCache } = this.#app;
		return new ContactIndex({
			settings: this.#settings(),
			templateFolders: obsidian.templateFolders,
			datedNotes: createDatedNoteRule(obsidian.daily.format, this.#settings().datedFolders, obsidianDates.parseDay),
			resolveLink: (linktext, sourcePath) => {
				const resolve = (): string | null => metadataCache.getFirstLinkpathDest(getLinkpath(linktext), sourcePath)?.path ?? null;
				const target = this.#build ? this.#build.links.resolve(linktext, sourcePath, resolve) : resolve();
				if (!target) this.#unresolved.note(getLinkpath(linktext), sourcePath);
				return target;
			},
		});
	}

	/** Re-reads the Daily notes and template settings; rebuilds only if they changed. */
	async refreshObsidianSettings(): Promise<void> {
		const next = await readObsidianSettings(this.#app);
		const before = JSON.stringify({ format: this.#obsidian?.daily.format, templates: this.#obsidian?.templateFolders });
		const after = JSON.stringify({ format: next.daily.format, templates: next.templateFolders });
		this.#obsidian = next;
		if (before !== after) await this.rebuild();
		else this.#emit("all");
	}

	/**
	 * Reconnect's settings changed: a change of what makes a contact rebuilds (resolving when the
	 * new index answers), the rest only re-ranks, at once.
	 */
	async settingsChanged(detectionChanged: boolean): Promise<void> {
		if (detectionChanged) return this.rebuild();
		for (const core of this.#cores()) core.updateRankSettings(this.#settings());
		this.#emit("all");
	}

	/** Call from a timer: a new day re-ranks everything (news windows and silences move). */
	checkDay(): void {
		const today = this.#clock();
		if (today === this.#currentDay) return;
		this.#currentDay = today;
		this.#core?.setToday(today);
		this.#emit("all");
	}

	ranking(): RankedList | null {
		return this.#core?.ranking() ?? null;
	}

	contact(path: string): Contact | undefined {
		return this.#core?.get(path);
	}

	/** A contact's evaluation today, listed or not. */
	entry(path: string): RankedEntry | undefined {
		const core = this.#core;
		const contact = core?.get(path);
		if (!core || !contact) return undefined;
		return core.ranking().get(path) ?? core.evaluate(contact, this.#currentDay);
	}

	/** A contact's latest sightings up to today, newest first (which line of which note; the words are the note's). */
	history(path: string, limit: number): HistoryEntry[] {
		return this.#core?.history(path, this.#currentDay, limit) ?? [];
	}

	/** Is this note a contact? While the first build runs, the note is judged on its own. */
	isContact(file: TFile | null): file is TFile {
		if (!file || file.extension !== "md") return false;
		if (this.#core) return this.#core.get(file.path) !== undefined;
		return this.#rules.isContact(factsOf(file.path, this.#app.metadataCache.getFileCache(file)));
	}

	/** The day a note stands for, if it is a daily note (or in a dated folder). */
	datedNoteDay(file: TFile): Day | null {
		return (this.#core ?? this.#build?.core)?.datedNoteDay(factsOf(file.path, this.#app.metadataCache.getFileCache(file))) ?? null;
	}

	/** The complete index, for tests and the benchmark; the plugin's parts use the methods above. */
	get contactIndex(): ContactIndex | null {
		return this.#core;
	}

	/** The index that answers and the one being built: every change goes to both. */
	#cores(): ContactIndex[] {
		const cores: ContactIndex[] = [];
		if (this.#core) cores.push(this.#core);
		if (this.#build) cores.push(this.#build.core);
		return cores;
	}

	/** Events are registered on this component, so they are released on unload. */
	#watch(): void {
		if (this.#watching) return;
		this.#watching = true;
		const { metadataCache, vault } = this.#app;
		this.registerEvent(metadataCache.on("changed", (file, data, cache) => this.#upsert(file, cache, data)));
		this.registerEvent(metadataCache.on("deleted", (file) => this.#remove(file.path)));
		this.registerEvent(vault.on("delete", (file) => this.#remove(file.path)));
		this.registerEvent(vault.on("rename", (file, oldPath) => this.#rename(file, oldPath)));
		this.registerEvent(vault.on("create", (file) => this.#retryUnresolved(file)));
	}

	/**
	 * Reads a note into one index, from its cache and its text when at hand. Returns the contacts
	 * whose ranking may have changed, and whether the note's text would say more than its cache.
	 */
	#read(core: ContactIndex, file: TFile, cache: CachedMetadata | null, text: string | null): { affected: ReadonlySet<string>; wantsText: boolean } {
		this.#unresolved.forget(file.path);
		const facts = factsOf(file.path, cache, file.stat.mtime);
		const isContact = core.rules.isContact(facts);
		// Only a contact's empty block is checked: other notes are not read for it.
		const checked = facts.frontmatterError && isContact ? this.#emptyFrontmatter.facts(file, cache, facts) : facts;
		const content = contentOf(cache, text, isContact);
		return { affected: core.upsertNote(checked, content), wantsText: text === null && needsText(content, isContact) };
	}

	/** What only a note's text says, read after its cache (a contact's log, the words of open tasks). */
	#readText(core: ContactIndex, file: TFile, cache: CachedMetadata | null, text: string): ReadonlySet<string> {
		return core.upsertNoteText(file.path, contentOf(cache, text, core.get(file.path) !== undefined));
	}

	/** A note's text, read in the background after a change: applied to both indexes. */
	#upsertText(file: TFile, cache: CachedMetadata | null, text: string): void {
		if (this.#build) this.#readText(this.#build.core, file, cache, text);
		const affected = this.#core ? this.#readText(this.#core, file, cache, text) : null;
		if (affected?.size) this.#emit(affected);
	}

	/** A note changed (with its text, from the cache's `changed`) or needs reading again. */
	#upsert(file: TAbstractFile, cache: CachedMetadata | null, text: string | null): void {
		if (!(file instanceof TFile) || file.extension !== "md") return;
		const affected = this.#readEverywhere(file, cache, text);
		if (affected.size) this.#emit(affected);
	}

	/**
	 * Reads a note into the index being built and the one that answers (returning the contacts
	 * whose ranking may have changed in the latter); its text is read later if it would say more.
	 */
	#readEverywhere(file: TFile, cache: CachedMetadata | null, text: string | null): ReadonlySet<string> {
		let affected: ReadonlySet<string> = new Set();
		let wantsText = false;
		if (this.#build) wantsText = this.#read(this.#build.core, file, cache, text).wantsText;
		if (this.#core) {
			const read = this.#read(this.#core, file, cache, text);
			affected = read.affected;
			wantsText ||= read.wantsText;
		}
		if (wantsText) this.#laterTexts.add({ file, cache });
		return affected;
	}

	#remove(path: string): void {
		this.#unresolved.forget(path);
		this.#emptyFrontmatter.forget(path);
		this.#build?.links.clear();
		let affected: ReadonlySet<string> | null = null;
		if (this.#build) this.#build.core.removeNote(path);
		if (this.#core) affected = this.#core.removeNote(path);
		if (affected?.size) this.#emit(affected);
	}

	#rename(file: TAbstractFile, oldPath: string): void {
		if (!(file instanceof TFile) || file.extension !== "md") return;
		this.#unresolved.forget(oldPath);
		this.#emptyFrontmatter.forget(oldPath);
		this.#build?.links.clear();
		const cache = this.#app.metadataCache.getFileCache(file);
		const affected = new Set<string>([file.path]);
		let wantsText = false;
		for (const core of this.#cores()) {
			for (const path of core.renameNote(oldPath, file.path)) affected.add(path);
			const read = this.#read(core, file, cache, null);
			for (const path of read.affected) affected.add(path);
			wantsText ||= read.wantsText;
		}
		if (wantsText) this.#laterTexts.add({ file, cache });
		this.#retryUnresolved(file);
		if (this.#core) this.#emit(affected);
	}

	/** A note now exists under a name other notes already linked to: read those notes again. */
	#retryUnresolved(file: TAbstractFile): void {
		if (!(file instanceof TFile) || file.extension !== "md") return;
		// The new note may be closer to a link than the one it resolved to.
		this.#build?.links.clear();
		const sources = this.#unresolved.sourcesFor(file.basename);
		if (!sources.length) return;
		const affected = new Set<string>();
		for (const source of sources) {
			const note = this.#app.vault.getFileByPath(source);
			if (!note) continue;
			for (const path of this.#readEverywhere(note, this.#app.metadataCache.getFileCache(note), null)) affected.add(path);
		}
		if (affected.size) this.#emit(affected);
	}

	#emit(change: IndexChange): void {
		for (const listener of this.#listeners) {
			try {
				listener(change);
			} catch (error) {
				console.error("Reconnect: a listener failed", error);
			}
		}
	}
}
