import type { FileStats } from "obsidian";
import { fileName__, splitExtension__ } from "./paths";
import type { Vault } from "./vault";

/** A file or folder of the vault. The same object survives renames: only its fields change. */
export abstract class TAbstractFile {
	vault: Vault;
	path: string;
	name: string;
	parent: TFolder | null;

	constructor(vault: Vault, path: string, parent: TFolder | null) {
		this.vault = vault;
		this.path = path;
		this.name = path === "/" ? "" : fileName__(path);
		this.parent = parent;
	}

	/** Mock-only: updates path-derived fields after a rename. */
	setPath__(path: string, parent: TFolder | null): void {
		this.path = path;
		this.name = fileName__(path);
		this.parent = parent;
	}
}

export class TFile extends TAbstractFile {
	stat: FileStats;
	basename: string;
	extension: string;

	constructor(vault: Vault, path: string, parent: TFolder | null, stat: FileStats) {
		super(vault, path, parent);
		this.stat = stat;
		const { basename, extension } = splitExtension__(this.name);
		this.basename = basename;
		this.extension = extension;
	}

	override setPath__(path: string, parent: TFolder | null): void {
		super.setPath__(path, parent);
		const { basename, extension } = splitExtension__(this.name);
		this.basename = basename;
		this.extension = extension;
	}
}

export class TFolder extends TAbstractFile {
	children: TAbstractFile[] = [];

	isRoot(): boolean {
		return this.path === "/";
	}
}
