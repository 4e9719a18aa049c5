/**
 * Files and folders the command line may not read. Tests often run as root, for whom permissions
 * do not apply, so the file system here refuses the paths a test lists, as a real one would with
 * EACCES.
 */
import * as fs from "node:fs";
import * as fsp from "node:fs/promises";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { runInProcess, type InProcessResult } from "../cli/inProcess";

/** Paths (ends of) that cannot be read in this test. */
let denied: string[] = [];
const deny = (path: unknown): void => {
	if (denied.some((end) => String(path).endsWith(end))) throw Object.assign(new Error(`EACCES: permission denied, open '${String(path)}'`), { code: "EACCES" });
};

vi.mock("node:fs", async (importOriginal) => {
	const real = await importOriginal<typeof fs>();
	return {
		...real,
		readdirSync: ((path: fs.PathLike, ...rest: unknown[]) => {
			deny(path);
			return (real.readdirSync as (...args: unknown[]) => unknown)(path, ...rest);
		}) as typeof real.readdirSync,
		readFileSync: ((path: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
			deny(path);
			return (real.readFileSync as (...args: unknown[]) => unknown)(path, ...rest);
		}) as typeof real.readFileSync,
	};
});
vi.mock("node:fs/promises", async (importOriginal) => {
	const real = await importOriginal<typeof fsp>();
	return {
		...real,
		readFile: ((path: fs.PathLike, ...rest: unknown[]) => {
			deny(path);
			return (real.readFile as (...args: unknown[]) => unknown)(path, ...rest);
		}) as typeof real.readFile,
	};
});

let vault: string;
beforeEach(async () => {
	denied = [];
	vault = await mkdtemp(join(tmpdir(), "reconnect-unreadable-"));
	await mkdir(join(vault, "People"));
	await writeFile(join(vault, "People/Ann Lee.md"), "---\ntags: [person]\nlast-contact: 2026-01-01\n---\n");
});
afterEach(async () => {
	await rm(vault, { recursive: true, force: true });
});

const run = (...args: string[]): Promise<InProcessResult> => runInProcess(vault, args);

describe("what cannot be read is said, and the rest works", () => {
	it("an unreadable contact note is named as unreadable, not as 'not a contact note'", async () => {
		await writeFile(join(vault, "People/Denied Person.md"), "---\ntags: [person]\n---\n");
		denied = ["Denied Person.md"];
		const result = await run("contacted", "People/Denied Person.md");
		expect(result.code).toBe(2);
		expect(result.err).toContain("People/Denied Person.md could not be read: it is not readable (permission denied)");
		expect(result.err).not.toContain("not a contact note");
	});

	it("an unreadable folder is warned about in the ranking, and the other notes are ranked", async () => {
		await mkdir(join(vault, "Denied"));
		await writeFile(join(vault, "Denied/Bob.md"), "---\ntags: [person]\n---\n");
		denied = ["/Denied"];
		const result = await run("rank");
		expect(result.code).toBe(0);
		expect(result.out).toContain("Ann Lee");
		expect(result.out).toContain("the folder Denied is not readable (permission denied), so its notes were left out");
	});

	it("an unreadable settings file is warned about, and the defaults apply", async () => {
		await mkdir(join(vault, ".obsidian/plugins/reconnect"), { recursive: true });
		await writeFile(join(vault, ".obsidian/plugins/reconnect/data.json"), JSON.stringify({ weeklyGoal: 3 }));
		denied = ["data.json"];
		const result = await run("rank");
		expect(result.code).toBe(0);
		expect(result.out).toContain("Ann Lee");
		expect(result.out).toContain(".obsidian/plugins/reconnect/data.json is not readable (permission denied), so Reconnect uses the defaults it would use without it");
	});
});
