import { describe, expect, it } from "vitest";
import { changedSince, propertyChanges, removeInsertedBlock, restoreLine, restoreProperties, sameValue } from "../../src/core/undo";

describe("sameValue", () => {
	it.each([
		["2026-11-25", "2026-11-25", true],
		["2026-11-25", "2026-11-24", false],
		[["a", "b"], ["a", "b"], true],
		[["a", "b"], ["b", "a"], false],
		[{ date: "2026-01-01", event: "x" }, { event: "x", date: "2026-01-01" }, true],
		[{ date: "2026-01-01" }, { date: "2026-01-01", event: "x" }, false],
		[new Date(0), new Date(0), true],
		[new Date(0), "1970-01-01", false],
		[undefined, null, false],
		[3, "3", false],
	])("%j vs %j → %s", (a, b, same) => expect(sameValue(a, b)).toBe(same));
});

describe("propertyChanges", () => {
	it("lists each changed key with its value before (undefined when absent) and after", () => {
		expect(propertyChanges({ a: 1, keep: "x", list: ["d1"] }, { a: 2, keep: "x", list: ["d1", "d2"], added: "n" })).toEqual([
			{ key: "a", before: 1, after: 2 },
			{ key: "list", before: ["d1"], after: ["d1", "d2"] },
			{ key: "added", before: undefined, after: "n" },
		]);
	});
	it("copies values, so a later change to the note does not change the record", () => {
		const after = { list: ["d1", "d2"] };
		const [change] = propertyChanges({ list: ["d1"] }, after);
		after.list.push("d3");
		expect(change?.after).toEqual(["d1", "d2"]);
	});
});

describe("restoreProperties", () => {
	const changes = [
		{ key: "last-contact", before: "2026-01-01", after: "2026-11-25" },
		{ key: "snooze-until", before: undefined, after: "2026-12-25" },
	];
	it("puts the earlier values back and removes what was absent", () => {
		const frontmatter: Record<string, unknown> = { name: "Jane", "last-contact": "2026-11-25", "snooze-until": "2026-12-25" };
		expect(restoreProperties(frontmatter, changes)).toEqual([]);
		expect(frontmatter).toEqual({ name: "Jane", "last-contact": "2026-01-01" });
	});
	it("changes nothing when the user edited a property since, and names it", () => {
		const frontmatter: Record<string, unknown> = { "last-contact": "2026-11-20", "snooze-until": "2026-12-25" };
		expect(restoreProperties(frontmatter, changes)).toEqual(["last-contact"]);
		expect(frontmatter).toEqual({ "last-contact": "2026-11-20", "snooze-until": "2026-12-25" });
	});
	it("treats a property the user removed since as changed", () => {
		expect(changedSince({ "last-contact": "2026-11-25" }, changes)).toEqual(["snooze-until"]);
	});
});

describe("removeInsertedBlock", () => {
	const block = "- [ ] Reconnect with [[Jane]]\n\t> Hi Jane,\n";
	it.each([
		["in the middle", "# Day\n## Reconnect\n- [ ] Reconnect with [[Jane]]\n\t> Hi Jane,\n## Notes\n", "# Day\n## Reconnect\n## Notes\n"],
		["at the end without a line break", "## Reconnect\n- [ ] Reconnect with [[Jane]]\n\t> Hi Jane,", "## Reconnect"],
		["with \\r\\n line breaks", "## Reconnect\r\n- [ ] Reconnect with [[Jane]]\r\n\t> Hi Jane,\r\nafter\r\n", "## Reconnect\r\nafter\r\n"],
	])("removes the block %s", (_, text, expected) => expect(removeInsertedBlock(text, block)).toBe(expected));
	it.each([
		["edited", "## Reconnect\n- [x] Reconnect with [[Jane]]\n\t> Hi Jane,\n"],
		["gone", "## Reconnect\n"],
		["there twice", "- [ ] Reconnect with [[Jane]]\n\t> Hi Jane,\n- [ ] Reconnect with [[Jane]]\n\t> Hi Jane,\n"],
		["split apart", "- [ ] Reconnect with [[Jane]]\nmy note\n\t> Hi Jane,\n"],
	])("refuses when the block was %s", (_, text) => expect(removeInsertedBlock(text, block)).toBeNull());
});

describe("restoreLine", () => {
	const note = "# Kenji\n- [x] send the checklist ✅ 2026-11-25\n- [ ] call back\n";
	it("puts the line back where it was written", () => {
		expect(restoreLine(note, 1, "- [ ] send the checklist", "- [x] send the checklist ✅ 2026-11-25")).toBe("# Kenji\n- [ ] send the checklist\n- [ ] call back\n");
	});
	it("finds the line when lines were added above it since, and keeps CRLF endings", () => {
		const moved = "# Kenji\r\nnew line\r\n- [x] send the checklist\r\n";
		expect(restoreLine(moved, 1, "- [ ] send the checklist", "- [x] send the checklist")).toBe("# Kenji\r\nnew line\r\n- [ ] send the checklist\r\n");
	});
	it("changes nothing when the line was edited since, or is there twice", () => {
		expect(restoreLine("# Kenji\n- [x] send the checklist today\n", 1, "- [ ] send the checklist", "- [x] send the checklist")).toBeNull();
		expect(restoreLine("- [x] a\n- [x] a\n", 5, "- [ ] a", "- [x] a")).toBeNull();
	});
});
