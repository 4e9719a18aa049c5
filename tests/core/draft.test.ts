import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { composeDraft, howWeMetClause, mailtoLink, renderDraftBlock, withArticle } from "../../src/core/draft";
import { LIFE_EVENT_KINDS } from "../../src/core/lifeEvents";
import { DEFAULT_PHRASING, fillPlaceholders, PLACEHOLDERS, unknownPlaceholders } from "../../src/core/phrasing";
import { evaluateContact, type RankedEntry } from "../../src/core/rank";
import { contact, rankOne, settings, TODAY } from "../builders";
import { FUZZ_RUNS } from "../fuzz";

const ago = (days: number): string => new Date((TODAY - days) * 86_400_000).toISOString().slice(0, 10);
const options = { today: TODAY, me: "Alex" };

/**
 * The first message asks for nothing: no favour, introduction, referral, meeting or call on the
 * user's behalf. These patterns are what an ask looks like in a short note.
 */
const ASKS: readonly RegExp[] = [
	/\b(?:could|would|can|will) you\b/i,
	/\bwould (?:it|you) be (?:possible|ok)/i,
	/\b(?:a|small|quick|big) favou?r\b/i,
	/\bintroduc(?:e me|tion to)\b/i,
	/\b(?:put me in touch|connect me)\b/i,
	/\brefer(?:ral| me)\b/i,
	/\brecommend(?:ation for me| me)\b/i,
	/\b(?:meet(?:ing)? up|grab (?:a )?(?:coffee|lunch|drink)|hop on|jump on|set up a (?:call|meeting)|(?:quick|short) (?:call|chat))\b/i,
	/\b(?:call|meet|catch up) (?:soon|next week|sometime)\b/i,
	/\bpick your brain\b/i,
	/\b(?:are you|is your team) hiring\b/i,
	/\bany (?:openings|opportunities|leads)\b/i,
	/\bneed (?:your|some) help\b/i,
	/\bhelp me\b/i,
	/\bask(?:ing)? you\b/i,
];

function asksFound(text: string): string[] {
	return ASKS.filter((pattern) => pattern.test(text)).map(String);
}

const everything: Record<string, unknown> = {
	"how-we-met": "Worked together on the Atlas migration at Initech",
	projects: "Kestrel rewrite",
	family: "Maya and the kids",
	interests: ["bouldering", "sourdough"],
	mutual: "[[Sam Lee]]",
	email: "jane@example.com",
	birthday: "11-20",
};
const sam = contact({ "last-contact": ago(2) }, "People/Sam Lee.md");

describe("composing a draft", () => {
	it("congratulates on news, greets by first name, offers help and signs off", () => {
		const entry = rankOne({ name: "Jane Doe", "last-contact": ago(500), "how-we-met": "worked together on the Atlas migration", "recent-news": [`${ago(12)} promotion: VP Engineering at Acme`] });
		const draft = composeDraft(entry, options);
		const [greeting, blank, body, blank2, ...signoff] = draft.text.split("\n");
		expect(greeting).toMatch(/^(?:Hi|Hello|Hey|Dear) Jane,$/);
		expect([blank, blank2]).toEqual(["", ""]);
		expect(body).toMatch(/promotion/i);
		expect(body).toMatch(/we worked together on the Atlas migration/);
		expect(body).toMatch(/anything I can do|be useful|glad to help/);
		expect(signoff.at(-1)).toBe("Alex");
		expect(draft.summary).toBe("congratulate on the promotion");
		expect(draft.subject).toMatch(/Congratulations/);
	});

	it("phrases congratulations differently per kind", () => {
		const openings = new Map<string, string>();
		for (const kind of ["promotion", "new-child", "married", "new-job"]) {
			const entry = rankOne({ "last-contact": ago(100), "recent-news": [`${ago(3)} ${kind}`] });
			openings.set(kind, composeDraft(entry, options).text);
		}
		expect(openings.get("promotion")).toMatch(/promotion/i);
		expect(openings.get("new-child")).toMatch(/baby|arrival|little one/i);
		expect(openings.get("married")).toMatch(/wedding|married/i);
		expect(openings.get("new-job")).toMatch(/new job|started somewhere new/i);
	});

	it.each<[Record<string, unknown>, RegExp, string]>([
		[{ ...everything, "last-contact": ago(100) }, /Sam/, "mention Sam Lee, belated birthday wishes"],
		[{ ...everything, mutual: [], "last-contact": ago(100) }, /the Kestrel rewrite/, "ask about the Kestrel rewrite, belated birthday wishes"],
		[{ family: "Maya and the kids", interests: "bouldering", "last-contact": ago(100) }, /Maya and the kids/, "ask about Maya and the kids"],
		[{ family: "Tom", "last-contact": ago(100) }, /Tom and the family/, "ask about Tom"],
		[{ interests: "bouldering", "last-contact": ago(100) }, /bouldering/, "share something on bouldering"],
		[{ "last-contact": ago(100) }, /you|hello/i, "check in"],
	])("opens from what the notes know: %j", (frontmatter, opening, summary) => {
		const entry = evaluateContact(contact(frontmatter), { today: TODAY, settings: settings(), resolveContact: () => sam });
		const draft = composeDraft(entry, options);
		expect(draft.text).toMatch(opening);
		expect(draft.summary).toBe(summary);
	});

	it("adds the how-we-met reminder only after a long silence", () => {
		const long = composeDraft(rankOne({ "last-contact": ago(400), met: "PyCon 2019" }), options).text;
		const short = composeDraft(rankOne({ "last-contact": ago(100), met: "PyCon 2019" }), options).text;
		expect(long).toMatch(/we met at PyCon 2019/);
		expect(short).not.toMatch(/PyCon/);
	});

	it.each([
		["Worked together on the Atlas migration", "we worked together on the Atlas migration"],
		["met at PyCon 2019.", "we met at PyCon 2019"],
		["Introduced by Sam", "we were introduced by Sam"],
		["through Sam's climbing group", "we met through Sam's climbing group"],
		["PyCon 2019", "we met at PyCon 2019"],
		["College", "we met at college"],
		["Flatmates in a Kreuzberg WG", "we were flatmates in a Kreuzberg WG"],
		["We shared a desk at Initech", "we shared a desk at Initech"],
	])("turns how-we-met %j into a clause", (text, clause) => {
		expect(howWeMetClause(text)).toBe(clause);
	});

	it("adds an article to a bare project name only", () => {
		expect(withArticle("Atlas migration")).toBe("the Atlas migration");
		expect(withArticle("her thesis")).toBe("her thesis");
		expect(withArticle("hiring Halyard's first platform team")).toBe("hiring Halyard's first platform team");
	});

	it("wishes a happy birthday ahead, on the day, or belatedly", () => {
		expect(composeDraft(rankOne({ "last-contact": ago(100), birthday: "11-28" }), options).text).toMatch(/early happy birthday|birthday in advance/i);
		expect(composeDraft(rankOne({ "last-contact": ago(100), birthday: "11-25" }), options).text).toMatch(/happy birthday/i);
		expect(composeDraft(rankOne({ "last-contact": ago(100), birthday: "11-15" }), options).text).toMatch(/belated/i);
	});

	it("is the same for the same contact on the same day, and varies between contacts", () => {
		const entry = rankOne({ "last-contact": ago(100) });
		expect(composeDraft(entry, options)).toEqual(composeDraft(rankOne({ "last-contact": ago(100) }), options));
		const texts = new Set<string>();
		for (let i = 0; i < 10; i++) texts.add(composeDraft(rankOne({ "last-contact": ago(100) }, {}, `People/Person ${i}.md`), options).text.replace(/Person \d/g, "X"));
		expect(texts.size).toBeGreaterThanOrEqual(6);
		const days = new Set<string>();
		for (let i = 0; i < 10; i++) days.add(composeDraft(entry, { ...options, today: TODAY + i }).text);
		expect(days.size).toBeGreaterThan(1);
	});

	it("uses the user's phrasing, skips variants whose placeholders are unknown, and falls back", () => {
		const entry = rankOne({ name: "Jane Doe", "last-contact": ago(100), interests: "chess" });
		const custom = composeDraft(entry, { ...options, phrasing: { greeting: ["Yo {{first-name}}!"], "opening.interest": ["Saw a {{interest}} puzzle — thought of {{name}}."] } });
		expect(custom.text).toMatch(/^Yo Jane!/);
		expect(custom.text).toMatch(/Saw a chess puzzle — thought of Jane Doe\./);
		const fallback = composeDraft(entry, { ...options, phrasing: { "opening.interest": ["About {{project}}…"] } });
		expect(fallback.text).not.toMatch(/About/);
		expect(fallback.text).toMatch(/chess/);
	});

	it("never expands placeholders that come from the notes themselves", () => {
		const entry = rankOne({ name: "{{me}} {{name}}", interests: "{{how-we-met}}", "last-contact": ago(100) });
		const draft = composeDraft(entry, options);
		expect(draft.text).toMatch(/^(?:Hi|Hello|Hey|Dear) \{\{me\}\},/);
		expect(draft.text).not.toMatch(/Alex \{\{name\}\}/);
	});

	it("signs without a name when none is set, and never leaves a placeholder", () => {
		const draft = composeDraft(rankOne({ "last-contact": ago(100) }), { today: TODAY, me: "" });
		expect(draft.text).not.toMatch(/\{\{/);
		expect(draft.subject).not.toMatch(/from\s*$/);
		expect(draft.text.split("\n").at(-1)).toMatch(/,$/);
	});

	it("renders the daily-note block with the task, the quoted message and the e-mail link", () => {
		const entry = rankOne({ name: "Jane Doe", email: "jane@example.com", "last-contact": ago(100) });
		const draft = composeDraft(entry, options);
		const block = renderDraftBlock(draft, "Jane Doe");
		const lines = block.split("\n");
		expect(lines[0]).toBe(`- [ ] Reconnect with [[Jane Doe]] — ${draft.summary}`);
		expect(lines.slice(1).every((line) => line === "\t>" || line.startsWith("\t> "))).toBe(true);
		expect(lines.at(-1)).toBe(`\t> [Send by e-mail](${draft.mailto ?? ""})`);
		expect(renderDraftBlock({ ...draft, mailto: null }, "Jane Doe")).not.toMatch(/mailto/);
	});
});

describe("the no-ask rule", () => {
	const kinds = LIFE_EVENT_KINDS.map((kind) => kind.slug);
	const values = {
		"first-name": "Jane",
		name: "Jane Doe",
		"how-we-met": "we worked together on the Atlas migration",
		event: "promotion",
		news: "VP Engineering at Acme",
		interest: "bouldering",
		project: "the Kestrel rewrite",
		family: "Maya and the kids",
		mutual: "Sam",
		since: "14 months",
		me: "Alex",
	};

	it("holds for every built-in variant of every piece", () => {
		for (const piece of DEFAULT_PHRASING) {
			for (const variant of piece.variants) {
				expect({ piece: piece.id, asks: asksFound(fillPlaceholders(variant, values)) }).toEqual({ piece: piece.id, asks: [] });
				expect(unknownPlaceholders(variant)).toEqual([]);
			}
		}
	});

	it("holds for every strategy, event kind, birthday and reminder across many contacts and days", () => {
		const strategies: Record<string, unknown>[] = [
			...kinds.map((kind) => ({ "recent-news": [`${ago(4)} ${kind}: something big`] })),
			...kinds.map((kind) => ({ "recent-news": [`${ago(4)} ${kind}`] })),
			{ mutual: "[[Sam Lee]]" },
			{ projects: "Atlas" },
			{ family: "Maya" },
			{ interests: ["chess", "jazz"] },
			{},
		];
		fc.assert(
			fc.property(
				fc.constantFrom(...strategies),
				fc.integer({ min: 0, max: 3000 }),
				fc.integer({ min: 0, max: 365 }),
				fc.constantFrom(null, "11-20", "11-27", "11-25"),
				fc.string({ maxLength: 12 }).filter((text) => !text.includes("{") && !text.includes("/")),
				(extra, silence, dayOffset, birthday, path) => {
					const frontmatter = { ...extra, "last-contact": ago(silence + 5), "how-we-met": "PyCon 2019", birthday };
					const today = TODAY + dayOffset;
					const entry: RankedEntry = evaluateContact(contact(frontmatter, `People/${path || "x"}.md`), {
						today,
						settings: settings(),
						resolveContact: () => contact({ "last-contact": ago(-dayOffset + 1) }, "People/Sam Lee.md"),
					});
					const draft = composeDraft(entry, { today, me: "Alex" });
					expect(asksFound(draft.text)).toEqual([]);
					expect(asksFound(draft.subject)).toEqual([]);
					expect(draft.text).toMatch(/anything I can do|be useful|glad to help/);
					expect(draft.text).not.toMatch(/\{\{/);
				},
			),
			{ numRuns: FUZZ_RUNS, seed: 17 },
		);
	});

	it("would catch an ask", () => {
		expect(asksFound("Could you introduce me to your CTO?").length).toBeGreaterThan(0);
		expect(asksFound("Let's grab coffee next week!").length).toBeGreaterThan(0);
		expect(asksFound("Are you hiring?").length).toBeGreaterThan(0);
	});

	it("knows every placeholder the settings document", () => {
		expect([...PLACEHOLDERS].sort()).toEqual(["event", "family", "first-name", "how-we-met", "interest", "me", "mutual", "name", "news", "project", "since"]);
	});
});

describe("the mailto link", () => {
	it("encodes names and drafts with reserved characters, newlines and non-Latin text", () => {
		const subject = "Ça va? R&D #1 — 100% 山田";
		const body = "Hi Zoë,\n\nHow is R&D (the new lab)? Is it 50% done? #goals\nBest,\nAlex";
		const link = mailtoLink("zoë+work@example.com", subject, body);
		expect(link).not.toMatch(/[\s()#]/);
		const url = new URL(link);
		expect(url.protocol).toBe("mailto:");
		expect(decodeURIComponent(url.pathname)).toBe("zoë+work@example.com");
		expect(url.searchParams.get("subject")).toBe(subject);
		expect(url.searchParams.get("body")).toBe(body.replace(/\n/g, "\r\n"));
	});

	it("round-trips any subject and body", () => {
		fc.assert(
			fc.property(fc.string({ unit: "grapheme" }), fc.string({ unit: "grapheme" }), (subject, body) => {
				const url = new URL(mailtoLink("a@b.io", subject, body));
				expect(url.searchParams.get("subject")).toBe(subject);
				expect(url.searchParams.get("body")).toBe(body.replace(/\r?\n/g, "\r\n"));
			}),
			{ numRuns: FUZZ_RUNS, seed: 23 },
		);
	});

	it("is only there when the contact has an address", () => {
		const withMail = composeDraft(rankOne({ "last-contact": ago(100), email: "jane@example.com" }), options);
		expect(withMail.mailto).toMatch(/^mailto:jane@example\.com\?subject=.+&body=.+/);
		expect(composeDraft(rankOne({ "last-contact": ago(100) }), options).mailto).toBeNull();
	});
});
