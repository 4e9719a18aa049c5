/** The pickers behind the commands: a contact, a life-event kind, its details, a snooze period. */
import { App, FuzzySuggestModal, Modal, Setting, SuggestModal, type FuzzyMatch } from "obsidian";
import { formatDay, parseIsoDay, type Day } from "../core/days";
import type { LifeEventKind, Tone } from "../core/lifeEvents";
import { placeTitle } from "../core/bands";
import type { RankedEntry } from "../core/rank";
import { SNOOZE_PERIODS, type SnoozePeriod } from "./actions";

/** Contacts, most fading first; each suggestion shows its band and first reason. */
export class ContactSuggestModal extends FuzzySuggestModal<RankedEntry> {
	readonly #entries: readonly RankedEntry[];
	readonly #choose: (entry: RankedEntry) => void;
	constructor(app: App, entries: readonly RankedEntry[], choose: (entry: RankedEntry) => void) {
		super(app);
		this.#entries = entries;
		this.#choose = choose;
		this.setPlaceholder("Type a name to draft a message for");
	}

	getItems(): RankedEntry[] {
		return [...this.#entries];
	}

	getItemText(entry: RankedEntry): string {
		return [entry.contact.name, ...entry.contact.aliases].join(" ");
	}

	override renderSuggestion(match: FuzzyMatch<RankedEntry>, el: HTMLElement): void {
		const entry = match.item;
		el.addClass("reconnect-suggestion");
		el.createDiv({ cls: "reconnect-suggestion-name", text: entry.contact.name });
		el.createDiv({ cls: "reconnect-suggestion-note", text: `${placeTitle(entry.band, entry.status)} · ${entry.reasons[0] ?? ""}` });
	}

	onChooseItem(entry: RankedEntry): void {
		this.#choose(entry);
	}
}

/** What a draft does with each tone of news, said where the kind is picked. */
const TONE_NOTES: Readonly<Record<Tone, string>> = {
	celebrate: "",
	support: "Hard news: never congratulated",
	private: "Private: never in a draft",
	neutral: "",
};

/** The detail field's hint, by tone. */
const DETAIL_HINTS: Readonly<Record<Tone, string>> = {
	celebrate: "Optional: a role, a place, a name.",
	neutral: "Optional: what happened.",
	support: "Optional: who, in a few words. A draft never gives details of an illness.",
	private: "Optional, for you only: a draft never mentions it.",
};

export class LifeEventKindModal extends FuzzySuggestModal<LifeEventKind> {
	readonly #kinds: readonly LifeEventKind[];
	readonly #choose: (kind: LifeEventKind) => void;
	constructor(app: App, kinds: readonly LifeEventKind[], contactName: string, choose: (kind: LifeEventKind) => void) {
		super(app);
		this.#kinds = kinds;
		this.#choose = choose;
		this.setPlaceholder(`What happened for ${contactName}?`);
	}

	getItems(): LifeEventKind[] {
		return [...this.#kinds];
	}

	getItemText(kind: LifeEventKind): string {
		return `${kind.label} ${kind.slug}`;
	}

	override renderSuggestion(match: FuzzyMatch<LifeEventKind>, el: HTMLElement): void {
		el.createDiv({ text: match.item.label });
		const note = TONE_NOTES[match.item.tone];
		if (note) el.createDiv({ cls: "reconnect-suggestion-note", text: note });
	}

	onChooseItem(kind: LifeEventKind): void {
		this.#choose(kind);
	}
}

/** Detail and date of a life event; the date defaults to today and must be a real, past date. */
export class LifeEventDetailsModal extends Modal {
	#detail = "";
	#dateText: string;
	#errorEl!: HTMLElement;

	readonly #kind: LifeEventKind;
	readonly #contactName: string;
	readonly #today: Day;
	readonly #submit: (detail: string, day: Day) => void;
	constructor(app: App, kind: LifeEventKind, contactName: string, today: Day, submit: (detail: string, day: Day) => void) {
		super(app);
		this.#kind = kind;
		this.#contactName = contactName;
		this.#today = today;
		this.#submit = submit;
		this.#dateText = formatDay(today);
	}

	override onOpen(): void {
		this.setTitle(`${this.#kind.label}: ${this.#contactName}`);
		const { contentEl } = this;
		contentEl.addClass("reconnect-event-modal");
		new Setting(contentEl)
			.setName("Detail")
			.setDesc(DETAIL_HINTS[this.#kind.tone])
			.addText((text) => {
				text.setPlaceholder(this.#kind.tone === "celebrate" ? "For example: head of design" : "").onChange((value) => {
					this.#detail = value;
				});
				text.inputEl.addClass("reconnect-event-detail");
				text.inputEl.setAttr("aria-label", "Detail");
				window.setTimeout(() => text.inputEl.focus(), 0);
			});
		new Setting(contentEl)
			.setName("Date")
			.setDesc(`When it happened, for example ${formatDay(this.#today)}.`)
			.addText((text) => {
				text.setValue(this.#dateText).onChange((value) => {
					this.#dateText = value;
					this.#validate();
				});
				text.inputEl.addClass("reconnect-event-date");
				text.inputEl.setAttr("aria-label", "Date");
			});
		this.#errorEl = contentEl.createDiv({ cls: "reconnect-event-error", attr: { role: "alert" } });
		new Setting(contentEl)
			.addButton((button) => button.setButtonText("Cancel").onClick(() => this.close()))
			.addButton((button) =>
				button
					.setButtonText("Record")
					.setCta()
					.onClick(() => this.#trySubmit()),
			);
		this.scope.register([], "Enter", (event) => {
			event.preventDefault();
			this.#trySubmit();
			return false;
		});
	}

	#validate(): Day | null {
		const day = parseIsoDay(this.#dateText);
		let message = "";
		if (day === null) message = `"${this.#dateText}" is not a date. Write it as YYYY-MM-DD, for example ${formatDay(this.#today)}.`;
		else if (day > this.#today) message = "That date is in the future. Record news once it has happened.";
		this.#errorEl.setText(message);
		return message ? null : day;
	}

	#trySubmit(): void {
		const day = this.#validate();
		if (day === null) return;
		this.close();
		this.#submit(this.#detail.trim(), day);
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}

export class SnoozeModal extends SuggestModal<{ period: SnoozePeriod; label: string }> {
	readonly #choose: (period: SnoozePeriod) => void;
	constructor(app: App, contactName: string, choose: (period: SnoozePeriod) => void) {
		super(app);
		this.#choose = choose;
		this.setPlaceholder(`Snooze ${contactName} for…`);
	}

	getSuggestions(query: string): { period: SnoozePeriod; label: string }[] {
		const wanted = query.trim().toLowerCase();
		return SNOOZE_PERIODS.filter((option) => option.label.includes(wanted));
	}

	renderSuggestion(option: { period: SnoozePeriod; label: string }, el: HTMLElement): void {
		el.setText(option.label);
	}

	onChooseSuggestion(option: { period: SnoozePeriod; label: string }): void {
		this.#choose(option.period);
	}
}
