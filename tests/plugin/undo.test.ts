// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Notice, resetObsidianFakes__ } from "../fakes/obsidian";
import { UNDO_NOTICE_MS } from "../../src/plugin/undo";
import { edit, fileAt, loadReconnect, pinToday, waitFor, type Loaded } from "./harness";

beforeEach(() => pinToday());
afterEach(() => {
	resetObsidianFakes__();
	vi.useRealTimers();
});

const HANNAH = "People/Hannah Schmidt.md";

async function read(loaded: Loaded, path: string): Promise<string> {
	await loaded.app.settled__();
	return loaded.app.vault.read(fileAt(loaded.app, path));
}

/** The note's properties as Obsidian reads them (processFrontMatter rewrites the YAML's layout, as Obsidian does). */
async function properties(loaded: Loaded, path: string): Promise<unknown> {
	await loaded.app.settled__();
	return structuredClone(loaded.app.metadataCache.getFileCache(fileAt(loaded.app, path))?.frontmatter);
}

function undoButton(): HTMLButtonElement {
	const notice = Notice.notices__.at(-1);
	const button = notice?.messageEl.querySelector<HTMLButtonElement>("button.reconnect-undo-button");
	if (!button) throw new Error(`no Undo button in "${notice?.message__ ?? ""}"`);
	return button;
}

describe("undo", () => {
	it("offers Undo for ten seconds after marking contacted, and restores the earlier value exactly", async () => {
		const loaded = await loadReconnect();
		const before = await properties(loaded, HANNAH);
		expect(await loaded.plugin.actions.markContacted(fileAt(loaded.app, HANNAH))).toBe(true);
		expect(await read(loaded, HANNAH)).toMatch(/^last_contact: "?2026-11-25"?$/m);
		expect(Notice.notices__.at(-1)?.duration__).toBe(UNDO_NOTICE_MS);
		undoButton().click();
		await waitFor(() => Notice.messages__.at(-1) === "Undone: Marked Hannah Schmidt as contacted today.", "the undo");
		expect(await properties(loaded, HANNAH)).toEqual(before);
		expect(await read(loaded, HANNAH)).toMatch(/^last_contact: "?2026-09-30"?$/m);
	});

	it("removes a property that was absent before the write (snooze)", async () => {
		const loaded = await loadReconnect();
		const before = await properties(loaded, HANNAH);
		expect(await read(loaded, HANNAH)).not.toMatch(/snooze/);
		await loaded.plugin.actions.snooze(fileAt(loaded.app, HANNAH), "month");
		expect(await read(loaded, HANNAH)).toMatch(/^snooze-until: "?2026-12-25"?$/m);
		expect(await loaded.app.commands__.run("Undo last change")).toBe(true);
		await waitFor(() => Notice.messages__.at(-1)?.startsWith("Undone:") === true, "the undo");
		expect(await properties(loaded, HANNAH)).toEqual(before);
		expect(await read(loaded, HANNAH)).not.toMatch(/snooze/);
	});

	it("changes nothing and says so when the user edited the property since", async () => {
		const loaded = await loadReconnect();
		await loaded.plugin.actions.markContacted(fileAt(loaded.app, HANNAH));
		await edit(loaded.app, HANNAH, (text) => text.replace(/^last_contact: .*$/m, "last_contact: 2026-11-24"));
		const edited = await read(loaded, HANNAH);
		expect(await loaded.plugin.actions.undo.undoLast()).toBe(false);
		expect(Notice.messages__.at(-1)).toBe('Could not undo "Marked Hannah Schmidt as contacted today": Hannah Schmidt changed since, so nothing was changed.');
		expect(await read(loaded, HANNAH)).toBe(edited);
	});

	it("takes back a drafted block from the daily note, leaving what the user wrote around it", async () => {
		const loaded = await loadReconnect();
		await loaded.plugin.actions.draft(fileAt(loaded.app, HANNAH));
		const daily = "Daily/2026-11-25.md";
		await edit(loaded.app, daily, (text) => `${text}\nMy own line.\n`);
		const withDraft = await read(loaded, daily);
		expect(withDraft).toMatch(/Reconnect with \[\[Hannah Schmidt\]\]/);
		await loaded.plugin.actions.undo.undoLast();
		const after = await read(loaded, daily);
		expect(after).not.toMatch(/Hannah Schmidt/);
		expect(after).toMatch(/My own line\./);
		expect(after).toMatch(/## Reconnect/);
	});

	it("moves a daily note the draft created to the trash, when nothing else was written in it since", async () => {
		const loaded = await loadReconnect();
		const daily = "Daily/2026-11-25.md";
		expect(loaded.app.vault.getAbstractFileByPath(daily)).toBeNull();
		await loaded.plugin.actions.draft(fileAt(loaded.app, HANNAH));
		expect(await read(loaded, daily)).toMatch(/Reconnect with \[\[Hannah Schmidt\]\]/);
		expect(await loaded.plugin.actions.undo.undoLast()).toBe(true);
		await loaded.app.settled__();
		expect(loaded.app.vault.getAbstractFileByPath(daily)).toBeNull();
	});

	it("moves the daily note a plan created to the trash in one undo, but keeps one the user wrote in", async () => {
		const loaded = await loadReconnect();
		const daily = "Daily/2026-11-25.md";
		expect(await loaded.plugin.actions.planToday()).toBe(3);
		expect(await loaded.plugin.actions.undo.undoLast()).toBe(true);
		await loaded.app.settled__();
		expect(loaded.app.vault.getAbstractFileByPath(daily)).toBeNull();

		expect(await loaded.plugin.actions.planToday()).toBe(3);
		await edit(loaded.app, daily, (text) => text.replace("## Log\n- ", "## Log\n- Slept well"));
		expect(await loaded.plugin.actions.undo.undoLast()).toBe(true);
		const left = await read(loaded, daily);
		expect(left).toMatch(/Slept well/);
		expect(left).not.toMatch(/Reconnect with/);
	});

	it("leaves a drafted block the user has ticked", async () => {
		const loaded = await loadReconnect();
		await loaded.plugin.actions.draft(fileAt(loaded.app, HANNAH));
		const daily = "Daily/2026-11-25.md";
		await edit(loaded.app, daily, (text) => text.replace("- [ ] Reconnect with [[Hannah Schmidt]]", "- [x] Reconnect with [[Hannah Schmidt]]"));
		const ticked = await read(loaded, daily);
		expect(await loaded.plugin.actions.undo.undoLast()).toBe(false);
		expect(await read(loaded, daily)).toBe(ticked);
	});

	it("changes folded into one (a triage session) are taken back newest first, back to the very start", async () => {
		const loaded = await loadReconnect();
		const before = await properties(loaded, HANNAH);
		const history = loaded.plugin.actions.undo;
		const file = fileAt(loaded.app, HANNAH);
		const first = await loaded.plugin.actions.changeQuietly(file, { kind: "snooze", period: "month" });
		const a = history.remember("snooze a month", first.steps);
		const second = await loaded.plugin.actions.changeQuietly(file, { kind: "snooze", period: "week" });
		const b = history.remember("snooze a week", second.steps);
		const both = history.combine("both", [a, b]);
		if (!both) throw new Error("nothing combined");
		expect(await history.undo(both)).toBe(true);
		expect(await properties(loaded, HANNAH)).toEqual(before);
	});

	it("says when there is nothing to undo, and does not undo the same change twice", async () => {
		const loaded = await loadReconnect();
		expect(await loaded.plugin.actions.undo.undoLast()).toBe(false);
		expect(Notice.messages__.at(-1)).toBe("There is no Reconnect change to undo.");
		await loaded.plugin.actions.markContacted(fileAt(loaded.app, HANNAH));
		const button = undoButton();
		expect(await loaded.plugin.actions.undo.undoLast()).toBe(true);
		button.click();
		await waitFor(() => Notice.messages__.at(-1) === '"Marked Hannah Schmidt as contacted today" was already undone.', "the refusal");
	});
});
