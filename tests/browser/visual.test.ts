/**
 * What the sidebar looks like: screenshots (artifacts/screenshots/) in both themes at sidebar and
 * phone width, nothing overflowing sideways even with very long names, and readable contrast.
 */
import { mkdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { auditInBothThemes } from "./axe";
import { expectWholeSidebarOnScreen, openSidebar, row, sidebar, TALL_WINDOW } from "./helpers";
import { expectOnly } from "./knownIssues";
import { horizontalOverflow } from "./layout";
import { setTheme, type Theme } from "./page";
import { useReconnect } from "./setup";
import { LONG_NAME, longContacts, UNBROKEN_NAME } from "./vault";

const open = useReconnect();
const SHOTS = "artifacts/screenshots";
const THEMES: Theme[] = ["light", "dark"];

describe("how the sidebar looks", () => {
	it("screenshots at sidebar width (300 px), light and dark", async () => {
		mkdirSync(SHOTS, { recursive: true });
		const { page } = await open({ viewport: { width: 1280, height: 1400 } });
		await openSidebar(page);
		const box = await page.locator(".mod-right-split").boundingBox();
		expect(box?.width).toBe(300);
		for (const theme of THEMES) {
			await setTheme(page, theme);
			await page.locator(".mod-right-split").screenshot({ path: `${SHOTS}/sidebar-${theme}.png`, animations: "disabled" });
		}
	});

	it("screenshots at phone width (390 px, is-mobile), light and dark", async () => {
		mkdirSync(SHOTS, { recursive: true });
		const { page } = await open({ mobile: true });
		await openSidebar(page);
		const box = await page.locator(".mod-right-split").boundingBox();
		expect(box?.width).toBe(390);
		// Touch targets: at least 36 px high on a phone.
		for (const height of await sidebar(page).locator(".reconnect-action").evaluateAll((buttons) => buttons.map((button) => button.getBoundingClientRect().height))) {
			expect(height).toBeGreaterThanOrEqual(36);
		}
		for (const theme of THEMES) {
			await setTheme(page, theme);
			await page.screenshot({ path: `${SHOTS}/phone-${theme}.png`, animations: "disabled" });
		}
	});

	for (const mobile of [false, true]) {
		it(`nothing overflows sideways with very long names and reasons (${mobile ? "phone" : "sidebar"} width)`, async () => {
			mkdirSync(SHOTS, { recursive: true });
			const { page } = await open({ mobile, files: longContacts() });
			await openSidebar(page);
			const long = row(page, LONG_NAME);
			// The worst case is on screen: a 120-character name with news, birthday and warning chips.
			await expect(long.locator(".reconnect-chip-news, .reconnect-chip-birthday, .reconnect-chip-warning").count()).resolves.toBe(3);
			await expect(row(page, UNBROKEN_NAME).locator(".reconnect-chip").count()).resolves.toBe(2);
			await expect(long.locator(".reconnect-reason").textContent()).resolves.toMatch(/^Promoted: Chief Executive Officer .{100,} — 5 days ago$/);
			for (const theme of THEMES) {
				await setTheme(page, theme);
				expect(await horizontalOverflow(page)).toEqual([]);
				await page.locator(".mod-right-split").screenshot({ path: `${SHOTS}/long-names-${mobile ? "phone" : "sidebar"}-${theme}.png`, animations: "disabled" });
			}
		});
	}

	it("text contrast passes axe's color-contrast rule in both themes", async () => {
		const { page } = await open({ viewport: TALL_WINDOW, files: longContacts() });
		await openSidebar(page);
		await sidebar(page).locator(".reconnect-problems summary").click();
		await expectWholeSidebarOnScreen(page);
		expectOnly(await auditInBothThemes(page, ".mod-right-split", { runOnly: ["color-contrast"] }), []);
	});

	it("the overflow check catches a row that does not wrap (it can fail)", async () => {
		const { page } = await open({ files: longContacts() });
		await openSidebar(page);
		expect(await horizontalOverflow(page)).toEqual([]);
		await page.addStyleTag({ content: ".reconnect-name { overflow-wrap: normal; white-space: nowrap; }" });
		const problems = await horizontalOverflow(page);
		expect(problems.some((problem) => problem.startsWith('text of a.reconnect-name.internal-link "Maximiliane'))).toBe(true);
		expect(problems.some((problem) => problem.includes("scrolls sideways"))).toBe(true);
	});
});
