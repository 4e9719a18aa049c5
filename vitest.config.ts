import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

// Unit and plugin tests. The `obsidian` module only exists inside the app, so tests
// resolve it to the test double in tests/fakes/obsidian.
export default defineConfig({
	resolve: {
		alias: {
			obsidian: fileURLToPath(new URL("./tests/fakes/obsidian/index.ts", import.meta.url)),
		},
	},
	test: {
		include: ["tests/**/*.test.ts"],
		exclude: ["tests/browser/**", "node_modules/**"],
		environment: "node",
		testTimeout: 60_000,
		hookTimeout: 60_000,
		env: { TZ: "UTC" },
		// The JSON report is what CI counts; the default reporter is for people.
		reporters: ["default", "json"],
		outputFile: { json: "artifacts/vitest-unit.json" },
	},
});
