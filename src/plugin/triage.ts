/**
 * Triage contacts…: a modal that steps through the contacts one at a time (those with no cadence
 * and no tier first) and sorts each with a single key — a tier, pause, snooze, contacted, skip.
 *
 * Each key writes at once through ContactActions, so the note changes as in the sidebar. Each write
 * is its own undo entry while the modal is open (the modal's Undo, or `u`, takes back the last one
 * and shows that contact again); when the modal closes, the session's writes are folded into one
 * entry, offered in the closing notice, so one click takes back the whole triage.
 */
import { Modal, Notice, type TFile } from "obsidian";
import type { Day } from "../core/days";
import { emptyTally, tallyWords, tierKeys, triageCard, triageOrder, type TriageTally } from "../core/triage";
import { describeChange, type ContactChange } from "./contactChanges";
import type { ReconnectHost } from "./host";
import type { UndoEntry } from "./undo";

/** The contact's name and the status line describe the buttons (one triage modal is open at a time). */
const NAME_ID = "reconnect-triage-name";
const STATUS_ID = "reconnect-triage-status";

/** How long the closing message stays before the modal closes by itself. */
export const TRIAGE_END_MS = 1500;

type Outcome = Exclude<keyof TriageTally, "gone">;

interface Write {
	path: string;
	/** Where the contact stood in the list, to go back to it on undo. */
	at: number;
	label: string;
	entry: UndoEntry;
}

export async function openTriage(host: ReconnectHost): Promise<void> {
	if (!(await host.actions.waitForIndex())) return;
	const ranking = host.index.ranking();
	const queue = triageOrder(ranking ? ranking.all() : []).map((entry) => entry.contact.path);
	if (!queue.length) {
		new Notice("There is nobody to triage: Reconnect has not found any contact notes yet.");
		return;
	}
	new TriageModal(host, queue).open();
}

function basename(path: string): string {
	return path.replace(/^.*\//, "").replace(/\.md$/i, "");
}

/** A key typed into a text field is text, not a command. */
function isTextField(target: EventTarget | null): boolean {
	const element = target as Partial<HTMLElement> | null;
	if (!element || typeof element.tagName !== "string") return false;
	return element.isContentEditable === true || ["INPUT", "TEXTAREA", "SELECT"].includes(element.tagName);
}

export class TriageModal extends Modal {
	readonly #host: ReconnectHost;
	readonly #queue: readonly string[];
	readonly #tiers: ReturnType<typeof tierKeys>;
	#at = 0;
	readonly #outcomes = new Map<string, Outcome>();
	readonly #gone = new Set<string>();
	readonly #writes: Write[] = [];
	#busy: Promise<void> | null = null;
	#finished = false;
	#endTimer: number | null = null;
	#unsubscribe: (() => void) | null = null;
	/** Events already handled: a key may be registered under two names (" " and "Space"). */
	readonly #handled = new WeakSet<KeyboardEvent>();

	#counterEl!: HTMLElement;
	#cardEl!: HTMLElement;
	#actionsEl!: HTMLElement;
	#statusTextEl!: HTMLElement;
	#undoButton!: HTMLButtonElement;
	readonly #tierButtons: { button: HTMLButtonElement; tier: string }[] = [];

	constructor(host: ReconnectHost, queue: readonly string[]) {
		super(host.app);
		this.#host = host;
		this.#queue = queue;
		this.#tiers = tierKeys(host.settings.tiers);
	}

	get #today(): Day {
		return this.#host.index.today;
	}

	get #path(): string | undefined {
		return this.#queue[this.#at];
	}

	override onOpen(): void {
		this.setTitle("Triage contacts");
		this.modalEl.addClass("reconnect-triage-modal");
		const { contentEl } = this;
		this.#counterEl = contentEl.createDiv({ cls: "reconnect-triage-counter" });
		this.#cardEl = contentEl.createDiv({ cls: "reconnect-triage-card", attr: { "aria-live": "polite", tabindex: "-1" } });
		this.#actionsEl = contentEl.createDiv({ cls: "reconnect-triage-actions" });
		if (this.#tiers.length) {
			this.#actionsEl.createDiv({ cls: "reconnect-triage-group-label", text: "Set tier", attr: { id: "reconnect-triage-tiers" } });
			const tiers = this.#actionsEl.createDiv({ cls: "reconnect-triage-group reconnect-triage-tiers", attr: { role: "group", "aria-labelledby": "reconnect-triage-tiers" } });
			for (const { key, tier } of this.#tiers) {
				const button = this.#button(tiers, key, key, tier.name, `${tier.days} days`, () => void this.#act({ kind: "tier", tier: tier.name }));
				this.#tierButtons.push({ button, tier: tier.name });
			}
		}
		const others = this.#actionsEl.createDiv({ cls: "reconnect-triage-group reconnect-triage-others", attr: { role: "group", "aria-label": "Other actions" } });
		this.#button(others, "p", "P", "Pause", null, () => void this.#act({ kind: "pause" }));
		this.#button(others, "s", "S", "Snooze a month", null, () => void this.#act({ kind: "snooze", period: "month" }));
		this.#button(others, "c", "C", "Contacted today", null, () => void this.#act({ kind: "contacted" }));
		this.#button(others, "Space", "Space", "Skip", null, () => this.#skip());

		const status = contentEl.createDiv({ cls: "reconnect-triage-status", attr: { role: "status" } });
		this.#statusTextEl = status.createSpan({ cls: "reconnect-triage-status-text", attr: { id: STATUS_ID } });
		this.#undoButton = this.#button(status, "u", "U", "Undo", null, () => void this.#undoLast(), STATUS_ID);
		this.#undoButton.addClass("reconnect-triage-undo");
		contentEl.createDiv({ cls: "reconnect-triage-hint", text: "Each key writes to the note at once. Esc stops." });

		for (const key of [...this.#tiers.map(({ key: digit }) => digit), "p", "s", "c", "u", " ", "Space"]) this.scope.register([], key, (event) => this.#onKey(event));
		this.#unsubscribe = this.#host.index.onChange((change) => {
			const path = this.#path;
			if (this.#busy || this.#finished || !path || change === "progress") return;
			if (change === "all" || change.has(path)) this.#show();
		});
		this.#say("");
		this.#show();
		this.#cardEl.focus();
	}

	override onClose(): void {
		this.#unsubscribe?.();
		if (this.#endTimer !== null) window.clearTimeout(this.#endTimer);
		// A write still running when the modal closed is part of the session too.
		if (this.#busy) void this.#busy.then(() => this.#summarise());
		else this.#summarise();
		this.contentEl.empty();
	}

	/**
	 * A button named by its words ("inner 14 days", "Pause"), described by the contact it acts on
	 * (or, for Undo, by what it takes back); its key is shown, and given as aria-keyshortcuts.
	 */
	#button(parent: HTMLElement, key: string, shortcut: string, text: string, detail: string | null, run: () => void, describedBy = NAME_ID): HTMLButtonElement {
		const button = parent.createEl("button", { cls: "reconnect-triage-action", attr: { "aria-keyshortcuts": shortcut, "aria-describedby": describedBy, "data-key": key } });
		button.createEl("kbd", { cls: "reconnect-triage-key", text: shortcut, attr: { "aria-hidden": "true" } });
		button.appendText(" ");
		button.createSpan({ cls: "reconnect-triage-action-name", text });
		if (detail) {
			button.appendText(" ");
			button.createSpan({ cls: "reconnect-triage-action-detail", text: detail });
		}
		button.addEventListener("click", run);
		return button;
	}

	/** A key from the scope: single keys only (no Ctrl, Cmd or Alt), never while typing in a field. */
	#onKey(event: KeyboardEvent): boolean {
		if (this.#handled.has(event)) return false;
		if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing || isTextField(event.target)) return true;
		const key = event.key === " " || event.key === "Spacebar" ? "Space" : event.key.toLowerCase();
		const run = this.#finished ? (key === "Space" ? () => this.close() : key === "u" ? () => void this.#undoLast() : null) : this.#keyAction(key);
		if (!run) return true;
		this.#handled.add(event);
		event.preventDefault();
		run();
		return false;
	}

	#keyAction(key: string): (() => void) | null {
		const tier = this.#tiers.find((option) => option.key === key);
		if (tier) return () => void this.#act({ kind: "tier", tier: tier.tier.name });
		switch (key) {
			case "p":
				return () => void this.#act({ kind: "pause" });
			case "s":
				return () => void this.#act({ kind: "snooze", period: "month" });
			case "c":
				return () => void this.#act({ kind: "contacted" });
			case "u":
				return () => void this.#undoLast();
			case "Space":
				return () => this.#skip();
			default:
				return null;
		}
	}

	#name(path: string): string {
		return this.#host.index.contact(path)?.name ?? basename(path);
	}

	/** The current contact's note, or null (and the contact skipped, said in the status) when it is gone. */
	#currentFile(): TFile | null {
		const path = this.#path;
		if (path === undefined) return null;
		const file = this.app.vault.getFileByPath(path);
		if (file && this.#host.index.entry(path)) return file;
		return null;
	}

	/** Shows the contact at #at, skipping (with a word) those renamed or deleted meanwhile; at the end, says so. */
	#show(message?: string): void {
		const moved: string[] = [];
		const unlisted: string[] = [];
		while (this.#path !== undefined && !this.#currentFile()) {
			const path = this.#path;
			this.#gone.add(path);
			this.#outcomes.delete(path);
			(this.app.vault.getFileByPath(path) ? unlisted : moved).push(basename(path));
			this.#at++;
		}
		if (message !== undefined || moved.length || unlisted.length) {
			const skipped = (names: string[], why: (one: boolean) => string): string =>
				names.length ? `${names.join(", ")} ${why(names.length === 1)}, so ${names.length === 1 ? "it was" : "they were"} skipped.` : "";
			const words = [message ?? "", skipped(moved, (one) => `${one ? "was" : "were"} renamed or deleted`), skipped(unlisted, (one) => `${one ? "is no longer a contact note" : "are no longer contact notes"}`)];
			this.#say(words.filter(Boolean).join(" "));
		}
		const path = this.#path;
		const entry = path === undefined ? undefined : this.#host.index.entry(path);
		if (path === undefined || !entry) {
			this.#finish();
			return;
		}
		this.#counterEl.setText(`${this.#at + 1} of ${this.#queue.length}`);
		const card = triageCard(entry, this.#today, this.#host.settings.defaultCadenceDays, this.#host.index.catalogue);
		this.#cardEl.empty();
		this.#cardEl.createEl("h3", { cls: "reconnect-triage-name", text: card.name, attr: { id: NAME_ID } });
		const facts = this.#cardEl.createEl("dl", { cls: "reconnect-triage-facts" });
		const fact = (term: string, value: string | null, missing: string): void => {
			facts.createEl("dt", { text: term });
			facts.createEl("dd", { text: value ?? missing, cls: value === null ? "is-missing" : "" });
		};
		fact("How we met", card.howWeMet, "Not noted yet");
		fact("Last contact", card.lastContact, "");
		fact("Recent news", card.news, "None noted");
		fact("Tier", card.rhythm, "");
		const current = entry.contact.tier?.name;
		for (const { button, tier } of this.#tierButtons) button.toggleClass("is-current", tier === current);
	}

	#say(text: string): void {
		this.#statusTextEl.setText(text);
		const last = this.#writes.at(-1);
		this.#undoButton.toggle(last !== undefined);
	}

	#finish(): void {
		if (this.#finished) return;
		this.#finished = true;
		this.#counterEl.setText(`${this.#queue.length} of ${this.#queue.length}`);
		this.#cardEl.empty();
		this.#cardEl.createEl("h3", { cls: "reconnect-triage-name", text: "That was everyone" });
		this.#cardEl.createEl("p", { cls: "reconnect-triage-end", text: `Triage: ${tallyWords(this.#tally())}.` });
		this.#actionsEl.hide();
		this.#endTimer = window.setTimeout(() => this.close(), TRIAGE_END_MS);
	}

	#unfinish(): void {
		if (!this.#finished) return;
		this.#finished = false;
		if (this.#endTimer !== null) window.clearTimeout(this.#endTimer);
		this.#endTimer = null;
		this.#actionsEl.show();
	}

	/** Runs one write or undo at a time; keys pressed meanwhile are ignored. */
	async #exclusive(run: () => Promise<void>): Promise<void> {
		if (this.#busy) return;
		const task = run();
		this.#busy = task.catch(() => undefined);
		try {
			await task;
		} finally {
			this.#busy = null;
		}
	}

	async #act(change: ContactChange): Promise<void> {
		await this.#exclusive(async () => {
			const path = this.#path;
			if (path === undefined || this.#finished) return;
			const file = this.#currentFile();
			if (!file) {
				this.#show();
				return;
			}
			const name = this.#name(path);
			const { changed, unchanged, failed, steps } = await this.#host.actions.changeQuietly(file, change);
			if (changed.length) {
				const label = describeChange(change, this.#today, name);
				this.#writes.push({ path, at: this.#at, label, entry: this.#host.actions.undo.remember(label, steps) });
				this.#outcomes.set(path, change.kind);
				this.#next(`${label}.`);
			} else if (unchanged[0]) {
				this.#outcomes.set(path, "unchanged");
				this.#next(`${name}: ${unchanged[0].reason}; nothing was changed.`);
			} else {
				this.#say(`Could not update ${name}: ${failed[0]?.error ?? "unknown error"}. The note was not changed.`);
			}
		});
	}

	#next(message: string): void {
		if (!this.contentEl.isConnected) return;
		this.#at++;
		this.#show(message);
	}

	#skip(): void {
		const path = this.#path;
		if (path === undefined || this.#busy || this.#finished) return;
		this.#outcomes.set(path, "skipped");
		this.#next(`Skipped ${this.#name(path)}.`);
	}

	/** Takes back the session's last write and shows that contact again, to choose anew. */
	async #undoLast(): Promise<void> {
		await this.#exclusive(async () => {
			const last = this.#writes.pop();
			if (!last) {
				this.#say("Nothing to undo in this triage yet.");
				return;
			}
			const undone = await this.#host.actions.undo.undo(last.entry);
			if (!undone) {
				this.#say(`Could not undo "${last.label}": the note changed since.`);
				return;
			}
			this.#outcomes.delete(last.path);
			this.#unfinish();
			this.#at = last.at;
			this.#show(`Undone: ${last.label}.`);
		});
	}

	#tally(): TriageTally {
		const tally = emptyTally();
		for (const outcome of this.#outcomes.values()) tally[outcome]++;
		tally.gone = this.#gone.size;
		return tally;
	}

	/** One notice for the session, with Undo for all its writes together. */
	#summarise(): void {
		const tally = this.#tally();
		if (!this.#outcomes.size && !tally.gone) return;
		const writes = tallyWords({ ...tally, unchanged: 0, skipped: 0, gone: 0 });
		const session = this.#host.actions.undo.combine(`Triage (${writes})`, this.#writes.map((write) => write.entry));
		const message = `Triage${this.#finished ? " finished" : ""}: ${tallyWords(tally)}.`;
		if (!session) {
			new Notice(message);
			return;
		}
		this.#host.actions.undo.offer(session, message);
	}
}
