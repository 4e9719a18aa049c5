/**
 * Messages after hard news: a plain, warm acknowledgement with no exclamation marks and no
 * cheerful opener, and an offer that fits. An illness is acknowledged without its details;
 * private news is never mentioned at all — the message is a warm check-in. `{{news}}` is only
 * what a kind message may say: "your father" (or "your loss"), "the layoffs at Acme" (or "what happened at work").
 */
import type { PhrasingPiece } from "./phrasingTypes";

/** Slot text for the job-loss offer: the writer names the person. */
export const INTRODUCTION_SLOT = "‹someone you could introduce them to›";

export const HARD_NEWS_PIECES: readonly PhrasingPiece[] = [
	{
		id: "support.loss",
		label: "After a loss",
		variants: [
			"I was so sorry to hear about {{news}}.",
			"I just heard about {{news}}, and I'm so sorry.",
			"I was very sad to hear about {{news}}, and I've been thinking of you.",
			"I heard about {{news}} and wanted to say how sorry I am.",
			"I'm so sorry about {{news}}. I've been thinking of you.",
		],
	},
	{
		id: "support.job-loss",
		label: "After a job loss",
		variants: [
			"I was sorry to hear about {{news}}.",
			"I just heard about {{news}}, and I'm sorry. That's a hard thing to go through.",
			"I heard about {{news}} and wanted to say I'm sorry.",
			"I'm sorry to hear about {{news}}. I've been thinking of you.",
			"I was sorry to hear about {{news}}, and I wanted to write.",
		],
	},
	{
		id: "support.health",
		label: "After an illness, or your own kinds of hard news (never details)",
		variants: [
			"I heard things have been hard lately, and I've been thinking of you.",
			"I was sorry to hear you've been going through a difficult time.",
			"I just heard you've been having a rough stretch, and I wanted you to know I'm thinking of you.",
			"I'm sorry to hear things have been hard. I'm thinking of you.",
			"I heard you've had a hard time lately, and I wanted to send my warmest wishes.",
		],
	},
	{
		id: "opening.gentle",
		label: "Opening: a warm check-in (private news in the note)",
		variants: [
			"I've been thinking of you and wanted to say hello.",
			"I wanted to send a quick note to say I'm thinking of you.",
			"I hope you're keeping well. You've been on my mind.",
			"I wanted to reach out and see how you're doing.",
			"It's been a while, and I wanted to send you a warm hello.",
		],
	},
	{
		id: "offer.support",
		label: "Offer to help after hard news",
		variants: [
			"If there's anything I can do, even something small, I'm here.",
			"I'm here if you need anything at all, and there's no need to reply.",
			"There's no need to write back. I just wanted you to know I'm here if anything would help.",
			"If there's any way I can help, I'd be glad to.",
			"Please don't feel you need to reply. If I can do anything, I'm here.",
		],
	},
	{
		id: "offer.job-loss",
		label: "Offer to help after a job loss",
		variants: [
			`If it would help, I'd be glad to introduce you to ${INTRODUCTION_SLOT}, to be a reference, or to pass on roles I hear of.`,
			`I'm happy to write you a reference, to introduce you to ${INTRODUCTION_SLOT}, and to send along any roles I come across.`,
			`I'll keep an eye out for roles that would suit you, and I'd gladly be a reference or introduce you to ${INTRODUCTION_SLOT}.`,
			`If a reference from me would help, it's yours. I could also introduce you to ${INTRODUCTION_SLOT}, and I'll pass on any roles I hear of.`,
			`Whenever it's useful, I can introduce you to ${INTRODUCTION_SLOT}, vouch for you as a reference, or forward roles I hear about.`,
		],
	},
	{
		id: "signoff.support",
		label: "Sign-off after hard news",
		variants: ["Take care,\n{{me}}", "Warmly,\n{{me}}", "Thinking of you,\n{{me}}", "All my best,\n{{me}}", "With warm wishes,\n{{me}}"],
	},
	{ id: "subject.support", label: "E-mail subject after hard news", variants: ["Thinking of you", "Sending my best", "A note from {{me}}", "With warm wishes", "Just a note"] },
];
