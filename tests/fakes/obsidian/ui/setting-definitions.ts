import type * as Obsidian from "obsidian";
import { Setting } from "./setting";
import { SettingGroup, type SettingPage } from "./setting-group";
import type { SettingTab } from "./setting-tab";

type Item = Obsidian.SettingDefinitionItem;
type Group = Obsidian.SettingDefinitionGroup;
type Page = Obsidian.SettingDefinitionPage;
type Control = Obsidian.SettingControl;

/** A rendered row whose `visible`/`disabled` predicates refreshDomState() re-evaluates. */
interface Row {
	el: HTMLElement;
	visible?: boolean | (() => boolean);
	disabled?: boolean | (() => boolean);
	setting?: Setting;
}

const evaluate = (value: boolean | (() => boolean) | undefined, fallback: boolean): boolean =>
	typeof value === "function" ? value() : (value ?? fallback);

/**
 * Renders a tab's getSettingDefinitions() as Obsidian 1.13 does, enough to click and type into:
 * groups and lists (heading, search filter, extra buttons, empty state, add and delete buttons),
 * rows from `render`, `control` (bound through tab.getControlValue/setControlValue, with
 * `validate` messages), `action` and plain rows, and pages (a row that opens its items or its
 * SettingPage in place, with a back button). No settings search, no drag to reorder, no file or
 * folder suggesters (those controls are text inputs).
 */
export class SettingDefinitionsView__ {
	private rows: Row[] = [];
	private cleanups: (() => void)[] = [];

	constructor(
		private readonly tab: SettingTab,
		private readonly containerEl: HTMLElement,
	) {}

	render(items: Item[]): void {
		this.clear();
		this.renderItems(items, this.containerEl);
	}

	/** Re-evaluates `visible` and `disabled` in place. */
	refresh(): void {
		for (const row of this.rows) {
			row.el.toggle(evaluate(row.visible, true));
			if (row.setting && row.disabled !== undefined) row.setting.setDisabled(evaluate(row.disabled, false));
		}
	}

	clear(): void {
		for (const cleanup of this.cleanups.splice(0)) cleanup();
		this.rows = [];
		this.containerEl.empty();
	}

	private renderItems(items: Item[], parentEl: HTMLElement): void {
		let ungrouped: SettingGroup | null = null;
		for (const item of items) {
			if ("type" in item && (item.type === "group" || item.type === "list")) {
				ungrouped = null;
				this.renderGroup(item, parentEl);
			} else {
				ungrouped ??= new SettingGroup(parentEl);
				this.renderEntry(item, ungrouped, ungrouped.listEl.childElementCount);
			}
		}
	}

	private renderGroup(group: Group, parentEl: HTMLElement): void {
		const settingGroup = new SettingGroup(parentEl);
		this.rows.push({ el: settingGroup.groupEl__, visible: group.visible });
		if (!evaluate(group.visible, true)) settingGroup.groupEl__.hide();
		if (group.heading) settingGroup.setHeading(group.heading);
		if (group.cls) settingGroup.addClass(...group.cls.split(" "));
		for (const button of group.extraButtons ?? []) settingGroup.addExtraButton((component) => button(component));
		const list = group.type === "list" ? (group as Obsidian.SettingDefinitionList) : null;
		if (list?.addItem) {
			const { name, action } = list.addItem;
			settingGroup.addExtraButton((component) => component.setIcon("plus").setTooltip(name).onClick(() => action(component.extraSettingsEl)));
		}
		const items = group.items ?? [];
		if (list && items.length === 0 && list.emptyState) settingGroup.listEl.createDiv({ cls: "setting-list-empty", text: list.emptyState });
		const entries = items.map((item, index) => this.renderEntry(item, settingGroup, index));
		if (list?.onDelete) {
			const onDelete = list.onDelete;
			entries.forEach((row, index) => {
				if (row?.setting) row.setting.addExtraButton((component) => component.setIcon("trash-2").setTooltip("Delete").onClick(() => onDelete(index)));
			});
		}
		const search = group.search;
		if (search) {
			settingGroup.addSearch((component) => {
				if (search.placeholder) component.setPlaceholder(search.placeholder);
				component.onChange((query) => {
					items.forEach((item, index) => {
						const row = entries[index];
						if (!row || "type" in item) return;
						row.el.toggle(item.searchable === false || query === "" || search.match(item, query));
					});
				});
			});
		}
	}

	private renderEntry(item: Item, group: SettingGroup, index: number): Row | null {
		if ("type" in item) return item.type === "page" ? this.renderPageLink(item, group) : null;
		const setting = new Setting(group.listEl).setName(item.name);
		if (item.desc) setting.setDesc(item.desc);
		const row: Row = { el: setting.settingEl, visible: item.visible, setting };
		this.rows.push(row);
		if (!evaluate(item.visible, true)) setting.settingEl.hide();
		if ("render" in item && item.render) {
			const cleanup = item.render(setting as never, group as never);
			if (typeof cleanup === "function") this.cleanups.push(cleanup);
		} else if ("control" in item && item.control) {
			row.disabled = item.control.disabled;
			this.bindControl(setting, item.control);
		} else if ("action" in item && item.action) {
			const action = item.action;
			row.disabled = item.disabled;
			setting.settingEl.addClass("mod-clickable");
			setting.settingEl.addEventListener("click", () => {
				if (!evaluate(row.disabled, false)) action(setting.settingEl, index);
			});
		}
		if (row.disabled !== undefined) setting.setDisabled(evaluate(row.disabled, false));
		return row;
	}

	private renderPageLink(page: Page, group: SettingGroup): Row {
		const setting = new Setting(group.listEl).setName(page.name);
		if (page.desc) setting.setDesc(page.desc);
		setting.settingEl.addClass("mod-clickable", "setting-page-link");
		const value = typeof page.displayValue === "function" ? page.displayValue() : page.displayValue;
		const status = typeof page.status === "function" ? page.status() : page.status;
		if (value !== undefined || status) setting.addDisplayValue((display) => display.setValue(value ?? null).setStatus(status ?? null));
		setting.settingEl.addEventListener("click", () => this.openPage(page));
		const row: Row = { el: setting.settingEl, visible: page.visible };
		this.rows.push(row);
		if (!evaluate(page.visible, true)) setting.settingEl.hide();
		return row;
	}

	/** Shows the page in place of the tab's content; its back button shows the tab again. */
	private openPage(page: Page): void {
		this.clear();
		const titlebar = this.containerEl.createDiv("setting-page-titlebar");
		const back = titlebar.createDiv({ cls: "clickable-icon setting-page-back", attr: { "aria-label": "Back" } });
		titlebar.createDiv({ cls: "setting-page-title", text: page.name });
		let custom: SettingPage | null = null;
		back.addEventListener("click", () => {
			custom?.hide();
			this.tab.update();
		});
		if (page.items) this.renderItems(page.items, this.containerEl);
		else if (page.page) {
			custom = page.page();
			this.containerEl.appendChild(custom.rootEl);
			custom.display();
		}
	}

	private bindControl(setting: Setting, control: Control): void {
		const stored = this.tab.getControlValue(control.key);
		const current = stored ?? control.defaultValue;
		const validate = control.validate as ((value: unknown) => string | void | Promise<string | void>) | undefined;
		const commit = async (value: unknown): Promise<void> => {
			const error = await validate?.(value);
			setting.setErrorMessage(error || null);
			if (!error) await this.tab.setControlValue(control.key, value);
		};
		const text = (value: unknown) => (typeof value === "string" ? value : typeof value === "number" || typeof value === "boolean" ? String(value) : "");
		switch (control.type) {
			case "toggle":
				setting.addToggle((toggle) => toggle.setValue(Boolean(current)).onChange(commit));
				break;
			case "dropdown":
				setting.addDropdown((dropdown) => dropdown.addOptions(control.options).setValue(text(current)).onChange(commit));
				break;
			case "text":
			case "file":
			case "folder":
				setting.addText((input) => input.setPlaceholder(control.placeholder ?? "").setValue(text(current)).onChange(commit));
				break;
			case "textarea":
				setting.addTextArea((area) => {
					area.setPlaceholder(control.placeholder ?? "").setValue(text(current)).onChange(commit);
					if (control.rows) area.inputEl.rows = control.rows;
				});
				break;
			case "number":
				setting.addText((input) => {
					input.inputEl.type = "number";
					if (control.min !== undefined) input.inputEl.min = String(control.min);
					if (control.max !== undefined) input.inputEl.max = String(control.max);
					if (control.step !== undefined) input.inputEl.step = String(control.step);
					input.setPlaceholder(control.placeholder ?? "").setValue(text(current));
					input.onChange((value) => {
						const number = Number(value);
						return commit(value.trim() === "" || Number.isNaN(number) ? (control.defaultValue ?? 0) : number);
					});
				});
				break;
			case "slider":
				setting.addSlider((slider) => {
					slider.setLimits(control.min, control.max, control.step).setValue(Number(current ?? control.min)).onChange(commit);
					if (control.displayFormat) slider.setDisplayFormat(control.displayFormat);
				});
				break;
			case "color":
				setting.addColorPicker((color) => color.setValue(text(current)).onChange(commit));
				break;
		}
		if (stored !== undefined && validate) {
			void Promise.resolve(validate(stored)).then((error) => {
				if (error) setting.setErrorMessage(error);
			});
		}
	}
}
