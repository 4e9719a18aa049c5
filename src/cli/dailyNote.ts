/** Today's daily note on disk: found from the vault's Daily notes settings, created from its template. */
import { dirname } from "node:path";
import { dailyNotePathFor, dailyNoteStart, templatePathOf } from "../core/dailyNote";
import type { Day } from "../core/days";
import type { DailyNoteSettings } from "../core/obsidianConfig";
import { CliError, EXIT } from "./errors";
import { cliDates } from "./lazyModules";
import { describeFsError, readRegularFile, safeVaultPath, type VaultRoot } from "./vaultFiles";

export function dailyNoteVaultPath(settings: DailyNoteSettings, day: Day): string {
	const found = dailyNotePathFor(settings, day, cliDates);
	// A setting that cannot name a note is a configuration problem: exit 2.
	if (!found.ok) throw new CliError(found.problem, EXIT.vault);
	return found.path;
}

export interface DailyNoteOnDisk {
	vaultPath: string;
	absolute: string;
	/** The note's text, or null when it does not exist yet. */
	text: string | null;
	/** The text a new note starts with (the expanded template). */
	initial: string;
	folder: string;
}

export async function locateDailyNote(vault: VaultRoot, settings: DailyNoteSettings, day: Day, now: Date): Promise<DailyNoteOnDisk> {
	const vaultPath = dailyNoteVaultPath(settings, day);
	const absolute = await safeVaultPath(vault, vaultPath);
	let text: string | null = null;
	try {
		text = await readRegularFile(absolute);
	} catch (error) {
		const code = (error as { code?: string }).code;
		// Not a file Reconnect could write into: a write target, so exit 3.
		if (code === "ENOTFILE") throw new CliError(`cannot write ${vaultPath}: it ${describeFsError(error)}; nothing was changed`, EXIT.write);
		if (code !== "ENOENT") throw new CliError(`cannot read ${vaultPath}: it ${describeFsError(error)}`, EXIT.vault);
	}
	let initial = "";
	if (text === null && settings.template) {
		const templatePath = templatePathOf(settings.template);
		let template: string;
		try {
			template = await readRegularFile(await safeVaultPath(vault, templatePath));
		} catch (error) {
			if (error instanceof CliError) throw error;
			throw new CliError(`the daily-note template ${templatePath} ${describeFsError(error)}; fix the template setting or create the file`, EXIT.vault);
		}
		initial = dailyNoteStart(template, vaultPath, settings, { day, hour: now.getHours(), minute: now.getMinutes() }, cliDates);
	}
	return { vaultPath, absolute, text, initial, folder: dirname(absolute) };
}
