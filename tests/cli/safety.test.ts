/** The command line never reads or writes outside --vault, whatever names, settings or links say. */
import { mkdtemp, readFile, rm, symlink, writeFile, mkdir, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { copyOfExampleVault, runReconnect, snapshot } from "./helpers";

let vault: string;
let outside: string;
let cleanup: () => Promise<void>;

beforeEach(async () => {
	({ dir: vault, cleanup } = await copyOfExampleVault());
	outside = await mkdtemp(join(tmpdir(), "reconnect-outside-"));
	await writeFile(join(outside, "Secret.md"), "---\ntags: [person]\nlast-contact: 2020-01-01\n---\nNot in the vault.\n");
});
afterEach(async () => {
	await cleanup();
	await rm(outside, { recursive: true, force: true });
});

const run = (...args: string[]) => runReconnect([...args, "--vault", vault, "--today", "2026-11-25"]);

describe("staying inside the vault", () => {
	it.each([["../outside/Secret.md"], ["/etc/passwd"], ["People/../../Secret"]])("refuses the path %s", async (query) => {
		const result = await run("contacted", query);
		expect(result.code).toBe(1);
		expect(result.stderr).toMatch(/paths must stay inside the vault/);
	});

	it("does not read a note that a symbolic link brings in from outside", async () => {
		await symlink(join(outside, "Secret.md"), join(vault, "People", "Secret.md"));
		const ranked = JSON.parse((await run("rank", "--json")).stdout) as { path: string }[];
		expect(ranked.map((entry) => entry.path)).not.toContain("People/Secret.md");
		const result = await run("contacted", "Secret");
		expect(result.code).toBe(1);
		expect(await readFile(join(outside, "Secret.md"), "utf8")).toMatch(/last-contact: 2020-01-01/);
	});

	it("refuses to write through a daily-notes folder that links outside", async () => {
		await rm(join(vault, "Daily"), { recursive: true });
		await symlink(outside, join(vault, "Daily"));
		const result = await run("draft", "Lena Vogel", "--insert");
		expect(result.code).toBe(1);
		expect(result.stderr).toMatch(/leads outside the vault through a symbolic link/);
		expect(await readdir(outside)).toEqual(["Secret.md"]);
	});

	it("refuses a daily-note template outside the vault", async () => {
		await writeFile(join(vault, ".obsidian", "daily-notes.json"), JSON.stringify({ folder: "Daily", template: "../outside/Template" }));
		const before = await snapshot(vault);
		const result = await run("draft", "Lena Vogel", "--insert");
		expect(result.code).toBe(1);
		expect(result.stderr).toMatch(/paths must stay inside the vault/);
		expect(await snapshot(vault)).toEqual(before);
	});

	it("will not replace a note that is a symbolic link, even to a note inside the vault", async () => {
		await mkdir(join(vault, "Links"));
		await symlink(join(vault, "People", "Lena Vogel.md"), join(vault, "Links", "Lena.md"));
		const before = await readFile(join(vault, "People", "Lena Vogel.md"), "utf8");
		const result = await run("contacted", "Links/Lena.md");
		expect(result.code).toBe(3);
		expect(result.stderr).toMatch(/is a symbolic link/);
		expect(await readFile(join(vault, "People", "Lena Vogel.md"), "utf8")).toBe(before);
	});
});
