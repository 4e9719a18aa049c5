import { parentPath__ } from "./paths";

export type FileData__ = string | ArrayBuffer;

interface StoredFile {
	data: FileData__;
	ctime: number;
	mtime: number;
}

export interface WriteTimes__ {
	ctime?: number;
	mtime?: number;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * The disk: every file and folder of the vault, hidden ones included, with no events.
 * Paths are normalized vault paths; the root folder is "/" and always exists.
 */
export class MemoryStore__ {
	private readonly files = new Map<string, StoredFile>();
	private readonly folders = new Set<string>(["/"]);

	constructor(readonly now: () => number) {}

	isFile(path: string): boolean {
		return this.files.has(path);
	}

	isFolder(path: string): boolean {
		return this.folders.has(path === "" ? "/" : path);
	}

	exists(path: string): boolean {
		return this.isFile(path) || this.isFolder(path);
	}

	readText(path: string): string {
		const data = this.get(path).data;
		return typeof data === "string" ? data : decoder.decode(data);
	}

	readBinary(path: string): ArrayBuffer {
		const data = this.get(path).data;
		if (typeof data !== "string") return data.slice(0);
		const bytes = encoder.encode(data);
		return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
	}

	stat(path: string): { type: "file" | "folder"; ctime: number; mtime: number; size: number } | null {
		const file = this.files.get(path);
		if (file) return { type: "file", ctime: file.ctime, mtime: file.mtime, size: sizeOf(file.data) };
		if (this.isFolder(path)) return { type: "folder", ctime: 0, mtime: 0, size: 0 };
		return null;
	}

	/** Writes a file; its folder must exist (as on disk). */
	write(path: string, data: FileData__, times: WriteTimes__ = {}): void {
		const folder = parentPath__(path);
		if (!this.isFolder(folder)) throw enoent(path);
		if (this.isFolder(path)) throw new Error(`EISDIR: illegal operation on a directory, open '${path}'`);
		const now = this.now();
		const previous = this.files.get(path);
		this.files.set(path, {
			data,
			ctime: times.ctime ?? previous?.ctime ?? now,
			mtime: times.mtime ?? now,
		});
	}

	/** Creates a folder and any missing parents, like `mkdir -p`. */
	mkdirs(path: string): string[] {
		const created: string[] = [];
		if (path === "" || path === "/") return created;
		const parent = parentPath__(path);
		created.push(...this.mkdirs(parent));
		if (this.files.has(path)) throw new Error(`EEXIST: file already exists, mkdir '${path}'`);
		if (!this.folders.has(path)) {
			this.folders.add(path);
			created.push(path);
		}
		return created;
	}

	removeFile(path: string): void {
		if (!this.files.delete(path)) throw enoent(path);
	}

	removeFolder(path: string): void {
		for (const inner of this.descendants(path)) {
			this.files.delete(inner);
			this.folders.delete(inner);
		}
		this.folders.delete(path);
	}

	/** Direct children of a folder, as full paths. */
	list(folder: string): { files: string[]; folders: string[] } {
		const prefix = folder === "" || folder === "/" ? "" : `${folder}/`;
		const isChild = (path: string) => path !== "/" && path.startsWith(prefix) && !path.slice(prefix.length).includes("/");
		return {
			files: [...this.files.keys()].filter(isChild),
			folders: [...this.folders].filter(isChild),
		};
	}

	/** Every file and folder below a folder, in creation order. */
	descendants(folder: string): string[] {
		const prefix = folder === "/" ? "" : `${folder}/`;
		return [...this.folders, ...this.files.keys()].filter((path) => path !== "/" && path.startsWith(prefix));
	}

	/** Moves a file or a folder with its contents. */
	move(from: string, to: string): void {
		if (!this.isFolder(parentPath__(to))) throw enoent(to);
		const file = this.files.get(from);
		if (file) {
			this.files.delete(from);
			this.files.set(to, file);
			return;
		}
		if (!this.folders.has(from)) throw enoent(from);
		const inner = this.descendants(from);
		this.folders.delete(from);
		this.folders.add(to);
		for (const path of inner) {
			const moved = to + path.slice(from.length);
			const innerFile = this.files.get(path);
			if (innerFile) {
				this.files.delete(path);
				this.files.set(moved, innerFile);
			} else {
				this.folders.delete(path);
				this.folders.add(moved);
			}
		}
	}

	private get(path: string): StoredFile {
		const file = this.files.get(path);
		if (!file) throw enoent(path);
		return file;
	}
}

function sizeOf(data: FileData__): number {
	return typeof data === "string" ? encoder.encode(data).byteLength : data.byteLength;
}

export function enoent(path: string): Error {
	return Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: "ENOENT" });
}
