/** What Obsidian's metadata cache says about a note, in the core's terms. */
import { getAllTags, type CachedMetadata, type TFile } from "obsidian";
import type { NoteFacts } from "../core/contact";
import { createLinkContextLookup } from "../core/linkContext";

/**
 * Obsidian drops the properties of a note whose YAML does not parse but still records where the
 * block is; an empty block (`---` `---`) is not an error.
 */
function frontmatterError(cache: CachedMetadata | null): string | null {
	const position = cache?.frontmatterPosition;
	if (!cache || cache.frontmatter || !position) return null;
	return position.end.line - position.start.line > 1 ? "the YAML frontmatter could not be read (Obsidian shows it as invalid properties)" : null;
}

export function factsOf(file: TFile, cache: CachedMetadata | null): NoteFacts {
	return {
		path: file.path,
		frontmatter: cache?.frontmatter ?? null,
		frontmatterError: frontmatterError(cache),
		tags: cache ? (getAllTags(cache) ?? []) : [],
	};
}

/** Links that record contact: not in unchecked tasks or quotes (embeds and code are not links in the cache). */
export function countedLinks(cache: CachedMetadata | null): string[] {
	const links = cache?.links;
	if (!cache || !links?.length) return [];
	const contextAt = createLinkContextLookup(cache.listItems ?? [], cache.sections ?? []);
	const counted: string[] = [];
	for (const link of links) {
		const context = contextAt(link.position.start.line);
		if (context === "plain" || context === "task-done") counted.push(link.link);
	}
	return counted;
}
