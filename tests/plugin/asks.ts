/** What an ask looks like in a short note; a draft matches none of these (see tests/core/draft.test.ts). */
export const ASKS_FOR_TESTS: readonly RegExp[] = [
	/\b(?:could|would|can|will) you\b/i,
	/\b(?:a|small|quick|big) favou?r\b/i,
	/\bintroduc(?:e me|tion to)\b/i,
	/\brefer(?:ral| me)\b/i,
	/\b(?:grab (?:a )?(?:coffee|lunch)|hop on|(?:quick|short) (?:call|chat))\b/i,
	/\bpick your brain\b/i,
];
