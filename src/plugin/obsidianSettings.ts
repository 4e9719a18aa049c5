/**
 * The user's Obsidian settings Reconnect follows: the Daily notes core plugin (or Periodic
 * Notes, when it manages daily notes) and the template folders. They are read from the config
 * folder with the vault adapter — the same files Obsidian writes — so no private API is needed.
 */
import { normalizePath, type App } from "obsidian";

export interface DailyNoteSettings {
	folder: string;
	format: string;
	/** Vault path of the template note, or "" for none. */
	template: string;
	/** Where these settings came from, for messages. */
	source: "daily-notes" | "periodic-notes" | "defaults";
	/** False when the Daily notes core plugin is turned off (and Periodic Notes is not used). */
	enabled: boolean;
}

export interface ObsidianSettings {
	daily: DailyNoteSettings;
	templateFolders: string[];
	/** Problems worth telling the user about. */
	notices: string[];
}

async function readJson(app: App, file: string, notices: string[]): Promise<unknown> {
	const path = normalizePath(`${app.vault.configDir}/${file}`);
	try {
		if (!(await app.vault.adapter.exists(path))) return null;
		return JSON.parse(await app.vault.adapter.read(path)) as unknown;
	} catch {
		notices.push(`${path} could not be read, so Reconnect uses its defaults`);
		return null;
	}
}

function record(value: unknown): Record<string, unknown> {
	return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

const text = (value: unknown): string => (typeof value === "string" ? value.trim() : "");
const folder = (value: unknown): string => text(value).replace(/^\/+|\/+$/g, "");

export async function readObsidianSettings(app: App): Promise<ObsidianSettings> {
	const notices: string[] = [];
	const corePlugins = await readJson(app, "core-plugins.json", notices);
	// Obsidian has stored enabled core plugins both as a list and as a map of id → enabled.
	const dailyEnabled = Array.isArray(corePlugins) ? corePlugins.includes("daily-notes") : corePlugins === null ? true : record(corePlugins)["daily-notes"] !== false;
	const dailyNotes = record(await readJson(app, "daily-notes.json", notices));
	let daily: DailyNoteSettings = {
		folder: folder(dailyNotes.folder),
		format: text(dailyNotes.format) || "YYYY-MM-DD",
		template: text(dailyNotes.template),
		source: Object.keys(dailyNotes).length ? "daily-notes" : "defaults",
		enabled: dailyEnabled,
	};
	const community = await readJson(app, "community-plugins.json", notices);
	if (Array.isArray(community) && community.includes("periodic-notes")) {
		const periodic = record(record(await readJson(app, "plugins/periodic-notes/data.json", notices)).daily);
		if (periodic.enabled === true) {
			daily = {
				folder: folder(periodic.folder),
				format: text(periodic.format) || "YYYY-MM-DD",
				template: text(periodic.templatePath ?? periodic.template),
				source: "periodic-notes",
				enabled: true,
			};
		}
	}
	if (!daily.enabled) notices.push("the Daily notes core plugin is off; Reconnect still follows its settings");
	if (daily.folder && !app.vault.getFolderByPath(daily.folder)) {
		notices.push(`the daily notes folder '${daily.folder}' does not exist yet; it will be created with the first draft`);
	}

	const templateFolders: string[] = [];
	const templates = record(await readJson(app, "templates.json", notices));
	if (folder(templates.folder)) templateFolders.push(folder(templates.folder));
	const templater = record(await readJson(app, "plugins/templater-obsidian/data.json", notices));
	if (folder(templater.templates_folder)) templateFolders.push(folder(templater.templates_folder));
	return { daily, templateFolders, notices };
}
