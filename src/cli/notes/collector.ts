/**
 * Gathers what the block and inline scanners find into a ScannedNote: sections (top-level blocks),
 * list items with their extents, links, embeds and tags.
 */
import type { LineTable } from "./lineTable";
import type { ScannedLink, ScannedListItem, ScannedNote, ScannedSectionType } from "./scannedNote";

export interface ItemDraft {
	task: string | undefined;
	parent: number;
	startLine: number;
	startOffset: number;
	endLine: number;
	/** Once an item has a nested item, later lines are not its own (Obsidian excludes children). */
	hasChild: boolean;
	list: ListGroup;
}

export interface ListGroup {
	/** The bullet character, or '.'/')' for ordered lists: a change of marker starts a new list. */
	marker: number;
	firstLine: number;
	lastItem: ItemDraft | null;
}

export class Collector {
	private readonly items: ItemDraft[] = [];
	private sectionKey: object | null = null;
	private sectionType: ScannedSectionType = "paragraph";
	private sectionStart = 0;
	private sectionEnd = 0;

	constructor(private readonly text: string, private readonly lines: LineTable, private readonly note: ScannedNote) {}

	currentKey(): object | null {
		return this.sectionKey;
	}

	/** Adds `line` to the top-level block identified by `key`, starting a new section if needed. */
	touchSection(line: number, key: object | null, type: ScannedSectionType): void {
		if (key !== this.sectionKey || key === null) {
			this.flushSection();
			this.sectionKey = key;
			this.sectionType = type;
			this.sectionStart = line;
		}
		this.sectionEnd = line;
	}

	retypeSection(key: object, type: ScannedSectionType): void {
		if (key === this.sectionKey) this.sectionType = type;
	}

	addItem(item: ItemDraft): void {
		this.items.push(item);
	}

	addLink(embed: boolean, link: string, original: string, displayText: string, from: number, to: number): void {
		const line = this.lines.lineOf(from);
		const entry: ScannedLink = {
			link,
			original,
			displayText,
			position: { start: this.lines.pos(line, from), end: this.lines.pos(line, to) },
		};
		(embed ? this.note.embeds : this.note.links).push(entry);
	}

	addTag(tag: string): void {
		this.note.tags.push(tag);
	}

	finish(): void {
		this.flushSection();
		for (const item of this.items) {
			const listItem: ScannedListItem = {
				parent: item.parent,
				position: {
					start: this.lines.pos(item.startLine, item.startOffset),
					end: this.lines.pos(item.endLine, this.lines.end(item.endLine)),
				},
			};
			if (item.task !== undefined) listItem.task = item.task;
			this.note.listItems.push(listItem);
		}
	}

	private flushSection(): void {
		if (this.sectionKey === null) return;
		this.note.sections.push({
			type: this.sectionType,
			position: {
				start: this.lines.pos(this.sectionStart, this.lines.start(this.sectionStart)),
				end: this.lines.pos(this.sectionEnd, this.lines.end(this.sectionEnd)),
			},
		});
		this.sectionKey = null;
	}
}
