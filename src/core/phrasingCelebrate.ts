/**
 * Congratulations, for news whose tone is celebrate. `{{news}}` is what they are congratulated
 * on, woven from the note's detail ("your promotion to VP Engineering at Acme", "the move to
 * Lisbon", "your baby girl"); each kind adds wording of its own to wording that fits any kind.
 */
import { LIFE_EVENT_KINDS } from "./lifeEventKinds";
import type { PhrasingPiece } from "./phrasingTypes";

/** Fits any good news, because `{{news}}` is already the phrase for its kind. */
export const ANY_CELEBRATION: readonly string[] = [
	"Congratulations on {{news}}!",
	"I just heard about {{news}} — congratulations!",
	"Huge congratulations on {{news}}. I was so happy to hear it.",
	"I was delighted to hear about {{news}}. Congratulations!",
	"Many congratulations on {{news}} — what wonderful news.",
];

const BY_KIND: Readonly<Record<string, readonly string[]>> = {
	promotion: [
		"Congratulations on {{news}} — so well deserved!",
		"I just heard about {{news}}. Anyone who has worked with you knows how deserved it is.",
		"Congratulations on {{news}}! It's very well earned.",
	],
	"new-job": [
		"Congratulations on {{news}}! I hope the first weeks have been exciting.",
		"I just heard about {{news}} — congratulations, it sounds like a great fit for you.",
		"Congratulations on {{news}}! I hope you're enjoying getting to know the place.",
	],
	"new-role": ["Congratulations on {{news}} — it suits you."],
	"started-company": ["Congratulations on {{news}} — that takes real courage."],
	retired: ["Congratulations on {{news}} — enjoy every bit of what comes next!"],
	graduated: ["Congratulations on {{news}} — all that work paid off!"],
	award: ["Congratulations on {{news}} — it's lovely to see your work recognised."],
	published: ["Congratulations on {{news}}! I'm looking forward to reading it."],
	launched: ["Congratulations to you and the team on {{news}}!"],
	engaged: ["Congratulations on {{news}} — what lovely news!"],
	married: ["Congratulations on {{news}}! I hope it was a wonderful day.", "I just heard about {{news}}. Congratulations to you both!"],
	"new-child": [
		"Congratulations on {{news}}! I hope everyone is doing well and getting a little sleep.",
		"I just heard about {{news}} — congratulations to you all!",
		"Congratulations on {{news}}. What wonderful news for your family.",
	],
	anniversary: ["Happy anniversary, and congratulations on {{news}}!"],
	moved: ["Congratulations on {{news}}! I hope the new place already feels like home."],
	"new-home": ["Congratulations on {{news}}! I hope you're settling in well."],
};

export const CELEBRATION_PIECES: readonly PhrasingPiece[] = [
	...LIFE_EVENT_KINDS.filter((kind) => kind.tone === "celebrate").map((kind) => ({
		id: `congratulate.${kind.slug}`,
		label: `Congratulations: ${kind.label.toLowerCase()}`,
		variants: [...(BY_KIND[kind.slug] ?? []), ...ANY_CELEBRATION],
	})),
	{ id: "congratulate.any", label: "Congratulations: your own kinds of good news", variants: ANY_CELEBRATION },
	{
		id: "subject.congratulate",
		label: "E-mail subject: congratulations",
		variants: ["Congratulations!", "Congratulations on your {{event}}", "Wonderful news", "Many congratulations", "So happy for you"],
	},
];
