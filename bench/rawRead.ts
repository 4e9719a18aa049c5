/**
 * The floor for any tool that reads a vault: list it recursively (skipping dot-folders, as
 * Obsidian and `reconnect` do) and read every .md file as text. Prints the count of notes.
 * Usage: node dist/bench/rawRead.mjs DIR
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

function readAll(folder: string): { notes: number; chars: number } {
	let notes = 0;
	let chars = 0;
	for (const entry of readdirSync(folder, { withFileTypes: true })) {
		if (entry.name.startsWith(".")) continue;
		const path = join(folder, entry.name);
		if (entry.isDirectory()) {
			const inner = readAll(path);
			notes += inner.notes;
			chars += inner.chars;
		} else if (entry.name.endsWith(".md")) {
			chars += readFileSync(path, "utf8").length;
			notes++;
		}
	}
	return { notes, chars };
}

const dir = process.argv[2];
if (!dir) throw new Error("usage: rawRead DIR");
const { notes, chars } = readAll(dir);
process.stdout.write(`${notes} notes, ${chars} characters\n`);
