import type { CachedMetadata } from "obsidian";

/** The value of the first frontmatter key equal to `key` (or matching it, for a RegExp); null if none. */
export function parseFrontMatterEntry(frontmatter: unknown, key: string | RegExp): unknown {
	if (!isRecord(frontmatter)) return null;
	for (const name of Object.keys(frontmatter)) {
		const matches = typeof key === "string" ? name === key : key.test(name);
		if (matches && frontmatter[name] !== undefined) return frontmatter[name];
	}
	return null;
}

/**
 * A frontmatter value read as a list of strings: a YAML list, or a comma-separated string
 * (`nospaces`: also space-separated, as tags are). Numbers and booleans become strings.
 */
export function parseFrontMatterStringArray(frontmatter: unknown, key: string | RegExp, nospaces = false): string[] | null {
	const value = parseFrontMatterEntry(frontmatter, key);
	if (value === null || value === undefined) return null;
	const separator = nospaces ? /[,\s]+/ : /,/;
	const items = Array.isArray(value) ? value : [value];
	const strings: string[] = [];
	for (const item of items) {
		if (typeof item === "string") {
			const parts = Array.isArray(value) && !nospaces ? [item] : item.split(separator);
			strings.push(...parts.map((part) => part.trim()).filter((part) => part !== ""));
		} else if (typeof item === "number" || typeof item === "boolean") {
			strings.push(String(item));
		}
	}
	return strings;
}

/** Frontmatter `tags` or `tag`, each with a leading "#". */
export function parseFrontMatterTags(frontmatter: unknown): string[] | null {
	const tags = parseFrontMatterStringArray(frontmatter, /^tags?$/i, true);
	return tags ? tags.map((tag) => (tag.startsWith("#") ? tag : `#${tag}`)) : null;
}

/** Frontmatter `aliases` or `alias`. */
export function parseFrontMatterAliases(frontmatter: unknown): string[] | null {
	return parseFrontMatterStringArray(frontmatter, /^alias(es)?$/i);
}

/** Frontmatter tags then body tags, each with a leading "#", duplicates kept (as Obsidian does). */
export function getAllTags(cache: CachedMetadata): string[] | null {
	const tags = parseFrontMatterTags(cache.frontmatter) ?? [];
	for (const tag of cache.tags ?? []) tags.push(tag.tag);
	return tags;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}
