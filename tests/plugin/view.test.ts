// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Menu, Notice, resetObsidianFakes__ } from "../fakes/obsidian";
import { RENDER_DEBOUNCE_MS } from "../../src/plugin/view";
import { edit, exampleVaultFiles, fileAt, loadReconnect, openSidebar, pinToday, waitFor } from "./harness";

beforeEach(() => pinToday());
afterEach(() => {
	resetObsidianFakes__();
	vi.useRealTimers();
});

const texts = (root: HTMLElement, selector: string): string[] => [...root.querySelectorAll<HTMLElement>(selector)].map((el) => el.textContent ?? "");
const rowOf = (root: HTMLElement, path: string): HTMLElement | null => root.querySelector<HTMLElement>(`.reconnect-row[data-path="${CSS.escape(path)}"]`);
const button = (row: HTMLElement, action: string): HTMLButtonElement => {
	const found = row.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`);
	if (!found) throw new Error(`no ${action} button`);
	return found;
};

describe("the sidebar", () => {
	it("opens from the ribbon and shows every band in order, each row with its reason", async () => {
		const loaded = await loadReconnect();
		const ribbon = loaded.app.ribbonIcons__[0];
		expect(ribbon?.getAttribute("aria-label")).toBe("Open Reconnect");
		ribbon?.click();
		await waitFor(() => loaded.app.workspace.getLeavesOfType("reconnect-sidebar").length === 1, "the sidebar");
		const view = await openSidebar(loaded);
		const root = view.contentEl;
		expect(texts(root, ".reconnect-band-title")).toEqual(["Hard news", "Congratulate", "Fading", "Dormant", "No last contact yet", "Coming up"]);
		expect(texts(root, ".reconnect-band-count")).toEqual(["4", "5", "7", "2", "2", "1"]);
		expect(texts(root, ".reconnect-counts")[0]).toBe("21 to reach out to · 3 on track · 1 snoozed · 1 paused · 1 in memory");
		// Hard news: a quiet chip, and private or medical news says no more than that it is there.
		const tom = rowOf(root, "People/Tom Becker.md");
		expect(tom?.querySelector(".reconnect-reason")?.textContent).toBe("Private news in the note — undated, noted today");
		expect(tom?.querySelector(".reconnect-chip-news.reconnect-chip-hard")?.textContent).toBe("Private");
		expect(rowOf(root, "People/Elena Petrova.md")?.querySelector(".reconnect-reason")?.textContent).toBe("Health news — 3 weeks ago");
		expect(rowOf(root, "People/Elena Petrova.md")?.querySelector(".reconnect-chip-news")?.textContent).toBe("Health");
		expect(root.textContent).not.toMatch(/cancer|surgery|separated|Walter/);
		const daniel = rowOf(root, "People/Daniel Okafor.md");
		expect(daniel?.querySelector(".reconnect-name")?.textContent).toBe("Daniel Okafor");
		expect(daniel?.querySelector(".reconnect-reason")?.textContent).toBe("Promoted: VP Engineering at Lumen Health — 12 days ago");
		expect(daniel?.querySelector(".reconnect-chip-news")?.textContent).toBe("Promotion");
		expect(rowOf(root, "People/Zoë Müller.md")?.querySelector(".reconnect-chip-birthday")).not.toBeNull();
		expect(rowOf(root, "People/Hannah Schmidt.md")?.querySelector(".reconnect-chip-warning")?.getAttribute("aria-label")).toBe("1 problem in this note");
		for (const row of root.querySelectorAll<HTMLElement>(".reconnect-row")) {
			expect(row.querySelector(".reconnect-reason")?.textContent?.length).toBeGreaterThan(5);
			for (const action of ["draft", "contacted", "snooze"]) expect(button(row, action).getAttribute("aria-label")).toMatch(/\S/);
		}
	});

	it("filters by name or reason, ignoring case and accents", async () => {
		const loaded = await loadReconnect();
		const view = await openSidebar(loaded);
		const filter = view.contentEl.querySelector<HTMLInputElement>(".reconnect-filter-input");
		if (!filter) throw new Error("no filter");
		filter.value = "zoe";
		filter.dispatchEvent(new Event("input"));
		expect(texts(view.contentEl, ".reconnect-name")).toEqual(["Zoë Müller"]);
		filter.value = "dormant";
		filter.dispatchEvent(new Event("input"));
		expect(texts(view.contentEl, ".reconnect-name")).toEqual(["Ahmed El-Sayed", "Siobhán Gallagher"]);
		filter.value = "nobody at all";
		filter.dispatchEvent(new Event("input"));
		expect(texts(view.contentEl, ".reconnect-empty")).toEqual(["No contact matches the filter."]);
	});

	it("opens a note from its name, in a new tab with Ctrl/Cmd, and asks for a page preview on hover", async () => {
		const loaded = await loadReconnect();
		const view = await openSidebar(loaded);
		const open = vi.spyOn(loaded.app.workspace, "openLinkText");
		const hover = vi.fn();
		// hover-link is a workspace event the page preview plugin listens to; it is not in the typed overloads.
		(loaded.app.workspace as unknown as { on(name: string, callback: (...data: unknown[]) => unknown): unknown }).on("hover-link", hover);
		const name = rowOf(view.contentEl, "People/Marcus Webb.md")?.querySelector<HTMLElement>(".reconnect-name");
		name?.dispatchEvent(new MouseEvent("click", { bubbles: true }));
		expect(open).toHaveBeenLastCalledWith("People/Marcus Webb.md", "", false);
		name?.dispatchEvent(new MouseEvent("click", { bubbles: true, ctrlKey: true }));
		expect(open).toHaveBeenLastCalledWith("People/Marcus Webb.md", "", "tab");
		name?.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
		expect(hover).toHaveBeenCalledWith(expect.objectContaining({ source: "reconnect-sidebar", linktext: "People/Marcus Webb.md", hoverParent: view }));
		await waitFor(() => loaded.app.workspace.getActiveFile()?.path === "People/Marcus Webb.md", "the note to open");
	});

	it("marks a contact as contacted: writes last-contact and the row leaves the list", async () => {
		const loaded = await loadReconnect();
		const view = await openSidebar(loaded);
		const row = rowOf(view.contentEl, "People/Hannah Schmidt.md");
		if (!row) throw new Error("no row");
		button(row, "contacted").click();
		await loaded.app.settled__();
		const text = await loaded.app.vault.read(fileAt(loaded.app, "People/Hannah Schmidt.md"));
		expect(text).toMatch(/^last_contact: "?2026-11-25"?$/m);
		expect(Notice.messages__).toContain("Marked Hannah Schmidt as contacted today. Undo");
		await waitFor(() => !rowOf(view.contentEl, "People/Hannah Schmidt.md"), "the row to leave", RENDER_DEBOUNCE_MS * 8);
	});

	it("snoozes from a menu, for a week, a month or three months", async () => {
		const loaded = await loadReconnect();
		const view = await openSidebar(loaded);
		const row = rowOf(view.contentEl, "People/Marcus Webb.md");
		if (!row) throw new Error("no row");
		button(row, "snooze").dispatchEvent(new MouseEvent("click", { bubbles: true, detail: 1 }));
		const menu = Menu.lastShown__;
		expect(menu?.titles__).toEqual(["For 1 week", "For 1 month", "For 3 months"]);
		menu?.click__("For 1 month");
		await loaded.app.settled__();
		expect(await loaded.app.vault.read(fileAt(loaded.app, "People/Marcus Webb.md"))).toMatch(/^snooze-until: "?2026-12-25"?$/m);
		await waitFor(() => !rowOf(view.contentEl, "People/Marcus Webb.md"), "the row to leave", RENDER_DEBOUNCE_MS * 8);
		expect(view.contentEl.querySelector(".reconnect-counts")?.textContent).toMatch(/2 snoozed/);
	});

	it("drafts into today's daily note from a row", async () => {
		const loaded = await loadReconnect();
		const view = await openSidebar(loaded);
		const row = rowOf(view.contentEl, "People/Daniel Okafor.md");
		if (!row) throw new Error("no row");
		button(row, "draft").click();
		await waitFor(() => loaded.app.vault.getAbstractFileByPath("Daily/2026-11-25.md") !== null, "the daily note");
		await loaded.app.settled__();
		const daily = await loaded.app.vault.read(fileAt(loaded.app, "Daily/2026-11-25.md"));
		expect(daily).toMatch(/## Reconnect\n- \[ \] Reconnect with \[\[Daniel Okafor\]\] — congratulate on the promotion\n\t- Last time \(2026-08-21\): Drinks with Daniel Okafor at Prater after work\. [^\n]*\n\t> /);
	});

	it("updates live, debounced, when notes change, appear or disappear", async () => {
		const loaded = await loadReconnect();
		const view = await openSidebar(loaded);
		const render = vi.spyOn(view, "render");
		for (let i = 0; i < 5; i++) await edit(loaded.app, "People/Lena Vogel.md", (text) => text.replace(/\n---\n/, `\nnote-${i}: x\n---\n`));
		await waitFor(() => render.mock.calls.length > 0, "a render", RENDER_DEBOUNCE_MS * 8);
		await new Promise((resolve) => setTimeout(resolve, RENDER_DEBOUNCE_MS * 2));
		// Five edits in quick succession cost far fewer than five renders.
		expect(render.mock.calls.length).toBeLessThan(5);
		await loaded.app.vault.delete(fileAt(loaded.app, "People/Lena Vogel.md"));
		await waitFor(() => !rowOf(view.contentEl, "People/Lena Vogel.md"), "the deleted row", RENDER_DEBOUNCE_MS * 8);
		await loaded.app.vault.create("People/Ines Barros.md", "---\ntags: [person]\nlast-contact: 2024-01-01\n---\n");
		await waitFor(() => !!rowOf(view.contentEl, "People/Ines Barros.md"), "the new row", RENDER_DEBOUNCE_MS * 8);
		await loaded.app.fileManager.renameFile(fileAt(loaded.app, "People/Ines Barros.md"), "People/Inês Barros.md");
		await waitFor(() => !!rowOf(view.contentEl, "People/Inês Barros.md") && !rowOf(view.contentEl, "People/Ines Barros.md"), "the renamed row", RENDER_DEBOUNCE_MS * 8);
	});

	it("builds the first rows only, and more on demand", async () => {
		const files = exampleVaultFiles();
		for (let i = 0; i < 80; i++) files[`People/Extra ${String(i).padStart(2, "0")}.md`] = "---\ntags: [person]\nlast-contact: 2025-01-01\n---\n";
		const loaded = await loadReconnect(files);
		loaded.plugin.settings.rowsShown = 20;
		const view = await openSidebar(loaded);
		view.render();
		expect(view.contentEl.querySelectorAll(".reconnect-row")).toHaveLength(20);
		const more = view.contentEl.querySelector<HTMLButtonElement>(".reconnect-show-more");
		expect(more?.textContent).toBe("Show 20 more (81 hidden)");
		more?.click();
		expect(view.contentEl.querySelectorAll(".reconnect-row")).toHaveLength(40);
	});

	it("lists notes with problems, each linking to its note", async () => {
		const loaded = await loadReconnect();
		const view = await openSidebar(loaded);
		const details = view.contentEl.querySelector<HTMLDetailsElement>("details.reconnect-problems-details");
		expect(details?.querySelector("summary")?.textContent).toBe("Notes with problems (6)");
		// The list is built when the section is opened, not on every render.
		expect(texts(view.contentEl, ".reconnect-problem")).toEqual([]);
		if (details) details.open = true;
		details?.dispatchEvent(new Event("toggle"));
		const items = texts(view.contentEl, ".reconnect-problem");
		expect(items).toContain("People/Marcus Webb.md — last-contact: cannot read 'yesterday-ish' as a date (write it as YYYY-MM-DD)");
		expect(items.some((item) => item.startsWith("People/Anouk de Vries.md — frontmatter:"))).toBe(true);
		const open = vi.spyOn(loaded.app.workspace, "openLinkText");
		view.contentEl.querySelector<HTMLElement>(".reconnect-problem a")?.dispatchEvent(new MouseEvent("click", { bubbles: true }));
		expect(open).toHaveBeenCalledWith("People/Anouk de Vries.md", "", false);
		// It stays open, with its list, across the next render.
		view.render();
		expect(texts(view.contentEl, ".reconnect-problem").length).toBe(6);
	});

	it("tells a new user how to make a first contact note, and makes one", async () => {
		const loaded = await loadReconnect({ "Welcome.md": "Hello", ".obsidian/daily-notes.json": "{}" });
		const view = await openSidebar(loaded);
		expect(view.contentEl.querySelector(".reconnect-empty-title")?.textContent).toBe("No contact notes yet");
		expect(view.contentEl.textContent).toMatch(/#person tag/);
		view.contentEl.querySelector<HTMLButtonElement>("button[data-action='create-contact']")?.click();
		await waitFor(() => loaded.app.vault.getAbstractFileByPath("People/New contact.md") !== null, "the new note");
		await loaded.app.settled__();
		expect(loaded.plugin.index.contact("People/New contact.md")).toBeDefined();
		await waitFor(() => !view.contentEl.querySelector(".reconnect-empty-title") || view.contentEl.querySelector(".reconnect-empty-title")?.textContent !== "No contact notes yet", "the empty state to go", RENDER_DEBOUNCE_MS * 8);
	});

	it("renders note text as text", async () => {
		const files = exampleVaultFiles();
		files["People/Evil.md"] = '---\ntags: [person]\nname: "<img src=x onerror=alert(1)>"\nrecent-news: ["2026-11-20 award: <b>bold</b>"]\n---\n';
		const loaded = await loadReconnect(files);
		const view = await openSidebar(loaded);
		const row = rowOf(view.contentEl, "People/Evil.md");
		expect(row?.querySelector(".reconnect-name")?.textContent).toBe("<img src=x onerror=alert(1)>");
		expect(row?.querySelector("img, b")).toBeNull();
	});
});
