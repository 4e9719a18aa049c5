import { hasDom__ } from "../dom";
import { Events } from "../events";
import type { Workspace } from "./workspace";

/**
 * The layout tree. Splits hold tab groups (WorkspaceTabs) which hold leaves. The main area is
 * `rootSplit`, the sidebars `leftSplit`/`rightSplit`, popout windows live under a floating split.
 */
export abstract class WorkspaceItem extends Events {
	parent: WorkspaceParent | null;
	/** Mock-only: the item's element (absent without a DOM). */
	readonly containerEl__: HTMLElement | null;

	constructor(
		readonly workspace__: Workspace,
		parent: WorkspaceParent | null,
		cls: string,
	) {
		super();
		this.parent = parent;
		this.containerEl__ = hasDom__() ? createDiv(cls) : null;
	}

	/** The top of this item's tree: rootSplit, leftSplit, rightSplit or a popout window. */
	getRoot(): WorkspaceItem {
		return this.parent && !(this instanceof WorkspaceContainer) ? this.parent.getRoot() : this;
	}

	getContainer(): WorkspaceContainer {
		if (this instanceof WorkspaceContainer) return this;
		return this.parent ? this.parent.getContainer() : this.workspace__.rootSplit;
	}
}

export abstract class WorkspaceParent extends WorkspaceItem {
	/** Mock-only: child items in order. */
	readonly children__: WorkspaceItem[] = [];

	/** Mock-only plumbing. */
	insertChild__(child: WorkspaceItem, index = this.children__.length): void {
		this.children__.splice(index, 0, child);
		child.parent = this;
		const host = this.childHostEl__();
		if (host && child.containerEl__) host.insertBefore(child.containerEl__, host.children[index] ?? null);
	}

	/** Mock-only plumbing. */
	removeChild__(child: WorkspaceItem): void {
		const index = this.children__.indexOf(child);
		if (index >= 0) this.children__.splice(index, 1);
		child.containerEl__?.remove();
	}

	protected childHostEl__(): HTMLElement | null {
		return this.containerEl__;
	}
}

export class WorkspaceTabs extends WorkspaceParent {
	/** Mock-only: the tab in front. */
	currentTab__: WorkspaceItem | null = null;
	private readonly tabContainerEl: HTMLElement | null;

	constructor(workspace: Workspace, parent: WorkspaceParent | null) {
		super(workspace, parent, "workspace-tabs");
		this.tabContainerEl = this.containerEl__?.createDiv("workspace-tab-container") ?? null;
	}

	protected override childHostEl__(): HTMLElement | null {
		return this.tabContainerEl;
	}
}

export class WorkspaceSplit extends WorkspaceParent {}

export class WorkspaceSidedock extends WorkspaceSplit {
	collapsed = false;

	toggle(): void {
		if (this.collapsed) this.expand();
		else this.collapse();
	}

	collapse(): void {
		this.collapsed = true;
		this.containerEl__?.addClass("is-sidedock-collapsed");
	}

	expand(): void {
		this.collapsed = false;
		this.containerEl__?.removeClass("is-sidedock-collapsed");
	}
}

export class WorkspaceMobileDrawer extends WorkspaceParent {
	collapsed = false;

	expand(): void {
		this.collapsed = false;
	}

	collapse(): void {
		this.collapsed = true;
	}

	toggle(): void {
		this.collapsed = !this.collapsed;
	}
}

export abstract class WorkspaceContainer extends WorkspaceSplit {
	get win(): Window {
		return window;
	}

	get doc(): Document {
		return document;
	}
}

export class WorkspaceRoot extends WorkspaceContainer {}

export class WorkspaceWindow extends WorkspaceContainer {}

export class WorkspaceFloating extends WorkspaceParent {}

export class WorkspaceRibbon {
	/** Mock-only: the ribbon's element. */
	readonly containerEl__: HTMLElement | null;

	constructor(cls: string) {
		this.containerEl__ = hasDom__() ? createDiv(cls) : null;
	}
}
