/**
 * CPU profiles of one measurement (V8's sampling profiler through node:inspector — the same data
 * `node --cpu-prof` writes), summarised as the hottest functions with their source file and line,
 * found through the bundle's source map.
 */
import { readFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

interface CallFrame {
	functionName: string;
	url: string;
	lineNumber: number;
	columnNumber: number;
}

interface ProfileNode {
	id: number;
	callFrame: CallFrame;
	children?: number[];
}

export interface CpuProfile {
	nodes: ProfileNode[];
	samples: number[];
	timeDeltas: number[];
}

/** Starts and stops V8's profiler around each measured run, keeping every run's profile. */
export class Profiler {
	readonly profiles: CpuProfile[] = [];
	readonly #session = new Session();

	async before(): Promise<void> {
		if (!this.profiles.length) {
			this.#session.connect();
			await this.#session.post("Profiler.enable");
			await this.#session.post("Profiler.setSamplingInterval", { interval: 50 });
		}
		await this.#session.post("Profiler.start");
	}

	async after(): Promise<void> {
		const { profile } = await this.#session.post("Profiler.stop");
		this.profiles.push(profile as unknown as CpuProfile);
	}
}

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** Maps a position in a bundle to its source through a version-3 source map. */
function sourceMapLookup(mapFile: string, root: string): (line: number, column: number) => string | null {
	const map = JSON.parse(readFileSync(mapFile, "utf8")) as { sources: string[]; mappings: string };
	// Per generated line: [generated column, source index, source line] triples, by column.
	const lines: number[][][] = [];
	const state = [0, 0, 0, 0];
	for (const text of map.mappings.split(";")) {
		const segments: number[][] = [];
		state[0] = 0;
		for (const segment of text.split(",")) {
			if (!segment) continue;
			const fields: number[] = [];
			let value = 0;
			let shift = 0;
			for (const char of segment) {
				const digit = BASE64.indexOf(char);
				value += (digit & 31) << shift;
				if (digit & 32) shift += 5;
				else {
					fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
					value = 0;
					shift = 0;
				}
			}
			for (let i = 0; i < fields.length && i < 4; i++) state[i] = (state[i] ?? 0) + (fields[i] ?? 0);
			if (fields.length >= 4) segments.push([state[0] ?? 0, state[1] ?? 0, state[2] ?? 0]);
		}
		lines.push(segments);
	}
	return (line, column) => {
		let found: number[] | undefined;
		for (const segment of lines[line] ?? []) {
			if ((segment[0] ?? 0) > column) break;
			found = segment;
		}
		if (!found) return null;
		const source = map.sources[found[1] ?? 0] ?? "?";
		const path = relative(root, fileURLToPath(new URL(source, `file://${mapFile}`)));
		return `${path}:${(found[2] ?? 0) + 1}`;
	};
}

/** The hottest functions by self time over all the profiles, with their total (inclusive) time, as a text table. */
export function summarizeProfiles(profiles: readonly CpuProfile[], mapFile: string, root: string, top = 20): string {
	const lookup = sourceMapLookup(mapFile, root);
	const rows: Rows = new Map();
	let all = 0;
	const bundleUrl = pathToFileURL(mapFile.replace(/\.map$/, "")).href;
	for (const profile of profiles) all += addProfile(profile, rows, bundleUrl, lookup);
	const shown = [...rows.values()].filter((row) => !/^\((root|program|idle)\)$/.test(row.name));
	const line = (row: Row): string => `${row.self.toFixed(1).padStart(8)} ${row.total.toFixed(1).padStart(8)}  ${row.name}  ${row.where}`;
	const idle = rows.get("(idle)@:-1")?.self ?? 0;
	return [
		`sampled ${all.toFixed(1)} ms in ${profiles.length} run(s), ${idle.toFixed(1)} ms of it idle (waiting for I/O); the profiler's own start-up excluded`,
		"hottest by self time:       self ms  total ms  function  source",
		...shown.sort((a, b) => b.self - a.self).slice(0, top).map(line),
		"Reconnect's code by total:  self ms  total ms  function  source",
		...shown.filter((row) => row.where.startsWith("src/")).sort((a, b) => b.total - a.total).slice(0, top).map(line),
	].join("\n");
}

interface Row {
	name: string;
	where: string;
	self: number;
	total: number;
}
type Rows = Map<string, Row>;

/** Adds one profile's self and total times to `rows`; returns the profile's sampled time. */
function addProfile(profile: CpuProfile, rows: Rows, bundleUrl: string, lookup: (line: number, column: number) => string | null): number {
	const byId = new Map(profile.nodes.map((node) => [node.id, node]));
	const selfMs = new Map<number, number>();
	profile.samples.forEach((id, i) => selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
	const where = (frame: CallFrame): string =>
		(frame.url === bundleUrl ? lookup(frame.lineNumber, frame.columnNumber) : null) ??
		`${frame.url.replace(/^.*node_modules\//, "node_modules/") || "(native)"}:${frame.lineNumber + 1}`;
	const totalOf = (node: ProfileNode, onStack: Set<string>): number => {
		// Starting the profiler logs every compiled function, inside the inspector's dispatch: not the code under test.
		if (node.callFrame.functionName === "dispatch" && !node.callFrame.url) return 0;
		const key = `${node.callFrame.functionName}@${node.callFrame.url}:${node.callFrame.lineNumber}`;
		let total = selfMs.get(node.id) ?? 0;
		const nested = new Set(onStack).add(key);
		for (const child of node.children ?? []) {
			const childNode = byId.get(child);
			if (childNode) total += totalOf(childNode, nested);
		}
		const row = rows.get(key) ?? { name: node.callFrame.functionName || "(anonymous)", where: where(node.callFrame), self: 0, total: 0 };
		row.self += selfMs.get(node.id) ?? 0;
		if (!onStack.has(key)) row.total += total; // recursion is counted once
		rows.set(key, row);
		return total;
	};
	const rootNode = profile.nodes[0];
	return rootNode ? totalOf(rootNode, new Set()) : 0;
}
