// Prints the CHANGELOG.md section of one version, for the release workflow:
// `node scripts/release-notes.mjs 0.2.0`. Exits 1 when the changelog has no such section.
import { readFileSync } from "node:fs";

const version = process.argv[2];
if (!version) {
	console.error("usage: node scripts/release-notes.mjs <version>");
	process.exit(1);
}
const sections = readFileSync(new URL("../CHANGELOG.md", import.meta.url), "utf8").split(/^## /m);
const section = sections.find((text) => text.startsWith(`[${version}]`) || text.startsWith(`${version} `) || text.startsWith(`${version}\n`));
if (!section) {
	console.error(`CHANGELOG.md has no section for ${version}`);
	process.exit(1);
}
process.stdout.write(`${section.split("\n").slice(1).join("\n").trim()}\n`);
