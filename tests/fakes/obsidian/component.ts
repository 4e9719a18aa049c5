import type { EventRef } from "obsidian";
import type { Listener__ } from "./events";

/**
 * Obsidian's lifecycle base class. `unload()` unloads children, runs every registered cleanup
 * (events, DOM listeners, intervals, callbacks), then calls `onunload()`.
 */
export class Component {
	private loaded__ = false;
	private children__: Component[] = [];
	private cleanups__: (() => unknown)[] = [];

	load(): void {
		if (this.loaded__) return;
		this.loaded__ = true;
		void this.onload();
		for (const child of [...this.children__]) child.load();
	}

	/** Mock-only: like `load()`, but awaits an async `onload` (Obsidian awaits a plugin's onload). */
	async loadAsync__(): Promise<void> {
		if (this.loaded__) return;
		this.loaded__ = true;
		await this.onload();
		for (const child of [...this.children__]) child.load();
	}

	/** Mock-only: whether load() ran and unload() has not. */
	get isLoaded__(): boolean {
		return this.loaded__;
	}

	onload(): void | Promise<void> {}

	unload(): void {
		if (!this.loaded__) return;
		this.loaded__ = false;
		const children = this.children__;
		this.children__ = [];
		for (const child of children) child.unload();
		const cleanups = this.cleanups__;
		this.cleanups__ = [];
		for (const cleanup of cleanups) cleanup();
		this.onunload();
	}

	onunload(): void {}

	addChild<T extends Component>(component: T): T {
		this.children__.push(component);
		if (this.loaded__) component.load();
		return component;
	}

	removeChild<T extends Component>(component: T): T {
		const index = this.children__.indexOf(component);
		if (index >= 0) {
			this.children__.splice(index, 1);
			component.unload();
		}
		return component;
	}

	register(cb: () => unknown): void {
		this.cleanups__.push(cb);
	}

	registerEvent(eventRef: EventRef): void {
		const ref = eventRef as Listener__;
		this.register(() => ref.e.offref(ref));
	}

	registerDomEvent(
		el: Window | Document | HTMLElement,
		type: string,
		callback: (this: HTMLElement, ev: Event) => unknown,
		options?: boolean | AddEventListenerOptions,
	): void {
		const listener = callback;
		el.addEventListener(type, listener, options);
		this.register(() => el.removeEventListener(type, listener, options));
	}

	registerInterval(id: number): number {
		this.register(() => globalThis.clearInterval(id));
		return id;
	}
}
