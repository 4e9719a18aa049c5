/**
 * The vault's Obsidian settings that Reconnect follows: Daily notes (or Periodic Notes) for
 * where daily notes live and how they are named, the template folders, and Reconnect's own
 * settings from its data.json, so the command line and the plugin agree.
 */
import { stat } from "node:fs/promises";
import { join } from "node:path";
import { DEFAULT_SETTINGS, sanitizeSettings, type ReconnectSettings } from "../core/settings";
import { readConfigFile, type VaultRoot } from "./vaultFiles";

export interface DailyNoteConfig {
	folder: string;
	format: string;
	/** Vault path of the template, without or with `.md`; empty for none. */
	template: string;
	/** "daily-notes" or "periodic-notes". */
	source: string;
}

export interface VaultConfig {
	daily: DailyNoteConfig;
	templateFolders: string[];
	settings: ReconnectSettings;
	/** Things the user should know (a settings file that could not be read, a missing folder). */
	notices: string[];
}

function parseJson(text: string | null, name: string, notices: string[]): Record<string, unknown> | null {
	if (text === null) return null;
	try {
		const value: unknown = JSON.parse(text);
		if (value && typeof value === "object" && !Array.isArray(value)) return value as Record<string, unknown>;
		if (Array.isArray(value)) return { list: value };
	} catch {
		// Reported below.
	}
	notices.push(`${name} could not be read (it is not valid JSON), so its defaults are used`);
	return null;
}

const text = (value: unknown): string => (typeof value === "string" ? value.trim() : "");

async function isFolder(vault: VaultRoot, path: string): Promise<boolean> {
	try {
		return (await stat(join(vault.root, path))).isDirectory();
	} catch {
		return false;
	}
}

export async function readVaultConfig(vault: VaultRoot): Promise<VaultConfig> {
	const notices: string[] = [];
	const read = async (name: string) => parseJson(await readConfigFile(vault, name), `${vault.configDir}/${name}`, notices);

	const dailyNotes = (await read("daily-notes.json")) ?? {};
	let daily: DailyNoteConfig = {
		folder: text(dailyNotes.folder).replace(/^\/+|\/+$/g, ""),
		format: text(dailyNotes.format) || "YYYY-MM-DD",
		template: text(dailyNotes.template),
		source: "daily-notes",
	};
	const community = (await read("community-plugins.json"))?.list;
	if (Array.isArray(community) && community.includes("periodic-notes")) {
		const periodic = (await read("plugins/periodic-notes/data.json")) ?? {};
		const dailyPeriodic = periodic.daily as Record<string, unknown> | undefined;
		if (dailyPeriodic && dailyPeriodic.enabled === true) {
			daily = {
				folder: text(dailyPeriodic.folder).replace(/^\/+|\/+$/g, ""),
				format: text(dailyPeriodic.format) || "YYYY-MM-DD",
				template: text(dailyPeriodic.templatePath ?? dailyPeriodic.template),
				source: "periodic-notes",
			};
		}
	}
	if (daily.folder && !(await isFolder(vault, daily.folder))) {
		notices.push(`the daily notes folder '${daily.folder}' does not exist yet; it will be created when a draft is inserted`);
	}

	const templateFolders: string[] = [];
	const templates = await read("templates.json");
	if (text(templates?.folder)) templateFolders.push(text(templates?.folder));
	const templater = await read("plugins/templater-obsidian/data.json");
	if (text(templater?.templates_folder)) templateFolders.push(text(templater?.templates_folder));

	const stored = await read("plugins/reconnect/data.json");
	const settings = stored ? sanitizeSettings(stored) : { ...DEFAULT_SETTINGS };
	if (!stored) {
		// What the plugin's first run proposes: a People or Contacts folder, if there is one.
		for (const candidate of ["People", "Contacts"]) {
			if (await isFolder(vault, candidate)) {
				settings.contactFolders = [candidate];
				break;
			}
		}
	}
	return { daily, templateFolders, settings, notices };
}
