// @vitest-environment happy-dom
/**
 * Start-up in pieces: the vault is read a slice at a time, with the host getting a turn between
 * slices. These tests hold the host's turn (the `scheduler.yield()` Chromium gives Obsidian) so
 * they can change the vault, open the sidebar, run commands or unload in the middle of a build.
 */
import { TFile } from "obsidian";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { generateVault } from "../../bench/generateVault";
import { formatDay } from "../../src/core/days";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { ReconnectIndex } from "../../src/plugin/reconnectIndex";
import { createApp__, Notice, resetObsidianFakes__, type TestApp__ } from "../fakes/obsidian";
import { exampleVaultFiles, fileAt, loadReconnect, openSidebar, pinToday, waitFor } from "./harness";

beforeEach(() => pinToday());
afterEach(() => {
	resetObsidianFakes__();
	delete (activeWindow as { scheduler?: unknown }).scheduler;
	vi.restoreAllMocks();
	vi.useRealTimers();
});

/** The host's turn between slices, held until the test lets it go. */
class Gate {
	turns = 0;
	#waiting: (() => void)[] = [];
	readonly yieldToHost = (): Promise<void> => {
		this.turns++;
		return new Promise((resolve) => this.#waiting.push(resolve));
	};
	/** Lets `count` pieces run, then waits until the build is held again (or done). */
	async release(count = 1): Promise<void> {
		for (let i = 0; i < count; i++) {
			const turns = this.turns;
			this.#waiting.shift()?.();
			await waitFor(() => this.turns > turns || this.#waiting.length === 0, "the next piece", 1000).catch(() => undefined);
			await new Promise((resolve) => setTimeout(resolve, 0));
		}
	}
	async releaseAll(): Promise<void> {
		while (this.#waiting.length) await this.release();
	}
	get held(): boolean {
		return this.#waiting.length > 0;
	}
}

const TODAY = 20_782; // 2026-11-25
const settings = { ...DEFAULT_SETTINGS, contactFolders: ["People"] };

async function indexWithGate(app: TestApp__, gate: Gate): Promise<ReconnectIndex> {
	const index = new ReconnectIndex(app, () => settings, { clock: () => TODAY, slices: { budgetMs: 0, yieldToHost: gate.yieldToHost } });
	index.load();
	void index.start();
	// The build starts in a task of its own; let it read its first piece.
	await waitFor(() => gate.held, "the start of the build");
	await gate.release();
	return index;
}

/** Every contact's band and days since contact, from an index. */
function snapshot(index: ReconnectIndex): Record<string, string> {
	const out: Record<string, string> = {};
	for (const entry of index.ranking()?.all() ?? []) out[entry.contact.path] = `${entry.status}/${entry.band ?? "-"}/${entry.daysSince ?? "-"}`;
	return out;
}

async function oneAtOnce(app: TestApp__): Promise<Record<string, string>> {
	const index = new ReconnectIndex(app, () => settings, { clock: () => TODAY, slices: { budgetMs: Infinity } });
	await index.rebuild();
	return snapshot(index);
}

describe("start-up in slices", () => {
	it("reads a slice at a time, says how far it got, and answers only once complete", async () => {
		const app = await createApp__({ files: generateVault(100).files });
		const gate = new Gate();
		const index = await indexWithGate(app, gate);
		const total = app.vault.getMarkdownFiles().length;
		expect(index.progress).toEqual({ done: 32, total });
		expect(index.ready).toBe(false);
		expect(index.ranking()).toBeNull();
		let ready = false;
		void index.whenReady().then((value) => (ready = value));
		await gate.release(3);
		expect(index.progress?.done).toBe(128);
		expect(ready).toBe(false);
		await gate.releaseAll();
		await waitFor(() => index.ready, "the index");
		expect(ready).toBe(true);
		expect(index.progress).toBeNull();
		expect(index.ranking()?.size).toBe(100);
		expect(snapshot(index)).toEqual(await oneAtOnce(app));
	});

	it("loses no change made while it reads, and applies none twice", async () => {
		const app = await createApp__({ files: generateVault(100).files });
		const gate = new Gate();
		const index = await indexWithGate(app, gate);
		await gate.release(2);
		const files = app.vault.getMarkdownFiles();
		const read = files.slice(0, index.progress?.done ?? 0);
		const unread = files.slice((index.progress?.done ?? 0) + 1);
		// A contact with readable properties and none that pauses or snoozes it.
		const plain = (file: TFile): boolean => {
			const frontmatter = app.metadataCache.getFileCache(file)?.frontmatter;
			return file.path.startsWith("People/") && !!frontmatter && !/paus|snooz|archiv/i.test(Object.keys(frontmatter).join(" "));
		};
		const readContact = read.find(plain);
		const unreadContact = unread.find(plain);
		const unreadDaily = unread.find((file) => file.path.startsWith("Daily/"));
		const doomed = unread.filter((file) => file.path.startsWith("People/")).at(-1);
		if (!readContact || !unreadContact || !unreadDaily || !doomed) throw new Error("the generated vault is not as expected");
		await app.vault.process(readContact, (text) => text.replace(/^---\n/, "---\npaused: true\n"));
		await app.vault.process(unreadContact, (text) => text.replace(/^---\n/, `---\nsnooze-until: ${formatDay(TODAY + 30)}\n`));
		await app.vault.create("People/Newcomer.md", "---\nhow-we-met: Met at a conference\nlast-contact: 2024-01-01\n---\n");
		await app.vault.delete(doomed);
		await app.fileManager.renameFile(unreadDaily, "Daily/renamed.md");
		await app.settled__();
		await gate.releaseAll();
		await waitFor(() => index.ready, "the index");
		const sliced = snapshot(index);
		expect(sliced[readContact.path]).toMatch(/^paused\//);
		expect(sliced[unreadContact.path]).toMatch(/^snoozed\//);
		expect(sliced["People/Newcomer.md"]).toMatch(/^listed\/fading\//);
		expect(sliced[doomed.path]).toBeUndefined();
		expect(sliced).toEqual(await oneAtOnce(app));
	});

	it("stops cleanly when the plugin unloads in the middle", async () => {
		const app = await createApp__({ files: generateVault(100).files });
		const gate = new Gate();
		const index = await indexWithGate(app, gate);
		let ready: boolean | null = null;
		void index.whenReady().then((value) => (ready = value));
		const reads = vi.spyOn(app.metadataCache, "getFileCache");
		index.unload();
		await gate.releaseAll();
		await new Promise((resolve) => setTimeout(resolve, 10));
		expect(reads).not.toHaveBeenCalled();
		expect(ready).toBe(false);
		expect(index.ready).toBe(false);
		expect(await index.whenReady()).toBe(false);
	});

	it("lets go of the vault's index once unloaded, even if the plugin object is still held", async () => {
		const app = await createApp__({ files: generateVault(100).files });
		const gate = new Gate();
		const index = await indexWithGate(app, gate);
		await gate.releaseAll();
		await waitFor(() => index.ready, "the first build");
		expect(index.contactIndex?.size).toBe(100);
		index.unload();
		expect(index.contactIndex).toBeNull();
		expect(index.ranking()).toBeNull();
	});

	it("keeps answering from the complete index while a rebuild reads the vault", async () => {
		const app = await createApp__({ files: generateVault(100).files });
		const gate = new Gate();
		const index = await indexWithGate(app, gate);
		await gate.releaseAll();
		await waitFor(() => index.ready, "the first build");
		const before = snapshot(index);
		const rebuilt = index.rebuild();
		await waitFor(() => gate.held, "the rebuild's first piece");
		expect(index.ready).toBe(true);
		expect(snapshot(index)).toEqual(before);
		const file = app.vault.getMarkdownFiles().find((candidate) => candidate.path.startsWith("People/"));
		if (!file) throw new Error("no contact");
		await app.vault.process(file, (text) => text.replace(/^---\n/, "---\npaused: true\n"));
		await app.settled__();
		// The serving index follows the edit at once, and the new one has it too.
		expect(index.entry(file.path)?.status).toBe("paused");
		await gate.releaseAll();
		await rebuilt;
		expect(index.entry(file.path)?.status).toBe("paused");
	});
});

describe("the plugin while it reads", () => {
	/** Holds the plugin's build by holding the host's turn, as Obsidian's scheduler.yield() would be. */
	function holdHost(): Gate {
		const gate = new Gate();
		(activeWindow as { scheduler?: unknown }).scheduler = { yield: gate.yieldToHost };
		// A slow machine: every look at the clock finds a slice's budget spent.
		let clock = 0;
		vi.spyOn(performance, "now").mockImplementation(() => (clock += 20));
		return gate;
	}

	it("shows how far it has read in the sidebar, then the list", async () => {
		const gate = holdHost();
		const loaded = await loadReconnect(exampleVaultFiles(), { mode: "manual" });
		loaded.app.workspace.layoutReady__();
		await waitFor(() => gate.held, "the start of the build");
		await gate.release();
		const view = await openSidebar(loaded);
		const total = loaded.app.vault.getMarkdownFiles().length;
		expect(view.contentEl.querySelector(".reconnect-counts")?.textContent).toBe(`Reading your notes… 32 of ${total}`);
		expect(view.contentEl.querySelectorAll(".reconnect-row")).toHaveLength(0);
		await gate.release();
		expect(view.contentEl.querySelector(".reconnect-counts")?.textContent).toMatch(/^Reading your notes… \d+ of \d+$/);
		await gate.releaseAll();
		await waitFor(() => view.contentEl.querySelectorAll(".reconnect-row").length > 0, "the rows", 2000);
		expect(view.contentEl.querySelector(".reconnect-counts")?.textContent).toMatch(/to reach out to/);
	});

	it("lets a command wait for the index, saying so, then act", async () => {
		const gate = holdHost();
		const loaded = await loadReconnect(exampleVaultFiles(), { mode: "manual" });
		loaded.app.workspace.layoutReady__();
		await waitFor(() => gate.held, "the start of the build");
		await gate.release();
		const marcus = fileAt(loaded.app, "People/Marcus Webb.md");
		await loaded.app.workspace.getLeaf(false).openFile(marcus);
		// The note is judged a contact on its own while the vault is read.
		expect(loaded.app.commands__.isAvailable("Mark current contact as contacted today")).toBe(true);
		const run = loaded.app.commands__.run("Mark current contact as contacted today");
		await waitFor(() => Notice.messages__.length > 0, "a notice");
		expect(Notice.messages__.at(-1)).toMatch(/^Reconnect is still reading your notes; it will go on as soon as it is done\. \(\d+ of \d+ notes read\)$/);
		expect(await loaded.app.vault.read(marcus)).toMatch(/^last-contact: yesterday-ish$/m);
		await gate.releaseAll();
		await run;
		await waitFor(() => loaded.plugin.index.ready, "the index");
		await loaded.app.settled__();
		await waitFor(() => Notice.messages__.at(-1) === "Marked Marcus Webb as contacted today. Undo", "the write");
		expect(await loaded.app.vault.read(marcus)).toMatch(/^last-contact: "?2026-11-25"?$/m);
		expect(marcus).toBeInstanceOf(TFile);
	});
});
