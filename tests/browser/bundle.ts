/**
 * Bundles the real plugin (src/main.ts) for the browser, with `obsidian` resolved to the test
 * double, together with the page's own code (tests/browser/page/entry.ts). `yaml` and `moment`,
 * which the double needs, come from node_modules into the same bundle.
 */
import { build, type Plugin } from "esbuild";
import { fileURLToPath } from "node:url";

const ENTRY = fileURLToPath(new URL("./page/entry.ts", import.meta.url));
const OBSIDIAN_DOUBLE = fileURLToPath(new URL("../fakes/obsidian/index.ts", import.meta.url));

/** `import … from "obsidian"` → the double, as vitest.config.ts aliases it for the plugin tests. */
const obsidianDouble: Plugin = {
	name: "obsidian-double",
	setup(builder) {
		builder.onResolve({ filter: /^obsidian$/ }, () => ({ path: OBSIDIAN_DOUBLE }));
	},
};

let cached: Promise<string> | null = null;

/** The page's script: one IIFE, built once per test file. */
export function pageBundle(): Promise<string> {
	cached ??= build({
		entryPoints: [ENTRY],
		bundle: true,
		format: "iife",
		platform: "browser",
		target: "es2022",
		sourcemap: "inline",
		write: false,
		logLevel: "error",
		plugins: [obsidianDouble],
	}).then((result) => {
		const [output] = result.outputFiles;
		if (!output) throw new Error("esbuild produced no output for the browser harness");
		return output.text;
	});
	return cached;
}
