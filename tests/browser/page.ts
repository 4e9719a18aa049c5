/**
 * Composes the page that stands in for Obsidian's window: theme variables and frame (theme.css),
 * the plugin's styles.css, the clock pinned to the example vault's day, the vault seed, then the
 * bundle (the double's app with Reconnect loaded). Every page records page errors, console
 * errors and dialogs, so a test can fail on any of them.
 */
import { fileURLToPath } from "node:url";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { pageBundle } from "./bundle";
import "./page/api";
import { exampleVault, TODAY } from "./vault";

const THEME_CSS = fileURLToPath(new URL("./theme.css", import.meta.url));
const PLUGIN_CSS = fileURLToPath(new URL("../../styles.css", import.meta.url));

export type Theme = "light" | "dark";

export interface OpenOptions {
	theme?: Theme;
	/** Obsidian's phone layout: `is-mobile` on body, the sidebar full width. */
	mobile?: boolean;
	viewport?: { width: number; height: number };
	/** Notes added to (or replacing notes of) the example vault. */
	files?: Record<string, string>;
}

export interface ReconnectPage {
	page: Page;
	context: BrowserContext;
	/** Page errors, console errors and dialogs seen so far. */
	problems: string[];
}

/**
 * `Date` returns the example vault's day at 10:00 UTC (and runs on from there), so "today" is
 * 2026-11-25 whatever the machine's clock says. Runs in the page before the bundle.
 */
function pinClock(iso: string): void {
	const RealDate = Date;
	const offset = new RealDate(iso).getTime() - RealDate.now();
	class PinnedDate extends RealDate {
		constructor(...args: ConstructorParameters<DateConstructor> | []) {
			if (args.length === 0) super(RealDate.now() + offset);
			else super(...args);
		}

		static override now(): number {
			return RealDate.now() + offset;
		}
	}
	window.Date = PinnedDate as DateConstructor;
}

export async function openReconnect(browser: Browser, options: OpenOptions = {}): Promise<ReconnectPage> {
	const context = await browser.newContext({
		viewport: options.viewport ?? (options.mobile ? { width: 390, height: 844 } : { width: 1280, height: 900 }),
		deviceScaleFactor: 1,
		locale: "en-US",
		timezoneId: "UTC",
		reducedMotion: "reduce",
	});
	// A missing element fails within seconds, not after Playwright's default 30 s.
	context.setDefaultTimeout(10_000);
	const page = await context.newPage();
	const problems: string[] = [];
	page.on("pageerror", (error) => problems.push(`page error: ${error.stack ?? error.message}`));
	page.on("console", (message) => {
		if (message.type() === "error") problems.push(`console.error: ${message.text()}`);
	});
	page.on("dialog", (dialog) => {
		problems.push(`dialog (${dialog.type()}): ${dialog.message()}`);
		void dialog.dismiss();
	});

	const bodyClass = [`theme-${options.theme ?? "light"}`, options.mobile ? "is-mobile" : ""].join(" ").trim();
	await page.setContent(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Reconnect — test vault</title></head><body class="${bodyClass}"></body></html>`);
	await page.addStyleTag({ path: THEME_CSS });
	await page.addStyleTag({ path: PLUGIN_CSS });
	await page.evaluate(pinClock, `${TODAY}T10:00:00Z`);
	await page.evaluate((seed) => {
		window.__seed = seed;
	}, { ...exampleVault(), ...options.files });
	await page.addScriptTag({ content: await pageBundle() });
	await page.waitForFunction(() => "__harness" in window || "__harnessError" in window);
	const failure = await page.evaluate(() => window.__harnessError);
	if (failure) throw new Error(`The page could not mount Reconnect:\n${failure}`);
	return { page, context, problems };
}

export async function setTheme(page: Page, theme: Theme): Promise<void> {
	await page.evaluate((next) => {
		document.body.classList.remove("theme-light", "theme-dark");
		document.body.classList.add(`theme-${next}`);
	}, theme);
}
