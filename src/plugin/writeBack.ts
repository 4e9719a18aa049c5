/**
 * Ticking a reconnect task in a daily note records the contact: the index already counts a
 * checked task as contact on that note's day, and with "Write back last contact" on, the
 * contact's last-contact property is set too — never moved backwards, never written twice.
 */
import { Component, getLinkpath, TFile, type App, type CachedMetadata, type TAbstractFile } from "obsidian";
import { formatDay, type Day } from "../core/days";
import { planLastContactWrite } from "../core/lastContactWrite";
import { parseReconnectTask } from "../core/reconnectTask";
import { writeLastContact, writeLogLine } from "./contactWrites";
import type { ReconnectIndex } from "./reconnectIndex";
import type { ReconnectSettings } from "../core/settings";


/** The link texts of checked reconnect tasks in a note. */
export function checkedReconnectTargets(text: string, cache: CachedMetadata | null): string[] {
	const lines = text.split(/\r?\n/);
	const targets: string[] = [];
	for (const item of cache?.listItems ?? []) {
		if (item.task === undefined || item.task === " ") continue;
		const task = parseReconnectTask(lines[item.position.start.line] ?? "");
		if (task && task.status !== " ") targets.push(task.linktext);
	}
	return targets;
}

export class WriteBack extends Component {
	/** "contact|day" pairs already written (or found up to date) this session. */
	readonly #done = new Set<string>();

	readonly #app: App;
	readonly #index: ReconnectIndex;
	readonly #settings: () => ReconnectSettings;
	constructor(app: App, index: ReconnectIndex, settings: () => ReconnectSettings) {
		super();
		this.#app = app;
		this.#index = index;
		this.#settings = settings;
	}

	watch(): void {
		this.registerEvent(this.#app.metadataCache.on("changed", (file, data, cache) => void this.onChanged(file, data, cache)));
	}

	async onChanged(file: TAbstractFile, data: string, cache: CachedMetadata | null): Promise<void> {
		const { writeBackLastContact, logOnContact } = this.#settings();
		if ((!writeBackLastContact && !logOnContact) || !(file instanceof TFile)) return;
		// A tick while the vault is first read is recorded once the index knows the daily notes.
		if (!this.#index.ready && !(await this.#index.whenReady())) return;
		const day = this.#index.datedNoteDay(file);
		if (day === null || day > this.#index.today) return;
		for (const linktext of checkedReconnectTargets(data, cache)) {
			const target = this.#app.metadataCache.getFirstLinkpathDest(getLinkpath(linktext), file.path);
			if (target && this.#index.isContact(target)) await this.#record(target, day);
		}
	}

	async #record(contact: TFile, day: Day): Promise<void> {
		const key = `${contact.path}|${day}`;
		if (this.#done.has(key)) return;
		this.#done.add(key);
		const { writeBackLastContact, logOnContact } = this.#settings();
		try {
			// The log rule itself never adds a day twice.
			if (logOnContact) await writeLogLine(this.#app, contact, day);
			if (!writeBackLastContact) return;
			// Check the cache first, so an up-to-date contact costs no write at all.
			const resolver = this.#index.fieldResolver;
			const frontmatter = this.#app.metadataCache.getFileCache(contact)?.frontmatter;
			if (planLastContactWrite(frontmatter?.[resolver.keyForWrite(frontmatter, "lastContact")], day, this.#index.today).kind === "unchanged") return;
			await writeLastContact(this.#app, contact, day, this.#index.today, resolver);
		} catch (error) {
			this.#done.delete(key);
			console.error(`Reconnect: could not set last-contact ${formatDay(day)} on ${contact.path}`, error);
		}
	}
}
