import type { App } from "../app";
import { Scope } from "../keymap";

/**
 * A dialog: `containerEl` (div.modal-container, appended to document.body by open()) holds a
 * backdrop and `modalEl` (div.modal) with a close button, `titleEl` and `contentEl`.
 * open() pushes the modal's `scope` onto the keymap (so its key handlers hear keydowns) and calls
 * onOpen; close() (also Escape, registered on the scope as Obsidian does, the close button, a
 * backdrop click) pops the scope, removes the modal and calls onClose.
 */
export class Modal {
	/** Mock-only: modals currently open, oldest first. */
	static open__: Modal[] = [];
	/** Mock-only: the last modal opened. */
	static lastOpened__: Modal | null = null;

	app: App;
	scope: Scope;
	containerEl: HTMLElement;
	modalEl: HTMLElement;
	titleEl: HTMLElement;
	contentEl: HTMLElement;
	shouldRestoreSelection = true;
	/** Mock-only: whether the modal is open. */
	isOpen__ = false;
	private closeCallback__: (() => unknown) | null = null;

	constructor(app: App) {
		this.app = app;
		this.scope = new Scope();
		this.containerEl = createDiv("modal-container mod-dim");
		this.containerEl.createDiv("modal-bg").addEventListener("click", () => this.close());
		this.modalEl = this.containerEl.createDiv("modal");
		this.modalEl.createDiv("modal-close-button").addEventListener("click", () => this.close());
		this.titleEl = this.modalEl.createDiv("modal-header").createDiv("modal-title");
		this.contentEl = this.modalEl.createDiv("modal-content");
		this.scope.register([], "Escape", () => {
			this.close();
			return false;
		});
	}

	open(): void {
		if (this.isOpen__) return;
		this.isOpen__ = true;
		document.body.appendChild(this.containerEl);
		this.app.keymap.pushScope(this.scope);
		Modal.open__.push(this);
		Modal.lastOpened__ = this;
		void this.onOpen();
	}

	close(): void {
		if (!this.isOpen__) return;
		this.isOpen__ = false;
		this.containerEl.remove();
		this.app.keymap.popScope(this.scope);
		Modal.open__ = Modal.open__.filter((modal) => modal !== this);
		this.onClose();
		this.closeCallback__?.();
	}

	onOpen(): Promise<void> | void {}

	onClose(): void {}

	setTitle(title: string): this {
		this.titleEl.setText(title);
		return this;
	}

	setContent(content: string | DocumentFragment): this {
		this.contentEl.setText(content);
		return this;
	}

	setCloseCallback(callback: () => unknown): this {
		this.closeCallback__ = callback;
		return this;
	}
}
