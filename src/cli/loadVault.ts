/**
 * A vault on disk turned into the same inputs the plugin gets from Obsidian's metadata cache —
 * frontmatter with dates as strings, links with their list-item and task context — and fed to
 * the shared contact index.
 */
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { ContactIndex } from "../core/contactIndex";
import { normalizeTag, type ContactRules, type NoteFacts } from "../core/contact";
import { createDatedNoteRule } from "../core/datedNotes";
import { dayOfLocalDate, type Day } from "../core/days";
import { lineWithContinuation } from "../core/history/lineText";
import { contactLinksOf, logLinesOf, mayHaveDatedLines, noteLines, openTasksOf, type NoteContent } from "../core/history/noteContent";
import { scanMarkdown, type ScannedNote } from "./notes/scanMarkdown";
import { cliDates, yamlEngine } from "./lazyModules";
import { LinkResolver } from "./linkResolver";
import { frontmatterBlock, readSimpleYaml } from "./simpleFrontmatter";
import { simpleNoteContent } from "./notes/simpleLinks";
import { readVaultConfig, type VaultConfig } from "./vaultConfig";
import { describeFsError, listNotes, openVault, type VaultRoot } from "./vaultFiles";

export interface LoadedVault {
	vault: VaultRoot;
	config: VaultConfig;
	index: ContactIndex;
	resolver: LinkResolver;
	notePaths: string[];
	/** Notes that could not be read at all. */
	unreadable: Map<string, string>;
	/** The lines history entries show (with the lines that continue them), kept while the notes were read. */
	lineTexts: LineTexts;
}

/** The lines that record contact, by note and line number: what a history entry shows. */
export class LineTexts {
	readonly #byNote = new Map<string, Map<number, string>>();

	keep(notePath: string, lines: readonly string[], numbers: Iterable<number>): void {
		let kept = this.#byNote.get(notePath);
		for (const number of numbers) {
			if (lines[number] === undefined) continue;
			if (!kept) this.#byNote.set(notePath, (kept = new Map<number, string>()));
			kept.set(number, lineWithContinuation(lines, number));
		}
	}

	get(notePath: string, line: number): string | undefined {
		return this.#byNote.get(notePath)?.get(line);
	}
}

export interface ReadFrontmatter {
	frontmatter: Record<string, unknown> | null;
	error: string | null;
}

/** A properties block whose lines end with a carriage return alone (old Mac line breaks). */
const CR_ONLY_BLOCK = /^---\r(?!\n)/;
const CR_ONLY = "its lines end with a carriage return alone (old Mac line breaks), so its properties cannot be read; convert its line breaks to read them";

/**
 * A note's properties, from the block Obsidian reads as frontmatter: a first line `---`, up to
 * the next line that is `---` and nothing else. A note whose block is never closed has none.
 */
export function readFrontmatter(text: string): ReadFrontmatter {
	// Obsidian reads the properties of a note that starts with a byte-order mark.
	if (text.charCodeAt(0) === 0xfeff) return readFrontmatter(text.slice(1));
	if (CR_ONLY_BLOCK.test(text)) return { frontmatter: null, error: CR_ONLY };
	const yaml = frontmatterBlock(text);
	if (yaml === null) return { frontmatter: null, error: null };
	const simple = readSimpleYaml(yaml);
	return simple ? { frontmatter: simple, error: null } : parseYamlBlock(yaml);
}

/** The full YAML parser's reading of a note's frontmatter, without the quick reader. */
export function readYamlFrontmatter(text: string): ReadFrontmatter {
	const yaml = frontmatterBlock(text);
	return yaml === null ? { frontmatter: null, error: null } : parseYamlBlock(yaml);
}

function parseYamlBlock(yaml: string): ReadFrontmatter {
	// A block of nothing but blank lines and comments is no properties, and no error.
	if (!yaml.replace(/^\s*#.*$/gm, "").trim()) return { frontmatter: {}, error: null };
	try {
		// Read with the core schema, dates are the text written, as Obsidian's cache gives them.
		const data = yamlEngine()(yaml) as unknown;
		if (data === null || typeof data !== "object" || Array.isArray(data)) return { frontmatter: null, error: data === null || data === undefined ? null : "the frontmatter is not a list of properties" };
		return { frontmatter: data as Record<string, unknown>, error: null };
	} catch (error) {
		const reason = error instanceof Error ? (error.message.split("\n")[0] ?? "").replace(/[:\s]+$/, "") : "";
		return { frontmatter: null, error: `the YAML frontmatter could not be read${reason ? ` (${reason.replace(/^YAMLException:\s*/, "")})` : ""}` };
	}
}

/** An open checkbox, somewhere: a note without one has no open tasks, and needs no scan for them. */
const OPEN_CHECKBOX = /\[ \]/;

/**
 * What a note's body says about people, scanning its Markdown only when that can matter: dated
 * notes for their links (a plain daily note is read line by line), notes with an open checkbox for
 * their tasks, contacts whose note has a line that may open with a date for their log.
 */
export function noteContentOf(path: string, text: string, isContact: boolean, scanned: () => ScannedNote, lineTexts?: LineTexts): NoteContent {
	let lines: string[] | null = null;
	const allLines = (): string[] => (lines ??= noteLines(text));
	const logLines = isContact ? (mayHaveDatedLines(text) ? logLinesOf(scanned(), allLines()) : []) : null;
	if (logLines?.length) lineTexts?.keep(path, allLines(), logLines.map((entry) => entry.line));
	// A plain note is read line by line, once, for both its links and its open tasks.
	let simple: ReturnType<typeof simpleNoteContent> | null = null;
	const plain = (): ReturnType<typeof simpleNoteContent> => (simple ??= simpleNoteContent(text));
	return {
		contactLinks: () => {
			const links = plain()?.counted ?? contactLinksOf(scanned());
			// Asked for dated notes only: the lines a history entry may show.
			if (links.length) lineTexts?.keep(path, allLines(), links.map((link) => link.line));
			return links;
		},
		openTasks: OPEN_CHECKBOX.test(text) ? (plain()?.openTasks ?? openTasksOf(scanned(), allLines())) : [],
		logLines,
	};
}

/**
 * Could a note's body tags make it a contact? Only if its text has '#' and a contact tag right
 * after it, in any case (a tag `#Person/work` names the contact tag `person`).
 */
export function contactTagFinder(contactTags: readonly string[]): (text: string) => boolean {
	const wanted = contactTags.map(normalizeTag).filter(Boolean);
	if (!wanted.length) return () => false;
	// Case-insensitive matching agrees with lower-casing for ASCII tags; others compare lower-cased text.
	if (wanted.some((tag) => /[^\x20-\x7e]/.test(tag))) {
		return (text) => {
			const lower = text.toLowerCase();
			return wanted.some((tag) => lower.includes(`#${tag}`));
		};
	}
	const pattern = new RegExp(`#(?:${wanted.map((tag) => tag.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})`, "iu");
	return (text) => pattern.test(text);
}

/**
 * A note's facts, scanning its Markdown only when that can matter: body tags decide whether a
 * note is a contact only when nothing else does, and only a note that names a contact tag can.
 */
function factsFor(rules: ContactRules, mayHaveContactTag: (text: string) => boolean, path: string, text: string, scanned: () => ScannedNote): NoteFacts {
	const { frontmatter, error } = readFrontmatter(text);
	const facts: NoteFacts = { path, frontmatter, frontmatterError: error, tags: [] };
	if (!mayHaveContactTag(text) || rules.isTemplate(path) || rules.isContact(facts)) return facts;
	return { ...facts, tags: scanned().tags };
}

/** One note as read for the index: its facts, and what its body says about people. */
type NoteRead = { facts: NoteFacts; content: NoteContent } | { unreadable: string };

function readForIndex(index: ContactIndex, root: string, path: string, mayHaveContactTag: (text: string) => boolean, lineTexts: LineTexts): NoteRead {
	let text: string;
	try {
		text = readFileSync(join(root, path), "utf8");
	} catch (error) {
		return { unreadable: describeFsError(error) };
	}
	let scan: ScannedNote | null = null;
	const scanned = (): ScannedNote => (scan ??= scanMarkdown(text));
	const facts = factsFor(index.rules, mayHaveContactTag, path, text, scanned);
	// Undated news is counted from the day its note was last changed: asked of the disk only then.
	Object.defineProperty(facts, "modified", { get: () => modifiedDay(join(root, path)), enumerable: true });
	return { facts, content: noteContentOf(path, text, index.rules.isContact(facts), scanned, lineTexts) };
}

/** The local day a file was last changed, or null when the file system will not say. */
function modifiedDay(absolute: string): Day | null {
	try {
		return dayOfLocalDate(statSync(absolute).mtime);
	} catch {
		return null;
	}
}

/** Reads the vault at `dir` and ranks it for `today`. */
export async function loadVault(dir: string, today: Day): Promise<LoadedVault> {
	const vault = await openVault(dir);
	const config = await readVaultConfig(vault);
	const notePaths = await listNotes(vault, config.notices);
	const resolver = new LinkResolver(notePaths);
	const index = new ContactIndex({
		settings: config.settings,
		templateFolders: config.templateFolders,
		datedNotes: createDatedNoteRule(config.daily.format, config.settings.datedFolders, cliDates.parseDay),
		resolveLink: (linktext, sourcePath) => resolver.resolve(linktext, sourcePath),
	});
	// Each note is read, turned into facts and let go: no vault's worth of text is held at once.
	const mayHaveContactTag = contactTagFinder(config.settings.contactTags);
	const unreadable = new Map<string, string>();
	const lineTexts = new LineTexts();
	for (const path of notePaths) {
		const note = readForIndex(index, vault.root, path, mayHaveContactTag, lineTexts);
		if ("unreadable" in note) unreadable.set(path, note.unreadable);
		else index.upsertNote(note.facts, note.content);
	}
	index.startNow(today);
	return { vault, config, index, resolver, notePaths, unreadable, lineTexts };
}
