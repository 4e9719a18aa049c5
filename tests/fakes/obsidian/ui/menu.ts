import type { IconName, MenuPositionDef } from "obsidian";
import { Component } from "../component";
import { setIcon } from "./icons";

/** One entry of a Menu, rendered as `div.menu-item` (icon, title, `data-section`). */
export class MenuItem {
	/** Mock-only: the item's element. */
	readonly dom__: HTMLElement;
	/** Mock-only: title as text. */
	title__ = "";
	icon__: IconName | null = null;
	section__ = "";
	checked__: boolean | null = null;
	disabled__ = false;
	warning__ = false;
	isLabel__ = false;
	/** Mock-only plumbing: the onClick callback. */
	callback__: ((evt: MouseEvent | KeyboardEvent) => unknown) | null = null;
	private readonly iconEl__: HTMLElement;
	private readonly titleEl__: HTMLElement;

	constructor(private readonly menu: Menu) {
		this.dom__ = createDiv("menu-item");
		this.iconEl__ = this.dom__.createDiv("menu-item-icon");
		this.titleEl__ = this.dom__.createDiv("menu-item-title");
		this.dom__.addEventListener("click", (evt) => this.menu.activate__(this, evt));
	}

	setTitle(title: string | DocumentFragment): this {
		this.title__ = typeof title === "string" ? title : (title.textContent ?? "");
		this.titleEl__.setText(title);
		return this;
	}

	setIcon(icon: IconName | null): this {
		this.icon__ = icon;
		if (icon) setIcon(this.iconEl__, icon);
		else this.iconEl__.empty();
		return this;
	}

	setChecked(checked: boolean | null): this {
		this.checked__ = checked;
		this.dom__.toggleClass("mod-checked", checked === true);
		return this;
	}

	setDisabled(disabled: boolean): this {
		this.disabled__ = disabled;
		this.dom__.toggleClass("is-disabled", disabled);
		return this;
	}

	setWarning(isWarning: boolean): this {
		this.warning__ = isWarning;
		this.dom__.toggleClass("is-warning", isWarning);
		return this;
	}

	setIsLabel(isLabel: boolean): this {
		this.isLabel__ = isLabel;
		this.dom__.toggleClass("is-label", isLabel);
		return this;
	}

	onClick(callback: (evt: MouseEvent | KeyboardEvent) => unknown): this {
		this.callback__ = callback;
		return this;
	}

	setSection(section: string): this {
		this.section__ = section;
		this.dom__.setAttribute("data-section", section);
		return this;
	}
}

export class MenuSeparator {
	/** Mock-only: the separator's element. */
	readonly dom__: HTMLElement = createDiv("menu-separator");
}

/**
 * A context menu. show*() renders `div.menu` into the document (items grouped by section, in the
 * order sections first appear) and records it as `Menu.lastShown__`; clicking an enabled item
 * runs its callback and hides the menu.
 */
export class Menu extends Component {
	/** Mock-only: the last menu shown. */
	static lastShown__: Menu | null = null;

	/** Mock-only: the menu's element. */
	readonly dom__: HTMLElement;
	/** Mock-only: items and separators in the order added. */
	readonly items__: (MenuItem | MenuSeparator)[] = [];
	/** Mock-only: whether the menu is shown. */
	shown__ = false;
	/** Mock-only: where it was shown. */
	position__: MenuPositionDef | null = null;
	private parentEl__: HTMLElement | null = null;
	private readonly hideCallbacks__: (() => unknown)[] = [];

	constructor() {
		super();
		this.dom__ = createDiv("menu");
	}

	static forEvent(evt: PointerEvent | MouseEvent): Menu {
		void evt;
		return new Menu();
	}

	setNoIcon(): this {
		this.dom__.addClass("mod-no-icon");
		return this;
	}

	setUseNativeMenu(useNativeMenu: boolean): this {
		void useNativeMenu;
		return this;
	}

	addItem(cb: (item: MenuItem) => unknown): this {
		const item = new MenuItem(this);
		this.items__.push(item);
		cb(item);
		return this;
	}

	addSeparator(): this {
		this.items__.push(new MenuSeparator());
		return this;
	}

	setParentElement(el: HTMLElement): this {
		this.parentEl__ = el;
		return this;
	}

	showAtMouseEvent(evt: MouseEvent): this {
		return this.showAtPosition({ x: evt.clientX, y: evt.clientY });
	}

	showAtPosition(position: MenuPositionDef, doc?: Document): this {
		this.render__();
		this.position__ = position;
		this.dom__.setCssProps({ left: `${position.x}px`, top: `${position.y}px` });
		(this.parentEl__ ?? (doc ?? document).body).appendChild(this.dom__);
		this.shown__ = true;
		Menu.lastShown__ = this;
		this.load();
		return this;
	}

	hide(): this {
		if (!this.shown__) return this;
		this.shown__ = false;
		this.dom__.remove();
		this.unload();
		for (const callback of this.hideCallbacks__) callback();
		return this;
	}

	close(): void {
		this.hide();
	}

	onHide(callback: () => unknown): void {
		this.hideCallbacks__.push(callback);
	}

	/** Mock-only: titles of the items (separators left out), in display order. */
	get titles__(): string[] {
		return this.ordered__()
			.filter((entry): entry is MenuItem => entry instanceof MenuItem)
			.map((item) => item.title__);
	}

	/** Mock-only: the first item with this title. */
	item__(title: string): MenuItem | undefined {
		return this.items__.find((entry): entry is MenuItem => entry instanceof MenuItem && entry.title__ === title);
	}

	/** Mock-only: clicks the item with this title (throws if there is none). */
	click__(title: string): void {
		const item = this.item__(title);
		if (!item) throw new Error(`No menu item "${title}" (have: ${this.titles__.join(", ")})`);
		item.dom__.click();
	}

	/** Mock-only plumbing: an item was clicked. */
	activate__(item: MenuItem, evt: MouseEvent | KeyboardEvent): void {
		if (item.disabled__ || item.isLabel__) return;
		void item.callback__?.(evt);
		this.hide();
	}

	private ordered__(): (MenuItem | MenuSeparator)[] {
		const sections: string[] = [];
		for (const entry of this.items__) if (entry instanceof MenuItem && !sections.includes(entry.section__)) sections.push(entry.section__);
		const sectionOf = (entry: MenuItem | MenuSeparator, index: number): number => {
			if (entry instanceof MenuItem) return sections.indexOf(entry.section__);
			const previous = this.items__.slice(0, index).reverse().find((other): other is MenuItem => other instanceof MenuItem);
			return previous ? sections.indexOf(previous.section__) : 0;
		};
		return this.items__
			.map((entry, index) => ({ entry, index, section: sectionOf(entry, index) }))
			.sort((a, b) => a.section - b.section || a.index - b.index)
			.map(({ entry }) => entry);
	}

	private render__(): void {
		this.dom__.empty();
		let section: string | null = null;
		for (const entry of this.ordered__()) {
			if (entry instanceof MenuItem) {
				if (section !== null && entry.section__ !== section) this.dom__.createDiv("menu-separator");
				section = entry.section__;
			}
			this.dom__.appendChild(entry.dom__);
		}
	}
}
