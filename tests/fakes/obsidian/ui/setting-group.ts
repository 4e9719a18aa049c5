import { ExtraButtonComponent, SearchComponent } from "./components";
import { Setting } from "./setting";

/** A titled group of settings: `div.setting-group` with a header and `listEl` holding the rows. */
export class SettingGroup {
	listEl: HTMLElement;
	/** Mock-only: the group's element. */
	readonly groupEl__: HTMLElement;
	/** Mock-only: the header (heading, search, extra buttons). */
	readonly headerEl__: HTMLElement;

	constructor(containerEl: HTMLElement) {
		this.groupEl__ = containerEl.createDiv("setting-group");
		this.headerEl__ = this.groupEl__.createDiv("setting-item setting-item-heading");
		this.headerEl__.hide();
		this.listEl = this.groupEl__.createDiv("setting-items");
	}

	setHeading(text: string | DocumentFragment): this {
		this.headerEl__.show();
		(this.headerEl__.querySelector<HTMLElement>(".setting-item-name") ?? this.headerEl__.createDiv("setting-item-name")).setText(text);
		return this;
	}

	addClass(...classes: string[]): this {
		this.groupEl__.addClass(...classes);
		return this;
	}

	addSetting(cb: (setting: Setting) => void): this {
		cb(new Setting(this.listEl));
		return this;
	}

	addSearch(cb: (component: SearchComponent) => unknown): this {
		this.headerEl__.show();
		cb(new SearchComponent(this.headerEl__));
		return this;
	}

	addExtraButton(cb: (component: ExtraButtonComponent) => unknown): this {
		this.headerEl__.show();
		cb(new ExtraButtonComponent(this.headerEl__));
		return this;
	}
}

/** A sub-page of a settings tab rendered imperatively by display() into `containerEl`. */
export abstract class SettingPage {
	rootEl: HTMLElement;
	titlebarEl: HTMLElement;
	containerEl: HTMLElement;
	title = "";

	constructor() {
		this.rootEl = createDiv("setting-page");
		this.titlebarEl = this.rootEl.createDiv("setting-page-titlebar");
		this.containerEl = this.rootEl.createDiv("setting-page-content");
	}

	abstract display(): void;

	hide(): void {
		this.containerEl.empty();
	}
}
