/**
 * While every note is read at once, the same link from the same folder resolves the same way:
 * thousands of daily notes in one folder link to the same people, and Obsidian's resolver is asked
 * once per folder and link instead of once per note. Cleared when a note that could change an
 * answer appears, and dropped when the build ends.
 */
export class BuildLinks {
	readonly #byFolder = new Map<string, Map<string, string | null>>();

	/** The note `linktext` leads to from `sourcePath`, asking `resolve` once per folder and link. */
	resolve(linktext: string, sourcePath: string, resolve: () => string | null): string | null {
		const folder = sourcePath.slice(0, sourcePath.lastIndexOf("/") + 1);
		let inFolder = this.#byFolder.get(folder);
		if (!inFolder) this.#byFolder.set(folder, (inFolder = new Map<string, string | null>()));
		let target = inFolder.get(linktext);
		if (target === undefined) inFolder.set(linktext, (target = resolve()));
		return target;
	}

	clear(): void {
		this.#byFolder.clear();
	}
}
