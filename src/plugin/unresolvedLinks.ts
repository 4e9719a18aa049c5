/**
 * Links that did not resolve when a note was read, by the name they point to, so that a note
 * created later under that name makes the notes that linked it be read again.
 */
export class UnresolvedLinks {
	/** Lower-case base name → notes whose links named it. */
	readonly #byName = new Map<string, Set<string>>();
	readonly #namesBySource = new Map<string, string[]>();

	/** `sourcePath` links to `linkpath`, which names no note. */
	note(linkpath: string, sourcePath: string): void {
		const name = linkpath.toLowerCase().replace(/\.md$/, "");
		const key = name.slice(name.lastIndexOf("/") + 1);
		let sources = this.#byName.get(key);
		if (!sources) {
			sources = new Set();
			this.#byName.set(key, sources);
		}
		sources.add(sourcePath);
		const names = this.#namesBySource.get(sourcePath);
		if (!names) this.#namesBySource.set(sourcePath, [key]);
		// A link read again (a person in common, with each draft) is noted once.
		else if (!names.includes(key)) names.push(key);
	}

	/** The note is read again (or gone): its links will be noted afresh. */
	forget(sourcePath: string): void {
		for (const key of this.#namesBySource.get(sourcePath) ?? []) this.#byName.get(key)?.delete(sourcePath);
		this.#namesBySource.delete(sourcePath);
	}

	/** Notes with a link to this base name that did not resolve. */
	sourcesFor(basename: string): string[] {
		return [...(this.#byName.get(basename.toLowerCase()) ?? [])];
	}

	clear(): void {
		this.#byName.clear();
		this.#namesBySource.clear();
	}
}
