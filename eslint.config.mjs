import { defineConfig, globalIgnores } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";
import globals from "globals";

// The plugin (src/main.ts, src/plugin, src/core) is held to Obsidian's review rules.
// The command line, tests and benchmarks run in Node and may use its modules.
export default defineConfig([
	globalIgnores(["node_modules/", "main.js", "dist/", "artifacts/", "coverage/", "examples/"]),
	...obsidianmd.configs.recommended,
	{
		languageOptions: {
			parserOptions: {
				projectService: {
					allowDefaultProject: ["eslint.config.mjs", "esbuild.config.mjs", "version-bump.mjs", "bin/*.mjs", ".ci/*.mjs", "scripts/*.mjs"],
				},
				tsconfigRootDir: import.meta.dirname,
			},
		},
	},
	{
		files: ["src/**/*.ts"],
		rules: { "obsidianmd/ui/sentence-case": ["warn", { brands: ["Reconnect", "Obsidian", "Markdown"] }] },
	},
	{
		// Daily-note file names are moment format strings; the command line formats them
		// with the same library Obsidian bundles, so both agree on every name.
		files: ["package.json"],
		rules: { "depend/ban-dependencies": ["error", { allowed: ["moment"] }] },
	},
	{
		files: ["src/cli/**/*.ts", "tests/**/*.ts", "bench/**/*.ts", "scripts/**/*.ts", "*.mjs", "bin/*.mjs", ".ci/*.mjs", "scripts/*.mjs", "vitest*.config.ts"],
		languageOptions: { globals: { ...globals.node } },
		rules: {
			"obsidianmd/no-nodejs-modules": "off",
			"obsidianmd/prefer-window-timers": "off",
			"obsidianmd/no-global-this": "off",
			"obsidianmd/prefer-create-el": "off",
			"obsidianmd/prefer-active-doc": "off",
			"obsidianmd/ui/sentence-case": "off",
			"import/no-nodejs-modules": "off",
			"no-console": "off",
			// Outside Obsidian there is no Vault#configDir; the command line takes the folder as a parameter.
			"obsidianmd/hardcoded-config-path": "off",
			// Obsidian bundles moment for plugins; outside Obsidian the package itself is the same code.
			"@typescript-eslint/no-restricted-imports": "off",
		},
	},
]);
