/**
 * Reads a raw Markdown note into the parts of Obsidian's CachedMetadata that Reconnect uses, so
 * the command line sees a note the way the plugin sees it through `metadataCache`: the stand-in
 * for Obsidian's indexer, used only by the command line.
 */
import { findFrontmatter } from "../../core/frontmatterBounds";
import { BlockScanner } from "./blockScanner";
import { Collector } from "./collector";
import { LineTable } from "./lineTable";
import type { ScannedNote } from "./scannedNote";

export type { ScanPos, ScanSpan, ScannedLink, ScannedListItem, ScannedNote, ScannedSection, ScannedSectionType } from "./scannedNote";

export function scanMarkdown(text: string): ScannedNote {
	const lines = new LineTable(text);
	const note: ScannedNote = {
		frontmatterEnd: null,
		frontmatterText: null,
		links: [],
		embeds: [],
		listItems: [],
		sections: [],
		tags: [],
	};
	const out = new Collector(text, lines, note);
	let firstBodyLine = 0;
	const fm = findFrontmatter(text);
	if (fm) {
		note.frontmatterEnd = fm.bodyStart;
		note.frontmatterText = text.slice(fm.yamlStart, fm.yamlEnd);
		out.touchSection(0, {}, "yaml");
		out.touchSection(fm.closingLine, out.currentKey(), "yaml");
		firstBodyLine = fm.closingLine + 1;
	}
	const blocks = new BlockScanner(text, lines, out);
	for (let line = firstBodyLine; line < lines.count; line++) blocks.scanLine(line);
	blocks.finish();
	out.finish();
	return note;
}
