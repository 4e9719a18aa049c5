/** Character codes the scanner compares against, and the character classes it needs. */

export const TAB = 9;
export const NL = 10;
export const CR = 13;
export const SPACE = 32;
export const BANG = 33;
export const HASH = 35;
export const PERCENT = 37;
export const LPAREN = 40;
export const RPAREN = 41;
export const STAR = 42;
export const PLUS = 43;
export const DASH = 45;
export const DOT = 46;
export const LT = 60;
export const EQUALS = 61;
export const GT = 62;
export const LBRACKET = 91;
export const BACKSLASH = 92;
export const RBRACKET = 93;
export const UNDERSCORE = 95;
export const BACKTICK = 96;
export const TILDE = 126;

/** Tabs advance to the next multiple of 4, as in CommonMark. */
export function nextTabStop(col: number): number {
	return col + 4 - (col % 4);
}

export function isDigit(c: number): boolean {
	return c >= 48 && c <= 57;
}

export function isBlankCode(c: number): boolean {
	return c === SPACE || c === TAB;
}

export function isHighSurrogate(c: number): boolean {
	return c >= 0xd800 && c <= 0xdbff;
}

export function isAsciiPunctuation(c: number): boolean {
	return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
}

export function isWhitespaceCode(c: number): boolean {
	return c === SPACE || c === TAB || c === NL || c === CR || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b);
}

/** Tag characters: letters, digits, '-', '_', '/', and anything non-ASCII that is not a space. */
export function isTagCode(c: number): boolean {
	if (c >= 128) return !isWhitespaceCode(c) && c !== 0x2028 && c !== 0x2029 && c !== 0xfeff;
	return (
		(c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === DASH || c === UNDERSCORE || c === 47
	);
}
