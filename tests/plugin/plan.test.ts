// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Notice, resetObsidianFakes__ } from "../fakes/obsidian";
import { edit, exampleVaultFiles, fileAt, loadReconnect, pinToday, waitFor, type Loaded } from "./harness";

beforeEach(() => pinToday());
afterEach(() => {
	resetObsidianFakes__();
	vi.useRealTimers();
});

const DAILY = "Daily/2026-11-25.md";

async function readDaily(loaded: Loaded): Promise<string> {
	await loaded.app.settled__();
	return loaded.app.vault.read(fileAt(loaded.app, DAILY));
}

function planned(text: string): string[] {
	return [...text.matchAll(/^- \[ \] Reconnect with \[\[([^\]|]+)/gm)].map((match) => match[1] ?? "");
}

/** The ranked list's first names, the same rule the plan uses, to compare against. */
function topOfList(loaded: Loaded, count: number): string[] {
	return (loaded.plugin.index.ranking()?.entries ?? []).slice(0, count).map((entry) => entry.contact.path.replace(/^.*\//, "").replace(/\.md$/, ""));
}

describe("plan today's reconnects", () => {
	it("adds the top three under ## Reconnect in today's note, created from its template, each with its draft", async () => {
		const loaded = await loadReconnect();
		expect(await loaded.app.commands__.run("Plan today's reach-outs")).toBe(true);
		await waitFor(() => loaded.app.vault.getAbstractFileByPath(DAILY) !== null, "the daily note");
		await waitFor(() => Notice.messages__.at(-1)?.startsWith("Planned") === true, "the notice");
		const text = await readDaily(loaded);
		expect(text).toMatch(/^---\ncreated: "2026-11-25"\n---\n# 2026-11-25\n\n## Log\n/);
		expect(planned(text)).toEqual(topOfList(loaded, 3));
		expect(text.match(/^\t> (?:Hi|Hello|Hey|Dear) /gm)).toHaveLength(3);
		expect(Notice.messages__.at(-1)).toMatch(/^Planned 3 reconnects \(.+\) in 2026-11-25\. Undo$/);
	});

	it("adds nothing when run twice on one day, and only the newcomer when the list changed", async () => {
		const loaded = await loadReconnect();
		expect(await loaded.plugin.actions.planToday()).toBe(3);
		const first = await readDaily(loaded);
		expect(await loaded.plugin.actions.planToday()).toBe(0);
		expect(await readDaily(loaded)).toBe(first);
		expect(Notice.messages__.at(-1)).toMatch(/^Today's plan is complete/);

		// The user deletes one planned task: the next run fills that place again, and only that one.
		const [dropped] = planned(first);
		await edit(loaded.app, DAILY, (text) => text.replace(new RegExp(`- \\[ \\] Reconnect with \\[\\[${dropped ?? ""}[^]*?(?=\\n- \\[ \\]|\\n*$)`), ""));
		expect(planned(await readDaily(loaded))).toHaveLength(2);
		expect(await loaded.plugin.actions.planToday()).toBe(1);
		expect(planned(await readDaily(loaded)).sort()).toEqual(planned(first).sort());
	});

	it("counts a ticked reconnect towards the day's total: contacting a planned person adds nobody new", async () => {
		const loaded = await loadReconnect();
		expect(await loaded.plugin.actions.planToday()).toBe(3);
		const [first] = planned(await readDaily(loaded));
		await edit(loaded.app, DAILY, (text) => text.replace(`- [ ] Reconnect with [[${first ?? ""}]]`, `- [x] Reconnect with [[${first ?? ""}]]`));
		await waitFor(() => !topOfList(loaded, 30).includes(first ?? ""), "the ticked contact to leave the list");
		expect(await loaded.plugin.actions.planToday()).toBe(0);
		expect(planned(await readDaily(loaded))).toHaveLength(2);
	});

	it("takes its size from the setting, counts who is already planned, and is one undo", async () => {
		const loaded = await loadReconnect();
		const [firstPath] = (loaded.plugin.index.ranking()?.entries ?? []).map((entry) => entry.contact.path);
		await loaded.plugin.actions.draft(fileAt(loaded.app, firstPath ?? ""));
		const before = await readDaily(loaded);
		loaded.plugin.settings.planSize = 3;
		expect(await loaded.plugin.actions.planToday()).toBe(2);
		const names = planned(await readDaily(loaded));
		expect(names).toEqual(topOfList(loaded, 3));
		expect(await loaded.plugin.actions.undo.undoLast()).toBe(true);
		expect(await readDaily(loaded)).toBe(before);
	});

	describe("when today's daily note is created", () => {
		const TEMPLATED = '---\ncreated: "2026-11-25"\n---\n# 2026-11-25\n\n## Log\n- \n\n## Tasks\n- [ ] \n';

		it("waits for the template plugin to fill the note in, then plans once", async () => {
			const loaded = await loadReconnect();
			loaded.plugin.settings.planOnDailyNoteCreate = true;
			// As Templater does: the note is created with the raw template, then filled in a moment later.
			const file = await loaded.app.vault.create(DAILY, "# {{title}}\n");
			await new Promise((resolve) => setTimeout(resolve, 300));
			expect(planned(await readDaily(loaded))).toEqual([]);
			await loaded.app.vault.modify(file, TEMPLATED);
			await waitFor(() => Notice.messages__.some((message) => message.startsWith("Planned 3")), "the plan", 5000);
			const text = await readDaily(loaded);
			expect(text.startsWith(TEMPLATED.replace(/\n$/, ""))).toBe(true);
			expect(planned(text)).toEqual(topOfList(loaded, 3));

			// Deleted and created again the same day: no second plan.
			await loaded.app.vault.delete(fileAt(loaded.app, DAILY));
			await loaded.app.vault.create(DAILY, TEMPLATED);
			await new Promise((resolve) => setTimeout(resolve, 1200));
			expect(await readDaily(loaded)).toBe(TEMPLATED);
			expect(Notice.messages__.filter((message) => message.startsWith("Planned"))).toHaveLength(1);
		});

		it("does nothing while the setting is off (the default), nor for other notes", async () => {
			const loaded = await loadReconnect();
			expect(loaded.plugin.settings.planOnDailyNoteCreate).toBe(false);
			await loaded.app.vault.create(DAILY, TEMPLATED);
			loaded.plugin.settings.planOnDailyNoteCreate = true;
			await loaded.app.vault.create("Daily/2030-01-01.md", TEMPLATED);
			await new Promise((resolve) => setTimeout(resolve, 1200));
			expect(await readDaily(loaded)).toBe(TEMPLATED);
			expect(Notice.messages__.some((message) => message.startsWith("Planned"))).toBe(false);
		});

		it("plans a note Obsidian created while starting, before Reconnect listened, but not an older one", async () => {
			const settings = { ".obsidian/plugins/reconnect/data.json": JSON.stringify({ planOnDailyNoteCreate: true }) };
			const fresh = await loadReconnect({ ...exampleVaultFiles(), ...settings, [DAILY]: { content: TEMPLATED, ctime: Date.now() } });
			await waitFor(() => Notice.messages__.some((message) => message.startsWith("Planned 3")), "the plan", 5000);
			expect(planned(await readDaily(fresh))).toEqual(topOfList(fresh, 3));
			resetObsidianFakes__();

			const yesterday = Date.now() - 86_400_000 / 2;
			const old = await loadReconnect({ ...exampleVaultFiles(), ...settings, [DAILY]: { content: TEMPLATED, ctime: yesterday } });
			await new Promise((resolve) => setTimeout(resolve, 1500));
			expect(await readDaily(old)).toBe(TEMPLATED);
			expect(Notice.messages__.some((message) => message.startsWith("Planned"))).toBe(false);
		});

		it("does not plan when a draft of its own creates the note", async () => {
			const loaded = await loadReconnect();
			loaded.plugin.settings.planOnDailyNoteCreate = true;
			await loaded.plugin.actions.draft(fileAt(loaded.app, "People/Hannah Schmidt.md"));
			await new Promise((resolve) => setTimeout(resolve, 1200));
			expect(planned(await readDaily(loaded))).toEqual(["Hannah Schmidt"]);
		});
	});
});
