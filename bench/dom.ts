/**
 * A happy-dom window installed as the global object, as Vitest's `happy-dom` environment does, so
 * the Obsidian test double and the sidebar run in plain Node. Import this before the double: it
 * adds Obsidian's DOM helpers on import when it finds a window.
 */
import { GlobalWindow } from "happy-dom";

const window = new GlobalWindow({ url: "http://localhost:3000", console: globalThis.console });
const global = globalThis as unknown as Record<string, unknown>;
const source = window as unknown as Record<string, unknown>;

// Node has its own Event classes; the DOM's must be happy-dom's.
const replaced = ["Event", "EventTarget", "CustomEvent"];
for (const key of Object.getOwnPropertyNames(window)) {
	if ((key in global && !replaced.includes(key)) || ["window", "self", "top", "parent"].includes(key)) continue;
	const value = source[key];
	const bound = typeof value === "function" && key[0] !== key[0]?.toUpperCase() ? (value as (...args: unknown[]) => unknown).bind(window) : null;
	Object.defineProperty(global, key, { get: () => bound ?? source[key], configurable: true });
}
for (const key of ["window", "self", "top", "parent"]) global[key] = globalThis;
Object.defineProperty(window.document, "defaultView", { get: () => globalThis, configurable: true });
