import type { SearchMatches, SearchResult, SearchResultContainer } from "obsidian";

/**
 * Fuzzy search: the query's characters (spaces ignored, case ignored) must appear in order.
 * Contiguous matches, matches at word starts and earlier matches score higher (scores are ≤ 0,
 * higher is better, as in Obsidian).
 */
export function prepareFuzzySearch(query: string): (text: string) => SearchResult | null {
	const wanted = query.toLowerCase().replace(/\s+/g, "");
	return (text: string) => {
		if (wanted === "") return { score: 0, matches: [] };
		const lower = text.toLowerCase();
		let best: SearchResult | null = null;
		for (let start = lower.indexOf(wanted[0] ?? ""); start >= 0; start = lower.indexOf(wanted[0] ?? "", start + 1)) {
			const result = matchFrom(lower, wanted, start);
			if (result && (!best || result.score > best.score)) best = result;
		}
		return best;
	};
}

function matchFrom(text: string, wanted: string, start: number): SearchResult | null {
	const indices: number[] = [];
	let at = start;
	for (const char of wanted) {
		const found = text.indexOf(char, at);
		if (found < 0) return null;
		indices.push(found);
		at = found + 1;
	}
	const matches = toRanges(indices);
	const wordStarts = matches.filter(([from]) => from === 0 || /[\s\-_/.([]/.test(text[from - 1] ?? "")).length;
	const score = -(matches.length - 1) - start * 0.01 + wordStarts * 0.1 - (text.length - wanted.length) * 0.001 - 0.5;
	return { score: Math.min(score, 0), matches };
}

/** Simple search: every space-separated word of the query must occur (case ignored). */
export function prepareSimpleSearch(query: string): (text: string) => SearchResult | null {
	const words = query.toLowerCase().split(/\s+/).filter((word) => word !== "");
	return (text: string) => {
		const lower = text.toLowerCase();
		const matches: SearchMatches = [];
		for (const word of words) {
			const found = lower.indexOf(word);
			if (found < 0) return null;
			matches.push([found, found + word.length]);
		}
		matches.sort((a, b) => a[0] - b[0]);
		return { score: -(matches[0]?.[0] ?? 0) * 0.01, matches };
	};
}

/** Best score first; equal scores keep their order. */
export function sortSearchResults(results: SearchResultContainer[]): void {
	results.sort((a, b) => b.match.score - a.match.score);
}

/** Appends `text`, wrapping matched ranges in `span.suggestion-highlight`. */
export function renderMatches(el: HTMLElement | DocumentFragment, text: string, matches: SearchMatches | null, offset = 0): void {
	let at = 0;
	for (const [rawFrom, rawTo] of matches ?? []) {
		const from = Math.max(rawFrom + offset, at);
		const to = Math.min(rawTo + offset, text.length);
		if (to <= from) continue;
		if (from > at) el.appendText(text.slice(at, from));
		el.createSpan({ cls: "suggestion-highlight", text: text.slice(from, to) });
		at = to;
	}
	if (at < text.length) el.appendText(text.slice(at));
}

export function renderResults(el: HTMLElement, text: string, result: SearchResult, offset?: number): void {
	renderMatches(el, text, result.matches, offset);
}

function toRanges(indices: number[]): SearchMatches {
	const ranges: SearchMatches = [];
	for (const index of indices) {
		const last = ranges[ranges.length - 1];
		if (last && last[1] === index) last[1] = index + 1;
		else ranges.push([index, index + 1]);
	}
	return ranges;
}
