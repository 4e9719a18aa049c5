/** Today's daily note on disk: found from the vault's Daily notes settings, created from its template. */
import { readFile } from "node:fs/promises";
import { dirname } from "node:path";
import type { Moment, unitOfTime } from "moment";
import { expandDailyTemplate } from "../core/dailyTemplate";
import { dailyNotePath } from "../core/datedNotes";
import { dayParts, type Day } from "../core/days";
import { CliError, EXIT } from "./errors";
import { moment } from "./lazyModules";
import type { DailyNoteConfig } from "./vaultConfig";
import { describeFsError, safeVaultPath, type VaultRoot } from "./vaultFiles";

export function momentOf(day: Day): Moment {
	const parts = dayParts(day);
	return moment()({ year: parts.year, month: parts.month - 1, date: parts.day, hour: 0, minute: 0 });
}

export function dailyNoteVaultPath(config: DailyNoteConfig, day: Day): string {
	const name = momentOf(day).format(config.format);
	if (!name || name.split("/").some((part) => part === ".." || part === ".")) {
		throw new CliError(`the daily-note format '${config.format}' gives a name ('${name}') that cannot be a note inside the vault`, EXIT.usage);
	}
	return dailyNotePath(config.folder, name);
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

export async function locateDailyNote(vault: VaultRoot, config: DailyNoteConfig, day: Day, now: Date): Promise<DailyNoteOnDisk> {
	const vaultPath = dailyNoteVaultPath(config, day);
	const absolute = await safeVaultPath(vault, vaultPath);
	let text: string | null = null;
	try {
		text = await readFile(absolute, "utf8");
	} catch (error) {
		if ((error as { code?: string }).code !== "ENOENT") throw new CliError(`cannot read ${vaultPath}: it ${describeFsError(error)}`, EXIT.vault);
	}
	let initial = "";
	if (text === null && config.template) {
		const templatePath = config.template.toLowerCase().endsWith(".md") ? config.template : `${config.template}.md`;
		let template: string;
		try {
			template = await readFile(await safeVaultPath(vault, templatePath), "utf8");
		} catch (error) {
			if (error instanceof CliError) throw error;
			throw new CliError(`the daily-note template ${templatePath} ${describeFsError(error)}; fix the template setting or create the file`, EXIT.vault);
		}
		const base = momentOf(day).hour(now.getHours()).minute(now.getMinutes());
		initial = expandDailyTemplate(
			template,
			{ title: vaultPath.slice(vaultPath.lastIndexOf("/") + 1, -3), dateFormat: config.format },
			{ format: (pattern, offset) => (offset ? base.clone().add(offset.amount, offset.unit as unitOfTime.DurationConstructor) : base).format(pattern) },
		);
	}
	return { vaultPath, absolute, text, initial, folder: dirname(absolute) };
}
