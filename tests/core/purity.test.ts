import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

/** The core must run anywhere: in Obsidian on a phone, in Node, in a test. */
const CORE = join(import.meta.dirname, "../../src/core");
const files = (readdirSync(CORE, { recursive: true }) as string[]).filter((name) => name.endsWith(".ts"));

const FORBIDDEN: [string, RegExp][] = [
	["imports obsidian", /from\s+["']obsidian["']/],
	["imports a Node built-in", /from\s+["'](?:node:)?(?:fs|path|os|crypto|child_process|url|util|stream|buffer|process)["']/],
	["reads the clock", /new Date\(\s*\)|Date\.now\(|performance\.now\(|moment\(\s*\)/],
	["uses Node globals", /\bprocess\.|\bBuffer\.|\brequire\(/],
	["depends on a package other than date-fns", /from\s+["'](?!\.{1,2}\/|date-fns)[^"']+["']/],
];

describe("src/core stays pure", () => {
	it("has files to check", () => {
		expect(files.length).toBeGreaterThan(5);
	});

	it.each(files)("%s", (file) => {
		const text = readFileSync(join(CORE, file), "utf8");
		const problems = FORBIDDEN.filter(([, pattern]) => pattern.test(text)).map(([label]) => label);
		for (const [, target] of text.matchAll(/from\s+["'](\.{1,2}\/[^"']*)["']/g)) {
			if (!resolve(CORE, dirname(file), target ?? "").startsWith(`${CORE}/`)) problems.push(`imports ${target ?? ""}, outside the core`);
		}
		expect(problems).toEqual([]);
	});
});
