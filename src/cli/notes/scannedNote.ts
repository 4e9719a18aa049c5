/**
 * What the command line's Markdown scanner reports for a note: the parts of Obsidian's
 * CachedMetadata that Reconnect uses (links, embeds, list items, sections, tags), in the same
 * shape, so the command line sees a note the way the plugin sees it through `metadataCache`.
 *
 * Lines are 0-based, `col` is the UTF-16 offset in the line, `\r\n` counts as one line break.
 */

export interface ScanPos {
	line: number;
	col: number;
	offset: number;
}

export interface ScanSpan {
	start: ScanPos;
	end: ScanPos;
}

export interface ScannedLink {
	/** Link path and subpath as Obsidian stores it: "Jane Doe#Notes", "People/Jane Doe". */
	link: string;
	/** The raw source text, e.g. "[[Jane Doe|Jane]]". */
	original: string;
	displayText?: string;
	position: ScanSpan;
}

export interface ScannedListItem {
	/** The character between the brackets of a task ("x", " ", "-"...); undefined for plain items. */
	task?: string;
	/**
	 * Start line of the parent item; for root items a negative number naming the list:
	 * minus the list's first line, and -1 for a list on line 0 (as Obsidian records it, so it
	 * stays negative).
	 */
	parent: number;
	position: ScanSpan;
}

/** Obsidian's section types that the scanner produces; "comment" is a `%%` block. */
export type ScannedSectionType =
	| "yaml"
	| "heading"
	| "paragraph"
	| "list"
	| "blockquote"
	| "code"
	| "thematicBreak"
	| "table"
	| "callout"
	| "html"
	| "comment";

export interface ScannedSection {
	type: ScannedSectionType;
	position: ScanSpan;
}

export interface ScannedNote {
	/** Offset just after the closing fence line of a leading `---` block; null if there is none. */
	frontmatterEnd: number | null;
	/** The YAML between the fences (with its line breaks); null if there is no frontmatter. */
	frontmatterText: string | null;
	links: ScannedLink[];
	embeds: ScannedLink[];
	listItems: ScannedListItem[];
	sections: ScannedSection[];
	/** Body tags with their '#', in order of appearance, e.g. "#person/work". */
	tags: string[];
}
