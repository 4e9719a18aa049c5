/**
 * Putting a block into today's daily note: found with the user's Daily notes settings, created
 * from their template when missing (folders included), and changed only through Vault.process
 * so an edit in progress is never overwritten.
 */
import { moment, normalizePath, TFile, type App } from "obsidian";
import { dailyNotePathFor, dailyNoteStart, templatePathOf } from "../core/dailyNote";
import type { Day } from "../core/days";
import { insertUnderHeading } from "../core/insertUnderHeading";
import type { DailyNoteSettings } from "../core/obsidianConfig";
import { obsidianDates } from "./obsidianSettings";

export class DailyNoteError extends Error {}

export function dailyNotePath(settings: DailyNoteSettings, day: Day): string {
	const found = dailyNotePathFor(settings, day, obsidianDates);
	if (!found.ok) throw new DailyNoteError(`${found.problem.charAt(0).toUpperCase()}${found.problem.slice(1)}.`);
	return normalizePath(found.path);
}

async function ensureFolder(app: App, folder: string): Promise<void> {
	if (!folder || app.vault.getFolderByPath(folder)) return;
	const parent = folder.includes("/") ? folder.slice(0, folder.lastIndexOf("/")) : "";
	await ensureFolder(app, parent);
	if (!app.vault.getAbstractFileByPath(folder)) await app.vault.createFolder(folder);
}

async function initialText(app: App, settings: DailyNoteSettings, path: string, day: Day): Promise<string> {
	if (!settings.template) return "";
	const templatePath = normalizePath(templatePathOf(settings.template));
	const template = app.vault.getFileByPath(templatePath);
	if (!template) throw new DailyNoteError(`The daily-note template "${templatePath}" was not found. Fix it in the Daily notes settings, or create the note.`);
	const now = moment();
	return dailyNoteStart(await app.vault.cachedRead(template), path, settings, { day, hour: now.hour(), minute: now.minute() }, obsidianDates);
}

export interface InsertOutcome {
	file: TFile;
	inserted: boolean;
	created: boolean;
	/** When Reconnect created the note: the text it was created with (the template with the block). */
	createdAs?: string;
}

/**
 * Inserts `block` at the end of `heading`'s section in the day's note, unless `isDuplicate`
 * recognises a line already there.
 */
export async function insertIntoDailyNote(app: App, settings: DailyNoteSettings, day: Day, heading: string, block: string, isDuplicate: (line: string) => boolean): Promise<InsertOutcome> {
	const path = dailyNotePath(settings, day);
	const existing = app.vault.getAbstractFileByPath(path);
	if (existing && !(existing instanceof TFile)) throw new DailyNoteError(`"${path}" is a folder, not a note.`);
	if (existing instanceof TFile) {
		let inserted = false;
		await app.vault.process(existing, (text) => {
			const result = insertUnderHeading(text, heading, block, isDuplicate);
			inserted = result.inserted;
			return result.text;
		});
		return { file: existing, inserted, created: false };
	}
	const start = await initialText(app, settings, path, day);
	const result = insertUnderHeading(start, heading, block, isDuplicate);
	await ensureFolder(app, path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "");
	const file = await app.vault.create(path, result.text);
	return { file, inserted: true, created: true, createdAs: result.text };
}
