// @vitest-environment happy-dom
import { ItemView, MarkdownView, Plugin, type WorkspaceLeaf } from "obsidian";
import { afterEach, describe, expect, test } from "vitest";
import { createApp__, type Events, resetObsidianFakes__, type TestApp__ } from "../fakes/obsidian";

// This plugin is typed against the real `obsidian` typings and runs on the double (vitest aliases the module).
const VIEW_TYPE = "people-sidebar";

class PeopleView extends ItemView {
	events: string[] = [];

	getViewType(): string {
		return VIEW_TYPE;
	}

	getDisplayText(): string {
		return "People";
	}

	override getIcon(): string {
		return "users";
	}

	override onload(): void {
		this.events.push("load");
	}

	protected override async onOpen(): Promise<void> {
		this.events.push("open");
		this.contentEl.createEl("h4", { text: "Fading connections" });
		this.addAction("refresh-cw", "Refresh", () => this.events.push("refresh"));
	}

	protected override async onClose(): Promise<void> {
		this.events.push("close");
	}

	override onunload(): void {
		this.events.push("unload");
	}
}

class PeoplePlugin extends Plugin {
	log: string[] = [];
	override settings = { greeting: "hi", count: 0 };

	override async onload(): Promise<void> {
		this.settings = { ...this.settings, ...((await this.loadData()) as Partial<typeof this.settings> | null) };
		this.registerView(VIEW_TYPE, (leaf: WorkspaceLeaf) => new PeopleView(leaf));
		this.addRibbonIcon("users", "Open people", () => void this.activateView());
		this.addCommand({ id: "open", name: "Open people", callback: () => this.activateView() });
		this.addCommand({
			id: "log-active",
			name: "Log active note",
			checkCallback: (checking: boolean) => {
				const file = this.app.workspace.getActiveFile();
				if (!file) return false;
				if (!checking) this.log.push(`active ${file.path}`);
				return true;
			},
		});
		this.addCommand({ id: "insert", name: "Insert greeting", editorCallback: (editor) => editor.replaceSelection(this.settings.greeting) });
		this.registerEvent(this.app.vault.on("modify", (file) => this.log.push(`modify ${file.path}`)));
		this.registerEvent(this.app.workspace.on("file-open", (file) => this.log.push(`file-open ${file?.path ?? "none"}`)));
		this.app.workspace.onLayoutReady(() => this.log.push("layout ready"));
	}

	async activateView(): Promise<void> {
		const existing = this.app.workspace.getLeavesOfType(VIEW_TYPE)[0];
		const leaf = existing ?? this.app.workspace.getRightLeaf(false);
		if (!leaf) return;
		if (!existing) await leaf.setViewState({ type: VIEW_TYPE, active: true });
		await this.app.workspace.revealLeaf(leaf);
	}
}

const MANIFEST = { id: "people", name: "People" };

async function loaded(files: Record<string, string> = {}): Promise<{ app: TestApp__; plugin: PeoplePlugin }> {
	const app = await createApp__({ files: { "Jane.md": "# Jane\n", ...files } });
	const plugin = await app.loadPlugin__(PeoplePlugin, MANIFEST);
	return { app, plugin };
}

afterEach(() => resetObsidianFakes__());

describe("plugin lifecycle", () => {
	test("loadPlugin__ awaits onload, then the layout becomes ready", async () => {
		const { app, plugin } = await loaded({ ".obsidian/plugins/people/data.json": '{"greeting":"hello"}' });
		expect(plugin.settings).toEqual({ greeting: "hello", count: 0 });
		expect(plugin.log).toEqual(["layout ready"]);
		expect(app.workspace.layoutReady).toBe(true);
	});

	test("startup: onload, then the vault load's create events, layout ready, then resolved", async () => {
		class StartupPlugin extends Plugin {
			log: string[] = [];

			override onload(): void {
				this.registerEvent(this.app.vault.on("create", (file) => this.log.push(`create ${file.path}`)));
				this.registerEvent(this.app.metadataCache.on("resolved", () => this.log.push("resolved")));
				this.app.workspace.onLayoutReady(() => this.log.push("layout ready"));
				this.log.push("onload");
			}
		}
		const app = await createApp__({ files: { "People/Jane.md": "" } });
		const plugin = await app.loadPlugin__(StartupPlugin, MANIFEST);
		expect(plugin.log).toEqual(["onload", "create People", "create People/Jane.md", "layout ready", "resolved"]);
		const enabled = await (await createApp__()).loadPlugin__(StartupPlugin, MANIFEST, { mode: "enable" });
		expect(enabled.log).toEqual(["layout ready", "onload"]);
	});

	test("manual mode: the layout waits for layoutReady__", async () => {
		const app = await createApp__();
		const plugin = await app.loadPlugin__(PeoplePlugin, MANIFEST, { mode: "manual" });
		expect(plugin.log).toEqual([]);
		app.workspace.layoutReady__();
		expect(plugin.log).toEqual(["layout ready"]);
		app.workspace.onLayoutReady(() => plugin.log.push("immediately"));
		expect(plugin.log).toEqual(["layout ready", "immediately"]);
	});

	test("saveData writes data.json on the adapter; loadData reads it back", async () => {
		const { app, plugin } = await loaded();
		await plugin.saveData({ greeting: "hey" });
		expect(JSON.parse(await app.vault.adapter.read(".obsidian/plugins/people/data.json"))).toEqual({ greeting: "hey" });
		expect(await plugin.loadData()).toEqual({ greeting: "hey" });
	});

	test("unload removes commands, ribbon icons, views and event handlers", async () => {
		const { app, plugin } = await loaded();
		await app.commands__.run("people:open");
		const view = app.workspace.getLeavesOfType(VIEW_TYPE)[0]?.view as PeopleView;
		app.unloadPlugin__(plugin);
		expect(app.commands__.list()).toEqual([]);
		expect(app.ribbonIcons__).toEqual([]);
		expect(document.querySelector(".side-dock-ribbon-action")).toBeNull();
		expect(app.workspace.getLeavesOfType(VIEW_TYPE)).toEqual([]);
		await Promise.resolve();
		expect(view.events).toEqual(["load", "open", "close", "unload"]);
		await app.vault.modify(app.vault.getFileByPath("Jane.md")!, "x");
		expect(plugin.log).not.toContain("modify Jane.md");
	});
});

describe("commands", () => {
	test("ids and names are prefixed; commands run by id or name", async () => {
		const { app } = await loaded();
		expect(app.commands__.list().map((c) => [c.id, c.name])).toEqual([
			["people:open", "People: Open people"],
			["people:log-active", "People: Log active note"],
			["people:insert", "People: Insert greeting"],
		]);
		expect(await app.commands__.run("Open people")).toBe(true);
		expect(app.workspace.getLeavesOfType(VIEW_TYPE)).toHaveLength(1);
		await expect(app.commands__.run("people:nope")).rejects.toThrow(/No command/);
	});

	test("checkCallback: unavailable (false) without an active file, runs once one is open", async () => {
		const { app, plugin } = await loaded();
		expect(app.commands__.isAvailable("people:log-active")).toBe(false);
		expect(await app.commands__.run("people:log-active")).toBe(false);
		await app.workspace.getLeaf(false).openFile(app.vault.getFileByPath("Jane.md")!);
		expect(app.commands__.isAvailable("log-active")).toBe(true);
		expect(await app.commands__.run("log-active")).toBe(true);
		expect(plugin.log).toContain("active Jane.md");
		expect(plugin.log.filter((line) => line.startsWith("active"))).toHaveLength(1);
	});

	test("editorCallback needs an active Markdown editor", async () => {
		const { app } = await loaded();
		expect(await app.commands__.run("people:insert")).toBe(false);
		const leaf = app.workspace.getLeaf(false);
		await leaf.openFile(app.vault.getFileByPath("Jane.md")!);
		const view = app.workspace.getActiveViewOfType(MarkdownView)!;
		view.editor.setCursor({ line: 1, ch: 0 });
		expect(await app.commands__.run("people:insert")).toBe(true);
		expect(view.editor.getValue()).toBe("# Jane\nhi");
		await view.save();
		expect(await app.vault.read(app.vault.getFileByPath("Jane.md")!)).toBe("# Jane\nhi");
	});
});

describe("views and workspace", () => {
	test("setViewState creates the registered view, loads it and awaits onOpen", async () => {
		const { app } = await loaded();
		await app.commands__.run("people:open");
		const [leaf] = app.workspace.getLeavesOfType(VIEW_TYPE);
		const view = leaf?.view;
		expect(view).toBeInstanceOf(PeopleView);
		expect((view as PeopleView).events).toEqual(["load", "open"]);
		expect(leaf?.getRoot()).toBe(app.workspace.rightSplit);
		expect(app.workspace.getActiveViewOfType(PeopleView)).toBe(view);
		expect(leaf?.getViewState()).toMatchObject({ type: VIEW_TYPE, active: true });
		expect(leaf?.isDeferred).toBe(false);
		const container = view!.containerEl;
		expect(container.getAttribute("data-type")).toBe(VIEW_TYPE);
		expect(container.children[0]?.hasClass("view-header")).toBe(true);
		expect(container.children[1]).toBe((view as PeopleView).contentEl);
		expect((view as PeopleView).contentEl.find("h4")?.getText()).toBe("Fading connections");
		expect(container.isConnected).toBe(true);
	});

	test("addAction renders a clickable header action", async () => {
		const { app } = await loaded();
		await app.commands__.run("people:open");
		const view = app.workspace.getLeavesOfType(VIEW_TYPE)[0]!.view as PeopleView;
		const action = view.containerEl.querySelector<HTMLElement>('.view-action[aria-label="Refresh"]')!;
		expect(action.querySelector("svg")?.getAttribute("data-icon")).toBe("refresh-cw");
		action.click();
		expect(view.events).toContain("refresh");
	});

	test("ribbon icon click opens the view once", async () => {
		const { app } = await loaded();
		const ribbon = document.querySelector<HTMLElement>('.side-dock-ribbon-action[aria-label="Open people"]')!;
		ribbon.click();
		await app.settled__();
		ribbon.click();
		await app.settled__();
		expect(app.workspace.getLeavesOfType(VIEW_TYPE)).toHaveLength(1);
	});

	test("revealLeaf expands a collapsed sidebar", async () => {
		const { app } = await loaded();
		app.workspace.rightSplit.collapse();
		await app.commands__.run("people:open");
		expect(app.workspace.rightSplit.collapsed).toBe(false);
	});

	test("opening a file fires file-open and active-leaf-change; getActiveFile keeps the last file when a sidebar is active", async () => {
		const { app, plugin } = await loaded();
		const changes: string[] = [];
		app.workspace.on("active-leaf-change", (leaf) => changes.push(leaf?.view.getViewType() ?? "null"));
		const jane = app.vault.getFileByPath("Jane.md")!;
		await app.workspace.getLeaf(false).openFile(jane);
		expect(plugin.log).toContain("file-open Jane.md");
		expect(app.workspace.getActiveFile()).toBe(jane);
		await app.commands__.run("people:open");
		expect(changes).toEqual([VIEW_TYPE]);
		expect(app.workspace.getActiveFile()).toBe(jane);
		expect(app.workspace.getActiveViewOfType(MarkdownView)).toBeNull();
		expect(app.workspace.getLastOpenFiles()).toEqual(["Jane.md"]);
	});

	test("openLinkText opens the linked note, or creates it", async () => {
		const { app } = await loaded({ "People/Bob.md": "" });
		await app.workspace.openLinkText("Bob#Notes", "Jane.md", false);
		expect(app.workspace.getActiveFile()?.path).toBe("People/Bob.md");
		await app.workspace.openLinkText("New Person", "Jane.md", "tab");
		expect(app.vault.getFileByPath("New Person.md")).not.toBeNull();
		expect(app.workspace.getActiveFile()?.path).toBe("New Person.md");
	});

	test("getLeaf(false) reuses the active tab; getLeaf('tab') adds one; detach removes it", async () => {
		const { app } = await loaded();
		const first = app.workspace.getLeaf(false);
		expect(app.workspace.getLeaf(false)).toBe(first);
		const second = app.workspace.getLeaf("tab");
		expect(second).not.toBe(first);
		const roots: WorkspaceLeaf[] = [];
		app.workspace.iterateRootLeaves((leaf) => roots.push(leaf));
		expect(roots).toEqual([first, second]);
		second.detach();
		roots.length = 0;
		app.workspace.iterateRootLeaves((leaf) => roots.push(leaf));
		expect(roots).toEqual([first]);
	});

	test("hover-link and file-menu are passed through trigger", async () => {
		const { app } = await loaded();
		const seen: unknown[] = [];
		const events = app.workspace as unknown as Events;
		events.on("hover-link", (info) => seen.push(info));
		events.on("file-menu", (menu, file, source) => seen.push(source));
		app.workspace.trigger("hover-link", { linktext: "Jane" });
		app.workspace.trigger("file-menu", null, app.vault.getFileByPath("Jane.md"), "file-explorer");
		expect(seen).toEqual([{ linktext: "Jane" }, "file-explorer"]);
	});
});
