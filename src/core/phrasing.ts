/**
 * The built-in wording of drafts: a few variants for every piece, so ten drafts don't read as
 * one template. Every variant follows the same advice: ask for nothing, remind them how you
 * know each other, offer help, congratulate on news. Users can replace any piece in settings.
 */
import { LIFE_EVENT_KINDS } from "./lifeEvents";

export interface PhrasingPiece {
	id: string;
	/** Shown in settings. */
	label: string;
	variants: readonly string[];
}

export const PLACEHOLDERS = [
	"first-name",
	"name",
	"how-we-met",
	"event",
	"news",
	"interest",
	"project",
	"family",
	"mutual",
	"since",
	"me",
] as const;

export type Placeholder = (typeof PLACEHOLDERS)[number];

/**
 * Congratulations that fit any life event, phrased around its noun ("the promotion", "the new
 * home"); each kind adds wording of its own, and the four commonest have several.
 */
const ANY_EVENT: readonly string[] = [
	"Congratulations on the {{event}}! I saw the news ({{news}}) and was so happy for you.",
	"I just heard about the {{event}} — congratulations, that is wonderful news.",
];

const CONGRATULATIONS: Record<string, readonly string[]> = {
	"new-job": [
		"Congratulations on the new job! I saw the news ({{news}}) and it sounds like a great fit for you.",
		"I just heard you started somewhere new — congratulations! I hope the first weeks have been exciting.",
		"Congratulations on the new job — what a step. I hope you're enjoying getting to know the place.",
	],
	promotion: [
		"Congratulations on the promotion! I saw the news ({{news}}) and it made my day — so well deserved.",
		"I just heard about your promotion — congratulations, it is very well earned.",
		"Huge congratulations on the promotion. Anyone who has worked with you knows how deserved it is.",
	],
	"new-child": [
		"Congratulations on the new arrival! I heard the news ({{news}}) and I'm so happy for your family.",
		"I just heard about the new baby — congratulations! I hope everyone is doing well and getting a little sleep.",
		"Congratulations on the little one — what wonderful news for your family.",
	],
	married: [
		"Congratulations on the wedding! I'm so happy for you both.",
		"I heard you got married — huge congratulations, I hope it was a wonderful day.",
	],
	"new-role": ["I heard you've taken on a new role — congratulations, it suits you."],
	"started-company": ["I just heard you started something of your own — congratulations, that takes real courage."],
	retired: ["I heard you've retired — congratulations on a wonderful career, and enjoy every bit of what comes next."],
	graduated: ["I heard you graduated — congratulations, all that work paid off."],
	award: ["I just heard about the award — congratulations, it is well deserved to see your work recognised."],
	published: ["I heard your work is out in the world — congratulations, I'm looking forward to reading it."],
	launched: ["I just saw that you launched — congratulations to you and the team."],
	engaged: ["I just heard the lovely news of your engagement — congratulations to you both!"],
	anniversary: ["Happy anniversary — what a lovely milestone."],
	moved: ["Congratulations on the move! I hope the new place already feels like home."],
	"new-home": ["Congratulations on the new home! I hope you're settling in well."],
	other: ["I saw your news ({{news}}) and wanted to say congratulations!"],
};

export const DEFAULT_PHRASING: readonly PhrasingPiece[] = [
	{ id: "greeting", label: "Greeting", variants: ["Hi {{first-name}},", "Hello {{first-name}},", "Hey {{first-name}},", "Dear {{first-name}},"] },
	...LIFE_EVENT_KINDS.map((kind) => ({
		id: `congratulate.${kind.slug}`,
		label: `Congratulations: ${kind.label.toLowerCase()}`,
		variants: [...(CONGRATULATIONS[kind.slug] ?? []), ...ANY_EVENT],
	})),
	{
		id: "opening.mutual",
		label: "Opening: a person in common",
		variants: [
			"I caught up with {{mutual}} recently and it made me think of you — how have you been?",
			"{{mutual}} and I were talking the other day and your name came up. How are things with you?",
			"I saw {{mutual}} recently, which reminded me it has been too long since we talked. How are you doing?",
		],
	},
	{
		id: "opening.project",
		label: "Opening: their project",
		variants: [
			"How is {{project}} going? I've been curious since you last mentioned it.",
			"I was thinking about {{project}} the other day — how is it coming along?",
			"I've wondered how {{project}} turned out. I hope it's going well.",
		],
	},
	{
		id: "opening.family",
		label: "Opening: their family",
		variants: [
			"How are {{family}} doing? I hope everyone is well.",
			"I was thinking of you and {{family}} the other day — I hope all is well at home.",
			"I hope you and {{family}} are doing well.",
		],
	},
	{
		id: "opening.interest",
		label: "Opening: their interests",
		variants: [
			"I came across a piece on {{interest}} and thought of you.",
			"Something about {{interest}} crossed my desk this week and made me think of you.",
			"I was reading about {{interest}} recently and it reminded me of our conversations.",
		],
	},
	{
		id: "opening.check-in",
		label: "Opening: a simple check-in",
		variants: [
			"You crossed my mind the other day and I wanted to see how you've been.",
			"It's been a while, and I've been wondering how things are with you.",
			"I was just thinking of you and wanted to say hello. How have you been?",
		],
	},
	{ id: "birthday.ahead", label: "Birthday coming up", variants: ["And an early happy birthday!", "Happy birthday in advance — I hope it's a great one."] },
	{ id: "birthday.today", label: "Birthday today", variants: ["And happy birthday today!", "Happy birthday, by the way — I hope it's a wonderful day."] },
	{
		id: "birthday.belated",
		label: "Birthday just passed",
		variants: ["And a belated happy birthday — I hope it was a great one.", "Happy belated birthday, too! I hope you celebrated well."],
	},
	{
		id: "reminder",
		label: "Reminder of how you know each other",
		variants: [
			"It's been a while since {{how-we-met}}, and I still think back on it fondly.",
			"I was remembering the days when {{how-we-met}} — it's been {{since}}!",
			"It's been {{since}} since we talked; I often think back to when {{how-we-met}}.",
		],
	},
	{
		id: "offer",
		label: "Offer to help",
		variants: [
			"If there's anything I can do for you, just let me know.",
			"And if I can ever be useful with anything you're working on, I'd be glad to help.",
			"Let me know if there's ever anything I can do for you — it would be a pleasure.",
		],
	},
	{ id: "signoff", label: "Sign-off", variants: ["Best,\n{{me}}", "Warmly,\n{{me}}", "All the best,\n{{me}}", "Cheers,\n{{me}}"] },
	{ id: "subject.congratulate", label: "E-mail subject: congratulations", variants: ["Congratulations!", "Congratulations on the {{event}}"] },
	{ id: "subject.default", label: "E-mail subject", variants: ["Hello from {{me}}", "Thinking of you", "It's been a while"] },
];

export function defaultVariants(id: string): readonly string[] {
	return DEFAULT_PHRASING.find((piece) => piece.id === id)?.variants ?? [];
}

const PLACEHOLDER_PATTERN = /\{\{\s*([a-z-]+)\s*\}\}/gi;

/** The placeholders a variant uses. */
export function placeholdersIn(variant: string): string[] {
	return [...variant.matchAll(PLACEHOLDER_PATTERN)].map((match) => (match[1] ?? "").toLowerCase());
}

/** Placeholders a variant uses that Reconnect does not know (likely typos). */
export function unknownPlaceholders(variant: string): string[] {
	const known = new Set<string>(PLACEHOLDERS);
	return placeholdersIn(variant).filter((name) => !known.has(name));
}

export function fillPlaceholders(variant: string, values: Partial<Record<Placeholder, string>>): string {
	return variant.replace(PLACEHOLDER_PATTERN, (all, name: string) => {
		const value = values[name.toLowerCase() as Placeholder];
		return value === undefined ? all : value;
	});
}
