import type { EditorPosition, EditorRange, EditorSelection } from "obsidian";

/**
 * A plain-text Editor with Obsidian's line/ch API, enough for editorCallback commands:
 * value, lines, cursor and selection, replaceRange/replaceSelection. No CodeMirror.
 */
export class Editor {
	private anchor: EditorPosition = { line: 0, ch: 0 };
	private head: EditorPosition = { line: 0, ch: 0 };

	constructor(
		private readonly read: () => string,
		private readonly write: (value: string) => void,
	) {}

	getDoc(): this {
		return this;
	}

	refresh(): void {}

	getValue(): string {
		return this.read();
	}

	setValue(content: string): void {
		this.write(content);
		this.anchor = this.head = this.clip(this.head);
	}

	getLine(line: number): string {
		return this.lines()[line] ?? "";
	}

	setLine(n: number, text: string): void {
		this.replaceRange(text, { line: n, ch: 0 }, { line: n, ch: this.getLine(n).length });
	}

	lineCount(): number {
		return this.lines().length;
	}

	lastLine(): number {
		return this.lineCount() - 1;
	}

	getRange(from: EditorPosition, to: EditorPosition): string {
		return this.getValue().slice(this.posToOffset(from), this.posToOffset(to));
	}

	replaceRange(replacement: string, from: EditorPosition, to?: EditorPosition): void {
		const value = this.getValue();
		const start = this.posToOffset(from);
		const end = to ? this.posToOffset(to) : start;
		this.write(value.slice(0, start) + replacement + value.slice(end));
		this.anchor = this.head = this.offsetToPos(start + replacement.length);
	}

	getSelection(): string {
		const [from, to] = this.ordered();
		return this.getRange(from, to);
	}

	replaceSelection(replacement: string): void {
		const [from, to] = this.ordered();
		this.replaceRange(replacement, from, to);
	}

	somethingSelected(): boolean {
		return this.posToOffset(this.anchor) !== this.posToOffset(this.head);
	}

	getCursor(side: "from" | "to" | "head" | "anchor" = "head"): EditorPosition {
		const [from, to] = this.ordered();
		return { ...{ from, to, head: this.head, anchor: this.anchor }[side] };
	}

	setCursor(pos: EditorPosition | number, ch?: number): void {
		const target = typeof pos === "number" ? { line: pos, ch: ch ?? 0 } : pos;
		this.anchor = this.head = this.clip(target);
	}

	setSelection(anchor: EditorPosition, head?: EditorPosition): void {
		this.anchor = this.clip(anchor);
		this.head = this.clip(head ?? anchor);
	}

	listSelections(): EditorSelection[] {
		return [{ anchor: { ...this.anchor }, head: { ...this.head } }];
	}

	wordAt(pos: EditorPosition): EditorRange | null {
		const line = this.getLine(pos.line);
		let start = pos.ch;
		let end = pos.ch;
		while (start > 0 && /\w/.test(line[start - 1] ?? "")) start--;
		while (end < line.length && /\w/.test(line[end] ?? "")) end++;
		return start === end ? null : { from: { line: pos.line, ch: start }, to: { line: pos.line, ch: end } };
	}

	posToOffset(pos: EditorPosition): number {
		const lines = this.lines();
		let offset = 0;
		for (let i = 0; i < pos.line && i < lines.length; i++) offset += (lines[i]?.length ?? 0) + 1;
		return Math.min(offset + pos.ch, this.getValue().length);
	}

	offsetToPos(offset: number): EditorPosition {
		const before = this.getValue().slice(0, offset).split("\n");
		return { line: before.length - 1, ch: before[before.length - 1]?.length ?? 0 };
	}

	focus(): void {}

	blur(): void {}

	hasFocus(): boolean {
		return false;
	}

	private lines(): string[] {
		return this.getValue().split("\n");
	}

	private ordered(): [EditorPosition, EditorPosition] {
		return this.posToOffset(this.anchor) <= this.posToOffset(this.head) ? [this.anchor, this.head] : [this.head, this.anchor];
	}

	private clip(pos: EditorPosition): EditorPosition {
		return this.offsetToPos(this.posToOffset(pos));
	}
}
