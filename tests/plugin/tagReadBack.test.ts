// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { resetObsidianFakes__ } from "../fakes/obsidian";
import { dayFromParts } from "../../src/core/days";
import { fileAt, loadReconnect, pinToday, waitFor } from "./harness";

beforeEach(() => pinToday());
afterEach(() => {
	resetObsidianFakes__();
	vi.useRealTimers();
});

describe("Tag life event… writes news that reads back", () => {
	it.each([["VP Engineering at Acme"], ["VP: Engineering, at \"Acme\" #1"]])("detail %j: the contact is one to congratulate, with no new warning", async (detail) => {
		const loaded = await loadReconnect();
		const path = "People/Hannah Schmidt.md";
		const warningsBefore = loaded.plugin.index.entry(path)?.warnings;
		expect(await loaded.plugin.actions.tagLifeEvent(fileAt(loaded.app, path), "promotion", detail, dayFromParts(2026, 11, 24) ?? 0)).toBe(true);
		await loaded.app.settled__();
		await waitFor(() => loaded.plugin.index.entry(path)?.band === "congratulate", "the congratulation");
		const entry = loaded.plugin.index.entry(path);
		expect(entry?.news?.detail).toBe(detail);
		expect(entry?.warnings).toEqual(warningsBefore);
	});
});
