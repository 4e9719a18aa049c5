import type { CachedMetadata, Reference, ReferenceCache } from "obsidian";

/** Calls `cb` for each reference until it returns true; returns whether one did. */
export function iterateRefs(refs: Reference[], cb: (ref: Reference) => boolean | void): boolean {
	for (const ref of refs) if (cb(ref)) return true;
	return false;
}

/** iterateRefs over a note's links and embeds. */
export function iterateCacheRefs(cache: CachedMetadata, cb: (ref: ReferenceCache) => boolean | void): boolean {
	for (const ref of [...(cache.links ?? []), ...(cache.embeds ?? [])]) if (cb(ref)) return true;
	return false;
}

export function getLanguage(): string {
	return "en";
}
