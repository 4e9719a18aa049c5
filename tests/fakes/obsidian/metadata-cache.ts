import type { CachedMetadata } from "obsidian";
import { Events } from "./events";
import { type TAbstractFile, TFile } from "./files";
import { LinkResolver__ } from "./link-resolver";
import { getLinkpath } from "./linktext";
import { parseMetadata__ } from "./markdown/parse-metadata";
import { macrotask__, nextMacrotask__ } from "./scheduler";
import type { Vault } from "./vault";

type LinkCounts = Record<string, Record<string, number>>;

/**
 * The metadata cache, indexing asynchronously as Obsidian does:
 * - vault `create`/`modify` of a note queues it; on a later macrotask it is parsed and
 *   `changed` (file, data, cache) fires — until then getFileCache() returns the old cache (or null);
 * - once nothing is left to parse, links are resolved: `resolve` (file) fires for each note whose
 *   links were (re)resolved, then `resolved` once;
 * - vault `delete` fires `deleted` (file, prevCache) at once, then links are re-resolved;
 * - vault `rename` moves the cache entry silently: no `changed`, no `resolve`, no `resolved`.
 */
export class MetadataCache extends Events {
	resolvedLinks: LinkCounts = {};
	unresolvedLinks: LinkCounts = {};

	private readonly caches = new Map<string, CachedMetadata>();
	private readonly pending = new Set<TFile>();
	private readonly toResolve = new Set<TFile>();
	private readonly resolver = new LinkResolver__();
	private readonly waiters: (() => void)[] = [];
	private scheduled = false;
	private relink = false;

	constructor(private readonly vault: Vault) {
		super();
		vault.on("create", (file) => this.onCreate(file as TAbstractFile));
		vault.on("modify", (file) => this.onModify(file as TAbstractFile));
		vault.on("delete", (file) => this.onDelete(file as TAbstractFile));
		vault.on("rename", (file, oldPath) => this.onRename(file as TAbstractFile, oldPath as string));
		vault.settledHook__ = () => this.settled__();
	}

	getFileCache(file: TFile): CachedMetadata | null {
		return this.caches.get(file.path) ?? null;
	}

	getCache(path: string): CachedMetadata | null {
		return this.caches.get(path) ?? null;
	}

	/** `linkpath` has no "#heading", "^block" or "|alias": strip them with getLinkpath() first. */
	getFirstLinkpathDest(linkpath: string, sourcePath: string): TFile | null {
		return this.resolver.resolve(linkpath, sourcePath, this.vault.getFileByPath(sourcePath));
	}

	/** The file's name when no other file shares it, else its full path (".md" omitted unless asked). */
	fileToLinktext(file: TFile, sourcePath: string, omitMdExtension = true): string {
		void sourcePath;
		const omit = omitMdExtension && file.extension === "md";
		const name = omit ? file.basename : file.name;
		const unique = this.resolver.withName(name).every((other) => other === file);
		if (unique) return name;
		return omit ? file.path.slice(0, -3) : file.path;
	}

	/** Mock-only: resolves after every queued parse is done and `resolved` has fired (at once if idle). */
	whenResolved__(): Promise<void> {
		if (this.isIdle__()) return Promise.resolve();
		return new Promise((resolve) => this.waiters.push(resolve));
	}

	/**
	 * Mock-only: like whenResolved__(), then keeps waiting while handlers of those events write
	 * more (each write queues more indexing), until a macrotask passes with nothing queued.
	 */
	async settled__(): Promise<void> {
		for (let round = 0; round < 100; round++) {
			await this.whenResolved__();
			await macrotask__();
			if (this.isIdle__()) return;
		}
		throw new Error("The vault never settled: event handlers keep writing.");
	}

	/** Mock-only: nothing queued for parsing or resolution. */
	isIdle__(): boolean {
		return !this.scheduled && this.pending.size === 0;
	}

	/** Mock-only: fires `resolve` for every indexed note, then `resolved`, as the end of Obsidian's initial indexing does. */
	replayResolved__(): void {
		for (const file of this.vault.getMarkdownFiles()) if (this.caches.has(file.path)) this.trigger("resolve", file);
		this.trigger("resolved");
	}

	private onCreate(file: TAbstractFile): void {
		if (!(file instanceof TFile) || this.vault.replaying__) return;
		this.resolver.add(file);
		if (file.extension === "md") this.queue(file);
		else this.requestRelink();
	}

	private onModify(file: TAbstractFile): void {
		if (file instanceof TFile && file.extension === "md") this.queue(file);
	}

	private onDelete(file: TAbstractFile): void {
		if (!(file instanceof TFile)) return;
		this.resolver.remove(file);
		this.pending.delete(file);
		this.toResolve.delete(file);
		const previous = this.caches.get(file.path) ?? null;
		this.caches.delete(file.path);
		delete this.resolvedLinks[file.path];
		delete this.unresolvedLinks[file.path];
		if (file.extension === "md") this.trigger("deleted", file, previous);
		this.requestRelink();
	}

	private onRename(file: TAbstractFile, oldPath: string): void {
		if (!(file instanceof TFile)) return;
		this.resolver.add(file);
		const cache = this.caches.get(oldPath);
		if (cache) {
			this.caches.delete(oldPath);
			this.caches.set(file.path, cache);
		}
		this.recomputeLinks();
	}

	private queue(file: TFile): void {
		this.pending.add(file);
		this.schedule();
	}

	private requestRelink(): void {
		this.relink = true;
		this.schedule();
	}

	private schedule(): void {
		if (this.scheduled) return;
		this.scheduled = true;
		nextMacrotask__(() => this.flush());
	}

	private flush(): void {
		this.scheduled = false;
		const batch = [...this.pending];
		this.pending.clear();
		for (const file of batch) {
			if (this.vault.getFileByPath(file.path) !== file) continue;
			const data = this.vault.store__.readText(file.path);
			const cache = parseMetadata__(data);
			this.caches.set(file.path, cache);
			this.toResolve.add(file);
			this.trigger("changed", file, data, cache);
		}
		if (this.pending.size > 0) {
			this.schedule();
			return;
		}
		this.resolveAll();
	}

	private resolveAll(): void {
		const changedPaths = this.recomputeLinks();
		const files = new Set(this.toResolve);
		for (const path of changedPaths) {
			const file = this.vault.getFileByPath(path);
			if (file) files.add(file);
		}
		this.toResolve.clear();
		this.relink = false;
		for (const file of files) this.trigger("resolve", file);
		this.trigger("resolved");
		if (this.pending.size > 0 || this.relink) {
			this.schedule();
			return;
		}
		if (this.scheduled) return;
		for (const wake of this.waiters.splice(0)) wake();
	}

	/** Rebuilds resolvedLinks/unresolvedLinks for every indexed note; returns the notes whose counts changed. */
	private recomputeLinks(): string[] {
		const changed: string[] = [];
		const seen = new Set<string>();
		for (const file of this.vault.getMarkdownFiles()) {
			const cache = this.caches.get(file.path);
			if (!cache) continue;
			seen.add(file.path);
			const resolved: Record<string, number> = {};
			const unresolved: Record<string, number> = {};
			for (const ref of [...(cache.links ?? []), ...(cache.embeds ?? []), ...(cache.frontmatterLinks ?? [])]) {
				const linkpath = getLinkpath(ref.link);
				const dest = this.getFirstLinkpathDest(linkpath, file.path);
				if (dest) resolved[dest.path] = (resolved[dest.path] ?? 0) + 1;
				else unresolved[linkpath] = (unresolved[linkpath] ?? 0) + 1;
			}
			if (!sameCounts(this.resolvedLinks[file.path], resolved) || !sameCounts(this.unresolvedLinks[file.path], unresolved)) {
				changed.push(file.path);
			}
			this.resolvedLinks[file.path] = resolved;
			this.unresolvedLinks[file.path] = unresolved;
		}
		for (const path of Object.keys(this.resolvedLinks)) if (!seen.has(path)) delete this.resolvedLinks[path];
		for (const path of Object.keys(this.unresolvedLinks)) if (!seen.has(path)) delete this.unresolvedLinks[path];
		return changed;
	}
}

function sameCounts(a: Record<string, number> | undefined, b: Record<string, number>): boolean {
	if (!a) return false;
	const keys = Object.keys(a);
	return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}
