/**
 * Writing a note so that nothing is ever half-written or lost: the new text goes to a temporary
 * file beside the note, which then replaces it with one rename. If the note changed on disk
 * since it was read (an editor saved it meanwhile), nothing is written.
 */
import { randomBytes } from "node:crypto";
import { link, lstat, mkdir, open, readFile, rename, unlink } from "node:fs/promises";
import { basename, dirname, join, relative } from "node:path";
import { CliError, EXIT } from "./errors";
import { describeFsError, isInside, type VaultRoot } from "./vaultFiles";

export interface WriteRequest {
	/** Absolute path, already checked to be inside the vault. */
	absolute: string;
	/** The text the note had when it was read, or null when the note must not exist yet. */
	expected: string | null;
	text: string;
}

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
		throw new CliError(`cannot create the folder ${relative(vault.root, folder)}: it ${describeFsError(error)}`, EXIT.write);
	}
}

export async function writeNoteAtomically(vault: VaultRoot, request: WriteRequest): Promise<void> {
	const { absolute, expected, text } = request;
	const name = relative(vault.root, absolute);
	if (!isInside(vault.root, absolute)) throw new CliError(`refusing to write ${absolute}: it is outside the vault`, EXIT.usage);
	let mode = 0o644;
	try {
		const info = await lstat(absolute);
		if (info.isSymbolicLink()) throw new CliError(`refusing to write ${name}: it is a symbolic link, and replacing it would break the link`, EXIT.write);
		mode = info.mode & 0o777;
	} catch (error) {
		if (error instanceof CliError) throw error;
	}

	const before = await currentText(absolute).catch((error: unknown) => {
		throw new CliError(`cannot write ${name}: it ${describeFsError(error)}; nothing was changed`, EXIT.write);
	});
	if (before !== expected) {
		throw new CliError(
			expected === null ? `${name} appeared while Reconnect was working; nothing was changed` : `${name} changed on disk since it was read; nothing was changed — run the command again`,
			EXIT.write,
		);
	}

	const temp = tempPathFor(absolute);
	try {
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
		if (expected === null) {
			// link() refuses to replace an existing file, so a note created meanwhile is never clobbered.
			await link(temp, absolute);
			await unlink(temp);
		} else {
			await rename(temp, absolute);
		}
	} catch (error) {
		await unlink(temp).catch(() => undefined);
		if (error instanceof CliError) throw error;
		const code = (error as { code?: string }).code;
		if (code === "EEXIST") throw new CliError(`${name} appeared while Reconnect was working; nothing was changed`, EXIT.write);
		throw new CliError(`cannot write ${name}: it ${describeFsError(error)}; nothing was changed`, EXIT.write);
	}
}
