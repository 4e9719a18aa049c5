/**
 * The production bundle (main.js, built by `npm run build` before the tests in `npm test`) must
 * run on Obsidian mobile and keep Reconnect's promises: no Node built-ins, no network, no
 * dynamic code, no HTML injection, and a small download.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const BUNDLE = fileURLToPath(new URL("../main.js", import.meta.url));
/**
 * A ceiling that catches an accidental jump (a dependency bundled by mistake). The size budget
 * itself is a benchmark figure (`npm run bench`, bundleBytes), reported there, not bent to here.
 */
const SIZE_BUDGET = 185_000;

describe("the production bundle", () => {
	const exists = existsSync(BUNDLE);

	it("has been built (npm test runs the production build first)", () => {
		expect(exists, "main.js is missing: run `npm run build`").toBe(true);
	});

	const code = exists ? readFileSync(BUNDLE, "utf8") : "";

	it("requires nothing but obsidian", () => {
		const required = [...code.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((match) => match[1]);
		expect([...new Set(required)]).toEqual(["obsidian"]);
	});

	it.each([
		["fetch", /\bfetch\s*\(/],
		["XMLHttpRequest", /XMLHttpRequest/],
		["WebSocket", /WebSocket/],
		["requestUrl", /requestUrl/],
		["EventSource", /EventSource/],
		["sendBeacon", /sendBeacon/],
		["eval", /\beval\s*\(/],
		["new Function", /new\s+Function\s*\(/],
		["innerHTML", /innerHTML/],
		["outerHTML", /outerHTML/],
		["insertAdjacentHTML", /insertAdjacentHTML/],
		["document.write", /document\.write/],
		["gray-matter (Node only)", /gray-matter|js-yaml/],
		["Node's process", /\bprocess\.(?:env|argv|cwd)/],
		["Buffer", /\bBuffer\./],
	])("contains no %s", (_name, pattern) => {
		expect(pattern.test(code)).toBe(false);
	});

	it(`stays within ${SIZE_BUDGET.toLocaleString("en")} bytes`, () => {
		expect(Buffer.byteLength(code)).toBeLessThanOrEqual(SIZE_BUDGET);
	});

	it("keeps every property name as written (plain minify, no renaming)", () => {
		// Renamed properties would reach data.json and the placeholders by accident; none may be renamed.
		for (const name of ["cadenceDays", "howWeMet", "lastContact", "daysSince", "fieldAliases", "reasons", "strategy"]) {
			expect(code, name).toMatch(new RegExp(`\\.${name}\\b`));
		}
		const config = readFileSync(fileURLToPath(new URL("../esbuild.config.mjs", import.meta.url)), "utf8");
		expect(config).not.toMatch(/mangleProps|mangleQuoted|reserveProps/);
	});

	it("is minified CommonJS that exports the plugin", () => {
		expect(code).toMatch(/module\.exports/);
		// Minified code is long lines; the few line breaks left are inside template strings.
		expect(code.length / code.split("\n").length).toBeGreaterThan(1000);
	});
});

describe("manifest.json", () => {
	const manifest = JSON.parse(readFileSync(fileURLToPath(new URL("../manifest.json", import.meta.url)), "utf8")) as Record<string, unknown>;
	const versions = JSON.parse(readFileSync(fileURLToPath(new URL("../versions.json", import.meta.url)), "utf8")) as Record<string, string>;
	const pkg = JSON.parse(readFileSync(fileURLToPath(new URL("../package.json", import.meta.url)), "utf8")) as { version: string };

	it("follows Obsidian's rules for community plugins", () => {
		expect(manifest.id).toBe("reconnect");
		expect(manifest.name).toBe("Reconnect");
		expect(manifest.isDesktopOnly).toBe(false);
		const description = String(manifest.description);
		expect(description.length).toBeLessThanOrEqual(250);
		expect(description.endsWith(".")).toBe(true);
		const [major = 0, minor = 0, patch = 0] = String(manifest.minAppVersion).split(".").map(Number);
		expect(major * 1e6 + minor * 1e3 + patch).toBeGreaterThanOrEqual(1_007_002);
	});

	it("agrees with package.json and versions.json", () => {
		expect(manifest.version).toBe(pkg.version);
		expect(versions[String(manifest.version)]).toBe(manifest.minAppVersion);
	});
});
