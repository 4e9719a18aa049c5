/**
 * The vault's Obsidian settings that Reconnect follows (Daily notes or Periodic Notes, the
 * template folders — read as the plugin reads them, by src/core/obsidianConfig.ts) and
 * Reconnect's own settings from its data.json, so the command line and the plugin agree.
 */
import { statSync } from "node:fs";
import { join } from "node:path";
import { OBSIDIAN_CONFIG_FILES, readObsidianConfig, type ConfigTexts, type ObsidianConfig } from "../core/obsidianConfig";
import { DEFAULT_SETTINGS, sanitizeSettings, type ReconnectSettings } from "../core/settings";
import { readConfigFile, type VaultRoot } from "./vaultFiles";

export interface VaultConfig extends ObsidianConfig {
	settings: ReconnectSettings;
}

function isFolder(vault: VaultRoot, path: string): boolean {
	try {
		return statSync(join(vault.root, path)).isDirectory();
	} catch {
		return false;
	}
}

export async function readVaultConfig(vault: VaultRoot): Promise<VaultConfig> {
	const texts: ConfigTexts = {};
	const problems: string[] = [];
	for (const file of OBSIDIAN_CONFIG_FILES) texts[file] = await readConfigFile(vault, file, problems);
	const obsidian = readObsidianConfig(vault.configDir, texts, (folder) => isFolder(vault, folder));

	const storedText = await readConfigFile(vault, "plugins/reconnect/data.json", problems);
	obsidian.notices.push(...problems);
	let stored: unknown = null;
	if (storedText !== null) {
		try {
			stored = JSON.parse(storedText) as unknown;
		} catch {
			obsidian.notices.push(`${vault.configDir}/plugins/reconnect/data.json could not be read (it is not valid JSON), so Reconnect uses its defaults`);
		}
	}
	const settings = stored ? sanitizeSettings(stored) : { ...DEFAULT_SETTINGS };
	if (!stored) {
		// What the plugin's first run proposes: a People or Contacts folder, if there is one.
		const candidate = ["People", "Contacts"].find((name) => isFolder(vault, name));
		if (candidate) settings.contactFolders = [candidate];
	}
	return { ...obsidian, settings };
}
