/** Hostile and disappearing input: names that are HTML, notes deleted while on screen. */
import { describe, expect, it } from "vitest";
import { bandOf, choose, deleteNote, eventually, openSidebar, readNote, row, runCommand, sidebar } from "./helpers";
import { useReconnect } from "./setup";
import { HOSTILE_NAME, hostileContact, TODAY } from "./vault";

const open = useReconnect();

describe("bad input", () => {
	it("shows a name that is HTML as text and runs nothing (sidebar, picker, draft)", async () => {
		const { page, problems } = await open({ files: hostileContact() });
		await openSidebar(page);
		const name = row(page, HOSTILE_NAME).locator(".reconnect-name");
		await expect(name.textContent()).resolves.toBe(HOSTILE_NAME);
		await expect(name.evaluate((el) => el.childElementCount)).resolves.toBe(0);
		await expect(page.locator("img").count()).resolves.toBe(0);

		await runCommand(page, "Draft message…");
		await choose(page, "img src", /^<img src=x onerror=alert\(1\)>/);
		await eventually(() => readNote(page, `Daily/${TODAY}.md`)).toContain(`Reconnect with [[Mallory]]`);
		await expect(page.locator("img").count()).resolves.toBe(0);
		// No alert() ran: the page's dialog listener would have recorded it.
		expect(problems).toEqual([]);
	});

	it("drops the row of a note deleted while it is on screen, without an error", async () => {
		const { page } = await open();
		await openSidebar(page);
		await expect(row(page, "Kenji Watanabe").isVisible()).resolves.toBe(true);

		await deleteNote(page, "People/Kenji Watanabe.md");
		await eventually(() => bandOf(page, "Kenji Watanabe")).toBeNull();
		await expect(sidebar(page).locator(".reconnect-counts").textContent()).resolves.toBe("20 to reach out to · 3 on track · 1 snoozed · 1 paused · 1 in memory");
		// Its warning left the problems list too.
		await expect(sidebar(page).locator(".reconnect-problems summary").textContent()).resolves.toBe("Notes with problems (5)");
	});

	it("a click on a row whose note was just deleted does nothing and throws nothing", async () => {
		const { page } = await open();
		await openSidebar(page);
		const contacted = row(page, "Priya Natarajan").getByRole("button", { name: /^Mark Priya Natarajan/ });
		await contacted.waitFor();
		// Delete and click in the same task, before the debounced re-render removes the row.
		await page.evaluate(async () => {
			const button = document.querySelector<HTMLButtonElement>('.reconnect-row[data-path="Work/Clients/Priya Natarajan.md"] button[data-action="contacted"]');
			if (!button) throw new Error("no Contacted button for Priya");
			await window.__harness.delete("Work/Clients/Priya Natarajan.md");
			button.click();
		});
		await eventually(() => bandOf(page, "Priya Natarajan")).toBeNull();
		expect(await readNote(page, "Work/Clients/Priya Natarajan.md")).toBeNull();
	});
});
