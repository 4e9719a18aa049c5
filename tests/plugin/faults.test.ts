// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Notice, resetObsidianFakes__ } from "../fakes/obsidian";
import { exampleVaultFiles, fileAt, loadReconnect, openSidebar, pinToday, waitFor } from "./harness";

beforeEach(() => pinToday());
afterEach(() => {
	resetObsidianFakes__();
	vi.useRealTimers();
});

describe("when Obsidian refuses a write", () => {
	it("Contacted says so, changes nothing, and the sidebar keeps working", async () => {
		const loaded = await loadReconnect();
		const view = await openSidebar(loaded);
		const path = "People/Hannah Schmidt.md";
		const before = await loaded.app.vault.read(fileAt(loaded.app, path));
		loaded.app.vault.failNextWrite__(path, new Error("disk unavailable"));
		const row = () => view.contentEl.querySelector<HTMLElement>(`.reconnect-row[data-path="${path}"]`);
		row()?.querySelector<HTMLButtonElement>("button[data-action='contacted']")?.click();
		await waitFor(() => Notice.messages__.some((message) => message.startsWith("Could not update")), "the notice");
		expect(Notice.messages__.at(-1)).toBe("Could not update Hannah Schmidt: disk unavailable. The note was not changed.");
		expect(await loaded.app.vault.read(fileAt(loaded.app, path))).toBe(before);
		expect(loaded.plugin.index.entry(path)?.band).toBe("fading");
		// The row's buttons come back and work the second time.
		await waitFor(() => row()?.querySelector<HTMLButtonElement>("button[data-action='contacted']")?.disabled === false, "the buttons", 2000);
		row()?.querySelector<HTMLButtonElement>("button[data-action='contacted']")?.click();
		await loaded.app.settled__();
		await waitFor(() => loaded.plugin.index.entry(path)?.status === "on-track", "the second try");
	});

	it("a draft into an existing daily note says so and leaves the note as it was", async () => {
		const files = exampleVaultFiles();
		files["Daily/2026-11-25.md"] = "# Today\n";
		const loaded = await loadReconnect(files);
		loaded.app.vault.failNextWrite__("Daily/2026-11-25.md", new Error("file is locked"));
		expect(await loaded.plugin.actions.draft(fileAt(loaded.app, "People/Lena Vogel.md"))).toBe(false);
		expect(Notice.messages__.at(-1)).toBe("Could not write the draft: file is locked");
		expect(await loaded.app.vault.read(fileAt(loaded.app, "Daily/2026-11-25.md"))).toBe("# Today\n");
		// The next draft goes through: the queue is not stuck.
		expect(await loaded.plugin.actions.draft(fileAt(loaded.app, "People/Lena Vogel.md"))).toBe(true);
	});

	it("a draft that must create the daily note says so and creates nothing", async () => {
		const loaded = await loadReconnect();
		loaded.app.vault.failNextWrite__("Daily/2026-11-25.md", new Error("no space left"));
		expect(await loaded.plugin.actions.draft(fileAt(loaded.app, "People/Lena Vogel.md"))).toBe(false);
		expect(Notice.messages__.at(-1)).toBe("Could not write the draft: no space left");
		expect(loaded.app.vault.getAbstractFileByPath("Daily/2026-11-25.md")).toBeNull();
	});

	it("tagging a life event says so and records nothing", async () => {
		const loaded = await loadReconnect();
		const path = "People/Lena Vogel.md";
		const before = await loaded.app.vault.read(fileAt(loaded.app, path));
		loaded.app.vault.failNextWrite__(path, new Error("read-only vault"));
		expect(await loaded.plugin.actions.tagLifeEvent(fileAt(loaded.app, path), "promotion", "", loaded.plugin.index.today)).toBe(false);
		expect(Notice.messages__.at(-1)).toBe("Could not record the life event on Lena Vogel: read-only vault. The note was not changed.");
		expect(await loaded.app.vault.read(fileAt(loaded.app, path))).toBe(before);
		expect(loaded.plugin.index.entry(path)?.band).toBe("unknown");
	});

	it("a note with broken YAML cannot be marked, and says why", async () => {
		const loaded = await loadReconnect();
		const path = "People/Anouk de Vries.md";
		const before = await loaded.app.vault.read(fileAt(loaded.app, path));
		expect(await loaded.plugin.actions.markContacted(fileAt(loaded.app, path))).toBe(false);
		expect(Notice.messages__.at(-1)).toMatch(/^Could not update Anouk de Vries: .+\. The note was not changed\.$/);
		expect(await loaded.app.vault.read(fileAt(loaded.app, path))).toBe(before);
	});
});
