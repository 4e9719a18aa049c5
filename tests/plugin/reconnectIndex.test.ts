// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { formatDay } from "../../src/core/days";
import type { RankedEntry } from "../../src/core/rank";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateVault } from "../../bench/generateVault";
import { writeVault } from "../../bench/writeVault";
import { loadVault } from "../../src/cli/loadVault";
import { resetObsidianFakes__ } from "../fakes/obsidian";
import { edit, EXAMPLE_VAULT, exampleVaultFiles, fileAt, listedPaths, loadReconnect, pinToday, waitFor } from "./harness";

beforeEach(() => pinToday());
afterEach(() => {
	resetObsidianFakes__();
	vi.useRealTimers();
});

const entryOf = (loaded: Awaited<ReturnType<typeof loadReconnect>>, path: string) => loaded.plugin.index.entry(path);

/** What the plugin and the command line must agree on for each contact. */
const summary = (entry: RankedEntry) => ({
	path: entry.contact.path,
	band: entry.band,
	daysSince: entry.daysSince,
	lastContact: entry.lastContact && formatDay(entry.lastContact.day),
	strategy: entry.strategy,
	reasons: entry.reasons,
	// The YAML parsers word their errors differently; every other warning must match.
	warnings: entry.warnings.map((warning) => (warning.key === "frontmatter" ? warning.key : `${warning.key}: ${warning.message}`)),
});

describe("the contact index over Obsidian's metadata cache", () => {
	it("reads the vault once the layout is ready, not during onload", async () => {
		const loaded = await loadReconnect(exampleVaultFiles(), { mode: "manual" });
		expect(loaded.plugin.index.ready).toBe(false);
		loaded.app.workspace.layoutReady__();
		await waitFor(() => loaded.plugin.index.ready, "the index");
		expect(listedPaths(loaded.plugin).length).toBeGreaterThan(10);
	});

	it("ranks the example vault exactly as the command line does from the files", async () => {
		const loaded = await loadReconnect();
		const fromCache = (loaded.plugin.index.ranking()?.entries ?? []).map(summary);
		const cli = await loadVault(EXAMPLE_VAULT, loaded.plugin.index.today);
		const fromFiles = cli.index.ranking().entries.map(summary);
		expect(fromCache).toEqual(fromFiles);
		expect(new Set(fromCache.map((entry) => entry.band))).toEqual(new Set(["support", "congratulate", "fading", "dormant", "unknown", "soon"]));
	});

	it("ranks a generated vault exactly as the command line does from its files", async () => {
		// 300 contacts written every way the benchmark writes them, and 600 daily notes: the
		// command line's quick readers and full parsers against the test double's own parser.
		const files = generateVault(300).files;
		const loaded = await loadReconnect(files);
		const dir = mkdtempSync(join(tmpdir(), "reconnect-generated-"));
		try {
			writeVault(files, dir);
			const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : 1);
			const fromCache = [...(loaded.plugin.index.ranking()?.all() ?? [])].map(summary).sort(byPath);
			const cli = await loadVault(dir, loaded.plugin.index.today);
			const fromFiles = [...cli.index.ranking().all()].map(summary).sort(byPath);
			expect(fromCache.length).toBe(300);
			expect(fromFiles).toEqual(fromCache);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it("re-reads only the note that changed", async () => {
		const loaded = await loadReconnect();
		const core = loaded.plugin.index.contactIndex;
		if (!core) throw new Error("no index");
		const upsert = vi.spyOn(core, "upsertNote");
		const before = new Map([...(loaded.plugin.index.ranking()?.all() ?? [])].map((entry) => [entry.contact.path, entry]));
		await edit(loaded.app, "People/Zoë Müller.md", (text) => text.replace(/^last-contacted: .*$/m, "last-contacted: 2026-11-24"));
		expect(upsert.mock.calls.map(([facts]) => facts.path)).toEqual(["People/Zoë Müller.md"]);
		const after = [...(loaded.plugin.index.ranking()?.all() ?? [])];
		const changed = after.filter((entry) => before.get(entry.contact.path) !== entry).map((entry) => entry.contact.path);
		expect(changed).toEqual(["People/Zoë Müller.md"]);
		expect(entryOf(loaded, "People/Zoë Müller.md")?.status).toBe("on-track");
	});

	it("follows new contacts, renames and deletions", async () => {
		const loaded = await loadReconnect();
		await loaded.app.vault.create("People/Ines Barros.md", "---\ntags: [person]\nhow-we-met: Climbing gym\nlast-contact: 2025-01-10\n---\n");
		await loaded.app.settled__();
		expect(entryOf(loaded, "People/Ines Barros.md")?.band).toBe("fading");

		await loaded.app.fileManager.renameFile(fileAt(loaded.app, "People/Marcus Webb.md"), "People/Marcus A. Webb.md");
		await loaded.app.settled__();
		expect(entryOf(loaded, "People/Marcus Webb.md")).toBeUndefined();
		// His last contact came from a meeting note; it follows him to the new name, with his follow-up.
		expect(entryOf(loaded, "People/Marcus A. Webb.md")?.lastContact && formatDay(entryOf(loaded, "People/Marcus A. Webb.md")?.lastContact?.day ?? 0)).toBe("2026-07-30");
		expect(entryOf(loaded, "People/Marcus A. Webb.md")?.followUps).toHaveLength(1);

		await loaded.app.vault.delete(fileAt(loaded.app, "People/Lena Vogel.md"));
		await loaded.app.settled__();
		expect(listedPaths(loaded.plugin)).not.toContain("People/Lena Vogel.md");
		expect(loaded.plugin.index.ranking()?.get("People/Lena Vogel.md")).toBeUndefined();
	});

	it("counts a daily note's new link as contact, and forgets it when the link goes", async () => {
		const loaded = await loadReconnect();
		expect(entryOf(loaded, "People/Zoë Müller.md")?.band).toBe("fading");
		await edit(loaded.app, "Daily/2026-11-24.md", (text) => `${text}\nCoffee with [[Zoë Müller|Zoë]] at the market.\n`);
		expect(entryOf(loaded, "People/Zoë Müller.md")).toMatchObject({ status: "on-track", daysSince: 1 });
		expect(entryOf(loaded, "People/Zoë Müller.md")?.lastContact).toMatchObject({ kind: "note", notePath: "Daily/2026-11-24.md" });
		await edit(loaded.app, "Daily/2026-11-24.md", (text) => text.replace("\nCoffee with [[Zoë Müller|Zoë]] at the market.\n", ""));
		expect(entryOf(loaded, "People/Zoë Müller.md")?.band).toBe("fading");
	});

	it("suggests mentioning a person in common once they have been seen recently", async () => {
		const loaded = await loadReconnect();
		const lena = () => entryOf(loaded, "People/Lena Vogel.md");
		// Lena was introduced by Grace, last seen in September: too long ago to mention.
		expect(lena()?.strategy).toBe("interest");
		await edit(loaded.app, "Daily/2026-11-24.md", (text) => `${text}
Lunch with [[Grace Mwangi]].
`);
		expect(lena()?.strategy).toBe("mutual");
		expect(lena()?.mutual).toMatchObject({ path: "Community/Grace Mwangi.md", daysSince: 1 });
		await edit(loaded.app, "Daily/2026-11-24.md", (text) => text.replace("\nLunch with [[Grace Mwangi]].\n", ""));
		expect(lena()?.strategy).toBe("interest");
	});

	it("counts a checked task but not an unchecked one", async () => {
		const loaded = await loadReconnect();
		await edit(loaded.app, "Daily/2026-11-24.md", (text) => `${text}\n- [ ] Call [[Zoë Müller]] about the trip\n`);
		expect(entryOf(loaded, "People/Zoë Müller.md")?.band).toBe("fading");
		await edit(loaded.app, "Daily/2026-11-24.md", (text) => text.replace("- [ ] Call [[Zoë Müller]]", "- [x] Call [[Zoë Müller]]"));
		expect(entryOf(loaded, "People/Zoë Müller.md")?.daysSince).toBe(1);
	});

	it("picks up links written before their contact note existed", async () => {
		const loaded = await loadReconnect();
		await edit(loaded.app, "Daily/2026-11-24.md", (text) => `${text}\nMet [[Ines Barros]] at the climbing gym.\n`);
		await loaded.app.vault.create("People/Ines Barros.md", "---\ntags: [person]\n---\n");
		await loaded.app.settled__();
		expect(entryOf(loaded, "People/Ines Barros.md")?.lastContact).toMatchObject({ kind: "note", notePath: "Daily/2026-11-24.md" });
	});

	it("re-ranks at once when a setting changes", async () => {
		const loaded = await loadReconnect();
		expect(entryOf(loaded, "People/Rafael Costa.md")?.band).toBe("congratulate");
		loaded.plugin.settings.newsWindowDays = 5;
		void loaded.plugin.index.settingsChanged(false);
		expect(entryOf(loaded, "People/Rafael Costa.md")?.band).toBe("fading");
		loaded.plugin.settings.contactTags = ["nobody"];
		loaded.plugin.settings.contactFolders = [];
		await loaded.plugin.index.settingsChanged(true);
		// Priya was a contact only through her #person/work tag.
		expect(entryOf(loaded, "Work/Clients/Priya Natarajan.md")).toBeUndefined();
	});

	it("rolls over to a new day", async () => {
		const loaded = await loadReconnect();
		expect(entryOf(loaded, "People/Zoë Müller.md")?.daysSince).toBe(28);
		vi.setSystemTime(new Date(2026, 10, 26, 0, 1));
		loaded.plugin.index.checkDay();
		expect(entryOf(loaded, "People/Zoë Müller.md")?.daysSince).toBe(29);
	});
});

describe("bad input", () => {
	it("reports a note with malformed YAML and keeps everything else working", async () => {
		const loaded = await loadReconnect();
		const anouk = entryOf(loaded, "People/Anouk de Vries.md");
		expect(anouk?.band).toBe("unknown");
		expect(anouk?.warnings[0]?.key).toBe("frontmatter");
	});

	it("does not call an empty frontmatter block (blank lines, comments) malformed, and still warns of broken YAML", async () => {
		const files = exampleVaultFiles();
		files["People/Blank Block.md"] = "---\n\n---\n# Blank\n";
		files["People/Comment Block.md"] = "---\n# properties to come\n---\n";
		files["People/Broken Block.md"] = "---\ntier: [inner\n---\n";
		const loaded = await loadReconnect(files);
		const warnings = (path: string) => entryOf(loaded, path)?.warnings.map((warning) => warning.key);
		await waitFor(() => warnings("People/Blank Block.md")?.length === 0 && warnings("People/Comment Block.md")?.length === 0, "the empty blocks to be read");
		expect(warnings("People/Broken Block.md")).toEqual(["frontmatter"]);

		// The check belongs to the text it read: a block that breaks later warns again, one that
		// empties later stops warning.
		await edit(loaded.app, "People/Blank Block.md", () => "---\nname: [Blank\n---\n");
		expect(warnings("People/Blank Block.md")).toEqual(["frontmatter"]);
		await edit(loaded.app, "People/Broken Block.md", () => "---\n\n\n---\n");
		await waitFor(() => warnings("People/Broken Block.md")?.length === 0, "the emptied block to be read");
		// A rebuild (settings changed) keeps the answer without reading the note again.
		await loaded.plugin.index.rebuild();
		expect(warnings("People/Comment Block.md")).toEqual([]);
	});

	it("reads only contacts' notes to check a block without properties, each version once", async () => {
		const files = exampleVaultFiles();
		for (let i = 0; i < 5; i++) files[`Daily/2026-10-0${i + 1}.md`] = "---\n\n---\nMet [[Zoë Müller]].\n";
		files["People/Blank Block.md"] = "---\n\n---\n";
		const loaded = await loadReconnect(files, { mode: "manual" });
		const read = vi.spyOn(loaded.app.vault, "cachedRead");
		loaded.app.workspace.layoutReady__();
		await waitFor(() => entryOf(loaded, "People/Blank Block.md")?.warnings.length === 0, "the empty block to be read");
		const readsOf = (path: string) => read.mock.calls.filter(([file]) => file.path === path).length;
		// The five daily notes with an empty block are not read (they link no one from a task).
		expect(read.mock.calls.filter(([file]) => file.path.startsWith("Daily/2026-10-0"))).toEqual([]);
		// Anouk's YAML is broken: read, and still warned of.
		expect(entryOf(loaded, "People/Anouk de Vries.md")?.warnings[0]?.key).toBe("frontmatter");
		// A rebuild (settings changed) reads each contact's text once more, for its log and tasks; the
		// check of the block, made for this version of the note already, reads nothing more.
		const before = [readsOf("People/Anouk de Vries.md"), readsOf("People/Blank Block.md")];
		await loaded.plugin.index.rebuild();
		await loaded.app.settled__();
		expect([readsOf("People/Anouk de Vries.md"), readsOf("People/Blank Block.md")]).toEqual(before.map((count) => count + 1));
		expect(entryOf(loaded, "People/Anouk de Vries.md")?.warnings[0]?.key).toBe("frontmatter");
		expect(entryOf(loaded, "People/Blank Block.md")?.warnings).toEqual([]);
	});

	it("works without daily-note settings or folder, and says so", async () => {
		const files = exampleVaultFiles();
		files[".obsidian/daily-notes.json"] = JSON.stringify({ folder: "Journal", format: "YYYY-MM-DD" });
		const loaded = await loadReconnect(files);
		expect(loaded.plugin.index.notices.join(" ")).toMatch(/daily notes folder 'Journal' does not exist yet/);
		expect(listedPaths(loaded.plugin).length).toBeGreaterThan(10);
	});

	it("says when a contacts folder does not exist", async () => {
		const files = exampleVaultFiles();
		files[".obsidian/plugins/reconnect/data.json"] = JSON.stringify({ contactFolders: ["People", "Friends"] });
		const loaded = await loadReconnect(files);
		expect(loaded.plugin.index.notices).toContain("the contacts folder 'Friends' does not exist; check it in Reconnect's settings");
		expect(listedPaths(loaded.plugin).length).toBeGreaterThan(10);
	});

	it("survives unreadable settings files", async () => {
		const files = exampleVaultFiles();
		files[".obsidian/daily-notes.json"] = "{ not json";
		files[".obsidian/plugins/reconnect/data.json"] = '{"newsWindowDays": "lots", "tiers": 3, "contactFolders": ["People"]}';
		const loaded = await loadReconnect(files);
		expect(loaded.plugin.settings.newsWindowDays).toBe(30);
		expect(loaded.plugin.index.notices.join(" ")).toMatch(/daily-notes\.json could not be read/);
		expect(listedPaths(loaded.plugin).length).toBeGreaterThan(10);
	});

	it("reads the vault at start-up exactly as it reads each note on its own", async () => {
		// Start-up resolves each link once per folder: the same [[Sam Lee]] reaches the nearest of
		// three notes of that name, as when each note is read again after an edit.
		const files = exampleVaultFiles();
		files["Daily/2026-11-17.md"] += "\nAlso [[Sam Lee]].\n";
		files["Clients/Sam Lee.md"] = "Sam Lee's account notes.\n";
		files["Clients/2026-11-20.md"] = "Lunch with [[Sam Lee]] and [[Zoë Müller]].\n";
		const loaded = await loadReconnect(files);
		const core = loaded.plugin.index.contactIndex;
		expect(core?.lastSeen.targetsOf("Daily/2026-11-17.md")).toContain("Work/Sam Lee.md");
		const sightings = () =>
			loaded.app.vault
				.getMarkdownFiles()
				.map((file) => [file.path, core?.lastSeen.targetsOf(file.path), core?.lastSeen.lastSeen(file.path, loaded.plugin.index.today)?.notePath ?? null, loaded.plugin.index.entry(file.path)?.band ?? null])
				.sort();
		expect(core?.lastSeen.targetsOf("Clients/2026-11-20.md")).toEqual(["Clients/Sam Lee.md", "People/Zoë Müller.md"]);
		const atStart = sightings();
		for (const file of loaded.app.vault.getMarkdownFiles()) {
			loaded.app.metadataCache.trigger("changed", file, await loaded.app.vault.cachedRead(file), loaded.app.metadataCache.getFileCache(file));
		}
		expect(sightings()).toEqual(atStart);
	});

	it("keeps two notes with the same name apart", async () => {
		const loaded = await loadReconnect();
		expect(entryOf(loaded, "People/Sam Lee.md")?.status).toBe("on-track");
		expect(entryOf(loaded, "Work/Sam Lee.md")).toBeUndefined();
	});
});
