import type { IconName, ViewStateResult } from "obsidian";
import type { App } from "./app";
import { Component } from "./component";
import { debounce } from "./debounce";
import { Editor } from "./editor";
import type { TFile } from "./files";
import type { Scope } from "./keymap";
import { setIcon } from "./ui/icons";
import type { WorkspaceLeaf } from "./workspace/leaf";

/**
 * A view in a leaf. Its `containerEl` is `div.workspace-leaf-content[data-type]`. The leaf calls
 * `open__()` (load, then onOpen) when it shows the view and `close__()` (onClose, then unload).
 */
export abstract class View extends Component {
	app: App;
	icon: IconName = "document";
	navigation = false;
	leaf: WorkspaceLeaf;
	containerEl: HTMLElement;
	scope: Scope | null = null;

	constructor(leaf: WorkspaceLeaf) {
		super();
		this.leaf = leaf;
		this.app = leaf.app__;
		this.containerEl = document.createElement("div");
		this.containerEl.className = "workspace-leaf-content";
	}

	protected async onOpen(): Promise<void> {}

	protected async onClose(): Promise<void> {}

	abstract getViewType(): string;

	getState(): Record<string, unknown> {
		return {};
	}

	async setState(state: unknown, result: ViewStateResult): Promise<void> {
		void state;
		void result;
	}

	getEphemeralState(): Record<string, unknown> {
		return {};
	}

	setEphemeralState(state: unknown): void {
		void state;
	}

	getIcon(): IconName {
		return this.icon;
	}

	onResize(): void {}

	abstract getDisplayText(): string;

	onPaneMenu(menu: unknown, source: string): void {
		void menu;
		void source;
	}

	/** Mock-only plumbing: what WorkspaceLeaf.open does with a view. */
	async open__(): Promise<void> {
		this.containerEl.setAttribute("data-type", this.getViewType());
		this.load();
		await this.onOpen();
	}

	/** Mock-only plumbing: what closing a view does. */
	async close__(): Promise<void> {
		await this.onClose();
		this.unload();
	}
}

/** A view with a header (`containerEl.children[0]`, actions on the right) and `contentEl` (`children[1]`). */
export abstract class ItemView extends View {
	contentEl: HTMLElement;
	/** Mock-only: the header's action buttons container. */
	readonly actionsEl__: HTMLElement;

	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
		const header = this.containerEl.createDiv("view-header");
		header.createDiv("view-header-title-container").createDiv({ cls: "view-header-title" });
		this.actionsEl__ = header.createDiv("view-actions");
		this.contentEl = this.containerEl.createDiv("view-content");
	}

	addAction(icon: IconName, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
		const action = createEl("a", { cls: ["clickable-icon", "view-action"], attr: { "aria-label": title } });
		setIcon(action, icon);
		action.addEventListener("click", (evt) => callback(evt));
		this.actionsEl__.prepend(action);
		return action;
	}

	override async open__(): Promise<void> {
		this.containerEl.querySelector(".view-header-title")?.setText(this.getDisplayText());
		await super.open__();
	}
}

/** The view of a new, empty tab. */
export class EmptyView__ extends ItemView {
	override navigation = true;

	getViewType(): string {
		return "empty";
	}

	getDisplayText(): string {
		return "New tab";
	}
}

/** A view showing one file; its state is `{ file: path }`. */
export abstract class FileView extends ItemView {
	allowNoFile = false;
	file: TFile | null = null;
	override navigation = true;

	getDisplayText(): string {
		return this.file?.basename ?? "No file";
	}

	override getState(): Record<string, unknown> {
		return this.file ? { file: this.file.path } : {};
	}

	override async setState(state: unknown, result: ViewStateResult): Promise<void> {
		void result;
		const path = (state as { file?: unknown } | null)?.file;
		if (typeof path !== "string") return;
		const file = this.app.vault.getFileByPath(path);
		if (!file || file === this.file) return;
		if (this.file) await this.onUnloadFile(this.file);
		this.file = file;
		await this.onLoadFile(file);
	}

	async onLoadFile(file: TFile): Promise<void> {
		void file;
	}

	async onUnloadFile(file: TFile): Promise<void> {
		void file;
	}

	async onRename(file: TFile): Promise<void> {
		void file;
	}

	canAcceptExtension(extension: string): boolean {
		void extension;
		return false;
	}
}

export abstract class EditableFileView extends FileView {}

/** A file view holding the text in `data`; `save()` writes it back to the vault if it changed. */
export abstract class TextFileView extends EditableFileView {
	data = "";
	/** Saves two seconds after the last call, as Obsidian does. */
	requestSave: () => void;
	private saved__ = "";

	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
		this.requestSave = debounce(() => void this.save(), 2000, true);
	}

	override async onLoadFile(file: TFile): Promise<void> {
		this.saved__ = await this.app.vault.read(file);
		this.setViewData(this.saved__, true);
	}

	override async onUnloadFile(file: TFile): Promise<void> {
		void file;
		await this.save();
		this.clear();
	}

	async save(clear?: boolean): Promise<void> {
		const data = this.getViewData();
		if (this.file && data !== this.saved__) {
			await this.app.vault.modify(this.file, data);
			this.saved__ = data;
		}
		if (clear) this.clear();
	}

	abstract getViewData(): string;

	abstract setViewData(data: string, clear: boolean): void;

	abstract clear(): void;
}

/**
 * The Markdown editor, with a plain-text `editor`. Edits fire workspace `editor-change` and reach the
 * vault on `save()` (or 2 s after the last edit, as Obsidian's requestSave).
 */
export class MarkdownView extends TextFileView {
	editor: Editor;
	hoverPopover: null = null;

	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
		this.editor = new Editor(
			() => this.data,
			(value) => {
				this.data = value;
				this.requestSave();
				this.app.workspace.trigger("editor-change", this.editor, this);
			},
		);
	}

	getViewType(): string {
		return "markdown";
	}

	getMode(): "source" | "preview" {
		return "source";
	}

	getViewData(): string {
		return this.data;
	}

	setViewData(data: string, clear: boolean): void {
		void clear;
		this.data = data;
	}

	clear(): void {
		this.data = "";
	}

	override canAcceptExtension(extension: string): boolean {
		return extension === "md";
	}

	showSearch(replace?: boolean): void {
		void replace;
	}

	/** As Obsidian's editor: `{ line }` puts the cursor at the start of that line. */
	override setEphemeralState(state: unknown): void {
		const line = (state as { line?: unknown } | null)?.line;
		if (typeof line === "number") this.editor.setCursor({ line, ch: 0 });
	}

	override getEphemeralState(): Record<string, unknown> {
		const cursor = this.editor.getCursor();
		return { cursor: { from: cursor, to: cursor } };
	}
}

/** Built-in viewer for files other than notes (image, pdf, canvas, …): a FileView of the given type. */
export class BinaryFileView__ extends FileView {
	constructor(
		leaf: WorkspaceLeaf,
		private readonly type: string,
	) {
		super(leaf);
	}

	getViewType(): string {
		return this.type;
	}

	override canAcceptExtension(extension: string): boolean {
		return extension !== "md";
	}
}
