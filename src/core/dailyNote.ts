/**
 * Today's daily note, as the Daily notes plugin names and starts it: its vault path from the
 * folder and the moment format, and the text a new note starts with from the template. The
 * plugin and the command line both ask here, so they agree on where a draft goes.
 */
import { expandDailyTemplate } from "./dailyTemplate";
import type { DatePort, DayTime } from "./datePort";
import type { Day } from "./days";
import type { DailyNoteSettings } from "./obsidianConfig";

export type DailyNotePath = { ok: true; path: string } | { ok: false; problem: string };

/** The vault path of the day's note, or why the format cannot name a note inside the vault. */
export function dailyNotePathFor(settings: Pick<DailyNoteSettings, "folder" | "format">, day: Day, dates: DatePort): DailyNotePath {
	const name = dates.format({ day, hour: 0, minute: 0 }, settings.format).replace(/\\/g, "/");
	const segments = name.split("/");
	if (!name.trim() || segments.some((part) => part === ".." || part === "." || part.trim() === "")) {
		return { ok: false, problem: `the daily-note format "${settings.format}" gives the name "${name}", which cannot be a note inside the vault` };
	}
	const folder = settings.folder.replace(/\\/g, "/").replace(/^\/+|\/+$/g, "");
	const path = folder ? `${folder}/${name}.md` : `${name}.md`;
	// A name or folder that starts with a dot is hidden: the config folder (.obsidian), .trash or
	// .git. Obsidian does not show such notes, and Reconnect never writes there.
	const hidden = path.split("/").find((part) => part.startsWith("."));
	if (hidden !== undefined) {
		return { ok: false, problem: `the daily notes would go to "${path}", inside the hidden "${hidden}"; choose a daily-notes folder and format without a leading dot` };
	}
	return { ok: true, path };
}

/** The template's vault path: the setting may leave out `.md`. */
export function templatePathOf(template: string): string {
	const clean = template.trim().replace(/^\/+/, "");
	return clean.toLowerCase().endsWith(".md") ? clean : `${clean}.md`;
}

/** A new daily note's text: the template with {{date}}, {{time}}, {{title}}… filled in for `when`. */
export function dailyNoteStart(template: string, path: string, settings: Pick<DailyNoteSettings, "format">, when: DayTime, dates: DatePort): string {
	const title = path.slice(path.lastIndexOf("/") + 1).replace(/\.md$/i, "");
	return expandDailyTemplate(template, { title, dateFormat: settings.format }, { format: (pattern, offset) => dates.format(when, pattern, offset) });
}
