/**
 * What a draft opens with, chosen from what the notes know and can say to the person: the news
 * (its tone decides how), else something you owe them (an open follow-up), else a fact from the note that makes a correct sentence addressed to
 * them — a person in common, a project, their family, an interest, their work, their city, how
 * you met — else a plain check-in. The ranking shows the choice; the draft follows it.
 */
import type { Contact } from "./contact";
import { followUpPhrase } from "./followUpPhrase";
import type { FollowUp } from "./history/followUps";
import type { NewsItem, Tone } from "./lifeEvents";
import { plainNewsClause } from "./newsPhrases";
import { familyPhrase, howWeMetClause, interestPhrase, plainName, projectPhrase } from "./noteFields";
import type { PersonNames } from "./secondPerson";

export type Strategy =
	| "congratulate"
	| "support"
	| "gentle"
	| "follow-up"
	| "news"
	| "mutual"
	| "project"
	| "family"
	| "interest"
	| "work"
	| "place"
	| "how-we-met"
	| "check-in";

/** The fields of a note as a message can use them; null or empty where a field cannot be phrased. */
export interface DraftDetails {
	names: PersonNames;
	howWeMet: string | null;
	projects: string[];
	family: string | null;
	interests: string[];
	company: string | null;
	role: string | null;
	place: string | null;
	/** What the note has that could not be phrased, for the task line ("how you met"). */
	unphrased: string[];
}

export function namesOf(contact: Pick<Contact, "firstName" | "name">): PersonNames {
	return { first: contact.firstName, full: contact.name };
}

export function draftDetails(contact: Contact): DraftDetails {
	const names = namesOf(contact);
	const howWeMet = contact.howWeMet ? howWeMetClause(contact.howWeMet, names) : null;
	const projects = contact.projects.flatMap((project) => projectPhrase(project, names) ?? []);
	const family = contact.family ? familyPhrase(contact.family, names) : null;
	const interests = contact.interests.flatMap((interest) => interestPhrase(interest) ?? []);
	const unphrased: string[] = [];
	if (contact.howWeMet && !howWeMet) unphrased.push("how you met");
	if (contact.projects.length && !projects.length) unphrased.push("their projects");
	if (contact.family && !family) unphrased.push("their family");
	const company = plainName(contact.company);
	return { names, howWeMet, projects, family, interests, company, role: company ? plainName(contact.role) : null, place: plainName(contact.location), unphrased };
}

/** What ranking knows that the choice depends on. */
export interface StrategyInput {
	contact: Contact;
	news: NewsItem | null;
	tone: Tone | null;
	mutual: unknown;
	reminder: boolean;
	/** Open follow-ups, the most pressing first. */
	followUps: readonly FollowUp[];
}

/** The first follow-up a message can mention, as the thing owed ("the HR checklist"). */
export function owedThing(followUps: readonly FollowUp[], names: PersonNames): string | null {
	for (const followUp of followUps) {
		const phrase = followUpPhrase(followUp.text, names);
		if (phrase) return phrase;
	}
	return null;
}

/** Recent news with no telling words, as the clause a check-in mentions ("you bought a sailboat"). */
export function neutralNewsClause(contact: Contact, neutral: NewsItem | null): string | null {
	return neutral ? plainNewsClause(neutral.detail, namesOf(contact)) : null;
}

/**
 * The first opening the note can phrase. Each field is phrased only when the ones before it
 * could not be: the command line names the strategy of every listed contact.
 */
export function chooseStrategy(entry: StrategyInput, neutralNews: () => NewsItem | null): Strategy {
	if (entry.news) return entry.tone === "support" ? "support" : entry.tone === "private" ? "gentle" : "congratulate";
	const { contact } = entry;
	const names = namesOf(contact);
	// Something promised and not yet sent is the most natural reason to write.
	if (owedThing(entry.followUps, names)) return "follow-up";
	if (neutralNewsClause(contact, neutralNews())) return "news";
	if (entry.mutual) return "mutual";
	if (contact.projects.some((project) => projectPhrase(project, names))) return "project";
	if (contact.family && familyPhrase(contact.family, names)) return "family";
	if (contact.interests.some((interest) => interestPhrase(interest))) return "interest";
	if (plainName(contact.company)) return "work";
	if (plainName(contact.location)) return "place";
	if (contact.howWeMet && !entry.reminder && howWeMetClause(contact.howWeMet, names)) return "how-we-met";
	return "check-in";
}
