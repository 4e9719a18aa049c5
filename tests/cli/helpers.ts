/** Running the real `reconnect` binary on a temporary copy of the example vault. */
import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const BIN = join(ROOT, "bin", "reconnect.mjs");
export const EXAMPLE_VAULT = join(ROOT, "examples", "vault");

export interface RunResult {
	code: number;
	stdout: string;
	stderr: string;
}

export function runReconnect(args: readonly string[], env: Record<string, string> = {}): Promise<RunResult> {
	return new Promise((resolve) => {
		execFile(process.execPath, [BIN, ...args], { env: { ...process.env, TZ: "UTC", ...env }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
			const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
			resolve({ code, stdout, stderr });
		});
	});
}

/** A fresh copy of the example vault that a test may change. */
export async function copyOfExampleVault(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
	const dir = await mkdtemp(join(tmpdir(), "reconnect-vault-"));
	await cp(EXAMPLE_VAULT, dir, { recursive: true });
	return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

export async function readNote(vault: string, path: string): Promise<string> {
	return readFile(join(vault, path), "utf8");
}

/** Every file under a folder with its content, to prove what a command did and did not touch. */
export async function snapshot(dir: string): Promise<Map<string, string>> {
	const files = new Map<string, string>();
	const walk = async (folder: string, prefix: string): Promise<void> => {
		for (const entry of await readdir(folder, { withFileTypes: true })) {
			const path = prefix ? `${prefix}/${entry.name}` : entry.name;
			if (entry.isDirectory()) await walk(join(folder, entry.name), path);
			else files.set(path, await readFile(join(folder, entry.name), "utf8"));
		}
	};
	await walk(dir, "");
	return files;
}

export function changedFiles(before: Map<string, string>, after: Map<string, string>): string[] {
	const paths = new Set([...before.keys(), ...after.keys()]);
	return [...paths].filter((path) => before.get(path) !== after.get(path)).sort();
}
