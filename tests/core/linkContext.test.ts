import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createLinkContextLookup, linkContextAt } from "../../src/core/linkContext";
import { FUZZ_RUNS } from "../fuzz";

const RUNS = FUZZ_RUNS;
const SEED = 20261125;

describe("linkContextAt", () => {
	it("answers code for a code section (as from Obsidian's cache)", () => {
		const sections = [{ type: "code", position: { start: { line: 2 }, end: { line: 4 } } }];
		expect(linkContextAt(3, [], sections)).toBe("code");
		expect(createLinkContextLookup([], sections)(3)).toBe("code");
		expect(linkContextAt(5, [], sections)).toBe("plain");
	});

	it("agrees with the lookup on arbitrary, even overlapping, items and sections", () => {
		const span = fc.tuple(fc.nat(30), fc.nat(6)).map(([start, len]) => ({ start: { line: start }, end: { line: start + len } }));
		const item = fc.record({ task: fc.option(fc.constantFrom(" ", "x", "-"), { nil: undefined }), position: span });
		const section = fc.record({ type: fc.constantFrom("blockquote", "callout", "code", "list", "paragraph"), position: span });
		fc.assert(
			// Up to 32 spans: both the small-note path (≤ 16 spans, a direct look) and the prepared ranges.
			fc.property(fc.array(item, { maxLength: 24 }), fc.array(section, { maxLength: 8 }), (items, sections) => {
				const lookup = createLinkContextLookup(items, sections);
				for (let line = -1; line < 40; line++) expect(lookup(line)).toBe(linkContextAt(line, items, sections));
			}),
			{ seed: SEED, numRuns: RUNS },
		);
	});
});
