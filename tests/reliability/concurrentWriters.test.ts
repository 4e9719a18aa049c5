/**
 * Several writers at once: runs of the command line in parallel, and another program appending
 * to a note while Reconnect writes it. Every write a run reports as done is in the note
 * afterwards, and no line another program wrote is lost.
 */
import { spawn } from "node:child_process";
import { appendFile, readFile, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { BIN, copyOfExampleVault, runReconnect } from "../cli/helpers";

interface Run {
	code: number | null;
	stdout: string;
	stderr: string;
}

function reconnect(args: readonly string[]): Promise<Run> {
	return new Promise((resolve) => {
		const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, TZ: "UTC" } });
		let stdout = "";
		let stderr = "";
		child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
		child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
		child.on("close", (code) => resolve({ code, stdout, stderr }));
	});
}

let vault: string;
let cleanup: () => Promise<void>;
const at = (...args: string[]) => [...args, "--vault", vault, "--today", "2026-11-25"];

beforeAll(async () => {
	// Builds the command line once, before runs start in parallel.
	await runReconnect(["--help"]);
});
beforeEach(async () => {
	({ dir: vault, cleanup } = await copyOfExampleVault());
});
afterEach(async () => {
	await cleanup();
});

async function leftovers(): Promise<string[]> {
	const names = await readdir(join(vault, "People"));
	const daily = await readdir(join(vault, "Daily"));
	return [...names, ...daily].filter((name) => name.includes("reconnect-lock") || name.includes("reconnect-tmp"));
}

describe("runs of the command line in parallel", () => {
	it("keeps every life event that a run reported as added", async () => {
		const runs = await Promise.all(Array.from({ length: 12 }, (_, i) => reconnect(at("tag", "Hannah Schmidt", "award", "--detail", `Detail ${i}`))));
		const note = await readFile(join(vault, "People", "Hannah Schmidt.md"), "utf8");
		const added = runs.flatMap((run, i) => (run.code === 0 ? [i] : []));
		for (const run of runs) expect([0, 3], run.stderr).toContain(run.code);
		expect(added.length).toBeGreaterThan(0);
		for (const i of added) expect(note).toContain(`Detail ${i}`);
		// A run that gave up said why.
		for (const run of runs.filter((candidate) => candidate.code === 3)) expect(run.stderr).toMatch(/another run of Reconnect|changed on disk/);
		expect(await leftovers()).toEqual([]);
	});

	it("puts every draft a run reported as added into today's daily note, created once", async () => {
		const names = ["Lena Vogel", "Zoë Müller", "Hannah Schmidt", "Priya Natarajan", "Rafael Costa", "Daniel Okafor", "Tomás Herrera", "Marcus Webb"];
		const runs = await Promise.all(names.map((name) => reconnect(at("draft", name, "--insert"))));
		const note = await readFile(join(vault, "Daily", "2026-11-25.md"), "utf8");
		names.forEach((name, i) => {
			const run = runs[i];
			expect([0, 3], run?.stderr).toContain(run?.code);
			if (run?.code === 0 && /Added to/.test(run.stderr)) expect(note).toContain(`Reconnect with [[${name}]]`);
		});
		expect(runs.filter((run) => /Added to/.test(run.stderr)).length).toBe(note.match(/- \[ \] Reconnect with /g)?.length);
		// Created once, from the template: one front matter block.
		expect(note.match(/^---$/gm)).toHaveLength(2);
		expect(await leftovers()).toEqual([]);
	});

	it("waits for a run that holds the note, and takes over a lock its owner left behind", async () => {
		const lock = join(vault, "People", ".Hannah Schmidt.md.reconnect-lock");
		// A lock from a run that is gone (no such process).
		await writeFile(lock, "999999 deadbeef\n");
		const run = await reconnect(at("contacted", "Hannah Schmidt"));
		expect(run.code, run.stderr).toBe(0);
		expect(await readFile(join(vault, "People", "Hannah Schmidt.md"), "utf8")).toMatch(/^last_contact: 2026-11-25$/m);
		expect(await leftovers()).toEqual([]);
	});

	it("gives up after waiting for a lock that stays, with exit 3 and nothing changed", async () => {
		const lock = join(vault, "People", ".Hannah Schmidt.md.reconnect-lock");
		// Held by this test's own process, which is alive.
		await writeFile(lock, `${process.pid} held\n`);
		const before = await readFile(join(vault, "People", "Hannah Schmidt.md"), "utf8");
		const run = await reconnect(at("contacted", "Hannah Schmidt"));
		expect(run.code).toBe(3);
		expect(run.stderr).toMatch(/Hannah Schmidt\.md is being changed by another run of Reconnect; waited 5 s, nothing was changed/);
		expect(await readFile(join(vault, "People", "Hannah Schmidt.md"), "utf8")).toBe(before);
	}, 20_000);
});

describe("another program writing at the same time", () => {
	it("loses none of the lines it appends while Reconnect writes the note", async () => {
		const path = join(vault, "People", "Hannah Schmidt.md");
		let appending = true;
		let appended = 0;
		const appender = (async () => {
			while (appending) {
				await appendFile(path, `appended line ${appended}\n`);
				appended++;
				await new Promise((resolve) => setTimeout(resolve, 3));
			}
		})();
		const runs: Run[] = [];
		for (let i = 0; i < 12; i++) runs.push(await reconnect(at("tag", "Hannah Schmidt", "award", "--detail", `Detail ${i}`)));
		appending = false;
		await appender;
		const note = await readFile(path, "utf8");
		for (let i = 0; i < appended; i++) expect(note).toContain(`appended line ${i}\n`);
		runs.forEach((run, i) => {
			expect([0, 3], run.stderr).toContain(run.code);
			if (run.code === 0) expect(note).toContain(`Detail ${i}`);
		});
		expect(appended).toBeGreaterThan(20);
	});
});

describe("a note that is not UTF-8", () => {
	it("is refused with exit 3, and not one byte changes", async () => {
		const path = join(vault, "People", "Hannah Schmidt.md");
		const original = await readFile(path);
		const latin1 = Buffer.concat([original, Buffer.from("Caf\xe9 au lait, \xff\n", "latin1")]);
		await writeFile(path, latin1);
		for (const args of [["contacted", "Hannah Schmidt"], ["tag", "Hannah Schmidt", "award"]]) {
			const run = await reconnect(at(...args));
			expect(run.code).toBe(3);
			expect(run.stderr).toMatch(/Hannah Schmidt\.md is not UTF-8 text \(line \d+\).*nothing was changed/);
			expect((await readFile(path)).equals(latin1)).toBe(true);
		}
	});
});
