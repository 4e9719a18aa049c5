/**
 * A follow-up as a message can mention it. The words of a task the writer keeps for a person,
 * without Tasks' or Dataview's fields ("Send him the updated HR checklist for tech visas",
 * "share the Kestrel deck with [[Kenji]]"), become the thing owed, addressed to them: "the updated HR checklist for tech visas". Only
 * tasks that hand something over are phrased, and only when the thing is a plain noun phrase;
 * anything else is left out of the message (the task line still names it).
 */
import { historyLineText } from "./history/lineText";
import type { PersonNames } from "./secondPerson";

/** Verbs that hand something over; the message can say the writer has not forgotten it. */
const HANDING_OVER = /^(?:send|share|forward|give|lend|return|email|e-mail|mail|bring|pass on|drop off|get)\s+/i;

/** The thing owed starts like a noun phrase. */
const DETERMINER = /^(?:the|a|an|my|our|that|this|those|these|some|his|her|their)\s/i;

/** Words that would turn the sentence into a question, a condition or someone else's business. */
const NOT_A_THING = /\b(?:if|whether|when|because|unless|ask|asks|asking|about whether)\b|[?!;:]/i;

function escaped(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * The thing owed, for the task "Send him the updated HR checklist for tech visas 📅 2026-11-19":
 * "the updated HR checklist for tech visas"; null when the task cannot be said to the person as
 * a thing owed.
 */
export function followUpPhrase(taskText: string, names: PersonNames): string | null {
	let text = historyLineText(taskText).replace(/[.\s]+$/, "");
	const verb = HANDING_OVER.exec(text);
	if (!verb) return null;
	text = text.slice(verb[0].length);
	// The full name first, so that "Kenji Watanabe" is not read as "Kenji" and a stray surname.
	const person = `(?:him|her|them|${escaped(names.full)}|${escaped(names.first)})`;
	// "send him the deck" / "send the deck to him" / "share the deck with Kenji".
	text = text.replace(new RegExp(`^${person}\\s+`, "iu"), "");
	text = text.replace(new RegExp(`\\s+(?:to|with|for)\\s+${person}$`, "iu"), "");
	if (!DETERMINER.test(text) || NOT_A_THING.test(text) || text.split(/\s+/).length > 12) return null;
	// Anyone else named at the end ("the deck to Maya") changes what is owed to whom.
	if (/\s(?:to|with)\s+\p{Lu}/u.test(text)) return null;
	const own = new RegExp(`\\b(?:his|her|their|${escaped(names.first)}'s|${escaped(names.first)}’s)\\b`, "giu");
	return text
		.replace(own, "your")
		.replace(/\b(?:him|them)\b/gi, "you")
		.replace(/^(?:The|A|An|My|Our|That|This|Those|These|Some|Your)\b/, (word) => word.toLowerCase());
}
