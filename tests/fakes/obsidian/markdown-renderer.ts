import type { App } from "./app";
import type { Component } from "./component";

/**
 * Not a Markdown renderer: blank-line separated blocks become `<p>` elements of plain text, and
 * `[[wikilinks]]` become `a.internal-link[data-href]` showing their display text, enough for
 * tests to find text and links in rendered output.
 */
export class MarkdownRenderer {
	static async render(app: App, markdown: string, el: HTMLElement, sourcePath: string, component: Component): Promise<void> {
		void app;
		void sourcePath;
		void component;
		for (const block of markdown.split(/\n\s*\n/)) {
			if (block.trim() === "") continue;
			const p = el.createEl("p");
			let at = 0;
			for (const match of block.matchAll(/\[\[([^[\]|]+)(?:\|([^[\]]+))?\]\]/g)) {
				p.appendText(block.slice(at, match.index));
				const target = match[1] ?? "";
				p.createEl("a", { cls: "internal-link", text: match[2] ?? target, attr: { "data-href": target, href: target } });
				at = match.index + match[0].length;
			}
			p.appendText(block.slice(at));
		}
	}

	/** @deprecated in Obsidian; kept for plugins that still call it. */
	static async renderMarkdown(markdown: string, el: HTMLElement, sourcePath: string, component: Component): Promise<void> {
		await MarkdownRenderer.render(undefined as unknown as App, markdown, el, sourcePath, component);
	}
}
