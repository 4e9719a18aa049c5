/** axe-core audits of the sidebar and the modals, accessible names, and keyboard use of the list. */
import { describe, expect, it } from "vitest";
import { auditInBothThemes, serious } from "./axe";
import { activeFile, choose, eventually, expectWholeSidebarOnScreen, frontmatter, notices, openSidebar, row, runCommand, sidebar, TALL_WINDOW } from "./helpers";
import { CTA_BUTTON_CONTRAST, expectOnly, FOCUS_LOST_AFTER_ACTION, PROMPT_RESULTS_SCROLL } from "./knownIssues";
import { useReconnect } from "./setup";
import { TODAY } from "./vault";

const open = useReconnect();

describe("accessibility", () => {
	it("the sidebar has no serious or critical axe violations, in the light and the dark theme", async () => {
		const { page } = await open({ viewport: TALL_WINDOW });
		await openSidebar(page);
		// The list of notes with problems is audited open.
		await sidebar(page).locator(".reconnect-problems summary").click();
		await expectWholeSidebarOnScreen(page);
		expectOnly(serious(await auditInBothThemes(page, ".mod-right-split")), []);
	});

	it("every button in the sidebar has an accessible name that says whom it acts on", async () => {
		const { page } = await open();
		await openSidebar(page);
		const tree = await sidebar(page).ariaSnapshot();
		const buttons = tree.split("\n").filter((line) => /^\s*- button\b/.test(line));
		// Each of the 21 rows: show its history, draft, contacted, snooze.
		expect(buttons).toHaveLength(21 * 4);
		expect(buttons.filter((line) => !/- button "[^"]+"/.test(line))).toEqual([]);
		const names = buttons.map((line) => /"([^"]+)"/.exec(line)?.[1]);
		expect(new Set(names).size).toBe(names.length);
		expect(names).toContain("Mark Rafael Costa as contacted today");
		expect(names).toContain("Show history and follow-ups of Rafael Costa");
		expect(tree).toContain('searchbox "Filter contacts"');
		expect(tree).toContain('list "Congratulate"');
		expect(tree).toContain('list "Hard news"');
	});

	it("the draft picker has no serious or critical axe violations, in both themes", async () => {
		const { page } = await open();
		await runCommand(page, "Draft message…");
		await page.locator(".modal.prompt .suggestion-item").first().waitFor();
		expectOnly(serious(await auditInBothThemes(page, ".modal-container")), [PROMPT_RESULTS_SCROLL]);
		await page.keyboard.press("Escape");
	});

	it("the life-event modals have no serious or critical axe violations, in both themes", async () => {
		const { page } = await open();
		await openSidebar(page);
		await row(page, "Lena Vogel").locator(".reconnect-name").click();
		await eventually(() => activeFile(page)).toBe("People/Lena Vogel.md");
		await runCommand(page, "Tag life event…");
		await page.locator(".modal.prompt .suggestion-item").first().waitFor();
		expectOnly(serious(await auditInBothThemes(page, ".modal-container")), [PROMPT_RESULTS_SCROLL]);

		await choose(page, "Promotion", /^Promotion$/);
		await page.locator(".reconnect-event-detail").waitFor();
		expectOnly(serious(await auditInBothThemes(page, ".modal-container")), [CTA_BUTTON_CONTRAST]);
		// The detail field is focused, so the user can type at once.
		await expect(page.evaluate(() => document.activeElement?.classList.contains("reconnect-event-detail"))).resolves.toBe(true);
	});

	it("works from the keyboard: Tab to a row's actions, Enter on Contacted", async () => {
		const { page } = await open();
		await openSidebar(page);
		await sidebar(page).getByRole("searchbox", { name: "Filter contacts" }).focus();
		const focused = (): Promise<string> => page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? document.activeElement?.textContent ?? "");

		await page.keyboard.press("Tab");
		// The first row is the first of the hard news: its history toggle, then its name.
		expect(await focused()).toBe("Show history and follow-ups of Tom Becker");
		await page.keyboard.press("Tab");
		expect(await focused()).toBe("Tom Becker");
		await page.keyboard.press("Tab");
		// The row's checkbox for bulk actions, which shows once it has focus.
		expect(await focused()).toBe("Select Tom Becker");
		await page.keyboard.press("Tab");
		expect(await focused()).toBe("Draft a message to Tom Becker in today's daily note");
		await page.keyboard.press("Tab");
		expect(await focused()).toBe("Mark Tom Becker as contacted today");
		// The focused button shows a focus ring that its unfocused neighbours do not have.
		const rings = await page.evaluate(() => {
			const active = document.activeElement;
			const other = active?.closest(".reconnect-row")?.querySelector("[data-action='draft']");
			const look = (element: Element | null | undefined) => (element ? `${getComputedStyle(element).boxShadow} ${getComputedStyle(element).outlineStyle}` : "");
			return { focused: look(active), unfocused: look(other) };
		});
		expect(rings.focused).not.toBe(rings.unfocused);

		await page.keyboard.press("Enter");
		await eventually(async () => (await frontmatter(page, "People/Tom Becker.md"))?.["last-contact"]).toBe(TODAY);
		await eventually(async () => row(page, "Tom Becker").count()).toBe(0);
		expect(await notices(page)).toContain("Marked Tom Becker as contacted today. Undo");
		const focusInList = await page.evaluate(() => !!document.activeElement?.closest(".reconnect-list"));
		expect(focusInList, FOCUS_LOST_AFTER_ACTION.why).toBe(!FOCUS_LOST_AFTER_ACTION.present);
	});

	it("opens a note and the snooze menu from the keyboard", async () => {
		const { page } = await open();
		await openSidebar(page);
		await row(page, "Zoë Müller").getByRole("link", { name: "Zoë Müller" }).focus();
		await page.keyboard.press("Enter");
		await eventually(() => activeFile(page)).toBe("People/Zoë Müller.md");

		const snooze = row(page, "Zoë Müller").getByRole("button", { name: "Snooze Zoë Müller" });
		await snooze.focus();
		await page.keyboard.press("Enter");
		const menu = page.locator(".menu");
		await menu.waitFor();
		// Opened from the keyboard, the menu sits under the button, not at the last mouse position.
		const [button, box] = await Promise.all([snooze.boundingBox(), menu.boundingBox()]);
		expect(box && button && Math.abs(box.y - (button.y + button.height))).toBeLessThan(2);
		await expect(menu.locator(".menu-item-title").allTextContents()).resolves.toEqual(["For 1 week", "For 1 month", "For 3 months"]);
		await menu.locator(".menu-item", { hasText: "For 1 week" }).click();
		await eventually(async () => (await frontmatter(page, "People/Zoë Müller.md"))?.["snooze-until"]).toBe("2026-12-02");
	});
});
