import type { Command, MarkdownFileInfo, MarkdownView } from "obsidian";
import type { App } from "./app";

/**
 * Mock-only: the command palette. Commands are found by full id ("reconnect:draft"), the id the
 * plugin gave ("draft"), full name ("Reconnect: Draft message") or the plugin's name for it
 * ("Draft message"). Availability and execution follow Obsidian: editor commands need an active
 * Markdown editor; a checkCallback is asked with checking=true, then run with checking=false.
 */
export class CommandRegistry__ {
	private readonly commands = new Map<string, Command>();

	constructor(private readonly app: App) {}

	add(command: Command): void {
		this.commands.set(command.id, command);
	}

	remove(id: string): void {
		this.commands.delete(id);
	}

	list(): Command[] {
		return [...this.commands.values()];
	}

	get(idOrName: string): Command | undefined {
		const exact = this.commands.get(idOrName);
		if (exact) return exact;
		return this.list().find(
			(command) =>
				command.name === idOrName ||
				command.id.slice(command.id.indexOf(":") + 1) === idOrName ||
				command.name.slice(command.name.indexOf(": ") + 2) === idOrName,
		);
	}

	/** Whether the palette would list the command now. */
	isAvailable(idOrName: string): boolean {
		const command = this.require(idOrName);
		const editor = this.editorContext();
		if (command.editorCheckCallback) return !!editor && !!command.editorCheckCallback(true, editor.editor, editor.view);
		if (command.editorCallback) return !!editor;
		if (command.checkCallback) return !!command.checkCallback(true);
		return !!command.callback;
	}

	/** Runs the command as the palette would; false when it is not available. Awaits an async callback. */
	async run(idOrName: string): Promise<boolean> {
		const command = this.require(idOrName);
		const editor = this.editorContext();
		if (command.editorCheckCallback) {
			if (!editor || !command.editorCheckCallback(true, editor.editor, editor.view)) return false;
			await Promise.resolve(command.editorCheckCallback(false, editor.editor, editor.view));
			return true;
		}
		if (command.editorCallback) {
			if (!editor) return false;
			await command.editorCallback(editor.editor, editor.view);
			return true;
		}
		if (command.checkCallback) {
			if (!command.checkCallback(true)) return false;
			await Promise.resolve(command.checkCallback(false));
			return true;
		}
		if (command.callback) {
			await command.callback();
			return true;
		}
		return false;
	}

	private require(idOrName: string): Command {
		const command = this.get(idOrName);
		if (!command) throw new Error(`No command "${idOrName}". Registered: ${this.list().map((c) => c.id).join(", ") || "none"}`);
		return command;
	}

	private editorContext(): { editor: NonNullable<MarkdownFileInfo["editor"]>; view: MarkdownView } | null {
		const info = this.app.workspace.activeEditor;
		if (!info?.editor) return null;
		return { editor: info.editor, view: info as MarkdownView };
	}
}
