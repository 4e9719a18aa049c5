import type { MarkdownFileInfo, OpenViewState, PaneType, Side, SplitDirection, ViewCreator } from "obsidian";
import type { App } from "../app";
import { debounce } from "../debounce";
import { hasDom__ } from "../dom";
import { Events } from "../events";
import { type TAbstractFile, TFile } from "../files";
import { parseLinktext } from "../linktext";
import { normalizePath, parentPath__ } from "../paths";
import { BinaryFileView__, EmptyView__, FileView, MarkdownView, type View } from "../views";
import {
	WorkspaceFloating,
	type WorkspaceItem,
	type WorkspaceParent,
	WorkspaceRibbon,
	WorkspaceRoot,
	WorkspaceSidedock,
	type WorkspaceSplit,
	WorkspaceTabs,
	WorkspaceWindow,
} from "./items";
import { WorkspaceLeaf } from "./leaf";

type Constructor<T> = abstract new (...args: never[]) => T;

/**
 * The workspace: a main area (rootSplit) with one empty tab at start, two sidebars, view
 * factories (registerView), the active leaf and active file, and Obsidian's events:
 * `active-leaf-change` (leaf), `file-open` (file), `layout-change`; `file-menu`, `hover-link` and
 * the rest only fire when a test triggers them. The layout is not ready until layoutReady__().
 */
export class Workspace extends Events {
	leftSplit: WorkspaceSidedock;
	rightSplit: WorkspaceSidedock;
	leftRibbon: WorkspaceRibbon;
	rightRibbon: WorkspaceRibbon;
	rootSplit: WorkspaceRoot;
	/** Mock-only: holds popout windows. */
	readonly floatingSplit__: WorkspaceFloating;
	activeLeaf: WorkspaceLeaf | null = null;
	containerEl: HTMLElement;
	layoutReady = false;
	requestSaveLayout = debounce(async () => {}, 2000);

	private readonly viewCreators = new Map<string, ViewCreator>();
	private readonly layoutReadyCallbacks: (() => unknown)[] = [];
	private lastActiveFile: TFile | null = null;
	private lastOpenFiles: string[] = [];
	private activations = 0;

	constructor(private readonly app: App) {
		super();
		this.leftRibbon = new WorkspaceRibbon("workspace-ribbon side-dock-ribbon mod-left");
		this.rightRibbon = new WorkspaceRibbon("workspace-ribbon side-dock-ribbon mod-right");
		this.leftSplit = new WorkspaceSidedock(this, null, "workspace-split mod-horizontal mod-sidedock mod-left-split");
		this.rootSplit = new WorkspaceRoot(this, null, "workspace-split mod-vertical mod-root");
		this.rightSplit = new WorkspaceSidedock(this, null, "workspace-split mod-horizontal mod-sidedock mod-right-split");
		this.floatingSplit__ = new WorkspaceFloating(this, null, "workspace-floating");
		this.containerEl = hasDom__() ? createDiv("workspace") : (undefined as unknown as HTMLElement);
		for (const part of [this.leftRibbon, this.leftSplit, this.rootSplit, this.rightSplit, this.rightRibbon]) {
			if (part.containerEl__) this.containerEl.appendChild(part.containerEl__);
		}
		this.viewCreators.set("empty", (leaf) => new EmptyView__(leaf as never) as never);
		this.viewCreators.set("markdown", (leaf) => new MarkdownView(leaf as never) as never);
		for (const type of ["file", "image", "pdf", "canvas"]) {
			this.viewCreators.set(type, (leaf) => new BinaryFileView__(leaf as never, type) as never);
		}
		app.vault.on("delete", (file) => this.onFileDeleted(file as TAbstractFile));
		app.vault.on("rename", (file, oldPath) => this.onFileRenamed(file as TAbstractFile, oldPath as string));
		if (hasDom__()) this.activeLeaf = this.newLeafIn(this.firstTabs(this.rootSplit));
	}

	/** The active Markdown editor, if the active view is a MarkdownView. */
	get activeEditor(): MarkdownFileInfo | null {
		const view = this.activeLeaf?.view;
		return view instanceof MarkdownView ? (view as unknown as MarkdownFileInfo) : null;
	}

	onLayoutReady(callback: () => unknown): void {
		if (this.layoutReady) callback();
		else this.layoutReadyCallbacks.push(callback);
	}

	/** Mock-only: the layout becomes ready; queued onLayoutReady callbacks run in order. */
	layoutReady__(): void {
		if (this.layoutReady) return;
		this.layoutReady = true;
		for (const callback of this.layoutReadyCallbacks.splice(0)) callback();
	}

	async changeLayout(workspace: unknown): Promise<void> {
		void workspace;
	}

	getLayout(): Record<string, unknown> {
		return {};
	}

	createLeafInParent(parent: WorkspaceSplit, index: number): WorkspaceLeaf {
		const tabs = new WorkspaceTabs(this, parent);
		parent.insertChild__(tabs, index);
		return this.newLeafIn(tabs);
	}

	createLeafBySplit(leaf: WorkspaceLeaf, direction?: SplitDirection, before?: boolean): WorkspaceLeaf {
		void direction;
		const tabs = leaf.parent;
		const split = tabs?.parent ?? this.rootSplit;
		const index = tabs ? split.children__.indexOf(tabs) : split.children__.length - 1;
		return this.createLeafInParent(split, before ? index : index + 1);
	}

	splitActiveLeaf(direction?: SplitDirection): WorkspaceLeaf {
		return this.createLeafBySplit(this.getLeaf(false), direction);
	}

	async duplicateLeaf(leaf: WorkspaceLeaf, leafType?: PaneType | boolean | SplitDirection, direction?: SplitDirection): Promise<WorkspaceLeaf> {
		void direction;
		const copy = leafType === "vertical" || leafType === "horizontal" ? this.createLeafBySplit(leaf, leafType) : this.getLeaf(leafType ?? true);
		await copy.setViewState({ ...leaf.getViewState(), active: false });
		return copy;
	}

	getUnpinnedLeaf(): WorkspaceLeaf {
		return this.getLeaf(false);
	}

	/**
	 * false/undefined: the most recent main-area leaf if it is navigable and not pinned, else a new
	 * tab; true/"tab": a new tab; "split": a new leaf beside the most recent one; "window": a popout.
	 */
	getLeaf(newLeaf?: PaneType | boolean, direction?: SplitDirection): WorkspaceLeaf {
		const recent = this.getMostRecentLeaf(this.rootSplit);
		if (newLeaf === "split") return recent ? this.createLeafBySplit(recent, direction) : this.newLeafIn(this.firstTabs(this.rootSplit));
		if (newLeaf === "window") return this.openPopoutLeaf();
		if (!newLeaf && recent && !recent.pinned__ && recent.view.navigation) return recent;
		const tabs = recent?.parent instanceof WorkspaceTabs ? recent.parent : this.firstTabs(this.rootSplit);
		return this.newLeafIn(tabs);
	}

	moveLeafToPopout(leaf: WorkspaceLeaf): WorkspaceWindow {
		const popout = this.newWindow();
		const tabs = this.firstTabs(popout);
		leaf.parent?.removeChild__(leaf);
		tabs.insertChild__(leaf);
		this.trigger("layout-change");
		return popout;
	}

	openPopoutLeaf(): WorkspaceLeaf {
		return this.newLeafIn(this.firstTabs(this.newWindow()));
	}

	/** Opens the linked note, creating it (and its folder) when the link does not resolve, as clicking a link does. */
	async openLinkText(linktext: string, sourcePath: string, newLeaf?: PaneType | boolean, openViewState?: OpenViewState): Promise<void> {
		const { path } = parseLinktext(linktext);
		let file = this.app.metadataCache.getFirstLinkpathDest(path, sourcePath);
		if (!file) {
			const target = normalizePath(path.endsWith(".md") ? path : `${path}.md`);
			const folder = parentPath__(target);
			if (folder && !this.app.vault.getFolderByPath(folder)) await this.app.vault.createFolder(folder);
			file = await this.app.vault.create(target, "");
		}
		await this.getLeaf(newLeaf).openFile(file, openViewState);
	}

	setActiveLeaf(leaf: WorkspaceLeaf, params?: { focus?: boolean } | boolean, focus?: boolean): void {
		void params;
		void focus;
		leaf.activeTime__ = ++this.activations;
		if (leaf === this.activeLeaf) {
			this.leafFileChanged__(leaf);
			return;
		}
		this.activeLeaf = leaf;
		this.trigger("active-leaf-change", leaf);
		this.leafFileChanged__(leaf);
	}

	getLeafById(id: string): WorkspaceLeaf | null {
		return this.allLeaves().find((leaf) => leaf.id__ === id) ?? null;
	}

	getGroupLeaves(group: string): WorkspaceLeaf[] {
		return this.allLeaves().filter((leaf) => leaf.group__ === group);
	}

	getMostRecentLeaf(root: WorkspaceParent = this.rootSplit): WorkspaceLeaf | null {
		const leaves = this.leavesIn(root);
		return leaves.reduce<WorkspaceLeaf | null>((best, leaf) => (!best || leaf.activeTime__ > best.activeTime__ ? leaf : best), null);
	}

	getLeftLeaf(split: boolean): WorkspaceLeaf | null {
		return this.sideLeaf(this.leftSplit, split);
	}

	getRightLeaf(split: boolean): WorkspaceLeaf | null {
		return this.sideLeaf(this.rightSplit, split);
	}

	/** The first leaf of `type` in that sidebar, or a new one; revealed unless `reveal: false`. */
	async ensureSideLeaf(
		type: string,
		side: Side,
		options: { active?: boolean; split?: boolean; reveal?: boolean; state?: Record<string, unknown> } = {},
	): Promise<WorkspaceLeaf> {
		const split = side === "left" ? this.leftSplit : this.rightSplit;
		let leaf = this.leavesIn(split).find((candidate) => candidate.view.getViewType() === type);
		if (!leaf) {
			leaf = this.sideLeaf(split, options.split ?? false);
			await leaf.setViewState({ type, active: options.active ?? false, state: options.state });
		}
		if (options.reveal ?? true) await this.revealLeaf(leaf);
		return leaf;
	}

	getActiveViewOfType<T>(type: Constructor<T>): T | null {
		const view = this.activeLeaf?.view;
		return view instanceof type ? view : null;
	}

	/** The active view's file if it is a FileView, else the most recently active file. */
	getActiveFile(): TFile | null {
		const view = this.activeLeaf?.view;
		if (view instanceof FileView) return view.file;
		return this.lastActiveFile;
	}

	iterateRootLeaves(callback: (leaf: WorkspaceLeaf) => unknown): void {
		for (const leaf of this.leavesIn(this.rootSplit)) callback(leaf);
	}

	iterateAllLeaves(callback: (leaf: WorkspaceLeaf) => unknown): void {
		for (const leaf of this.allLeaves()) callback(leaf);
	}

	getLeavesOfType(viewType: string): WorkspaceLeaf[] {
		return this.allLeaves().filter((leaf) => leaf.view.getViewType() === viewType);
	}

	detachLeavesOfType(viewType: string): void {
		for (const leaf of this.getLeavesOfType(viewType)) leaf.detach();
	}

	/** Expands the leaf's sidebar and brings it to the front of its tab group (does not focus it). */
	async revealLeaf(leaf: WorkspaceLeaf): Promise<void> {
		const root = leaf.getRoot();
		if (root instanceof WorkspaceSidedock) root.expand();
		if (leaf.parent instanceof WorkspaceTabs) leaf.parent.currentTab__ = leaf;
		await leaf.loadIfDeferred();
	}

	getLastOpenFiles(): string[] {
		return [...this.lastOpenFiles];
	}

	updateOptions(): void {}

	handleLinkContextMenu(menu: unknown, linktext: string, sourcePath: string, leaf?: WorkspaceLeaf): boolean {
		void menu;
		void linktext;
		void sourcePath;
		void leaf;
		return false;
	}

	/** Mock-only plumbing: Plugin.registerView. */
	registerViewType__(type: string, creator: ViewCreator): void {
		if (this.viewCreators.has(type)) throw new Error(`Attempting to register an existing view type "${type}"`);
		this.viewCreators.set(type, creator);
	}

	/** Mock-only plumbing. */
	unregisterViewType__(type: string): void {
		this.viewCreators.delete(type);
	}

	/** Mock-only plumbing: a view for `type` (an empty view when nothing is registered for it). */
	createView__(type: string, leaf: WorkspaceLeaf): View {
		const creator = this.viewCreators.get(type);
		return creator ? (creator(leaf as never) as unknown as View) : new EmptyView__(leaf);
	}

	/** Mock-only plumbing: fires `file-open` when the active leaf now shows another file. */
	leafFileChanged__(leaf: WorkspaceLeaf): void {
		if (leaf !== this.activeLeaf || !(leaf.view instanceof FileView)) return;
		const file = leaf.view.file;
		if (!file || file === this.lastActiveFile) return;
		this.lastActiveFile = file;
		this.trigger("file-open", file);
	}

	/** Mock-only plumbing. */
	recordOpenFile__(file: TFile): void {
		this.lastOpenFiles = [file.path, ...this.lastOpenFiles.filter((path) => path !== file.path)].slice(0, 10);
	}

	/** Mock-only plumbing: removes a leaf; the main area always keeps one leaf. */
	leafDetached__(leaf: WorkspaceLeaf): void {
		const tabs = leaf.parent;
		tabs?.removeChild__(leaf);
		if (tabs && tabs.children__.length === 0 && tabs.parent && tabs.parent !== this.rootSplit) tabs.parent.removeChild__(tabs);
		if (hasDom__() && this.leavesIn(this.rootSplit).length === 0) this.newLeafIn(this.firstTabs(this.rootSplit));
		if (this.activeLeaf === leaf) {
			const next = this.getMostRecentLeaf(this.rootSplit);
			if (next) this.setActiveLeaf(next);
			else {
				this.activeLeaf = null;
				this.trigger("active-leaf-change", null);
			}
		}
		this.trigger("layout-change");
	}

	private sideLeaf(split: WorkspaceSidedock, newSplit: boolean): WorkspaceLeaf {
		const tabs = newSplit ? this.appendTabs(split) : this.firstTabs(split);
		return this.newLeafIn(tabs);
	}

	private newLeafIn(tabs: WorkspaceTabs): WorkspaceLeaf {
		const leaf = new WorkspaceLeaf(this, tabs, this.app);
		tabs.insertChild__(leaf);
		tabs.currentTab__ ??= leaf;
		this.trigger("layout-change");
		return leaf;
	}

	private firstTabs(split: WorkspaceParent): WorkspaceTabs {
		return split.children__.find((child): child is WorkspaceTabs => child instanceof WorkspaceTabs) ?? this.appendTabs(split);
	}

	private appendTabs(split: WorkspaceParent): WorkspaceTabs {
		const tabs = new WorkspaceTabs(this, split);
		split.insertChild__(tabs);
		return tabs;
	}

	private newWindow(): WorkspaceWindow {
		const popout = new WorkspaceWindow(this, this.floatingSplit__, "workspace-split mod-vertical mod-root");
		this.floatingSplit__.insertChild__(popout);
		return popout;
	}

	private allLeaves(): WorkspaceLeaf[] {
		return [this.rootSplit, this.leftSplit, this.rightSplit, this.floatingSplit__].flatMap((split) => this.leavesIn(split));
	}

	private leavesIn(item: WorkspaceItem): WorkspaceLeaf[] {
		if (item instanceof WorkspaceLeaf) return [item];
		if (!("children__" in item)) return [];
		return (item as WorkspaceParent).children__.flatMap((child) => this.leavesIn(child));
	}

	private onFileDeleted(file: TAbstractFile): void {
		if (!(file instanceof TFile)) return;
		if (this.lastActiveFile === file) this.lastActiveFile = null;
		this.lastOpenFiles = this.lastOpenFiles.filter((path) => path !== file.path);
		for (const leaf of this.allLeaves()) if (leaf.view instanceof FileView && leaf.view.file === file) leaf.view.file = null;
	}

	private onFileRenamed(file: TAbstractFile, oldPath: string): void {
		if (!(file instanceof TFile)) return;
		this.lastOpenFiles = this.lastOpenFiles.map((path) => (path === oldPath ? file.path : path));
		for (const leaf of this.allLeaves()) if (leaf.view instanceof FileView && leaf.view.file === file) void leaf.view.onRename(file);
	}
}

