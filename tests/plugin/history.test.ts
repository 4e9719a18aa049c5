// @vitest-environment happy-dom
/** A contact's history and follow-ups in the sidebar, the draft block and the index, over the test double. */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { formatDay } from "../../src/core/days";
import { Notice, resetObsidianFakes__ } from "../fakes/obsidian";
import { edit, exampleVaultFiles, fileAt, loadReconnect, openSidebar, pinToday, typeIntoSetting, waitFor } from "./harness";

beforeEach(() => pinToday());
afterEach(() => {
	resetObsidianFakes__();
	vi.useRealTimers();
});

const rowOf = (root: HTMLElement, path: string) => root.querySelector<HTMLElement>(`.reconnect-row[data-path="${CSS.escape(path)}"]`);

describe("a contact's history in the sidebar", () => {
	it("opens a row from its toggle, by pointer or keyboard, to show how you met, news, the last sightings and follow-ups", async () => {
		const loaded = await loadReconnect();
		const view = await openSidebar(loaded);
		const marcus = () => rowOf(view.contentEl, "People/Marcus Webb.md");
		const toggle = marcus()?.querySelector<HTMLButtonElement>("button.reconnect-expand");
		expect(toggle?.getAttribute("aria-expanded")).toBe("false");
		expect(toggle?.getAttribute("aria-label")).toBe("Show history and follow-ups of Marcus Webb");
		expect(marcus()?.querySelector(".reconnect-chip-follow-up")?.textContent).toBe("1 follow-up");
		expect(marcus()?.querySelector(".reconnect-chip-follow-up")?.classList.contains("is-overdue")).toBe(true);
		toggle?.click();
		const details = () => marcus()?.querySelector<HTMLElement>(".reconnect-details");
		expect(marcus()?.querySelector("button.reconnect-expand")?.getAttribute("aria-expanded")).toBe("true");
		expect(details()?.id).toBe(marcus()?.querySelector("button.reconnect-expand")?.getAttribute("aria-controls"));
		await waitFor(() => (details()?.querySelectorAll(".reconnect-history-link").length ?? 0) === 3, "the history");
		const titles = [...(details()?.querySelectorAll(".reconnect-details-title") ?? [])].map((el) => el.textContent);
		expect(titles).toEqual(["How you met", "Recent news", "History", "Follow-ups"]);
		const history = [...(details()?.querySelectorAll(".reconnect-history-link") ?? [])].map((el) => el.textContent);
		expect(history[0]).toBe("2026-07-30Walked Marcus Webb through how we staffed the platform team at Initech: platform lead first, then two seniors who like boring…");
		expect(history.map((text) => text?.slice(0, 10))).toEqual(["2026-07-30", "2026-07-22", "2026-06-03"]);
		const followUp = details()?.querySelector<HTMLInputElement>("input[data-action='tick']");
		expect(followUp?.getAttribute("aria-label")).toBe("Mark done: Send Marcus Webb the platform charter we wrote in 2019");
		expect(details()?.querySelector(".reconnect-due")?.textContent).toBe("overdue since 2026-08-15");
		// The row stays open when the list is rebuilt, and closes from its toggle.
		view.render();
		expect(details()).not.toBeNull();
		marcus()?.querySelector<HTMLButtonElement>("button.reconnect-expand")?.click();
		expect(details()).toBeNull();
	});

	it("opens a sighting's note at its line", async () => {
		const loaded = await loadReconnect();
		const view = await openSidebar(loaded);
		rowOf(view.contentEl, "People/Marcus Webb.md")?.querySelector<HTMLButtonElement>("button.reconnect-expand")?.click();
		await waitFor(() => view.contentEl.querySelectorAll(".reconnect-history-link").length > 0, "the history");
		const open = vi.spyOn(loaded.app.workspace, "openLinkText");
		view.contentEl.querySelectorAll<HTMLElement>(".reconnect-history-link")[1]?.click();
		expect(open).toHaveBeenCalledWith("Daily/2026-07-22.md", "", false, { eState: { line: 3 } });
	});

	it("ticks a follow-up in its own note, writing that line only, and the contact's reason moves on", async () => {
		const loaded = await loadReconnect();
		const view = await openSidebar(loaded);
		const path = "Meetings/2026-07-30 Halyard platform roadmap.md";
		const before = await loaded.app.vault.read(fileAt(loaded.app, path));
		rowOf(view.contentEl, "People/Marcus Webb.md")?.querySelector<HTMLButtonElement>("button.reconnect-expand")?.click();
		view.contentEl.querySelector<HTMLInputElement>("input[data-action='tick']")?.click();
		await waitFor(() => Notice.messages__.includes("Done: Send Marcus Webb the platform charter we wrote in 2019 Undo"), "the notice");
		await loaded.app.settled__();
		const after = await loaded.app.vault.read(fileAt(loaded.app, path));
		expect(after).toBe(before.replace("- [ ] Send [[Marcus Webb]] the platform charter we wrote in 2019 📅 2026-08-15", `- [x] Send [[Marcus Webb]] the platform charter we wrote in 2019 📅 2026-08-15 ✅ ${formatDay(loaded.plugin.index.today)}`));
		const entry = loaded.plugin.index.entry("People/Marcus Webb.md");
		expect(entry?.followUps).toEqual([]);
		expect(entry?.reasons[0]).toBe("4 months since last contact — usually every 3 months");

		// Undo unticks that line, and the follow-up is back.
		expect(await loaded.plugin.actions.undo.undoLast()).toBe(true);
		await loaded.app.settled__();
		expect(await loaded.app.vault.read(fileAt(loaded.app, path))).toBe(before);
		await waitFor(() => (loaded.plugin.index.entry("People/Marcus Webb.md")?.followUps.length ?? 0) === 1, "the follow-up back");
	});

	it("writes nothing when the task changed since it was read, and says so", async () => {
		const loaded = await loadReconnect();
		const path = "Meetings/2026-07-30 Halyard platform roadmap.md";
		const file = fileAt(loaded.app, path);
		const [followUp] = loaded.plugin.index.entry("People/Marcus Webb.md")?.followUps ?? [];
		if (!followUp) throw new Error("no follow-up");
		// Edited in another pane without the cache catching up yet.
		await loaded.app.vault.modify(file, (await loaded.app.vault.read(file)).replace("platform charter", "platform charter and the on-call guide"));
		const changed = await loaded.app.vault.read(file);
		expect(await loaded.plugin.actions.tickFollowUp(followUp)).toBe(false);
		expect(await loaded.app.vault.read(file)).toBe(changed);
		expect(Notice.messages__.at(-1)).toMatch(/^That task changed since Reconnect read it; nothing was changed\./);
	});
});

describe("history sources in the plugin", () => {
	it("reads a contact's own dated lines, and keeps them live as the note is edited", async () => {
		const loaded = await loadReconnect();
		expect(loaded.plugin.index.history("People/Kenji Watanabe.md", 5).map((seen) => `${formatDay(seen.day)} ${seen.notePath}`)).toEqual(["2026-08-06 Daily/2026-08-06.md", "2026-08-06 People/Kenji Watanabe.md"]);
		await edit(loaded.app, "People/Kenji Watanabe.md", (text) => text.replace("## Notes\n", "## Notes\n- 2026-11-20: coffee at Bonanza, he's settling in\n"));
		expect(loaded.plugin.index.entry("People/Kenji Watanabe.md")?.lastContact).toMatchObject({ kind: "note", notePath: "People/Kenji Watanabe.md", day: loaded.plugin.index.today - 5 });
		// A date in the future is a plan, never a contact.
		await edit(loaded.app, "People/Kenji Watanabe.md", (text) => text.replace("- 2026-11-20: coffee", "- 2026-12-20: coffee"));
		expect(loaded.plugin.index.entry("People/Kenji Watanabe.md")?.lastContact).toMatchObject({ notePath: "Daily/2026-08-06.md" });
	});

	it("finds follow-ups with Dataview's due date in any note, and drops them when ticked in the note", async () => {
		const loaded = await loadReconnect();
		await loaded.app.vault.createFolder("Projects");
		await loaded.app.vault.create("Projects/Visa.md", "# Visa\n- [ ] book a call with [[Zoë Müller]] [due:: 2026-11-20]\n- [ ] nothing about anyone\n");
		await loaded.app.settled__();
		expect(loaded.plugin.index.entry("People/Zoë Müller.md")?.followUps.map((followUp) => [followUp.text, followUp.due === null ? null : formatDay(followUp.due)])).toEqual([
			["book a call with [[Zoë Müller]]", "2026-11-20"],
			// An open task in a daily note, undated: a follow-up too, after the dated one.
			["Reach out to [[Zoë Müller]], we haven't been climbing in weeks", null],
		]);
		expect(loaded.plugin.index.entry("People/Zoë Müller.md")?.reasons[0]).toBe("Follow-up overdue by 5 days: book a call with Zoë Müller");
		await edit(loaded.app, "Projects/Visa.md", (text) => text.replace("- [ ] book", "- [x] book"));
		expect(loaded.plugin.index.entry("People/Zoë Müller.md")?.followUps.map((followUp) => followUp.notePath)).toEqual(["Daily/2026-11-18.md"]);
	});

	it("counts notes of a dated folder, by name or date property, once the setting names it", async () => {
		const files = exampleVaultFiles();
		files[".obsidian/plugins/reconnect/data.json"] = JSON.stringify({ contactFolders: ["People"], userName: "Alex" });
		const loaded = await loadReconnect(files);
		expect(loaded.plugin.index.entry("People/Marcus Webb.md")?.lastContact).toMatchObject({ notePath: "Daily/2026-07-22.md" });
		// Named in the settings tab, as a user does it.
		typeIntoSetting(loaded, "More dated folders", "Meetings/: YYYY-MM-DD\n");
		expect(loaded.plugin.settings.datedFolders).toEqual([{ folder: "Meetings", format: "YYYY-MM-DD" }]);
		// The change rebuilds the index in the background; the previous one answers until it is done.
		const marcus = () => loaded.plugin.index.entry("People/Marcus Webb.md")?.reasons ?? [];
		await waitFor(() => marcus().includes("Last seen in Meetings/2026-07-30 Halyard platform roadmap"), "the rebuilt index");
		expect(loaded.plugin.index.history("People/Marcus Webb.md", 5).map((seen) => seen.notePath)).toContain("Meetings/Offsite debrief.md");
	});
});
