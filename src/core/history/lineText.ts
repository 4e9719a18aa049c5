/**
 * A note's line as a history entry shows it: one line of plain words, at most 140 characters —
 * the list marker, checkbox, heading marks and emphasis gone, links shown as the words they show
 * in reading view (`[[Jane Doe|Jane]]` → Jane, `[site](https://…)` → site), embeds and comments
 * left out.
 */

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
		.replace(/\s+/g, " ")
		.trim();
	if (text.length <= LINE_TEXT_MAX) return text;
	const cut = text.slice(0, LINE_TEXT_MAX - 1);
	const space = cut.lastIndexOf(" ");
	return `${(space > LINE_TEXT_MAX * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
