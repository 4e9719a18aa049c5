import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contactLinksOf, noteLines, openTasksOf } from "../../../src/core/history/noteContent";
import { simpleCountedLinks, simpleNoteContent } from "../../../src/cli/notes/simpleLinks";
import { scanMarkdown } from "../../../src/cli/notes/scanMarkdown";
import { checkQuickReader } from "../quickReader";

const scanned = (text: string) => contactLinksOf(scanMarkdown(text));

/** Pieces of daily notes, plain and awkward, to build notes from. */
const INLINE = [
	"Coffee with [[Jane Doe]]", "[[Jane Doe|Jane]] called", "[[People/Sam Lee]]", "[[Sam Lee#Notes]]", "![[Jane Doe]]", "!![[Sam]]",
	"[[ Jane ]]", "[[|x]]", "[[]]", "[[a [[b]]", "[[a]]]", "[[[a]]", "[[a] b]]", "[a](Jane.md)", "[x]", "]]", "[[unclosed",
	"#tag [[Jane]]", "#[[Jane]]", "`[[Jane]]`", "\\[[Jane]]", "<!-- [[Jane]] -->", "%% [[Jane]] %%", "$$", "a | [[Jane|J]] |",
	"plain words", "2026 was good", "10.5 km", "", "[[Jane]] and [[Sam Lee|Sam]]", "&amp; [[Jane]]",
];
const PREFIX = [
	"", "", "", "- ", "* ", "+ ", "1. ", "2. ", "1) ", "- [ ] ", "- [x] ", "- [-] ", "- [>] ", "* [ ] ", "1. [ ] ", "- [x]", "- [ ]x ",
	"-  ", "-  [ ] ", "- [[] ", "- []] ", "- [😀] ", "- - ", "- > ", "- # ", "> ", "> - [x] ", ">", "> [!note] ", "# ", "## ", "#", "  ", "    ",
	"  - ", "\t", "```", "~~~", "---", "***", "- - -", "===", "| ", "--- | ---", "<div>", "[ref]: ",
];
const lineArb = fc.tuple(fc.constantFrom(...PREFIX), fc.constantFrom(...INLINE)).map(([p, t]) => `${p}${t}`);
const noteArb = fc.tuple(
	fc.array(fc.oneof({ arbitrary: lineArb, weight: 6 }, { arbitrary: fc.constant(""), weight: 2 }), { maxLength: 10 }),
	fc.constantFrom("\n", "\r\n"),
	fc.constantFrom("", "---\ntags: daily\nwith: \"[[Jane Doe]]\"\n---\n", "---\n", "---\n---\n"),
).map(([lines, eol, head]) => `${head}${lines.join(eol)}`);

describe("the quick counted-links reader", () => {
	it("finds exactly the links the full scanner counts, or leaves the note to it", () => {
		checkQuickReader(noteArb, simpleCountedLinks, (text, simple) => expect(simple).toStrictEqual(scanned(text)));
	});

	it("finds exactly the open tasks the full scanner finds, with their links, words and due dates", () => {
		checkQuickReader(
			noteArb.map((text) => `${text}\n- [ ] send [[Jane Doe]] the deck 📅 2026-12-01`),
			(text) => simpleNoteContent(text)?.openTasks,
			(text, simple) => expect(simple).toStrictEqual(openTasksOf(scanMarkdown(text), noteLines(text))),
		);
	});

	it("reads a typical daily note", () => {
		const text = [
			"# 2026-11-20",
			"",
			"## Log",
			"> Lunch with [[Someone Else]] someday, maybe.",
			"- Ran into [[Rafael O'Brien]], talked about photography.",
			"- Shipped the release, see ![[Release notes]].",
			"",
			"## Tasks",
			"- [x] Send [[Hana Mendes|Hana]] the notes",
			"- [ ] Call [[Priya Patel]]",
			"1. [[Sam Lee#Notes]] again",
		].join("\n");
		const expected = [
			{ link: "Rafael O'Brien", line: 4 },
			{ link: "Hana Mendes", line: 8 },
			{ link: "Sam Lee#Notes", line: 10 },
		];
		expect(simpleCountedLinks(text)).toStrictEqual(expected);
		expect(scanned(text)).toStrictEqual(expected);
	});

	it.each([
		["a line continuing an open task", "- [ ] Call\n[[Jane]]"],
		["a line continuing a quote", "> Lunch with\n[[Jane]]"],
		["a nested item", "- Met\n  - [ ] [[Jane]]"],
		["code", "```\n[[Jane]]\n```"],
		["an item that cannot interrupt a paragraph", "Notes\n2. [ ] [[Jane]]"],
		["a table", "| who |\n| --- |\n| [[Jane]] |"],
		["a table written with Windows line ends", "| who |\r\n| --- |\r\n| [[Jane]] |"],
	])("leaves %s to the full scanner", (_what, text) => {
		expect(simpleCountedLinks(text)).toBeUndefined();
	});
});
