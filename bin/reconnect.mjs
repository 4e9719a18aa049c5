#!/usr/bin/env node
// The `reconnect` command. In a source checkout it compiles the TypeScript command line with
// esbuild on first use (and again whenever a source file is newer than the build).
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const built = join(root, "dist", "cli.mjs");
const sources = join(root, "src");

function newestSource(folder) {
	let newest = 0;
	for (const entry of readdirSync(folder, { withFileTypes: true })) {
		const path = join(folder, entry.name);
		if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
		else if (entry.name.endsWith(".ts")) newest = Math.max(newest, statSync(path).mtimeMs);
	}
	return newest;
}

if (existsSync(sources) && (!existsSync(built) || statSync(built).mtimeMs < newestSource(sources))) {
	const { buildSync } = await import("esbuild");
	buildSync({
		entryPoints: [join(root, "src", "cli", "main.ts")],
		bundle: true,
		platform: "node",
		format: "esm",
		target: "node20",
		packages: "external",
		outfile: built,
		logLevel: "error",
	});
}

const { main } = await import("../dist/cli.mjs");
await main(join(root, "examples", "vault"));
