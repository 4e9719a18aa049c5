import type * as Obsidian from "obsidian";
import { CommandRegistry__ } from "./commands";
import { hasDom__ } from "./dom";
import { Events } from "./events";
import { FileManager } from "./file-manager";
import { Keymap, Scope } from "./keymap";
import { MetadataCache } from "./metadata-cache";
import type { Plugin } from "./plugin";
import type { FileData__ } from "./store";
import type { PluginSettingTab } from "./ui/setting-tab";
import { Vault } from "./vault";
import { Workspace } from "./workspace/workspace";

/** A file for createApp__: its content, or content with times. */
export type SeedFile__ = FileData__ | { content: FileData__; ctime?: number; mtime?: number };

export interface AppOptions__ {
	/** Vault files by path, e.g. `{ "People/Jane.md": "---\ntier: close\n---\n", ".obsidian/daily-notes.json": "{}" }`. Dot-paths stay on the adapter. */
	files?: Record<string, SeedFile__>;
	/** Vault name. */
	name?: string;
	/** Clock for file times (defaults to Date.now, which vi.setSystemTime controls). */
	now?: () => number;
	/** Wait until the initial files are indexed and `resolved` has fired (default true). */
	indexed?: boolean;
}

export interface LoadPluginOptions__ {
	/**
	 * How the plugin comes to life:
	 * - "startup" (default): as when Obsidian starts with the plugin enabled. After onload the vault
	 *   fires `create` for every file and folder (the vault load), the layout becomes ready, then the
	 *   metadata cache fires `resolve` for each note and `resolved` (the end of initial indexing).
	 * - "enable": as when the user enables it in a running app: the layout is ready before onload
	 *   (onLayoutReady callbacks run at once) and nothing is replayed.
	 * - "manual": only onload; call workspace.layoutReady__(), vault.replayLoad__() and
	 *   metadataCache.replayResolved__() yourself.
	 */
	mode?: "startup" | "enable" | "manual";
}

/** The app as tests see it: the real API's types plus the double's `__` helpers. */
export type TestApp__ = Obsidian.App & {
	vault: Obsidian.Vault & Pick<Vault, "failNextWrite__" | "settled__" | "writeLog__" | "seed__" | "replayLoad__">;
	metadataCache: Obsidian.MetadataCache & Pick<MetadataCache, "whenResolved__" | "settled__" | "isIdle__" | "replayResolved__">;
	workspace: Obsidian.Workspace & Pick<Workspace, "layoutReady__">;
} & Pick<
		App,
		"commands__" | "loadPlugin__" | "unloadPlugin__" | "plugins__" | "settingTabs__" | "ribbonIcons__" | "statusBarEl__" | "openSettingTab__" | "settled__" | "destroy__"
	>;

/**
 * The app: vault, metadata cache, file manager and workspace wired together, plus mock-only
 * registries (commands, setting tabs, ribbon icons, plugins). With a DOM, `div.app-container`
 * (workspace and status bar) is appended to document.body.
 */
export class App {
	keymap = new Keymap();
	scope = new Scope();
	vault: Vault;
	metadataCache: MetadataCache;
	fileManager: FileManager;
	workspace: Workspace;
	lastEvent: UIEvent | null = null;
	renderContext = {};
	secretStorage = new Events();

	/** Mock-only: the command palette. */
	readonly commands__: CommandRegistry__;
	/** Mock-only: loaded plugins. */
	plugins__: Plugin[] = [];
	/** Mock-only: setting tabs added by plugins. */
	settingTabs__: PluginSettingTab[] = [];
	/** Mock-only: ribbon icons added by plugins. */
	ribbonIcons__: HTMLElement[] = [];
	/** Mock-only: `div.app-container` (null without a DOM). */
	readonly containerEl__: HTMLElement | null;
	/** Mock-only: the status bar (null without a DOM). */
	readonly statusBarEl__: HTMLElement | null;
	private readonly localStorage = new Map<string, unknown>();
	private settingsEl: HTMLElement | null = null;

	constructor(options: AppOptions__ = {}) {
		this.vault = new Vault({ name: options.name, now: options.now });
		this.metadataCache = new MetadataCache(this.vault);
		this.fileManager = new FileManager(this.vault, this.metadataCache);
		this.workspace = new Workspace(this);
		this.commands__ = new CommandRegistry__(this);
		this.containerEl__ = hasDom__() ? document.body.createDiv("app-container") : null;
		this.statusBarEl__ = this.containerEl__?.createDiv("status-bar") ?? null;
		if (this.containerEl__) this.containerEl__.prepend(this.workspace.containerEl);
		for (const [path, file] of Object.entries(options.files ?? {})) {
			if (typeof file === "string" || file instanceof ArrayBuffer) this.vault.seed__(path, file);
			else this.vault.seed__(path, file.content, { ctime: file.ctime, mtime: file.mtime });
		}
	}

	isDarkMode(): boolean {
		return false;
	}

	loadLocalStorage(key: string): unknown {
		return this.localStorage.get(key) ?? null;
	}

	saveLocalStorage(key: string, data: unknown): void {
		if (data === null) this.localStorage.delete(key);
		else this.localStorage.set(key, data);
	}

	/** Mock-only: instantiates the plugin as Obsidian does and awaits its onload; see LoadPluginOptions__ for what follows. */
	async loadPlugin__<T extends Obsidian.Plugin>(
		PluginClass: new (app: Obsidian.App, manifest: Obsidian.PluginManifest) => T,
		manifest: Partial<Obsidian.PluginManifest> = {},
		options: LoadPluginOptions__ = {},
	): Promise<T> {
		const full: Obsidian.PluginManifest = {
			id: "test-plugin",
			name: "Test plugin",
			author: "",
			version: "0.0.0",
			minAppVersion: "0.0.0",
			description: "",
			...manifest,
		};
		const mode = options.mode ?? "startup";
		if (mode === "enable") this.workspace.layoutReady__();
		const plugin = new PluginClass(this as unknown as Obsidian.App, full);
		const fake = plugin as unknown as Plugin;
		this.plugins__.push(fake);
		await fake.loadAsync__();
		if (mode === "startup") {
			this.vault.replayLoad__();
			this.workspace.layoutReady__();
			this.metadataCache.replayResolved__();
		}
		return plugin;
	}

	/** Mock-only: unloads the plugin (its commands, views, events, intervals go away). */
	unloadPlugin__(plugin: Obsidian.Plugin): void {
		const fake = plugin as unknown as Plugin;
		fake.unload();
		this.plugins__ = this.plugins__.filter((other) => other !== fake);
	}

	/**
	 * Mock-only: opens the settings on this tab: its containerEl is attached to the document and
	 * the tab is rendered from getSettingDefinitions(), or by display() when it returns none.
	 */
	openSettingTab__(tab: Obsidian.PluginSettingTab | PluginSettingTab): HTMLElement {
		const fake = tab as unknown as PluginSettingTab;
		this.settingsEl?.remove();
		this.settingsEl = document.body.createDiv("modal-container mod-settings");
		this.settingsEl.createDiv("modal mod-settings").createDiv("vertical-tab-content-container").appendChild(fake.containerEl);
		fake.show__();
		return fake.containerEl;
	}

	/** Mock-only: waits until the vault is indexed and event handlers stopped writing. */
	async settled__(): Promise<void> {
		await this.vault.settled__();
	}

	/** Mock-only: unloads plugins and removes the app's DOM. */
	destroy__(): void {
		for (const plugin of [...this.plugins__]) this.unloadPlugin__(plugin as unknown as Obsidian.Plugin);
		this.settingsEl?.remove();
		this.containerEl__?.remove();
	}
}

/**
 * Mock-only: builds an app over these files, like opening a vault. By default it resolves once
 * every note is indexed and `resolved` has fired.
 */
export async function createApp__(options: AppOptions__ = {}): Promise<TestApp__> {
	const app = new App(options);
	if (options.indexed ?? true) await app.metadataCache.whenResolved__();
	return app as unknown as TestApp__;
}
