/** Flow 3: tagging a contact with a life event; the sidebar and the next draft follow. */
import type { Locator } from "playwright-core";
import { describe, expect, it } from "vitest";
import { activeFile, bandOf, choose, eventually, frontmatter, notices, openSidebar, readNote, row, runCommand } from "./helpers";
import { useReconnect } from "./setup";
import { TODAY } from "./vault";

const open = useReconnect();
const LENA = "People/Lena Vogel.md";

async function detailHasFocus(modal: Locator): Promise<void> {
	await eventually(() => modal.locator(".reconnect-event-detail").evaluate((input) => input === document.activeElement)).toBe(true);
}

describe("tagging a note with a life event", () => {
	it("records the news, moves the contact to Congratulate without a reload, and the next draft congratulates", async () => {
		const { page } = await open();
		await openSidebar(page);
		expect(await bandOf(page, "Lena Vogel")).toBe("No last contact yet");

		await row(page, "Lena Vogel").locator(".reconnect-name").click();
		await eventually(() => activeFile(page)).toBe(LENA);

		await runCommand(page, "Tag life event…");
		await expect(page.locator(".modal.prompt .prompt-input").getAttribute("placeholder")).resolves.toBe("What happened for Lena Vogel?");
		await choose(page, "Promotion", /^Promotion$/);

		const modal = page.locator(".modal", { has: page.locator(".reconnect-event-detail") });
		await expect(modal.locator(".modal-title").textContent()).resolves.toBe("Promotion: Lena Vogel");
		await expect(modal.locator(".reconnect-event-date").inputValue()).resolves.toBe(TODAY);
		await detailHasFocus(modal);
		await modal.locator(".reconnect-event-detail").fill("Head of Coaching at LadderWorks");
		await modal.getByRole("button", { name: "Record" }).click();
		await modal.waitFor({ state: "detached" });

		await eventually(async () => (await frontmatter(page, LENA))?.["recent-news"]).toEqual([`${TODAY} promotion: Head of Coaching at LadderWorks`]);
		await eventually(() => notices(page)).toContain(`Recorded for Lena Vogel: promotion (${TODAY} promotion: Head of Coaching at LadderWorks). Undo`);
		// The view re-renders ~250 ms after the change: no reload, no reopening.
		await eventually(() => bandOf(page, "Lena Vogel")).toBe("Congratulate");
		await expect(row(page, "Lena Vogel").locator(".reconnect-chip-news").textContent()).resolves.toBe("Promotion");
		await expect(row(page, "Lena Vogel").locator(".reconnect-reason").textContent()).resolves.toBe("Promoted: Head of Coaching at LadderWorks — today");
		// Every other property and the body are kept.
		const note = (await readNote(page, LENA)) ?? "";
		expect(note).toContain('introduced-by: "[[Grace Mwangi]]"');
		expect(note).toContain("\n# Lena Vogel\n\nIndependent coach who helps companies design engineering career ladders.");

		await row(page, "Lena Vogel").getByRole("button", { name: /^Draft/ }).click();
		await eventually(() => readNote(page, `Daily/${TODAY}.md`)).toContain("- [ ] Reconnect with [[Lena Vogel]] — congratulate on the promotion\n");
		expect(await readNote(page, `Daily/${TODAY}.md`)).toMatch(/\t> .*promotion/i);
	});

	it("refuses a date in the future and keeps the modal open", async () => {
		const { page } = await open();
		await openSidebar(page);
		await row(page, "Lena Vogel").locator(".reconnect-name").click();
		await eventually(() => activeFile(page)).toBe(LENA);
		await runCommand(page, "Tag life event…");
		await choose(page, "moved", /^Moved$/);
		const modal = page.locator(".modal", { has: page.locator(".reconnect-event-detail") });
		// The modal puts the cursor in Detail just after it opens; a user moves to Date once it has.
		await detailHasFocus(modal);
		await modal.locator(".reconnect-event-date").fill("2027-01-01");
		await modal.getByRole("button", { name: "Record" }).click();
		await expect(modal.getByRole("alert").textContent()).resolves.toBe("That date is in the future. Record news once it has happened.");
		await expect(modal.isVisible()).resolves.toBe(true);
		await modal.getByRole("button", { name: "Cancel" }).click();
		await modal.waitFor({ state: "detached" });
		expect((await frontmatter(page, LENA))?.["recent-news"]).toBeUndefined();
	});
});
