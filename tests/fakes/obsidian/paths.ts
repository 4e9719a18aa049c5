/**
 * Obsidian's normalizePath: forward slashes, no repeated slashes, no leading or trailing slash,
 * non-breaking spaces made plain, Unicode NFC; the empty path is the root "/".
 */
export function normalizePath(path: string): string {
	let result = path
		.replace(/[\\/]+/g, "/")
		.replace(/^\/+|\/+$/g, "")
		.replace(/[\u00A0\u202F]/g, " ")
		.normalize("NFC");
	if (result === "") result = "/";
	return result;
}

/** The folder part of a vault path ("" for the root). */
export function parentPath__(path: string): string {
	const slash = path.lastIndexOf("/");
	return slash < 0 ? "" : path.slice(0, slash);
}

/** The last segment of a vault path. */
export function fileName__(path: string): string {
	return path.slice(path.lastIndexOf("/") + 1);
}

/** Splits a file name into base name and extension, as TFile does ("a.b.md" → "a.b", "md"). */
export function splitExtension__(name: string): { basename: string; extension: string } {
	const dot = name.lastIndexOf(".");
	if (dot <= 0) return { basename: name, extension: "" };
	return { basename: name.slice(0, dot), extension: name.slice(dot + 1) };
}

/** Obsidian does not index dot-files or anything in a dot-folder (.obsidian, .trash, .git). */
export function isHiddenPath__(path: string): boolean {
	return path.split("/").some((segment) => segment.startsWith("."));
}

export function joinPath__(folder: string, name: string): string {
	return folder === "" || folder === "/" ? name : `${folder}/${name}`;
}
