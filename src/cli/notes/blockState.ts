/** The open containers (quotes, list items) and leaf blocks that the block scanner tracks. */
import type { ItemDraft, ListGroup } from "./collector";
import type { ScannedSectionType } from "./scannedNote";

export interface Box {
	kind: "doc" | "quote" | "item";
	/** Items: the column where the item's content starts; continuation lines must reach it. */
	contentCol: number;
	/** The list a new item placed directly in this box would join, until another block intervenes. */
	openList: ListGroup | null;
	item: ItemDraft | null;
	/** Items whose first line is empty: CommonMark ends them at a following blank line. */
	emptyStart: boolean;
	callout: boolean;
}

export type LeafKind = "paragraph" | "table" | "fence" | "indented" | "html" | "comment";

export interface Leaf {
	kind: LeafKind;
	lineCount: number;
	inlineStart: number;
	inlineEnd: number;
	fenceChar: number;
	fenceLen: number;
	/** HTML blocks: the text that ends the block, or "" for blocks that end at a blank line. */
	closer: string;
}

export function newBox(kind: Box["kind"], contentCol: number, item: ItemDraft | null): Box {
	return { kind, contentCol, openList: null, item, emptyStart: false, callout: false };
}

export function leafSectionType(kind: LeafKind): ScannedSectionType {
	switch (kind) {
		case "fence":
		case "indented":
			return "code";
		case "html":
			return "html";
		case "comment":
			return "comment";
		case "table":
			return "table";
		default:
			return "paragraph";
	}
}
