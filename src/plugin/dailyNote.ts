/**
 * Putting a block into today's daily note: found with the user's Daily notes settings, created
 * from their template when missing (folders included), and changed only through Vault.process
 * so an edit in progress is never overwritten.
 */
import { moment, normalizePath, TFile, type App } from "obsidian";
import { expandDailyTemplate } from "../core/dailyTemplate";
import { dailyNotePath } from "../core/datedNotes";
import { dayParts, type Day } from "../core/days";
import { insertUnderHeading } from "../core/insertUnderHeading";
import type { DailyNoteSettings } from "./obsidianSettings";

export class DailyNoteError extends Error {}

export function momentOfDay(day: Day): moment.Moment {
	const parts = dayParts(day);
	return moment({ year: parts.year, month: parts.month - 1, date: parts.day });
}

export function dailyNotePathFor(settings: DailyNoteSettings, day: Day): string {
	const name = momentOfDay(day).format(settings.format);
	if (!name.trim() || name.split("/").some((part) => part === ".." || part === "." || part === "")) {
		throw new DailyNoteError(`The daily-note format "${settings.format}" does not give a usable note name.`);
	}
	return normalizePath(dailyNotePath(settings.folder, name));
}

async function ensureFolder(app: App, folder: string): Promise<void> {
	if (!folder || app.vault.getFolderByPath(folder)) return;
	const parent = folder.includes("/") ? folder.slice(0, folder.lastIndexOf("/")) : "";
	await ensureFolder(app, parent);
	if (!app.vault.getAbstractFileByPath(folder)) await app.vault.createFolder(folder);
}

async function initialText(app: App, settings: DailyNoteSettings, path: string, day: Day): Promise<string> {
	if (!settings.template) return "";
	const templatePath = normalizePath(settings.template.toLowerCase().endsWith(".md") ? settings.template : `${settings.template}.md`);
	const template = app.vault.getFileByPath(templatePath);
	if (!template) throw new DailyNoteError(`The daily-note template "${templatePath}" was not found. Fix it in the Daily notes settings, or create the note.`);
	const text = await app.vault.cachedRead(template);
	const now = moment();
	const base = momentOfDay(day).hour(now.hour()).minute(now.minute());
	return expandDailyTemplate(
		text,
		{ title: path.slice(path.lastIndexOf("/") + 1).replace(/\.md$/i, ""), dateFormat: settings.format },
		{ format: (pattern, offset) => (offset ? base.clone().add(offset.amount, offset.unit as moment.unitOfTime.DurationConstructor) : base).format(pattern) },
	);
}

export interface InsertOutcome {
	file: TFile;
	inserted: boolean;
	created: boolean;
}

/**
 * Inserts `block` at the end of `heading`'s section in the day's note, unless `isDuplicate`
 * recognises a line already there.
 */
export async function insertIntoDailyNote(app: App, settings: DailyNoteSettings, day: Day, heading: string, block: string, isDuplicate: (line: string) => boolean): Promise<InsertOutcome> {
	const path = dailyNotePathFor(settings, day);
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
	return { file, inserted: true, created: true };
}
