import type { DataAdapter, DataWriteOptions, ListedFiles, Stat } from "obsidian";
import { normalizePath, parentPath__ } from "./paths";
import { type MemoryStore__, enoent } from "./store";
import type { Vault } from "./vault";

/**
 * `vault.adapter`: raw file access over the same in-memory disk as the vault. Config files
 * (`.obsidian/daily-notes.json`, plugin data) live here only. Writes to ordinary vault paths
 * are reflected into the vault the way Obsidian's file watcher would (create/modify/delete).
 */
export class MemoryAdapter__ implements DataAdapter {
	constructor(
		private readonly vault: Vault,
		private readonly store: MemoryStore__,
		private readonly name: string,
	) {}

	getName(): string {
		return this.name;
	}

	async exists(normalizedPath: string, sensitive?: boolean): Promise<boolean> {
		if (this.store.exists(normalizedPath)) return true;
		if (sensitive) return false;
		const lower = normalizedPath.toLowerCase();
		const { files, folders } = this.store.list(parentPath__(normalizedPath));
		return [...files, ...folders].some((path) => path.toLowerCase() === lower);
	}

	async stat(normalizedPath: string): Promise<Stat | null> {
		return this.store.stat(normalizedPath);
	}

	async list(normalizedPath: string): Promise<ListedFiles> {
		if (!this.store.isFolder(normalizedPath)) throw enoent(normalizedPath);
		return this.store.list(normalizedPath);
	}

	async read(normalizedPath: string): Promise<string> {
		return this.store.readText(normalizedPath);
	}

	async readBinary(normalizedPath: string): Promise<ArrayBuffer> {
		return this.store.readBinary(normalizedPath);
	}

	async write(normalizedPath: string, data: string, options?: DataWriteOptions): Promise<void> {
		this.writeData(normalizedPath, data, options);
	}

	async writeBinary(normalizedPath: string, data: ArrayBuffer, options?: DataWriteOptions): Promise<void> {
		this.writeData(normalizedPath, data, options);
	}

	async append(normalizedPath: string, data: string, options?: DataWriteOptions): Promise<void> {
		const before = this.store.isFile(normalizedPath) ? this.store.readText(normalizedPath) : "";
		this.writeData(normalizedPath, before + data, options);
	}

	async appendBinary(normalizedPath: string, data: ArrayBuffer, options?: DataWriteOptions): Promise<void> {
		const before = this.store.isFile(normalizedPath) ? new Uint8Array(this.store.readBinary(normalizedPath)) : new Uint8Array();
		const joined = new Uint8Array(before.byteLength + data.byteLength);
		joined.set(before, 0);
		joined.set(new Uint8Array(data), before.byteLength);
		this.writeData(normalizedPath, joined.buffer, options);
	}

	async process(normalizedPath: string, fn: (data: string) => string, options?: DataWriteOptions): Promise<string> {
		const data = fn(this.store.readText(normalizedPath));
		this.writeData(normalizedPath, data, options);
		return data;
	}

	getResourcePath(normalizedPath: string): string {
		return `app://local/${encodeURI(normalizedPath)}`;
	}

	/** Creates the folder and its missing parents. */
	async mkdir(normalizedPath: string): Promise<void> {
		const created = this.store.mkdirs(normalizePath(normalizedPath));
		for (const path of created) this.vault.syncFromDisk__(path);
	}

	async trashSystem(normalizedPath: string): Promise<boolean> {
		await this.rmdirOrRemove(normalizedPath);
		return true;
	}

	async trashLocal(normalizedPath: string): Promise<void> {
		this.store.mkdirs(".trash");
		await this.rename(normalizedPath, `.trash/${normalizedPath.slice(normalizedPath.lastIndexOf("/") + 1)}`);
	}

	async rmdir(normalizedPath: string, recursive: boolean): Promise<void> {
		if (!this.store.isFolder(normalizedPath)) throw enoent(normalizedPath);
		if (!recursive && this.store.descendants(normalizedPath).length > 0) {
			throw new Error(`ENOTEMPTY: directory not empty, rmdir '${normalizedPath}'`);
		}
		this.store.removeFolder(normalizedPath);
		this.vault.syncFromDisk__(normalizedPath);
	}

	async remove(normalizedPath: string): Promise<void> {
		this.vault.takeFailure(normalizedPath);
		this.store.removeFile(normalizedPath);
		this.vault.syncFromDisk__(normalizedPath);
	}

	/** Moves on disk; for vault paths the watcher sees a delete and a create (use vault.rename to keep the TFile). */
	async rename(normalizedPath: string, normalizedNewPath: string): Promise<void> {
		if (this.store.exists(normalizedNewPath)) throw new Error(`EEXIST: file already exists, rename '${normalizedNewPath}'`);
		this.store.move(normalizedPath, normalizedNewPath);
		this.vault.syncFromDisk__(normalizedPath);
		this.vault.syncFromDisk__(normalizedNewPath);
	}

	async copy(normalizedPath: string, normalizedNewPath: string): Promise<void> {
		if (this.store.exists(normalizedNewPath)) throw new Error(`EEXIST: file already exists, copyfile '${normalizedNewPath}'`);
		this.writeData(normalizedNewPath, this.store.readBinary(normalizedPath));
	}

	private async rmdirOrRemove(path: string): Promise<void> {
		if (this.store.isFolder(path)) await this.rmdir(path, true);
		else await this.remove(path);
	}

	private writeData(path: string, data: string | ArrayBuffer, options?: DataWriteOptions): void {
		this.vault.takeFailure(path);
		this.store.write(path, data, options);
		this.vault.writeLog__.push({ op: "adapter", path });
		this.vault.syncFromDisk__(path);
	}
}

/** Exported so `adapter instanceof FileSystemAdapter` works; the double's adapter is neither kind, as if no Node fs were reachable. */
export class FileSystemAdapter {}

export class CapacitorAdapter {}
