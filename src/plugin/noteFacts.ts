/** What Obsidian's metadata cache says about a note, in the core's terms. */
import type { CachedMetadata } from "obsidian";
import type { NoteFacts } from "../core/contact";
import { countedLinkTexts } from "../core/linkContext";

/**
 * Obsidian drops the properties of a note whose YAML does not parse but still records where the
 * block is; an empty block (`---` `---`) is not an error.
 */
function frontmatterError(cache: CachedMetadata | null): string | null {
	const position = cache?.frontmatterPosition;
	if (!cache || cache.frontmatter || !position) return null;
	return position.end.line - position.start.line > 1 ? "the YAML frontmatter could not be read (Obsidian shows it as invalid properties)" : null;
}

export function factsOf(path: string, cache: CachedMetadata | null): NoteFacts {
	return {
		path,
		frontmatter: cache?.frontmatter ?? null,
		frontmatterError: frontmatterError(cache),
		// Frontmatter tags are read by the core from the frontmatter itself; the body's come from here.
		tags: cache?.tags ? cache.tags.map((tag) => tag.tag) : [],
	};
}

/** Links that record contact: not in unchecked tasks or quotes (embeds and code are not links in the cache). */
export function countedLinks(cache: CachedMetadata | null): string[] {
	const links = cache?.links;
	if (!cache || !links?.length) return [];
	const items = cache.listItems;
	const sections = cache.sections ?? [];
	// Most daily notes have no list, quote or code: every link counts, with nothing to look up.
	if (!items?.length && !sections.some((section) => section.type === "blockquote" || section.type === "callout" || section.type === "code")) {
		return links.map((link) => link.link);
	}
	return countedLinkTexts(links, items ?? [], sections);
}
