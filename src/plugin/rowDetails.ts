/**
 * What an expanded sidebar row shows: how you met, recent news, the last five times you were in
 * touch (each opens its note at that line), and the open follow-ups, each with a box to tick.
 * History is read from the notes when the row opens; the rest comes with the ranking.
 */
import type { App } from "obsidian";
import { formatDay } from "../core/days";
import { daysOverdue } from "../core/history/followUps";
import { historyLineText } from "../core/history/lineText";
import type { LifeEventKind } from "../core/lifeEvents";
import { newsHeadline, type RankedEntry } from "../core/rank";
import { readHistory } from "./history";
import type { ReconnectIndex } from "./reconnectIndex";

/** Sightings shown in an expanded row. */
export const HISTORY_SHOWN = 5;

export interface RowDetailsContext {
	app: App;
	index: ReconnectIndex;
	catalogue: readonly LifeEventKind[];
}

/** The id of a row's details, for the toggle's aria-controls. */
export function detailsId(path: string): string {
	let hash = 0;
	for (let i = 0; i < path.length; i++) hash = (Math.imul(hash, 31) + path.charCodeAt(i)) | 0;
	return `reconnect-details-${(hash >>> 0).toString(36)}`;
}

function section(parent: HTMLElement, title: string): HTMLElement {
	const block = parent.createDiv({ cls: "reconnect-details-section" });
	block.createDiv({ cls: "reconnect-details-title", text: title });
	return block;
}

export function renderRowDetails(row: HTMLElement, entry: RankedEntry, context: RowDetailsContext): void {
	const { contact } = entry;
	const details = row.createDiv({ cls: "reconnect-details", attr: { id: detailsId(contact.path) } });
	if (contact.howWeMet) section(details, "How you met").createDiv({ cls: "reconnect-details-text", text: contact.howWeMet });
	if (contact.news.length) {
		const list = section(details, "Recent news").createEl("ul", { cls: "reconnect-details-list" });
		for (const item of contact.news) {
			const when = item.day === null ? "undated" : formatDay(item.day);
			list.createEl("li", { text: `${newsHeadline(item, context.catalogue)} (${when})` });
		}
	}
	renderHistory(section(details, "History"), entry, context);
	if (entry.followUps.length) {
		const list = section(details, "Follow-ups").createEl("ul", { cls: "reconnect-details-list reconnect-follow-ups" });
		const today = context.index.today;
		for (const followUp of entry.followUps) {
			const item = list.createEl("li", { cls: "reconnect-follow-up" });
			const words = historyLineText(followUp.text) || "(a task without words)";
			const label = item.createEl("label", { cls: "reconnect-follow-up-label" });
			label.createEl("input", {
				type: "checkbox",
				cls: "task-list-item-checkbox",
				attr: { "data-action": "tick", "data-path": followUp.notePath, "data-line": String(followUp.line), "data-words": followUp.text, "aria-label": `Mark done: ${words}` },
			});
			label.createSpan({ text: words });
			if (followUp.due !== null) {
				const overdue = daysOverdue(followUp, today);
				label.createSpan({ cls: `reconnect-due${overdue ? " is-overdue" : ""}`, text: overdue ? `overdue since ${formatDay(followUp.due)}` : `due ${formatDay(followUp.due)}` });
			}
		}
	}
}

/** The history list, filled in once the notes' lines are read (if the row is still on screen). */
function renderHistory(block: HTMLElement, entry: RankedEntry, context: RowDetailsContext): void {
	const list = block.createEl("ul", { cls: "reconnect-details-list reconnect-history" });
	const waiting = list.createEl("li", { cls: "reconnect-details-muted", text: "Reading…" });
	void readHistory(context.app, context.index, entry.contact.path, HISTORY_SHOWN).then((sightings) => {
		if (!list.isConnected) return;
		waiting.remove();
		if (!sightings.length) {
			list.createEl("li", { cls: "reconnect-details-muted", text: "Nothing yet: link them from a daily note, or write a dated line in their note." });
			return;
		}
		for (const seen of sightings) {
			const item = list.createEl("li");
			const name = seen.notePath.slice(seen.notePath.lastIndexOf("/") + 1).replace(/\.md$/i, "");
			const link = item.createEl("a", {
				cls: "reconnect-history-link",
				href: "#",
				// The visible date and words name the link; the tooltip says where it leads.
				attr: { "data-action": "open-line", "data-path": seen.notePath, "data-line": String(seen.line), title: `Open ${name} at this line` },
			});
			link.createSpan({ cls: "reconnect-history-date", text: formatDay(seen.day) });
			link.createSpan({ cls: "reconnect-history-text", text: seen.text || name });
		}
	});
}
