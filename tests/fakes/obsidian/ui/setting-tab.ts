import type { IconName, SettingDefinitionItem } from "obsidian";
import type { App } from "../app";
import type { Plugin } from "../plugin";
import { SettingDefinitionsView__ } from "./setting-definitions";

/**
 * A settings page. As in Obsidian 1.13, when getSettingDefinitions() returns items the tab is
 * rendered from them (see SettingDefinitionsView__) and display() is not called; otherwise
 * display() renders it imperatively into `containerEl` (div.vertical-tab-content).
 */
export abstract class SettingTab {
	icon: IconName = "settings";
	app: App;
	containerEl: HTMLElement;
	settingItems: SettingDefinitionItem[] = [];
	private definitionsView__: SettingDefinitionsView__ | null = null;
	private shown__ = false;

	constructor(app: App) {
		this.app = app;
		this.containerEl = createDiv("vertical-tab-content");
	}

	getSettingDefinitions(): SettingDefinitionItem[] {
		return [];
	}

	/** Re-reads the definitions and, if the tab is shown, renders it again. */
	update(): void {
		this.settingItems = this.getSettingDefinitions();
		if (this.shown__) this.render__();
	}

	getControlValue(key: string): unknown {
		void key;
		return undefined;
	}

	setControlValue(key: string, value: unknown): void | Promise<void> {
		void key;
		void value;
	}

	refreshDomState(): void {
		this.definitionsView__?.refresh();
	}

	display(): void {}

	hide(): void {
		this.shown__ = false;
		this.definitionsView__?.clear();
		this.definitionsView__ = null;
		this.containerEl.empty();
	}

	/** Mock-only plumbing: what the settings modal does when it shows the tab. */
	show__(): void {
		this.shown__ = true;
		this.settingItems = this.getSettingDefinitions();
		this.render__();
	}

	private render__(): void {
		if (this.settingItems.length === 0) {
			this.definitionsView__?.clear();
			this.definitionsView__ = null;
			this.display();
			return;
		}
		this.definitionsView__ ??= new SettingDefinitionsView__(this, this.containerEl);
		this.definitionsView__.render(this.settingItems);
	}
}

export abstract class PluginSettingTab extends SettingTab {
	/** Not in Obsidian's typings but set by its constructor; plugins usually keep their own field. */
	plugin: Plugin;

	constructor(app: App, plugin: Plugin) {
		super(app);
		this.plugin = plugin;
	}

	override getControlValue(key: string): unknown {
		return (this.plugin.settings as Record<string, unknown> | undefined)?.[key];
	}

	override async setControlValue(key: string, value: unknown): Promise<void> {
		const settings = (this.plugin.settings ?? {}) as Record<string, unknown>;
		settings[key] = value;
		this.plugin.settings = settings;
		await this.plugin.saveData(settings);
	}
}
