/** Character-level reading of YAML text: quotes, blanks and comments, by character code. */

export const TAB = 9;
export const SPACE = 32;
export const QUOTE = 34;
export const HASH = 35;
export const APOSTROPHE = 39;
const BACKSLASH = 92;

export function closingQuote(s: string, open: number, end: number): number {
	const q = s.charCodeAt(open);
	for (let i = open + 1; i < end; i++) {
		const c = s.charCodeAt(i);
		if (q === QUOTE && c === BACKSLASH) i++;
		else if (c === q) {
			if (q === APOSTROPHE && s.charCodeAt(i + 1) === APOSTROPHE) i++;
			else return i;
		}
	}
	return -1;
}

/** Decodes a quoted key; unknown escapes are kept as written. */
export function unquote(quoted: string): string {
	const inner = quoted.slice(1, -1);
	if (quoted.startsWith("'")) return inner.replace(/''/g, "'");
	return inner.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (all, esc: string) => {
		const simple: Record<string, string> = { n: "\n", t: "\t", r: "\r", "0": "\0", '"': '"', "\\": "\\", "/": "/", " ": " ", b: "\b", f: "\f" };
		const known = simple[esc];
		if (known !== undefined) return known;
		const code = /^[xuU]/.test(esc) ? parseInt(esc.slice(1), 16) : -1;
		return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
	});
}

export function isBlank(c: number): boolean {
	return c === SPACE || c === TAB;
}

export function isBlankOrEnd(s: string, i: number): boolean {
	return blankOrEndAt(s, i, s.length);
}

export function blankOrEndAt(s: string, i: number, end: number): boolean {
	return i >= end || isBlank(s.charCodeAt(i));
}

export function isBlankOrComment(text: string, from: number, end: number): boolean {
	let p = from;
	while (p < end && isBlank(text.charCodeAt(p))) p++;
	return p >= end || (text.charCodeAt(p) === HASH && p > from);
}
