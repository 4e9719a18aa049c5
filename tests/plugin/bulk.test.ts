// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Menu, Notice, resetObsidianFakes__ } from "../fakes/obsidian";
import { RowSelection } from "../../src/plugin/bulkSelection";
import { RENDER_DEBOUNCE_MS, type ReconnectView } from "../../src/plugin/view";
import { edit, exampleVaultFiles, fileAt, loadReconnect, openSidebar, pinToday, waitFor, type Loaded } from "./harness";

beforeEach(() => pinToday());
afterEach(() => {
	resetObsidianFakes__();
	vi.useRealTimers();
});

describe("RowSelection", () => {
	const order = ["a", "b", "c", "d", "e"];
	it("toggles rows and extends a range from the last clicked row, either way", () => {
		const selection = new RowSelection();
		selection.toggle("b");
		selection.extend("d", order);
		expect(selection.paths.sort()).toEqual(["b", "c", "d"]);
		selection.toggle("c");
		expect(selection.paths.sort()).toEqual(["b", "d"]);
		selection.extend("a", order);
		expect(selection.paths.sort()).toEqual(["a", "b", "c", "d"]);
	});
	it("a range with no start selects only the row clicked", () => {
		const selection = new RowSelection();
		selection.extend("c", order);
		expect(selection.paths).toEqual(["c"]);
	});
	it("selects all, keeps only what is still listed, follows a rename, and clears", () => {
		const selection = new RowSelection();
		selection.selectAll(order);
		expect(selection.size).toBe(5);
		expect(selection.keepOnly(new Set(["a", "c", "e"]))).toBe(true);
		expect(selection.paths).toEqual(["a", "c", "e"]);
		selection.rename("c", "c2");
		expect(selection.has("c2")).toBe(true);
		expect(selection.has("c")).toBe(false);
		selection.clear();
		expect(selection.size).toBe(0);
	});
});

const rowOf = (view: ReconnectView, path: string): HTMLElement | null => view.contentEl.querySelector<HTMLElement>(`.reconnect-row[data-path="${CSS.escape(path)}"]`);
const checkbox = (view: ReconnectView, path: string): HTMLInputElement => {
	const box = rowOf(view, path)?.querySelector<HTMLInputElement>("input.reconnect-select");
	if (!box) throw new Error(`no checkbox for ${path}`);
	return box;
};
const click = (el: HTMLElement, init: MouseEventInit = {}): boolean => el.dispatchEvent(new MouseEvent("click", { bubbles: true, detail: 1, ...init }));
const bar = (view: ReconnectView): HTMLElement => {
	const el = view.contentEl.querySelector<HTMLElement>(".reconnect-bulk-bar");
	if (!el) throw new Error("no bulk bar");
	return el;
};
const barButton = (view: ReconnectView, text: string): HTMLButtonElement => {
	const found = [...bar(view).querySelectorAll<HTMLButtonElement>("button")].find((button) => button.textContent === text);
	if (!found) throw new Error(`no ${text} in the bar`);
	return found;
};
const listed = (loaded: Loaded): string[] => (loaded.plugin.index.ranking()?.entries ?? []).map((entry) => entry.contact.path);
const pressInList = (view: ReconnectView, init: KeyboardEventInit): void => {
	const list = view.contentEl.querySelector<HTMLElement>(".reconnect-list");
	list?.querySelector<HTMLElement>("button")?.dispatchEvent(new KeyboardEvent("keydown", { bubbles: true, cancelable: true, ...init }));
};

describe("selecting rows in the sidebar", () => {
	it("shows a labelled checkbox per row; clicking selects, Shift-click selects a range, the bar counts", async () => {
		const loaded = await loadReconnect();
		const view = await openSidebar(loaded);
		const [first, second, third, fourth] = listed(loaded);
		expect(bar(view).hasClass("reconnect-hidden")).toBe(true);
		const box = checkbox(view, first ?? "");
		expect(box.getAttribute("aria-label")).toMatch(/^Select /);
		click(box);
		expect(bar(view).hasClass("reconnect-hidden")).toBe(false);
		expect(bar(view).querySelector(".reconnect-bulk-count")?.textContent).toBe("1 selected");
		expect(bar(view).getAttribute("role")).toBe("toolbar");
		click(checkbox(view, fourth ?? ""), { shiftKey: true });
		expect(bar(view).querySelector(".reconnect-bulk-count")?.textContent).toBe("4 selected");
		for (const path of [first, second, third, fourth]) {
			expect(checkbox(view, path ?? "").checked).toBe(true);
			expect(rowOf(view, path ?? "")?.hasClass("is-selected")).toBe(true);
		}
		// Once something is selected, every row shows its checkbox.
		expect(view.contentEl.querySelector(".reconnect-list")?.hasClass("reconnect-selecting")).toBe(true);
	});

	it("Ctrl/Cmd-A selects every listed row, Escape clears, and the filter box keeps its own Ctrl-A", async () => {
		const loaded = await loadReconnect();
		const view = await openSidebar(loaded);
		pressInList(view, { key: "a", ctrlKey: true });
		expect(bar(view).querySelector(".reconnect-bulk-count")?.textContent).toBe(`${listed(loaded).length} selected`);
		pressInList(view, { key: "Escape" });
		expect(bar(view).hasClass("reconnect-hidden")).toBe(true);
		const filter = view.contentEl.querySelector<HTMLInputElement>(".reconnect-filter-input");
		filter?.dispatchEvent(new KeyboardEvent("keydown", { key: "a", ctrlKey: true, bubbles: true }));
		expect(bar(view).hasClass("reconnect-hidden")).toBe(true);
	});

	it("keeps the selection through live re-renders, and drops a note that was deleted", async () => {
		const loaded = await loadReconnect();
		const view = await openSidebar(loaded);
		const [first, second] = listed(loaded);
		click(checkbox(view, first ?? ""));
		click(checkbox(view, second ?? ""));
		await edit(loaded.app, second ?? "", (text) => text.replace(/\n---\n/, "\nnote: edited\n---\n"));
		view.render();
		expect(checkbox(view, first ?? "").checked).toBe(true);
		expect(checkbox(view, second ?? "").checked).toBe(true);
		await loaded.app.vault.delete(fileAt(loaded.app, first ?? ""));
		await waitFor(() => !rowOf(view, first ?? ""), "the deleted row", RENDER_DEBOUNCE_MS * 8);
		expect(bar(view).querySelector(".reconnect-bulk-count")?.textContent).toBe("1 selected");
	});
});

/** The example vault and `count` more contacts, all long out of touch. */
function withManyContacts(count: number): Record<string, string> {
	const files: Record<string, string> = { ...exampleVaultFiles() };
	for (let i = 0; i < count; i++) files[`People/Bulk/Person ${String(i).padStart(3, "0")}.md`] = `---\ntags: [person]\nlast-contact: 2025-01-${String((i % 28) + 1).padStart(2, "0")}\ncadence: 90\n---\nNotes.\n`;
	return files;
}

describe("bulk actions", () => {
	it("marks 120 contacts as contacted in one go, and one Undo takes all of it back", async () => {
		const loaded = await loadReconnect(withManyContacts(120));
		const view = await openSidebar(loaded);
		const filter = view.contentEl.querySelector<HTMLInputElement>(".reconnect-filter-input");
		if (!filter) throw new Error("no filter");
		filter.value = "person";
		filter.dispatchEvent(new Event("input"));
		pressInList(view, { key: "a", metaKey: true });
		expect(bar(view).querySelector(".reconnect-bulk-count")?.textContent).toBe("120 selected");
		const paths = Array.from({ length: 120 }, (_, i) => `People/Bulk/Person ${String(i).padStart(3, "0")}.md`);
		const before = new Map(await Promise.all(paths.map(async (path) => [path, await loaded.app.vault.read(fileAt(loaded.app, path))] as const)));

		click(barButton(view, "Contacted"));
		await waitFor(() => Notice.messages__.some((message) => message.startsWith("Marked 120 contacts as contacted today")), "the notice", 10_000);
		await loaded.app.settled__();
		for (const path of paths) expect(loaded.app.metadataCache.getFileCache(fileAt(loaded.app, path))?.frontmatter?.["last-contact"]).toBe("2026-11-25");
		expect(bar(view).hasClass("reconnect-hidden")).toBe(true);

		// The user edits one note meanwhile: undo restores the other 119 and names that one.
		await edit(loaded.app, paths[7] ?? "", (text) => text.replace("last-contact: 2026-11-25", "last-contact: 2026-11-24"));
		expect(await loaded.plugin.actions.undo.undoLast()).toBe(false);
		expect(Notice.messages__.at(-1)).toBe("Partly undone: Marked 120 contacts as contacted today. Person 007 changed since and was left as it is.");
		await loaded.app.settled__();
		for (const path of paths) {
			const cached: unknown = loaded.app.metadataCache.getFileCache(fileAt(loaded.app, path))?.frontmatter?.["last-contact"];
			if (path === paths[7]) expect(cached).toBe("2026-11-24");
			else expect([path, cached]).toEqual([path, /last-contact: (\S+)/.exec(before.get(path) ?? "")?.[1]]);
		}
	});

	it("sets the tier and snoozes the selected contacts from the bar's menus", async () => {
		const loaded = await loadReconnect(withManyContacts(3));
		const view = await openSidebar(loaded);
		const paths = ["People/Bulk/Person 000.md", "People/Bulk/Person 001.md", "People/Bulk/Person 002.md"];
		for (const path of paths) click(checkbox(view, path));

		click(barButton(view, "Set tier…"));
		expect(Menu.lastShown__?.titles__).toEqual(["inner (every 14 days)", "close (every 30 days)", "network (every 90 days)", "outer (every 180 days)", "dormant (every 365 days)"]);
		Menu.lastShown__?.click__("close (every 30 days)");
		await waitFor(() => Notice.messages__.some((message) => message.startsWith("Moved 3 contacts to the close tier")), "the tier notice");
		await loaded.app.settled__();
		for (const path of paths) expect(loaded.app.metadataCache.getFileCache(fileAt(loaded.app, path))?.frontmatter?.tier).toBe("close");

		await waitFor(() => !!rowOf(view, paths[0] ?? ""), "the rows", RENDER_DEBOUNCE_MS * 8);
		for (const path of paths.slice(0, 2)) click(checkbox(view, path));
		click(barButton(view, "Snooze…"));
		Menu.lastShown__?.click__("For 1 week");
		await waitFor(() => Notice.messages__.some((message) => message.startsWith("Snoozed 2 contacts until 2026-12-02")), "the snooze notice");
		await loaded.app.settled__();
		expect(loaded.app.metadataCache.getFileCache(fileAt(loaded.app, paths[0] ?? ""))?.frontmatter?.["snooze-until"]).toBe("2026-12-02");
		expect(loaded.app.metadataCache.getFileCache(fileAt(loaded.app, paths[2] ?? ""))?.frontmatter?.["snooze-until"]).toBeUndefined();
	});
});
