/**
 * The Obsidian settings Reconnect follows, read the same way by the plugin and the command line:
 * the Daily notes core plugin (or Periodic Notes, when it manages daily notes) for where daily
 * notes live and how they are named, and the Templates core plugin and Templater for the folders
 * whose notes are templates. The adapters read the files from the config folder; the decisions
 * are made here, over their text.
 */

export interface DailyNoteSettings {
	/** Folder of the daily notes, no leading or trailing slash; "" for the vault root. */
	folder: string;
	/** moment format of a daily note's name, possibly with folders (`YYYY/MM/YYYY-MM-DD`). */
	format: string;
	/** Vault path of the template note, with or without `.md`; "" for none. */
	template: string;
	/** Where these settings came from, for messages. */
	source: "daily-notes" | "periodic-notes" | "defaults";
	/** False when the Daily notes core plugin is turned off (and Periodic Notes is not used). */
	enabled: boolean;
}

export interface ObsidianConfig {
	daily: DailyNoteSettings;
	/** Folders whose notes are templates, never contacts. */
	templateFolders: string[];
	/** Problems worth telling the user about. */
	notices: string[];
}

/** The config files this reads, relative to the config folder (`.obsidian`). */
export const OBSIDIAN_CONFIG_FILES = [
	"core-plugins.json",
	"daily-notes.json",
	"community-plugins.json",
	"plugins/periodic-notes/data.json",
	"templates.json",
	"plugins/templater-obsidian/data.json",
] as const;

export type ObsidianConfigFile = (typeof OBSIDIAN_CONFIG_FILES)[number];

/** What the adapter found for each file: its text, null when it does not exist, or a problem reading it. */
export type ConfigTexts = Partial<Record<ObsidianConfigFile, string | null | { problem: string }>>;

export const DEFAULT_DAILY_FORMAT = "YYYY-MM-DD";

function record(value: unknown): Record<string, unknown> {
	return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

const text = (value: unknown): string => (typeof value === "string" ? value.trim() : "");

/** A folder setting as a vault path: `/Daily/` and `Daily\` are `Daily`. */
export function cleanFolder(value: unknown): string {
	return text(value)
		.replace(/\\/g, "/")
		.replace(/\/{2,}/g, "/")
		.replace(/^\/+|\/+$/g, "");
}

/**
 * Reads the settings from the files' text. `folderExists` tells whether a vault folder exists, for
 * the notice that the daily notes folder is missing.
 */
export function readObsidianConfig(configDir: string, texts: ConfigTexts, folderExists: (path: string) => boolean): ObsidianConfig {
	const notices: string[] = [];
	const json = (file: ObsidianConfigFile): unknown => {
		const found = texts[file];
		if (found === null || found === undefined) return null;
		if (typeof found !== "string") {
			notices.push(`${configDir}/${file} ${found.problem}, so Reconnect uses its defaults`);
			return null;
		}
		try {
			return JSON.parse(found) as unknown;
		} catch {
			notices.push(`${configDir}/${file} could not be read (it is not valid JSON), so Reconnect uses its defaults`);
			return null;
		}
	};

	const corePlugins = json("core-plugins.json");
	// Obsidian has stored enabled core plugins both as a list and as a map of id → enabled.
	const dailyEnabled = Array.isArray(corePlugins) ? corePlugins.includes("daily-notes") : corePlugins === null ? true : record(corePlugins)["daily-notes"] !== false;
	const dailyNotes = record(json("daily-notes.json"));
	let daily: DailyNoteSettings = {
		folder: cleanFolder(dailyNotes.folder),
		format: text(dailyNotes.format) || DEFAULT_DAILY_FORMAT,
		template: text(dailyNotes.template),
		source: Object.keys(dailyNotes).length ? "daily-notes" : "defaults",
		enabled: dailyEnabled,
	};
	const community = json("community-plugins.json");
	if (Array.isArray(community) && community.includes("periodic-notes")) {
		const periodic = record(record(json("plugins/periodic-notes/data.json")).daily);
		if (periodic.enabled === true) {
			daily = {
				folder: cleanFolder(periodic.folder),
				format: text(periodic.format) || DEFAULT_DAILY_FORMAT,
				template: text(periodic.templatePath ?? periodic.template),
				source: "periodic-notes",
				enabled: true,
			};
		}
	}
	if (!daily.enabled) notices.push("the Daily notes core plugin is off; Reconnect still follows its settings");
	if (daily.folder && !folderExists(daily.folder)) {
		notices.push(`the daily notes folder '${daily.folder}' does not exist yet; it will be created with the first draft`);
	}

	const templateFolders: string[] = [];
	const templates = cleanFolder(record(json("templates.json")).folder);
	if (templates) templateFolders.push(templates);
	const templater = cleanFolder(record(json("plugins/templater-obsidian/data.json")).templates_folder);
	if (templater) templateFolders.push(templater);
	return { daily, templateFolders, notices };
}
