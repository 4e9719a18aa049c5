/** Launching Debian's Chromium through playwright-core; a missing browser fails loudly. */
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic"];

export async function launchBrowser(): Promise<Browser> {
	if (!existsSync(CHROMIUM_PATH)) {
		throw new Error(
			`Chromium is not installed at ${CHROMIUM_PATH}. The browser tests need Debian's package: ` +
				"`apt-get update && apt-get install -y chromium` (or set CHROMIUM_PATH). Do not use `npx playwright install`.",
		);
	}
	// Not a persistent context: Playwright gives every launch a fresh temporary profile.
	return chromium.launch({ executablePath: CHROMIUM_PATH, args: FLAGS });
}
