/** Triage contacts…: from the command palette, keys sort contacts one at a time; screenshots in both themes. */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { auditInBothThemes, serious } from "./axe";
import { eventually, frontmatter, notices, runCommand } from "./helpers";
import { expectOnly } from "./knownIssues";
import { setTheme } from "./page";
import { useReconnect } from "./setup";

const open = useReconnect();
const SHOTS = "artifacts/screenshots";
const GRACE = "Community/Grace Mwangi.md";
const LUCIA = "People/Lucía Fernández.md";
const OSKAR = "People/Oskar Lind.md";

const triage = (page: Page) => page.locator(".modal.reconnect-triage-modal");
const shown = (page: Page): Promise<string | null> => triage(page).locator(".reconnect-triage-name").textContent();

describe("triage", () => {
	it("opens from the palette, sorts contacts with single keys, and sums up on Esc", async () => {
		const { page } = await open();
		await runCommand(page, "Triage contacts…");
		await expect(triage(page).locator(".modal-title").textContent()).resolves.toBe("Triage contacts");
		await expect(triage(page).locator(".reconnect-triage-counter").textContent()).resolves.toBe("1 of 26");
		await expect(shown(page)).resolves.toBe("Grace Mwangi");

		await page.keyboard.press("1");
		await eventually(() => shown(page)).toBe("Lucía Fernández");
		await eventually(async () => (await frontmatter(page, GRACE))?.tier).toBe("inner");
		await expect(triage(page).locator(".reconnect-triage-status-text").textContent()).resolves.toBe("Moved Grace Mwangi to the inner tier.");

		// Ctrl+1 is not a triage key.
		await page.keyboard.press("Control+1");
		await page.keyboard.press("p");
		await eventually(() => shown(page)).toBe("Oskar Lind");
		await eventually(async () => (await frontmatter(page, LUCIA))?.paused).toBe(true);

		// Space on a focused button skips; it does not press the button as well.
		await triage(page).getByRole("button", { name: "Pause" }).focus();
		await page.keyboard.press(" ");
		await eventually(() => shown(page)).toBe("Priya Natarajan");
		expect((await frontmatter(page, OSKAR))?.paused).toBeUndefined();

		await page.keyboard.press("Escape");
		await triage(page).waitFor({ state: "detached" });
		await eventually(() => notices(page)).toContain("Triage: 1 tier set, 1 paused, 1 skipped. Undo");
	});

	it("looks like an Obsidian modal in the light and the dark theme, and passes the audit", async () => {
		const { page } = await open();
		await runCommand(page, "Triage contacts…");
		await page.keyboard.press("3");
		await eventually(() => shown(page)).toBe("Lucía Fernández");
		expectOnly(serious(await auditInBothThemes(page, ".modal-container")), []);
		for (const theme of ["light", "dark"] as const) {
			await setTheme(page, theme);
			await triage(page).screenshot({ path: `${SHOTS}/triage-modal${theme === "dark" ? "-dark" : ""}.png`, animations: "disabled" });
		}
	});

	it("on a phone, buttons do what keys do", async () => {
		const { page } = await open({ mobile: true });
		await runCommand(page, "Triage contacts…");
		await expect(triage(page).getByRole("button", { name: "close 30 days" }).getAttribute("aria-keyshortcuts")).resolves.toBe("2");
		await triage(page).getByRole("button", { name: "close 30 days" }).click();
		await eventually(() => shown(page)).toBe("Lucía Fernández");
		await eventually(async () => (await frontmatter(page, GRACE))?.tier).toBe("close");
		await expect(triage(page).locator("#reconnect-triage-status").textContent()).resolves.toBe("Moved Grace Mwangi to the close tier.");
		await triage(page).getByRole("button", { name: "Undo" }).click();
		await eventually(() => shown(page)).toBe("Grace Mwangi");
		await eventually(async () => (await frontmatter(page, GRACE))?.tier).toBeUndefined();
		await triage(page).screenshot({ path: `${SHOTS}/triage-modal-mobile.png`, animations: "disabled" });
	});
});
