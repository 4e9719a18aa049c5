import type { KeymapEventHandler, KeymapEventListener, Modifier, PaneType, UserEvent } from "obsidian";
import { Platform } from "./platform";

/** Key handlers registered on a scope. The double records them; it does not dispatch keys to them. */
export class Scope {
	/** Mock-only: the registered handlers. */
	readonly handlers__: (KeymapEventHandler & { func: KeymapEventListener })[] = [];

	constructor(readonly parent?: Scope) {}

	register(modifiers: Modifier[] | null, key: string | null, func: KeymapEventListener): KeymapEventHandler {
		const handler = { scope: this as never, modifiers: modifiers?.join(",") ?? null, key, func };
		this.handlers__.push(handler);
		return handler;
	}

	unregister(handler: KeymapEventHandler): void {
		const index = this.handlers__.indexOf(handler as never);
		if (index >= 0) this.handlers__.splice(index, 1);
	}
}

export class Keymap {
	/** Mock-only: the scope stack, innermost last. */
	readonly scopes__: Scope[] = [];

	pushScope(scope: Scope): void {
		this.scopes__.push(scope);
	}

	popScope(scope: Scope): void {
		const index = this.scopes__.lastIndexOf(scope);
		if (index >= 0) this.scopes__.splice(index, 1);
	}

	/** Mod is Cmd on macOS and Ctrl elsewhere; Ctrl, Meta, Shift and Alt are the keys themselves. */
	static isModifier(evt: MouseEvent | TouchEvent | KeyboardEvent, modifier: Modifier): boolean {
		switch (modifier) {
			case "Mod":
				return Platform.isMacOS ? evt.metaKey : evt.ctrlKey;
			case "Ctrl":
				return evt.ctrlKey;
			case "Meta":
				return evt.metaKey;
			case "Shift":
				return evt.shiftKey;
			case "Alt":
				return evt.altKey;
		}
	}

	/**
	 * The pane an event asks for: "tab" for a Ctrl/Cmd (Meta) click or a middle click, "split"
	 * with Alt added, "window" with Alt and Shift added; false otherwise. Ctrl and Meta both
	 * count, whatever the platform.
	 */
	static isModEvent(evt?: UserEvent | null): PaneType | boolean {
		if (!evt) return false;
		const mod = evt.ctrlKey || evt.metaKey;
		const middle = "button" in evt && evt.type !== "keydown" && evt.button === 1;
		if (mod && evt.altKey && evt.shiftKey) return "window";
		if (mod && evt.altKey) return "split";
		if (mod || middle) return "tab";
		return false;
	}
}
