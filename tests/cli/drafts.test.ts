/**
 * The example vault's drafts, through the real command line: every one a person would send, hard
 * news read right, nobody drafted twice the same opening in a day, and undated news counted from
 * the day its note was written.
 */
import { readFileSync } from "node:fs";
import { utimes, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { asksFound, badPatterns, CONGRATULATION_WORDS, OFFER } from "../core/draftChecks";
import { copyOfExampleVault, readNote, ROOT, runReconnect } from "./helpers";

const TODAY = ["--today", "2026-11-25"];

/** The message of a printed draft: after the "To …" line, before any mailto link. */
function messageOf(stdout: string): string {
	return stdout
		.split("\n")
		.slice(2)
		.filter((line) => !line.startsWith("mailto:"))
		.join("\n")
		.trim();
}

async function names(vault: string[]): Promise<string[]> {
	const ranked = JSON.parse((await runReconnect(["rank", "--json", ...TODAY, ...vault])).stdout) as { name: string }[];
	return ranked.map((entry) => entry.name);
}

describe("drafts for the example vault", () => {
	it("are all drafts a person would send: no bad pattern, no ask, and an offer", async () => {
		for (const name of await names([])) {
			const result = await runReconnect(["draft", name, ...TODAY]);
			expect(result.code).toBe(0);
			const message = messageOf(result.stdout);
			expect({ name, message, problems: badPatterns(message) }).toEqual({ name, message, problems: [] });
			expect(asksFound(message)).toEqual([]);
			expect(message).toMatch(OFFER);
		}
	});

	it.each([
		["Ingrid Bergström", /your father/, "reach out after the loss"],
		["Felix Brandt", /the layoffs at Kiezrad/, "reach out after the job loss; fill in ‹someone you could introduce them to›"],
		["Elena Petrova", /hard|difficult|rough/, "reach out after the health news"],
		["Tom Becker", /thinking of you|hello|how you're doing/, "check in gently (private news in the note)"],
	])("reads the room for %s", async (name, says, task) => {
		const result = await runReconnect(["draft", name, ...TODAY]);
		const message = messageOf(result.stdout);
		expect(message).toMatch(says);
		expect(result.stdout.split("\n")[0]).toMatch(new RegExp(` — ${task.replace(/[()‹›]/g, "\\$&")}$`));
		expect(result.stdout).not.toMatch(/!|divorc|separat|cancer|surgery|illness/i);
		expect(message).not.toMatch(CONGRATULATION_WORDS);
	});

	it("uses only the first sentence of a diary-style how-we-met, and turns third-person fields to the person", async () => {
		const siobhan = messageOf((await runReconnect(["draft", "Siobhán Gallagher", ...TODAY])).stdout);
		expect(siobhan).toMatch(/we were flatmates in a Kreuzberg WG during our Master's at TU Berlin in 2012/);
		expect(siobhan).toMatch(/you, Cormac and Aoife/);
		expect(siobhan).not.toMatch(/visa|soda bread|their daughter/);
		const kenji = messageOf((await runReconnect(["draft", "Kenji Watanabe", ...TODAY])).stdout);
		// Kenji has an open follow-up: the message says what is owed, to him, with a slot for it.
		expect(kenji).toMatch(/(?:I haven't forgotten|I wanted to get|on my list to send you) the updated HR checklist for tech visas(?: to you)?: ‹here it is, or when you'll send it›\./);
		expect(kenji).not.toMatch(/\bhim\b|\bhis\b/);
	});

	it("drafts nothing for someone who has died", async () => {
		const result = await runReconnect(["draft", "Walter Krüger", ...TODAY]);
		expect(result.code).toBe(1);
		expect(result.stderr).toBe("reconnect: Walter Krüger is marked as having died, so Reconnect drafts nothing for them.\n");
	});
});

describe("drafting several people into one day", () => {
	let vault: { dir: string; cleanup: () => Promise<void> };
	beforeEach(async () => {
		vault = await copyOfExampleVault();
	});
	afterEach(async () => {
		await vault.cleanup();
	});

	it("never repeats an opening already in today's note", async () => {
		const people = (await names(["--vault", vault.dir])).slice(0, 12);
		for (const name of people) expect((await runReconnect(["draft", name, "--insert", ...TODAY, "--vault", vault.dir])).code).toBe(0);
		const note = await readNote(vault.dir, "Daily/2026-11-25.md");
		const firstSentences = note
			.split(/^- \[ \] /m)
			.filter((block) => block.startsWith("Reconnect with"))
			.map((block) => /\t> (?!Hi |Hello |Hey |Dear )([^\n]+?[.!?])(?: |\n)/.exec(block)?.[1]);
		expect(firstSentences).toHaveLength(people.length);
		expect(firstSentences.every(Boolean)).toBe(true);
		expect(new Set(firstSentences).size).toBe(firstSentences.length);
	});

	it("counts undated news from the day its note was last changed", async () => {
		const path = join(vault.dir, "People", "Nina Roth.md");
		await writeFile(path, "---\ntags: [person]\nlast-contact: 2026-09-01\nrecent-news:\n  - Baby girl arrived last week!\n---\n");
		const written = new Date(Date.UTC(2026, 10, 10, 12));
		await utimes(path, written, written);
		const ranked = JSON.parse((await runReconnect(["rank", "--json", ...TODAY, "--vault", vault.dir])).stdout) as { name: string; band: string; reasons: string[] }[];
		const nina = ranked.find((entry) => entry.name === "Nina Roth");
		expect(nina).toMatchObject({ band: "congratulate" });
		// Written on 2026-11-10: "last week" was 2026-11-03, 22 days before today.
		expect(nina?.reasons[0]).toBe("Baby girl arrived last week! — 3 weeks ago");
		const before = new Date(Date.UTC(2026, 7, 20, 12));
		await utimes(path, before, before);
		const later = JSON.parse((await runReconnect(["rank", "--json", ...TODAY, "--vault", vault.dir])).stdout) as { name: string; band: string }[];
		// Written before the last contact: already acknowledged.
		expect(later.find((entry) => entry.name === "Nina Roth")?.band).toBe("soon");
	});
});

describe("the drafts README and docs/voice.md show", () => {
	const normalize = (text: string): string => text.replace(/\s+/g, " ").trim();
	const readme = readFileSync(join(ROOT, "README.md"), "utf8");
	const voice = readFileSync(join(ROOT, "docs", "voice.md"), "utf8");
	/** Quoted drafts: README's text blocks, the voice page's block quotes, keyed by the greeting's name. */
	const quoted = [
		...[...readme.matchAll(/```text\n([\s\S]*?)```/g)].map((match) => match[1] ?? ""),
		...[...voice.matchAll(/((?:^> .*\n|^>\n)+)/gm)].map((match) => (match[1] ?? "").replace(/^> ?/gm, "")),
	];
	const PEOPLE: Record<string, string> = {
		Ahmed: "Ahmed El-Sayed",
		Zoë: "Zoë Müller",
		Felix: "Felix Brandt",
		Daniel: "Daniel Okafor",
		Lucía: "Lucía Fernández",
		Tomás: "Tomás Herrera",
		Siobhán: "Siobhán Gallagher",
		Hannah: "Hannah Schmidt",
		Søren: "Søren Ødegaard",
		Marcus: "Marcus Webb",
		Ingrid: "Ingrid Bergström",
	};

	it("are the drafts the example vault gives on its day, word for word", async () => {
		let checked = 0;
		for (const draft of quoted) {
			const first = /^(?:Hi|Hello|Hey|Dear) (\S+),/.exec(draft.trim())?.[1] ?? "";
			const name = PEOPLE[first];
			if (!name) continue;
			const printed = messageOf((await runReconnect(["draft", name, ...TODAY])).stdout);
			expect(normalize(draft)).toBe(normalize(printed));
			checked++;
		}
		expect(checked).toBeGreaterThanOrEqual(12);
	});
});
