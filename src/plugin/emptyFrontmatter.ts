/**
 * Obsidian's metadata cache has no properties both for YAML that fails to parse and for a block
 * of blank lines or comments, and only the first is a problem worth showing. For a contact whose
 * cache looks like a parse failure, the note is read once and its block given to Obsidian's own
 * YAML parser; each version of a note (each cache object) is checked once.
 */
import { getFrontMatterInfo, parseYaml, type App, type CachedMetadata, type TFile } from "obsidian";
import type { NoteFacts } from "../core/contact";

export class EmptyFrontmatterCheck {
	readonly #checked = new Map<string, { cache: CachedMetadata | null; empty: boolean }>();
	readonly #app: App;
	/** Called when a note's block turned out empty: its facts are worth reading again. */
	readonly #onEmpty: (file: TFile, cache: CachedMetadata | null) => void;

	constructor(app: App, onEmpty: (file: TFile, cache: CachedMetadata | null) => void) {
		this.#app = app;
		this.#onEmpty = onEmpty;
	}

	/** The facts with the frontmatter error cleared when this version of the note is known to have an empty block. */
	facts(file: TFile, cache: CachedMetadata | null, facts: NoteFacts): NoteFacts {
		if (!facts.frontmatterError) return facts;
		const checked = this.#checked.get(file.path);
		if (checked?.cache === cache) return checked.empty ? { ...facts, frontmatterError: null } : facts;
		// Taken as broken until read (and if the read or the YAML fails).
		const check = { cache, empty: false };
		this.#checked.set(file.path, check);
		void this.#app.vault
			.cachedRead(file)
			.then((text) => {
				const info = getFrontMatterInfo(text);
				// Changed, removed or renamed meanwhile: that version is checked on its own.
				if (this.#checked.get(file.path) !== check || this.#app.metadataCache.getFileCache(file) !== cache) return;
				if (!info.exists || parseYaml(info.frontmatter) != null) return;
				check.empty = true;
				this.#onEmpty(file, cache);
			})
			.catch(() => undefined);
		return facts;
	}

	forget(path: string): void {
		this.#checked.delete(path);
	}
}
