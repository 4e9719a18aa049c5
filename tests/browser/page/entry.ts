/**
 * The page's script: mounts the double's app over the seeded vault (`window.__seed`), loads the
 * real Reconnect plugin into it, and exposes `window.__harness` for the tests' assertions.
 * Runs in the browser; the clock is already pinned by the page (see ../page.ts).
 */
import { MarkdownView, TFile } from "obsidian";
import manifest from "../../../manifest.json";
import ReconnectPlugin from "../../../src/main";
import { createApp__, Notice } from "../../fakes/obsidian";
import type { HarnessApi } from "./api";
import { keepMenusOnScreen } from "./frame";
import { drawIconsAsTheyAppear } from "./icons";
import { installPalette } from "./palette";

async function mount(): Promise<HarnessApi> {
	drawIconsAsTheyAppear(document.body);
	keepMenusOnScreen(document.body);
	const app = await createApp__({ files: window.__seed });
	const ribbon = document.querySelector<HTMLElement>(".side-dock-ribbon.mod-left");
	if (!ribbon) throw new Error("the double's workspace has no left ribbon");
	installPalette(app, ribbon);
	const plugin = await app.loadPlugin__(ReconnectPlugin, manifest);
	while (!plugin.index.ready) await new Promise((resolve) => setTimeout(resolve, 5));
	await app.settled__();

	const file = (path: string): TFile => {
		const found = app.vault.getAbstractFileByPath(path);
		if (!(found instanceof TFile)) throw new Error(`no note at ${path}`);
		return found;
	};
	// The main area's header shows the open note, as Obsidian's tab header does.
	app.workspace.on("file-open", (opened) => {
		document.querySelectorAll(".mod-root .view-header-title").forEach((title) => title.setText(opened?.basename ?? ""));
	});

	// The double's editor draws nothing; the main area shows the open note's text instead, as
	// Obsidian's source mode would, and follows changes to it, so screenshots show what was written.
	const drawOpenNote = async (): Promise<void> => {
		const view = app.workspace.getActiveViewOfType(MarkdownView);
		if (!view?.file) return;
		const text = await app.vault.read(view.file);
		view.contentEl.empty();
		view.contentEl.createEl("pre", { cls: "page-source-view", text });
	};
	app.workspace.on("file-open", () => void drawOpenNote());
	app.vault.on("modify", (changed) => {
		if (changed.path === app.workspace.getActiveFile()?.path) void drawOpenNote();
	});

	return {
		read: async (path) => (app.vault.getAbstractFileByPath(path) instanceof TFile ? app.vault.read(file(path)) : null),
		frontmatter: (path) => app.metadataCache.getFileCache(file(path))?.frontmatter ?? null,
		edit: async (path, search, replace) => {
			await app.vault.process(file(path), (text) => {
				if (!text.includes(search)) throw new Error(`${path} does not contain ${JSON.stringify(search)}`);
				return text.replace(search, replace);
			});
		},
		delete: (path) => app.vault.delete(file(path)),
		activeFile: () => app.workspace.getActiveFile()?.path ?? null,
		activeLine: () => app.workspace.getActiveViewOfType(MarkdownView)?.editor.getCursor().line ?? null,
		open: async (path) => {
			await app.workspace.getLeaf(false).openFile(file(path));
			await drawOpenNote();
		},
		notices: () => Notice.messages__,
		settled: () => app.settled__(),
	};
}

mount().then(
	(api) => {
		window.__harness = api;
	},
	(error: unknown) => {
		window.__harnessError = error instanceof Error ? (error.stack ?? error.message) : String(error);
	},
);
