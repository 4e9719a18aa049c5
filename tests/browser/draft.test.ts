/** Flow 2: drafting a message from the command palette into today's daily note. */
import { describe, expect, it } from "vitest";
import { choose, eventually, notices, readNote, runCommand } from "./helpers";
import { useReconnect } from "./setup";
import { TODAY } from "./vault";

const open = useReconnect();
const DAILY = `Daily/${TODAY}.md`;

describe("running a command-palette draft", () => {
	it("puts the draft under ## Reconnect in today's daily note, created from the template", async () => {
		const { page } = await open();
		expect(await readNote(page, DAILY)).toBeNull();

		await runCommand(page, "Draft message…");
		await choose(page, "rafa", /^Rafael Costa/);

		await eventually(() => readNote(page, DAILY)).toContain("Reconnect with [[Rafael Costa]]");
		const text = (await readNote(page, DAILY)) ?? "";
		// From Templates/Daily.md: the title and the created date are filled in.
		expect(text).toMatch(new RegExp(`^---\\ncreated: "${TODAY}"\\n---\\n# ${TODAY}\\n\\n## Log\\n`));
		const block = /\n## Reconnect\n- \[ \] Reconnect with \[\[Rafael Costa\]\] — congratulate on the new job\n\t- Last time \(2026-07-15\): Lunch with Rafa at Mädchenitaliener\.[^\n]*\n((?:\t>(?: .*)?\n?)+)$/.exec(text);
		expect(block, text).not.toBeNull();
		const quote = (block?.[1] ?? "").split("\n").filter(Boolean);
		expect(quote.length).toBeGreaterThan(3);
		expect(quote[0]).toMatch(/^\t> (Hi|Hello|Hey|Dear) Rafael,$/);
		expect(quote.join("\n")).toMatch(/congratulations/i);
		expect(quote).toContain("\t> Alex");
		// Rafael has an e-mail address: the block ends with a prefilled mailto link.
		expect(quote.join("\n")).toMatch(/your new job as staff engineer at Stripe/);
		expect(quote.at(-1)).toMatch(/^\t> \[Send by e-mail\]\(mailto:rafael\.costa@proton\.me\?subject=[^&]+&body=/);
		await eventually(() => notices(page)).toContain(`Draft for Rafael Costa added to ${TODAY} (new daily note). Undo`);
	});

	it("adds nothing when the same person is drafted again the same day, and says so", async () => {
		const { page } = await open();
		await runCommand(page, "Draft message…");
		await choose(page, "rafa", /^Rafael Costa/);
		await eventually(() => readNote(page, DAILY)).toContain("Reconnect with [[Rafael Costa]]");
		const first = await readNote(page, DAILY);

		await runCommand(page, "Draft message…");
		await choose(page, "rafa", /^Rafael Costa/);
		await eventually(() => notices(page)).toContain(`${TODAY} already has a draft for Rafael Costa; nothing was added. Open it`);
		expect(await readNote(page, DAILY)).toBe(first);
		await expect(page.locator(".notice", { hasText: "already has a draft for Rafael Costa" }).isVisible()).resolves.toBe(true);
	});

	it("lists the most fading contacts first in the picker, with band and reason", async () => {
		const { page } = await open();
		await runCommand(page, "Draft message…");
		const items = page.locator(".modal.prompt .suggestion-item");
		await items.first().waitFor();
		const texts = await items.allTextContents();
		expect(texts[0]).toBe("Tom BeckerHard news · Private news in the note — undated, noted today");
		expect(texts[4]).toBe("Rafael CostaCongratulate · Started a new job: Staff engineer at Stripe — 7 days ago");
		expect(texts[9]).toMatch(/^Zoë MüllerFading · /);
		expect(texts.join("\n")).not.toMatch(/Walter/);
		await page.keyboard.press("Escape");
		await page.locator(".modal.prompt").waitFor({ state: "detached" });
	});
});
