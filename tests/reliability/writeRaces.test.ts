/**
 * The races of concurrent writers, made to happen every time: a hook runs just before the
 * command line replaces a note (after its last look at it), where another writer can slip in.
 */
import * as fsp from "node:fs/promises";
import { appendFile, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { runCli } from "../../src/cli/main";
import { copyOfExampleVault } from "../cli/helpers";

/** Runs once, just before the next rename of a note. */
let beforeRename: (() => Promise<void>) | null = null;

vi.mock("node:fs/promises", async (importOriginal) => {
	const real = await importOriginal<typeof fsp>();
	return {
		...real,
		rename: async (...args: Parameters<typeof real.rename>) => {
			const hook = beforeRename;
			beforeRename = null;
			await hook?.();
			return real.rename(...args);
		},
	};
});

let vault: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
	beforeRename = null;
	({ dir: vault, cleanup } = await copyOfExampleVault());
});
afterEach(async () => {
	await cleanup();
});

async function run(...args: string[]): Promise<{ code: number; err: string }> {
	let err = "";
	const code = await runCli([...args, "--vault", vault, "--today", "2026-11-25"], {
		out: () => undefined,
		err: (text) => (err += `${text}\n`),
		now: () => new Date(2026, 10, 25, 10, 0),
		defaultVault: vault,
	});
	return { code, err };
}

const hannah = () => join(vault, "People", "Hannah Schmidt.md");

describe("two runs of Reconnect on one note", () => {
	it("the second waits for the first: both report success, and both changes are in the note", async () => {
		let second: Promise<{ code: number; err: string }> | null = null;
		// The first run is about to replace the note; the second starts now.
		beforeRename = async () => {
			second = run("tag", "Hannah Schmidt", "award", "--detail", "Second");
			await new Promise((resolve) => setTimeout(resolve, 150));
		};
		const first = await run("tag", "Hannah Schmidt", "award", "--detail", "First");
		const other = await (second as unknown as Promise<{ code: number; err: string }>);
		expect([first.code, other.code]).toEqual([0, 0]);
		const note = await readFile(hannah(), "utf8");
		expect(note).toContain("First");
		expect(note).toContain("Second");
	});
});

describe("another program saving the note at the last moment", () => {
	it("a line it appends is kept, after this run's change, and the run succeeds", async () => {
		beforeRename = () => appendFile(hannah(), "A line saved by another app.\n");
		const result = await run("tag", "Hannah Schmidt", "award", "--detail", "Mine");
		const note = await readFile(hannah(), "utf8");
		expect(result.code, result.err).toBe(0);
		expect(note).toContain("Mine");
		expect(note.endsWith("A line saved by another app.\n")).toBe(true);
	});

	it("a note it rewrites keeps its version, and the run changes nothing and says so", async () => {
		beforeRename = () => writeFile(hannah(), "Rewritten by another app.\n");
		const result = await run("tag", "Hannah Schmidt", "award", "--detail", "Mine");
		expect(result.code).toBe(3);
		expect(result.err).toMatch(/changed on disk while Reconnect was writing; the other change was kept and nothing was changed/);
		expect(await readFile(hannah(), "utf8")).toBe("Rewritten by another app.\n");
	});
});
