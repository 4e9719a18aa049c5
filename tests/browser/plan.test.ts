/**
 * The daily habit in the window: today's plan from the command palette lands in the daily note,
 * the weekly goal in the sidebar's header follows, and Undo in the notice takes the plan back.
 * Screenshots of the planned note with the sidebar, in both themes.
 */
import { mkdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { eventually, notices, openNote, openSidebar, readNote, row, runCommand, sidebar } from "./helpers";
import { setTheme } from "./page";
import { useReconnect } from "./setup";
import { TODAY } from "./vault";

const open = useReconnect();
const SHOTS = "artifacts/screenshots";
const DAILY = `Daily/${TODAY}.md`;
const SETTINGS = ".obsidian/plugins/reconnect/data.json";

const plannedIn = (text: string | null): string[] => [...(text ?? "").matchAll(/^- \[.\] Reconnect with \[\[([^\]|]+)/gm)].map((match) => match[1] ?? "");

describe("today's plan", () => {
	it("puts the top three with their drafts in today's note; a second run adds nothing; Undo takes it back", async () => {
		const { page } = await open({ viewport: { width: 1400, height: 1000 } });
		await openSidebar(page);
		const top = await sidebar(page).locator(".reconnect-row .reconnect-name").allTextContents();

		await runCommand(page, "Plan today's reach-outs");
		await eventually(async () => plannedIn(await readNote(page, DAILY))).toHaveLength(3);
		const text = (await readNote(page, DAILY)) ?? "";
		expect(plannedIn(text)).toEqual(top.slice(0, 3));
		expect(text.match(/^\t> (?:Hi|Hello|Hey|Dear) /gm)).toHaveLength(3);
		const said = (await notices(page)).at(-1) ?? "";
		expect(said).toMatch(new RegExp(`^Planned 3 reconnects \\(${top.slice(0, 3).join(", ")}\\) in ${TODAY}\\. Undo$`));

		await openNote(page, DAILY);
		await expect(page.locator(".mod-root .page-source-view").textContent()).resolves.toContain("## Reconnect");
		mkdirSync(SHOTS, { recursive: true });
		for (const theme of ["light", "dark"] as const) {
			await setTheme(page, theme);
			await page.screenshot({ path: `${SHOTS}/plan-in-daily-note-${theme}.png`, animations: "disabled" });
		}

		await runCommand(page, "Plan today's reach-outs");
		await eventually(async () => (await notices(page)).at(-1)).toMatch(/^Today's plan is complete/);
		expect(await readNote(page, DAILY)).toBe(text);

		await runCommand(page, "Undo last change");
		await eventually(async () => plannedIn(await readNote(page, DAILY))).toEqual([]);
		await eventually(async () => (await notices(page)).at(-1)).toMatch(/^Undone: Today's plan/);
	});

	it("the weekly goal in the header counts a Contacted click, and the notice's Undo takes it back", async () => {
		const { page } = await open({ files: { [SETTINGS]: JSON.stringify({ weeklyGoal: 3 }) } });
		await openSidebar(page);
		const goal = sidebar(page).locator(".reconnect-goal");
		await expect(goal.getByRole("progressbar", { name: "Weekly goal" }).count()).resolves.toBe(1);
		const count = async (): Promise<number> => Number(/^(\d+) of 3 this week/.exec((await goal.textContent()) ?? "")?.[1] ?? NaN);
		const before = await count();
		expect(before).toBeGreaterThanOrEqual(0);

		await row(page, "Priya Natarajan").getByRole("button", { name: "Mark Priya Natarajan as contacted today" }).click();
		await eventually(count).toBe(before + 1);
		mkdirSync(SHOTS, { recursive: true });
		// The notices would cover the header; the screenshot leaves them out.
		await page.locator(".mod-right-split").screenshot({ path: `${SHOTS}/weekly-goal-light.png`, animations: "disabled", style: ".notice-container { display: none; }" });

		await page.locator(".notice").filter({ hasText: "Marked Priya Natarajan as contacted today." }).getByRole("button", { name: "Undo" }).click();
		await eventually(count).toBe(before);
		await eventually(() => row(page, "Priya Natarajan").count()).toBe(1);
	});
});
