/** The example vault's files, config included, by vault path: the seed of plugin and browser tests. */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

// Tests run from the repository root (vitest's root); happy-dom's import.meta.url is not a file URL.
export const EXAMPLE_VAULT = join(process.cwd(), "examples", "vault");

export function exampleVaultFiles(): Record<string, string> {
	const files: Record<string, string> = {};
	const walk = (folder: string): void => {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			const path = join(folder, entry.name);
			if (entry.isDirectory()) walk(path);
			else files[relative(EXAMPLE_VAULT, path).split(sep).join("/")] = readFileSync(path, "utf8");
		}
	};
	walk(EXAMPLE_VAULT);
	return files;
}
