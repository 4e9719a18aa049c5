import type { FuzzyMatch, Instruction } from "obsidian";
import type { App } from "../app";
import { Modal } from "./modal";
import { prepareFuzzySearch, renderResults, sortSearchResults } from "./search";

/**
 * A prompt: an input (`inputEl`) over a list of suggestions (`resultContainerEl > .suggestion-item`).
 * Typing (an `input` event) re-queries getSuggestions; ArrowUp/ArrowDown move the selection
 * (`.is-selected`); Enter or a click chooses: the modal closes first, then onChooseSuggestion runs
 * (Obsidian's order, so onClose runs before the choice is known).
 */
export abstract class SuggestModal<T> extends Modal {
	/** Mock-only: the last suggest modal opened. */
	static override lastOpened__: SuggestModal<unknown> | null = null;

	limit = 50;
	emptyStateText = "No results found.";
	inputEl: HTMLInputElement;
	resultContainerEl: HTMLElement;
	private shown__: T[] = [];
	private selected__ = 0;
	private generation__ = 0;
	private updating__: Promise<void> = Promise.resolve();
	private instructionsEl__: HTMLElement | null = null;

	constructor(app: App) {
		super(app);
		this.modalEl.addClass("prompt");
		this.modalEl.empty();
		this.inputEl = this.modalEl.createDiv("prompt-input-container").createEl("input", { cls: "prompt-input", type: "text" });
		this.resultContainerEl = this.modalEl.createDiv("prompt-results");
		this.inputEl.addEventListener("input", () => void this.updateSuggestions__());
		this.inputEl.addEventListener("keydown", (evt) => this.onKeyDown__(evt));
	}

	setPlaceholder(placeholder: string): void {
		this.inputEl.placeholder = placeholder;
	}

	setInstructions(instructions: Instruction[]): void {
		this.instructionsEl__?.remove();
		this.instructionsEl__ = this.modalEl.createDiv("prompt-instructions");
		for (const { command, purpose } of instructions) {
			const row = this.instructionsEl__.createDiv("prompt-instruction");
			row.createSpan({ cls: "prompt-instruction-command", text: command });
			row.createSpan({ text: purpose });
		}
	}

	onNoSuggestion(): void {
		this.resultContainerEl.empty();
		this.resultContainerEl.createDiv({ cls: "suggestion-empty", text: this.emptyStateText });
	}

	selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
		this.close();
		this.onChooseSuggestion(value, evt);
	}

	selectActiveSuggestion(evt: MouseEvent | KeyboardEvent): void {
		const value = this.shown__[this.selected__];
		if (value !== undefined) this.selectSuggestion(value, evt);
	}

	abstract getSuggestions(query: string): T[] | Promise<T[]>;

	abstract renderSuggestion(value: T, el: HTMLElement): void;

	abstract onChooseSuggestion(item: T, evt: MouseEvent | KeyboardEvent): void;

	override open(): void {
		super.open();
		SuggestModal.lastOpened__ = this;
		this.inputEl.focus();
		void this.updateSuggestions__();
	}

	/** Mock-only: the suggestions currently listed. */
	get suggestions__(): T[] {
		return [...this.shown__];
	}

	/** Mock-only: the text of each listed suggestion. */
	get suggestionTexts__(): string[] {
		return Array.from(this.resultContainerEl.querySelectorAll(".suggestion-item"), (el) => el.textContent ?? "");
	}

	/** Mock-only: index of the selected suggestion. */
	get selectedIndex__(): number {
		return this.selected__;
	}

	/** Mock-only: types into the input (a real `input` event) and waits for the list to update. */
	async type__(query: string): Promise<void> {
		this.inputEl.value = query;
		this.inputEl.dispatchEvent(new Event("input", { bubbles: true }));
		await this.updating__;
	}

	/** Mock-only: presses a key in the input (ArrowDown, ArrowUp, Enter, Escape). */
	pressKey__(key: string): void {
		this.inputEl.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true }));
	}

	/** Mock-only: waits for a pending (async) getSuggestions. */
	async whenUpdated__(): Promise<void> {
		await this.updating__;
	}

	/** Mock-only plumbing: re-queries and re-renders the list. */
	updateSuggestions__(): Promise<void> {
		const generation = ++this.generation__;
		const result = this.getSuggestions(this.inputEl.value);
		if (result instanceof Promise) {
			this.updating__ = result.then((items) => {
				if (generation === this.generation__) this.render__(items);
			});
		} else {
			this.render__(result);
			this.updating__ = Promise.resolve();
		}
		return this.updating__;
	}

	private render__(items: T[]): void {
		this.shown__ = items.slice(0, this.limit);
		this.resultContainerEl.empty();
		if (this.shown__.length === 0) {
			this.onNoSuggestion();
			return;
		}
		this.shown__.forEach((item, index) => {
			const el = this.resultContainerEl.createDiv("suggestion-item");
			this.renderSuggestion(item, el);
			el.addEventListener("mousemove", () => this.select__(index));
			el.addEventListener("click", (evt) => this.selectSuggestion(item, evt));
		});
		this.select__(0);
	}

	private select__(index: number): void {
		this.selected__ = index;
		this.resultContainerEl.querySelectorAll(".suggestion-item").forEach((el, i) => el.toggleClass("is-selected", i === index));
	}

	private onKeyDown__(evt: KeyboardEvent): void {
		const count = this.shown__.length;
		if (evt.key === "ArrowDown" && count > 0) {
			evt.preventDefault();
			this.select__((this.selected__ + 1) % count);
		} else if (evt.key === "ArrowUp" && count > 0) {
			evt.preventDefault();
			this.select__((this.selected__ - 1 + count) % count);
		} else if (evt.key === "Enter" && !evt.isComposing) {
			evt.preventDefault();
			this.selectActiveSuggestion(evt);
		}
	}
}

/** A SuggestModal over getItems(), fuzzy-matched on getItemText(); an empty query lists every item in order. */
export abstract class FuzzySuggestModal<T> extends SuggestModal<FuzzyMatch<T>> {
	getSuggestions(query: string): FuzzyMatch<T>[] {
		const items = this.getItems();
		if (query.trim() === "") return items.map((item) => ({ item, match: { score: 0, matches: [] } }));
		const search = prepareFuzzySearch(query);
		const results: FuzzyMatch<T>[] = [];
		for (const item of items) {
			const match = search(this.getItemText(item));
			if (match) results.push({ item, match });
		}
		sortSearchResults(results);
		return results;
	}

	renderSuggestion(item: FuzzyMatch<T>, el: HTMLElement): void {
		renderResults(el, this.getItemText(item.item), item.match);
	}

	onChooseSuggestion(item: FuzzyMatch<T>, evt: MouseEvent | KeyboardEvent): void {
		this.onChooseItem(item.item, evt);
	}

	abstract getItems(): T[];

	abstract getItemText(item: T): string;

	abstract onChooseItem(item: T, evt: MouseEvent | KeyboardEvent): void;
}
