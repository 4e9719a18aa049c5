/**
 * The command line's large dependencies (the YAML parser, and moment), loaded on first use: most
 * runs read every note's frontmatter without the full YAML parser and name daily notes in the
 * default format, and loading both costs about as much as reading a thousand notes.
 */
import { createRequire } from "node:module";
import { dirname } from "node:path";
import type momentFunction from "moment";
import { datePortOf, type DatePort, type MomentFunction } from "../core/datePort";

const require = createRequire(import.meta.url);
let momentModule: typeof momentFunction | undefined;
let yamlParse: ((input: string) => object) | undefined;

export function moment(): typeof momentFunction {
	return (momentModule ??= require("moment") as typeof momentFunction);
}

/** Daily-note names and templates are moment formats, read and written with the moment package. */
export const cliDates: DatePort = datePortOf(((...args: Parameters<MomentFunction>) => (moment() as MomentFunction)(...args)) as MomentFunction);

/**
 * gray-matter's YAML parser (its own js-yaml), reading with YAML 1.2's core schema: no
 * timestamps, so a date stays the text written — as in Obsidian's metadata cache, where
 * `2025-02-30` is a string the core can warn about, not a date that rolled over to March. It is
 * given the block Obsidian reads as frontmatter: gray-matter itself would end the block at any
 * line starting `---` (`----` too), and read a block that is never closed to the end of the note.
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
