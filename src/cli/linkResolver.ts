import { basenameOf } from "../core/contact";

/**
 * Wikilink resolution as Obsidian does it: by vault path (with or without `.md`), relative
 * path, or base name, case-insensitively; `[[Name|shown]]` and `[[Name#Heading]]` link to Name.
 * With several notes of one name, the one in the linking note's folder wins, then the shortest
 * path.
 */

function folderOf(path: string): string {
	const slash = path.lastIndexOf("/");
	return slash < 0 ? "" : path.slice(0, slash);
}

/** `Jane Doe#Notes|Jane` → `Jane Doe`. */
export function linkpathOf(linktext: string): string {
	const bar = linktext.indexOf("|");
	const withoutAlias = bar < 0 ? linktext : linktext.slice(0, bar);
	const hash = withoutAlias.indexOf("#");
	return (hash < 0 ? withoutAlias : withoutAlias.slice(0, hash)).trim();
}

function normalizeSegments(path: string): string | null {
	const out: string[] = [];
	for (const part of path.split("/")) {
		if (!part || part === ".") continue;
		if (part === "..") {
			if (!out.length) return null;
			out.pop();
		} else out.push(part);
	}
	return out.join("/");
}

export class LinkResolver {
	private readonly byPath = new Map<string, string>();
	private readonly byBasename = new Map<string, string[]>();
	/** Answers already given, by the linking note's folder and the link text: thousands of daily notes in one folder link to the same people. */
	private readonly answers = new Map<string, Map<string, string | null>>();

	constructor(notePaths: Iterable<string>) {
		for (const path of notePaths) this.index(path);
	}

	/** A note created after the vault was read: earlier answers may now be wrong. */
	add(path: string): void {
		this.answers.clear();
		this.index(path);
	}

	private index(path: string): void {
		this.byPath.set(path.toLowerCase(), path);
		const key = basenameOf(path).toLowerCase();
		const list = this.byBasename.get(key);
		if (list) list.push(path);
		else this.byBasename.set(key, [path]);
	}

	resolve(linktext: string, sourcePath: string): string | null {
		const folder = folderOf(sourcePath);
		let inFolder = this.answers.get(folder);
		if (!inFolder) this.answers.set(folder, (inFolder = new Map<string, string | null>()));
		let answer = inFolder.get(linktext);
		if (answer === undefined) inFolder.set(linktext, (answer = this.resolveUncached(linktext, sourcePath)));
		return answer;
	}

	private resolveUncached(linktext: string, sourcePath: string): string | null {
		const linkpath = linkpathOf(linktext).replace(/\\/g, "/");
		if (!linkpath) return null;
		const lower = linkpath.toLowerCase();
		const withExtension = lower.endsWith(".md") ? lower : `${lower}.md`;
		if (linkpath.includes("/")) {
			const relative = linkpath.startsWith("./") || linkpath.startsWith("../") ? normalizeSegments(`${folderOf(sourcePath)}/${withExtension}`) : null;
			const exact = this.byPath.get(relative ?? normalizeSegments(withExtension) ?? withExtension);
			if (exact) return exact;
			// Obsidian also accepts a path that ends the note's path: [[Clients/Priya]] → Work/Clients/Priya.md.
			const candidates = this.byBasename.get(basenameOf(withExtension)) ?? [];
			const suffix = `/${withExtension}`;
			return pickClosest(candidates.filter((path) => path.toLowerCase().endsWith(suffix)), sourcePath);
		}
		const direct = this.byPath.get(withExtension);
		const candidates = this.byBasename.get(lower.replace(/\.md$/, "")) ?? [];
		if (candidates.length) return pickClosest(candidates, sourcePath);
		return direct ?? null;
	}

	/** The shortest link text that finds this note: its name when unique, else its path. */
	linktextFor(path: string): string {
		const name = basenameOf(path);
		const sameName = this.byBasename.get(name.toLowerCase()) ?? [];
		return sameName.length <= 1 ? name : path.replace(/\.md$/i, "");
	}
}

function pickClosest(candidates: readonly string[], sourcePath: string): string | null {
	if (!candidates.length) return null;
	if (candidates.length === 1) return candidates[0] ?? null;
	const folder = folderOf(sourcePath);
	const sameFolder = candidates.find((path) => folderOf(path) === folder);
	if (sameFolder) return sameFolder;
	return [...candidates].sort((a, b) => a.length - b.length || (a < b ? -1 : 1))[0] ?? null;
}
