import { hasDom__ } from "../dom";

/**
 * A toast. Every notice is recorded in `Notice.notices__` (and its text in `Notice.messages__`);
 * with a DOM it is also shown in `body > .notice-container`. `duration` 0 keeps it until hide().
 */
export class Notice {
	/** Mock-only: every notice created since the last clear__(), oldest first. */
	static notices__: Notice[] = [];

	noticeEl: HTMLElement;
	containerEl: HTMLElement;
	messageEl: HTMLElement;
	/** Mock-only: the current message as text. */
	message__ = "";
	/** Mock-only: whether hide() was called or the duration elapsed. */
	hidden__ = false;
	/** Mock-only: the duration asked for. */
	readonly duration__: number | undefined;

	/** Mock-only: the text of every notice, oldest first. */
	static get messages__(): string[] {
		return Notice.notices__.map((notice) => notice.message__);
	}

	/** Mock-only: forgets recorded notices and removes them from the DOM. */
	static clear__(): void {
		for (const notice of Notice.notices__) notice.containerEl?.remove();
		Notice.notices__ = [];
	}

	constructor(message: string | DocumentFragment, duration?: number) {
		this.duration__ = duration;
		Notice.notices__.push(this);
		if (hasDom__()) {
			const host = document.body.querySelector(":scope > .notice-container") ?? document.body.createDiv("notice-container");
			this.containerEl = host.createDiv("notice");
			this.messageEl = this.containerEl.createDiv("notice-message");
		} else {
			this.containerEl = this.messageEl = undefined as unknown as HTMLElement;
		}
		this.noticeEl = this.messageEl;
		this.setMessage(message);
		if (duration !== 0) {
			const timer: unknown = setTimeout(() => this.hide(), duration ?? 5000);
			(timer as { unref?: () => void }).unref?.();
		}
	}

	setMessage(message: string | DocumentFragment): this {
		this.message__ = typeof message === "string" ? message : (message.textContent ?? "");
		this.messageEl?.setText(message);
		return this;
	}

	hide(): void {
		this.hidden__ = true;
		this.containerEl?.remove();
	}
}
