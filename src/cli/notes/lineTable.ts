/** Line starts and ends of a note, and positions in Obsidian's { line, col, offset } shape. */
import { CR } from "./charCodes";
import type { ScanPos } from "./scannedNote";

export class LineTable {
	private readonly starts: number[] = [0];
	private readonly ends: number[] = [];

	constructor(text: string) {
		for (let nl = text.indexOf("\n"); nl >= 0; nl = text.indexOf("\n", nl + 1)) {
			this.ends.push(nl > 0 && text.charCodeAt(nl - 1) === CR ? nl - 1 : nl);
			this.starts.push(nl + 1);
		}
		this.ends.push(text.length);
	}

	get count(): number {
		return this.starts.length;
	}

	start(line: number): number {
		return this.starts[line] ?? 0;
	}

	/** Offset where the line's content ends, before its line break. */
	end(line: number): number {
		return this.ends[line] ?? 0;
	}

	lineOf(offset: number): number {
		let lo = 0;
		let hi = this.starts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (this.start(mid) <= offset) lo = mid;
			else hi = mid - 1;
		}
		return lo;
	}

	pos(line: number, offset: number): ScanPos {
		return { line, col: offset - this.start(line), offset };
	}
}
