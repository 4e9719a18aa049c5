/**
 * A large, realistic, deterministic vault for the benchmark: N contact notes written the many ways
 * people write them (every spelling and value form Reconnect reads, and a few values Reconnect
 * cannot read), and 2·N daily notes `Daily/YYYY-MM-DD.md`, one per day going back from today,
 * each linking 1–5 people (plain, with aliases, in checked and unchecked tasks, in quotes).
 * The same seed always gives byte-identical files.
 */
import { Random } from "./random";

export const BENCH_TODAY = "2026-11-25";

export interface GeneratedVault {
	/** Vault path → text, config files (`.obsidian/…`) included. */
	files: Record<string, string>;
	/** Contact note paths, in generation order. */
	contacts: string[];
	/** Daily note paths, newest (today's) first. */
	dailyNotes: string[];
}

const FIRST = [
	"Ada", "Ahmed", "Aiko", "Alex", "Amara", "Anouk", "Ben", "Bianca", "Carlos", "Chen", "Chiara", "Daniel",
	"Dmitri", "Elif", "Emma", "Fatima", "Felix", "Grace", "Hannah", "Hiro", "Ines", "Isaac", "Jamal", "Jonas",
	"Julia", "Kenji", "Kofi", "Lars", "Lena", "Lucía", "Maya", "Marcus", "Mehmet", "Mira", "Nadia", "Niamh",
	"Noah", "Olga", "Omar", "Priya", "Rafael", "Rosa", "Sam", "Sara", "Siobhán", "Søren", "Tariq", "Tomás",
	"Uma", "Valentina", "Wei", "Yara", "Yusuf", "Zoë", "Ana", "Bram", "Camille", "Dara", "Eero", "Farah",
	"Gustav", "Hana", "Ivo", "Jun",
];
const LAST = [
	"Okafor", "Schmidt", "Hoffmann", "Nowak", "Watanabe", "Vogel", "Fernández", "Webb", "Yılmaz", "Haddad",
	"Costa", "Lee", "Gallagher", "Ødegaard", "Herrera", "Müller", "Mwangi", "Lindqvist", "El-Sayed", "de Vries",
	"Kowalski", "Rossi", "Silva", "Tanaka", "Nguyen", "Kim", "Patel", "Singh", "Dubois", "Moreau", "Jansen",
	"Berg", "Novak", "Horvat", "Popescu", "Ivanova", "Papadopoulos", "Murphy", "O'Brien", "Walsh", "Byrne",
	"Garcia", "Lopez", "Santos", "Pereira", "Mendes", "Cohen", "Levi", "Sato", "Suzuki", "Takahashi", "Park",
	"Choi", "Ahmadi", "Karimi", "Hansen", "Nielsen", "Larsen", "Virtanen", "Korhonen", "Bauer", "Wagner", "Keller",
	"Fischer",
];
const COMPANIES = ["Acme", "Initech", "Globex", "Halyard", "Umbrella", "Hooli", "Pixelhain", "Stark", "Wayne", "Tyrell"];
const PLACES = ["Lisbon", "Berlin", "Tokyo", "Nairobi", "Toronto", "Oslo", "Hamburg", "Madrid", "Seoul", "Lagos"];
const INTERESTS = ["bouldering", "type systems", "analog photography", "sourdough", "chess", "cycling", "jazz", "gardening", "Rust", "urban planning", "birdwatching", "climbing", "film noir", "open source"];
const PROJECTS = ["the Atlas migration", "the Kestrel rewrite", "a book on pricing", "the billing platform", "a climbing gym", "the design system", "their PhD", "a podcast"];
const FAMILY = ["Maya and the kids", "Yuki", "two boys", "a new puppy", "Ollie and Fern", "her partner Sam"];
const HOW_MET = ["Worked together at {company}", "Study group at TU Berlin", "Met at a meetup in {place}", "Introduced by a friend at {company}", "Conference in {place}, 2019", "Neighbours in {place}"];
const NEWS = [
	"{date} promotion: VP Engineering at {company}",
	"{date} new-job: Staff engineer at {company}",
	"{month} had a baby girl",
	"moved to {place} ({date})",
	"{date} published: a paper on distributed systems",
	"{date} launched: their startup's first product",
	"{date} married",
	"{date} award: best talk at a {place} conference",
];
const CADENCES = ["90", "90d", "2w", "3m", "1y", "6 months", "weekly", "fortnightly", "monthly", "quarterly", "twice a year", "yearly"];
const TIERS = ["inner", "close", "network", "outer", "dormant"];
const DAILY_PHRASES = ["Lunch with", "Coffee with", "Call with", "Ran into", "Long chat with", "Emailed back and forth with", "Dinner with"];

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAY_MS = 86_400_000;
const TODAY_MS = Date.parse(`${BENCH_TODAY}T00:00:00Z`);

/** The ISO date `daysAgo` days before today (negative: in the future). */
function isoDaysAgo(daysAgo: number): string {
	return new Date(TODAY_MS - daysAgo * DAY_MS).toISOString().slice(0, 10);
}

/** Unique names: 64 × 64 first/last pairs, then the same pairs with a middle initial. */
export function contactName(index: number): string {
	const first = FIRST[index % FIRST.length] ?? "Ada";
	const last = LAST[Math.floor(index / FIRST.length) % LAST.length] ?? "Okafor";
	const round = Math.floor(index / (FIRST.length * LAST.length));
	const middle = round === 0 ? "" : `${String.fromCharCode(64 + ((round - 1) % 26) + 1)}${round > 26 ? Math.ceil(round / 26) : ""}. `;
	return `${first} ${middle}${last}`;
}

const quote = (text: string): string => JSON.stringify(text);
const fill = (template: string, random: Random, date: string): string =>
	template.replace("{company}", random.pick(COMPANIES)).replace("{place}", random.pick(PLACES)).replace("{date}", date).replace("{month}", date.slice(0, 7));

/** Days ago, log-uniform over 1 day to 8 years: most contacts recent, a long tail of old ones. */
function pastDays(random: Random): number {
	return Math.floor(Math.exp(random.next() * Math.log(3000)));
}

/** A last-contact value in one of the forms people write. */
function lastContactValue(random: Random): string {
	const date = isoDaysAgo(pastDays(random));
	const [year, month, day] = date.split("-");
	const monthName = MONTHS[Number(month) - 1] ?? "January";
	return random.weighted<() => string>([
		[50, () => date],
		[10, () => quote(date)],
		[5, () => `${date}T09:30`],
		[5, () => `${year}-${month}`],
		[2, () => `${year}`],
		[5, () => quote(`${monthName} ${Number(day)}, ${year}`)],
		[5, () => `${Number(day)} ${monthName} ${year}`],
		[8, () => quote(`[[${date}]]`)],
		[3, () => quote(`[[${date}|last time]]`)],
		[4, () => `[${isoDaysAgo(pastDays(random) + 400)}, ${date}]`],
		[2, () => random.pick(["yesterday-ish", "soon", "2025-13-45"])],
		[1, () => isoDaysAgo(-random.between(30, 400))],
	])();
}

function newsItems(random: Random): string[] {
	const items: string[] = [];
	for (let i = random.between(1, 3); i > 0; i--) {
		const date = isoDaysAgo(random.between(0, 400));
		const form = random.weighted([[7, "text"], [2, "object"], [1, "undated"]]);
		if (form === "object") items.push(`  - date: ${date}\n    event: ${random.pick(["new-job", "promotion", "new-child", "moved"])}\n    detail: ${quote(fill("at {company} in {place}", random, date))}`);
		else if (form === "undated") items.push(`  - ${quote(fill("ran a marathon in {place}", random, date))}`);
		else items.push(`  - ${quote(fill(random.pick(NEWS), random, date))}`);
	}
	return items;
}

function contactNote(index: number, count: number, random: Random): { path: string; text: string } {
	const name = contactName(index);
	const where = random.weighted([[70, "People"], [15, "Network"], [10, "Clients"], [5, "Mentoring"]]);
	const lines: string[] = [];
	const key = (choices: readonly (readonly [number, string])[]): string => random.weighted(choices);
	if (where === "Network") lines.push(`tags: [${random.pick(["person/work", "people", "contact"])}, ${random.pick(["initech", "alumni", "conference"])}]`);
	else if (where === "Clients") lines.push("type: person", "tags: [client]");
	else if (where === "People" && random.chance(0.5)) lines.push(`tags: [${random.pick(["person", "person/friend", "person/family"])}]`);
	if (random.chance(0.1)) lines.push(`name: ${quote(random.chance(0.5) ? name : `Dr. ${name}`)}`);
	if (random.chance(0.1)) lines.push(`aliases: [${quote(name.split(" ")[0] ?? name)}]`);
	if (where === "Mentoring" || random.chance(0.55)) {
		const met = fill(random.pick(HOW_MET), random, "");
		lines.push(`${key([[6, "how-we-met"], [2, "met"], [1, "how_met"], [1, "first-met-where"]])}: ${random.chance(0.9) ? quote(met) : `[${quote(met)}, "and again in 2021"]`}`);
	}
	if (random.chance(0.75)) {
		lines.push(`${key([[8, "last-contact"], [3, "last_contact"], [2, "lastContact"], [1, "last-contacted"], [1, "Last Contact"], [1, "last-chat"], [1, "last-interaction"]])}: ${lastContactValue(random)}`);
	}
	if (random.chance(0.45)) {
		const value = random.chance(0.03) ? random.pick(["often", "every now and then"]) : random.pick(CADENCES);
		lines.push(`${key([[5, "cadence"], [2, "keep-in-touch"], [2, "frequency"], [1, "stay_in_touch"], [1, "keepInTouch"]])}: ${value}`);
	}
	if (random.chance(0.4)) lines.push(`${key([[6, "tier"], [2, "circle"], [1, "closeness"]])}: ${random.chance(0.03) ? "bestie" : random.pick(TIERS)}`);
	if (random.chance(0.18)) lines.push(`${key([[6, "recent-news"], [2, "news"], [1, "life-events"]])}:`, ...newsItems(random));
	if (random.chance(0.3)) {
		const born = isoDaysAgo(random.between(20 * 365, 60 * 365));
		const value = random.weighted([[6, born.slice(5)], [3, born], [1, "31-31"]]);
		lines.push(`${key([[4, "birthday"], [1, "born"]])}: ${quote(value)}`);
	}
	if (random.chance(0.5)) lines.push(`${key([[8, "email"], [1, "e-mail"]])}: ${random.chance(0.02) ? "not an address" : `${name.toLowerCase().replace(/[^a-z]+/g, ".")}@example.com`}`);
	if (random.chance(0.4)) lines.push(`${key([[3, "interests"], [1, "topics"]])}: [${[random.pick(INTERESTS), random.pick(INTERESTS)].map(quote).join(", ")}]`);
	if (random.chance(0.3)) lines.push(`${key([[3, "projects"], [1, "working-on"], [1, "project"]])}: ${quote(random.pick(PROJECTS))}`);
	if (random.chance(0.2)) lines.push(`${key([[3, "family"], [1, "kids"], [1, "spouse"], [1, "partner"]])}: ${quote(random.pick(FAMILY))}`);
	if (random.chance(0.2)) {
		const others = [contactName(random.int(count)), contactName(random.int(count))];
		const value = random.chance(0.6) ? quote(`[[${others[0]}]]`) : `[${others.map((other) => quote(`[[${other}]]`)).join(", ")}]`;
		lines.push(`${key([[4, "mutual"], [2, "introduced-by"], [1, "friends"], [1, "knows"]])}: ${value}`);
	}
	if (random.chance(0.03)) lines.push(`${key([[3, "snooze-until"], [1, "snoozed-until"]])}: ${isoDaysAgo(random.between(-60, 30))}`);
	if (random.chance(0.02)) lines.push(`${key([[3, "paused"], [1, "archived"]])}: true`);
	// YAML that does not parse: only where the folder still makes the note a contact.
	if (where === "People" && random.chance(0.005)) lines.push("how-we-met: [unclosed");
	const body = `# ${name}\n\n${random.pick(["Engineer", "Designer", "Founder", "Researcher", "Manager"])} at ${random.pick(COMPANIES)}, lives in ${random.pick(PLACES)}.\n\n## Notes\n- ${isoDaysAgo(pastDays(random))}: talked about ${random.pick(PROJECTS)}.\n`;
	return { path: `${where}/${name}.md`, text: `---\n${lines.join("\n")}\n---\n${body}` };
}

/** A link to a contact as people write them: mostly plain, some with alias, heading or folder. */
function linkTo(random: Random, index: number, path: string): string {
	const name = contactName(index);
	return random.weighted<() => string>([
		[80, () => `[[${name}]]`],
		[10, () => `[[${name}|${name.split(" ")[0] ?? name}]]`],
		[4, () => `[[${name}#Notes]]`],
		[3, () => `[[${path.slice(0, -3)}]]`],
		[3, () => `[[Someone Else ${random.int(1000)}]]`],
	])();
}

function dailyNote(daysAgo: number, contactPaths: readonly string[], random: Random): { path: string; text: string } {
	const date = isoDaysAgo(daysAgo);
	const log: string[] = [];
	const tasks: string[] = [];
	for (let i = random.between(1, 5); i > 0; i--) {
		// Skewed towards the first contacts: a few people come up often, most rarely.
		const index = Math.floor(contactPaths.length * random.next() ** 2);
		const link = linkTo(random, index, contactPaths[index] ?? "");
		const phrase = random.pick(DAILY_PHRASES);
		random.weighted<() => void>([
			[45, () => log.push(`- ${phrase} ${link}, talked about ${random.pick(INTERESTS)}.`)],
			[20, () => tasks.push(`- [x] Send ${link} the notes from ${random.pick(PROJECTS)}`)],
			[20, () => tasks.push(`- [ ] Reach out to ${link}`)],
			[5, () => tasks.push(`- [ ] Reconnect with ${link} — check in`)],
			[5, () => log.push(`> ${phrase} ${link} someday, maybe.`)],
			[5, () => log.push(`- Photo from the trip: !${link}`)],
		])();
	}
	const text = `# ${date}\n\n## Log\n${log.join("\n")}${log.length ? "\n" : ""}- ${random.pick(["Quiet day.", "Shipped the release.", "Worked from home."])}\n\n## Tasks\n${tasks.join("\n")}${tasks.length ? "\n" : ""}- [x] Inbox zero\n`;
	return { path: `Daily/${date}.md`, text };
}

/** `contacts` contact notes and twice as many daily notes, from `seed`. */
export function generateVault(contacts: number, seed = 20261125): GeneratedVault {
	const random = new Random(seed);
	const files: Record<string, string> = {
		".obsidian/core-plugins.json": JSON.stringify(["file-explorer", "daily-notes", "templates", "page-preview"]),
		".obsidian/daily-notes.json": JSON.stringify({ folder: "Daily", format: "YYYY-MM-DD", template: "Templates/Daily" }),
		".obsidian/templates.json": JSON.stringify({ folder: "Templates" }),
		".obsidian/plugins/reconnect/data.json": JSON.stringify({ contactFolders: ["People"], userName: "Alex", contactFolderOffered: true }),
		"Templates/Daily.md": "# {{date}}\n\n## Log\n\n## Tasks\n",
		"Templates/Person.md": "---\ntags: [person]\nhow-we-met:\nlast-contact:\n---\n",
	};
	const contactPaths: string[] = [];
	for (let index = 0; index < contacts; index++) {
		const note = contactNote(index, contacts, random);
		files[note.path] = note.text;
		contactPaths.push(note.path);
	}
	const dailyNotes: string[] = [];
	for (let daysAgo = 0; daysAgo < 2 * contacts; daysAgo++) {
		const note = dailyNote(daysAgo, contactPaths, random);
		files[note.path] = note.text;
		dailyNotes.push(note.path);
	}
	return { files, contacts: contactPaths, dailyNotes };
}
