/**
 * Writing a note so that nothing is ever half-written or lost: one writer at a time (a lock
 * beside the note), the new text in a temporary file beside the note, which then replaces it with
 * one rename. If another program changes the note meanwhile, its change is kept and nothing is
 * written.
 */
import { randomBytes } from "node:crypto";
import { appendFile, link, lstat, mkdir, open, readFile, rename, unlink, writeFile, type FileHandle } from "node:fs/promises";
import { basename, dirname, join, relative } from "node:path";
import { CliError, EXIT } from "./errors";
import { withNoteLock } from "./noteLock";
import { describeFsError, isInside, type VaultRoot } from "./vaultFiles";

function tempPathFor(absolute: string): string {
	return join(dirname(absolute), `.${basename(absolute)}.${process.pid}.${randomBytes(4).toString("hex")}.reconnect-tmp`);
}

async function currentText(absolute: string): Promise<string | null> {
	try {
		return await readFile(absolute, "utf8");
	} catch (error) {
		if ((error as { code?: string }).code === "ENOENT") return null;
		throw error;
	}
}

/** Creates the folders of a new note, each one checked to stay inside the vault. */
export async function ensureFolder(vault: VaultRoot, folder: string): Promise<void> {
	if (!isInside(vault.root, folder)) throw new CliError(`refusing to create ${folder}: it is outside the vault`, EXIT.usage);
	try {
		await mkdir(folder, { recursive: true });
	} catch (error) {
		throw new CliError(`cannot create the folder ${relative(vault.root, folder)}: it ${describeFsError(error, "writing")}`, EXIT.write);
	}
}

/** A note's text, or null when it does not exist; a note that is not UTF-8 is refused (exit 3). */
async function readUtf8(absolute: string, name: string): Promise<string | null> {
	let bytes: Buffer;
	try {
		bytes = await readFile(absolute);
	} catch (error) {
		if ((error as { code?: string }).code === "ENOENT") return null;
		throw new CliError(`cannot read ${name}: it ${describeFsError(error)}; nothing was changed`, EXIT.write);
	}
	const text = bytes.toString("utf8");
	// Bytes that are not UTF-8 would come back as U+FFFD: every other line would change.
	if (!Buffer.from(text, "utf8").equals(bytes)) {
		const at = text.indexOf("\uFFFD");
		throw new CliError(`${name} is not UTF-8 text${at >= 0 ? ` (line ${text.slice(0, at).split("\n").length})` : ""}, and Reconnect writes only UTF-8 notes, as Obsidian does; nothing was changed`, EXIT.write);
	}
	return text;
}

/**
 * Changes a note: under the note's lock (see noteLock.ts), reads it as it is now, asks `change`
 * for its new text (null: nothing to change), writes that to a temporary file beside it and
 * replaces the note with one rename — or creates it with a link, which never replaces a note that
 * appeared meanwhile. Returns the text written, or null.
 *
 * Programs other than Reconnect do not take the lock. An edit they save between the last look
 * and the rename would land in the replaced file: the replaced file is kept open and read again
 * after the rename (see carryOver).
 */
export async function updateNote(vault: VaultRoot, absolute: string, change: (current: string | null) => string | null): Promise<string | null> {
	const name = relative(vault.root, absolute);
	if (!isInside(vault.root, absolute)) throw new CliError(`refusing to write ${absolute}: it is outside the vault`, EXIT.usage);
	return withNoteLock(absolute, name, async () => {
		let mode = 0o644;
		try {
			const info = await lstat(absolute);
			if (info.isSymbolicLink()) throw new CliError(`refusing to write ${name}: it is a symbolic link, and replacing it would break the link`, EXIT.write);
			if (!info.isFile()) throw new CliError(`refusing to write ${name}: it is not a regular file`, EXIT.write);
			mode = info.mode & 0o777;
		} catch (error) {
			if (error instanceof CliError) throw error;
		}
		const current = await readUtf8(absolute, name);
		const text = change(current);
		if (text === null || text === current) return null;
		await replaceOrCreate(absolute, name, current, text, mode);
		return text;
	});
}

/** Bytes `from`..`to` of an open file. */
async function bytesOf(handle: FileHandle, from: number, to: number): Promise<Buffer> {
	const buffer = Buffer.alloc(to - from);
	let done = 0;
	while (done < buffer.length) {
		const { bytesRead } = await handle.read(buffer, done, buffer.length - done, from + done);
		if (!bytesRead) break;
		done += bytesRead;
	}
	return buffer.subarray(0, done);
}

/**
 * After the rename: what another program wrote into the replaced file (still open here) between
 * this run's last look and the rename is not lost. Lines it appended are appended to the new
 * note, after this run's change; any other change puts its version back, and the run fails.
 * The replaced file is looked at a few times over some milliseconds, for a program that opened
 * it just before the rename and writes just after.
 */
async function carryOver(original: FileHandle, absolute: string, name: string, expected: string, mode: number): Promise<void> {
	const wanted = Buffer.from(expected, "utf8");
	let carried = wanted.length;
	for (const wait of [0, 5, 25]) {
		if (wait) await new Promise((resolve) => setTimeout(resolve, wait));
		const { size } = await original.stat();
		if (size === carried) continue;
		const head = await bytesOf(original, 0, Math.min(size, wanted.length));
		if (size < wanted.length || !head.equals(wanted)) {
			// Rewritten, not appended to: the other program's version goes back, and this run changes nothing.
			await writeFile(absolute, await bytesOf(original, 0, size), { mode });
			throw new CliError(`${name} changed on disk while Reconnect was writing; the other change was kept and nothing was changed`, EXIT.write);
		}
		await appendFile(absolute, await bytesOf(original, carried, size));
		carried = size;
	}
}

async function replaceOrCreate(absolute: string, name: string, expected: string | null, text: string, mode: number): Promise<void> {
	const temp = tempPathFor(absolute);
	// The note as it is, held open: after the rename it is the replaced file, still readable.
	let original: FileHandle | null = null;
	try {
		if (expected !== null) original = await open(absolute, "r");
		const handle = await open(temp, "wx", mode);
		try {
			// The umask may have narrowed the mode; the note keeps the permissions it had.
			await handle.chmod(mode);
			await handle.writeFile(text, "utf8");
			await handle.sync();
		} finally {
			await handle.close();
		}
		// Last look before replacing: an edit that landed while we wrote must not be overwritten.
		if ((await currentText(absolute)) !== expected) throw new CliError(`${name} changed on disk while Reconnect was writing; nothing was changed`, EXIT.write);
		if (original === null) {
			// link() refuses to replace an existing file, so a note created meanwhile is never clobbered.
			await link(temp, absolute);
			await unlink(temp);
			return;
		}
		await rename(temp, absolute);
		await carryOver(original, absolute, name, expected ?? "", mode);
	} catch (error) {
		await unlink(temp).catch(() => undefined);
		if (error instanceof CliError) throw error;
		const code = (error as { code?: string }).code;
		if (code === "EEXIST") throw new CliError(`${name} appeared while Reconnect was working; nothing was changed`, EXIT.write);
		throw new CliError(`cannot write ${name}: it ${describeFsError(error, "writing")}; nothing was changed`, EXIT.write);
	} finally {
		await original?.close().catch(() => undefined);
	}
}
