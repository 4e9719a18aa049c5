/**
 * The command line's large dependencies (gray-matter with its YAML parser, and moment), loaded
 * on first use: most runs read every note's frontmatter without the full YAML parser and name
 * daily notes in the default format, and loading both costs about as much as reading a
 * thousand notes.
 */
import { createRequire } from "node:module";
import { dirname } from "node:path";
import type graymatter from "gray-matter";
import type momentFunction from "moment";

const require = createRequire(import.meta.url);
let matterModule: typeof graymatter | undefined;
let momentModule: typeof momentFunction | undefined;
let yamlParse: ((input: string) => object) | undefined;

export function grayMatter(): typeof graymatter {
	return (matterModule ??= require("gray-matter") as typeof graymatter);
}

export function moment(): typeof momentFunction {
	return (momentModule ??= require("moment") as typeof momentFunction);
}

/**
 * gray-matter's YAML parser (its own js-yaml) reading with YAML 1.2's core schema: no timestamps,
 * so a date stays the text written — as in Obsidian's metadata cache, where `2025-02-30` is a
 * string the core can warn about, not a date that rolled over to March.
 */
export function yamlEngine(): (input: string) => object {
	if (!yamlParse) {
		const jsYaml = require(require.resolve("js-yaml", { paths: [dirname(require.resolve("gray-matter"))] })) as {
			safeLoad: (input: string, options: { schema: unknown }) => unknown;
			CORE_SCHEMA: unknown;
		};
		yamlParse = (input) => jsYaml.safeLoad(input, { schema: jsYaml.CORE_SCHEMA }) as object;
	}
	return yamlParse;
}
