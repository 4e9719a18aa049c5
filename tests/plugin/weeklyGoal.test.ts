// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { resetObsidianFakes__ } from "../fakes/obsidian";
import { RENDER_DEBOUNCE_MS } from "../../src/plugin/view";
import { edit, fileAt, loadReconnect, openSidebar, pinToday, waitFor } from "./harness";

beforeEach(() => pinToday());
afterEach(() => {
	resetObsidianFakes__();
	vi.useRealTimers();
});

const goalOf = (root: HTMLElement): HTMLElement => {
	const el = root.querySelector<HTMLElement>(".reconnect-goal");
	if (!el) throw new Error("no goal element");
	return el;
};

describe("the weekly goal in the sidebar's header", () => {
	it("is hidden while the setting is 0, the default", async () => {
		const loaded = await loadReconnect();
		expect(loaded.plugin.settings.weeklyGoal).toBe(0);
		const view = await openSidebar(loaded);
		expect(goalOf(view.contentEl).hasClass("reconnect-hidden")).toBe(true);
		expect(goalOf(view.contentEl).textContent).toBe("");
	});

	it("counts the people in touch this week, and follows a Contacted click and a ticked task live", async () => {
		const loaded = await loadReconnect();
		loaded.plugin.settings.weeklyGoal = 30;
		const view = await openSidebar(loaded);
		view.render();
		const goal = goalOf(view.contentEl);
		expect(goal.hasClass("reconnect-hidden")).toBe(false);
		const count = (): number => Number(/^(\d+) of 30 this week$/.exec(goal.textContent ?? "")?.[1] ?? NaN);
		const before = count();
		expect(before).toBeGreaterThanOrEqual(0);
		const meter = goal.querySelector<HTMLElement>("[role=progressbar]");
		expect(meter?.getAttribute("aria-valuenow")).toBe(String(before));

		await loaded.plugin.actions.markContacted(fileAt(loaded.app, "People/Hannah Schmidt.md"));
		await waitFor(() => count() === before + 1, "the count after Contacted", RENDER_DEBOUNCE_MS * 8);

		// A reconnect task ticked in today's daily note counts too (the write-back sets last-contact).
		await loaded.plugin.actions.draft(fileAt(loaded.app, "People/Zoë Müller.md"));
		// An open task is an intention, not contact: the draft alone does not count.
		await new Promise((resolve) => setTimeout(resolve, RENDER_DEBOUNCE_MS * 3));
		expect(count()).toBe(before + 1);
		await edit(loaded.app, "Daily/2026-11-25.md", (text) => text.replace("- [ ] Reconnect with [[Zoë Müller]]", "- [x] Reconnect with [[Zoë Müller]]"));
		await waitFor(() => count() === before + 2, "the count after the tick", RENDER_DEBOUNCE_MS * 8);
	});

	it("says when the goal is reached", async () => {
		const loaded = await loadReconnect();
		loaded.plugin.settings.weeklyGoal = 1;
		const view = await openSidebar(loaded);
		await loaded.plugin.actions.markContacted(fileAt(loaded.app, "People/Hannah Schmidt.md"));
		await waitFor(() => /this week: goal reached$/.test(goalOf(view.contentEl).textContent ?? ""), "the goal reached", RENDER_DEBOUNCE_MS * 8);
		expect(goalOf(view.contentEl).hasClass("is-reached")).toBe(true);
	});
});
