/**
 * The command palette, as in Obsidian: Ctrl/Cmd+P (or the ribbon's terminal icon) opens a
 * prompt listing the commands available right now; typing filters them, Enter runs the selected
 * one. Built on the double's FuzzySuggestModal, over `app.commands__`.
 */
import type { Command } from "obsidian";
import { FuzzySuggestModal, type TestApp__ } from "../../fakes/obsidian";

class CommandPalette extends FuzzySuggestModal<Command> {
	readonly #app: TestApp__;

	constructor(app: TestApp__) {
		super(app as never);
		this.#app = app;
		this.modalEl.addClass("mod-command-palette");
		this.setPlaceholder("Select a command...");
		this.inputEl.setAttribute("aria-label", "Command");
	}

	getItems(): Command[] {
		const { commands__ } = this.#app;
		return commands__
			.list()
			.filter((command) => commands__.isAvailable(command.id))
			.sort((a, b) => a.name.localeCompare(b.name));
	}

	getItemText(command: Command): string {
		return command.name;
	}

	onChooseItem(command: Command): void {
		void this.#app.commands__.run(command.id);
	}
}

export function installPalette(app: TestApp__, ribbon: HTMLElement): void {
	const open = (): void => new CommandPalette(app).open();
	document.addEventListener("keydown", (event) => {
		if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "p") {
			event.preventDefault();
			open();
		}
	});
	const button = ribbon.createDiv({ cls: "side-dock-ribbon-action clickable-icon", attr: { "aria-label": "Open command palette", "data-icon": "terminal" } });
	button.createSvg("svg", { cls: "svg-icon", attr: { "data-icon": "terminal", viewBox: "0 0 24 24" } });
	button.addEventListener("click", open);
	ribbon.prepend(button);
}
