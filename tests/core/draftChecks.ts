/**
 * What a draft a person would send never has: the known bad patterns of generated text, each
 * named, so a failing test says what went wrong. Slots (‹…›) are the writer's to fill and are
 * read as a placeholder noun.
 */

/** The first message asks for nothing: these are what an ask looks like in a short note. */
export const ASKS: readonly RegExp[] = [
	/\b(?:could|would|can|will) you\b/i,
	/\bwould (?:it|you) be (?:possible|ok)/i,
	/\b(?:a|small|quick|big) favou?r\b/i,
	/\bintroduc(?:e me|tion to)\b/i,
	/\b(?:put me in touch|connect me)\b/i,
	/\brefer(?:ral| me)\b/i,
	/\brecommend(?:ation for me| me)\b/i,
	/\b(?:meet(?:ing)? up|grab (?:a )?(?:coffee|lunch|drink)|hop on|jump on|set up a (?:call|meeting)|(?:quick|short) (?:call|chat))\b/i,
	/\b(?:call|meet|catch up) (?:soon|next week|sometime)\b/i,
	/\bpick your brain\b/i,
	/\b(?:are you|is your team) hiring\b/i,
	/\bany (?:openings|opportunities|leads)\b/i,
	/\bneed (?:your|some) help\b/i,
	/\bhelp me\b/i,
	/\bask(?:ing)? you\b/i,
];

/** Every draft offers help: "the road goes both ways". */
export const OFFER = /\b(?:anything (?:at all )?I can do|if I can (?:ever )?(?:help|do anything)|be useful|glad to help|way I can help|I'm here if|introduce you to|be a reference|a reference from me|reference, or|I can introduce you)\b/i;

export const BAD_PATTERNS: readonly (readonly [string, RegExp])[] = [
	["'met at' followed by a pronoun", /\bmet at (?:I|we|you|he|she|they|my|our|your)\b/i],
	["'met at' followed by a person doing something", /\bmet at \p{Lu}[\p{L}'’-]* (?:introduced|told|said|\p{Ll}+ed)\b/u],
	["a detail pasted in brackets", /\((?!\d{4}(?:\s*[–-]\s*\d{2,4})?\))[^)]*\)/],
	["doubled punctuation", /[,;:]\s*[.,;:!?]|[.!?]\s*[,;:]|\.\s*\.|!\s*!|\?\s*[.?!]|\s[.,!?]/],
	["doubled article", /\b(?:a|an|the|your|my|our) (?:a|an|the|your|my|our)\b/i],
	["a sentence that starts in lower case", /(?:^|[.!?]\s+)\p{Ll}/u],
	["clauses glued with a semicolon", /;/],
	["a claim of reading or coming across something", /\bI (?:was reading|read about|came across|stumbled (?:on|upon)|saw (?:a|an|the) (?:piece|article|post|video|story))\b/i],
	["a claim of talking about them", /\b(?:were talking|talked about you|your name came up|mentioned you|told me about you)\b/i],
	["third person in a message to them", /\b(?:she|he|him|her|his|hers|herself|himself)\b/i],
	["a placeholder left in", /\{\{|\}\}/],
	["a silence attached to something other than the last contact", /\b(?:\d+ (?:days?|weeks?|months?|years?)|a while|a long time|too long|ages) since (?!we (?:last )?talked\b|we had\b|we walked\b|we met for\b)/i],
	["empty words", /\s{2,}|\bundefined\b|\bnull\b|\[object/],
	["a private aside", /\bdivorce|separat|diagnos|cancer|surgery|chemo|funeral\b/i],
];

export const CONGRATULATION_WORDS = /\b(?:congrat\w*|celebrat\w*|wonderful news|great news|delighted|so happy for|well deserved|happy for you|cheers)\b/i;

/** The message with its slots read as a plain noun, so a slot at the start of a sentence counts as a capital. */
function withoutSlots(text: string): string {
	return text.replace(/‹[^›]*›/g, "Something");
}

/** The named bad patterns a message has; empty when it reads as a person would write it. */
export function badPatterns(message: string): string[] {
	const body = withoutSlots(message)
		.split("\n")
		.filter((line) => line.trim())
		.join("\n");
	const found: string[] = [];
	for (const [name, pattern] of BAD_PATTERNS) {
		// Each line of the message (greeting, body, sign-off) is checked on its own.
		const lines = name === "a sentence that starts in lower case" ? body.split("\n") : [body];
		if (lines.some((line) => pattern.test(line))) found.push(name);
	}
	return found;
}

export function asksFound(text: string): string[] {
	return ASKS.filter((pattern) => pattern.test(text)).map(String);
}
