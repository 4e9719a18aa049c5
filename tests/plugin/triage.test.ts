// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Modal, Notice, resetObsidianFakes__ } from "../fakes/obsidian";
import { TRIAGE_END_MS } from "../../src/plugin/triage";
import { edit, fileAt, loadReconnect, pinToday, waitFor, type Loaded } from "./harness";

beforeEach(() => pinToday());
afterEach(() => {
	resetObsidianFakes__();
	vi.useRealTimers();
});

const GRACE = "Community/Grace Mwangi.md";
const LUCIA = "People/Lucía Fernández.md";
const OSKAR = "People/Oskar Lind.md";
const PRIYA = "Work/Clients/Priya Natarajan.md";
const ANOUK = "People/Anouk de Vries.md";

function modal(): Modal {
	const open = Modal.open__.find((each) => each.modalEl.hasClass("reconnect-triage-modal"));
	if (!open) throw new Error("the triage modal is not open");
	return open;
}

const text = (selector: string): string => modal().contentEl.querySelector(selector)?.textContent ?? "";
const shown = (): string => text(".reconnect-triage-name");
const counter = (): string => text(".reconnect-triage-counter");
const status = (): string => text(".reconnect-triage-status-text");

async function openTriage(loaded: Loaded): Promise<void> {
	expect(await loaded.app.commands__.run("Triage contacts…")).toBe(true);
	await waitFor(() => Modal.open__.some((each) => each.modalEl.hasClass("reconnect-triage-modal")), "the triage modal");
}

/** Presses a key where the focus is, as a user does; returns the event. */
function press(key: string, init: KeyboardEventInit = {}, target: Element | null = document.activeElement): KeyboardEvent {
	const event = new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true, ...init });
	(target ?? document.body).dispatchEvent(event);
	return event;
}

/** Presses a key and waits until the modal moved on to `next` (a name, or the end). */
async function pressAndWait(loaded: Loaded, key: string, next: string): Promise<void> {
	press(key);
	await waitFor(() => !modal().isOpen__ || shown() === next, `${next} after ${key}`);
	await loaded.app.settled__();
}

function properties(loaded: Loaded, path: string): Record<string, unknown> {
	return structuredClone(loaded.app.metadataCache.getFileCache(fileAt(loaded.app, path))?.frontmatter ?? {});
}

describe("triage", () => {
	it("opens on the first contact with no cadence and no tier, with a counter, the facts and the keys", async () => {
		const loaded = await loadReconnect();
		await openTriage(loaded);
		expect(modal().titleEl.textContent).toBe("Triage contacts");
		expect(counter()).toBe("1 of 26");
		expect(shown()).toBe("Grace Mwangi");
		const facts = [...modal().contentEl.querySelectorAll(".reconnect-triage-facts dt, .reconnect-triage-facts dd")].map((el) => el.textContent);
		expect(facts).toEqual(["How we met", "Not noted yet", "Last contact", "2026-09-09 · 3 months ago", "Recent news", "Baby boy arrived last week! — 7 days ago", "Tier", "No tier or cadence yet (every 3 months by default)"]);
		const buttons = [...modal().contentEl.querySelectorAll<HTMLButtonElement>("button.reconnect-triage-action")];
		expect(buttons.map((button) => button.textContent)).toEqual([
			"1 inner 14 days",
			"2 close 30 days",
			"3 network 90 days",
			"4 outer 180 days",
			"5 dormant 365 days",
			"P Pause",
			"S Snooze a month",
			"C Contacted today",
			"Space Skip",
			"U Undo",
		]);
		// Each button is described by the contact it acts on, and says its key.
		expect(buttons[0]?.getAttribute("aria-keyshortcuts")).toBe("1");
		expect(buttons[6]?.getAttribute("aria-keyshortcuts")).toBe("S");
		expect(document.getElementById(buttons[6]?.getAttribute("aria-describedby") ?? "")?.textContent).toBe("Grace Mwangi");
	});

	it("writes each key at once and moves on: tier, pause, snooze, contacted, skip; one notice at the end with Undo for all", async () => {
		const loaded = await loadReconnect();
		const before = Object.fromEntries([GRACE, LUCIA, OSKAR, PRIYA].map((path) => [path, properties(loaded, path)]));
		await openTriage(loaded);

		await pressAndWait(loaded, "1", "Lucía Fernández");
		expect(properties(loaded, GRACE).tier).toBe("inner");
		expect(counter()).toBe("2 of 26");
		expect(status()).toBe("Moved Grace Mwangi to the inner tier.");
		const undo = modal().contentEl.querySelector<HTMLElement>(".reconnect-triage-undo");
		expect(document.getElementById(undo?.getAttribute("aria-describedby") ?? "")?.textContent).toBe("Moved Grace Mwangi to the inner tier.");

		await pressAndWait(loaded, "p", "Oskar Lind");
		expect(properties(loaded, LUCIA).paused).toBe(true);
		await pressAndWait(loaded, "s", "Priya Natarajan");
		expect(properties(loaded, OSKAR)["snooze-until"]).toBe("2026-12-25");
		await pressAndWait(loaded, "c", "Anouk de Vries");
		expect(properties(loaded, PRIYA)["last-contact"]).toBe("2026-11-25");
		const writes = loaded.app.vault.writeLog__.length;
		await pressAndWait(loaded, " ", "Kasia Nowak");
		expect(loaded.app.vault.writeLog__.length).toBe(writes);
		expect(status()).toBe("Skipped Anouk de Vries.");
		expect(counter()).toBe("6 of 26");
		// No notice per key: the modal says what was done.
		expect(Notice.messages__).toEqual([]);

		press("Escape");
		expect(modal.bind(null)).toThrow();
		await waitFor(() => Notice.messages__.length > 0, "the summary");
		expect(Notice.messages__).toEqual(["Triage: 1 tier set, 1 paused, 1 snoozed, 1 marked contacted, 1 skipped. Undo"]);
		Notice.notices__[0]?.messageEl.querySelector<HTMLButtonElement>("button.reconnect-undo-button")?.click();
		await waitFor(() => Notice.messages__.at(-1)?.startsWith("Undone:") === true, "the undo");
		expect(Notice.messages__.at(-1)).toBe("Undone: Triage (1 tier set, 1 paused, 1 snoozed, 1 marked contacted).");
		await loaded.app.settled__();
		for (const path of [GRACE, LUCIA, OSKAR, PRIYA]) expect(properties(loaded, path)).toEqual(before[path]);
	});

	it("after closing, Undo last change takes back the whole session", async () => {
		const loaded = await loadReconnect();
		await openTriage(loaded);
		await pressAndWait(loaded, "2", "Lucía Fernández");
		await pressAndWait(loaded, "3", "Oskar Lind");
		modal().close();
		await waitFor(() => Notice.messages__.length > 0, "the summary");
		expect(await loaded.plugin.actions.undo.undoLast()).toBe(true);
		await loaded.app.settled__();
		expect(properties(loaded, GRACE).tier).toBeUndefined();
		expect(properties(loaded, LUCIA).tier).toBeUndefined();
	});

	it("ignores keys with Ctrl, Cmd or Alt, keys typed in a text field, and keys it does not know", async () => {
		const loaded = await loadReconnect();
		await openTriage(loaded);
		const writes = loaded.app.vault.writeLog__.length;
		expect(press("1", { ctrlKey: true }).defaultPrevented).toBe(false);
		press("1", { metaKey: true });
		press("p", { altKey: true });
		press("x");
		const field = modal().contentEl.createEl("input", { type: "text" });
		field.focus();
		expect(press("1", {}, field).defaultPrevented).toBe(false);
		press(" ", {}, field);
		field.remove();
		await loaded.app.settled__();
		expect(loaded.app.vault.writeLog__.length).toBe(writes);
		expect(shown()).toBe("Grace Mwangi");
		expect(properties(loaded, GRACE).tier).toBeUndefined();
	});

	it("Space on a focused button skips, and does not press the button too", async () => {
		const loaded = await loadReconnect();
		await openTriage(loaded);
		const pause = modal().contentEl.querySelector<HTMLButtonElement>('button[data-key="p"]');
		pause?.focus();
		expect(press(" ", {}, pause).defaultPrevented).toBe(true);
		await waitFor(() => shown() === "Lucía Fernández", "the skip");
		expect(properties(loaded, GRACE).paused).toBeUndefined();
	});

	it("buttons do what their keys do", async () => {
		const loaded = await loadReconnect();
		await openTriage(loaded);
		modal().contentEl.querySelector<HTMLButtonElement>('button[data-key="4"]')?.click();
		await waitFor(() => shown() === "Lucía Fernández", "the next contact");
		await loaded.app.settled__();
		expect(properties(loaded, GRACE).tier).toBe("outer");
		modal().contentEl.querySelector<HTMLButtonElement>(".reconnect-triage-undo")?.click();
		await waitFor(() => shown() === "Grace Mwangi", "the undo");
		await loaded.app.settled__();
		expect(properties(loaded, GRACE).tier).toBeUndefined();
	});

	it("u takes back the last write and shows that contact again, to choose anew", async () => {
		const loaded = await loadReconnect();
		const before = properties(loaded, GRACE);
		await openTriage(loaded);
		await pressAndWait(loaded, "1", "Lucía Fernández");
		await pressAndWait(loaded, " ", "Oskar Lind");
		await pressAndWait(loaded, "u", "Grace Mwangi");
		expect(properties(loaded, GRACE)).toEqual(before);
		expect(counter()).toBe("1 of 26");
		expect(status()).toBe("Undone: Moved Grace Mwangi to the inner tier.");
		expect(modal().contentEl.querySelector<HTMLElement>(".reconnect-triage-undo")?.style.display).toBe("none");
		await pressAndWait(loaded, "2", "Lucía Fernández");
		expect(properties(loaded, GRACE).tier).toBe("close");
		press("u");
		await waitFor(() => shown() === "Grace Mwangi", "the second undo");
		press("u");
		await waitFor(() => status() === "Nothing to undo in this triage yet.", "nothing left");
	});

	it("refuses to undo a write the user has changed since, and leaves the note as the user left it", async () => {
		const loaded = await loadReconnect();
		await openTriage(loaded);
		await pressAndWait(loaded, "1", "Lucía Fernández");
		await edit(loaded.app, GRACE, (note) => note.replace(/^tier: inner$/m, "tier: network"));
		expect(properties(loaded, GRACE).tier).toBe("network");
		press("u");
		await waitFor(() => status().startsWith("Could not undo"), "the refusal");
		expect(status()).toBe('Could not undo "Moved Grace Mwangi to the inner tier": the note changed since.');
		expect(Notice.messages__.at(-1)).toBe('Could not undo "Moved Grace Mwangi to the inner tier": Grace Mwangi changed since, so nothing was changed.');
		expect(shown()).toBe("Lucía Fernández");
		await loaded.app.settled__();
		expect(properties(loaded, GRACE).tier).toBe("network");
	});

	it("skips, with a word, a contact whose note was deleted or renamed while the modal is open", async () => {
		const loaded = await loadReconnect();
		await openTriage(loaded);
		await loaded.app.vault.delete(fileAt(loaded.app, LUCIA));
		await loaded.app.fileManager.renameFile(fileAt(loaded.app, OSKAR), "People/Oskar Lindqvist.md");
		await loaded.app.settled__();
		await pressAndWait(loaded, "1", "Priya Natarajan");
		expect(status()).toBe("Moved Grace Mwangi to the inner tier. Lucía Fernández, Oskar Lind were renamed or deleted, so they were skipped.");
		expect(counter()).toBe("4 of 26");

		// The contact on screen stops being a contact note, or goes away: the modal moves on by itself.
		await edit(loaded.app, PRIYA, (note) => note.replace("tags: [person/work]", "tags: [work]"));
		await waitFor(() => shown() === "Anouk de Vries", "the contact after Priya");
		expect(status()).toBe("Priya Natarajan is no longer a contact note, so it was skipped.");
		await loaded.app.vault.delete(fileAt(loaded.app, ANOUK));
		await waitFor(() => shown() === "Kasia Nowak", "the contact after Anouk");
		expect(status()).toBe("Anouk de Vries was renamed or deleted, so it was skipped.");
		modal().close();
		await waitFor(() => Notice.messages__.length > 0, "the summary");
		expect(Notice.messages__[0]).toBe("Triage: 1 tier set, 4 gone (renamed, deleted or no longer contacts). Undo");
	});

	it("says when the list ends and closes; never shows people in memory; keys follow the user's tiers", async () => {
		const loaded = await loadReconnect({
			"People/Ada.md": "---\ntags: [person]\nlast-contact: 2026-01-10\n---\n",
			"People/Ben.md": "---\ntags: [person]\nhow-we-met: Climbing club\n---\n",
			"People/Cleo.md": "---\ntags: [person]\ndeceased: 2025-05-01\n---\n",
		});
		loaded.plugin.settings.tiers = [
			{ name: "family", days: 7 },
			{ name: "friends", days: 30 },
		];
		await openTriage(loaded);
		expect(counter()).toBe("1 of 2");
		expect(shown()).toBe("Ada");
		expect([...modal().contentEl.querySelectorAll("button.reconnect-triage-action")].map((button) => button.textContent).slice(0, 3)).toEqual(["1 family 7 days", "2 friends 30 days", "P Pause"]);
		press("3");
		press("5");
		await loaded.app.settled__();
		expect(shown()).toBe("Ada");
		await pressAndWait(loaded, "2", "Ben");
		expect(properties(loaded, "People/Ada.md").tier).toBe("friends");
		press(" ");
		await waitFor(() => shown() === "That was everyone", "the end");
		expect(text(".reconnect-triage-end")).toBe("Triage: 1 tier set, 1 skipped.");
		expect(modal().isOpen__).toBe(true);
		await waitFor(() => !Modal.open__.some((each) => each.modalEl.hasClass("reconnect-triage-modal")), "the modal to close", TRIAGE_END_MS + 2000);
		await waitFor(() => Notice.messages__.some((message) => message.startsWith("Triage")), "the summary");
		expect(Notice.messages__.filter((message) => message.startsWith("Triage"))).toEqual(["Triage finished: 1 tier set, 1 skipped. Undo"]);
	});
});
