/**
 * The command line's two large dependencies, loaded on first use: most runs read every note's
 * frontmatter without the full YAML parser and name daily notes in the default format, and
 * loading both costs about as much as reading a thousand notes.
 */
import { createRequire } from "node:module";
import type graymatter from "gray-matter";
import type momentFunction from "moment";

const require = createRequire(import.meta.url);
let matterModule: typeof graymatter | undefined;
let momentModule: typeof momentFunction | undefined;

export function grayMatter(): typeof graymatter {
	return (matterModule ??= require("gray-matter") as typeof graymatter);
}

export function moment(): typeof momentFunction {
	return (momentModule ??= require("moment") as typeof momentFunction);
}
