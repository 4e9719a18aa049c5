/**
 * One writer at a time per note. Before it reads a note to change it, a run of the command line
 * creates `.<note>.reconnect-lock` beside it with an exclusive create (`wx`), and removes it when
 * its write is done. Another run that finds the lock waits for it — up to five seconds — and then
 * gives up with exit 3, having changed nothing. A lock whose owner is gone (its process no longer
 * runs) or that is older than a write could take is stale and taken over.
 */
import { randomBytes } from "node:crypto";
import { readFile, stat, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { CliError, EXIT } from "./errors";
import { describeFsError } from "./vaultFiles";

/** How long a run waits for another run's lock before it gives up. */
export const LOCK_WAIT_MS = 5000;
/** A lock older than this was left by a run that ended without removing it. */
const STALE_MS = 30_000;

export function lockPathFor(absolute: string): string {
	return join(dirname(absolute), `.${basename(absolute)}.reconnect-lock`);
}

function processIsGone(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return false;
	} catch (error) {
		return (error as { code?: string }).code === "ESRCH";
	}
}

/** Is the lock at `path` left behind by a run that is gone? */
async function isStale(path: string): Promise<boolean> {
	try {
		const [text, info] = await Promise.all([readFile(path, "utf8"), stat(path)]);
		const pid = Number(/^(\d+)\b/.exec(text)?.[1]);
		if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && processIsGone(pid)) return true;
		return Date.now() - info.mtimeMs > STALE_MS;
	} catch {
		// Removed meanwhile, or not yet written by its owner: not stale, try again.
		return false;
	}
}

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `work` holding the note's lock; `name` is the note as the user knows it. */
export async function withNoteLock<T>(absolute: string, name: string, work: () => Promise<T>, waitMs = LOCK_WAIT_MS): Promise<T> {
	const path = lockPathFor(absolute);
	const token = `${process.pid} ${randomBytes(6).toString("hex")}\n`;
	const deadline = Date.now() + waitMs;
	for (let attempt = 0; ; attempt++) {
		try {
			await writeFile(path, token, { encoding: "utf8", flag: "wx", mode: 0o644 });
			break;
		} catch (error) {
			if ((error as { code?: string }).code !== "EEXIST") {
				// Created but not written (a full disk): no half lock is left behind.
				if ((await readFile(path, "utf8").catch(() => null)) === "") await unlink(path).catch(() => undefined);
				throw new CliError(`cannot write ${name}: its lock file ${describeFsError(error, "writing")}; nothing was changed`, EXIT.write);
			}
			if (await isStale(path)) {
				await unlink(path).catch(() => undefined);
				continue;
			}
			if (Date.now() >= deadline) {
				throw new CliError(`${name} is being changed by another run of Reconnect; waited ${Math.round(waitMs / 1000)} s, nothing was changed — run the command again`, EXIT.write);
			}
			// A little jitter, so waiting runs do not all retry at the same moment.
			await pause(Math.min(10 + attempt * 5, 50) + Math.random() * 10);
		}
	}
	try {
		return await work();
	} finally {
		// Only our own lock is removed (a stale-lock takeover by another run leaves theirs alone).
		const still = await readFile(path, "utf8").catch(() => null);
		if (still === token) await unlink(path).catch(() => undefined);
	}
}
