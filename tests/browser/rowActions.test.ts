/** Contacted and Snooze from a row, and ticking a reconnect task in a daily note. */
import { describe, expect, it } from "vitest";
import { bandOf, editNote, eventually, frontmatter, notices, openSidebar, readNote, row, sidebar } from "./helpers";
import { useReconnect } from "./setup";
import { TODAY } from "./vault";

const open = useReconnect();

describe("acting on a row", () => {
	it("Contacted sets last-contact to today and the contact leaves the list", async () => {
		const { page } = await open();
		await openSidebar(page);
		await row(page, "Priya Natarajan").getByRole("button", { name: "Mark Priya Natarajan as contacted today" }).click();

		await eventually(async () => (await frontmatter(page, "Work/Clients/Priya Natarajan.md"))?.["last-contact"]).toBe(TODAY);
		await eventually(() => bandOf(page, "Priya Natarajan")).toBeNull();
		expect(await notices(page)).toContain("Marked Priya Natarajan as contacted today. Undo");
		await expect(sidebar(page).locator(".reconnect-counts").textContent()).resolves.toBe("20 to reach out to · 4 on track · 1 snoozed · 1 paused · 1 in memory");
	});

	it("Snooze opens a menu of periods; the chosen one hides the contact until then", async () => {
		const { page } = await open();
		await openSidebar(page);
		await row(page, "Zoë Müller").getByRole("button", { name: "Snooze Zoë Müller" }).click();
		const menu = page.locator(".menu");
		await expect(menu.locator(".menu-item-title").allTextContents()).resolves.toEqual(["For 1 week", "For 1 month", "For 3 months"]);
		// The menu is fully on screen.
		const box = await menu.boundingBox();
		expect(box && box.x >= 0 && box.x + box.width <= 1280 && box.y + box.height <= 900).toBe(true);

		await menu.locator(".menu-item", { hasText: "For 1 month" }).click();
		await menu.waitFor({ state: "detached" });
		await eventually(async () => (await frontmatter(page, "People/Zoë Müller.md"))?.["snooze-until"]).toBe("2026-12-25");
		await eventually(() => bandOf(page, "Zoë Müller")).toBeNull();
		expect(await notices(page)).toContain("Snoozed Zoë Müller until 2026-12-25. Undo");
		await expect(sidebar(page).locator(".reconnect-counts").textContent()).resolves.toBe("20 to reach out to · 3 on track · 2 snoozed · 1 paused · 1 in memory");
	});

	it("ticking the reconnect task in a daily note records the contact", async () => {
		const { page } = await open();
		await openSidebar(page);
		expect(await bandOf(page, "Hannah Schmidt")).toBe("Fading");
		const daily = "Daily/2026-11-20.md";
		const before = (await readNote(page, daily)) ?? "";

		await editNote(page, daily, "- [ ] Reconnect with [[Hannah Schmidt]]", "- [x] Reconnect with [[Hannah Schmidt]]");

		await eventually(() => bandOf(page, "Hannah Schmidt")).toBeNull();
		// Her note spells the key last_contact: the write keeps that spelling.
		await eventually(async () => (await frontmatter(page, "People/Hannah Schmidt.md"))?.["last_contact"]).toBe("2026-11-20");
		expect(await readNote(page, daily)).toBe(before.replace("- [ ] Reconnect", "- [x] Reconnect"));
	});
});
