import type { Loc, Pos } from "obsidian";

/** Line/column/offset arithmetic for one note. Columns and offsets count UTF-16 units, as in Obsidian. */
export class LineIndex__ {
	/** Lines without their line break (a trailing "\r" is dropped too). */
	readonly lines: string[];
	private readonly starts: number[];

	constructor(text: string) {
		const raw = text.split("\n");
		this.lines = raw.map((line) => (line.endsWith("\r") ? line.slice(0, -1) : line));
		this.starts = [];
		let offset = 0;
		for (const line of raw) {
			this.starts.push(offset);
			offset += line.length + 1;
		}
	}

	line(line: number): string {
		return this.lines[line] ?? "";
	}

	loc(line: number, col: number): Loc {
		return { line, col, offset: (this.starts[line] ?? 0) + col };
	}

	/** The position of the end of a line's text. */
	lineEnd(line: number): Loc {
		return this.loc(line, this.line(line).length);
	}

	/** Whole lines `first`..`last`, from column 0 to the end of the last line. */
	lines__(first: number, last: number): Pos {
		return { start: this.loc(first, 0), end: this.lineEnd(last) };
	}
}
