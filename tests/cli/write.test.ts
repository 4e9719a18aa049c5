import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { changedFiles, copyOfExampleVault, readNote, runReconnect, snapshot } from "./helpers";

let vault: string;
let cleanup: () => Promise<void>;

beforeEach(async () => {
	({ dir: vault, cleanup } = await copyOfExampleVault());
});
afterEach(async () => {
	await cleanup();
});

const run = (...args: string[]) => runReconnect([...args, "--vault", vault, "--today", "2026-11-25"]);

describe("reconnect draft", () => {
	it("prints a warm draft for a contact named loosely", async () => {
		const result = await run("draft", "zoe muller");
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(/^To Zoë Müller <zoe\.mueller\+friends@fastmail\.com> — /);
		expect(result.stdout).toMatch(/\nHi Zoë,|\nHello Zoë,|\nHey Zoë,|\nDear Zoë,/);
		expect(result.stdout).toMatch(/birthday/i);
		expect(result.stdout).toMatch(/mailto:zoe\.mueller%2Bfriends@fastmail\.com\?subject=/);
	});

	it("inserts the top contact's draft into today's daily note, created from the template, once", async () => {
		const before = await snapshot(vault);
		const first = await run("draft", "--top", "--insert");
		expect(first.code).toBe(0);
		expect(first.stderr).toMatch(/Added to Daily\/2026-11-25\.md \(created from the daily-note template\) under ## Reconnect\./);
		const note = await readNote(vault, "Daily/2026-11-25.md");
		const template = await readNote(vault, "Templates/Daily.md");
		expect(note).not.toMatch(/\{\{/);
		expect(note).toContain("# 2026-11-25");
		expect(note.startsWith(template.replace(/\{\{date\}\}/g, "2026-11-25").replace(/\{\{title\}\}/g, "2026-11-25").split("\n")[0] ?? "")).toBe(true);
		// Hard news leads the list: the top draft is a gentle check-in that says nothing of the private news.
		expect(note).toMatch(/\n## Reconnect\n- \[ \] Reconnect with \[\[Tom Becker\]\] — check in gently \(private news in the note\)\n\t- Last time \(2026-07-03\): walk around the Schlachtensee\.\n\t> (?:Hi|Hello|Dear) Tom,/);
		expect(note).not.toMatch(/separat|wife|Wedding/i);
		expect(changedFiles(before, await snapshot(vault))).toEqual(["Daily/2026-11-25.md"]);

		const second = await run("draft", "Tom Becker", "--insert");
		expect(second.code).toBe(0);
		expect(second.stderr).toMatch(/already has a reconnect task for Tom Becker; nothing was added/);
		expect(await readNote(vault, "Daily/2026-11-25.md")).toBe(note);
	});

	it("adds to an existing daily note's Reconnect section, keeping every other byte", async () => {
		const path = "Daily/2026-11-20.md";
		const original = await readNote(vault, path);
		const result = await runReconnect(["draft", "Zoë Müller", "--insert", "--vault", vault, "--today", "2026-11-20"]);
		expect(result.code).toBe(0);
		const after = await readNote(vault, path);
		const added = after.length - original.length;
		expect(added).toBeGreaterThan(0);
		// Removing one contiguous span gives back the original exactly.
		let start = 0;
		while (start < original.length && original[start] === after[start]) start++;
		expect(after.slice(0, start) + after.slice(start + added)).toBe(original);
		expect(after.slice(start, start + added)).toMatch(/- \[ \] Reconnect with \[\[Zoë Müller\]\]/);
		// It went under the existing heading, after Hannah's task.
		expect(after.indexOf("Reconnect with [[Zoë Müller]]")).toBeGreaterThan(after.indexOf("Reconnect with [[Hannah Schmidt]]"));
		expect(after.match(/^## Reconnect$/gm)).toHaveLength(1);
	});

	it("names the problem when the contact does not exist, with close matches", async () => {
		const result = await run("draft", "Zoe Mueller");
		expect(result.code).toBe(1);
		expect(result.stderr).toMatch(/no contact named 'Zoe Mueller'/);
		expect(result.stderr).toMatch(/Did you mean:\n {2}Zoë Müller \(People\/Zoë Müller\.md\)/);
	});

	it("asks for a path when a name is ambiguous or not a contact", async () => {
		await writeFile(join(vault, "Work", "Nadia Haddad.md"), "---\ntags: [person]\n---\nAnother Nadia.\n");
		const ambiguous = await run("draft", "Nadia Haddad");
		expect(ambiguous.code).toBe(1);
		expect(ambiguous.stderr).toMatch(/could be several contacts/);
		expect(ambiguous.stderr).toContain("People/Nadia Haddad.md");
		expect(ambiguous.stderr).toContain("Work/Nadia Haddad.md");
		expect((await run("draft", "People/Nadia Haddad.md")).code).toBe(0);
		const notContact = await run("draft", "Welcome");
		expect(notContact.code).toBe(1);
		expect(notContact.stderr).toMatch(/Welcome\.md is not a contact note/);
	});
});

describe("reconnect tag", () => {
	it("records a life event in recent-news, keeping everything else, and the next draft congratulates", async () => {
		const path = "People/Zoë Müller.md";
		const original = await readNote(vault, path);
		const before = await snapshot(vault);
		const result = await run("tag", "Zoë Müller", "promotion", "--detail", "Head of Design at Figma");
		expect(result.code).toBe(0);
		expect(result.stdout).toContain("2026-11-25 promotion: Head of Design at Figma");
		const after = await readNote(vault, path);
		expect(changedFiles(before, await snapshot(vault))).toEqual([path]);
		const originalLines = original.split("\n");
		const added = after.split("\n").filter((line) => !originalLines.includes(line));
		expect(added.some((line) => line.includes("2026-11-25 promotion: Head of Design at Figma"))).toBe(true);
		expect(added.every((line) => /2026-11-25 promotion: Head of Design at Figma|^recent-news:/.test(line))).toBe(true);
		// Every original line is still there, in order.
		let cursor = 0;
		for (const line of after.split("\n")) if (line === originalLines[cursor]) cursor++;
		expect(cursor).toBe(originalLines.length);
		const ranked = JSON.parse((await run("rank", "--json")).stdout) as { name: string; band: string; reasons: string[] }[];
		const congratulate = ranked.filter((entry) => entry.band === "congratulate");
		expect(congratulate[0]).toMatchObject({ name: "Zoë Müller", band: "congratulate" });
		expect(congratulate[0]?.reasons[0]).toBe("Promoted: Head of Design at Figma — today");
		const draft = await run("draft", "Zoë Müller");
		expect(draft.stdout).toMatch(/promotion/i);
	});

	it("refuses an unknown kind and lists the kinds", async () => {
		const result = await run("tag", "Zoë Müller", "promotoin");
		expect(result.code).toBe(1);
		expect(result.stderr).toMatch(/unknown life event 'promotoin'\. Kinds: new-child, .*promotion/);
	});

	it("refuses a date that is not real or in the future", async () => {
		expect((await run("tag", "Zoë Müller", "award", "--date", "2026-13-45")).stderr).toMatch(/--date must be a real date/);
		expect((await run("tag", "Zoë Müller", "award", "--date", "2027-01-01")).stderr).toMatch(/in the future/);
	});
});

describe("reconnect contacted", () => {
	it("sets last-contact under the spelling the note already uses", async () => {
		const path = "People/Hannah Schmidt.md";
		const original = await readNote(vault, path);
		const result = await run("contacted", "Hannah Schmidt");
		expect(result.code).toBe(0);
		const after = await readNote(vault, path);
		expect(after).toMatch(/^last_contact: 2026-11-25$/m);
		expect(after.replace(/^last_contact: .*$/m, "")).toBe(original.replace(/^last_contact: .*$/m, ""));
		const ranked = JSON.parse((await run("rank", "--json")).stdout) as { name: string }[];
		expect(ranked.map((entry) => entry.name)).not.toContain("Hannah Schmidt");
	});

	it("reads a frontmatter that is never closed as Obsidian does (no properties), and will not edit it", async () => {
		const path = "People/Ursula Unclosed.md";
		const original = "---\ntier: inner\ncadence: 7\n\nLent me a rope in 2023.\n";
		await writeFile(join(vault, path), original);
		const ranked = JSON.parse((await run("rank", "--json")).stdout) as { name: string; cadenceDays: number }[];
		const ursula = ranked.find((entry) => entry.name === "Ursula Unclosed");
		expect(ursula).toBeDefined();
		expect(ursula?.cadenceDays).not.toBe(7);
		const result = await run("contacted", "Ursula Unclosed");
		expect(result.code).not.toBe(0);
		expect(result.stderr).toMatch(/frontmatter is never closed .*nothing was changed/);
		expect(await readNote(vault, path)).toBe(original);
	});

	it("never moves last-contact backwards", async () => {
		const path = "People/Nadia Haddad.md";
		const original = await readNote(vault, path);
		const result = await run("contacted", "Nadia Haddad", "--date", "2026-01-01");
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(/already in touch on 2026-11-10; nothing was changed/);
		expect(await readNote(vault, path)).toBe(original);
	});
});

describe("errors", () => {
	it.each([
		[["frobnicate"], /unknown command 'frobnicate'/],
		[["rank", "--limit", "many"], /--limit must be a whole number/],
		[["rank", "--colour"], /unknown option --colour/],
		[["draft"], /name the contact to draft for/],
		[["tag", "Zoë Müller"], /usage: reconnect tag/],
		[["draft", "../../etc/passwd"], /no contact named|paths must stay inside the vault/],
	])("%j is a usage error", async (args, message) => {
		const result = await run(...args);
		expect(result.code).toBe(1);
		expect(result.stderr).toMatch(message);
	});

	it("refuses a --today that is not a real date", async () => {
		const result = await runReconnect(["rank", "--vault", vault, "--today", "2026-02-30"]);
		expect(result.code).toBe(1);
		expect(result.stderr).toMatch(/--today must be a real date/);
	});

	it("exits 2 with the reason when the vault cannot be read", async () => {
		const result = await runReconnect(["rank", "--vault", join(vault, "no-such-folder")]);
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(/cannot read the vault: .*no-such-folder does not exist/);
		const notFolder = await runReconnect(["rank", "--vault", join(vault, "Welcome.md")]);
		expect(notFolder.code).toBe(2);
		expect(notFolder.stderr).toMatch(/is not a folder/);
	});

	it("refuses a daily-notes folder that is the config folder, writing nothing there", async () => {
		await writeFile(join(vault, ".obsidian", "daily-notes.json"), JSON.stringify({ folder: ".obsidian", format: "YYYY-MM-DD" }));
		const before = await snapshot(vault);
		const result = await run("draft", "Zoë Müller", "--insert");
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('inside the hidden ".obsidian"');
		expect(changedFiles(before, await snapshot(vault))).toEqual([]);
		await expect(readFile(join(vault, ".obsidian", "2026-11-25.md"), "utf8")).rejects.toThrow();
	});

	it("refuses a daily-note format that would leave the vault", async () => {
		await writeFile(join(vault, ".obsidian", "daily-notes.json"), JSON.stringify({ folder: "Daily", format: "[../../outside]/YYYY-MM-DD" }));
		const result = await run("draft", "Zoë Müller", "--insert");
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(/cannot be a note inside the vault|must stay inside the vault/);
		expect(await readFile(join(vault, "Daily", "2026-11-20.md"), "utf8")).toContain("Hannah");
	});
});
