import { describe, expect, it } from "vitest";
import { cleanFolder, readObsidianConfig, type ConfigTexts } from "../../src/core/obsidianConfig";

const read = (texts: ConfigTexts, existing: string[] = []) => readObsidianConfig(".obsidian", texts, (path) => existing.includes(path));

describe("Obsidian's settings as Reconnect reads them", () => {
	it("uses the defaults when there are no settings files", () => {
		expect(read({})).toEqual({ daily: { folder: "", format: "YYYY-MM-DD", template: "", source: "defaults", enabled: true }, templateFolders: [], notices: [] });
	});

	it("reads the Daily notes settings, with folders as vault paths", () => {
		const config = read({ "daily-notes.json": JSON.stringify({ folder: "/Daily/", format: "YYYY/MM/DD", template: "Templates/Daily" }) }, ["Daily"]);
		expect(config.daily).toEqual({ folder: "Daily", format: "YYYY/MM/DD", template: "Templates/Daily", source: "daily-notes", enabled: true });
		expect(config.notices).toEqual([]);
	});

	it.each<[string, boolean]>([
		['["file-explorer", "daily-notes"]', true],
		['["file-explorer"]', false],
		['{"daily-notes": true}', true],
		['{"daily-notes": false}', false],
	])("knows whether the Daily notes core plugin is on from core-plugins.json %s", (text, enabled) => {
		const config = read({ "core-plugins.json": text });
		expect(config.daily.enabled).toBe(enabled);
		expect(config.notices.some((notice) => notice.includes("Daily notes core plugin is off"))).toBe(!enabled);
	});

	it("follows Periodic Notes when it is installed and manages daily notes", () => {
		const periodic = JSON.stringify({ daily: { enabled: true, folder: "Journal/", format: "DD-MM-YYYY", templatePath: "T/Day.md" } });
		const config = read({ "community-plugins.json": '["periodic-notes"]', "plugins/periodic-notes/data.json": periodic, "daily-notes.json": '{"folder": "Daily"}' }, ["Journal"]);
		expect(config.daily).toEqual({ folder: "Journal", format: "DD-MM-YYYY", template: "T/Day.md", source: "periodic-notes", enabled: true });
		const off = read({ "community-plugins.json": '["periodic-notes"]', "plugins/periodic-notes/data.json": JSON.stringify({ daily: { enabled: false } }), "daily-notes.json": '{"folder": "Daily"}' }, ["Daily"]);
		expect(off.daily.source).toBe("daily-notes");
	});

	it("takes the Templates and Templater folders, cleaned of slashes", () => {
		const config = read({ "templates.json": '{"folder": "/Templates/"}', "plugins/templater-obsidian/data.json": '{"templates_folder": "Meta\\\\Templater/"}' });
		expect(config.templateFolders).toEqual(["Templates", "Meta/Templater"]);
	});

	it("says so when a file is not JSON or cannot be read, and uses the defaults", () => {
		const config = read({ "daily-notes.json": "{ nope", "templates.json": { problem: "is not a regular file" } });
		expect(config.daily.source).toBe("defaults");
		expect(config.notices).toEqual([
			".obsidian/daily-notes.json could not be read (it is not valid JSON), so Reconnect uses its defaults",
			".obsidian/templates.json is not a regular file, so Reconnect uses its defaults",
		]);
	});

	it("says when the daily notes folder does not exist yet", () => {
		expect(read({ "daily-notes.json": '{"folder": "Journal"}' }).notices).toEqual([
			"the daily notes folder 'Journal' does not exist yet; it will be created with the first draft",
		]);
	});

	it.each([["  /a//b/ ", "a/b"], ["\\\\x\\\\", "x"], [42, ""], [null, ""]])("cleans folder %j to %j", (value, folder) => {
		expect(cleanFolder(value)).toBe(folder);
	});
});
