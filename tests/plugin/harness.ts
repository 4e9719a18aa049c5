/** Loading Reconnect into the Obsidian test double, over the example vault or given files. */
import { TFile } from "obsidian";
import { vi } from "vitest";
import { exampleVaultFiles } from "../exampleVault";
import ReconnectPlugin from "../../src/main";
import manifest from "../../manifest.json";
import { createApp__, type LoadPluginOptions__, type SeedFile__, type TestApp__ } from "../fakes/obsidian";
import { VIEW_TYPE_RECONNECT, type ReconnectView } from "../../src/plugin/view";

export { EXAMPLE_VAULT, exampleVaultFiles } from "../exampleVault";

/** The plugin reads "today" from the clock; tests pin the clock to the example vault's day. */
export function pinToday(iso = "2026-11-25", hour = 10): void {
	vi.useFakeTimers({ toFake: ["Date"] });
	const [year = 2026, month = 11, day = 25] = iso.split("-").map(Number);
	vi.setSystemTime(new Date(year, month - 1, day, hour, 0, 0));
}

export interface Loaded {
	app: TestApp__;
	plugin: ReconnectPlugin;
}

export async function loadReconnect(files: Record<string, SeedFile__> = exampleVaultFiles(), options: LoadPluginOptions__ = {}): Promise<Loaded> {
	const app = await createApp__({ files });
	const plugin = await app.loadPlugin__(ReconnectPlugin, manifest, options);
	await waitFor(() => options.mode === "manual" || plugin.index.ready);
	await app.settled__();
	return { app, plugin };
}

/** Polls until `check` holds (the cache and the plugin react on later ticks, as in Obsidian). */
export async function waitFor(check: () => boolean, what = "condition", timeoutMs = 3000): Promise<void> {
	const start = performance.now();
	while (!check()) {
		if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 5));
	}
}

export function fileAt(app: TestApp__, path: string): TFile {
	const file = app.vault.getAbstractFileByPath(path);
	if (!(file instanceof TFile)) throw new Error(`no note at ${path}`);
	return file;
}

/** Changes a note and waits until the cache has read it and the plugin has reacted. */
export async function edit(app: TestApp__, path: string, change: (text: string) => string): Promise<void> {
	await app.vault.process(fileAt(app, path), change);
	await app.settled__();
}

export async function openSidebar(loaded: Loaded): Promise<ReconnectView> {
	await loaded.plugin.openSidebar();
	const leaf = loaded.app.workspace.getLeavesOfType(VIEW_TYPE_RECONNECT)[0];
	if (!leaf) throw new Error("the sidebar did not open");
	return leaf.view as ReconnectView;
}

export function listedPaths(plugin: ReconnectPlugin): string[] {
	return (plugin.index.ranking()?.entries ?? []).map((entry) => entry.contact.path);
}

/** Opens Reconnect's settings tab and types `value` into the text area of the setting named `name`, as a user does. */
export function typeIntoSetting(loaded: Loaded, name: string, value: string): HTMLElement {
	const tab = loaded.app.settingTabs__[0];
	if (!tab) throw new Error("no settings tab");
	const root = loaded.app.openSettingTab__(tab);
	const setting = [...root.querySelectorAll<HTMLElement>(".setting-item")].find((item) => item.querySelector(".setting-item-name")?.textContent === name);
	const area = setting?.querySelector("textarea");
	if (!area) throw new Error(`no text area for the setting ${name}`);
	area.value = value;
	area.dispatchEvent(new Event("input"));
	return root;
}
