import type { App } from "../app";
import { Scope } from "../keymap";

/** A suggestion popover (`body > .suggestion-container`) with keyboard and mouse selection. */
export abstract class PopoverSuggest<T> {
	app: App;
	scope: Scope;
	/** Mock-only: the popover element. */
	readonly suggestEl__: HTMLElement;
	protected shown__: T[] = [];
	protected selected__ = 0;

	constructor(app: App, scope?: Scope) {
		this.app = app;
		this.scope = scope ?? new Scope();
		this.suggestEl__ = createDiv("suggestion-container");
	}

	open(): void {
		if (!this.suggestEl__.isConnected) document.body.appendChild(this.suggestEl__);
	}

	close(): void {
		this.suggestEl__.remove();
	}

	abstract renderSuggestion(value: T, el: HTMLElement): void;

	abstract selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void;

	/** Mock-only: whether the popover is shown. */
	get isOpen__(): boolean {
		return this.suggestEl__.isConnected;
	}

	/** Mock-only: the suggestions currently listed. */
	get suggestions__(): T[] {
		return [...this.shown__];
	}

	protected showSuggestions__(items: T[]): void {
		this.shown__ = items;
		this.suggestEl__.empty();
		if (items.length === 0) {
			this.close();
			return;
		}
		items.forEach((item, index) => {
			const el = this.suggestEl__.createDiv("suggestion-item");
			this.renderSuggestion(item, el);
			el.addEventListener("mousemove", () => this.select__(index));
			el.addEventListener("click", (evt) => this.selectSuggestion(item, evt));
		});
		this.select__(0);
		this.open();
	}

	protected select__(index: number): void {
		this.selected__ = index;
		this.suggestEl__.querySelectorAll(".suggestion-item").forEach((el, i) => el.toggleClass("is-selected", i === index));
	}
}

/**
 * Type-ahead for a text input (or contenteditable div): on `input`/`focus` it calls
 * getSuggestions(value) and lists the results; Enter or a click calls selectSuggestion,
 * which by default calls the onSelect callback.
 */
export abstract class AbstractInputSuggest<T> extends PopoverSuggest<T> {
	limit = 100;
	private readonly textInputEl__: HTMLInputElement | HTMLDivElement;
	private selectCallback__: ((value: T, evt: MouseEvent | KeyboardEvent) => unknown) | null = null;
	private updating__: Promise<void> = Promise.resolve();

	constructor(app: App, textInputEl: HTMLInputElement | HTMLDivElement) {
		super(app);
		this.textInputEl__ = textInputEl;
		textInputEl.addEventListener("input", () => void this.update__());
		textInputEl.addEventListener("focus", () => void this.update__());
		textInputEl.addEventListener("keydown", (evt) => this.onKeyDown__(evt as KeyboardEvent));
	}

	setValue(value: string): void {
		if (this.textInputEl__ instanceof HTMLInputElement) this.textInputEl__.value = value;
		else this.textInputEl__.textContent = value;
	}

	getValue(): string {
		return this.textInputEl__ instanceof HTMLInputElement ? this.textInputEl__.value : (this.textInputEl__.textContent ?? "");
	}

	protected abstract getSuggestions(query: string): T[] | Promise<T[]>;

	selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
		this.selectCallback__?.(value, evt);
	}

	onSelect(callback: (value: T, evt: MouseEvent | KeyboardEvent) => unknown): this {
		this.selectCallback__ = callback;
		return this;
	}

	/** Mock-only: re-queries with the input's value and waits for the list. */
	async update__(): Promise<void> {
		const result = this.getSuggestions(this.getValue());
		this.updating__ = Promise.resolve(result).then((items) => this.showSuggestions__(this.limit > 0 ? items.slice(0, this.limit) : items));
		await this.updating__;
	}

	private onKeyDown__(evt: KeyboardEvent): void {
		const count = this.shown__.length;
		if (!this.isOpen__ || count === 0) return;
		if (evt.key === "ArrowDown") this.select__((this.selected__ + 1) % count);
		else if (evt.key === "ArrowUp") this.select__((this.selected__ - 1 + count) % count);
		else if (evt.key === "Escape") this.close();
		else if (evt.key === "Enter") {
			const value = this.shown__[this.selected__];
			if (value !== undefined) this.selectSuggestion(value, evt);
		} else return;
		evt.preventDefault();
	}
}
