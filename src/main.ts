import { Notice, Plugin, type WorkspaceLeaf } from "obsidian";
import { DEFAULT_SETTINGS, sanitizeSettings, type ReconnectSettings } from "./core/settings";
import { ContactActions } from "./plugin/actions";
import { registerCommands } from "./plugin/commands";
import type { ReconnectHost } from "./plugin/host";
import { PlanOnCreate } from "./plugin/planOnCreate";
import { ReconnectIndex } from "./plugin/reconnectIndex";
import { ReconnectSettingTab } from "./plugin/settingsTab";
import { ReconnectView, VIEW_TYPE_RECONNECT } from "./plugin/view";
import { WriteBack } from "./plugin/writeBack";

/** Wiring only: the work lives in src/plugin (Obsidian adapters) and src/core (the domain). */
export default class ReconnectPlugin extends Plugin implements ReconnectHost {
	override settings: ReconnectSettings = { ...DEFAULT_SETTINGS };
	index!: ReconnectIndex;
	actions!: ContactActions;

	/** When Obsidian loaded Reconnect this session. */
	readonly #loadedAt = Date.now();

	override async onload(): Promise<void> {
		this.settings = sanitizeSettings(await this.loadData());
		this.index = this.addChild(new ReconnectIndex(this.app, () => this.settings));
		this.actions = new ContactActions(this.app, this.index, () => this.settings);
		const writeBack = this.addChild(new WriteBack(this.app, this.index, () => this.settings));

		this.registerView(VIEW_TYPE_RECONNECT, (leaf) => new ReconnectView(leaf, this));
		this.registerHoverLinkSource(VIEW_TYPE_RECONNECT, { display: "Reconnect", defaultMod: true });
		this.addRibbonIcon("users", "Open Reconnect", () => void this.openSidebar());
		registerCommands(this, this, () => this.openSidebar());
		this.addSettingTab(new ReconnectSettingTab(this.app, this, this));

		// Reading the vault waits for the layout, so Obsidian starts as fast with Reconnect as without.
		this.app.workspace.onLayoutReady(() => void this.start(writeBack));
	}

	private async start(writeBack: WriteBack): Promise<void> {
		writeBack.watch();
		// Registered after the vault has loaded, so only notes created from now on count.
		const planOnCreate = new PlanOnCreate(this, this.#loadedAt);
		this.register(() => planOnCreate.unload());
		this.registerEvent(this.app.vault.on("create", planOnCreate.onCreate));
		void planOnCreate.checkAfterStart();
		// A new day moves every silence and news window; check each minute.
		this.registerInterval(window.setInterval(() => this.index.checkDay(), 60_000));
		// Daily notes settings live in Obsidian's config; pick up changes now and then.
		this.registerInterval(window.setInterval(() => void this.index.refreshObsidianSettings(), 5 * 60_000));
		this.offerContactsFolder();
		// Reading the vault runs in short pieces after this; the sidebar shows how far it got.
		await this.index.start();
	}

	/** First run: a People or Contacts folder is very likely where the contacts are. */
	private offerContactsFolder(): void {
		if (this.settings.contactFolderOffered || this.settings.contactFolders.length) return;
		const folder = ["People", "Contacts"].find((name) => this.app.vault.getFolderByPath(name));
		if (!folder) return;
		const fragment = createFragment((root) => {
			root.appendText(`Reconnect: use "${folder}" as your contacts folder? `);
			const yes = root.createEl("button", { text: `Use ${folder}`, cls: "mod-cta reconnect-notice-button" });
			yes.addEventListener("click", () => {
				this.settings.contactFolders = [folder];
				void this.saveSettings().then(() => this.index.settingsChanged(true));
				notice.hide();
			});
		});
		const notice = new Notice(fragment, 0);
		this.settings.contactFolderOffered = true;
		void this.saveSettings();
	}

	async openSidebar(): Promise<void> {
		const { workspace } = this.app;
		let leaf: WorkspaceLeaf | null = workspace.getLeavesOfType(VIEW_TYPE_RECONNECT)[0] ?? null;
		if (!leaf) {
			leaf = workspace.getRightLeaf(false);
			if (!leaf) return;
			await leaf.setViewState({ type: VIEW_TYPE_RECONNECT, active: true });
		}
		await workspace.revealLeaf(leaf);
	}

	async saveSettings(): Promise<void> {
		await this.saveData(this.settings);
	}

	openSettings(): void {
		// Obsidian has no public API to open a plugin's settings tab; the command palette path is the documented one.
		new Notice("Open settings, then Reconnect under community plugins, to choose your contacts folder.");
	}
}
