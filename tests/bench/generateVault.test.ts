/** The benchmark's vault generator: the same vault on every run, written the many ways people write notes. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BENCH_TODAY, contactName, generateVault } from "../../bench/generateVault";
import { writeVault } from "../../bench/writeVault";
import { loadVault } from "../../src/cli/loadVault";
import { parseIsoDay } from "../../src/core/days";

const N = 300;
const vault = generateVault(N);
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe("generateVault", () => {
	it("builds byte-identical files from the same seed, and other files from another", () => {
		expect(generateVault(N).files).toEqual(vault.files);
		expect(generateVault(N, 7).files).not.toEqual(vault.files);
	});

	it("writes N contacts and 2·N daily notes, one per day back from today", () => {
		expect(vault.contacts).toHaveLength(N);
		expect(new Set(vault.contacts).size).toBe(N);
		expect(vault.dailyNotes).toHaveLength(2 * N);
		expect(new Set(vault.dailyNotes).size).toBe(2 * N);
		expect(vault.dailyNotes[0]).toBe(`Daily/${BENCH_TODAY}.md`);
		expect(vault.dailyNotes.every((path) => /^Daily\/\d{4}-\d{2}-\d{2}\.md$/.test(path))).toBe(true);
	});

	it("gives every contact a unique name, also past the first 4,096", () => {
		const names = Array.from({ length: 50_000 }, (_, index) => contactName(index));
		expect(new Set(names).size).toBe(names.length);
	});

	it("links 1 to 5 people from each daily note, in every context", () => {
		const texts = vault.dailyNotes.map((path) => vault.files[path] ?? "");
		for (const text of texts) {
			const links = text.match(/\[\[[^\]]+\]\]/g) ?? [];
			expect(links.length).toBeGreaterThanOrEqual(1);
			expect(links.length).toBeLessThanOrEqual(5);
		}
		const all = texts.join("\n");
		for (const form of [/^- \[x\] .*\[\[/m, /^- \[ \] .*\[\[/m, /^- (?!\[).*\[\[/m, /\[\[[^\]|]+\|[^\]]+\]\]/, /^> .*\[\[/m, /!\[\[/]) expect(all).toMatch(form);
	});

	it("spells fields the many ways people do", () => {
		const all = vault.contacts.map((path) => vault.files[path] ?? "").join("\n");
		for (const key of ["last-contact:", "last_contact:", "lastContact:", "Last Contact:", "cadence:", "keep-in-touch:", "tier:", "circle:", "recent-news:", "news:", "birthday:", "born:", "mutual:", "introduced-by:"]) {
			expect(all).toContain(`\n${key}`);
		}
	});

	it("is read by the command line as N contacts, some with warnings", async () => {
		const dir = mkdtempSync(join(tmpdir(), "reconnect-generated-"));
		dirs.push(dir);
		writeVault(vault.files, dir);
		const loaded = await loadVault(dir, parseIsoDay(BENCH_TODAY) ?? 0);
		expect(loaded.index.size).toBe(N);
		const ranking = loaded.index.ranking();
		const warned = [...ranking.all()].filter((entry) => entry.warnings.length).length;
		expect(warned).toBeGreaterThan(0);
		expect(warned).toBeLessThan(N / 4);
		// Contacts with no cadence or tier are held to their measured rhythm, which lists fewer of the often-seen.
		expect(ranking.entries.length).toBeGreaterThan(N / 5);
	});
});
