/** Finding the contact a user names on the command line, with close matches when none fits. */
import type { Contact } from "../core/contact";
import { foldText } from "../core/humanize";
import type { ContactIndex } from "../core/contactIndex";
import { CliError, EXIT } from "./errors";

/** A name as typed, for matching: "Zoe  Muller" finds "Zoë Müller", "Zoe.md" finds "Zoe". */
export function foldName(text: string): string {
	return foldText(text).replace(/\.md$/, "");
}

function namesOf(contact: Contact): string[] {
	return [contact.name, contact.basename, contact.path, contact.path.replace(/\.md$/i, ""), ...contact.aliases];
}

export function editDistance(a: string, b: string): number {
	if (a === b) return 0;
	let previous = Array.from({ length: b.length + 1 }, (_unused, index) => index);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
		}
		previous = current;
	}
	return previous[b.length] ?? 0;
}

export function closeMatches(query: string, contacts: Iterable<Contact>, limit = 3): Contact[] {
	const wanted = foldName(query);
	const scored: { contact: Contact; score: number }[] = [];
	for (const contact of contacts) {
		let best = Infinity;
		for (const name of namesOf(contact)) {
			const folded = foldName(name);
			if (!folded) continue;
			if (folded.includes(wanted) || wanted.includes(folded)) best = Math.min(best, 0.5);
			for (const word of folded.split(" ")) if (word.length > 2 && wanted.split(" ").includes(word)) best = Math.min(best, 1);
			best = Math.min(best, editDistance(wanted, folded) / Math.max(wanted.length, folded.length) * 4);
		}
		if (best <= 2) scored.push({ contact, score: best });
	}
	return scored
		.sort((a, b) => a.score - b.score || (a.contact.name < b.contact.name ? -1 : 1))
		.slice(0, limit)
		.map((entry) => entry.contact);
}

/**
 * For paths that look the same on screen but are encoded differently (accents composed or
 * decomposed), how to tell them apart and type the decomposed one.
 */
function encodingNote(path: string, among: readonly Contact[]): string {
	const twins = among.filter((other) => other.path !== path && other.path.normalize("NFC") === path.normalize("NFC"));
	if (!twins.length) return "";
	if (path === path.normalize("NFC")) return "  (accents composed, NFC)";
	const escaped = [...path].map((char) => (/[\u0300-\u036f]/.test(char) ? `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}` : char)).join("");
	return `  (accents decomposed, NFD: ${escaped})`;
}

/** The one contact a name or vault path means; exit 1 with close matches otherwise. */
export function findContact(index: ContactIndex, query: string, notePaths: readonly string[], unreadable: ReadonlyMap<string, string> = new Map()): Contact {
	const asPath = query.replace(/\\/g, "/");
	if (asPath.startsWith("/") || /^[a-zA-Z]:/.test(asPath) || asPath.split("/").includes("..")) {
		throw new CliError(`refusing '${query}': paths must stay inside the vault (no '..' and no absolute paths)`, EXIT.usage);
	}
	// An exact vault path always means that note, even when another differs only by case or by how
	// its accents are encoded (Hannah Schmidt.md and hannah schmidt.md; NFC and NFD).
	const exact = [...index.contacts()].filter((contact) => contact.path === asPath || contact.path === `${asPath}.md`);
	if (exact.length === 1) return exact[0] as Contact;
	const wanted = foldName(asPath);
	if (!wanted) throw new CliError("name a contact (a name or a vault path)", EXIT.usage);
	const matches = [...index.contacts()].filter((contact) => namesOf(contact).some((name) => foldName(name) === wanted));
	if (matches.length === 1) return matches[0] as Contact;
	if (!matches.length) {
		// A first name alone is enough when only one contact has it.
		const byFirstName = [...index.contacts()].filter((contact) => foldName(contact.firstName) === wanted);
		if (byFirstName.length === 1) return byFirstName[0] as Contact;
		matches.push(...byFirstName);
	}
	if (matches.length > 1) {
		const paths = matches.map((contact) => `  ${contact.path}${encodingNote(contact.path, matches)}`).join("\n");
		throw new CliError(`'${query}' could be several contacts; name one by its exact path:\n${paths}`, EXIT.usage);
	}
	const note = notePaths.find((path) => foldName(path) === wanted || foldName(path.slice(path.lastIndexOf("/") + 1)) === wanted);
	const reason = note === undefined ? undefined : unreadable.get(note);
	if (note && reason) throw new CliError(`${note} could not be read: it ${reason}`, EXIT.vault);
	if (note) throw new CliError(`${note} is not a contact note (add a contact tag, a how-we-met or last-contact property, or put it in a contacts folder)`, EXIT.usage);
	const close = closeMatches(query, index.contacts());
	const hint = close.length ? `\nDid you mean:\n${close.map((contact) => `  ${contact.name} (${contact.path})`).join("\n")}` : "";
	throw new CliError(`no contact named '${query}'${hint}`, EXIT.usage);
}
