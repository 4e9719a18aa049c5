/**
 * Measures one vault size in this process and prints the results as one JSON line on stdout
 * (progress goes to stderr). bench/run.ts bundles this file with `obsidian` resolved to the test
 * double and starts one worker per size, so each size has a fresh heap.
 *
 * node --expose-gc dist/bench/worker.mjs --n 10000 [--runs 5] [--warmup 1] [--skip-cli] [--profile METRIC]
 */
import { DEFAULT_SETTINGS } from "../src/core/settings";
import "./dom";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { TFile } from "obsidian";
import { createApp__, parseMetadata__, type TestApp__ } from "../tests/fakes/obsidian";
import ReconnectPlugin from "../src/main";
import type { RankedEntry } from "../src/core/rank";
import { ReconnectIndex } from "../src/plugin/reconnectIndex";
import { VIEW_TYPE_RECONNECT, type ReconnectView } from "../src/plugin/view";
import manifest from "../manifest.json";
import { BENCH_TODAY, generateVault } from "./generateVault";
import { Profiler, summarizeProfiles, type CpuProfile } from "./profile";
import { LongTaskProbe } from "./longTasks";
import { measure, settle, summarize, time, timeAsync, usedHeapMb, type RunOptions, type Summary } from "./stats";
import { writeVault } from "./writeVault";

const { values: args } = parseArgs({
	options: {
		n: { type: "string" },
		runs: { type: "string", default: "5" },
		warmup: { type: "string", default: "1" },
		"skip-cli": { type: "boolean", default: false },
		profile: { type: "string" },
	},
});
const n = Number(args.n);
const options: RunOptions = { runs: Number(args.runs), warmup: Number(args.warmup) };
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const log = (text: string): void => void process.stderr.write(`  [N=${n}] ${text}\n`);

// The plugin reads "today" from the clock (moment() → Date.now()); pin it to the vault's day.
const NOW = Date.parse(`${BENCH_TODAY}T10:00:00Z`);
Date.now = () => NOW;

/**
 * Runs `measure`, with each measured run under the CPU profiler when this metric was asked for
 * with --profile. Light metrics (`collect` false) start without a forced garbage collection: on a
 * heap of a gigabyte, what a forced collection leaves behind (sweeping, memory to map again) costs
 * a sub-millisecond run several milliseconds that no edit in Obsidian pays.
 */
async function metric(name: string, run: (i: number) => number | Promise<number>, collect = true): Promise<Summary> {
	if (args.profile !== name) return measure(options, run, undefined, collect);
	const profiler = new Profiler();
	const result = await measure(options, run, profiler, collect);
	const folder = join(here, "profiles");
	mkdirSync(folder, { recursive: true });
	profiler.profiles.forEach((profile, i) => writeFileSync(join(folder, `${name}-${n}-${i + 1}.cpuprofile`), JSON.stringify(profile)));
	process.stderr.write(`\n${name} at N=${n} (profiles in ${folder}):\n${summarizeProfiles(profiler.profiles, join(here, "worker.mjs.map"), root)}\n\n`);
	return result;
}

/** `node --cpu-prof` on the command line (the same source as bin/reconnect.mjs builds, with a source map), summarised. */
function profileCommandLine(cliArgs: string[]): void {
	const folder = join(here, "profiles", `cli-${n}`);
	rmSync(folder, { recursive: true, force: true });
	const result = spawnSync(process.execPath, ["--cpu-prof", "--cpu-prof-interval", "100", "--cpu-prof-dir", folder, join(here, "cliEntry.mjs"), ...cliArgs], { stdio: "ignore", env: { ...process.env, TZ: "UTC" } });
	const file = readdirSync(folder).find((name) => name.endsWith(".cpuprofile"));
	if (result.status !== 0 || !file) throw new Error("profiling the command line failed");
	const profile = JSON.parse(readFileSync(join(folder, file), "utf8")) as CpuProfile;
	process.stderr.write(`\nreconnect rank --json at N=${n} (${join(folder, file)}):\n${summarizeProfiles([profile], join(here, "cliEntry.mjs.map"), root)}\n\n`);
}

function check(condition: boolean, what: string): void {
	if (!condition) throw new Error(`benchmark sanity check failed: ${what}`);
}

/** Waits, a turn of the event loop at a time, so the wait never joins two tasks of the plugin into one. */
async function until(condition: () => boolean): Promise<void> {
	while (!condition()) await new Promise((resolve) => setImmediate(resolve));
}

const started = performance.now();
const vault = generateVault(n);
log(`generated ${Object.keys(vault.files).length} files in ${(performance.now() - started).toFixed(0)} ms`);

// onload: layout not ready, so the vault's size must not matter; an app with the vault's config suffices.
const configFiles = Object.fromEntries(Object.entries(vault.files).filter(([path]) => path.startsWith(".obsidian/")));
const onloadMs = await metric("onloadMs", async () => {
	const bare = await createApp__({ files: configFiles });
	const ms = await timeAsync(() => bare.loadPlugin__(ReconnectPlugin, manifest, { mode: "manual" }));
	bare.destroy__();
	return ms;
});

// The double parses every note into its metadata cache first; that is Obsidian's work, not timed.
let mark = performance.now();
const app: TestApp__ = await createApp__({ files: vault.files });
log(`the double indexed the vault in ${(performance.now() - mark).toFixed(0)} ms`);
const heapWithoutPluginMb = await usedHeapMb();

/**
 * Start-up as a user lives it, from `onload` to the first full list in the open sidebar.
 * Returns the longest synchronous piece, and the heap the plugin keeps afterwards (after a full
 * collection, minus the double's own). The first load is Obsidian's start-up (every file's
 * `create` event before the layout is ready); later ones enable the plugin in a running app.
 */
async function startUp(mode: "startup" | "enable"): Promise<{ plugin: ReconnectPlugin; longestMs: number; retainedMb: number }> {
	const probe = new LongTaskProbe();
	probe.start();
	const loaded = await app.loadPlugin__(ReconnectPlugin, manifest, { mode });
	await until(() => loaded.index.ready);
	await loaded.openSidebar();
	await new Promise((resolve) => setImmediate(resolve));
	const longestMs = probe.stop();
	// The heap the index keeps: the sidebar's elements are the DOM's, not the index's.
	app.workspace.detachLeavesOfType(VIEW_TYPE_RECONNECT);
	const retainedMb = (await usedHeapMb()) - heapWithoutPluginMb;
	return { plugin: loaded, longestMs, retainedMb };
}

mark = performance.now();
let plugin = (await startUp("startup")).plugin;
log(`plugin started (first build) in ${(performance.now() - mark).toFixed(0)} ms`);
check(plugin.index.contactIndex?.size === n, `${n} contacts indexed (got ${plugin.index.contactIndex?.size})`);

// Each run loads the plugin afresh; the longest task is reported as the longest of all runs.
const heapSamples: number[] = [];
const longestTaskMs = await metric("longestTaskMs", async () => {
	app.unloadPlugin__(plugin);
	await settle();
	const run = await startUp("enable");
	plugin = run.plugin;
	heapSamples.push(run.retainedMb);
	return run.longestMs;
});
const retainedHeapMb = summarize(heapSamples.slice(-options.runs));

// The build as the plugin runs it (in slices), and the same build in one piece, alternating.
const onePiece = new ReconnectIndex(app, () => plugin.settings, { slices: { budgetMs: Infinity } });
const indexBuildMs = await metric("indexBuildMs", () => timeAsync(() => plugin.index.rebuild()));
const indexBuildOnePieceMs = await metric("indexBuildOnePieceMs", () => timeAsync(() => onePiece.rebuild()));
check(onePiece.contactIndex?.size === n, "the one-piece build indexed every contact");

const core = plugin.index.contactIndex;
if (!core) throw new Error("no contact index");
const today = plugin.index.today;
// Each call is for another day than the one before, which forces a full re-evaluation and sort.
const rankMs = await metric("rankMs", (i) =>
	time(() => {
		core.setToday(i % 2 === 0 ? today + 1 : today);
		core.ranking();
	}),
);
core.setToday(today);

function fileAt(path: string): TFile {
	const file = app.vault.getFileByPath(path);
	if (!file) throw new Error(`no note at ${path}`);
	return file;
}

/**
 * Fires the metadata cache's `changed` for a note's new text, as Obsidian does after parsing it,
 * and times the handlers (Reconnect's index and write-back) and reading the ranking.
 */
function change(path: string, text: string, changed: string, daysAgo = 0): number {
	const file = fileAt(path);
	const cache = parseMetadata__(text); // the double's parser: Obsidian's work, not timed
	const ms = time(() => {
		app.metadataCache.trigger("changed", file, text, cache);
		const ranking = plugin.index.ranking();
		if (!ranking?.entries.length || !plugin.index.entry(changed)) throw new Error("no ranking");
	});
	const entry = plugin.index.entry(changed);
	check(entry?.daysSince === daysAgo, `${changed} was in touch ${daysAgo} days ago after the edit`);
	return ms;
}

// Fading contacts: an edit that records a recent contact moves them out of the list.
const fading = (plugin.index.ranking()?.entries ?? []).filter((entry: RankedEntry) => entry.band === "fading" && !entry.warnings.length);
check(fading.length >= 2 * (options.runs + options.warmup), "enough fading contacts to edit");
const edited = new Set<string>();
/** A fading contact not edited yet, spread over the list (every 7th candidate). */
const pickFading = (i: number, filter: (entry: RankedEntry) => boolean): RankedEntry => {
	const candidates = fading.filter((entry) => filter(entry) && !edited.has(entry.contact.path));
	const entry = candidates[(i * 7) % candidates.length];
	if (!entry) throw new Error("no fading contact to edit");
	edited.add(entry.contact.path);
	return entry;
};

// A contact note's frontmatter changes: "Contacted" sets last-contact to today (on notes without one yet).
const contactEditMs = await metric("contactEditMs", async (i) => {
	const { path } = pickFading(i, (entry) => entry.contact.lastContactKey === null).contact;
	const text = await app.vault.read(fileAt(path));
	return change(path, text.replace(/^---\n/, `---\nlast-contact: ${BENCH_TODAY}\n`), path);
}, false);

// A daily note gains a line linking a fading contact: the i-th run edits the note of i days ago,
// so every run is the same size of edit. Contacts with a last-contact property, so the two edits
// never pick the same person, and last seen long enough ago that the new link moves them.
const dailyNoteEditMs = await metric("dailyNoteEditMs", (i) => {
	const note = vault.dailyNotes[i] ?? "";
	const { path, basename } = pickFading(i, (entry) => entry.contact.lastContactKey !== null && (entry.daysSince ?? 0) > 2 * i).contact;
	return change(note, `${vault.files[note] ?? ""}- Coffee with [[${basename}]]\n`, path, i);
}, false);

// The sidebar's first screen: the ranked list rendered into the plugin's default number of rows.
plugin.settings.rowsShown = DEFAULT_SETTINGS.rowsShown;
await plugin.openSidebar();
const view = app.workspace.getLeavesOfType(VIEW_TYPE_RECONNECT)[0]?.view as ReconnectView | undefined;
if (!view) throw new Error("the sidebar did not open");
const firstRenderMs = await metric("firstRenderMs", () => time(() => view.render()), false);
check(view.contentEl.querySelectorAll(".reconnect-row").length === DEFAULT_SETTINGS.rowsShown, `the sidebar shows ${DEFAULT_SETTINGS.rowsShown} rows`);
log(`the sidebar builds ${view.contentEl.querySelectorAll("*").length} elements, ${view.contentEl.querySelectorAll(".reconnect-problem").length} of them problem rows`);

// The command line against the floor: the same files, read by a process that does nothing else.
let cliRankMs: Summary | null = null;
let rawReadMs: Summary | null = null;
if (!args["skip-cli"]) {
	const dir = mkdtempSync(join(tmpdir(), `reconnect-bench-${n}-`));
	try {
		mark = performance.now();
		writeVault(vault.files, dir);
		log(`wrote the vault to ${dir} in ${(performance.now() - mark).toFixed(0)} ms`);
		const run = (script: string[], capture = false): { ms: number; out: string } => {
			const start = performance.now();
			const result = spawnSync(process.execPath, script, { stdio: ["ignore", capture ? "pipe" : "ignore", "pipe"], maxBuffer: 2 ** 30, env: { ...process.env, TZ: "UTC" } });
			const ms = performance.now() - start;
			if (result.status !== 0) throw new Error(`${script.join(" ")} failed (${result.status}): ${result.stderr.toString()}`);
			return { ms, out: result.stdout?.toString() ?? "" };
		};
		const cli = [join(root, "bin", "reconnect.mjs"), "rank", "--json", "--vault", dir, "--today", BENCH_TODAY];
		const raw = [join(here, "rawRead.mjs"), dir];
		// The first run compiles the command line if src/ changed (bin/reconnect.mjs caches it in dist/).
		const listed = (JSON.parse(run(cli, true).out) as unknown[]).length;
		log(`reconnect rank --json lists ${listed} contacts; ${run(raw, true).out.trim()}`);
		const built = join(root, "dist", "cli.mjs");
		const builtAt = statSync(built).mtimeMs;
		const cliSamples: number[] = [];
		const rawSamples: number[] = [];
		for (let i = 0; i < options.warmup + options.runs; i++) {
			const cliMs = run(cli).ms; // interleaved, so both see the same state of the page cache
			const rawMs = run(raw).ms;
			if (i >= options.warmup) {
				cliSamples.push(cliMs);
				rawSamples.push(rawMs);
			}
		}
		if (statSync(built).mtimeMs !== builtAt) log("warning: src/ changed during the runs and the command line was recompiled; its times include a build");
		if (args.profile === "cliRankMs") profileCommandLine(cli.slice(1));
		cliRankMs = summarize(cliSamples);
		rawReadMs = summarize(rawSamples);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

process.stdout.write(`${JSON.stringify({ indexBuildMs, indexBuildOnePieceMs, longestTaskMs, retainedHeapMb, rankMs, contactEditMs, dailyNoteEditMs, firstRenderMs, cliRankMs, rawReadMs, onloadMs })}\n`);
process.exit(0);
