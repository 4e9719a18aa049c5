/**
 * Reads the Obsidian settings Reconnect follows from the config folder with the vault adapter —
 * the same files Obsidian writes, so no private API is needed. What they mean is decided in
 * src/core/obsidianConfig.ts, which the command line uses too.
 */
import { moment, normalizePath, type App } from "obsidian";
import { datePortOf, type DatePort } from "../core/datePort";
import { OBSIDIAN_CONFIG_FILES, readObsidianConfig, type ConfigTexts, type ObsidianConfig } from "../core/obsidianConfig";

/** Daily-note names and templates are moment formats; Obsidian's own moment reads and writes them. */
export const obsidianDates: DatePort = datePortOf(moment);

export async function readObsidianSettings(app: App): Promise<ObsidianConfig> {
	const texts: ConfigTexts = {};
	await Promise.all(
		OBSIDIAN_CONFIG_FILES.map(async (file) => {
			const path = normalizePath(`${app.vault.configDir}/${file}`);
			try {
				texts[file] = (await app.vault.adapter.exists(path)) ? await app.vault.adapter.read(path) : null;
			} catch {
				texts[file] = { problem: "could not be read" };
			}
		}),
	);
	return readObsidianConfig(app.vault.configDir, texts, (folder) => app.vault.getFolderByPath(folder) !== null);
}
