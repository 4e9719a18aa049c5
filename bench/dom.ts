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

/**
 * Chromium, which runs Obsidian on desktop and Android, has `scheduler.yield()`: the rest of the
 * work resumes in a new task, after the browser's own. Node has no such task boundary for a
 * message port (it runs queued port messages back to back), so the benchmark gives the plugin
 * Chromium's: `setImmediate` ends the current turn of Node's event loop, as a task ends in a browser.
 */
const scheduler = { yield: (): Promise<void> => new Promise((resolve) => setImmediate(resolve)) };
Object.defineProperty(globalThis, "scheduler", { value: scheduler, configurable: true });
