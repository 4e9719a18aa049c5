import type { IconName, OpenViewState, ViewState } from "obsidian";
import type { App } from "../app";
import type { TFile } from "../files";
import { EmptyView__, type View } from "../views";
import { type WorkspaceParent, WorkspaceItem } from "./items";
import type { Workspace } from "./workspace";

let leafCount = 0;

const VIEW_TYPE_BY_EXTENSION: Record<string, string> = {
	md: "markdown",
	canvas: "canvas",
	pdf: "pdf",
	png: "image",
	jpg: "image",
	jpeg: "image",
	gif: "image",
	svg: "image",
	webp: "image",
};

/**
 * A pane holding one view (an "empty" view at first). setViewState({type}) creates the view with
 * the factory registered for that type, loads it and awaits onOpen, then applies the state.
 * Leaves are never deferred.
 */
export class WorkspaceLeaf extends WorkspaceItem {
	view: View;
	hoverPopover: null = null;
	/** Mock-only: the leaf's id (getLeafById). */
	readonly id__: string;
	/** Mock-only plumbing. */
	readonly app__: App;
	/** Mock-only: pinned state. */
	pinned__ = false;
	/** Mock-only: linked-pane group. */
	group__: string | null = null;
	/** Mock-only plumbing: when it was last active (for getMostRecentLeaf). */
	activeTime__ = 0;

	constructor(workspace: Workspace, parent: WorkspaceParent, app: App) {
		super(workspace, parent, "workspace-leaf");
		this.app__ = app;
		this.id__ = `leaf-${++leafCount}`;
		this.view = new EmptyView__(this);
		this.containerEl__?.appendChild(this.view.containerEl);
		void this.view.open__();
	}

	async openFile(file: TFile, openState: OpenViewState = {}): Promise<void> {
		const type = VIEW_TYPE_BY_EXTENSION[file.extension] ?? "file";
		await this.setViewState({ type, state: { ...openState.state, file: file.path }, active: openState.active ?? true }, openState.eState);
		this.workspace__.recordOpenFile__(file);
	}

	async open(view: View): Promise<View> {
		const previous = this.view;
		this.view = view;
		previous.containerEl.remove();
		await previous.close__();
		this.containerEl__?.appendChild(view.containerEl);
		await view.open__();
		return view;
	}

	getViewState(): ViewState {
		return {
			type: this.view.getViewType(),
			state: this.view.getState(),
			active: this.workspace__.activeLeaf === this,
			pinned: this.pinned__,
		};
	}

	async setViewState(viewState: ViewState, eState?: unknown): Promise<void> {
		if (this.view.getViewType() !== viewState.type) await this.open(this.workspace__.createView__(viewState.type, this));
		await this.view.setState(viewState.state ?? {}, { history: false });
		if (eState !== undefined) this.view.setEphemeralState(eState);
		if (viewState.pinned !== undefined) this.setPinned(viewState.pinned);
		if (viewState.active) this.workspace__.setActiveLeaf(this, { focus: true });
		else this.workspace__.leafFileChanged__(this);
		this.workspace__.trigger("layout-change");
	}

	get isDeferred(): boolean {
		return false;
	}

	async loadIfDeferred(): Promise<void> {}

	getEphemeralState(): unknown {
		return this.view.getEphemeralState();
	}

	setEphemeralState(state: unknown): void {
		this.view.setEphemeralState(state);
	}

	togglePinned(): void {
		this.setPinned(!this.pinned__);
	}

	setPinned(pinned: boolean): void {
		if (pinned === this.pinned__) return;
		this.pinned__ = pinned;
		this.trigger("pinned-change", pinned);
	}

	setGroupMember(other: WorkspaceLeaf): void {
		other.group__ ??= `group-${other.id__}`;
		this.setGroup(other.group__);
	}

	setGroup(group: string): void {
		this.group__ = group;
		this.trigger("group-change", group);
	}

	/** Closes the view (onClose, then unload) and removes the leaf from the layout. */
	detach(): void {
		this.workspace__.leafDetached__(this);
		void this.view.close__();
	}

	getIcon(): IconName {
		return this.view.getIcon();
	}

	getDisplayText(): string {
		return this.view.getDisplayText();
	}

	onResize(): void {
		this.view.onResize();
	}
}
