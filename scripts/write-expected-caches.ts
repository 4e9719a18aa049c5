/**
 * Writes tests/cli/notes/recorded/ for the notes of examples/vault that have no entry file yet or
 * whose entry no longer matches, from the test double's cache, after checking that the command
 * line's scanner reads each such note the same way; deletes entries of notes that are gone.
 * `npm run write-expected-caches`. Review every file it names before committing: the entries are
 * the project's statement of what Obsidian records (docs/decisions/markdown-scanner.md).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { scanMarkdown } from "../src/cli/notes/scanMarkdown";
import { parseMetadata__ } from "../tests/fakes/obsidian";

const root = process.cwd();
const vault = join(root, "examples", "vault");
const recorded = join(root, "tests", "cli", "notes", "recorded");

function notes(folder: string): string[] {
	return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
		if (entry.name.startsWith(".")) return [];
		const path = join(folder, entry.name);
		return entry.isDirectory() ? notes(path) : entry.name.endsWith(".md") ? [path] : [];
	});
}

/** Keys sorted, as the recordings are. */
function sorted(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(sorted);
	if (value && typeof value === "object") return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sorted((value as Record<string, unknown>)[key])]));
	return value;
}

const written: string[] = [];
const wanted = new Set<string>();
for (const note of notes(vault)) {
	const text = readFileSync(note, "utf8");
	const cache = parseMetadata__(text);
	const scan = scanMarkdown(text);
	const entry = sorted({ frontmatterPosition: cache.frontmatterPosition, sections: cache.sections, listItems: cache.listItems, links: cache.links, tags: cache.tags });
	const agree =
		isDeepStrictEqual(scan.sections, cache.sections ?? []) &&
		isDeepStrictEqual(scan.listItems, cache.listItems ?? []) &&
		isDeepStrictEqual(scan.links, cache.links ?? []) &&
		isDeepStrictEqual(scan.tags, (cache.tags ?? []).map((tag) => tag.tag));
	const file = join(recorded, relative(vault, note).replace(/\.md$/, ".json"));
	wanted.add(file);
	if (!agree) throw new Error(`the scanner and the test double read ${relative(vault, note)} differently: fix one of them first`);
	const json = `${JSON.stringify(entry, null, "\t")}\n`;
	if (existsSync(file) && readFileSync(file, "utf8") === json) continue;
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, json);
	written.push(relative(root, file));
}
function entries(folder: string): string[] {
	return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? entries(join(folder, entry.name)) : entry.name.endsWith(".json") ? [join(folder, entry.name)] : []));
}
for (const file of entries(recorded)) {
	if (wanted.has(file)) continue;
	rmSync(file);
	written.push(`${relative(root, file)} (deleted)`);
}
process.stdout.write(written.length ? `Review these entries:\n${written.map((file) => `  ${file}`).join("\n")}\n` : "Every entry is up to date.\n");
