/**
 * A contact's history as the sidebar and the draft block show it: the index knows which line of
 * which note recorded each sighting; the words of that line are read from the note when shown.
 */
import { TFile, type App } from "obsidian";
import type { LastTime } from "../core/draft";
import type { Day } from "../core/days";
import { historyEntryText, lineWithContinuation } from "../core/history/lineText";
import { noteLines } from "../core/history/noteContent";
import type { ReconnectIndex } from "./reconnectIndex";

export interface ShownSighting {
	day: Day;
	notePath: string;
	line: number;
	/** The line's words; empty when the note could not be read. */
	text: string;
}

/** The latest sightings of a contact (up to `limit`), newest first, with their words. */
export async function readHistory(app: App, index: ReconnectIndex, contactPath: string, limit: number): Promise<ShownSighting[]> {
	const entries = index.history(contactPath, limit);
	const texts = new Map<string, Promise<string[] | null>>();
	const linesOf = (path: string): Promise<string[] | null> => {
		let read = texts.get(path);
		if (!read) {
			const file = app.vault.getAbstractFileByPath(path);
			read = file instanceof TFile ? app.vault.cachedRead(file).then(noteLines, () => null) : Promise.resolve(null);
			texts.set(path, read);
		}
		return read;
	};
	return Promise.all(
		entries.map(async (entry) => {
			const lines = await linesOf(entry.notePath);
			return { ...entry, text: historyEntryText(lines ? lineWithContinuation(lines, entry.line) : "", entry.notePath === contactPath) };
		}),
	);
}

/** The last time you were in touch, for the line above a draft. */
export async function lastTimeOf(app: App, index: ReconnectIndex, contactPath: string): Promise<LastTime | null> {
	const [latest] = await readHistory(app, index, contactPath, 1);
	return latest ? { day: latest.day, text: latest.text } : null;
}
