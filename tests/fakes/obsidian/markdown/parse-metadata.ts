import type { CachedMetadata, FrontmatterLinkCache } from "obsidian";
import { getFrontMatterInfo } from "../frontmatter";
import { parseYaml } from "../yaml";
import { type BlockOutput__, BlockParser__ } from "./blocks";
import { wikilinkReference } from "./inline";
import { LineIndex__ } from "./positions";

const WIKILINK = /\[\[([^[\]\n]+?)\]\]/g;

/**
 * Builds a note's CachedMetadata the way Obsidian's indexer does. Keys with nothing in them are
 * left out (a note without links has no `links` key). Malformed frontmatter gives no `frontmatter`
 * but keeps `frontmatterPosition` and its "yaml" section; an empty block keeps only the section.
 */
export function parseMetadata__(text: string): CachedMetadata {
	const index = new LineIndex__(text);
	const out: BlockOutput__ = { sections: [], headings: [], listItems: [], blocks: {}, links: [], embeds: [], tags: [] };
	const cache: CachedMetadata = {};

	let bodyStart = 0;
	const info = getFrontMatterInfo(text);
	if (info.exists) {
		const closingLine = text.slice(0, info.to).split("\n").length - 1;
		const position = { start: index.loc(0, 0), end: index.lineEnd(closingLine) };
		// An empty block (`---` then `---`) is a "yaml" section, but Obsidian records no position for it.
		if (info.frontmatter !== "") cache.frontmatterPosition = position;
		out.sections.push({ type: "yaml", position });
		const frontmatter = readFrontmatter(info.frontmatter);
		if (frontmatter) {
			cache.frontmatter = frontmatter;
			const links = frontmatterLinks(frontmatter);
			if (links.length > 0) cache.frontmatterLinks = links;
		}
		bodyStart = closingLine + 1;
	}

	new BlockParser__(index, out).parseDocument(bodyStart);

	if (out.links.length > 0) cache.links = out.links;
	if (out.embeds.length > 0) cache.embeds = out.embeds;
	if (out.tags.length > 0) cache.tags = out.tags;
	if (out.headings.length > 0) cache.headings = out.headings;
	if (out.sections.length > 0) cache.sections = out.sections;
	if (out.listItems.length > 0) cache.listItems = out.listItems;
	if (Object.keys(out.blocks).length > 0) cache.blocks = out.blocks;
	return cache;
}

/** The frontmatter as an object, or null when it is malformed, empty or not a map. */
function readFrontmatter(yaml: string): Record<string, unknown> | null {
	try {
		const value = parseYaml(yaml);
		return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
	} catch {
		return null;
	}
}

/** `[[links]]` inside text properties; list items get keys like "mutual.0". */
function frontmatterLinks(frontmatter: Record<string, unknown>): FrontmatterLinkCache[] {
	const links: FrontmatterLinkCache[] = [];
	const collect = (key: string, value: unknown) => {
		if (typeof value !== "string") return;
		for (const match of value.matchAll(WIKILINK)) {
			const ref = wikilinkReference(match[1] ?? "", match[0]);
			if (ref) links.push({ key, ...ref });
		}
	};
	for (const [key, value] of Object.entries(frontmatter)) {
		if (Array.isArray(value)) value.forEach((item, i) => collect(`${key}.${i}`, item));
		else collect(key, value);
	}
	return links;
}
