/** The command palette and the file menu: the same actions as the sidebar, for the note at hand. */
import { TFile, type Menu, type Plugin, type TAbstractFile } from "obsidian";
import { compareEntries, type RankedEntry } from "../core/rank";
import type { ReconnectHost } from "./host";
import { ContactSuggestModal, LifeEventDetailsModal, LifeEventKindModal, SnoozeModal } from "./modals";
import { openTriage } from "./triage";

/** Contacts for the picker: the ranked list first, then everyone else by name. */
export function contactsForPicker(host: ReconnectHost): RankedEntry[] {
	const ranking = host.index.ranking();
	if (!ranking) return [];
	const listed = [...ranking.entries];
	// Nobody is drafted for who has died.
	const rest = [...ranking.all()].filter((entry) => entry.status !== "listed" && entry.status !== "in-memory").sort(compareEntries);
	return [...listed, ...rest];
}

export async function tagLifeEventFlow(host: ReconnectHost, file: TFile): Promise<void> {
	if (!(await host.actions.waitForIndex())) return;
	const contact = host.index.contact(file.path);
	const catalogue = host.index.catalogue;
	if (!contact) return;
	new LifeEventKindModal(host.app, catalogue, contact.name, (kind) => {
		new LifeEventDetailsModal(host.app, kind, contact.name, host.index.today, (detail, day) => {
			void host.actions.tagLifeEvent(file, kind.slug, detail, day);
		}).open();
	}).open();
}

export async function snoozeFlow(host: ReconnectHost, file: TFile): Promise<void> {
	if (!(await host.actions.waitForIndex())) return;
	const contact = host.index.contact(file.path);
	if (!contact) return;
	new SnoozeModal(host.app, contact.name, (period) => void host.actions.snooze(file, period)).open();
}

async function pickContactToDraft(host: ReconnectHost): Promise<void> {
	if (!(await host.actions.waitForIndex())) return;
	new ContactSuggestModal(host.app, contactsForPicker(host), (entry) => {
		const file = host.app.vault.getAbstractFileByPath(entry.contact.path);
		if (file instanceof TFile) void host.actions.draft(file);
	}).open();
}

export function registerCommands(plugin: Plugin, host: ReconnectHost, openSidebar: () => Promise<void>): void {
	const activeContact = (): TFile | null => {
		const file = host.app.workspace.getActiveFile();
		return host.index.isContact(file) ? file : null;
	};
	const forActiveContact = (run: (file: TFile) => void) => (checking: boolean): boolean => {
		const file = activeContact();
		if (!file) return false;
		if (!checking) run(file);
		return true;
	};

	plugin.addCommand({ id: "open-sidebar", name: "Open sidebar", callback: () => void openSidebar() });
	plugin.addCommand({
		id: "draft-current-contact",
		name: "Draft message for current contact",
		checkCallback: forActiveContact((file) => void host.actions.draft(file)),
	});
	plugin.addCommand({
		id: "draft-message",
		name: "Draft message…",
		callback: () => void pickContactToDraft(host),
	});
	plugin.addCommand({ id: "tag-life-event", name: "Tag life event…", checkCallback: forActiveContact((file) => void tagLifeEventFlow(host, file)) });
	plugin.addCommand({
		id: "mark-contacted",
		name: "Mark current contact as contacted today",
		checkCallback: forActiveContact((file) => void host.actions.markContacted(file)),
	});
	plugin.addCommand({ id: "plan-today", name: "Plan today's reach-outs", callback: () => void host.actions.planToday() });
	plugin.addCommand({ id: "triage-contacts", name: "Triage contacts…", callback: () => void openTriage(host) });
	plugin.addCommand({ id: "undo-last-change", name: "Undo last change", callback: () => void host.actions.undo.undoLast() });
	plugin.addCommand({ id: "snooze-contact", name: "Snooze current contact…", checkCallback: forActiveContact((file) => void snoozeFlow(host, file)) });

	plugin.registerEvent(
		host.app.workspace.on("file-menu", (menu: Menu, file: TAbstractFile) => {
			if (!(file instanceof TFile) || !host.index.isContact(file)) return;
			const entries: [string, string, () => unknown][] = [
				["Draft a message", "message-circle", () => host.actions.draft(file)],
				["Mark as contacted today", "check", () => host.actions.markContacted(file)],
				["Snooze…", "alarm-clock", () => snoozeFlow(host, file)],
				["Tag life event…", "party-popper", () => tagLifeEventFlow(host, file)],
			];
			for (const [title, icon, run] of entries) menu.addItem((item) => item.setSection("reconnect").setTitle(title).setIcon(icon).onClick(() => void run()));
		}),
	);
}
