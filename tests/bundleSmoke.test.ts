// @vitest-environment happy-dom
/**
 * The shipped main.js, not the sources: loaded as Obsidian loads a plugin (CommonJS, with
 * `require("obsidian")`) into the test double, and used the way a user would. It catches what
 * only the production build does, such as its renaming of internal property names.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { runInThisContext } from "node:vm";
import * as obsidian from "obsidian";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import manifest from "../manifest.json";
import { createApp__, Modal, resetObsidianFakes__, SuggestModal, type TestApp__ } from "./fakes/obsidian";
import { exampleVaultFiles, pinToday, waitFor } from "./plugin/harness";

const BUNDLE = join(process.cwd(), "main.js");

function loadBundle(): new (app: obsidian.App, manifest: obsidian.PluginManifest) => obsidian.Plugin {
	const module: { exports: Record<string, unknown> } = { exports: {} };
	const require = (id: string): unknown => {
		if (id === "obsidian") return obsidian;
		throw new Error(`main.js requires ${id}, which Obsidian does not provide`);
	};
	// Obsidian wraps main.js the way Node wraps a CommonJS module, and runs it.
	const wrapped = runInThisContext(`(function (module, exports, require) {\n${readFileSync(BUNDLE, "utf8")}\n})`, { filename: BUNDLE }) as (
		module: unknown,
		exports: unknown,
		require: (id: string) => unknown,
	) => void;
	wrapped(module, module.exports, require);
	const exported = (module.exports.default ?? module.exports) as new (app: obsidian.App, manifest: obsidian.PluginManifest) => obsidian.Plugin;
	return exported;
}

beforeEach(() => pinToday());
afterEach(() => {
	resetObsidianFakes__();
	vi.useRealTimers();
});

describe("the built main.js in the test double", () => {
	it("exists (npm test builds it first)", () => {
		expect(existsSync(BUNDLE)).toBe(true);
	});

	it("ranks, drafts, records a life event and marks a contact, as the sources do", async () => {
		const app: TestApp__ = await createApp__({ files: exampleVaultFiles() });
		const plugin = await app.loadPlugin__(loadBundle(), manifest);
		await app.settled__();
		await waitFor(() => app.commands__.isAvailable("Draft message…"), "the index");

		await app.commands__.run("Open sidebar");
		await waitFor(() => document.querySelectorAll(".reconnect-row").length > 0, "the sidebar rows");
		const titles = [...document.querySelectorAll(".reconnect-band-title")].map((el) => el.textContent);
		expect(titles).toEqual(["Hard news", "Congratulate", "Fading", "Dormant", "No last contact yet", "Coming up"]);
		const danielReason = document.querySelector('.reconnect-row[data-path="People/Daniel Okafor.md"] .reconnect-reason')?.textContent;
		expect(danielReason).toBe("Promoted: VP Engineering at Lumen Health — 12 days ago");
		expect(document.querySelector(".reconnect-problems summary")?.textContent).toBe("Notes with problems (6)");

		await app.commands__.run("Draft message…");
		const picker = SuggestModal.lastOpened__;
		await picker?.whenUpdated__();
		await picker?.type__("hannah");
		picker?.pressKey__("Enter");
		await waitFor(() => app.vault.getAbstractFileByPath("Daily/2026-11-25.md") !== null, "the daily note");
		await app.settled__();
		const daily = await app.vault.read(app.vault.getFileByPath("Daily/2026-11-25.md") as obsidian.TFile);
		expect(daily).toMatch(/## Reconnect\n- \[ \] Reconnect with \[\[Hannah Schmidt\]\] — mention Nadia Haddad, belated birthday wishes\n(?:\t- Last time \([^\n]*\n)?\t> (?:Hi|Hello|Hey|Dear) Hannah,\n\t>\n\t> .*Nadia/);

		await app.workspace.getLeaf(false).openFile(app.vault.getFileByPath("People/Lena Vogel.md") as obsidian.TFile);
		await app.commands__.run("Tag life event…");
		const kinds = SuggestModal.lastOpened__;
		await kinds?.whenUpdated__();
		await kinds?.type__("new job");
		kinds?.pressKey__("Enter");
		await waitFor(() => Modal.lastOpened__?.contentEl.querySelector(".reconnect-event-detail") !== null, "the details modal");
		const detail = Modal.lastOpened__?.contentEl.querySelector<HTMLInputElement>(".reconnect-event-detail");
		if (detail) {
			detail.value = "Coach at Ladder";
			detail.dispatchEvent(new Event("input"));
		}
		[...(Modal.lastOpened__?.contentEl.querySelectorAll("button") ?? [])].find((button) => button.textContent === "Record")?.click();
		await app.settled__();
		expect(await app.vault.read(app.vault.getFileByPath("People/Lena Vogel.md") as obsidian.TFile)).toMatch(/2026-11-25 new-job: Coach at Ladder/);
		await waitFor(() => document.querySelector(".reconnect-band-congratulate .reconnect-row[data-path='People/Lena Vogel.md']") !== null, "Lena in Congratulate", 3000);

		document.querySelector<HTMLButtonElement>('.reconnect-row[data-path="People/Marcus Webb.md"] button[data-action="contacted"]')?.click();
		await app.settled__();
		expect(await app.vault.read(app.vault.getFileByPath("People/Marcus Webb.md") as obsidian.TFile)).toMatch(/^last-contact: "?2026-11-25"?$/m);
		app.unloadPlugin__(plugin);
	});
});
