import type { FrontMatterInfo } from "obsidian";

const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /^---[ \t]*$/;

/**
 * Where the frontmatter block is: it must open on the very first line with `---` and close
 * with a later `---` line. `frontmatter` is the YAML text between the fences (with its final
 * line break), `from`/`to` bound it, `contentStart` is just after the closing fence's line.
 */
export function getFrontMatterInfo(content: string): FrontMatterInfo {
	const none: FrontMatterInfo = { exists: false, frontmatter: "", from: 0, to: 0, contentStart: 0 };
	const opening = OPENING.exec(content);
	if (!opening) return none;
	const from = opening[0].length;
	let lineStart = from;
	while (lineStart <= content.length) {
		const newline = content.indexOf("\n", lineStart);
		const lineEnd = newline < 0 ? content.length : newline;
		const line = content.slice(lineStart, lineEnd).replace(/\r$/, "");
		if (CLOSING.test(line)) {
			return {
				exists: true,
				frontmatter: content.slice(from, lineStart),
				from,
				to: lineStart,
				contentStart: newline < 0 ? content.length : newline + 1,
			};
		}
		if (newline < 0) break;
		lineStart = newline + 1;
	}
	return none;
}
