/**
 * The settings' preview: a draft for a sample contact whose notes make the piece being edited
 * show up — hard news for the hard-news pieces, a slot for interests, and so on.
 */
import { createContactRules } from "../core/contact";
import { formatDay, type Day } from "../core/days";
import { composeDraft } from "../core/draft";
import { evaluateContact, type RankedEntry } from "../core/rank";
import { DEFAULT_SETTINGS, type ReconnectSettings } from "../core/settings";
import type { Strategy } from "../core/strategy";

/** The news a piece needs to be seen, as a recent-news item after its date. */
function sampleNews(pieceId: string): string | null {
	if (/^(?:congratulate|subject\.congratulate)/.test(pieceId)) return `${(pieceId.split(".")[1] ?? "").replace(/^(?:any|congratulate)$/, "promotion")}: VP Engineering at Acme`;
	if (pieceId.includes("job-loss")) return "job-loss: laid off from Acme";
	if (pieceId.includes("health")) return "health: surgery";
	if (pieceId.includes("support")) return "loss: her father passed away";
	return pieceId === "opening.gentle" ? "separation" : pieceId === "opening.news" ? "ran her first marathon" : null;
}


export function previewDraft(pieceId: string, today: Day, settings: ReconnectSettings): { subject: string; text: string } {
	const rules = createContactRules(DEFAULT_SETTINGS);
	const news = sampleNews(pieceId);
	const birthday = pieceId.startsWith("birthday.") ? formatDay(today + (pieceId === "birthday.ahead" ? 3 : pieceId === "birthday.today" ? 0 : -3)).slice(5) : null;
	const sample = rules.read({
		path: "People/Jane Doe.md",
		modified: today,
		frontmatter: {
			"how-we-met": "Worked together on the Atlas migration",
			"last-contact": formatDay(today - 420),
			company: "Acme",
			role: "Head of Platform",
			location: "Lisbon",
			email: "jane@example.com",
			projects: "Kestrel rewrite",
			interests: "bouldering",
			family: "Maya and the kids",
			...(birthday ? { birthday } : {}),
			...(news ? { "recent-news": [`${formatDay(today - 12)} ${news}`] } : {}),
		},
	});
	const entry = evaluateContact(sample, { today, settings });
	const forced = pieceId.startsWith("opening.") && pieceId !== "opening.gentle" && pieceId !== "opening.news" ? (pieceId.slice("opening.".length) as Strategy) : null;
	const mutual = forced === "mutual" ? { path: "People/Sam Lee.md", name: "Sam Lee", firstName: "Sam", daysSince: 3 } : entry.mutual;
	// An opening the sample would not choose by itself is shown by choosing it.
	const followUps = forced === "follow-up" ? [{ notePath: sample.path, line: 0, text: "Send her the slides from the Atlas talk", due: null }] : entry.followUps;
	const shown: RankedEntry = forced ? { ...entry, strategy: forced, mutual, followUps, reminder: forced !== "how-we-met", neutralNews: entry.neutralNews, reasons: entry.reasons } : entry;
	const draft = composeDraft(shown, { today, me: settings.userName || "Alex", phrasing: settings.phrasing });
	return { subject: draft.subject, text: draft.text };
}
