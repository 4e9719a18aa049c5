/**
 * One build of the index: every note's cached metadata, then the texts the caches cannot replace,
 * then the ranking — each in short pieces (see slices.ts), so Obsidian never freezes. The index
 * that owns the build applies vault events to it as well while it runs.
 */
import type { App, CachedMetadata, TFile } from "obsidian";
import type { ContactIndex } from "../core/contactIndex";
import type { Day } from "../core/days";
import { BuildLinks } from "./buildLinks";
import { readNoteTexts, type PendingText } from "./noteTexts";
import { createPacer, runInSlices, type SliceOptions } from "./slices";

/** How far a build has read. */
export interface BuildProgress {
	done: number;
	total: number;
}

/** Notes read between two checks of a build's time budget. */
const NOTES_PER_STEP = 32;

/** How a build reads one note into its index: whether the note's text would say more than its cache. */
export type ReadNote = (core: ContactIndex, file: TFile, cache: CachedMetadata | null, text: null) => { wantsText: boolean };
/** How a build reads what only a note's text says, once the note was read from its cache. */
export type ReadNoteText = (core: ContactIndex, file: TFile, cache: CachedMetadata | null, text: string) => void;

export class IndexBuild {
	readonly progress: BuildProgress;
	/** Link answers by the linking note's folder, while every note is read at once. */
	readonly links = new BuildLinks();
	/** Notes whose text says more than their cache (contacts' logs, tasks about people), read after the caches. */
	readonly #texts: PendingText[] = [];

	constructor(
		readonly core: ContactIndex,
		private readonly app: App,
		private readonly files: readonly TFile[],
		private readonly read: ReadNote,
		private readonly readText: ReadNoteText,
		/** Called as the build reads on, to show how far it got. */
		private readonly onProgress: () => void,
	) {
		this.progress = { done: 0, total: files.length };
	}

	/** Runs the build to the end, ranked for `today`; false if `stopped` said so first. */
	async run(today: Day, slices: SliceOptions): Promise<boolean> {
		if (!(await runInSlices(this.#readCaches(), slices))) return false;
		this.progress.total += this.#texts.length;
		const use = ({ file, cache }: PendingText, text: string): void => this.readText(this.core, file, cache, text);
		const read = (count: number): void => {
			this.progress.done += count;
			this.onProgress();
		};
		if (!(await readNoteTexts(this.app, this.#texts, use, read, slices.stopped, createPacer(slices)))) return false;
		return runInSlices(this.core.start(today), slices);
	}

	/** Every note's cached metadata, a few at a time; notes whose text is needed are put aside. */
	*#readCaches(): Generator<void, void, void> {
		const { metadataCache, vault } = this.app;
		let i = 0;
		for (const file of this.files) {
			// Deleted meanwhile: the event already took it out. Renamed: it is read at its new path.
			if (vault.getFileByPath(file.path) === file) {
				const cache = metadataCache.getFileCache(file);
				if (this.read(this.core, file, cache, null).wantsText) this.#texts.push({ file, cache });
			}
			this.progress.done = ++i;
			if (i % NOTES_PER_STEP === 0) {
				this.onProgress();
				yield;
			}
		}
		this.links.clear();
	}
}
