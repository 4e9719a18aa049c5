/**
 * "Plan when today's daily note is created": when Obsidian (the Daily notes core plugin, Periodic
 * Notes, or the user) creates today's daily note, today's plan is added — after the note's template
 * has been applied, and once a day at most.
 */
import { TFile, type TAbstractFile } from "obsidian";
import { dailyNotePath } from "./dailyNote";
import type { ReconnectHost } from "./host";

/** A template plugin may fill the note in after it is created; wait until the text holds still. */
const QUIET_MS = 600;
const POLL_MS = 150;
const GIVE_UP_MS = 15_000;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => window.setTimeout(resolve, ms));

export class PlanOnCreate {
	readonly #host: ReconnectHost;
	/** The day a plan was started for, so a second note event that day starts none. */
	#plannedDay: number | null = null;
	#unloaded = false;

	/** When this session began: a daily note created since then is new today, even if nobody saw it appear. */
	readonly #since: number;

	constructor(host: ReconnectHost, since = Date.now()) {
		this.#host = host;
		this.#since = since;
	}

	/**
	 * Obsidian may create today's note while starting ("Open daily note on startup"), before Reconnect
	 * listens for new notes: once the index is ready, a daily note for today created during this
	 * session counts as just created. The plan's day total keeps a note already planned from
	 * getting a second plan.
	 */
	async checkAfterStart(): Promise<void> {
		if (!this.#host.settings.planOnDailyNoteCreate || !(await this.#host.index.whenReady())) return;
		const daily = this.#host.index.dailyNoteSettings;
		if (!daily) return;
		let path: string;
		try {
			path = dailyNotePath(daily, this.#host.index.today);
		} catch {
			return;
		}
		const file = this.#host.app.vault.getFileByPath(path);
		// A little slack: the note may be created in the same moment the session starts.
		if (file && file.stat.ctime >= this.#since - 5_000) this.onCreate(file);
	}

	unload(): void {
		this.#unloaded = true;
	}

	/** For the vault's `create` event, registered once the vault has loaded. */
	readonly onCreate = (file: TAbstractFile): void => {
		if (!(file instanceof TFile) || !this.#host.settings.planOnDailyNoteCreate) return;
		// Notes Reconnect creates itself (a draft into a missing daily note) already hold what was asked for.
		if (this.#host.actions.writingDailyNote) return;
		const daily = this.#host.index.dailyNoteSettings;
		if (!daily) return;
		const today = this.#host.index.today;
		let path: string;
		try {
			path = dailyNotePath(daily, today);
		} catch {
			return;
		}
		if (file.path !== path || this.#plannedDay === today) return;
		this.#plannedDay = today;
		void this.#planWhenSettled(file);
	};

	async #planWhenSettled(file: TFile): Promise<void> {
		const start = performance.now();
		let last = await this.#host.app.vault.read(file);
		let quietSince = performance.now();
		while (performance.now() - quietSince < QUIET_MS && performance.now() - start < GIVE_UP_MS) {
			await sleep(POLL_MS);
			if (this.#unloaded || !this.#host.app.vault.getFileByPath(file.path)) return;
			const text = await this.#host.app.vault.read(file);
			if (text !== last) {
				last = text;
				quietSince = performance.now();
			}
		}
		if (!this.#unloaded) await this.#host.actions.planToday();
	}
}
