/**
 * An expanded row: how you met, the last times you were in touch (each opens its note at that
 * line) and the follow-ups, ticked from the sidebar. Screenshots in both themes.
 */
import { mkdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { auditInBothThemes, serious } from "./axe";
import { activeFile, activeLine, eventually, openSidebar, readNote, row, sidebar } from "./helpers";
import { expectOnly } from "./knownIssues";
import { setTheme } from "./page";
import { useReconnect } from "./setup";

const open = useReconnect();
const SHOTS = "artifacts/screenshots";

describe("a contact's history and follow-ups in the sidebar", () => {
	it("expands from the keyboard and shows how you met, the history and the follow-ups", async () => {
		const { page } = await open({ viewport: { width: 1280, height: 1400 } });
		await openSidebar(page);
		const kenji = row(page, "Kenji Watanabe");
		await expect(kenji.locator(".reconnect-chip-follow-up").getAttribute("title")).resolves.toBe("1 follow-up, overdue");
		const toggle = kenji.getByRole("button", { name: "Show history and follow-ups of Kenji Watanabe" });
		await expect(toggle.getAttribute("aria-expanded")).resolves.toBe("false");
		await toggle.focus();
		await page.keyboard.press("Enter");

		const open_ = row(page, "Kenji Watanabe").getByRole("button", { name: "Hide history and follow-ups of Kenji Watanabe" });
		await expect(open_.getAttribute("aria-expanded")).resolves.toBe("true");
		const details = row(page, "Kenji Watanabe").locator(".reconnect-details");
		await expect(details.locator(".reconnect-details-title").allTextContents()).resolves.toEqual(["How you met", "History", "Follow-ups"]);
		// History: newest first, at most five, each a date and the line's words.
		const dates = details.locator(".reconnect-history-date");
		await eventually(() => dates.count()).toBeGreaterThan(1);
		const days = await dates.allTextContents();
		expect(days.length).toBeLessThanOrEqual(5);
		expect([...days].sort().reverse()).toEqual(days);
		await expect(details.locator(".reconnect-history").textContent()).resolves.toContain("called him back about the tech-visa questions");
		await expect(details.locator(".reconnect-follow-up").textContent()).resolves.toMatch(/^Send him the updated HR checklist for tech visas\s*overdue since 2026-11-19$/);
		// The open state survives a re-render of the list.
		await sidebar(page).getByRole("searchbox", { name: "Filter contacts" }).fill("kenji");
		await expect(row(page, "Kenji Watanabe").locator(".reconnect-details").count()).resolves.toBe(1);

		mkdirSync(SHOTS, { recursive: true });
		for (const theme of ["light", "dark"] as const) {
			await setTheme(page, theme);
			await page.locator(".mod-right-split").screenshot({ path: `${SHOTS}/expanded-row-${theme}.png`, animations: "disabled" });
		}
		expectOnly(serious(await auditInBothThemes(page, ".mod-right-split")), []);
	});

	it("opens a history entry's note at its line", async () => {
		const { page } = await open();
		await openSidebar(page);
		await row(page, "Kenji Watanabe").getByRole("button", { name: "Show history and follow-ups of Kenji Watanabe" }).click();
		const entry = row(page, "Kenji Watanabe").locator(".reconnect-history-link", { hasText: "called him back" });
		await entry.click();
		await eventually(() => activeFile(page)).toBe("People/Kenji Watanabe.md");
		const text = (await readNote(page, "People/Kenji Watanabe.md")) ?? "";
		const line = text.split("\n").findIndex((candidate) => candidate.includes("called him back"));
		expect(line).toBeGreaterThan(0);
		await eventually(() => activeLine(page)).toBe(line);
	});

	it("ticking a follow-up writes that task's line only (with Tasks' done date), and the contact's chip goes", async () => {
		const { page } = await open();
		await openSidebar(page);
		const before = (await readNote(page, "People/Kenji Watanabe.md")) ?? "";
		await row(page, "Kenji Watanabe").getByRole("button", { name: "Show history and follow-ups of Kenji Watanabe" }).click();
		await row(page, "Kenji Watanabe").getByRole("checkbox", { name: "Mark done: Send him the updated HR checklist for tech visas" }).check();

		const ticked = before.replace("- [ ] Send him the updated HR checklist for tech visas", "- [x] Send him the updated HR checklist for tech visas");
		// The task carries a Tasks due date, so it gets Tasks' done date as Tasks itself would add it.
		const withDoneDate = ticked.replace("📅 2026-11-19", "📅 2026-11-19 ✅ 2026-11-25");
		expect(ticked).not.toBe(before);
		await eventually(() => readNote(page, "People/Kenji Watanabe.md")).toBe(withDoneDate);
		await eventually(() => row(page, "Kenji Watanabe").locator(".reconnect-chip-follow-up").count()).toBe(0);
		await expect(row(page, "Kenji Watanabe").locator(".reconnect-reason").textContent()).resolves.not.toMatch(/Follow-up/);
	});
});
