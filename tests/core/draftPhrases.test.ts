/**
 * Drafts a person would send, for any note: generated contacts × every how-we-met form × every
 * kind of good news × every shape of detail × every opening, each draft read by a checker of the
 * known bad patterns, with the no-ask rule and the offer held over all of them.
 */
import { describe, expect, it } from "vitest";
import { composeDraft } from "../../src/core/draft";
import { LIFE_EVENT_KINDS } from "../../src/core/lifeEvents";
import { evaluateContact, type RankedEntry } from "../../src/core/rank";
import { contact, settings, TODAY } from "../builders";
import { asksFound, badPatterns, OFFER } from "./draftChecks";

const ago = (days: number): string => new Date((TODAY - days) * 86_400_000).toISOString().slice(0, 10);

/** how-we-met in every person and tense people write it. */
export const HOW_WE_MET_FORMS: readonly string[] = [
	"I mentored him during his summer internship at Initech in 2019",
	"I mentored her during her PhD",
	"Sam introduced us at PyCon 2019",
	"Sam introduced us when he moved to Berlin",
	"Met at PyCon 2019. We ended up sharing a taxi to the airport.",
	"Met at X. Later she told me about the divorce",
	"Through Sam",
	"through Sam's climbing group",
	"college",
	"College",
	"Berlin",
	"Initech",
	"PyCon 2019",
	"Worked together on the Atlas migration",
	"worked together at Initech, 2015–2020",
	"Introduced by Sam",
	"Flatmates in a Kreuzberg WG during our Master's at TU Berlin, 2012",
	"Colleague at Initech",
	"Manager at Initech",
	"HR business partner for engineering at Initech; coached me through my first layoffs (2020)",
	"She joined my team at Initech in 2019 as a junior engineer; I was her first manager",
	"He was my first manager at Initech (2014), and hired me into the platform team",
	"He moderated our panel at Berlin Infra Summit 2023",
	"Platform team at Initech, 2015–2020; we ran the Kubernetes migration together",
	"Same payments team at Initech Berlin, 2016–2019",
	"Engineering Leadership Berlin meetup, spring 2024; we were the only two who stayed to stack chairs",
	"Hallway track at Berlin Infra Summit 2023",
	"Erasmus semester at TU Berlin in 2011, through Zoë's study group",
	"Jane and I shared a desk at Initech",
	"We shared a desk at Initech",
	"my neighbour in Kreuzberg",
	"At a friend's wedding in Lisbon (she was the DJ)",
	"Google, 2018",
	"interviewed her for a job in 2021 — great candidate, no headcount",
	"Met on a train to Hamburg; she was reading my favourite book",
];

/** Details of a news item in every shape a person writes one. */
export const DETAIL_SHAPES: readonly string[] = [
	"",
	"VP Engineering",
	"VP Engineering at Acme",
	"Acme",
	"Lisbon",
	"to Lisbon",
	"Tom",
	"had a baby girl",
	"started at Stripe as a staff engineer",
	"Staff engineer at Stripe.",
	"Head of Design!",
	"His book The Quiet Manager came out",
	"after the reorg, finally",
	"in Sintra",
	"a very long detail about the new position that goes on and on with many words about the team and the company and the city",
	"(see the thread)",
	"got it!!",
];

const OPENINGS: readonly Record<string, unknown>[] = [
	{},
	{ mutual: "[[Sam Lee]]" },
	{ projects: "Kestrel rewrite" },
	{ projects: "her thesis on bees" },
	{ projects: "She is writing a novel" },
	{ family: "Maya and the kids" },
	{ family: "wife Ana and their son Leo" },
	{ family: "two boys, both football-obsessed" },
	{ interests: ["bouldering", "analog photography"] },
	{ company: "Brightwater Insurance", role: "Director of Engineering" },
	{ location: "Lisbon" },
	{ "recent-news": [`${ago(3)} ran her first marathon`] },
	{ projects: "the app she hates", family: "He has a dog" },
];

const SAM = contact({ "last-contact": ago(2) }, "People/Sam Lee.md");

function draftFor(frontmatter: Record<string, unknown>, path = "People/Jane Doe.md", today = TODAY): { entry: RankedEntry; text: string; summary: string } {
	const entry = evaluateContact(contact({ name: "Jane Doe", ...frontmatter }, path), { today, settings: settings(), resolveContact: () => SAM });
	const draft = composeDraft(entry, { today, me: "Alex" });
	return { entry, text: draft.text, summary: draft.summary };
}

function expectSendable(text: string, context: unknown): void {
	expect({ context, text, problems: badPatterns(text) }).toEqual({ context, text, problems: [] });
	expect({ context, text, asks: asksFound(text) }).toEqual({ context, text, asks: [] });
	expect({ context, text, offers: OFFER.test(text) }).toEqual({ context, text, offers: true });
}

describe("the checker", () => {
	it.each([
		["It's been a while since we met at I mentored him at Initech.", "'met at' followed by a pronoun"],
		["It's been a while since we met at Sam introduced us.", "'met at' followed by a person doing something"],
		["I saw the news (VP Engineering at Lumen Health) and it made my day.", "a detail pasted in brackets"],
		["Congratulations!!", "doubled punctuation"],
		["Congratulations on a the promotion.", "doubled article"],
		["Hi Jane,\n\ncongratulations on the promotion.", "a sentence that starts in lower case"],
		["We met at the summit; we ended up on a panel.", "clauses glued with a semicolon"],
		["I was reading about sailing recently.", "a claim of reading or coming across something"],
		["Sam and I were talking the other day and your name came up.", "a claim of talking about them"],
		["How is her thesis going?", "third person in a message to them"],
		["I was remembering the days when we met at the offsite — it's been 15 months since we met at the offsite.", "a silence attached to something other than the last contact"],
		["Hi {{first-name}},", "a placeholder left in"],
	])("catches %j", (text, problem) => {
		expect(badPatterns(text)).toContain(problem);
	});

	it("passes a draft a person would send, slots included", () => {
		expect(badPatterns("Hi Jane,\n\n‹something on sailing› made me think of you. It's been 14 months since we last talked (2019).\n\nBest,\nAlex")).toEqual([]);
	});
});

describe("drafts over generated notes", () => {
	it.each(HOW_WE_MET_FORMS)("how-we-met %j makes a correct reminder, or none", (howWeMet) => {
		for (const silence of [400, 1500]) {
			for (const opening of [{}, { interests: "sailing" }, { projects: "Kestrel rewrite" }]) {
				const { text, summary } = draftFor({ "how-we-met": howWeMet, "last-contact": ago(silence), ...opening });
				expectSendable(text, { howWeMet, silence });
				// A reminder that could not be phrased is left out, and the task line says so.
				if (!/think back|remember|glad|I'm still/.test(text)) expect(summary).toMatch(/left out how you met/);
			}
		}
	});

	it.each(LIFE_EVENT_KINDS.filter((kind) => kind.tone === "celebrate").map((kind) => kind.slug))("congratulations on %s weave every shape of detail, or fall back without it", (kind) => {
		for (const detail of DETAIL_SHAPES) {
			const { entry, text } = draftFor({ "last-contact": ago(100), "recent-news": [`${ago(5)} ${kind}${detail ? `: ${detail}` : ""}`] });
			expect(entry.strategy).toBe("congratulate");
			expectSendable(text, { kind, detail });
			expect(text).toMatch(/congratulations|happy anniversary/i);
		}
	});

	it.each(OPENINGS.map((extra, index) => [index, extra] as const))("opening %i reads well in every silence: %j", (_index, extra) => {
		for (const silence of [20, 100, 400, 1500]) {
			for (const howWeMet of [undefined, "Worked together on the Atlas migration", "Berlin"]) {
				const { text } = draftFor({ "last-contact": ago(silence), ...(howWeMet ? { "how-we-met": howWeMet } : {}), ...extra });
				expectSendable(text, { extra, silence, howWeMet });
			}
		}
	});

	it.each<[Record<string, unknown>, RegExp]>([
		[{ "how-we-met": "Worked together on the Atlas migration" }, /Atlas migration/],
		[{ "how-we-met": "Berlin" }, /Berlin days/],
		[{ projects: "her thesis on bees" }, /your thesis on bees/],
		[{ family: "wife Ana and their son Leo" }, /Ana and Leo/],
		[{ interests: "sailing" }, /sailing/],
		[{ company: "Brightwater" }, /Brightwater/],
		[{ location: "Lisbon" }, /Lisbon/],
		[{ mutual: "[[Sam Lee]]" }, /Sam/],
		[{ "recent-news": [`${ago(4)} ran her first marathon`] }, /your first marathon/],
	])("names a detail of the note whenever it has one it can phrase: %j", (extra, detail) => {
		for (let i = 0; i < 30; i++) {
			for (const silence of [40, 100, 500]) {
				const { text } = draftFor({ "last-contact": ago(silence), ...extra }, `People/Person ${i}.md`);
				expect({ text, names: detail.test(text) }).toEqual({ text, names: true });
			}
		}
	});

	it("holds for many contacts and days: every strategy, birthdays and reminders", () => {
		const variety: Record<string, unknown>[] = [...OPENINGS, ...HOW_WE_MET_FORMS.map((met) => ({ "how-we-met": met }))];
		for (let i = 0; i < 400; i++) {
			const extra = variety[i % variety.length] ?? {};
			const birthday = [null, "11-20", "11-27", "11-25"][i % 4];
			const today = TODAY + (i % 37);
			const { text } = draftFor({ ...extra, "last-contact": ago(50 + ((i * 97) % 2000)), ...(birthday ? { birthday } : {}) }, `People/Person ${i}.md`, today);
			expectSendable(text, { i, extra, birthday });
		}
	});
});
