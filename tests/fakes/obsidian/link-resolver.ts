import type { TFile } from "./files";
import { joinPath__, normalizePath, parentPath__ } from "./paths";

/**
 * Resolves linkpaths to files as Obsidian does, case-insensitively: a vault path (with or without
 * ".md") wins; otherwise every file whose path ends with the linkpath ("Jane", "People/Jane")
 * is a candidate, and one in the source note's folder is preferred, then the shortest path.
 * Files are indexed by name, like Obsidian's uniqueFileLookup, so resolution does not scan the vault.
 */
export class LinkResolver__ {
	private readonly byName = new Map<string, Set<TFile>>();
	private readonly keys = new Map<TFile, string[]>();

	add(file: TFile): void {
		this.remove(file);
		const keys = keysOf(file);
		this.keys.set(file, keys);
		for (const key of keys) {
			const set = this.byName.get(key) ?? new Set<TFile>();
			set.add(file);
			this.byName.set(key, set);
		}
	}

	/** Forgets a file under the names it was added with (it may have been renamed since). */
	remove(file: TFile): void {
		for (const key of this.keys.get(file) ?? []) this.byName.get(key)?.delete(file);
		this.keys.delete(file);
	}

	/** Files with this base name (".md" omitted) or file name, ignoring case. */
	withName(name: string): TFile[] {
		return [...(this.byName.get(name.toLowerCase()) ?? [])];
	}

	resolve(linkpath: string, sourcePath: string, sourceFile: TFile | null): TFile | null {
		if (linkpath === "") return sourceFile;
		let wanted = linkpath;
		if (wanted.startsWith("./") || wanted.startsWith("../")) wanted = resolveRelative(parentPath__(sourcePath), wanted);
		else if (wanted.startsWith("/")) wanted = normalizePath(wanted);
		const lower = wanted.toLowerCase();
		const candidates = this.withName(lower.slice(lower.lastIndexOf("/") + 1)).filter((file) =>
			pathForms(file).some((form) => form === lower || form.endsWith(`/${lower}`)),
		);
		if (candidates.length === 0) return null;
		const exact = candidates.filter((file) => pathForms(file).includes(lower));
		if (exact.length > 0) return exact.find((file) => pathForms(file, false).includes(wanted)) ?? exact[0] ?? null;
		const folder = parentPath__(sourcePath);
		const sameFolder = candidates.find((file) => parentPath__(file.path) === folder);
		if (sameFolder) return sameFolder;
		return [...candidates].sort((a, b) => a.path.length - b.path.length || a.path.localeCompare(b.path))[0] ?? null;
	}
}

function keysOf(file: TFile): string[] {
	const keys = [file.name.toLowerCase()];
	if (file.extension === "md") keys.push(file.basename.toLowerCase());
	return keys;
}

/** The path with its extension and, for notes, without ".md". */
function pathForms(file: TFile, lower = true): string[] {
	const path = lower ? file.path.toLowerCase() : file.path;
	return file.extension === "md" ? [path, path.slice(0, -3)] : [path];
}

function resolveRelative(folder: string, linkpath: string): string {
	const parts = folder === "" ? [] : folder.split("/");
	for (const segment of linkpath.split("/")) {
		if (segment === "..") parts.pop();
		else if (segment !== "." && segment !== "") parts.push(segment);
	}
	return parts.reduce((path, part) => joinPath__(path, part), "");
}
