/**
 * The sidebar: the ranked list of fading connections, grouped by band, with the reason for each
 * and one-click actions. It follows the vault live; rendering is debounced so that typing in a
 * contact note does not rebuild it on every keystroke, and rows beyond the first screenful are
 * built only when asked for.
 */
import { debounce, ItemView, Keymap, Menu, setIcon, TFile, type WorkspaceLeaf } from "obsidian";
import { formatWarning } from "../core/contact";
import { foldText } from "../core/humanize";
import { kindOf } from "../core/lifeEvents";
import { BAND_TITLES, countWords, zeroBandCounts, type Band } from "../core/bands";
import type { RankedEntry } from "../core/rank";
import { daysOverdue } from "../core/history/followUps";
import { SNOOZE_PERIODS } from "./actions";
import { renderAllOnTrack, renderEmptyState } from "./emptyStates";
import { detailsId, renderRowDetails } from "./rowDetails";
import { BulkSelection, showMenuFor } from "./bulkSelection";
import { renderGoalMeter } from "./goalMeter";
import type { ReconnectHost } from "./host";

export const VIEW_TYPE_RECONNECT = "reconnect-sidebar";

function matchesFilter(entry: RankedEntry, filter: string): boolean {
	if (!filter) return true;
	const { contact } = entry;
	const haystack = foldText([contact.name, contact.basename, ...contact.aliases, ...entry.reasons].join(" \u0000 "));
	return filter.split(/\s+/).every((word) => haystack.includes(word));
}

export const RENDER_DEBOUNCE_MS = 250;

export class ReconnectView extends ItemView {
	#headerEl!: HTMLElement;
	#countsEl!: HTMLElement;
	#goalEl!: HTMLElement;
	#bulk!: BulkSelection;
	#filterEl!: HTMLInputElement;
	#listEl!: HTMLElement;
	#problemsEl!: HTMLElement;
	#filter = "";
	#shownRows: number;
	#problemsOpen = false;
	#fillProblems: () => void = () => undefined;
	readonly #pending = new Set<string>();
	/** Rows opened to show their history and follow-ups, by contact path; kept across renders. */
	readonly #expanded = new Set<string>();
	readonly #scheduleRender = debounce(() => this.render(), RENDER_DEBOUNCE_MS, true);

	readonly #host: ReconnectHost;
	constructor(leaf: WorkspaceLeaf, host: ReconnectHost) {
		super(leaf);
		this.#host = host;
		this.#shownRows = host.settings.rowsShown;
	}

	getViewType(): string {
		return VIEW_TYPE_RECONNECT;
	}

	getDisplayText(): string {
		return "Reconnect";
	}

	override getIcon(): string {
		return "users";
	}

	override async onOpen(): Promise<void> {
		const root = this.contentEl;
		root.empty();
		root.addClass("reconnect-view");
		this.#headerEl = root.createDiv({ cls: "reconnect-header" });
		this.#countsEl = this.#headerEl.createDiv({ cls: "reconnect-counts", attr: { "aria-live": "polite" } });
		this.#goalEl = this.#headerEl.createDiv({ cls: "reconnect-goal reconnect-hidden" });
		const search = this.#headerEl.createDiv({ cls: "reconnect-filter search-input-container" });
		this.#filterEl = search.createEl("input", {
			type: "search",
			cls: "reconnect-filter-input",
			attr: { placeholder: "Filter by name or reason", "aria-label": "Filter contacts", spellcheck: "false" },
		});
		this.registerDomEvent(this.#filterEl, "input", () => {
			this.#filter = foldText(this.#filterEl.value.trim());
			this.#shownRows = this.#host.settings.rowsShown;
			this.render();
		});
		const bar = this.#headerEl.createDiv({ cls: "reconnect-bulk-bar reconnect-hidden", attr: { role: "toolbar", "aria-label": "Bulk actions", "aria-live": "polite" } });
		this.#bulk = new BulkSelection(this.app, this.#host, bar, () => this.render());
		this.#listEl = root.createDiv({ cls: "reconnect-list" });
		this.registerDomEvent(this.#listEl, "keydown", (event) => this.#bulk.onKeydown(event));
		this.registerEvent(this.app.vault.on("rename", (file, oldPath) => this.#bulk.selection.rename(oldPath, file.path)));
		this.#problemsEl = root.createDiv({ cls: "reconnect-problems" });
		// Rows are rebuilt often; one delegated listener per container never leaks per-row handlers.
		for (const container of [this.#listEl, this.#problemsEl]) {
			this.registerDomEvent(container, "click", (event) => this.#onClick(event));
			this.registerDomEvent(container, "auxclick", (event) => this.#onAuxClick(event));
		}
		this.registerDomEvent(this.#listEl, "mouseover", (event) => this.#onHover(event));
		this.registerDomEvent(
			this.#problemsEl,
			"toggle",
			(event) => {
				if (!(event.target instanceof HTMLDetailsElement)) return;
				this.#problemsOpen = event.target.open;
				if (this.#problemsOpen) this.#fillProblems();
			},
			{ capture: true },
		);
		this.register(
			this.#host.index.onChange((change) => {
				// Progress only moves the header's count; the list is built when the index is ready.
				if (change === "progress") this.#renderProgress();
				else this.#scheduleRender();
			}),
		);
		this.register(() => this.#scheduleRender.cancel());
		this.render();
		await Promise.resolve();
	}

	override async onClose(): Promise<void> {
		this.#scheduleRender.cancel();
		this.contentEl.empty();
		await Promise.resolve();
	}

	/** Renders now (tests and the debounced listener call this). */
	render(): void {
		if (!this.#listEl) return;
		const ranking = this.#host.index.ranking();
		const focus = this.#focusedAction();
		this.#listEl.empty();
		this.#countsEl.empty();
		if (!ranking) {
			this.#renderProgress();
			this.#problemsEl.empty();
			return;
		}
		const totals = ranking.totals;
		// With nobody listed, nobody stays selected (the list's own render does this otherwise).
		if (!ranking.entries.length) this.#bulk.update([]);
		const parts = countWords(totals);
		// Each count is one unbreakable span, so a narrow pane breaks the line between counts only.
		parts.forEach((part, index) => {
			if (index) this.#countsEl.appendText(" · ");
			this.#countsEl.createSpan({ text: part });
		});
		renderGoalMeter(this.#goalEl, this.#host.settings.weeklyGoal, ranking.all(), this.#host.index.today);

		if (ranking.size === 0) renderEmptyState(this.#listEl);
		else if (!ranking.entries.length) renderAllOnTrack(this.#listEl);
		else this.#renderBands(ranking.entries, totals.bands);
		this.#renderProblems(ranking.all());
		if (focus) this.#restoreFocus(focus);
	}

	/** Before the first list: how far Reconnect has read the vault. */
	#renderProgress(): void {
		if (!this.#countsEl || this.#host.index.ready) return;
		const progress = this.#host.index.progress;
		this.#countsEl.setText(progress ? `Reading your notes… ${progress.done.toLocaleString()} of ${progress.total.toLocaleString()}` : "Reading your notes…");
	}

	/** The row action that has keyboard focus, so a rebuilt list can give it back. */
	#focusedAction(): { action: string; path: string; row: number } | null {
		const active = activeDocument.activeElement;
		if (!(active instanceof HTMLElement) || !this.#listEl.contains(active) || !active.hasAttribute("data-action")) return null;
		const rows = [...this.#listEl.querySelectorAll(".reconnect-row")];
		const row = active.closest(".reconnect-row");
		return { action: active.getAttr("data-action") ?? "", path: active.getAttr("data-path") ?? "", row: row ? rows.indexOf(row) : -1 };
	}

	/** Focus goes back to the same action, or the same action in the row that took its place. */
	#restoreFocus(focus: { action: string; path: string; row: number }): void {
		const candidates = [...this.#listEl.querySelectorAll<HTMLElement>(`[data-action="${focus.action}"]`)];
		const same = candidates.find((element) => element.getAttr("data-path") === focus.path);
		const rows = [...this.#listEl.querySelectorAll(".reconnect-row")];
		const neighbour = rows[Math.min(focus.row, rows.length - 1)]?.querySelector<HTMLElement>(`[data-action="${focus.action}"]`);
		(same ?? neighbour ?? this.#filterEl).focus();
	}

	/** One pass over the ranked list (already in band order), stopping once the shown rows are built. */
	#renderBands(entries: readonly RankedEntry[], totals: Record<Band, number>): void {
		const visible = this.#filter ? entries.filter((entry) => matchesFilter(entry, this.#filter)) : entries;
		this.#bulk.update(visible.map((entry) => entry.contact.path));
		this.#listEl.toggleClass("reconnect-selecting", this.#bulk.showsAll);
		if (!visible.length) {
			this.#listEl.createDiv({ cls: "reconnect-empty", text: "No contact matches the filter." });
			return;
		}
		let counts = totals;
		if (this.#filter) {
			counts = zeroBandCounts();
			for (const entry of visible) if (entry.band) counts[entry.band]++;
		}
		const shown = Math.min(visible.length, this.#shownRows);
		let list: HTMLElement | null = null;
		let band: Band | null = null;
		for (let index = 0; index < shown; index++) {
			const entry = visible[index] as RankedEntry;
			if (!entry.band) continue;
			if (entry.band !== band || !list) {
				band = entry.band;
				const section = this.#listEl.createDiv({ cls: `reconnect-band reconnect-band-${band}` });
				const heading = section.createDiv({ cls: "reconnect-band-heading", attr: { role: "heading", "aria-level": "3" } });
				heading.createSpan({ cls: "reconnect-band-title", text: BAND_TITLES[band] });
				heading.createSpan({ cls: "reconnect-band-count", text: String(counts[band]) });
				list = section.createDiv({ cls: "reconnect-rows", attr: { role: "list", "aria-label": BAND_TITLES[band] } });
			}
			this.#renderRow(list, entry);
		}
		const hidden = visible.length - shown;
		if (hidden > 0) {
			this.#listEl.createEl("button", {
				cls: "reconnect-show-more",
				text: `Show ${Math.min(hidden, this.#host.settings.rowsShown)} more (${hidden} hidden)`,
				attr: { "data-action": "show-more" },
			});
		}
	}

	#renderRow(list: HTMLElement, entry: RankedEntry): void {
		const { contact } = entry;
		const row = list.createDiv({ cls: "reconnect-row", attr: { role: "listitem", "data-path": contact.path } });
		const title = row.createDiv({ cls: "reconnect-row-title" });
		row.toggleClass("is-selected", this.#bulk.selection.has(contact.path));
		const expanded = this.#expanded.has(contact.path);
		const toggle = title.createEl("button", {
			cls: "reconnect-expand clickable-icon",
			attr: {
				"data-action": "expand",
				"data-path": contact.path,
				"aria-expanded": String(expanded),
				"aria-controls": detailsId(contact.path),
				"aria-label": `${expanded ? "Hide" : "Show"} history and follow-ups of ${contact.name}`,
			},
		});
		setIcon(toggle, expanded ? "chevron-down" : "chevron-right");
		title.createEl("a", { cls: "reconnect-name internal-link", text: contact.name, href: "#", attr: { "data-href": contact.path, "data-action": "open", "data-path": contact.path } });
		if (entry.news) {
			// Hard news gets a quiet chip, and private news a chip that says no more than that.
			const kind = kindOf(this.#host.index.catalogue, entry.news.kind);
			const hard = entry.band === "support";
			title.createSpan({ cls: `reconnect-chip reconnect-chip-news${hard ? " reconnect-chip-hard" : ""}`, text: kind.chip, attr: { title: entry.reasons[0] ?? "" } });
		}
		if (entry.followUps.length) {
			const overdue = entry.followUps.some((followUp) => daysOverdue(followUp, this.#host.index.today) > 0);
			const count = `${entry.followUps.length} follow-up${entry.followUps.length === 1 ? "" : "s"}`;
			title.createSpan({ cls: `reconnect-chip reconnect-chip-follow-up${overdue ? " is-overdue" : ""}`, text: count, attr: { title: overdue ? `${count}, overdue` : count } });
		}
		if (entry.birthday) title.createSpan({ cls: "reconnect-chip reconnect-chip-birthday", text: "Birthday", attr: { title: entry.reasons.find((reason) => reason.startsWith("Birthday")) ?? "" } });
		if (entry.warnings.length) {
			const warn = title.createSpan({
				cls: "reconnect-chip reconnect-chip-warning",
				attr: { role: "img", title: entry.warnings.map(formatWarning).join("\n"), "aria-label": `${entry.warnings.length} problem${entry.warnings.length === 1 ? "" : "s"} in this note` },
			});
			setIcon(warn, "alert-triangle");
			warn.querySelector("svg")?.setAttribute("aria-hidden", "true");
		}
		// Last in the title line, as it sits in the row's corner: Tab reaches it after the name.
		this.#bulk.renderCheckbox(title, contact.path, contact.name);
		row.createDiv({ cls: "reconnect-reason", text: entry.reasons[0] ?? "", attr: { title: entry.reasons.join("\n") } });

		const actions = row.createDiv({ cls: "reconnect-actions" });
		const busy = this.#pending.has(contact.path);
		const button = (action: string, text: string, label: string): HTMLButtonElement => {
			// Busy buttons stay focusable (aria-disabled, not disabled), so keyboard focus survives the action.
			return actions.createEl("button", { cls: "reconnect-action", text, attr: { "aria-label": label, title: label, "data-action": action, "data-path": contact.path, "aria-disabled": String(busy) } });
		};
		button("draft", "Draft", `Draft a message to ${contact.name} in today's daily note`);
		button("contacted", "Contacted", `Mark ${contact.name} as contacted today`);
		button("snooze", "Snooze", `Snooze ${contact.name}`).setAttr("aria-haspopup", "menu");
		if (expanded) renderRowDetails(row, entry, { app: this.app, index: this.#host.index, catalogue: this.#host.index.catalogue });
	}

	#onClick(event: MouseEvent): void {
		const target = event.target instanceof Element ? event.target.closest<HTMLElement>("[data-action]") : null;
		if (!target) return;
		const action = target.getAttr("data-action");
		const path = target.getAttr("data-path") ?? "";
		if (target.tagName === "A") event.preventDefault();
		switch (action) {
			case "open":
				void this.app.workspace.openLinkText(path, "", Keymap.isModEvent(event));
				break;
			case "expand":
				if (!this.#expanded.delete(path)) this.#expanded.add(path);
				this.render();
				break;
			case "open-line":
				void this.app.workspace.openLinkText(path, "", Keymap.isModEvent(event), { eState: { line: Number(target.getAttr("data-line") ?? 0) } });
				break;
			case "tick":
				this.#tick(target);
				break;
			case "select":
				this.#bulk.onCheckboxClick(event, path);
				break;
			case "draft":
				this.#withFile(path, (file) => this.#host.actions.draft(file));
				break;
			case "contacted":
				this.#withFile(path, (file) => this.#host.actions.markContacted(file));
				break;
			case "snooze":
				this.#showSnoozeMenu(event, target, path);
				break;
			case "show-more":
				this.#shownRows += this.#host.settings.rowsShown;
				this.render();
				break;
			case "create-contact":
				void this.#host.actions.createContactNote();
				break;
			case "open-settings":
				this.#host.openSettings();
				break;
		}
	}

	/** A follow-up's box was ticked: the task's line is written; if that fails, the box is unticked. */
	#tick(box: HTMLElement): void {
		const followUp = { notePath: box.getAttr("data-path") ?? "", line: Number(box.getAttr("data-line") ?? -1), text: box.getAttr("data-words") ?? "" };
		void this.#host.actions.tickFollowUp(followUp).then((done) => {
			if (!done && box.instanceOf(HTMLInputElement)) box.checked = false;
		});
	}

	#onAuxClick(event: MouseEvent): void {
		const target = event.target instanceof Element ? event.target.closest<HTMLElement>("[data-action='open']") : null;
		if (!target || event.button !== 1) return;
		event.preventDefault();
		void this.app.workspace.openLinkText(target.getAttr("data-path") ?? "", "", "tab");
	}

	#onHover(event: MouseEvent): void {
		const target = event.target instanceof Element ? event.target.closest<HTMLElement>("[data-action='open']") : null;
		if (!target) return;
		this.app.workspace.trigger("hover-link", { event, source: VIEW_TYPE_RECONNECT, hoverParent: this, targetEl: target, linktext: target.getAttr("data-path") ?? "", sourcePath: "" });
	}

	#showSnoozeMenu(event: MouseEvent, button: HTMLElement, path: string): void {
		const menu = new Menu();
		for (const { period, label } of SNOOZE_PERIODS) {
			menu.addItem((item) => item.setTitle(`For ${label}`).setIcon("alarm-clock").onClick(() => this.#withFile(path, (file) => this.#host.actions.snooze(file, period))));
		}
		showMenuFor(menu, event, button);
	}

	/** Runs an action once at a time per contact; the row shows it is busy meanwhile. */
	#withFile(path: string, run: (file: TFile) => Promise<unknown>): void {
		const file = this.app.vault.getAbstractFileByPath(path);
		if (!(file instanceof TFile) || this.#pending.has(path)) return;
		this.#pending.add(path);
		this.render();
		void run(file).finally(() => {
			this.#pending.delete(path);
			this.#scheduleRender();
		});
	}

	/**
	 * The collapsed "Notes with problems" section: the count always, the list only once opened —
	 * a large vault can have thousands of warnings, and building them on every render would be
	 * most of the sidebar's cost.
	 */
	#renderProblems(entries: Iterable<RankedEntry>): void {
		this.#problemsEl.empty();
		const withWarnings: RankedEntry[] = [];
		let count = 0;
		for (const entry of entries) {
			if (!entry.warnings.length) continue;
			withWarnings.push(entry);
			count += entry.warnings.length;
		}
		const notices = this.#host.index.notices;
		if (!count && !notices.length) return;
		const details = this.#problemsEl.createEl("details", { cls: "reconnect-problems-details" });
		details.createEl("summary", { text: `Notes with problems (${count + notices.length})` });
		const fill = (): void => {
			const list = details.createEl("ul", { cls: "reconnect-problem-list" });
			for (const notice of notices) list.createEl("li", { cls: "reconnect-problem", text: notice });
			withWarnings.sort((a, b) => (a.contact.path < b.contact.path ? -1 : 1));
			for (const entry of withWarnings) {
				for (const warning of entry.warnings) {
					const item = list.createEl("li", { cls: "reconnect-problem" });
					item.createEl("a", { cls: "internal-link", text: entry.contact.path, href: "#", attr: { "data-href": entry.contact.path, "data-action": "open", "data-path": entry.contact.path } });
					item.createSpan({ cls: "reconnect-problem-text", text: ` — ${formatWarning(warning)}` });
				}
			}
		};
		this.#fillProblems = () => {
			if (!details.querySelector(".reconnect-problem-list")) fill();
		};
		if (this.#problemsOpen) {
			fill();
			details.open = true;
		}
	}
}
