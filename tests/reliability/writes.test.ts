// @vitest-environment happy-dom
/**
 * Every write keeps everything but its one property: for the command line (text edits), other
 * properties, comments, key order, quoting and the body stay byte-for-byte; for the plugin
 * (Obsidian's processFrontMatter, which re-serializes the block), other properties keep their
 * values and order and the body stays byte-for-byte.
 */
import fc from "fast-check";
import { TFile } from "obsidian";
import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { planLastContact, planLifeEvent } from "../../src/cli/contactEdits";
import { createFieldResolver } from "../../src/core/fields";
import { findFrontmatter } from "../../src/core/frontmatterBounds";
import { writeLastContact, writeLifeEvent, writeSnooze } from "../../src/plugin/contactWrites";
import { createApp__ } from "../fakes/obsidian";
import { day } from "../builders";
import { FUZZ_RUNS } from "../fuzz";
import { contactNote, type GeneratedNote } from "./contactNotes";

const resolver = createFieldResolver();
const TODAY = day("2026-11-25");

function split(text: string): { yaml: string; body: string } {
	const bounds = findFrontmatter(text);
	return bounds ? { yaml: text.slice(bounds.yamlStart, bounds.yamlEnd), body: text.slice(bounds.bodyStart) } : { yaml: "", body: text };
}

function properties(yamlText: string): Record<string, unknown> {
	const value: unknown = parse(yamlText, { schema: "core" });
	return value && typeof value === "object" ? (value as Record<string, unknown>) : {};
}

/** The lines of the frontmatter that belong to other keys (and comments), in order. */
function otherLines(yamlText: string, key: string | null): string[] {
	const lines = yamlText.split(/\r?\n/);
	const out: string[] = [];
	let inTarget = false;
	for (const line of lines) {
		const top = /^([^\s#][^:]*):/.exec(line);
		if (top) inTarget = top[1] === key;
		else if (!/^\s/.test(line)) inTarget = false;
		if (!inTarget) out.push(line);
	}
	return out.filter((line) => line.trim() !== "");
}

function withoutKey(record: Record<string, unknown>, key: string): Record<string, unknown> {
	const copy = { ...record };
	delete copy[key];
	return copy;
}

function checkCliWrite(note: GeneratedNote, plan: ReturnType<typeof planLifeEvent>): "write" | "unchanged" | "refused" {
	if (plan.kind !== "write") return plan.kind;
	const before = split(note.text);
	const after = split(plan.text);
	// The body and every other line of the frontmatter (comments, quoting) are untouched.
	if (findFrontmatter(note.text)) expect(after.body).toBe(before.body);
	else expect(plan.text.endsWith(note.text)).toBe(true);
	const kept = otherLines(before.yaml, note.key);
	const now = otherLines(after.yaml, plan.key);
	let cursor = 0;
	for (const line of now) if (line === kept[cursor]) cursor++;
	expect(cursor).toBe(kept.length);
	// Read with another YAML parser than the one the command line checks with.
	expect(withoutKey(properties(after.yaml), plan.key)).toEqual(withoutKey(properties(before.yaml), plan.key));
	return "write";
}

describe("command-line writes keep every other byte", () => {
	it("tag: recent-news gains one item", () => {
		const outcomes = { write: 0, unchanged: 0, refused: 0 };
		fc.assert(
			fc.property(contactNote("recentNews"), (note) => {
				const plan = planLifeEvent(note.text, resolver, "2026-11-25 promotion: VP at Acme");
				outcomes[checkCliWrite(note, plan)]++;
				if (plan.kind === "write") {
					const value = properties(split(plan.text).yaml)[plan.key];
					expect(Array.isArray(value) && value.at(-1)).toBe("2026-11-25 promotion: VP at Acme");
				}
			}),
			{ numRuns: FUZZ_RUNS, seed: 41 },
		);
		// The property is only worth something if most notes can be written.
		expect(outcomes.write / FUZZ_RUNS).toBeGreaterThan(0.9);
	});

	it("contacted: last-contact is set, never moved backwards", () => {
		const outcomes = { write: 0, unchanged: 0, refused: 0 };
		fc.assert(
			fc.property(contactNote("lastContact"), (note) => {
				const plan = planLastContact(note.text, resolver, TODAY, TODAY);
				outcomes[checkCliWrite(note, plan)]++;
				if (plan.kind === "write") {
					const value = properties(split(plan.text).yaml)[plan.key];
					expect(Array.isArray(value) ? value.at(-1) : value).toBe("2026-11-25");
				}
			}),
			{ numRuns: FUZZ_RUNS, seed: 43 },
		);
		expect(outcomes.write / FUZZ_RUNS).toBeGreaterThan(0.9);
	});
});

describe("plugin writes keep every other property and the body", () => {
	const writes = {
		tag: (app: Parameters<typeof writeLifeEvent>[0], file: TFile) => writeLifeEvent(app, file, TODAY, "award", "Best paper", resolver),
		contacted: (app: Parameters<typeof writeLifeEvent>[0], file: TFile) => writeLastContact(app, file, TODAY, TODAY, resolver),
		"write-back": (app: Parameters<typeof writeLifeEvent>[0], file: TFile) => writeLastContact(app, file, TODAY - 5, TODAY, resolver),
		snooze: (app: Parameters<typeof writeLifeEvent>[0], file: TFile) => writeSnooze(app, file, TODAY + 30, resolver),
	} as const;
	const fieldOf = { tag: "recentNews", contacted: "lastContact", "write-back": "lastContact", snooze: "snoozeUntil" } as const;

	it.each(Object.keys(writes) as (keyof typeof writes)[])("%s", async (name) => {
		const app = await createApp__({ files: { "People/Note.md": "" } });
		const file = app.vault.getFileByPath("People/Note.md");
		if (!(file instanceof TFile)) throw new Error("the note was not created");
		let written = 0;
		await fc.assert(
			fc.asyncProperty(contactNote(fieldOf[name]), async (note) => {
				await app.vault.modify(file, note.text);
				try {
					await writes[name](app, file);
				} catch {
					// Obsidian refuses frontmatter it cannot read; then nothing may have changed.
					expect(await app.vault.read(file)).toBe(note.text);
					return;
				}
				const after = await app.vault.read(file);
				if (after !== note.text) written++;
				const before = split(note.text);
				const now = split(after);
				expect(now.body).toBe(findFrontmatter(note.text) ? before.body : note.text);
				const oldProps = properties(before.yaml);
				const newProps = properties(now.yaml);
				const changed = Object.keys(newProps).filter((key) => !isDeepStrictEqual(newProps[key], oldProps[key]));
				expect(changed.length).toBeLessThanOrEqual(1);
				// Other keys keep their order.
				const order = (props: Record<string, unknown>) => Object.keys(props).filter((key) => !changed.includes(key));
				expect(order(newProps)).toEqual(order(oldProps).filter((key) => key in newProps));
				expect(Object.keys(oldProps).every((key) => key in newProps)).toBe(true);
			}),
			{ numRuns: FUZZ_RUNS, seed: 47 },
		);
		expect(written / FUZZ_RUNS).toBeGreaterThan(name === "write-back" ? 0.5 : 0.8);
	});
});
