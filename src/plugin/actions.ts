/**
 * What a user can do to a contact, from the sidebar, the command palette or the file menu —
 * one code path for each, with a Notice that says what happened (or why nothing did).
 */
import { MarkdownView, Notice, normalizePath, TFile, type App } from "obsidian";
import { composeDraft, draftRefusal, linkRefusal, renderDraftBlock } from "../core/draft";
import { meetingFrom } from "../core/history/meeting";
import { formatDay, type Day } from "../core/days";
import { reconnectTaskMatcher } from "../core/insertUnderHeading";
import { kindOf } from "../core/lifeEvents";
import { plannedIn, planToday } from "../core/plan";
import type { RankedEntry } from "../core/rank";
import type { ReconnectSettings } from "../core/settings";
import { writeLifeEvent } from "./contactWrites";
import { applyToMany, describeChange, type ChangeContext, type ContactChange, type ManyOutcome, type SnoozePeriod } from "./contactChanges";
import { DailyNoteError, dailyNotePath, insertIntoDailyNote } from "./dailyNote";
import { lastTimeOf } from "./history";
import { historyLineText } from "../core/history/lineText";
import { tickTask } from "../core/history/tickTask";
import type { ReconnectIndex } from "./reconnectIndex";
import { UNDO_NOTICE_MS, UndoHistory, type UndoStep } from "./undo";

export { SNOOZE_PERIODS, snoozeUntil, type SnoozePeriod } from "./contactChanges";

/** The first line of an error: YAML errors go on to quote the note, which a notice cannot show. */
function errorText(error: unknown): string {
	const text = error instanceof Error ? error.message : String(error);
	return (text.split("\n")[0] ?? "").replace(/[:\s]+$/, "");
}

const UNCHANGED = "The note was not changed.";
const NOT_READY = "Reconnect is still reading your notes; it will go on as soon as it is done.";

/** A notice with a link that opens a note. */
function noticeWithLink(app: App, before: string, linkText: string, path: string, after = "", undo?: (root: DocumentFragment, notice: () => Notice) => void): Notice {
	const fragment = createFragment((root) => {
		root.appendText(before);
		const link = root.createEl("a", { text: linkText, href: "#", cls: "reconnect-notice-link" });
		link.addEventListener("click", (event) => {
			event.preventDefault();
			void app.workspace.openLinkText(path, "", false);
		});
		root.appendText(after);
		if (undo) {
			root.appendText(" ");
			undo(root, () => notice);
		}
	});
	const notice = new Notice(fragment, undo ? UNDO_NOTICE_MS : 8000);
	return notice;
}

export class ContactActions {
	/** Daily-note writes run one after another, so two quick drafts both land. */
	#dailyQueue: Promise<unknown> = Promise.resolve();
	#writingDaily = 0;

	/** Whether Reconnect is writing the daily note itself (a note it creates is not the user's new note). */
	get writingDailyNote(): boolean {
		return this.#writingDaily > 0;
	}

	readonly #app: App;
	readonly #index: ReconnectIndex;
	readonly #settings: () => ReconnectSettings;
	/** Every write below is recorded here, so it can be taken back. */
	readonly undo: UndoHistory;

	constructor(app: App, index: ReconnectIndex, settings: () => ReconnectSettings, undo = new UndoHistory(app)) {
		this.#app = app;
		this.#index = index;
		this.#settings = settings;
		this.undo = undo;
	}

	/** Waits for the index (telling the user, when it is still reading); false if the plugin unloaded meanwhile. */
	async waitForIndex(): Promise<boolean> {
		if (this.#index.ready) return true;
		const progress = this.#index.progress;
		new Notice(progress ? `${NOT_READY} (${progress.done.toLocaleString()} of ${progress.total.toLocaleString()} notes read)` : NOT_READY);
		return this.#index.whenReady();
	}

	#contactName(file: TFile): string {
		return this.#index.contact(file.path)?.name ?? file.basename;
	}

	/** Composes the draft for a contact and puts it into today's daily note. Returns whether a block was added. */
	async draft(file: TFile): Promise<boolean> {
		const task = this.#dailyQueue.then(() => this.#writing(() => this.#insertDraft(file)));
		this.#dailyQueue = task.catch(() => undefined);
		return task;
	}

	/**
	 * Plans today: drafts for the top few of the list (setting planSize) who are not yet in today's
	 * note, one undo entry for them all. Returns how many were added.
	 */
	async planToday(): Promise<number> {
		const task = this.#dailyQueue.then(() => this.#writing(() => this.#plan()));
		this.#dailyQueue = task.catch(() => undefined);
		return task;
	}

	async #writing<T>(run: () => Promise<T>): Promise<T> {
		this.#writingDaily++;
		try {
			return await run();
		} finally {
			this.#writingDaily--;
		}
	}

	async #plan(): Promise<number> {
		if (!(await this.waitForIndex())) return 0;
		try {
			await this.#index.refreshObsidianSettings();
			const daily = this.#index.dailyNoteSettings;
			if (!daily) throw new Error(NOT_READY);
			const todays = this.#app.vault.getFileByPath(dailyNotePath(daily, this.#index.today));
			const planned = plannedIn(todays ? await this.#app.vault.cachedRead(todays) : "");
			const dailyPath = normalizePath(`${daily.folder}/x.md`);
			// Left out as if planned: a note that is gone, and anyone a draft would refuse.
			const isPlanned = (entry: RankedEntry): boolean => {
				const contactFile = this.#app.vault.getFileByPath(entry.contact.path);
				if (!contactFile || draftRefusal(entry)) return true;
				return planned.has(this.#app.metadataCache.fileToLinktext(contactFile, dailyPath, true).trim().toLowerCase());
			};
			const size = this.#settings().planSize;
			const plan = planToday(this.#index.ranking()?.entries ?? [], { size, plannedToday: planned.size, isPlanned });
			const steps: UndoStep[] = [];
			const names: string[] = [];
			for (const entry of plan) {
				const contactFile = this.#app.vault.getFileByPath(entry.contact.path);
				if (contactFile && (await this.#insertDraft(contactFile, steps))) names.push(entry.contact.name);
			}
			const note = steps[0] ? this.#app.vault.getFileByPath(steps[0].path) : null;
			if (!names.length || !note) {
				new Notice(planned.size >= size ? `Today's plan is complete: today's note already has ${planned.size === 1 ? "1 reconnect" : `${planned.size} reconnects`} (the plan holds ${size}).` : "Nobody else is due today: everyone Reconnect would suggest is already in today's note.");
				return 0;
			}
			const undone = this.undo.remember(`Today's plan (${names.join(", ")})`, steps);
			noticeWithLink(this.#app, `Planned ${names.length === 1 ? "1 reconnect" : `${names.length} reconnects`} (${names.join(", ")}) in `, note.basename, note.path, ".", (root, notice) => this.undo.addButton(root, undone, notice));
			return names.length;
		} catch (error) {
			new Notice(error instanceof DailyNoteError ? error.message : `Could not plan today: ${errorText(error)}`, 10_000);
			return 0;
		}
	}

	/** With `collect`, the draft is added quietly and its undo step handed back, for a plan to announce. */
	async #insertDraft(file: TFile, collect?: UndoStep[]): Promise<boolean> {
		if (!(await this.waitForIndex())) return false;
		try {
			const entry = this.#index.entry(file.path);
			if (!entry) {
				new Notice(`${file.basename} is not a contact note, so there is nothing to draft.`);
				return false;
			}
			const refusal = draftRefusal(entry);
			if (refusal) {
				new Notice(refusal);
				return false;
			}
			await this.#index.refreshObsidianSettings();
			const daily = this.#index.dailyNoteSettings;
			if (!daily) throw new Error(NOT_READY);
			const settings = this.#settings();
			const today = this.#index.today;
			// What today's note already holds: a sentence drafted there for someone else is not used again.
			const todays = this.#app.vault.getFileByPath(dailyNotePath(daily, today));
			const written = todays ? await this.#app.vault.cachedRead(todays) : "";
			// The last time you were in touch: a line for the writer, and what you did together for the message.
			const lastTime = await lastTimeOf(this.#app, this.#index, file.path);
			const draft = composeDraft(entry, { today, me: settings.userName, phrasing: settings.phrasing, catalogue: this.#index.catalogue, written, lastMeeting: meetingFrom(lastTime) });
			const dailyPath = normalizePath(`${daily.folder}/x.md`);
			const linktext = this.#app.metadataCache.fileToLinktext(file, dailyPath, true);
			const unlinkable = linkRefusal(linktext);
			if (unlinkable) {
				new Notice(`${entry.contact.name}: ${unlinkable}.`, 10_000);
				return false;
			}
			const block = renderDraftBlock(draft, linktext, lastTime);
			const outcome = await insertIntoDailyNote(this.#app, daily, today, settings.dailyNoteHeading, block, reconnectTaskMatcher(linktext));
			if (collect) {
				if (outcome.inserted) collect.push({ kind: "block", path: outcome.file.path, block, ...(outcome.createdAs !== undefined ? { createdAs: outcome.createdAs } : {}) });
				return outcome.inserted;
			}
			if (outcome.inserted) {
				const undone = this.undo.remember(`Draft for ${entry.contact.name} in ${outcome.file.basename}`, [{ kind: "block", path: outcome.file.path, block, ...(outcome.createdAs !== undefined ? { createdAs: outcome.createdAs } : {}) }]);
				const addUndo = (root: DocumentFragment, notice: () => Notice): void => this.undo.addButton(root, undone, notice);
				noticeWithLink(this.#app, `Draft for ${entry.contact.name} added to `, outcome.file.basename, outcome.file.path, outcome.created ? " (new daily note)." : ".", addUndo);
				if (settings.openDailyNoteAfterDraft) await this.#openAtSlot(outcome.file, linktext, draft.slots[0]);
			} else {
				noticeWithLink(this.#app, `${outcome.file.basename} already has a draft for ${entry.contact.name}; nothing was added. `, "Open it", outcome.file.path);
			}
			return outcome.inserted;
		} catch (error) {
			const reason = error instanceof DailyNoteError ? error.message : `Could not write the draft: ${errorText(error)}`;
			new Notice(reason, 10_000);
			return false;
		}
	}

	/** Opens the daily note; with a slot to fill in the new draft, the slot is selected, ready to type over. */
	async #openAtSlot(file: TFile, linktext: string, slot: string | undefined): Promise<void> {
		const leaf = this.#app.workspace.getLeaf(false);
		await leaf.openFile(file);
		const view = leaf.view;
		if (!slot || !(view instanceof MarkdownView)) return;
		const editor = view.editor;
		const text = editor.getValue();
		const task = text.indexOf(`Reconnect with [[${linktext}]]`);
		const at = task < 0 ? -1 : text.indexOf(slot, task);
		if (at < 0) return;
		editor.setSelection(editor.offsetToPos(at), editor.offsetToPos(at + slot.length));
		editor.focus();
	}

	async markContacted(file: TFile): Promise<boolean> {
		return this.#changeOne(file, { kind: "contacted" });
	}

	async snooze(file: TFile, period: SnoozePeriod): Promise<boolean> {
		return this.#changeOne(file, { kind: "snooze", period });
	}

	async setTier(file: TFile, tier: string): Promise<boolean> {
		return this.#changeOne(file, { kind: "tier", tier });
	}

	async pause(file: TFile): Promise<boolean> {
		return this.#changeOne(file, { kind: "pause" });
	}

	#changeContext(): ChangeContext {
		return { today: this.#index.today, resolver: this.#index.fieldResolver, logOnContact: this.#settings().logOnContact };
	}

	/** One change to one contact, said in a notice with Undo ("Marked Jane Doe as contacted today."). */
	async #changeOne(file: TFile, change: ContactChange): Promise<boolean> {
		if (!(await this.waitForIndex())) return false;
		const name = this.#contactName(file);
		const { changed, unchanged, failed, steps } = await applyToMany(this.undo, [file], change, this.#changeContext());
		if (changed.length) this.undo.record(describeChange(change, this.#index.today, name), steps);
		else if (unchanged[0]) new Notice(`${name}: ${unchanged[0].reason}; nothing was changed.`);
		else if (failed[0]) new Notice(`Could not update ${file.basename}: ${failed[0].error}. ${UNCHANGED}`, 10_000);
		return changed.length > 0;
	}

	/**
	 * One change to several contacts (the sidebar's bulk bar, triage), kept as one undo entry and
	 * said in one notice. Returns how many notes changed.
	 */
	async changeMany(files: readonly TFile[], change: ContactChange): Promise<number> {
		if (!files.length || !(await this.waitForIndex())) return 0;
		const { changed, unchanged, failed, steps } = await applyToMany(this.undo, files, change, this.#changeContext());
		const people = (count: number): string => (count === 1 ? "1 contact" : `${count.toLocaleString()} contacts`);
		const extra = [unchanged.length ? `${people(unchanged.length)} unchanged (${unchanged[0]?.reason})` : "", failed.length ? `${people(failed.length)} could not be written (${failed[0]?.file.basename}: ${failed[0]?.error})` : ""].filter(Boolean);
		const label = describeChange(change, this.#index.today, people(changed.length));
		if (changed.length) this.undo.record(label, steps, `${label}${extra.length ? `; ${extra.join("; ")}` : ""}.`);
		else new Notice(`Nothing was changed${extra.length ? `: ${extra.join("; ")}` : ""}.`, failed.length ? 10_000 : 5000);
		return changed.length;
	}

	/**
	 * One change to one contact, quietly: no notice and no undo entry, for a caller that says what
	 * happened itself and keeps the undo steps as it sees fit (triage).
	 */
	async changeQuietly(file: TFile, change: ContactChange): Promise<ManyOutcome> {
		return applyToMany(this.undo, [file], change, this.#changeContext());
	}

	async tagLifeEvent(file: TFile, kind: string, detail: string, day: Day): Promise<boolean> {
		if (!(await this.waitForIndex())) return false;
		try {
			const catalogue = this.#index.catalogue;
			const steps: UndoStep[] = [];
			const { item } = await writeLifeEvent(this.undo.recording(steps), file, day, kind, detail, this.#index.fieldResolver);
			this.undo.record(`Recorded for ${this.#contactName(file)}: ${kindOf(catalogue, kind).label.toLowerCase()} (${item})`, steps);
			return true;
		} catch (error) {
			new Notice(`Could not record the life event on ${file.basename}: ${errorText(error)}. ${UNCHANGED}`, 10_000);
			return false;
		}
	}

	/**
	 * Ticks a follow-up: its task's line in its note, through Vault.process, and nothing else; if
	 * the line no longer holds that open task, nothing is written and the user is told.
	 */
	async tickFollowUp(followUp: { notePath: string; line: number; text: string }): Promise<boolean> {
		const file = this.#app.vault.getFileByPath(followUp.notePath);
		if (!file) {
			new Notice(`${followUp.notePath} is gone; nothing was changed.`);
			return false;
		}
		let step: UndoStep | null = null;
		try {
			await this.#app.vault.process(file, (text) => {
				const next = tickTask(text, followUp.line, followUp.text, this.#index.today);
				if (next === null) return text;
				const lineOf = (source: string): string => (source.split("\n")[followUp.line] ?? "").replace(/\r$/, "");
				step = { kind: "line", path: file.path, line: followUp.line, before: lineOf(text), after: lineOf(next) };
				return next;
			});
		} catch (error) {
			new Notice(`Could not tick the task in ${file.basename}: ${errorText(error)}. ${UNCHANGED}`, 10_000);
			return false;
		}
		if (step) this.undo.record(`Ticked "${historyLineText(followUp.text)}"`, [step], `Done: ${historyLineText(followUp.text)}`);
		else noticeWithLink(this.#app, "That task changed since Reconnect read it; nothing was changed. ", `Open ${file.basename}`, file.path);
		return step !== null;
	}

	/** The empty state's button: a contact note from a sensible template, opened for editing. */
	async createContactNote(): Promise<TFile | null> {
		const folder = normalizePath(this.#settings().contactFolders[0] ?? "People");
		try {
			if (!this.#app.vault.getAbstractFileByPath(folder)) await this.#app.vault.createFolder(folder);
			let name = "New contact";
			for (let n = 2; this.#app.vault.getAbstractFileByPath(`${folder}/${name}.md`); n++) name = `New contact ${n}`;
			const today = formatDay(this.#index.today);
			const text = [
				"---",
				"tags:",
				"  - person",
				"how-we-met: ",
				`last-contact: ${today}`,
				"cadence: 3m",
				"email: ",
				"interests: []",
				"recent-news: []",
				"---",
				"",
				"Rename this note to the person's name, and fill in how you met.",
				"",
				"## Notes",
				"",
			].join("\n");
			const file = await this.#app.vault.create(`${folder}/${name}.md`, text);
			await this.#app.workspace.getLeaf(false).openFile(file);
			return file;
		} catch (error) {
			new Notice(`Could not create a contact note in ${folder}: ${errorText(error)}`, 10_000);
			return null;
		}
	}
}
