// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Menu, Modal, Notice, resetObsidianFakes__, SuggestModal } from "../fakes/obsidian";
import { ASKS_FOR_TESTS } from "./asks";
import { edit, exampleVaultFiles, fileAt, loadReconnect, pinToday, waitFor, type Loaded } from "./harness";

beforeEach(() => pinToday());
afterEach(() => {
	resetObsidianFakes__();
	vi.useRealTimers();
});

async function openNote(loaded: Loaded, path: string): Promise<void> {
	await loaded.app.workspace.getLeaf(false).openFile(fileAt(loaded.app, path));
}

async function readNote(loaded: Loaded, path: string): Promise<string> {
	return loaded.app.vault.read(fileAt(loaded.app, path));
}

async function dailyNote(loaded: Loaded, path = "Daily/2026-11-25.md"): Promise<string> {
	await waitFor(() => loaded.app.vault.getAbstractFileByPath(path) !== null, path);
	await loaded.app.settled__();
	return readNote(loaded, path);
}

/** Fills the life-event modal the way a user does: types into its inputs, clicks Record. */
function fillLifeEvent(detail: string, date?: string): void {
	const modal = Modal.lastOpened__;
	const root = modal?.contentEl;
	if (!root) throw new Error("no life-event modal");
	const detailInput = root.querySelector<HTMLInputElement>("input.reconnect-event-detail");
	const dateInput = root.querySelector<HTMLInputElement>("input.reconnect-event-date");
	if (!detailInput || !dateInput) throw new Error("inputs missing");
	detailInput.value = detail;
	detailInput.dispatchEvent(new Event("input"));
	if (date !== undefined) {
		dateInput.value = date;
		dateInput.dispatchEvent(new Event("input"));
	}
	const record = [...root.querySelectorAll("button")].find((button) => button.textContent === "Record");
	record?.click();
}

describe("commands", () => {
	it("registers the documented commands, without default hotkeys", async () => {
		const loaded = await loadReconnect();
		const commands = loaded.app.commands__.list().filter((command) => command.id.startsWith("reconnect:"));
		expect(commands.map((command) => command.name).sort()).toEqual(
			["Open sidebar", "Draft message for current contact", "Draft message…", "Tag life event…", "Mark current contact as contacted today", "Snooze current contact…", "Undo last change", "Plan today's reach-outs", "Triage contacts…"]
				.map((name) => `Reconnect: ${name}`)
				.sort(),
		);
		for (const command of commands) {
			expect(command.hotkeys ?? []).toEqual([]);
			expect(command.id).not.toMatch(/reconnect:.*reconnect/);
		}
	});

	it("offers the current-contact commands only when the active note is a contact", async () => {
		const loaded = await loadReconnect();
		const contactCommands = ["Draft message for current contact", "Tag life event…", "Mark current contact as contacted today", "Snooze current contact…"];
		for (const name of contactCommands) expect(loaded.app.commands__.isAvailable(name)).toBe(false);
		await openNote(loaded, "Welcome.md");
		for (const name of contactCommands) expect(loaded.app.commands__.isAvailable(name)).toBe(false);
		await openNote(loaded, "People/Zoë Müller.md");
		for (const name of contactCommands) expect(loaded.app.commands__.isAvailable(name)).toBe(true);
		await openNote(loaded, "Templates/Person.md");
		expect(loaded.app.commands__.isAvailable("Draft message for current contact")).toBe(false);
	});

	it("drafts for the current contact into today's daily note, created from the template, once", async () => {
		const loaded = await loadReconnect();
		await openNote(loaded, "People/Zoë Müller.md");
		expect(await loaded.app.commands__.run("Draft message for current contact")).toBe(true);
		const note = await dailyNote(loaded);
		expect(note).toMatch(/^---\ncreated: "2026-11-25"\n---\n# 2026-11-25\n/);
		expect(note).toMatch(/\n## Reconnect\n- \[ \] Reconnect with \[\[Zoë Müller\]\] — share something on (?:bouldering|analog photography), birthday wishes; fill in ‹(?:link to )?something on (?:bouldering|analog photography)›\n\t- Last time \(2026-10-28\): Bouldering with Zoë at Boulderklub[^\n]*\n\t> (?:Hi|Hello|Hey|Dear) Zoë,\n/);
		expect(note).toMatch(/\t> \[Send by e-mail\]\(mailto:zoe\.mueller%2Bfriends@fastmail\.com\?subject=/);
		expect(Notice.messages__.at(-1)).toMatch(/^Draft for Zoë Müller added to 2026-11-25 \(new daily note\)\. Undo$/);

		await loaded.app.commands__.run("Draft message for current contact");
		await loaded.app.settled__();
		expect(await readNote(loaded, "Daily/2026-11-25.md")).toBe(note);
		expect(Notice.messages__.at(-1)).toMatch(/already has a draft for Zoë Müller; nothing was added/);
	});

	it("picks a contact with a fuzzy search, most fading first, each with its band and reason", async () => {
		const loaded = await loadReconnect();
		expect(await loaded.app.commands__.run("Draft message…")).toBe(true);
		const modal = SuggestModal.lastOpened__;
		if (!modal) throw new Error("no picker");
		await modal.whenUpdated__();
		expect(modal.suggestionTexts__[0]).toMatch(/^Tom Becker\s*Hard news · Private news in the note — undated, noted today$/);
		expect(modal.suggestionTexts__.join("\n")).not.toMatch(/Walter Krüger/);
		await modal.type__("kenj");
		expect(modal.suggestionTexts__[0]).toMatch(/^Kenji Watanabe/);
		modal.pressKey__("Enter");
		const note = await dailyNote(loaded);
		expect(note).toMatch(/- \[ \] Reconnect with \[\[Kenji Watanabe\]\] — follow up: send the updated HR checklist for tech visas; fill in ‹here it is, or when you'll send it›\n/);
		for (const pattern of ASKS_FOR_TESTS) expect(note).not.toMatch(pattern);
	});

	it("adds to an existing daily note under its Reconnect heading, keeping every other byte", async () => {
		const files = exampleVaultFiles();
		const existing = "# Wednesday\n\n## Log\n- Standup ran long\n\n## Reconnect\n- [x] Reconnect with [[Nadia Haddad]] — check in\n\n## Evening\nRead a chapter.\n";
		files["Daily/2026-11-25.md"] = existing;
		const loaded = await loadReconnect(files);
		await openNote(loaded, "People/Marcus Webb.md");
		await loaded.app.commands__.run("Draft message for current contact");
		await loaded.app.settled__();
		const after = await readNote(loaded, "Daily/2026-11-25.md");
		let at = 0;
		while (after[at] === existing[at]) at++;
		const added = after.slice(at, at + after.length - existing.length);
		expect(after.slice(0, at) + after.slice(at + added.length)).toBe(existing);
		expect(existing.slice(0, at)).toMatch(/- \[x\] Reconnect with \[\[Nadia Haddad\]\] — check in\n$/);
		expect(added).toMatch(/^- \[ \] Reconnect with \[\[Marcus Webb\]\] — follow up: send the platform charter we wrote in 2019; fill in ‹here it is, or when you'll send it›\n\t- Last time \(2026-07-30\): Walked Marcus Webb through [^\n]*\n\t> /);
	});

	it("lands two drafts requested in quick succession", async () => {
		const loaded = await loadReconnect();
		const results = await Promise.all([
			loaded.plugin.actions.draft(fileAt(loaded.app, "People/Rafael Costa.md")),
			loaded.plugin.actions.draft(fileAt(loaded.app, "People/Daniel Okafor.md")),
		]);
		expect(results).toEqual([true, true]);
		const note = await dailyNote(loaded);
		expect(note.match(/- \[ \] Reconnect with \[\[/g)).toHaveLength(2);
	});

	it("creates the daily note from its template in a nested folder and format", async () => {
		const files = exampleVaultFiles();
		files[".obsidian/daily-notes.json"] = JSON.stringify({ folder: "Journal", format: "YYYY/MM/YYYY-MM-DD", template: "Templates/Daily" });
		files["Templates/Daily.md"] = "# {{title}}\nWritten {{date:dddd D MMMM}} at {{time}}; tomorrow is {{date+1d:YYYY-MM-DD}}.\n\n## Log\n";
		const loaded = await loadReconnect(files);
		await loaded.plugin.actions.draft(fileAt(loaded.app, "People/Lena Vogel.md"));
		const note = await dailyNote(loaded, "Journal/2026/11/2026-11-25.md");
		expect(note).toMatch(/^# 2026-11-25\nWritten Wednesday 25 November at 10:00; tomorrow is 2026-11-26\.\n\n## Log\n\n## Reconnect\n- \[ \] Reconnect with \[\[Lena Vogel\]\]/);
	});

	it("explains a missing template or an unusable format and writes nothing", async () => {
		const files = exampleVaultFiles();
		files[".obsidian/daily-notes.json"] = JSON.stringify({ folder: "Daily", template: "Templates/Gone" });
		const loaded = await loadReconnect(files);
		const writes = loaded.app.vault.writeLog__.length;
		expect(await loaded.plugin.actions.draft(fileAt(loaded.app, "People/Lena Vogel.md"))).toBe(false);
		expect(Notice.messages__.at(-1)).toBe('The daily-note template "Templates/Gone.md" was not found. Fix it in the Daily notes settings, or create the note.');
		expect(loaded.app.vault.writeLog__.length).toBe(writes);

		await loaded.app.vault.adapter.write(".obsidian/daily-notes.json", JSON.stringify({ folder: "Daily", format: "[../]" }));
		const writesBefore = loaded.app.vault.writeLog__.length;
		expect(await loaded.plugin.actions.draft(fileAt(loaded.app, "People/Lena Vogel.md"))).toBe(false);
		expect(Notice.messages__.at(-1)).toMatch(/The daily-note format "\[\.\.\/\]" gives the name "\.\.\/", which cannot be a note inside the vault/);
		expect(loaded.app.vault.writeLog__.length).toBe(writesBefore);
	});

	it("marks the current contact as contacted, and snoozes it", async () => {
		const loaded = await loadReconnect();
		await openNote(loaded, "People/Kenji Watanabe.md");
		await loaded.app.commands__.run("Mark current contact as contacted today");
		await loaded.app.settled__();
		// Never backwards: the later (future) date stays, and the notice says so; the sidebar
		// reports that date as in the future, for the user to fix.
		expect(await readNote(loaded, "People/Kenji Watanabe.md")).toMatch(/^last-contact: 2027-02-01$/m);
		expect(Notice.messages__).toContain("Kenji Watanabe: already in touch on 2027-02-01; nothing was changed.");
		await loaded.app.commands__.run("Snooze current contact…");
		const picker = SuggestModal.lastOpened__;
		await picker?.whenUpdated__();
		expect(picker?.suggestionTexts__).toEqual(["1 week", "1 month", "3 months"]);
		await picker?.type__("3");
		picker?.pressKey__("Enter");
		await loaded.app.settled__();
		expect(await readNote(loaded, "People/Kenji Watanabe.md")).toMatch(/^snooze-until: "?2027-02-25"?$/m);
		expect(loaded.plugin.index.entry("People/Kenji Watanabe.md")?.status).toBe("snoozed");
	});

	it("offers the same actions in a contact note's file menu", async () => {
		const loaded = await loadReconnect();
		const menu = new Menu();
		loaded.app.workspace.trigger("file-menu", menu, fileAt(loaded.app, "People/Lena Vogel.md"), "file-explorer");
		expect(menu.titles__).toEqual(["Draft a message", "Mark as contacted today", "Snooze…", "Tag life event…"]);
		const other = new Menu();
		loaded.app.workspace.trigger("file-menu", other, fileAt(loaded.app, "Welcome.md"), "file-explorer");
		expect(other.titles__).toEqual([]);
	});
});

describe("tagging a life event", () => {
	it("records the event, moves the contact to Congratulate at once, and the next draft congratulates", async () => {
		const loaded = await loadReconnect();
		const path = "People/Lena Vogel.md";
		const before = await readNote(loaded, path);
		await openNote(loaded, path);
		await loaded.app.commands__.run("Tag life event…");
		const kinds = SuggestModal.lastOpened__;
		await kinds?.whenUpdated__();
		expect(kinds?.suggestionTexts__.slice(0, 3)).toEqual(["New child", "Anniversary", "Engaged"]);
		expect(kinds?.suggestionTexts__.at(-1)).toBe("Other");
		await kinds?.type__("promotion");
		kinds?.pressKey__("Enter");
		await waitFor(() => Modal.lastOpened__?.contentEl.querySelector(".reconnect-event-detail") !== null, "the details modal");
		fillLifeEvent("Head of Platform at Nimbus");
		await loaded.app.settled__();
		const after = await readNote(loaded, path);
		expect(after).toMatch(/recent-news:\n {2}- "2026-11-25 promotion: Head of Platform at Nimbus"\n/);
		// Every other property is still there, unknown ones included.
		const keys = (text: string) => [...text.matchAll(/^([\w-]+):/gm)].map((match) => match[1]);
		expect(keys(after).filter((key) => key !== "recent-news")).toEqual(keys(before).filter((key) => key !== "recent-news"));
		expect(after.slice(after.indexOf("\n---\n", 4))).toBe(before.slice(before.indexOf("\n---\n", 4)));
		expect(loaded.plugin.index.ranking()?.entries.find((entry) => entry.band === "congratulate")?.contact.path).toBe(path);
		await loaded.app.commands__.run("Draft message for current contact");
		expect(await dailyNote(loaded)).toMatch(/Reconnect with \[\[Lena Vogel\]\] — congratulate on the promotion\n[\s\S]*promotion/i);
	});

	it("refuses a date that is not real or in the future, writing nothing", async () => {
		const loaded = await loadReconnect();
		await openNote(loaded, "People/Lena Vogel.md");
		const writes = loaded.app.vault.writeLog__.length;
		await loaded.app.commands__.run("Tag life event…");
		await SuggestModal.lastOpened__?.whenUpdated__();
		SuggestModal.lastOpened__?.pressKey__("Enter");
		await waitFor(() => Modal.lastOpened__?.contentEl.querySelector(".reconnect-event-date") !== null, "the details modal");
		fillLifeEvent("x", "2026-13-45");
		const error = Modal.lastOpened__?.contentEl.querySelector(".reconnect-event-error")?.textContent;
		expect(error).toBe('"2026-13-45" is not a date. Write it as YYYY-MM-DD, for example 2026-11-25.');
		fillLifeEvent("x", "2027-01-01");
		expect(Modal.lastOpened__?.contentEl.querySelector(".reconnect-event-error")?.textContent).toMatch(/in the future/);
		await loaded.app.settled__();
		expect(loaded.app.vault.writeLog__.length).toBe(writes);
	});

	it.each([
		["a single string", "recent-news: moved to Lisbon (2026-08-30)", /recent-news:\n {2}- moved to Lisbon \(2026-08-30\)\n {2}- "2026-11-25 award: Best paper"\n/],
		["an object", "recent-news:\n  date: 2026-01-02\n  event: married", /recent-news:\n {2}- date: "?2026-01-02"?\n {4}event: married\n {2}- "2026-11-25 award: Best paper"\n/],
		["a list", "news:\n  - 2026-01-02 married", /news:\n {2}- 2026-01-02 married\n {2}- "2026-11-25 award: Best paper"\n/],
	])("keeps a recent-news that was %s", async (_label, property, expected) => {
		const files = exampleVaultFiles();
		files["People/Ana Lima.md"] = `---\ntags: [person]\n${property}\nfavourite-tea: genmaicha\n---\nNotes.\n`;
		const loaded = await loadReconnect(files);
		expect(await loaded.plugin.actions.tagLifeEvent(fileAt(loaded.app, "People/Ana Lima.md"), "award", "Best paper", loaded.plugin.index.today)).toBe(true);
		await loaded.app.settled__();
		const after = await readNote(loaded, "People/Ana Lima.md");
		expect(after).toMatch(expected);
		expect(after).toMatch(/favourite-tea: genmaicha/);
		expect(after.endsWith("---\nNotes.\n")).toBe(true);
	});
});

describe("writing back the last contact when a reconnect task is ticked", () => {
	it("sets last-contact to the daily note's day, never backwards, and only once", async () => {
		const loaded = await loadReconnect();
		// 2026-11-20 holds an unchecked reconnect task for Hannah.
		await edit(loaded.app, "Daily/2026-11-20.md", (text) => text.replace("- [ ] Reconnect with [[Hannah Schmidt]]", "- [x] Reconnect with [[Hannah Schmidt]]"));
		await loaded.app.settled__();
		expect(await readNote(loaded, "People/Hannah Schmidt.md")).toMatch(/^last_contact: "?2026-11-20"?$/m);
		expect(loaded.plugin.index.entry("People/Hannah Schmidt.md")?.daysSince).toBe(5);
		const writes = loaded.app.vault.writeLog__.filter((write) => write.path === "People/Hannah Schmidt.md").length;
		await edit(loaded.app, "Daily/2026-11-20.md", (text) => `${text}\nMore notes.\n`);
		expect(loaded.app.vault.writeLog__.filter((write) => write.path === "People/Hannah Schmidt.md").length).toBe(writes);

		// An older ticked task does not move a later last-contact back.
		await edit(loaded.app, "Daily/2026-08-06.md", (text) => `${text}\n- [x] Reconnect with [[Hannah Schmidt]] — check in\n`);
		expect(await readNote(loaded, "People/Hannah Schmidt.md")).toMatch(/^last_contact: "?2026-11-20"?$/m);
	});

	it("logs the contact under ## Log in the contact's note when that setting is on, once a day", async () => {
		const files = exampleVaultFiles();
		files[".obsidian/plugins/reconnect/data.json"] = JSON.stringify({ contactFolders: ["People"], logOnContact: true });
		const loaded = await loadReconnect(files);
		await edit(loaded.app, "Daily/2026-11-20.md", (text) => text.replace("- [ ] Reconnect with [[Hannah Schmidt]]", "- [x] Reconnect with [[Hannah Schmidt]]"));
		await loaded.app.settled__();
		const ticked = (await readNote(loaded, "People/Hannah Schmidt.md")) ?? "";
		expect(ticked).toMatch(/\n## Log\n- 2026-11-20 contacted\n$/);
		// Contacted today adds today's line; a second time adds nothing.
		await loaded.plugin.actions.markContacted(fileAt(loaded.app, "People/Hannah Schmidt.md"));
		await loaded.plugin.actions.markContacted(fileAt(loaded.app, "People/Hannah Schmidt.md"));
		await loaded.app.settled__();
		const after = (await readNote(loaded, "People/Hannah Schmidt.md")) ?? "";
		expect(after.match(/^- 2026-11-25 contacted$/gm)).toHaveLength(1);
		expect(after).toMatch(/\n## Log\n- 2026-11-20 contacted\n- 2026-11-25 contacted\n$/);
		// The log is history the index reads back.
		expect(loaded.plugin.index.history("People/Hannah Schmidt.md", 5).some((seen) => seen.notePath === "People/Hannah Schmidt.md")).toBe(true);
	});

	it("writes no log when that setting is off (the default)", async () => {
		const loaded = await loadReconnect();
		await loaded.plugin.actions.markContacted(fileAt(loaded.app, "People/Hannah Schmidt.md"));
		expect(await readNote(loaded, "People/Hannah Schmidt.md")).not.toMatch(/## Log/);
	});

	it("leaves last-contact alone when write-back is off, though the tick still counts", async () => {
		const files = exampleVaultFiles();
		files[".obsidian/plugins/reconnect/data.json"] = JSON.stringify({ contactFolders: ["People"], writeBackLastContact: false });
		const loaded = await loadReconnect(files);
		const before = await readNote(loaded, "People/Hannah Schmidt.md");
		await edit(loaded.app, "Daily/2026-11-20.md", (text) => text.replace("- [ ] Reconnect with [[Hannah Schmidt]]", "- [x] Reconnect with [[Hannah Schmidt]]"));
		expect(await readNote(loaded, "People/Hannah Schmidt.md")).toBe(before);
		expect(loaded.plugin.index.entry("People/Hannah Schmidt.md")?.daysSince).toBe(5);
	});
});
