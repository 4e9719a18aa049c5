// @vitest-environment happy-dom
/** Drafting in Obsidian: undated news, people in memory, the first slot, one day's openings, your own kinds. */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Notice, resetObsidianFakes__ } from "../fakes/obsidian";
import { exampleVaultFiles, fileAt, loadReconnect, openSidebar, pinToday, typeIntoSetting, waitFor } from "./harness";

beforeEach(() => pinToday());
afterEach(() => {
	resetObsidianFakes__();
	vi.useRealTimers();
});

const DAILY = "Daily/2026-11-25.md";

describe("drafting in Obsidian", () => {
	it("dates undated news from the day the note was last changed, on the user's clock", async () => {
		const files: Record<string, string | { content: string; mtime: number }> = exampleVaultFiles();
		files["People/Nina Roth.md"] = { content: "---\ntags: [person]\nlast-contact: 2026-09-01\nrecent-news:\n  - Baby girl arrived!\n---\n", mtime: new Date(2026, 10, 19, 9).getTime() };
		const loaded = await loadReconnect(files);
		const nina = loaded.plugin.index.entry("People/Nina Roth.md");
		expect(nina?.band).toBe("congratulate");
		expect(nina?.reasons[0]).toBe("Baby girl arrived! — undated, noted 6 days ago");
	});

	it("drafts nothing for someone who has died, and counts them apart", async () => {
		const loaded = await loadReconnect();
		expect(await loaded.plugin.actions.draft(fileAt(loaded.app, "People/Walter Krüger.md"))).toBe(false);
		expect(Notice.messages__.at(-1)).toBe("Walter Krüger is marked as having died, so Reconnect drafts nothing for them.");
		expect(loaded.app.vault.getAbstractFileByPath(DAILY)).toBeNull();
		const view = await openSidebar(loaded);
		expect(view.contentEl.querySelector(".reconnect-counts")?.textContent).toMatch(/1 in memory$/);
	});

	it("opens the daily note with the first slot selected, ready to type over", async () => {
		const loaded = await loadReconnect();
		loaded.plugin.settings.openDailyNoteAfterDraft = true;
		expect(await loaded.plugin.actions.draft(fileAt(loaded.app, "People/Felix Brandt.md"))).toBe(true);
		await waitFor(() => loaded.app.workspace.activeEditor?.file?.path === DAILY, "the daily note open");
		expect(loaded.app.workspace.activeEditor?.editor?.getSelection()).toBe("‹someone you could introduce them to›");
	});

	it("gives no two people drafted into one day the same opening", async () => {
		const loaded = await loadReconnect();
		const paths = (loaded.plugin.index.ranking()?.entries ?? []).slice(0, 12).map((entry) => entry.contact.path);
		for (const path of paths) expect(await loaded.plugin.actions.draft(fileAt(loaded.app, path))).toBe(true);
		const note = await loaded.app.vault.read(fileAt(loaded.app, DAILY));
		const openings = note
			.split(/^- \[ \] /m)
			.filter((block) => block.startsWith("Reconnect with"))
			.map((block) => /\t> (?!Hi |Hello |Hey |Dear )([^\n]+?[.!?])(?: |\n)/.exec(block)?.[1]);
		expect(openings).toHaveLength(paths.length);
		expect(new Set(openings).size).toBe(openings.length);
	});

	it("takes your own kinds of life event with a tone in settings, and previews hard news without congratulations", async () => {
		const loaded = await loadReconnect();
		const root = typeIntoSetting(loaded, "Your own life events", "Ran a marathon\nLost a pet: support\nTherapy: private");
		await loaded.app.settled__();
		expect(loaded.plugin.settings.customEventKinds).toEqual([
			{ slug: "", label: "Ran a marathon", tone: "celebrate" },
			{ slug: "", label: "Lost a pet", tone: "support" },
			{ slug: "", label: "Therapy", tone: "private" },
		]);
		const picker = [...root.querySelectorAll<HTMLSelectElement>("select")].find((select) => [...select.options].some((option) => option.value === "support.loss"));
		if (!picker) throw new Error("no phrasing picker");
		picker.value = "support.loss";
		picker.dispatchEvent(new Event("change"));
		const preview = root.querySelector(".reconnect-preview-text")?.textContent ?? "";
		expect(preview).toMatch(/sorry|sad/i);
		expect(preview).toMatch(/your father/);
		expect(preview).not.toMatch(/congrat|!/i);
	});
});
