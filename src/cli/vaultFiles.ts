/** Finding and reading a vault's notes on disk, never leaving the vault folder. */
import { readdirSync, realpathSync, statSync } from "node:fs";
import { lstat, readFile, realpath, stat } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { CliError, EXIT } from "./errors";

export interface VaultRoot {
	/** Absolute, symlinks resolved. */
	root: string;
	configDir: string;
}

export async function openVault(dir: string, configDir = ".obsidian"): Promise<VaultRoot> {
	let root: string;
	try {
		root = await realpath(dir);
		const info = await stat(root);
		if (!info.isDirectory()) throw new CliError(`cannot read the vault: ${dir} is not a folder`, EXIT.vault);
	} catch (error) {
		if (error instanceof CliError) throw error;
		throw new CliError(`cannot read the vault: ${dir} ${describeFsError(error)}`, EXIT.vault);
	}
	return { root, configDir };
}

/** What went wrong with a file, for "cannot read X: it …"; `writing` when the file was being changed. */
export function describeFsError(error: unknown, purpose: "reading" | "writing" = "reading"): string {
	const code = (error as { code?: string } | null)?.code;
	switch (code) {
		case "ENOENT":
			return "does not exist";
		case "EACCES":
		case "EPERM":
			return purpose === "writing" ? "is not writable (permission denied)" : "is not readable (permission denied)";
		case "ENOTDIR":
			return "is not a folder";
		case "EROFS":
			return "is on a read-only file system";
		case "ENOSPC":
			return "cannot be written: the disk is full";
		case "ENOTFILE":
			return "is not a regular file (a pipe, a device or a folder)";
		default:
			return error instanceof Error ? `could not be used (${error.message})` : "could not be used";
	}
}

/** Is an absolute path inside the vault? */
export function isInside(root: string, absolute: string): boolean {
	const rel = relative(root, absolute);
	return rel === "" || (!rel.startsWith("..") && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel));
}

/**
 * Every Markdown note, as vault paths with forward slashes. Like Obsidian, folders whose name
 * starts with a dot (the config folder, .trash, .git) are not part of the vault. Symbolic links
 * are followed only when they stay inside the vault.
 */
export async function listNotes(vault: VaultRoot, problems: string[] = []): Promise<string[]> {
	const notes: string[] = [];
	// Synchronous listing: tens of thousands of entries are read fastest without a promise each.
	const walk = (folder: string, prefix: string): void => {
		let entries;
		try {
			entries = readdirSync(folder, { withFileTypes: true });
		} catch (error) {
			if (folder === vault.root) throw new CliError(`cannot read the vault: ${vault.root} ${describeFsError(error)}`, EXIT.vault);
			// The rest of the vault is still read; the folder's notes are missing, and the user is told.
			problems.push(`the folder ${prefix.replace(/\/$/, "")} ${describeFsError(error)}, so its notes were left out`);
			return;
		}
		for (const entry of entries) {
			const name = entry.name;
			if (name.startsWith(".")) continue;
			let isFile = entry.isFile();
			let isDirectory = entry.isDirectory();
			if (entry.isSymbolicLink()) {
				try {
					const target = realpathSync(join(folder, name));
					if (!isInside(vault.root, target)) continue;
					isFile = statSync(target).isFile();
					// Links to folders could loop; Obsidian does not follow them either.
					isDirectory = false;
				} catch {
					continue;
				}
			}
			if (isDirectory) walk(join(folder, name), `${prefix}${name}/`);
			else if (isFile && name.toLowerCase().endsWith(".md")) notes.push(prefix + name);
		}
	};
	walk(vault.root, "");
	return notes.sort();
}

/** A vault path given on the command line or in a setting, refused if it would leave the vault. */
export async function safeVaultPath(vault: VaultRoot, vaultPath: string): Promise<string> {
	const clean = vaultPath.replace(/\\/g, "/");
	if (clean.startsWith("/") || /^[a-zA-Z]:/.test(clean) || clean.split("/").includes("..")) {
		throw new CliError(`refusing '${vaultPath}': paths must stay inside the vault (no '..' and no absolute paths)`, EXIT.usage);
	}
	const absolute = join(vault.root, clean);
	if (!isInside(vault.root, absolute)) throw new CliError(`refusing '${vaultPath}': it is outside the vault`, EXIT.usage);
	// Follow what exists of the path: a symbolic link must not lead out of the vault.
	let probe = absolute;
	while (isInside(vault.root, probe) && probe !== vault.root) {
		try {
			await lstat(probe);
			const real = await realpath(probe);
			if (!isInside(vault.root, real)) throw new CliError(`refusing '${vaultPath}': it leads outside the vault through a symbolic link`, EXIT.usage);
			break;
		} catch (error) {
			if (error instanceof CliError) throw error;
			probe = join(probe, "..");
		}
	}
	return absolute;
}

/**
 * A file's text, only if it is a regular file: reading a named pipe would wait forever, a device
 * could be endless. Anything else fails with the code ENOTFILE (see describeFsError).
 */
export async function readRegularFile(absolute: string): Promise<string> {
	const info = await stat(absolute);
	if (!info.isFile()) throw Object.assign(new Error(`${absolute} is not a regular file`), { code: "ENOTFILE" });
	return readFile(absolute, "utf8");
}

/** A setting file's text; null when it does not exist, or (said in `problems`) cannot be read. */
export async function readConfigFile(vault: VaultRoot, name: string, problems: string[] = []): Promise<string | null> {
	const path = join(vault.root, vault.configDir, name);
	try {
		return await readRegularFile(path);
	} catch (error) {
		const code = (error as { code?: string }).code;
		if (code === "ENOTFILE") throw new CliError(`the setting file ${vault.configDir}/${name} ${describeFsError(error)}`, EXIT.vault);
		if (code !== "ENOENT") problems.push(`${vault.configDir}/${name} ${describeFsError(error)}, so Reconnect uses the defaults it would use without it`);
		return null;
	}
}
