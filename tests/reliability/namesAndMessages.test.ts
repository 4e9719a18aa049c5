/**
 * Promises of the command line about which note a name means, and about what it says when it
 * cannot do something: an exact path always selects its note, twins are told apart, and errors
 * name the real problem.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runInProcess, type InProcessResult } from "../cli/inProcess";
import { describeFsError } from "../../src/cli/vaultFiles";

let vault: string;
beforeEach(async () => {
	vault = await mkdtemp(join(tmpdir(), "reconnect-names-"));
	await mkdir(join(vault, "People"));
});
afterEach(async () => {
	await rm(vault, { recursive: true, force: true });
});

const run = (...args: string[]): Promise<InProcessResult> => runInProcess(vault, args);

const note = (lastContact: string): string => `---\ntags: [person]\nlast-contact: ${lastContact}\n---\n`;

describe("notes whose names differ only by case or by accent encoding", () => {
	const NFC = "Zoë Müller".normalize("NFC");
	const NFD = "Zoë Müller".normalize("NFD");

	beforeEach(async () => {
		await writeFile(join(vault, "People/Hannah Schmidt.md"), note("2026-01-01"));
		await writeFile(join(vault, "People/hannah schmidt.md"), note("2026-02-01"));
		await writeFile(join(vault, `People/${NFC}.md`), note("2026-03-01"));
		await writeFile(join(vault, `People/${NFD}.md`), note("2026-04-01"));
	});

	it("an exact path selects that note, with or without .md", async () => {
		const lower = await run("contacted", "People/hannah schmidt.md");
		expect(lower.code).toBe(0);
		expect(await readFile(join(vault, "People/hannah schmidt.md"), "utf8")).toContain("last-contact: 2026-11-25");
		expect(await readFile(join(vault, "People/Hannah Schmidt.md"), "utf8")).toContain("last-contact: 2026-01-01");

		expect((await run("contacted", `People/${NFD}`)).code).toBe(0);
		expect(await readFile(join(vault, `People/${NFD}.md`), "utf8")).toContain("last-contact: 2026-11-25");
		expect(await readFile(join(vault, `People/${NFC}.md`), "utf8")).toContain("last-contact: 2026-03-01");
	});

	it("a name that matches twins lists their paths, and says which accents are decomposed", async () => {
		const hannah = await run("contacted", "Hannah Schmidt");
		expect(hannah.code).toBe(1);
		expect(hannah.err).toContain("could be several contacts; name one by its exact path:\n  People/Hannah Schmidt.md\n  People/hannah schmidt.md");
		const zoe = await run("show", "zoe muller");
		expect(zoe.code).toBe(1);
		expect(zoe.err).toContain(`People/${NFC}.md  (accents composed, NFC)`);
		expect(zoe.err).toContain(`People/${NFD}.md  (accents decomposed, NFD: People/Zoe\\u0308 Mu\\u0308ller.md)`);
	});
});

describe("option values", () => {
	beforeEach(async () => {
		await writeFile(join(vault, "People/Ann Lee.md"), note("2026-01-01"));
	});

	it("a detail may start with dashes", async () => {
		const result = await run("tag", "Ann Lee", "award", "--detail", "--x marks the spot");
		expect(result.code).toBe(0);
		expect(await readFile(join(vault, "People/Ann Lee.md"), "utf8")).toContain("award: --x marks the spot");
	});

	it.each([[""], [" "], ["-1"], ["2.5"], ["ten"]])("--limit '%s' is a usage error, not 0", async (limit) => {
		const result = await run("rank", "--limit", limit);
		expect(result.code).toBe(1);
		expect(result.err).toContain(`--limit must be a whole number, not '${limit}'`);
	});

	it("other options still need a value of their own", async () => {
		const result = await run("rank", "--limit", "--json");
		expect(result.code).toBe(1);
		expect(result.err).toContain("--limit needs a value");
	});
});

describe("file errors in words", () => {
	const denied = Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" });
	it("a permission error says what was refused: reading or writing", () => {
		expect(describeFsError(denied)).toBe("is not readable (permission denied)");
		expect(describeFsError(denied, "writing")).toBe("is not writable (permission denied)");
		expect(describeFsError(Object.assign(new Error("x"), { code: "EPERM" }), "writing")).toBe("is not writable (permission denied)");
	});
});

describe("a life event written by tag reads back as news", () => {
	it.each([["VP Engineering at Acme"], ["VP: Engineering, at \"Acme\" #1"], [""]])("detail %j", async (detail) => {
		await writeFile(join(vault, "People/Ann Lee.md"), note("2025-01-01"));
		expect((await run("tag", "Ann Lee", "promotion", "--detail", detail)).code).toBe(0);
		const shown = JSON.parse((await run("show", "Ann Lee", "--json")).out) as { band: string; reasons: string[]; warnings: string[] };
		expect(shown.band).toBe("congratulate");
		expect(shown.warnings).toEqual([]);
		if (detail) expect(shown.reasons[0]).toContain(detail.replace(/\s+/g, " "));
	});
});
