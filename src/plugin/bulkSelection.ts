/**
 * Selecting sidebar rows for bulk actions: a checkbox per row (shown on hover and focus, and on
 * every row once something is selected or on a touch screen), Shift-click for a range, Ctrl/Cmd-A
 * for every row the list shows, Escape to clear. While rows are selected, a toolbar in the header
 * offers *Contacted*, *Snooze…* and *Set tier…* for all of them — one change, one undo.
 *
 * The selection is kept by note path, so it survives the list's live re-renders; a note that leaves
 * the list leaves the selection, and a renamed note keeps its place.
 */
import { Menu, Platform, TFile, type App } from "obsidian";
import { SNOOZE_PERIODS, type ContactChange } from "./contactChanges";
import type { ReconnectHost } from "./host";

/** A menu opened by a button: under it from the keyboard, at the pointer otherwise. */
export function showMenuFor(menu: Menu, event: MouseEvent, button: HTMLElement): void {
	if (event.detail === 0) {
		const box = button.getBoundingClientRect();
		menu.showAtPosition({ x: box.left, y: box.bottom });
	} else menu.showAtMouseEvent(event);
}

/** The rows' selection: which paths, and where a Shift-click range starts. */
export class RowSelection {
	readonly #paths = new Set<string>();
	#anchor: string | null = null;

	get size(): number {
		return this.#paths.size;
	}

	has(path: string): boolean {
		return this.#paths.has(path);
	}

	get paths(): string[] {
		return [...this.#paths];
	}

	/** A plain click: that row in or out; it becomes the start of the next range. */
	toggle(path: string): void {
		if (!this.#paths.delete(path)) this.#paths.add(path);
		this.#anchor = path;
	}

	/** A Shift-click: every row from the last clicked one to this one, in the list's order, is selected. */
	extend(path: string, order: readonly string[]): void {
		const from = this.#anchor === null ? -1 : order.indexOf(this.#anchor);
		const to = order.indexOf(path);
		if (from < 0 || to < 0) {
			this.toggle(path);
			return;
		}
		for (let i = Math.min(from, to); i <= Math.max(from, to); i++) this.#paths.add(order[i] ?? "");
		this.#anchor = path;
	}

	selectAll(order: readonly string[]): void {
		for (const path of order) this.#paths.add(path);
	}

	clear(): void {
		this.#paths.clear();
		this.#anchor = null;
	}

	/** Keeps only the rows still listed; says whether anything left. */
	keepOnly(listed: ReadonlySet<string>): boolean {
		let changed = false;
		for (const path of this.#paths) {
			if (!listed.has(path)) changed = this.#paths.delete(path) || changed;
		}
		if (this.#anchor !== null && !listed.has(this.#anchor)) this.#anchor = null;
		return changed;
	}

	rename(from: string, to: string): void {
		if (this.#paths.delete(from)) this.#paths.add(to);
		if (this.#anchor === from) this.#anchor = to;
	}
}

let barsMade = 0;

/** The sidebar's side of it: checkboxes, keys and the bulk toolbar. */
export class BulkSelection {
	readonly selection = new RowSelection();
	readonly #app: App;
	readonly #host: ReconnectHost;
	readonly #barEl: HTMLElement;
	readonly #rerender: () => void;
	/** Every row the list shows now (the filter applied), in order. */
	#order: string[] = [];
	/** One id per sidebar, for the count the buttons are described by. */
	readonly #countId = `reconnect-bulk-count-${++barsMade}`;

	constructor(app: App, host: ReconnectHost, barEl: HTMLElement, rerender: () => void) {
		this.#app = app;
		this.#host = host;
		this.#barEl = barEl;
		this.#rerender = rerender;
	}

	/** Whether the checkboxes show on every row (something is selected, or there is no hover). */
	get showsAll(): boolean {
		return this.selection.size > 0 || Platform.isMobile;
	}

	/** The row's checkbox, first in its title line. */
	renderCheckbox(title: HTMLElement, path: string, name: string): void {
		const box = title.createEl("input", { type: "checkbox", cls: "reconnect-select", attr: { "aria-label": `Select ${name}`, "data-action": "select", "data-path": path } });
		box.checked = this.selection.has(path);
	}

	/** After each render: the rows listed now, the selection trimmed to them, and the bar. */
	update(order: string[]): void {
		this.#order = order;
		this.selection.keepOnly(new Set(order));
		this.#renderBar();
	}

	/** A checkbox was clicked (Shift: a range). */
	onCheckboxClick(event: MouseEvent, path: string): void {
		if (event.shiftKey) this.selection.extend(path, this.#order);
		else this.selection.toggle(path);
		this.#rerender();
	}

	/** Ctrl/Cmd-A selects every listed row, Escape clears; not while typing in the filter. */
	onKeydown(event: KeyboardEvent): void {
		if (event.target instanceof HTMLInputElement && event.target.type !== "checkbox") return;
		if (event.key.toLowerCase() === "a" && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey) {
			event.preventDefault();
			this.selection.selectAll(this.#order);
			this.#rerender();
		} else if (event.key === "Escape" && this.selection.size) {
			event.preventDefault();
			this.selection.clear();
			this.#rerender();
		}
	}

	#renderBar(): void {
		const count = this.selection.size;
		this.#barEl.empty();
		this.#barEl.toggleClass("reconnect-hidden", count === 0);
		if (!count) return;
		// The buttons are named by their words and described by the count: "Contacted", "3 selected".
		const countId = this.#countId;
		this.#barEl.createSpan({ cls: "reconnect-bulk-count", text: `${count.toLocaleString()} selected`, attr: { id: countId } });
		const button = (text: string, title: string, run: (event: MouseEvent, el: HTMLElement) => void, menu = false): void => {
			const el = this.#barEl.createEl("button", { cls: "reconnect-bulk-action", text, attr: { title, "aria-describedby": countId, ...(menu ? { "aria-haspopup": "menu" } : {}) } });
			el.addEventListener("click", (event) => run(event, el));
		};
		const people = count === 1 ? "the selected contact" : `the ${count.toLocaleString()} selected contacts`;
		button("Contacted", `Mark ${people} as contacted today`, () => this.#apply({ kind: "contacted" }));
		button("Snooze…", `Snooze ${people}`, (event, el) => {
			const menu = new Menu();
			for (const { period, label } of SNOOZE_PERIODS) menu.addItem((item) => item.setTitle(`For ${label}`).setIcon("alarm-clock").onClick(() => this.#apply({ kind: "snooze", period })));
			showMenuFor(menu, event, el);
		}, true);
		button("Set tier…", `Set the tier of ${people}`, (event, el) => {
			const menu = new Menu();
			for (const tier of this.#host.settings.tiers) menu.addItem((item) => item.setTitle(`${tier.name} (every ${tier.days} days)`).setIcon("users").onClick(() => this.#apply({ kind: "tier", tier: tier.name })));
			showMenuFor(menu, event, el);
		}, true);
		button("Clear", "Clear the selection", () => {
			this.selection.clear();
			this.#rerender();
		});
	}

	/** One change for every selected contact still in the vault; the selection is cleared. */
	#apply(change: ContactChange): void {
		const files = this.selection.paths.map((path) => this.#app.vault.getAbstractFileByPath(path)).filter((file): file is TFile => file instanceof TFile);
		this.selection.clear();
		this.#rerender();
		void this.#host.actions.changeMany(files, change);
	}
}
