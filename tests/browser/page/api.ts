/** What the page exposes to the tests as `window.__harness` (used through page.evaluate). */
export interface HarnessApi {
	/** A note's text, or null when there is no such note. */
	read(path: string): Promise<string | null>;
	/** A note's frontmatter as Obsidian's metadata cache has it. */
	frontmatter(path: string): Record<string, unknown> | null;
	/** Replaces `search` with `replace` in a note through Vault.process, as an editor save would. */
	edit(path: string, search: string, replace: string): Promise<void>;
	/** Deletes a note through the vault. */
	delete(path: string): Promise<void>;
	/** The active file's path (the note the user has open). */
	activeFile(): string | null;
	/** The cursor's line in the active Markdown note, or null. */
	activeLine(): number | null;
	/** Opens a note in the main area, as clicking it in the file explorer does. */
	open(path: string): Promise<void>;
	/** Every notice's text, oldest first. */
	notices(): string[];
	/** Waits until indexing is done and event handlers stopped writing. */
	settled(): Promise<void>;
}

declare global {
	interface Window {
		/** Set once the plugin is loaded and its index is built (check with `"__harness" in window`). */
		__harness: HarnessApi;
		/** Set instead when mounting failed. */
		__harnessError?: string;
		/** Set by the page before the bundle runs: the vault to mount. */
		__seed: Record<string, string>;
	}
}
