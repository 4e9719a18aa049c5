import type { Command, HoverLinkSource, IconName, MarkdownPostProcessor, PluginManifest, ViewCreator } from "obsidian";
import type { App } from "./app";
import { Component } from "./component";
import { setIcon } from "./ui/icons";
import type { PluginSettingTab } from "./ui/setting-tab";

/** Mock-only: what a plugin registered that the double does not act on. */
export interface PluginRegistrations__ {
	postProcessors: MarkdownPostProcessor[];
	codeBlockProcessors: Map<string, unknown>;
	editorExtensions: unknown[];
	editorSuggests: unknown[];
	protocolHandlers: Map<string, unknown>;
	extensions: Map<string, string>;
	hoverLinkSources: Map<string, HoverLinkSource>;
	cliHandlers: Map<string, unknown>;
}

/**
 * A plugin. Everything it adds (commands, ribbon icons, status bar items, setting tabs, views)
 * is removed again when it unloads. Its data lives in `<configDir>/plugins/<id>/data.json` on the
 * vault adapter, so tests can seed it as a file.
 */
export abstract class Plugin extends Component {
	app: App;
	manifest: PluginManifest;
	settings?: unknown;
	/** Mock-only: see PluginRegistrations__. */
	readonly registrations__: PluginRegistrations__ = {
		postProcessors: [],
		codeBlockProcessors: new Map(),
		editorExtensions: [],
		editorSuggests: [],
		protocolHandlers: new Map(),
		extensions: new Map(),
		hoverLinkSources: new Map(),
		cliHandlers: new Map(),
	};

	constructor(app: App, manifest: PluginManifest) {
		super();
		this.app = app;
		this.manifest = manifest;
	}

	override onload(): Promise<void> | void {}

	/** A clickable `div.side-dock-ribbon-action` in the left ribbon, labelled `title`. */
	addRibbonIcon(icon: IconName, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
		const el = createDiv({ cls: "side-dock-ribbon-action clickable-icon", attr: { "aria-label": title, "data-icon": icon } });
		setIcon(el, icon);
		el.addEventListener("click", (evt) => callback(evt));
		this.app.workspace.leftRibbon.containerEl__?.appendChild(el);
		this.app.ribbonIcons__.push(el);
		this.register(() => {
			el.remove();
			this.app.ribbonIcons__ = this.app.ribbonIcons__.filter((other) => other !== el);
		});
		return el;
	}

	addStatusBarItem(): HTMLElement {
		const el = createDiv(`status-bar-item plugin-${this.manifest.id}`);
		this.app.statusBarEl__?.appendChild(el);
		this.register(() => el.remove());
		return el;
	}

	/** Prefixes id and name with the plugin's ("reconnect:draft", "Reconnect: Draft"), as Obsidian does. */
	addCommand(command: Command): Command {
		command.id = `${this.manifest.id}:${command.id}`;
		command.name = `${this.manifest.name}: ${command.name}`;
		this.app.commands__.add(command);
		this.register(() => this.app.commands__.remove(command.id));
		return command;
	}

	removeCommand(commandId: string): void {
		this.app.commands__.remove(`${this.manifest.id}:${commandId}`);
	}

	addSettingTab(settingTab: PluginSettingTab): void {
		this.app.settingTabs__.push(settingTab);
		this.register(() => {
			this.app.settingTabs__ = this.app.settingTabs__.filter((tab) => tab !== settingTab);
		});
	}

	/** On unload the type is unregistered and its leaves detached. */
	registerView(type: string, viewCreator: ViewCreator): void {
		this.app.workspace.registerViewType__(type, viewCreator);
		this.register(() => {
			this.app.workspace.detachLeavesOfType(type);
			this.app.workspace.unregisterViewType__(type);
		});
	}

	registerHoverLinkSource(id: string, info: HoverLinkSource): void {
		this.registrations__.hoverLinkSources.set(id, info);
	}

	registerExtensions(extensions: string[], viewType: string): void {
		for (const extension of extensions) this.registrations__.extensions.set(extension, viewType);
	}

	registerMarkdownPostProcessor(postProcessor: MarkdownPostProcessor, sortOrder?: number): MarkdownPostProcessor {
		void sortOrder;
		this.registrations__.postProcessors.push(postProcessor);
		return postProcessor;
	}

	registerMarkdownCodeBlockProcessor(language: string, handler: unknown, sortOrder?: number): MarkdownPostProcessor {
		void sortOrder;
		this.registrations__.codeBlockProcessors.set(language, handler);
		const processor = (() => {}) as unknown as MarkdownPostProcessor;
		return processor;
	}

	registerBasesView(viewId: string, registration: unknown): boolean {
		void viewId;
		void registration;
		return false;
	}

	registerEditorExtension(extension: unknown): void {
		this.registrations__.editorExtensions.push(extension);
	}

	registerObsidianProtocolHandler(action: string, handler: unknown): void {
		this.registrations__.protocolHandlers.set(action, handler);
	}

	registerEditorSuggest(editorSuggest: unknown): void {
		this.registrations__.editorSuggests.push(editorSuggest);
	}

	registerCliHandler(command: string, description: string, flags: unknown, handler: unknown): void {
		void description;
		void flags;
		if (this.registrations__.cliHandlers.has(command)) throw new Error(`CLI command "${command}" is already registered`);
		this.registrations__.cliHandlers.set(command, handler);
	}

	/** The parsed data.json, or null when there is none. */
	async loadData(): Promise<unknown> {
		const path = this.dataPath__();
		if (!(await this.app.vault.adapter.exists(path))) return null;
		return JSON.parse(await this.app.vault.adapter.read(path)) as unknown;
	}

	async saveData(data: unknown): Promise<void> {
		const path = this.dataPath__();
		await this.app.vault.adapter.mkdir(path.slice(0, path.lastIndexOf("/")));
		await this.app.vault.adapter.write(path, JSON.stringify(data, null, 2));
	}

	onUserEnable(): void {}

	private dataPath__(): string {
		const dir = this.manifest.dir ?? `${this.app.vault.configDir}/plugins/${this.manifest.id}`;
		return `${dir}/data.json`;
	}
}
