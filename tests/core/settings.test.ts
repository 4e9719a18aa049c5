import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ALIASABLE_FIELDS } from "../../src/core/fields";
import { DEFAULT_SETTINGS, formatCustomKinds, formatDatedFolders, parseCustomKinds, parseDatedFolders, sanitizeSettings } from "../../src/core/settings";
import { FUZZ_RUNS } from "../fuzz";


describe("settings loaded from data.json", () => {
	it("gives the defaults for a missing or empty file", () => {
		expect(sanitizeSettings(null)).toEqual(DEFAULT_SETTINGS);
		expect(sanitizeSettings({})).toEqual(DEFAULT_SETTINGS);
		expect(sanitizeSettings("garbage")).toEqual(DEFAULT_SETTINGS);
	});

	it("keeps valid values and drops unknown keys", () => {
		const loaded = sanitizeSettings({
			contactFolders: [" People ", "", 3, "Work/Clients"],
			userName: "  Alex  ",
			newsWindowDays: 14.4,
			writeBackLastContact: false,
			dailyNoteHeading: "### Keep in touch",
			tiers: [{ name: " inner ", days: 10 }, { name: "", days: 5 }, { name: "x", days: -1 }],
			fieldAliases: { lastContact: ["seen", 4], cadence: "nope" },
			phrasing: { greeting: ["Yo {{first-name}}"], offer: [] },
			customEventKinds: [{ label: "Ran a marathon" }, { slug: "x" }],
			mystery: 42,
		});
		expect(loaded).toMatchObject({
			contactFolders: ["People", "Work/Clients"],
			userName: "Alex",
			newsWindowDays: 14,
			writeBackLastContact: false,
			dailyNoteHeading: "### Keep in touch",
			tiers: [{ name: "inner", days: 10 }],
			fieldAliases: { lastContact: ["seen"], cadence: [] },
			phrasing: { greeting: ["Yo {{first-name}}"] },
			customEventKinds: [{ slug: "", label: "Ran a marathon", tone: "celebrate" }],
		});
		expect("mystery" in loaded).toBe(false);
	});

	it("keeps the tone of the user's own life events, and reads old settings without one as celebrate", () => {
		const loaded = sanitizeSettings({
			customEventKinds: [{ slug: "", label: "Lost a pet", tone: "support" }, { slug: "", label: "Therapy", tone: "private" }, { slug: "", label: "Ran a marathon" }, { label: "Odd", tone: "sad" }],
		});
		expect(loaded.customEventKinds.map((kind) => [kind.label, kind.tone])).toEqual([
			["Lost a pet", "support"],
			["Therapy", "private"],
			["Ran a marathon", "celebrate"],
			["Odd", "celebrate"],
		]);
	});

	it("reads and writes the user's own kinds as lines, each with its tone after a colon", () => {
		const kinds = parseCustomKinds("Ran a marathon\nLost a pet: support\n  \nTherapy: Private\nTime: 10:30");
		expect(kinds).toEqual([
			{ slug: "", label: "Ran a marathon", tone: "celebrate" },
			{ slug: "", label: "Lost a pet", tone: "support" },
			{ slug: "", label: "Therapy", tone: "private" },
			{ slug: "", label: "Time: 10:30", tone: "celebrate" },
		]);
		expect(formatCustomKinds(kinds)).toBe("Ran a marathon\nLost a pet: support\nTherapy: private\nTime: 10:30");
		expect(parseCustomKinds(formatCustomKinds(kinds))).toEqual(kinds);
	});

	it.each<[string, unknown]>([
		["newsWindowDays", 0],
		["newsWindowDays", "30"],
		["dormantDays", 5],
		["rowsShown", 1e6],
		["defaultCadenceDays", Number.NaN],
		["dailyNoteHeading", "Reconnect"],
		["writeBackLastContact", "yes"],
		["contactTags", "person"],
		["tiers", []],
	])("replaces a bad %s (%j) with the default", (key, value) => {
		expect(sanitizeSettings({ [key]: value })[key as keyof typeof DEFAULT_SETTINGS]).toEqual(DEFAULT_SETTINGS[key as keyof typeof DEFAULT_SETTINGS]);
	});

	it("never throws and always returns complete settings", () => {
		fc.assert(
			fc.property(fc.anything({ withDate: true, withMap: true, withNullPrototype: true }), fc.dictionary(fc.constantFrom(...Object.keys(DEFAULT_SETTINGS)), fc.anything()), (junk, partial) => {
				for (const raw of [junk, partial]) {
					const settings = sanitizeSettings(raw);
					expect(Object.keys(settings).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
					expect(settings.tiers.length).toBeGreaterThan(0);
					expect(settings.rowsShown).toBeGreaterThanOrEqual(5);
				}
			}),
			{ numRuns: FUZZ_RUNS, seed: 31 },
		);
	});

	it("lets users extend the aliases of the reconnect fields, not of names or tags", () => {
		expect(ALIASABLE_FIELDS).toEqual(["howWeMet", "lastContact", "recentNews", "cadence", "tier", "snoozeUntil", "paused", "deceased", "birthday", "email", "interests", "projects", "family", "mutual", "company", "role", "location"]);
	});
});

describe("dated folders as written in settings", () => {
	it.each([
		["Meetings: YYYY-MM-DD [—] …", [{ folder: "Meetings", format: "YYYY-MM-DD [—] …" }]],
		["Meetings", [{ folder: "Meetings", format: "YYYY-MM-DD" }]],
		["/Work/1-1s/ : DD.MM.YYYY\n\n  Calls:  ", [{ folder: "Work/1-1s", format: "DD.MM.YYYY" }, { folder: "Calls", format: "YYYY-MM-DD" }]],
		[": YYYY", []],
		["", []],
	])("%j", (text, folders) => {
		expect(parseDatedFolders(text)).toEqual(folders);
		expect(parseDatedFolders(formatDatedFolders(folders))).toEqual(folders);
	});
});
