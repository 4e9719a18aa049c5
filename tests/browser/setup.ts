/**
 * Test hooks: one browser per test file, a fresh page (and context) per test, closed after it.
 * A test fails when its page showed an error, logged to console.error or opened a dialog. When
 * Chromium cannot start, every test fails with the reason (a failing beforeAll would only skip them).
 */
import type { Browser } from "playwright-core";
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import { launchBrowser } from "./browser";
import { openReconnect, type OpenOptions, type ReconnectPage } from "./page";

export function useReconnect(): (options?: OpenOptions) => Promise<ReconnectPage> {
	let browser: Browser | null = null;
	let launchError: Error | null = null;
	let opened: ReconnectPage[] = [];

	beforeAll(async () => {
		try {
			browser = await launchBrowser();
		} catch (error) {
			launchError = error instanceof Error ? error : new Error(String(error));
		}
	});
	afterAll(async () => {
		await browser?.close();
	});
	afterEach(async () => {
		const pages = opened;
		opened = [];
		const problems = pages.flatMap((page) => page.problems);
		await Promise.all(pages.map((page) => page.context.close()));
		expect(problems, "errors, console errors or dialogs in the page").toEqual([]);
	});

	return async (options) => {
		if (launchError) throw launchError;
		if (!browser) throw new Error("the browser did not start");
		const page = await openReconnect(browser, options);
		opened.push(page);
		return page;
	};
}
