/**
 * `npm run bench`: Reconnect on generated vaults of 1,000, 10,000 and 50,000 contacts (twice as
 * many daily notes), against its performance targets. Prints a table, or with --json one object:
 *
 *   { node, cpus, results: { "1000": { indexBuildMs: { median, min, max }, …, bundleBytes, onloadMs }, … } }
 *
 * Options: --json, --sizes 1000,10000,50000, --runs 5, --warmup 1, --skip-cli, --skip-build
 * (measure the main.js already built), --profile METRIC (CPU profile of that metric's runs).
 * See bench/README.md.
 */
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { cpus } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { build } from "esbuild";
import type { Summary } from "./stats";

const { values: args } = parseArgs({
	options: {
		json: { type: "boolean", default: false },
		sizes: { type: "string", default: "1000,10000,50000" },
		runs: { type: "string", default: "5" },
		warmup: { type: "string", default: "1" },
		"skip-cli": { type: "boolean", default: false },
		"skip-build": { type: "boolean", default: false },
		profile: { type: "string" },
	},
});

const here = dirname(fileURLToPath(import.meta.url)); // dist/bench
const root = join(here, "..", "..");
const sizes = args.sizes.split(",").map(Number);
const progress = (text: string): void => void process.stderr.write(`${text}\n`);

const METRICS = [
	"longestTaskMs",
	"indexBuildMs",
	"indexBuildOnePieceMs",
	"retainedHeapMb",
	"rankMs",
	"contactEditMs",
	"dailyNoteEditMs",
	"firstRenderMs",
	"cliRankMs",
	"rawReadMs",
	"bundleBytes",
	"onloadMs",
] as const;
type Metric = (typeof METRICS)[number];
type SizeResults = Record<Metric, Summary | number | null>;

/**
 * Targets at N = 10,000, with three held elsewhere: longestTaskMs at every size (and it is the
 * longest of all runs, not the median), retainedHeapMb at 50,000, and two held to another metric
 * of the same run (indexBuildMs to the one-piece build, cliRankMs to the raw read).
 */
const TARGET_N = 10_000;
const TARGETS: Partial<Record<Metric, number>> = { longestTaskMs: 50, rankMs: 10, contactEditMs: 1, dailyNoteEditMs: 1, firstRenderMs: 16, bundleBytes: 120_000, onloadMs: 5 };
const HEAP_TARGET = { n: 50_000, mb: 60 };
const SLICED_OVER_ONE_PIECE = 1.15;
const CLI_OVER_RAW = 3;
/** Metrics whose figure is the worst run: a user feels the longest freeze, not the typical one. */
const WORST_OF_RUNS: readonly Metric[] = ["longestTaskMs"];

// The worker runs the plugin against the Obsidian test double, as the tests do (vitest.config.ts).
await build({
	entryPoints: ["worker.ts", "rawRead.ts", "cliEntry.ts"].map((name) => join(root, "bench", name)),
	outdir: here,
	outExtension: { ".js": ".mjs" },
	bundle: true,
	platform: "node",
	format: "esm",
	target: "node20",
	packages: "external",
	alias: { obsidian: join(root, "tests", "fakes", "obsidian", "index.ts") },
	sourcemap: "external",
	logLevel: "warning",
});

/** The production bundle, built as `npm run build` builds it. */
function bundleBytes(): number | null {
	if (!args["skip-build"]) {
		const built = spawnSync(process.execPath, ["esbuild.config.mjs", "production"], { cwd: root, stdio: ["ignore", "ignore", "pipe"] });
		if (built.status !== 0) {
			progress(`npm run build failed, so bundleBytes is missing:\n${built.stderr.toString()}`);
			return null;
		}
	}
	const file = join(root, "main.js");
	return existsSync(file) ? statSync(file).size : null;
}

const bytes = bundleBytes();
const results: Record<string, SizeResults> = {};
for (const n of sizes) {
	progress(`N=${n.toLocaleString("en")}: ${n.toLocaleString("en")} contacts, ${(2 * n).toLocaleString("en")} daily notes`);
	const workerArgs = ["--n", String(n), "--runs", args.runs, "--warmup", args.warmup];
	if (args["skip-cli"]) workerArgs.push("--skip-cli");
	if (args.profile) workerArgs.push("--profile", args.profile);
	const worker = spawnSync(process.execPath, ["--expose-gc", "--max-old-space-size=8192", join(here, "worker.mjs"), ...workerArgs], {
		stdio: ["ignore", "pipe", "inherit"],
		env: { ...process.env, TZ: "UTC" },
		maxBuffer: 2 ** 26,
	});
	if (worker.status !== 0) throw new Error(`the benchmark for N=${n} failed (exit ${worker.status})`);
	const measured = JSON.parse(worker.stdout.toString().trim().split("\n").pop() ?? "{}") as Record<string, Summary | null>;
	results[String(n)] = Object.fromEntries(METRICS.map((metric) => [metric, metric === "bundleBytes" ? bytes : (measured[metric] ?? null)])) as SizeResults;
}

if (args.json) {
	process.stdout.write(`${JSON.stringify({ node: process.version, cpus: cpus().length, results }, null, 2)}\n`);
} else {
	process.stdout.write(table());
}

function median(value: Summary | number | null | undefined, metric?: Metric): number | null {
	if (value === null || value === undefined) return null;
	if (typeof value === "number") return value;
	return metric && WORST_OF_RUNS.includes(metric) ? value.max : value.median;
}

function format(value: number): string {
	if (value >= 1000) return Math.round(value).toLocaleString("en");
	return value.toFixed(value < 10 ? 2 : value < 100 ? 1 : 0);
}

function cell(value: Summary | number | null | undefined, worst = false): string {
	if (value === null || value === undefined) return "—";
	if (typeof value === "number") return format(value);
	if (worst) return `${format(value.max)} (worst of runs)`;
	return `${format(value.median)} (${format(value.min)}–${format(value.max)})`;
}

function table(): string {
	const at = results[String(TARGET_N)];
	const first = results[String(sizes[0])];
	const last = results[String(sizes[sizes.length - 1])];
	const growthLabel = `${label(sizes[sizes.length - 1] ?? 0)}/${label(sizes[0] ?? 0)}`;
	const rows: string[][] = [["metric", ...sizes.map((n) => `N=${n.toLocaleString("en")}`), `target (N=${label(TARGET_N)} unless said)`, "result", "ratio"]];
	for (const metric of METRICS) {
		const value = median(at?.[metric], metric);
		let target = "";
		let pass: boolean | null = null;
		let ratio = "";
		if (metric === "cliRankMs") {
			const raw = median(at?.rawReadMs);
			target = `≤ ${CLI_OVER_RAW} × raw`;
			if (value !== null && raw) {
				pass = value <= CLI_OVER_RAW * raw;
				ratio = `cli/raw ${(value / raw).toFixed(2)}×`;
			}
		} else if (metric === "indexBuildMs") {
			const onePiece = median(at?.indexBuildOnePieceMs);
			target = `≤ ${SLICED_OVER_ONE_PIECE} × one piece`;
			if (value !== null && onePiece) {
				pass = value <= SLICED_OVER_ONE_PIECE * onePiece;
				ratio = `sliced/one piece ${(value / onePiece).toFixed(2)}×`;
			}
		} else if (metric === "longestTaskMs") {
			target = `≤ ${TARGETS.longestTaskMs ?? 0} at every N`;
			const worst = sizes.map((size) => median(results[String(size)]?.[metric], metric));
			if (worst.every((ms) => ms !== null)) pass = worst.every((ms) => (ms ?? Infinity) <= (TARGETS.longestTaskMs ?? 0));
		} else if (metric === "retainedHeapMb") {
			const heap = median(results[String(HEAP_TARGET.n)]?.[metric]);
			target = `≤ ${HEAP_TARGET.mb} at N=${label(HEAP_TARGET.n)}`;
			if (heap !== null) pass = heap <= HEAP_TARGET.mb;
		} else if (TARGETS[metric] !== undefined) {
			target = `≤ ${TARGETS[metric].toLocaleString("en")}`;
			if (value !== null) pass = value <= TARGETS[metric];
		}
		if (!["bundleBytes", "cliRankMs", "indexBuildMs"].includes(metric) && sizes.length > 1) {
			const small = median(first?.[metric], metric);
			const big = median(last?.[metric], metric);
			if (small && big !== null) ratio = `${growthLabel} ${(big / small).toFixed(1)}×`;
		}
		const cells = sizes.map((size) => cell(results[String(size)]?.[metric], WORST_OF_RUNS.includes(metric)));
		rows.push([metric, ...cells, target, pass === null ? "" : pass ? "PASS" : "MISS", ratio]);
	}
	const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length))) ?? [];
	const lines = rows.map((row) => row.map((text, column) => text.padEnd(widths[column] ?? 0)).join("  ").trimEnd());
	lines.splice(1, 0, widths.map((width) => "-".repeat(width)).join("  "));
	const header = `Reconnect benchmark — node ${process.version}, ${cpus().length} CPUs; median (min–max) of ${args.runs} runs after ${args.warmup} warm-up; ms unless bytes`;
	const growth = sizes.length > 1 ? `${growthLabel} is the growth from the smallest to the largest vault (edits should stay near 1×), ` : "";
	const legend = `result: the median at N=${TARGET_N.toLocaleString("en")} against its target (longestTaskMs: the worst run at every size); ratio: ${growth}sliced/one piece and cli/raw at N=${TARGET_N.toLocaleString("en")}.`;
	return `${header}\n\n${lines.join("\n")}\n\n${legend}\n`;
}

function label(n: number): string {
	return n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : String(n);
}
