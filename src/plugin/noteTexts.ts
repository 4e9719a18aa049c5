/**
 * Reading the text of notes whose metadata cache says less than the note (a contact's own log, the
 * words of tasks about people), a batch at a time. A text is used only if the note is still the
 * one that was asked for: not renamed, deleted or changed since (a change brings its own text).
 */
import type { App, CachedMetadata, TFile } from "obsidian";
import { createPacer } from "./slices";

/** Note texts asked of the vault at once. */
const TEXTS_AT_ONCE = 32;

export interface PendingText {
	file: TFile;
	/** The cache the note was read with; a different one now means the note changed. */
	cache: CachedMetadata | null;
}

/**
 * Reads the notes' texts in batches and hands each usable one to `use`; `read` is told how many
 * each batch covered. Between batches, `pace` gives the host its turn when a piece has run long.
 * False if `stopped` says so between batches.
 */
export async function readNoteTexts(
	app: App,
	pending: readonly PendingText[],
	use: (item: PendingText, text: string) => void,
	read: (count: number) => void,
	stopped: () => boolean,
	pace: () => Promise<void> = createPacer(),
): Promise<boolean> {
	for (let from = 0; from < pending.length; from += TEXTS_AT_ONCE) {
		await pace();
		if (stopped()) return false;
		const batch = pending.slice(from, from + TEXTS_AT_ONCE);
		const texts = await Promise.all(batch.map(({ file }) => app.vault.cachedRead(file).catch(() => null)));
		if (stopped()) return false;
		batch.forEach((item, index) => {
			const text = texts[index];
			// Gone, unreadable, renamed or changed meanwhile: nothing to learn from this text.
			if (text === null || text === undefined) return;
			if (app.metadataCache.getFileCache(item.file) !== item.cache || app.vault.getFileByPath(item.file.path) !== item.file) return;
			use(item, text);
		});
		read(batch.length);
	}
	return true;
}

/** Notes whose text is wanted after the index is built: read in the background, a batch at a time. */
export class BackgroundTexts {
	readonly #queue = new Map<string, PendingText>();
	#running = false;

	constructor(
		private readonly app: App,
		private readonly use: (item: PendingText, text: string) => void,
		private readonly stopped: () => boolean,
	) {}

	add(item: PendingText): void {
		this.#queue.set(item.file.path, item);
		if (this.#running) return;
		this.#running = true;
		void (async () => {
			try {
				const pace = createPacer();
				while (this.#queue.size && !this.stopped()) {
					const batch = [...this.#queue.values()].slice(0, TEXTS_AT_ONCE);
					for (const { file } of batch) this.#queue.delete(file.path);
					await readNoteTexts(this.app, batch, this.use, () => undefined, this.stopped, pace);
				}
			} finally {
				this.#running = false;
			}
		})();
	}
}
