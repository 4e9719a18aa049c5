/** Writes a generated vault as files, for the command line and the raw-read floor. */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

export function writeVault(files: Record<string, string>, dir: string): void {
	const made = new Set<string>();
	for (const [path, text] of Object.entries(files)) {
		const absolute = join(dir, path);
		const folder = dirname(absolute);
		if (!made.has(folder)) {
			mkdirSync(folder, { recursive: true });
			made.add(folder);
		}
		writeFileSync(absolute, text);
	}
}
