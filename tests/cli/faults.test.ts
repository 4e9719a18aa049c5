/**
 * A write that fails leaves the vault as it was: the note untouched, no temporary file behind,
 * and an exit code and message that say what happened. Faults are injected into the file system
 * calls the command line makes, since a root test machine ignores read-only permissions.
 */
import * as fsp from "node:fs/promises";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { runInProcess, type InProcessResult } from "./inProcess";
import { copyOfExampleVault, snapshot } from "./helpers";

type Fault = { on: "open" | "write" | "rename" | "link"; code?: string; before?: () => Promise<void> };
const faults: Fault[] = [];

function failure(code: string): Error & { code?: string } {
	const error: Error & { code?: string } = new Error(`${code}: injected`);
	error.code = code;
	return error;
}

async function trigger(on: Fault["on"]): Promise<void> {
	const index = faults.findIndex((fault) => fault.on === on);
	if (index < 0) return;
	const [fault] = faults.splice(index, 1);
	await fault?.before?.();
	if (fault?.code) throw failure(fault.code);
}

vi.mock("node:fs/promises", async (importOriginal) => {
	const real = await importOriginal<typeof fsp>();
	return {
		...real,
		open: async (...args: Parameters<typeof real.open>) => {
			await trigger("open");
			const handle = await real.open(...args);
			const writeFileReal = handle.writeFile.bind(handle);
			handle.writeFile = async (...writeArgs: Parameters<typeof handle.writeFile>) => {
				await trigger("write");
				return writeFileReal(...writeArgs);
			};
			return handle;
		},
		rename: async (...args: Parameters<typeof real.rename>) => {
			await trigger("rename");
			return real.rename(...args);
		},
		link: async (...args: Parameters<typeof real.link>) => {
			await trigger("link");
			return real.link(...args);
		},
	};
});

let vault: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
	faults.length = 0;
	({ dir: vault, cleanup } = await copyOfExampleVault());
});
afterEach(async () => {
	await cleanup();
});

const run = (...args: string[]): Promise<InProcessResult> => runInProcess(vault, args);

async function temporaryFiles(): Promise<string[]> {
	const found: string[] = [];
	const walk = async (folder: string): Promise<void> => {
		for (const entry of await readdir(folder, { withFileTypes: true })) {
			if (entry.isDirectory()) await walk(join(folder, entry.name));
			else if (entry.name.includes("reconnect-tmp")) found.push(entry.name);
		}
	};
	await walk(vault);
	return found;
}

describe("a failed write changes nothing", () => {
	it.each<[string, Fault, RegExp]>([
		["the disk is full", { on: "write", code: "ENOSPC" }, /the disk is full; nothing was changed/],
		["the file system is read-only", { on: "open", code: "EROFS" }, /read-only file system; nothing was changed/],
		["permission is denied", { on: "rename", code: "EACCES" }, /permission denied\); nothing was changed/],
	])("when %s", async (_label, fault, message) => {
		const before = await snapshot(vault);
		faults.push(fault);
		const result = await run("contacted", "Hannah Schmidt");
		expect(result.code).toBe(3);
		expect(result.err).toMatch(message);
		expect(await snapshot(vault)).toEqual(before);
		expect(await temporaryFiles()).toEqual([]);
	});

	it("when the note changes on disk between reading and writing, the other edit wins", async () => {
		const path = join(vault, "People", "Hannah Schmidt.md");
		const edited = `${await readFile(path, "utf8")}\nA line typed in the editor meanwhile.\n`;
		// The editor saves while Reconnect writes its temporary file.
		faults.push({ on: "write", before: () => writeFile(path, edited) });
		const result = await run("tag", "Hannah Schmidt", "award");
		expect(result.code).toBe(3);
		expect(result.err).toMatch(/changed on disk while Reconnect was writing; nothing was changed/);
		expect(await readFile(path, "utf8")).toBe(edited);
		expect(await temporaryFiles()).toEqual([]);
	});

	it("when today's daily note appears while Reconnect creates it, the other note is kept", async () => {
		const path = join(vault, "Daily", "2026-11-25.md");
		faults.push({ on: "link", before: () => writeFile(path, "Written by another app.\n") });
		const result = await run("draft", "Lena Vogel", "--insert");
		expect(result.code).toBe(3);
		expect(result.err).toMatch(/Daily\/2026-11-25\.md appeared while Reconnect was working; nothing was changed/);
		expect(await readFile(path, "utf8")).toBe("Written by another app.\n");
		expect(await temporaryFiles()).toEqual([]);
	});

	it("and a write that succeeds leaves no temporary file either", async () => {
		const result = await run("contacted", "Hannah Schmidt");
		expect(result.code).toBe(0);
		expect(await temporaryFiles()).toEqual([]);
		expect(await readFile(join(vault, "People", "Hannah Schmidt.md"), "utf8")).toMatch(/^last_contact: 2026-11-25$/m);
	});
});
