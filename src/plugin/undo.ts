/**
 * The plugin's undo history: every write Reconnect makes from the sidebar, a command, triage or a
 * bulk action is recorded as what it changed, offered back in a notice for ten seconds and by the
 * command "Undo last change". Undo goes through processFrontMatter and Vault.process,
 * and leaves alone any note that no longer holds what Reconnect wrote.
 */
import { Notice, type App, type FileManager, type TFile } from "obsidian";
import { copyValue, propertyChanges, removeInsertedBlock, restoreLine, restoreProperties, type PropertyChange } from "../core/undo";

export type UndoStep =
	| { kind: "properties"; path: string; changes: PropertyChange[] }
	/** An inserted block; `createdAs` is the note's whole text when Reconnect created the note for it. */
	| { kind: "block"; path: string; block: string; createdAs?: string }
	/** One line changed in place (a task ticked): `line` is its index when written. */
	| { kind: "line"; path: string; line: number; before: string; after: string };

export interface UndoEntry {
	/** What was done, as the notice said it ("Marked Jane Doe as contacted today"). */
	label: string;
	steps: UndoStep[];
}

/** How long the notice offers Undo. */
export const UNDO_NOTICE_MS = 10_000;
/** Older entries fall off; nobody walks back fifty clicks. */
const KEEP = 50;

export class UndoHistory {
	readonly #app: App;
	readonly #entries: UndoEntry[] = [];

	constructor(app: App) {
		this.#app = app;
	}

	get size(): number {
		return this.#entries.length;
	}

	/**
	 * An App whose processFrontMatter records each property it changes into `steps`, so the write
	 * functions stay as they are and every change they make is captured exactly.
	 */
	recording(steps: UndoStep[]): App {
		const real = this.#app.fileManager;
		const fileManager = Object.create(real) as FileManager;
		fileManager.processFrontMatter = (file: TFile, fn: (frontmatter: Record<string, unknown>) => void, options?) =>
			real.processFrontMatter(
				file,
				(frontmatter: Record<string, unknown>) => {
					const before = copyValue(frontmatter);
					fn(frontmatter);
					const changes = propertyChanges(before, frontmatter);
					if (changes.length) steps.push({ kind: "properties", path: file.path, changes });
				},
				options,
			);
		return Object.create(this.#app, { fileManager: { value: fileManager } }) as App;
	}

	/** Keeps a change for the command and returns it, for a notice of the caller's own to offer. */
	remember(label: string, steps: UndoStep[]): UndoEntry {
		const entry: UndoEntry = { label, steps };
		this.#entries.push(entry);
		if (this.#entries.length > KEEP) this.#entries.shift();
		return entry;
	}

	/**
	 * Folds several kept changes into one (a triage session), taken back newest first; changes
	 * already undone are left out. Null when none of them is kept any more.
	 */
	combine(label: string, entries: readonly UndoEntry[]): UndoEntry | null {
		const kept = entries.filter((entry) => this.#entries.includes(entry));
		if (!kept.length) return null;
		for (const entry of kept) this.#entries.splice(this.#entries.indexOf(entry), 1);
		// In the order they were made: undo takes steps back last first.
		return this.remember(
			label,
			kept.flatMap((entry) => entry.steps),
		);
	}

	/** An Undo button for a notice: it hides the notice and takes the change back. */
	addButton(root: DocumentFragment, entry: UndoEntry, notice: () => Notice): void {
		const button = root.createEl("button", { text: "Undo", cls: "reconnect-notice-button reconnect-undo-button" });
		button.addEventListener("click", () => {
			notice().hide();
			void this.undo(entry);
		});
	}

	/** Remembers a change and says what was done, with an Undo button; nothing is kept when nothing changed. */
	record(label: string, steps: UndoStep[], message = `${label}.`): void {
		if (!steps.length) {
			new Notice(message);
			return;
		}
		this.offer(this.remember(label, steps), message);
	}

	/** A notice saying `message`, with Undo for a kept change, for ten seconds. */
	offer(entry: UndoEntry, message: string): void {
		const fragment = createFragment((root) => {
			root.appendText(`${message} `);
			this.addButton(root, entry, () => notice);
		});
		const notice = new Notice(fragment, UNDO_NOTICE_MS);
	}

	/** Takes back the most recent change; false when there is none or it could not be taken back. */
	async undoLast(): Promise<boolean> {
		const entry = this.#entries.at(-1);
		if (!entry) {
			new Notice("There is no Reconnect change to undo.");
			return false;
		}
		return this.undo(entry);
	}

	/**
	 * Takes back one change. Each note is restored only if it still holds what was written; the
	 * notes that do not are named and left as they are.
	 */
	async undo(entry: UndoEntry): Promise<boolean> {
		const at = this.#entries.indexOf(entry);
		if (at < 0) {
			new Notice(`"${entry.label}" was already undone.`);
			return false;
		}
		this.#entries.splice(at, 1);
		const skipped: string[] = [];
		let restored = 0;
		// Last change first: a note Reconnect created goes only once every block in it is out.
		for (const step of [...entry.steps].reverse()) {
			const done = await this.#undoStep(step).catch(() => false);
			if (done) restored++;
			else skipped.push(step.path.replace(/^.*\//, "").replace(/\.md$/, ""));
		}
		if (!skipped.length) new Notice(`Undone: ${entry.label}.`);
		else if (!restored) new Notice(`Could not undo "${entry.label}": ${listOf(skipped)} changed since, so nothing was changed.`, UNDO_NOTICE_MS);
		else new Notice(`Partly undone: ${entry.label}. ${listOf(skipped)} changed since and ${skipped.length === 1 ? "was" : "were"} left as ${skipped.length === 1 ? "it is" : "they are"}.`, UNDO_NOTICE_MS);
		return restored > 0 && !skipped.length;
	}

	async #undoStep(step: UndoStep): Promise<boolean> {
		const file = this.#app.vault.getFileByPath(step.path);
		if (!file) return false;
		let done = false;
		if (step.kind === "properties") {
			await this.#app.fileManager.processFrontMatter(file, (frontmatter: Record<string, unknown>) => {
				done = restoreProperties(frontmatter, step.changes).length === 0;
			});
		} else if (step.kind === "line") {
			await this.#app.vault.process(file, (text) => {
				const next = restoreLine(text, step.line, step.before, step.after);
				done = next !== null;
				return next ?? text;
			});
		} else {
			// A daily note Reconnect created for the block and nobody touched since did not exist
			// before: it goes to the trash (as the user's setting for deleted files says).
			if (step.createdAs !== undefined && (await this.#app.vault.read(file)) === step.createdAs) {
				await this.#app.fileManager.trashFile(file);
				return true;
			}
			await this.#app.vault.process(file, (text) => {
				const next = removeInsertedBlock(text, step.block);
				done = next !== null;
				return next ?? text;
			});
		}
		return done;
	}
}

function listOf(names: readonly string[]): string {
	if (names.length <= 3) return names.join(", ");
	return `${names.slice(0, 3).join(", ")} and ${names.length - 3} more`;
}
