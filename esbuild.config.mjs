// Builds the Obsidian plugin bundle (main.js). `node esbuild.config.mjs` watches for
// development; `node esbuild.config.mjs production` writes one minified build.
import esbuild from "esbuild";
import { builtinModules } from "node:module";

const production = process.argv[2] === "production";

const banner = `/*
Reconnect — an Obsidian plugin. This file is generated; the source is in src/.
*/`;

/**
 * Property names of Reconnect's own data (contacts, ranked entries, life-event kinds…) that never
 * meet Obsidian's API, the DOM, JavaScript built-ins or data.json. Shortening them keeps the
 * mobile bundle within its 80 KB budget; tests/bundleSmoke.test.ts runs the built main.js to
 * prove the renaming is consistent. Never add a name that an outside object also has.
 */
const INTERNAL_PROPERTIES = [
	"firstName", "howWeMet", "lastContactKey", "cadenceDays", "snoozeUntil", "interests", "projects",
	"warnings", "precision", "kindGiven", "cadenceSource", "daysSince", "strategy", "reminder",
	"reasons", "headline", "keywords", "noun", "canonical", "datedNoteDay", "resolveLink",
	"templateFolders", "resolveContact", "lastSeen", "catalogue", "notePath", "onTrack", "mailto",
	"firstLine", "lastLine", "inserted", "notices", "resolver", "fieldOf", "keyForWrite", "contactIndex",
	"obsidianSettings", "upsertNote", "removeNote", "renameNote", "totals", "variants", "birthday", "contact",
	"today", "soonRatio", "birthdayDaysAhead", "birthdayDaysBehind", "mutualRecentDays", "reminderAfterDays",
	"listed", "snoozed", "paused", "bands", "tier", "email", "lastContact", "score", "band",
	"lastContactRecord", "mutualsOf", "sortName", "upsert", "evaluate", "evaluateAll", "updateRankSettings",
	"settingsChanged", "refreshObsidianSettings", "checkDay", "isContact", "isTemplate", "markContacted",
	"tagLifeEvent", "createContactNote", "openSidebar", "openSettings", "ranking", "entry",
	"changed", "dateFormat", "period", "reason", "amount", "offset", "problem", "problems", "latest",
	"targets", "slot", "rules", "field", "rank",
];
// Placeholders are looked up by name in an object ({{family}} → values.family), so their names must
// never be in the list above: first-name, name, how-we-met, event, news, interest, project, family,
// mutual, since, me.

const context = await esbuild.context({
	banner: { js: banner },
	entryPoints: ["src/main.ts"],
	bundle: true,
	external: [
		"obsidian",
		"electron",
		"@codemirror/autocomplete",
		"@codemirror/collab",
		"@codemirror/commands",
		"@codemirror/language",
		"@codemirror/lint",
		"@codemirror/search",
		"@codemirror/state",
		"@codemirror/view",
		"@lezer/common",
		"@lezer/highlight",
		"@lezer/lr",
		...builtinModules,
		...builtinModules.map((name) => `node:${name}`),
	],
	format: "cjs",
	target: "es2022",
	platform: "browser",
	logLevel: "info",
	sourcemap: production ? false : "inline",
	treeShaking: true,
	minify: production,
	mangleProps: production ? new RegExp(`^(?:${INTERNAL_PROPERTIES.join("|")})$`) : undefined,
	charset: "utf8",
	legalComments: "none",
	outfile: "main.js",
});

if (production) {
	await context.rebuild();
	await context.dispose();
} else {
	await context.watch();
}
