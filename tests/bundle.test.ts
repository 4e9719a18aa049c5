/**
 * The production bundle (main.js, built by `npm run build` before the tests in `npm test`) must
 * run on Obsidian mobile and keep Reconnect's promises: no Node built-ins, no network, no
 * dynamic code, no HTML injection, and a small download.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const BUNDLE = fileURLToPath(new URL("../main.js", import.meta.url));
const SIZE_BUDGET = 80_000;

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

	it("is minified CommonJS that exports the plugin", () => {
		expect(code).toMatch(/module\.exports/);
		expect(code.split("\n").length).toBeLessThan(50);
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

describe("the build's list of internal property names", () => {
	const config = readFileSync(fileURLToPath(new URL("../esbuild.config.mjs", import.meta.url)), "utf8");
	const list = /const INTERNAL_PROPERTIES = \[([\s\S]*?)\];/.exec(config)?.[1] ?? "";
	const names = [...list.matchAll(/"([^"]+)"/g)].map((match) => match[1] ?? "");

	it("is there", () => {
		expect(names.length).toBeGreaterThan(20);
	});

	it("never names a placeholder, a stored setting or a property Obsidian, the DOM or JavaScript also use", async () => {
		const { PLACEHOLDERS } = await import("../src/core/phrasing");
		const { DEFAULT_SETTINGS } = await import("../src/core/settings");
		const outside = ["name", "path", "basename", "label", "slug", "title", "detail", "index", "entries", "items", "kind", "status", "value", "length", "text", "type", "data", "file", "app", "vault", "source", "event", "key", "day", "month", "year"];
		const forbidden = new Set<string>([...PLACEHOLDERS, ...Object.keys(DEFAULT_SETTINGS), ...outside]);
		expect(names.filter((name) => forbidden.has(name))).toEqual([]);
	});
});
