/** What a user does (open the sidebar, run a command) and what the tests read back from the page. */
import type { Locator, Page } from "playwright-core";
import { expect } from "vitest";
import "./page/api";

export const BAND_TITLES = ["Hard news", "Congratulate", "Fading", "Dormant", "No last contact yet", "Coming up"];

/** The sidebar leaf in the right split. */
export function sidebar(page: Page): Locator {
	return page.locator(".mod-right-split .reconnect-view");
}

/** The row of the contact with this display name. */
export function row(page: Page, name: string): Locator {
	return sidebar(page)
		.locator(".reconnect-row")
		.filter({ has: page.locator(".reconnect-name", { hasText: new RegExp(`^${escapeRegExp(name)}$`) }) });
}

export function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Opens the sidebar as a user does: the ribbon icon, or on a phone (no ribbon on screen) the
 * command palette's "Open sidebar"; then waits for the ranked list.
 */
export async function openSidebar(page: Page): Promise<Locator> {
	const ribbonIcon = page.locator('[aria-label="Open Reconnect"]');
	if (await ribbonIcon.isVisible()) await ribbonIcon.click();
	else await runCommand(page, "Open sidebar");
	await sidebar(page).locator(".reconnect-row").first().waitFor();
	return sidebar(page);
}

/**
 * axe checks only what is on screen: a window tall enough that the whole sidebar shows without
 * scrolling (checked by `expectWholeSidebarOnScreen`).
 */
export const TALL_WINDOW = { width: 1280, height: 4800 };

export async function expectWholeSidebarOnScreen(page: Page): Promise<void> {
	const { scrollHeight, clientHeight } = await sidebar(page).evaluate((view) => ({ scrollHeight: view.scrollHeight, clientHeight: view.clientHeight }));
	expect(scrollHeight, "the sidebar scrolls, so an audit would miss rows").toBeLessThanOrEqual(clientHeight);
}

/** Names shown in each band, in display order: `[["Congratulate", ["Rafael Costa", …]], …]`. */
export async function bands(page: Page): Promise<[string, string[]][]> {
	return sidebar(page)
		.locator(".reconnect-band")
		.evaluateAll((sections) =>
			sections.map((section): [string, string[]] => [
				section.querySelector(".reconnect-band-title")?.textContent ?? "",
				Array.from(section.querySelectorAll(".reconnect-name"), (name) => name.textContent ?? ""),
			]),
		);
}

/** The band title a contact is listed under, or null when it is not listed. */
export async function bandOf(page: Page, name: string): Promise<string | null> {
	return (await bands(page)).find(([, names]) => names.includes(name))?.[0] ?? null;
}

/**
 * Runs a command as a user does: Ctrl+P opens the palette, the name is typed, the top suggestion
 * is checked to be that command (as a user reads it before pressing Enter), then Enter.
 */
export async function runCommand(page: Page, name: string): Promise<void> {
	await page.keyboard.press("Control+P");
	const palette = page.locator(".modal.mod-command-palette");
	await palette.locator(".prompt-input").waitFor();
	await page.keyboard.type(name);
	await eventually(() => palette.locator(".suggestion-item.is-selected").textContent()).toBe(`Reconnect: ${name}`);
	await page.keyboard.press("Enter");
	await palette.waitFor({ state: "detached" });
}

/** Types into the open prompt (a suggest modal), checks the top suggestion and presses Enter. */
export async function choose(page: Page, typed: string, expected: string | RegExp): Promise<void> {
	const prompt = page.locator(".modal.prompt").last();
	await prompt.locator(".prompt-input").waitFor();
	await page.keyboard.type(typed);
	await eventually(async () => (await prompt.locator(".suggestion-item.is-selected").textContent()) ?? "").toMatch(expected);
	await page.keyboard.press("Enter");
}

export function readNote(page: Page, path: string): Promise<string | null> {
	return page.evaluate((note) => window.__harness.read(note), path);
}

export function frontmatter(page: Page, path: string): Promise<Record<string, unknown> | null> {
	return page.evaluate((note) => window.__harness.frontmatter(note), path);
}

export function activeFile(page: Page): Promise<string | null> {
	return page.evaluate(() => window.__harness.activeFile());
}

export function activeLine(page: Page): Promise<number | null> {
	return page.evaluate(() => window.__harness.activeLine());
}

export function notices(page: Page): Promise<string[]> {
	return page.evaluate(() => window.__harness.notices());
}

/** Edits a note's text through the vault, as Obsidian's editor saves it. */
export async function editNote(page: Page, path: string, search: string, replace: string): Promise<void> {
	await page.evaluate(([note, from, to]) => window.__harness.edit(note, from, to), [path, search, replace] as const);
}

export async function deleteNote(page: Page, path: string): Promise<void> {
	await page.evaluate((note) => window.__harness.delete(note), path);
}

/** Polls until the check holds (the sidebar re-renders ~250 ms after a change). */
export function eventually<T>(read: () => Promise<T>): ReturnType<typeof expect.poll<T>> {
	return expect.poll(read, { timeout: 5000, interval: 50 });
}

/** Opens a note in the main area; the page draws its text there (see page/entry.ts). */
export async function openNote(page: Page, path: string): Promise<void> {
	await page.evaluate((note) => window.__harness.open(note), path);
}
