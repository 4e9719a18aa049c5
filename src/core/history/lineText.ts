/**
 * A note's line as a history entry shows it: one line of plain words, at most 140 characters —
 * the list marker, checkbox, heading marks and emphasis gone, links shown as the words they show
 * in reading view (`[[Jane Doe|Jane]]` → Jane, `[site](https://…)` → site), embeds and comments
 * left out.
 */

import { parseDatedLine } from "./datedLine";

export const LINE_TEXT_MAX = 140;

export function historyLineText(line: string): string {
	const text = line
		.replace(/%%.*?%%|<!--.*?-->/g, "")
		.replace(/^\s*(?:>\s*)*/, "")
		.replace(/^#{1,6}\s+/, "")
		.replace(/^(?:[-*+]|\d{1,9}[.)])\s+(?:\[.\]\s+)?/u, "")
		.replace(/!\[\[[^\]]*\]\]|!\[[^\]]*\]\([^)]*\)/g, "")
		.replace(/\[\[([^\]|]*)\|([^\]]*)\]\]/g, "$2")
		.replace(/\[\[([^\]]*)\]\]/g, (_all, target: string) => (target.split("#")[0] ?? target).split("/").pop() ?? target)
		.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
		.replace(/(\*\*|__|~~|==)(.+?)\1/g, "$2")
		.replace(/(^|[^\w*])[*_](\S(?:.*?\S)?)[*_](?![\w*])/g, "$1$2")
		.replace(/`([^`]*)`/g, "$1")
		// A tag written again elsewhere (a daily note) would tag that note: keep the word, not the tag.
		.replace(/(^|\s)#(?=[\p{L}\p{N}_/-]*\p{L})([\p{L}\p{N}_/-]+)/gu, "$1$2")
		.replace(/\s+/g, " ")
		.trim();
	if (text.length <= LINE_TEXT_MAX) return text;
	const cut = text.slice(0, LINE_TEXT_MAX - 1);
	const space = cut.lastIndexOf(" ");
	return `${(space > LINE_TEXT_MAX * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** A continuation of the line above: indented text that is not a list item, a quote or blank. */
const CONTINUATION = /^[ \t]+(?![-*+][ \t]|\d{1,9}[.)][ \t]|>)\S/;

/** A line with the indented lines that continue it (a list item written over several lines), joined. */
export function lineWithContinuation(lines: readonly string[], line: number): string {
	let text = lines[line] ?? "";
	for (let next = line + 1; next < lines.length && CONTINUATION.test(lines[next] ?? ""); next++) text += ` ${(lines[next] ?? "").trim()}`;
	return text;
}

/**
 * What a history entry says: the line that mentions the person, or, for a line of their own note's
 * log, what it says after its date (the entry shows the date already).
 */
export function historyEntryText(line: string, ownNote: boolean): string {
	const dated = ownNote ? parseDatedLine(line) : null;
	return historyLineText(dated ? dated.text : line);
}
