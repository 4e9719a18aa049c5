/**
 * Where a note's properties block is: the rule a user sees in Obsidian, shared by the command
 * line's reading and editing and by the heading finder that places drafts.
 */

const TAB = 9;
const CR = 13;
const SPACE = 32;

export interface FrontmatterBounds {
	/** Offset of the first YAML character: the start of the line after the opening fence. */
	yamlStart: number;
	/** Offset of the start of the closing fence line; the YAML is text.slice(yamlStart, yamlEnd). */
	yamlEnd: number;
	/** Offset just after the closing fence line and its line break: where the body starts. */
	bodyStart: number;
	/** 0-based line of the closing fence. */
	closingLine: number;
}

/**
 * Finds a frontmatter block the way Obsidian does: `---` on the very first line and a later line
 * that is `---` (trailing spaces allowed). Without a closing fence there is no frontmatter (the
 * `---` is then body text); `...` does not close it.
 */
export function findFrontmatter(text: string): FrontmatterBounds | null {
	const firstBreak = text.indexOf("\n");
	if (firstBreak < 0 || !isFenceLine(text, 0, firstBreak)) return null;
	let start = firstBreak + 1;
	for (let line = 1; ; line++) {
		const nl = text.indexOf("\n", start);
		const end = nl < 0 ? text.length : nl;
		if (isFenceLine(text, start, end)) {
			return { yamlStart: firstBreak + 1, yamlEnd: start, bodyStart: nl < 0 ? text.length : nl + 1, closingLine: line };
		}
		if (nl < 0) return null;
		start = nl + 1;
	}
}

function isFenceLine(text: string, start: number, end: number): boolean {
	if (!text.startsWith("---", start)) return false;
	for (let i = start + 3; i < end; i++) {
		const c = text.charCodeAt(i);
		if (c !== SPACE && c !== TAB && !(c === CR && i === end - 1)) return false;
	}
	return true;
}
