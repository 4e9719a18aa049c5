import { defineConfig } from "vitest/config";

// The sidebar and the user flows in headless Chromium (tests/browser, see its README). One browser
// per file and files one after another: the machine runs a single Chromium at a time.
export default defineConfig({
	test: {
		include: ["tests/browser/**/*.test.ts"],
		environment: "node",
		fileParallelism: false,
		testTimeout: 60_000,
		hookTimeout: 60_000,
		env: { TZ: "UTC" },
		// The JSON report is what CI counts; the default reporter is for people.
		reporters: ["default", "json"],
		outputFile: { json: "artifacts/vitest-browser.json" },
	},
});
