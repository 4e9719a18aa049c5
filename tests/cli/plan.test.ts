/**
 * `reconnect plan`: the plugin's plan rule on the command line — the top N of the list, as many as
 * today's note is missing, printed or inserted in one write, never twice.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { changedFiles, copyOfExampleVault, readNote, runReconnect, snapshot } from "./helpers";

let vault: string;
let cleanup: () => Promise<void>;

beforeEach(async () => {
	({ dir: vault, cleanup } = await copyOfExampleVault());
});
afterEach(async () => {
	await cleanup();
});

const run = (...args: string[]) => runReconnect([...args, "--vault", vault, "--today", "2026-11-25"]);
const DAILY = "Daily/2026-11-25.md";

/** Who a note plans, in order. */
function plannedIn(text: string): string[] {
	return [...text.matchAll(/^- \[.\] Reconnect with \[\[([^\]|]+)/gm)].map((match) => match[1] ?? "");
}

/** The names of the ranked list, in its order, as `rank --json` gives them. */
async function listed(): Promise<string[]> {
	return (JSON.parse((await run("rank", "--json")).stdout) as { name: string }[]).map((entry) => entry.name);
}

/** The names the printed plan drafts for, in order. */
function printedNames(stdout: string): string[] {
	return [...stdout.matchAll(/^\d+\. To (.+?)(?: <[^>]*>)? — /gm)].map((match) => match[1] ?? "");
}

describe("reconnect plan", () => {
	it("prints the drafts for the top three of the list, writing nothing", async () => {
		const before = await snapshot(vault);
		const result = await run("plan");
		expect(result.code).toBe(0);
		expect(printedNames(result.stdout)).toEqual((await listed()).slice(0, 3));
		expect(result.stdout.match(/^(?:Hi|Hello|Hey|Dear) /gm)).toHaveLength(3);
		expect(changedFiles(before, await snapshot(vault))).toEqual([]);
	});

	it("--limit sets the size; the plugin's setting is the default", async () => {
		expect(printedNames((await run("plan", "--limit", "5")).stdout)).toEqual((await listed()).slice(0, 5));
		await mkdir(join(vault, ".obsidian/plugins/reconnect"), { recursive: true });
		await writeFile(join(vault, ".obsidian/plugins/reconnect/data.json"), JSON.stringify({ planSize: 1 }));
		expect(printedNames((await run("plan")).stdout)).toHaveLength(1);
	});

	it.each([[""], ["-1"], ["two"], ["1.5"]])("refuses --limit '%s' with a usage error", async (limit) => {
		const result = await run("plan", "--limit", limit);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain("--limit must be a whole number");
	});

	it("--insert adds the plan under the heading of today's note, created from its template; a second run adds nothing", async () => {
		const first = await run("plan", "--insert");
		expect(first.code).toBe(0);
		expect(first.stderr).toContain(`Added 3 reconnects to ${DAILY} (created from the daily-note template) under ## Reconnect.`);
		const text = await readNote(vault, DAILY);
		expect(plannedIn(text)).toEqual(printedNames(first.stdout));
		expect(text).toMatch(/^---\ncreated: "2026-11-25"\n---\n# 2026-11-25\n/);

		const second = await run("plan", "--insert");
		expect(second.code).toBe(0);
		expect(second.stdout).toContain("Today's plan is complete: today's note already has 3 reconnects (the plan holds 3).");
		expect(await readNote(vault, DAILY)).toBe(text);
	});

	it("counts a draft already in today's note, ticked or not, towards the day's total", async () => {
		const [top] = await listed();
		expect((await run("draft", top ?? "", "--insert")).code).toBe(0);
		const drafted = await readNote(vault, DAILY);
		await writeFile(join(vault, DAILY), drafted.replace("- [ ] Reconnect with", "- [x] Reconnect with"));
		const result = await run("plan", "--insert");
		expect(result.stderr).toContain(`Added 2 reconnects to ${DAILY} under ## Reconnect.`);
		const names = plannedIn(await readNote(vault, DAILY));
		expect(names).toHaveLength(3);
		expect(new Set(names).size).toBe(3);
	});

	it("two runs at once plan the day once: the second sees the first's plan", async () => {
		const results = await Promise.all([run("plan", "--insert"), run("plan", "--insert")]);
		expect(results.map((result) => result.code)).toEqual([0, 0]);
		expect(plannedIn(await readNote(vault, DAILY))).toHaveLength(3);
		expect(results.filter((result) => result.stdout.startsWith("Today's plan is complete"))).toHaveLength(1);
	});

	it("takes no contact name", async () => {
		const result = await run("plan", "Jane Doe");
		expect(result.code).toBe(1);
		expect(result.stderr).toContain("plan takes no contact");
	});
});
