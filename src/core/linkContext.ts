/**
 * Where a link stands in a note — an open task, a done task, a quote, code, or plain text —
 * from Obsidian-shaped list items and sections: the metadata cache's in the plugin, the
 * scanner's in the command line. Both use this one rule, so they agree on what counts as contact.
 */

export type LinkContext = "plain" | "task-open" | "task-done" | "quote" | "code";

export interface LineSpanItem {
	task?: string;
	position: { start: { line: number }; end: { line: number } };
}

export interface LineSpanSection {
	type: string;
	position: { start: { line: number }; end: { line: number } };
}

/**
 * Where a link on `line` stands, from Obsidian-shaped list items and sections (the cache's or
 * scanMarkdown's): a blockquote or callout wins even inside a list item; then the innermost list
 * item holding the line (the one starting last) decides between an open task (" "), a done task
 * (any other character) and a plain item; then a code section; else "plain".
 *
 * A quote written under a task (`- [ ] Reconnect with [[Jane]]` then `\t> Hi Jane`) is part of the
 * task item in Obsidian's cache (an item covers its nested blocks, as it covers a nested code
 * block), and only top-level quotes are sections, so a link inside such a quote takes the task's
 * context. scanMarkdown reproduces this so the plugin and the command line agree.
 *
 * This looks at every item and section on each call; to classify many links of one note use
 * createLinkContextLookup.
 */
export function linkContextAt(
	line: number,
	listItems: readonly LineSpanItem[],
	sections: readonly LineSpanSection[],
): LinkContext {
	if (sections.some((s) => isQuoteSection(s.type) && spans(s, line))) return "quote";
	let innermost: LineSpanItem | null = null;
	for (const item of listItems) {
		if (spans(item, line) && (innermost === null || item.position.start.line >= innermost.position.start.line)) {
			innermost = item;
		}
	}
	if (innermost?.task !== undefined) return taskContext(innermost.task);
	if (sections.some((s) => s.type === "code" && spans(s, line))) return "code";
	return "plain";
}

/**
 * The same answers as linkContextAt, prepared once per note: sorting the items and sections into
 * disjoint line ranges makes each question a binary search, so a note with 100,000 links costs
 * O(n log n) instead of O(n²).
 */
export function createLinkContextLookup(
	listItems: readonly LineSpanItem[],
	sections: readonly LineSpanSection[],
): (line: number) => LinkContext {
	// A daily note has a handful of items: looking at each is cheaper than preparing ranges.
	if (listItems.length + sections.length <= 16) return (line) => linkContextAt(line, listItems, sections);
	const quotes = paintRanges(sections.filter((s) => isQuoteSection(s.type)).map((s) => rangeOf(s, true)));
	const code = paintRanges(sections.filter((s) => s.type === "code").map((s) => rangeOf(s, true)));
	// A plain item still hides the tasks around it, so it is painted too, as null.
	const items = paintRanges(
		listItems.map((it) => rangeOf<LinkContext | null>(it, it.task === undefined ? null : taskContext(it.task))),
	);
	return (line) => {
		if (findRange(quotes, line) !== undefined) return "quote";
		const task = findRange(items, line);
		if (task) return task;
		if (findRange(code, line) !== undefined) return "code";
		return "plain";
	};
}

/**
 * The link texts of a note that record contact: in plain text or done tasks, not in open tasks,
 * quotes or code. The plugin passes the cache's links and spans, the command line the scanner's.
 */
export function countedLinkTexts(
	links: readonly { link: string; position: { start: { line: number } } }[],
	listItems: readonly LineSpanItem[],
	sections: readonly LineSpanSection[],
): string[] {
	const contextAt = createLinkContextLookup(listItems, sections);
	const counted: string[] = [];
	for (const link of links) {
		const context = contextAt(link.position.start.line);
		if (context === "plain" || context === "task-done") counted.push(link.link);
	}
	return counted;
}

function isQuoteSection(type: string): boolean {
	return type === "blockquote" || type === "callout";
}

function taskContext(task: string): LinkContext {
	return task === " " ? "task-open" : "task-done";
}

function spans(x: { position: { start: { line: number }; end: { line: number } } }, line: number): boolean {
	return x.position.start.line <= line && line <= x.position.end.line;
}

interface LineRange<V> {
	from: number;
	to: number;
	value: V;
}

function rangeOf<V>(x: { position: { start: { line: number }; end: { line: number } } }, value: V): LineRange<V> {
	return { from: x.position.start.line, to: x.position.end.line, value };
}

/**
 * Flattens possibly nested ranges into disjoint ones where, on every line, the range that
 * starts last wins (ties: the later one in the input), and an enclosing range resumes after a
 * nested one ends.
 */
function paintRanges<V>(ranges: readonly LineRange<V>[]): LineRange<V>[] {
	const sorted = ranges.filter((r) => r.to >= r.from).sort((a, b) => a.from - b.from);
	const painted: LineRange<V>[] = [];
	const open: LineRange<V>[] = [];
	let cursor = -Infinity;
	const paintUpTo = (limit: number): void => {
		while (open.length > 0 && cursor < limit) {
			const top = open[open.length - 1] as LineRange<V>;
			if (top.to < cursor) {
				open.pop();
				continue;
			}
			const to = Math.min(top.to, limit - 1);
			painted.push({ from: cursor, to, value: top.value });
			cursor = to + 1;
		}
		if (cursor < limit) cursor = limit;
	};
	for (const range of sorted) {
		paintUpTo(range.from);
		open.push(range);
	}
	paintUpTo(Infinity);
	return painted;
}

function findRange<V>(ranges: readonly LineRange<V>[], line: number): V | undefined {
	let lo = 0;
	let hi = ranges.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		const r = ranges[mid] as LineRange<V>;
		if (line < r.from) hi = mid - 1;
		else if (line > r.to) lo = mid + 1;
		else return r.value;
	}
	return undefined;
}
