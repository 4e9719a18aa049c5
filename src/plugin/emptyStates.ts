/** What the sidebar shows when there is no list: no contacts yet, or everyone on track. */

/** Frontmatter, not prose: shown as typed. */
const EXAMPLE_CONTACT = ["---", "tags: [person]", "how-we-met: Worked together at Initech", "last-contact: 2026-03-14", "cadence: 3m", "---"].join("\n");

/** No contact notes yet: what a contact note is, with an example and the two ways to start. */
export function renderEmptyState(parent: HTMLElement): void {
	const empty = parent.createDiv({ cls: "reconnect-empty-state" });
	empty.createEl("p", { cls: "reconnect-empty-title", text: "No contact notes yet" });
	empty.createEl("p", {
		text: "Reconnect reads notes about people. A note is a contact when it is in your contacts folder, has a #person tag, or has a how-we-met or last-contact property, like this:",
	});
	empty.createEl("pre", { cls: "reconnect-example", text: EXAMPLE_CONTACT });
	empty.createEl("p", { text: "Mentioning [[their name]] in a daily note also counts as being in touch." });
	const buttons = empty.createDiv({ cls: "reconnect-empty-buttons" });
	buttons.createEl("button", { cls: "mod-cta", text: "Create a contact note", attr: { "data-action": "create-contact" } });
	buttons.createEl("button", { text: "Choose a contacts folder", attr: { "data-action": "open-settings" } });
}

export function renderAllOnTrack(parent: HTMLElement): void {
	const done = parent.createDiv({ cls: "reconnect-empty-state" });
	done.createEl("p", { cls: "reconnect-empty-title", text: "Everyone is on track" });
	done.createEl("p", { text: "Nobody is overdue right now. Contacts come back here when their cadence runs out or they have news." });
}
