/** Never backwards in the command line, and a value keeps the quotes it was written with. */
import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { copyOfExampleVault, runReconnect } from "../cli/helpers";

let vault: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
	({ dir: vault, cleanup } = await copyOfExampleVault());
});
afterEach(async () => {
	await cleanup();
});
const run = (...args: string[]) => runReconnect([...args, "--vault", vault]);

describe("the command line", () => {
	it("adds today to a list with a future date, says it kept that date, and the reader sees today", async () => {
		const path = join(vault, "People", "Future Fiona.md");
		await writeFile(path, "---\ntags: [person]\nlast-contact: [2025-01-01, 2030-01-01]\n---\n");
		const first = await run("contacted", "Future Fiona", "--today", "2026-11-25");
		expect(first.code).toBe(0);
		expect(first.stdout).toMatch(/Set last-contact: 2026-11-25 on People\/Future Fiona\.md; kept 2030-01-01, which is in the future\./);
		const shown = JSON.parse((await run("show", "Future Fiona", "--json", "--today", "2026-11-25")).stdout) as { lastContact: string | null };
		expect(shown.lastContact).toBe("2026-11-25");
		const again = await run("contacted", "Future Fiona", "--today", "2026-11-25");
		expect(again.stdout).toMatch(/already in touch on 2026-11-25; nothing was changed/);
		expect(await readFile(path, "utf8")).toBe("---\ntags: [person]\nlast-contact: [2025-01-01, 2030-01-01, 2026-11-25]\n---\n");
	});

	it("never moves last-contact backwards with an earlier --today", async () => {
		const path = join(vault, "People", "Zoë Müller.md");
		const before = await readFile(path, "utf8");
		const result = await run("contacted", "Zoë Müller", "--today", "2026-06-01");
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(/already in touch on 2026-10-28; nothing was changed/);
		expect(await readFile(path, "utf8")).toBe(before);
	});

	it("keeps a quoted value quoted", async () => {
		const path = join(vault, "People", "Quoted Quinn.md");
		await writeFile(path, "---\ntags: [person]\nlast-contact: \"2026-01-01\"\n---\n");
		expect((await run("contacted", "Quoted Quinn", "--today", "2026-11-25")).code).toBe(0);
		expect(await readFile(path, "utf8")).toBe("---\ntags: [person]\nlast-contact: \"2026-11-25\"\n---\n");
	});

	it("reads and writes the properties of a note that starts with a byte-order mark, keeping the mark", async () => {
		const path = join(vault, "People", "Bom Bea.md");
		await writeFile(path, "\ufeff---\ntags: [person]\nlast-contact: 2025-01-01\n---\nBody.\n");
		const shown = JSON.parse((await run("show", "Bom Bea", "--json", "--today", "2026-11-25")).stdout) as { lastContact: string | null };
		expect(shown.lastContact).toBe("2025-01-01");
		expect((await run("contacted", "Bom Bea", "--today", "2026-11-25")).code).toBe(0);
		expect(await readFile(path, "utf8")).toBe("\ufeff---\ntags: [person]\nlast-contact: 2026-11-25\n---\nBody.\n");
	});

	it("says why it cannot read properties written with carriage returns alone, and writes nothing", async () => {
		const path = join(vault, "People", "Cr Carl.md");
		const text = "---\rtags: [person]\rlast-contact: 2025-01-01\r---\r";
		await writeFile(path, text);
		const ranked = await run("rank", "--today", "2026-11-25");
		expect(ranked.stdout).toMatch(/People\/Cr Carl\.md: frontmatter: its lines end with a carriage return alone/);
		const result = await run("contacted", "Cr Carl", "--today", "2026-11-25");
		expect(result.code).toBe(1);
		expect(result.stderr).toMatch(/carriage return alone.*nothing was changed/);
		expect(await readFile(path, "utf8")).toBe(text);
	});

	it("writes no link that would lead anywhere but the intended note", async () => {
		await writeFile(join(vault, "People", "Evil]] and [[Zoë Müller.md"), "---\ntags: [person]\nlast-contact: 2025-01-01\n---\n");
		const result = await run("draft", "People/Evil]] and [[Zoë Müller.md", "--insert", "--today", "2026-11-25");
		expect(result.code).toBe(1);
		expect(result.stderr).toMatch(/has characters a link cannot hold .* nothing was written/);
		await expect(readFile(join(vault, "Daily", "2026-11-25.md"), "utf8")).rejects.toThrow();
	});

	it("refuses to change a note nested thousands of levels deep, with one line and no stack trace", async () => {
		const deep = `x: ${"[".repeat(1500)}${"]".repeat(1500)}`;
		await writeFile(join(vault, "People", "Deep Dana.md"), `---\ntags: [person]\nlast-contact: 2025-01-01\n${deep}\n---\n`);
		const result = await run("contacted", "Deep Dana", "--today", "2026-11-25");
		expect(result.code).toBe(1);
		expect(result.stderr).toMatch(/nested too deeply.*nothing was changed/);
		expect(result.stderr).not.toMatch(/\n\s+at /);
		expect((await run("rank", "--today", "2026-11-25")).stdout).toMatch(/Deep Dana/);
	});

	it.each([
		["the daily note", "Daily/2026-11-25.md", ["draft", "Lena Vogel", "--insert"], 3],
		["the daily-notes setting", ".obsidian/daily-notes.json", ["rank"], 2],
	])("does not wait forever on a named pipe in place of %s", async (_what, path, args, code) => {
		const { execFileSync } = await import("node:child_process");
		await rm(join(vault, path), { force: true });
		execFileSync("mkfifo", [join(vault, path)]);
		const result = await run(...args, "--today", "2026-11-25");
		expect(result.code).toBe(code);
		expect(result.stderr).toMatch(/is not a regular file \(a pipe, a device or a folder\)/);
	});

	it("logs the contact under ## Log when the setting is on, once a day", async () => {
		const settings = join(vault, ".obsidian", "plugins", "reconnect", "data.json");
		const data = JSON.parse(await readFile(settings, "utf8")) as Record<string, unknown>;
		await writeFile(settings, JSON.stringify({ ...data, logOnContact: true }));
		const first = await run("contacted", "Lena Vogel", "--today", "2026-11-25");
		expect(first.stdout).toMatch(/Logged 2026-11-25 under ## Log in People\/Lena Vogel\.md\./);
		await run("contacted", "Lena Vogel", "--today", "2026-11-25");
		const note = await readFile(join(vault, "People", "Lena Vogel.md"), "utf8");
		expect(note.match(/^- 2026-11-25 contacted$/gm)).toHaveLength(1);
		expect(note).toMatch(/\n## Log\n- 2026-11-25 contacted\n$/);
	});
});
