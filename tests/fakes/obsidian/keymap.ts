import type { KeymapEventHandler, KeymapEventListener, Modifier, PaneType, UserEvent } from "obsidian";
import { Platform } from "./platform";

/** The pressed modifiers in one spelling, for comparing a handler's with an event's. */
function modifierSet__(modifiers: readonly string[]): string {
	const names = modifiers.map((modifier) => (modifier === "Mod" ? (Platform.isMacOS ? "Meta" : "Ctrl") : modifier));
	return [...new Set(names)].sort().join(",");
}

function eventModifiers__(evt: KeyboardEvent): string {
	const pressed: Modifier[] = [];
	if (evt.altKey) pressed.push("Alt");
	if (evt.ctrlKey) pressed.push("Ctrl");
	if (evt.metaKey) pressed.push("Meta");
	if (evt.shiftKey) pressed.push("Shift");
	return modifierSet__(pressed);
}

/** The "interpreted virtual key": letters upper case, the space bar `Space`, else the event's key. */
function virtualKey__(evt: KeyboardEvent): string {
	if (evt.key === " ") return "Space";
	return evt.key.length === 1 ? evt.key.toUpperCase() : evt.key;
}

/**
 * Key handlers registered on a scope. While the scope is the keymap's active one (a modal pushes
 * its scope when it opens), a keydown is offered to its handlers in the order they were
 * registered: modifiers must match exactly (`null`: any), the key must be the event's key
 * (either case) or its virtual key (`null`: any). A handler that returns false ends the search
 * and prevents the event's default; otherwise the search goes on, then to the parent scope.
 */
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

	/** Mock-only: offers a keydown to this scope and its parents; false when a handler took it. */
	handleKey__(evt: KeyboardEvent): boolean {
		const modifiers = eventModifiers__(evt);
		const vkey = virtualKey__(evt);
		for (const handler of [...this.handlers__]) {
			if (handler.modifiers !== null && modifierSet__(handler.modifiers ? handler.modifiers.split(",") : []) !== modifiers) continue;
			if (handler.key !== null && handler.key.toLowerCase() !== evt.key.toLowerCase() && handler.key !== vkey) continue;
			if (handler.func(evt, { modifiers, key: evt.key, vkey }) === false) {
				evt.preventDefault();
				return false;
			}
		}
		return this.parent ? this.parent.handleKey__(evt) : true;
	}
}

export class Keymap {
	/** Mock-only: the scope stack, innermost last. */
	readonly scopes__: Scope[] = [];
	/**
	 * Keydowns in the document go to the active scope while one is pushed (with a DOM), in the
	 * capture phase as Obsidian's keymap takes them: before the focused element's own listeners, so
	 * a key that opens a new modal is not heard again by that modal's scope.
	 */
	private readonly onKeyDown__ = (evt: KeyboardEvent): void => {
		this.scopes__.at(-1)?.handleKey__(evt);
	};

	pushScope(scope: Scope): void {
		if (!this.scopes__.length && typeof document !== "undefined") document.addEventListener("keydown", this.onKeyDown__, true);
		this.scopes__.push(scope);
	}

	popScope(scope: Scope): void {
		const index = this.scopes__.lastIndexOf(scope);
		if (index >= 0) this.scopes__.splice(index, 1);
		if (!this.scopes__.length && typeof document !== "undefined") document.removeEventListener("keydown", this.onKeyDown__, true);
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
