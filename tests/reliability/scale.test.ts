// @vitest-environment happy-dom
/**
 * Inputs far beyond any real vault still finish promptly. The bounds are generous — they are
 * there to catch a step that grows with the square of the input (which would take minutes), not
 * to time anything; the measured figures are printed, and the benchmark tracks real speed.
 */
import { describe, expect, it } from "vitest";
import { planLifeEvent } from "../../src/cli/contactEdits";
import { readFrontmatter } from "../../src/cli/loadVault";
import { ContactIndex } from "../../src/core/contactIndex";
import { createFieldResolver } from "../../src/core/fields";
import { createLinkContextLookup } from "../../src/core/linkContext";
import { LastSeenIndex } from "../../src/core/lastSeen";
import { parseRecentNews } from "../../src/core/lifeEvents";
import { scanMarkdown } from "../../src/cli/notes/scanMarkdown";
import { evaluateContact } from "../../src/core/rank";
import { insertUnderHeading, reconnectTaskMatcher } from "../../src/core/insertUnderHeading";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { contactLinksOf } from "../../src/core/history/noteContent";
import { parseMetadata__ } from "../fakes/obsidian";
import { contact, day, TODAY } from "../builders";

function timed<T>(label: string, run: () => T): { value: T; ms: number } {
	const start = performance.now();
	const value = run();
	const ms = performance.now() - start;
	process.stdout.write(`${label}: ${ms.toFixed(1)} ms\n`);
	return { value, ms };
}

const resolver = createFieldResolver();

describe("scale edges", () => {
	it("a contact note with a megabyte of frontmatter", () => {
		const big = Array.from({ length: 9000 }, (_unused, index) => `note-${index}: "${"x".repeat(100)}"`).join("\n");
		const text = `---\nlast-contact: 2026-01-01\n${big}\nhow-we-met: PyCon\n---\nBody\n`;
		expect(text.length).toBeGreaterThan(1_000_000);
		const read = timed("read 1 MB frontmatter", () => readFrontmatter(text));
		const person = timed("read as a contact", () => contact(read.value.frontmatter ?? {}));
		expect(person.value.howWeMet).toBe("PyCon");
		const scan = timed("scan the note", () => scanMarkdown(text));
		expect(scan.value.frontmatterText?.length).toBeGreaterThan(1_000_000);
		const edit = timed("append a life event", () => planLifeEvent(text, resolver, "2026-11-25 award"));
		expect(edit.value.kind).toBe("write");
		expect(read.ms + person.ms + scan.ms + edit.ms).toBeLessThan(10_000);
	});

	it("a recent-news list of 10,000 items", () => {
		const items = Array.from({ length: 10_000 }, (_unused, index) => `2026-${String((index % 12) + 1).padStart(2, "0")}-01 award: item ${index}`);
		const parsed = timed("parse 10,000 news items", () => parseRecentNews(items));
		expect(parsed.value.items).toHaveLength(10_000);
		const entry = timed("rank the contact", () => evaluateContact(contact({ "recent-news": items, "last-contact": "2026-01-01" }), { today: TODAY, settings: DEFAULT_SETTINGS }));
		expect(entry.value.band).toBe("congratulate");
		const text = `---\nrecent-news:\n${items.map((item) => `  - ${item}`).join("\n")}\n---\n`;
		const edit = timed("append to it", () => planLifeEvent(text, resolver, "2026-11-25 award: one more"));
		expect(edit.value.kind).toBe("write");
		expect(parsed.ms + entry.ms + edit.ms).toBeLessThan(10_000);
	});

	it("a daily note with 100,000 links", () => {
		const lines = Array.from({ length: 100_000 }, (_unused, index) => (index % 3 === 0 ? `- [ ] call [[Person ${index % 500}]]` : index % 3 === 1 ? `- [x] met [[Person ${index % 500}]]` : `Saw [[Person ${index % 500}]] today`));
		const text = lines.join("\n");
		const scan = timed("scan 100,000 links", () => scanMarkdown(text));
		expect(scan.value.links).toHaveLength(100_000);
		const lookup = timed("classify them", () => {
			const contextAt = createLinkContextLookup(scan.value.listItems, scan.value.sections);
			return scan.value.links.filter((link) => {
				const context = contextAt(link.position.start.line);
				return context === "plain" || context === "task-done";
			}).length;
		});
		expect(lookup.value).toBe(66_666);
		const cache = timed("Obsidian-style cache of it (test double)", () => parseMetadata__(text));
		const counted = timed("the plugin's counted links", () => contactLinksOf(cache.value));
		expect(counted.value).toHaveLength(66_666);
		const index = new ContactIndex({ settings: DEFAULT_SETTINGS, datedNotes: { day: (path) => (path.startsWith("Daily/") ? day("2026-11-24") : null), isDaily: (path) => path.startsWith("Daily/") }, resolveLink: (link) => `People/${link}.md` });
		index.startNow(TODAY);
		const upsert = timed("index the note", () => index.upsertNote({ path: "Daily/2026-11-24.md", frontmatter: null }, { contactLinks: () => counted.value, openTasks: [], logLines: null }));
		expect(upsert.value.size).toBe(500);
		const insert = timed("insert a draft into it", () => insertUnderHeading(text, "## Reconnect", "- [ ] Reconnect with [[Jane]]", reconnectTaskMatcher("Jane")));
		expect(insert.value.inserted).toBe(true);
		expect(scan.ms + lookup.ms + counted.ms + upsert.ms + insert.ms).toBeLessThan(15_000);
	});

	it("a contact linked from 50,000 daily notes", () => {
		const index = new LastSeenIndex();
		const build = timed("record 50,000 notes", () => {
			for (let note = 0; note < 50_000; note++) index.setNote(`Daily/${note}.md`, note, ["People/Jane.md"]);
		});
		expect(index.lastSeen("People/Jane.md", 50_000)).toMatchObject({ day: 49_999, notePath: "Daily/49999.md" });
		// Removing the latest note each time forces a search for the next one.
		const removals = timed("remove the latest 200 notes one by one", () => {
			for (let note = 49_999; note >= 49_800; note--) index.removeNote(`Daily/${note}.md`);
		});
		expect(index.lastSeen("People/Jane.md", 50_000)).toMatchObject({ day: 49_799, notePath: "Daily/49799.md" });
		const edits = timed("edit an older note 1,000 times", () => {
			for (let round = 0; round < 1000; round++) index.setNote("Daily/100.md", 100, round % 2 ? ["People/Jane.md"] : ["People/Jane.md", "People/Sam.md"]);
		});
		expect(build.ms + removals.ms + edits.ms).toBeLessThan(10_000);
	});
});
