import type * as Obsidian from "obsidian";
import type { DataWriteOptions } from "obsidian";
import { MemoryAdapter__ } from "./adapter";
import { Events } from "./events";
import { TAbstractFile, TFile, TFolder } from "./files";
import { fileName__, isHiddenPath__, joinPath__, normalizePath, parentPath__ } from "./paths";
import { type FileData__, MemoryStore__, enoent } from "./store";

export interface VaultOptions__ {
	/** Vault name (getName()). */
	name?: string;
	/** Clock for ctime/mtime; defaults to Date.now, so vi.setSystemTime() controls it. */
	now?: () => number;
}

/** One write the vault performed, for tests that check what was (or was not) written. */
export interface WriteRecord__ {
	op: "create" | "modify" | "append" | "process" | "createFolder" | "rename" | "delete" | "trash" | "adapter";
	path: string;
}

const FORBIDDEN_NAME_CHARS = /[*"<>:|?]/;

/**
 * The in-memory vault. Every operation happens synchronously inside the call (so two
 * `process` calls in a row both apply), then fires Obsidian's vault event before the
 * returned promise settles. Dot-files and dot-folders (.obsidian, .trash) live on the
 * adapter only and are never TFiles, as in Obsidian.
 */
export class Vault extends Events {
	configDir = ".obsidian";
	adapter: MemoryAdapter__;
	readonly store__: MemoryStore__;
	readonly writeLog__: WriteRecord__[] = [];
	/** Set by the metadata cache so `settled__()` can wait for indexing. */
	settledHook__: (() => Promise<void>) | null = null;
	/** Mock-only plumbing: true while replayLoad__() re-fires `create` (the cache ignores those). */
	replaying__ = false;

	private readonly vaultName: string;
	private readonly entries = new Map<string, TAbstractFile>();
	private readonly root: TFolder;
	private readonly failures = new Map<string, Error>();

	constructor(options: VaultOptions__ = {}) {
		super();
		this.vaultName = options.name ?? "Vault";
		this.store__ = new MemoryStore__(options.now ?? (() => Date.now()));
		this.root = new TFolder(this, "/", null);
		this.adapter = new MemoryAdapter__(this, this.store__, this.vaultName);
	}

	getName(): string {
		return this.vaultName;
	}

	getRoot(): TFolder {
		return this.root;
	}

	getAbstractFileByPath(path: string): TAbstractFile | null {
		if (path === "/") return this.root;
		return this.entries.get(path) ?? null;
	}

	getFileByPath(path: string): TFile | null {
		const file = this.getAbstractFileByPath(path);
		return file instanceof TFile ? file : null;
	}

	getFolderByPath(path: string): TFolder | null {
		const folder = this.getAbstractFileByPath(path);
		return folder instanceof TFolder ? folder : null;
	}

	getAllLoadedFiles(): TAbstractFile[] {
		return [this.root, ...this.entries.values()];
	}

	getAllFolders(includeRoot?: boolean): TFolder[] {
		const folders = [...this.entries.values()].filter((entry): entry is TFolder => entry instanceof TFolder);
		return includeRoot ? [this.root, ...folders] : folders;
	}

	static recurseChildren(root: Obsidian.TFolder, cb: (file: Obsidian.TAbstractFile) => unknown): void {
		cb(root);
		for (const child of root.children) {
			if (child instanceof TFolder) Vault.recurseChildren(child as unknown as Obsidian.TFolder, cb);
			else cb(child);
		}
	}

	getFiles(): TFile[] {
		return [...this.entries.values()].filter((entry): entry is TFile => entry instanceof TFile);
	}

	getMarkdownFiles(): TFile[] {
		return this.getFiles().filter((file) => file.extension === "md");
	}

	async read(file: TFile): Promise<string> {
		return this.store__.readText(this.live(file).path);
	}

	async cachedRead(file: TFile): Promise<string> {
		return this.store__.readText(this.live(file).path);
	}

	async readBinary(file: TFile): Promise<ArrayBuffer> {
		return this.store__.readBinary(this.live(file).path);
	}

	getResourcePath(file: TFile): string {
		return `app://local/${encodeURI(file.path)}?${file.stat.mtime}`;
	}

	/** Throws if the path exists (case-insensitively, as on macOS and Windows) or its folder is missing. */
	async create(path: string, data: string, options?: DataWriteOptions): Promise<TFile> {
		return this.createFile(path, data, options);
	}

	async createBinary(path: string, data: ArrayBuffer, options?: DataWriteOptions): Promise<TFile> {
		return this.createFile(path, data, options);
	}

	/** Creates the folder and any missing parents; throws if it already exists. */
	async createFolder(path: string): Promise<TFolder> {
		const normalized = this.checkedPath(path);
		if (this.existsIgnoringCase(normalized)) throw new Error("Folder already exists.");
		this.takeFailure(normalized);
		for (const created of this.store__.mkdirs(normalized)) this.register(created);
		this.writeLog__.push({ op: "createFolder", path: normalized });
		const folder = this.getFolderByPath(normalized);
		if (!folder) throw enoent(normalized);
		return folder;
	}

	async modify(file: TFile, data: string, options?: DataWriteOptions): Promise<void> {
		this.write(this.live(file), data, "modify", options);
	}

	async modifyBinary(file: TFile, data: ArrayBuffer, options?: DataWriteOptions): Promise<void> {
		this.write(this.live(file), data, "modify", options);
	}

	async append(file: TFile, data: string, options?: DataWriteOptions): Promise<void> {
		const live = this.live(file);
		this.write(live, this.store__.readText(live.path) + data, "append", options);
	}

	async appendBinary(file: TFile, data: ArrayBuffer, options?: DataWriteOptions): Promise<void> {
		const live = this.live(file);
		const before = new Uint8Array(this.store__.readBinary(live.path));
		const joined = new Uint8Array(before.byteLength + data.byteLength);
		joined.set(before, 0);
		joined.set(new Uint8Array(data), before.byteLength);
		this.write(live, joined.buffer, "append", options);
	}

	/** Atomic read-modify-write: `fn` runs and the result is written before this call returns. */
	async process(file: TFile, fn: (data: string) => string, options?: DataWriteOptions): Promise<string> {
		const live = this.live(file);
		const data = fn(this.store__.readText(live.path));
		this.write(live, data, "process", options);
		return data;
	}

	async rename(file: TAbstractFile, newPath: string): Promise<void> {
		const live = this.live(file);
		const target = this.checkedPath(newPath);
		if (target === live.path) return;
		if (this.existsIgnoringCase(target, live)) throw new Error("Destination file already exists!");
		const parent = this.getFolderByPath(parentPath__(target) || "/");
		if (!parent) throw enoent(target);
		this.takeFailure(live.path);
		const oldPath = live.path;
		const moved = live instanceof TFolder ? this.subtree(live) : [live];
		const oldPaths = moved.map((entry) => entry.path);
		this.store__.move(oldPath, target);
		for (const entry of moved) this.entries.delete(entry.path);
		this.detachFromParent(live);
		live.setPath__(target, parent);
		parent.children.push(live);
		for (const entry of moved) {
			if (entry !== live) entry.setPath__(target + entry.path.slice(oldPath.length), entry.parent);
			this.entries.set(entry.path, entry);
		}
		this.writeLog__.push({ op: "rename", path: target });
		moved.forEach((entry, index) => this.trigger("rename", entry, oldPaths[index]));
	}

	async delete(file: TAbstractFile, force?: boolean): Promise<void> {
		void force;
		this.deleteEntry(file);
	}

	/** `system` true: the OS trash (gone from the vault); false: moved to the hidden `.trash` folder. */
	async trash(file: TAbstractFile, system: boolean): Promise<void> {
		await this.trashEntry__(file, system);
	}

	/** Mock-only plumbing: trash() (FileManager.trashFile uses it too). */
	async trashEntry__(file: TAbstractFile, system: boolean): Promise<void> {
		const live = this.live(file);
		if (system) {
			this.deleteEntry(live);
			return;
		}
		this.takeFailure(live.path);
		this.store__.mkdirs(".trash");
		let target = `.trash/${live.name}`;
		for (let n = 1; this.store__.exists(target); n++) target = `.trash/${live.name} ${n}`;
		this.store__.move(live.path, target);
		this.writeLog__.push({ op: "trash", path: live.path });
		this.unregister(live);
	}

	async copy<T extends TAbstractFile>(file: T, newPath: string): Promise<T> {
		const live = this.live(file);
		if (live instanceof TFile) {
			const copy = await this.createFile(newPath, this.store__.readBinary(live.path));
			return copy as unknown as T;
		}
		const folder = await this.createFolder(newPath);
		const children = live instanceof TFolder ? [...live.children] : [];
		for (const child of children) await this.copy(child, joinPath__(folder.path, child.name));
		return folder as unknown as T;
	}

	/** Mock-only: the next write of `path` (create, modify, append, process, processFrontMatter, rename, delete, adapter write) throws `error` and changes nothing. */
	failNextWrite__(path: string, error: Error = new Error(`EACCES: permission denied, open '${path}'`)): void {
		this.failures.set(normalizePath(path), error);
	}

	/** Mock-only: resolves once the metadata cache has indexed every change and fired `resolved`. */
	async settled__(): Promise<void> {
		await this.settledHook__?.();
	}

	/** Mock-only: adds a file as a vault load would, creating its folders. Hidden paths go to the adapter only. */
	seed__(path: string, data: FileData__, times: { ctime?: number; mtime?: number } = {}): void {
		const normalized = normalizePath(path);
		for (const folder of this.store__.mkdirs(parentPath__(normalized))) this.register(folder);
		this.store__.write(normalized, data, times);
		this.register(normalized);
	}

	/** Mock-only: fires `create` for every folder and file, as Obsidian does when it loads a vault. */
	replayLoad__(): void {
		this.replaying__ = true;
		try {
			for (const entry of [...this.entries.values()]) this.trigger("create", entry);
		} finally {
			this.replaying__ = false;
		}
	}

	/** Mock-only plumbing: throws the injected failure for `path`, if any. */
	takeFailure(path: string): void {
		const error = this.failures.get(path);
		if (!error) return;
		this.failures.delete(path);
		throw error;
	}

	/** Mock-only plumbing: the adapter changed `path` on disk; reflect it as Obsidian's file watcher would. */
	syncFromDisk__(path: string): void {
		if (isHiddenPath__(path)) return;
		const entry = this.entries.get(path);
		if (!this.store__.exists(path)) {
			if (entry) this.unregister(entry);
			return;
		}
		if (!entry) {
			for (const folder of this.store__.mkdirs(parentPath__(path))) this.register(folder);
			this.register(path);
			const inner = this.store__.descendants(path).sort((a, b) => a.split("/").length - b.split("/").length);
			for (const innerPath of inner) this.register(innerPath);
			return;
		}
		if (entry instanceof TFile) {
			this.refreshStat(entry);
			this.trigger("modify", entry);
		}
	}

	private deleteEntry(file: TAbstractFile): void {
		const live = this.live(file);
		this.takeFailure(live.path);
		if (live instanceof TFolder) this.store__.removeFolder(live.path);
		else this.store__.removeFile(live.path);
		this.writeLog__.push({ op: "delete", path: live.path });
		this.unregister(live);
	}

	private async createFile(path: string, data: FileData__, options?: DataWriteOptions): Promise<TFile> {
		const normalized = this.checkedPath(path);
		if (this.existsIgnoringCase(normalized)) throw new Error("File already exists.");
		if (!this.store__.isFolder(parentPath__(normalized) || "/")) throw enoent(normalized);
		this.takeFailure(normalized);
		this.store__.write(normalized, data, options);
		this.writeLog__.push({ op: "create", path: normalized });
		const file = this.register(normalized);
		if (!(file instanceof TFile)) throw enoent(normalized);
		return file;
	}

	private write(file: TFile, data: FileData__, op: WriteRecord__["op"], options?: DataWriteOptions): void {
		this.takeFailure(file.path);
		this.store__.write(file.path, data, options);
		this.refreshStat(file);
		this.writeLog__.push({ op, path: file.path });
		this.trigger("modify", file);
	}

	private refreshStat(file: TFile): void {
		const stat = this.store__.stat(file.path);
		if (stat) file.stat = { ctime: stat.ctime, mtime: stat.mtime, size: stat.size };
	}

	/** Creates the TAbstractFile for a path already on the store and fires `create`. */
	private register(path: string): TAbstractFile | null {
		if (isHiddenPath__(path)) return null;
		const parent = this.getFolderByPath(parentPath__(path) || "/");
		if (!parent) throw enoent(path);
		const stat = this.store__.stat(path);
		const entry = stat?.type === "file"
			? new TFile(this, path, parent, { ctime: stat.ctime, mtime: stat.mtime, size: stat.size })
			: new TFolder(this, path, parent);
		this.entries.set(path, entry);
		parent.children.push(entry);
		this.trigger("create", entry);
		return entry;
	}

	/** Forgets an entry (and its subtree), children first, firing `delete` for each. */
	private unregister(entry: TAbstractFile): void {
		const doomed = entry instanceof TFolder ? this.subtree(entry).reverse() : [entry];
		this.detachFromParent(entry);
		for (const item of doomed) {
			this.entries.delete(item.path);
			this.trigger("delete", item);
		}
	}

	/** The entry and everything below it, parents before children. */
	private subtree(folder: TFolder): TAbstractFile[] {
		const all: TAbstractFile[] = [];
		Vault.recurseChildren(folder as unknown as Obsidian.TFolder, (item) => all.push(item as unknown as TAbstractFile));
		return all;
	}

	private detachFromParent(entry: TAbstractFile): void {
		const siblings = entry.parent?.children;
		if (!siblings) return;
		const index = siblings.indexOf(entry);
		if (index >= 0) siblings.splice(index, 1);
	}

	/** The vault's current object for this file; throws if it was deleted meanwhile. */
	private live<T extends TAbstractFile>(file: T): T {
		if (file.path !== "/" && this.entries.get(file.path) !== file) throw enoent(file.path);
		return file;
	}

	/** Whether another file or folder has this path, ignoring case (as on macOS and Windows). */
	private existsIgnoringCase(path: string, except?: TAbstractFile): boolean {
		if (this.store__.exists(path) && this.entries.get(path) !== except) return true;
		const lower = path.toLowerCase();
		return [...this.entries.values()].some((other) => other !== except && other.path.toLowerCase() === lower);
	}

	private checkedPath(path: string): string {
		const normalized = normalizePath(path);
		if (normalized === "/") throw new Error("Invalid path: the vault root.");
		if (isHiddenPath__(normalized)) {
			throw new Error(`The double keeps dot-paths on vault.adapter only, as Obsidian does not index them: '${normalized}'`);
		}
		if (FORBIDDEN_NAME_CHARS.test(fileName__(normalized))) {
			throw new Error('File name cannot contain any of the following characters: * " \\ / < > : | ?');
		}
		return normalized;
	}
}
