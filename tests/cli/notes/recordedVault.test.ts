/**
 * The example vault's cache entries in Obsidian's shape, written down in tests/cli/notes/recorded
 * (how they were made: docs/decisions/markdown-scanner.md). The command line's scanner and the
 * test double the plugin tests run on must both give exactly these for every note.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { CachedMetadata, ListItemCache, Pos, SectionCache, TagCache } from "obsidian";
import { describe, expect, it } from "vitest";
import { scanMarkdown } from "../../../src/cli/notes/scanMarkdown";
import { exampleVaultFiles } from "../../exampleVault";
import { parseMetadata__ } from "../../fakes/obsidian";

const RECORDED = join(process.cwd(), "tests", "cli", "notes", "recorded");

/** The parts of a note's cache that Reconnect reads. */
interface Recorded {
	frontmatterPosition?: Pos;
	sections?: SectionCache[];
	listItems?: ListItemCache[];
	links?: { link: string; original: string; displayText?: string; position: Pos }[];
	tags?: TagCache[];
}

const notes = Object.entries(exampleVaultFiles())
	.filter(([path]) => path.endsWith(".md") && !path.startsWith(".obsidian/"))
	.map(([path, text]) => ({ path, text, file: join(RECORDED, path.replace(/\.md$/, ".json")) }));

const recorded = (file: string): Recorded => JSON.parse(readFileSync(file, "utf8")) as Recorded;

function recordedFiles(folder: string): string[] {
	return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? recordedFiles(join(folder, entry.name)) : entry.name.endsWith(".json") ? [join(folder, entry.name)] : [],
	);
}

/** A cache key Obsidian leaves out when it has nothing, as an array. */
const entries = <T>(list: T[] | undefined): T[] => list ?? [];

describe("the example vault's recorded cache entries", () => {
	it("has one entry file for each note, and none for a note that is gone", () => {
		expect(notes.length).toBeGreaterThan(40);
		expect(recordedFiles(RECORDED).sort()).toEqual(notes.map((note) => note.file).sort());
	});

	it.each(notes)("the scanner reads $path as recorded", ({ text, file }) => {
		expect(existsSync(file)).toBe(true);
		const want = recorded(file);
		const note = scanMarkdown(text);
		expect(note.sections).toEqual(entries(want.sections));
		expect(note.listItems).toEqual(entries(want.listItems));
		expect(note.links).toEqual(entries(want.links));
		expect(note.tags).toEqual(entries(want.tags).map((tag) => tag.tag));
		// Obsidian records where a block is unless the block is empty; the scanner keeps its text.
		expect(note.frontmatterText !== null && note.frontmatterText !== "").toBe(want.frontmatterPosition !== undefined);
		if (want.frontmatterPosition) expect(note.sections[0]).toEqual({ type: "yaml", position: want.frontmatterPosition });
	});

	it.each(notes)("the test double reads $path as recorded", ({ text, file }) => {
		const want = recorded(file);
		const cache: CachedMetadata = parseMetadata__(text);
		expect(cache.sections).toEqual(want.sections);
		expect(cache.listItems).toEqual(want.listItems);
		expect(cache.links).toEqual(want.links);
		expect(cache.tags).toEqual(want.tags);
		expect(cache.frontmatterPosition).toEqual(want.frontmatterPosition);
	});
});
