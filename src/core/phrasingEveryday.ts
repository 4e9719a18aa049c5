/**
 * The everyday message: a no-ask opening built from what the notes know, a reminder of how you
 * know each other after a long silence, birthday wishes, an offer to help, a sign-off. Nothing
 * here claims what the writer did ("I was reading about…"): what only the writer can supply is
 * a slot in ‹angle quotes›, and the daily note's task line says to fill it.
 */
import type { PhrasingPiece } from "./phrasingTypes";

export const EVERYDAY_PIECES: readonly PhrasingPiece[] = [
	{ id: "greeting", label: "Greeting", variants: ["Hi {{first-name}},", "Hello {{first-name}},", "Hey {{first-name}},", "Dear {{first-name}},"] },
	{
		id: "opening.news",
		label: "Opening: their news, plainly",
		variants: [
			"I heard {{news}}, and I'd love to hear how that's been.",
			"I heard {{news}}. How has that been?",
			"I heard {{news}} and wanted to say hello.",
			"Last I heard, {{news}}. How has it been?",
			"I heard {{news}}, which made me think of you.",
		],
	},
	{
		id: "opening.follow-up",
		label: "Opening: something you owe them",
		variants: [
			"I haven't forgotten {{follow-up}}: ‹here it is, or when you'll send it›.",
			"I wanted to get {{follow-up}} to you: ‹here it is, or when you'll send it›.",
			"It's been on my list to send you {{follow-up}}: ‹here it is, or when you'll send it›.",
			"I meant to send you {{follow-up}}: ‹here it is, or when you'll send it›.",
			"I owe you {{follow-up}}, and I haven't forgotten: ‹here it is, or when you'll send it›.",
		],
	},
	{
		id: "opening.mutual",
		label: "Opening: a person in common",
		variants: [
			"I caught up with {{mutual}} recently, and it made me think of you.",
			"I was in touch with {{mutual}} the other day, which reminded me how long it's been since we talked.",
			"Catching up with {{mutual}} recently put you on my mind.",
			"I was in touch with {{mutual}} recently and thought of you. How have you been?",
			"After catching up with {{mutual}} the other day, I realised it's been too long since we talked.",
		],
	},
	{
		id: "opening.project",
		label: "Opening: their project",
		variants: [
			"How is {{project}} going?",
			"I've been wondering how {{project}} is coming along.",
			"I hope {{project}} is going well. How is it coming along?",
			"How are things with {{project}}?",
			"Last I heard, you were busy with {{project}}. How is it going?",
		],
	},
	{
		id: "opening.family",
		label: "Opening: their family",
		variants: [
			"How are things with you and {{family}}?",
			"I hope all is well with you and {{family}}.",
			"I've been wondering how you and {{family}} are doing.",
			"I hope you and {{family}} are keeping well.",
			"How are you and {{family}} doing these days?",
		],
	},
	{
		id: "opening.interest",
		label: "Opening: their interests (with a slot for what you share)",
		variants: [
			"‹something on {{interest}}› made me think of you.",
			"Given your interest in {{interest}}, I thought you'd like this: ‹link to something on {{interest}}›.",
			"This seemed right up your street: ‹link to something on {{interest}}›.",
			"I thought of you and your love of {{interest}} when I saw ‹something on {{interest}}›.",
			"Knowing how much you like {{interest}}, I wanted to share this: ‹link to something on {{interest}}›.",
		],
	},
	{
		id: "opening.work",
		label: "Opening: their work",
		variants: [
			"How are things at {{company}}?",
			"I hope all is well at {{company}}.",
			"I've been wondering how things are going for you at {{company}}.",
			"I hope life as {{role}} at {{company}} is treating you well.",
			"How is {{company}} treating you these days?",
		],
	},
	{
		id: "opening.place",
		label: "Opening: where they live",
		variants: [
			"I hope life in {{place}} is treating you well.",
			"How are things in {{place}}?",
			"I've been wondering how life in {{place}} is going.",
			"I hope all is well in {{place}}.",
			"How is {{place}} treating you these days?",
		],
	},
	{
		id: "opening.how-we-met",
		label: "Opening: how you met",
		variants: [
			"I was thinking back to when {{how-we-met}}, and wanted to say hello.",
			"I still remember when {{how-we-met}}, and I wanted to see how you've been.",
			"I'm still glad {{how-we-met}}, and I wanted to see how things are with you.",
			"You came to mind the other day. I still think back to when {{how-we-met}}.",
			"I wanted to say hello. I'm still glad {{how-we-met}}.",
		],
	},
	{
		id: "opening.check-in",
		label: "Opening: a simple check-in",
		variants: [
			"You crossed my mind the other day, and I wanted to see how you've been.",
			"It's been a while, and I've been wondering how things are with you.",
			"I was just thinking of you and wanted to say hello. How have you been?",
			"I hope this finds you well. How are things with you these days?",
			"I realised it's been too long since we talked, so here's a hello. How are you doing?",
			"It's been {{since}} since {{last-time}}, and I wanted to say hello.",
			"I can't believe it's been {{since}} since {{last-time}}. How have you been?",
		],
	},
	{
		id: "birthday.ahead",
		label: "Birthday coming up",
		variants: [
			"And an early happy birthday!",
			"Happy birthday in advance. I hope it's a great one.",
			"Your birthday is coming up, so happy birthday in advance!",
			"An early happy birthday, too. I hope the day is a good one.",
			"And since your birthday is just around the corner: happy birthday!",
		],
	},
	{
		id: "birthday.today",
		label: "Birthday today",
		variants: [
			"And happy birthday today!",
			"Happy birthday, by the way. I hope it's a wonderful day.",
			"And a very happy birthday to you today.",
			"Happy birthday! I hope the day is treating you well.",
			"And many happy returns of the day!",
		],
	},
	{
		id: "birthday.belated",
		label: "Birthday just passed",
		variants: [
			"And a belated happy birthday. I hope it was a great one.",
			"Happy belated birthday, too! I hope you celebrated well.",
			"I'm a little late, but happy birthday!",
			"And a belated happy birthday. I hope the year ahead is a good one.",
			"Belated birthday wishes, too. I hope it was a lovely day.",
		],
	},
	{
		id: "reminder",
		label: "Reminder of how you know each other",
		variants: [
			"It's been {{since}} since {{last-time}}, and I still think back to when {{how-we-met}}.",
			"I'm still glad {{how-we-met}}, and it's been far too long since {{last-time}}.",
			"It's been {{since}} since {{last-time}}, which is too long. I still remember when {{how-we-met}}.",
			"I often think back to when {{how-we-met}}.",
			"I remember fondly when {{how-we-met}}, and I'd hate for us to lose touch.",
		],
	},
	{
		id: "offer",
		label: "Offer to help",
		variants: [
			"If there's anything I can do for you, just let me know.",
			"And if I can ever be useful to you, I'd be glad to help.",
			"Let me know if there's ever anything I can do for you. It would be a pleasure.",
			"If I can ever help with anything, I'm always glad to.",
			"And if there's ever a way I can help, I'd be happy to.",
		],
	},
	{ id: "signoff", label: "Sign-off", variants: ["Best,\n{{me}}", "Warmly,\n{{me}}", "All the best,\n{{me}}", "Cheers,\n{{me}}", "Take care,\n{{me}}"] },
	{ id: "subject.default", label: "E-mail subject", variants: ["Hello from {{me}}", "Thinking of you", "It's been a while", "A quick hello", "Saying hello"] },
];
