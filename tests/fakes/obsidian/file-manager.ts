import type { DataWriteOptions } from "obsidian";
import { type TAbstractFile, TFile, type TFolder } from "./files";
import { getFrontMatterInfo } from "./frontmatter";
import { getLinkpath } from "./linktext";
import type { MetadataCache } from "./metadata-cache";
import { splitExtension__ } from "./paths";
import type { Vault } from "./vault";
import { parseYaml, stringifyYaml } from "./yaml";

/** Creating, renaming and trashing files as the UI does, and processFrontMatter. */
export class FileManager {
	constructor(
		private readonly vault: Vault,
		private readonly metadataCache: MetadataCache,
	) {}

	/** New notes go to the vault root (Obsidian's default "Default location for new notes"). */
	getNewFileParent(sourcePath: string, newFilePath?: string): TFolder {
		void sourcePath;
		void newFilePath;
		return this.vault.getRoot();
	}

	/**
	 * Reads the note, parses its frontmatter, lets `fn` mutate it, then writes the note back with
	 * the frontmatter re-serialized by stringifyYaml and the body untouched; all before returning,
	 * like vault.process. Malformed YAML throws (YAMLParseError) and writes nothing; so does an
	 * error thrown by `fn`. A note without frontmatter gets a block; an emptied one loses it.
	 */
	async processFrontMatter(file: TFile, fn: (frontmatter: Record<string, unknown>) => void, options?: DataWriteOptions): Promise<void> {
		await this.vault.process(
			file,
			(content) => {
				const info = getFrontMatterInfo(content);
				const frontmatter = info.exists ? readFrontmatterObject(info.frontmatter) : {};
				fn(frontmatter);
				const yaml = Object.keys(frontmatter).length > 0 ? stringifyYaml(frontmatter) : "";
				if (info.exists) return yaml === "" ? content.slice(info.contentStart) : content.slice(0, info.from) + yaml + content.slice(info.to);
				return yaml === "" ? content : `---\n${yaml}---\n${content}`;
			},
			options,
		);
	}

	/** A wikilink with the shortest unambiguous linktext; files other than notes are embedded (`![[…]]`). */
	generateMarkdownLink(file: TFile, sourcePath: string, subpath?: string, alias?: string): string {
		const linktext = this.metadataCache.fileToLinktext(file, sourcePath, true);
		const embed = file.extension === "md" ? "" : "!";
		return `${embed}[[${linktext}${subpath ?? ""}${alias ? `|${alias}` : ""}]]`;
	}

	/** Renames, then rewrites wikilinks elsewhere that no longer reach the file (Obsidian's "update internal links"). */
	async renameFile(file: TAbstractFile, newPath: string): Promise<void> {
		const linkers = file instanceof TFile ? this.notesLinkingTo(file) : [];
		await this.vault.rename(file, newPath);
		if (!(file instanceof TFile)) return;
		for (const source of linkers) await this.updateLinks(source, file);
	}

	async promptForDeletion(file: TAbstractFile): Promise<boolean> {
		await this.trashFile(file);
		return true;
	}

	/** Uses the system trash, Obsidian's default "Deleted files" setting. */
	async trashFile(file: TAbstractFile): Promise<void> {
		await this.vault.trashEntry__(file, true);
	}

	async getAvailablePathForAttachment(filename: string, sourcePath?: string): Promise<string> {
		void sourcePath;
		const { basename, extension } = splitExtension__(filename);
		let candidate = filename;
		for (let n = 1; this.vault.getAbstractFileByPath(candidate); n++) candidate = `${basename} ${n}${extension ? `.${extension}` : ""}`;
		return candidate;
	}

	private notesLinkingTo(file: TFile): TFile[] {
		return Object.entries(this.metadataCache.resolvedLinks)
			.filter(([, targets]) => targets[file.path] !== undefined)
			.map(([source]) => this.vault.getFileByPath(source))
			.filter((source): source is TFile => source !== null);
	}

	private async updateLinks(source: TFile, target: TFile): Promise<void> {
		const cache = this.metadataCache.getFileCache(source);
		const refs = [...(cache?.links ?? []), ...(cache?.embeds ?? [])]
			.filter((ref) => ref.original.includes("[[") && this.metadataCache.getFirstLinkpathDest(getLinkpath(ref.link), source.path) !== target)
			.sort((a, b) => b.position.start.offset - a.position.start.offset);
		if (refs.length === 0) return;
		const linktext = this.metadataCache.fileToLinktext(target, source.path, true);
		await this.vault.process(source, (content) => {
			let text = content;
			for (const ref of refs) {
				const { start, end } = ref.position;
				if (text.slice(start.offset, end.offset) !== ref.original) continue;
				const subpath = ref.link.slice(getLinkpath(ref.link).length);
				const pipe = ref.original.indexOf("|");
				const alias = pipe >= 0 ? ref.original.slice(pipe, -2) : "";
				const bang = ref.original.startsWith("!") ? "!" : "";
				text = `${text.slice(0, start.offset)}${bang}[[${linktext}${subpath}${alias}]]${text.slice(end.offset)}`;
			}
			return text;
		});
	}
}

/** The frontmatter as a plain object; malformed YAML or a non-map throws so nothing is written. */
function readFrontmatterObject(yaml: string): Record<string, unknown> {
	const value = parseYaml(yaml);
	if (value === null || value === undefined) return {};
	if (typeof value !== "object" || Array.isArray(value)) throw new Error("Frontmatter is not a map of properties.");
	return value as Record<string, unknown>;
}
