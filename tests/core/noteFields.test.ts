/** Notes about a person, turned into phrases addressed to them — or refused. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { celebrationPhrase, jobLossPhrase, lossPhrase, plainNewsClause } from "../../src/core/newsPhrases";
import { kindOf, LIFE_EVENT_KINDS } from "../../src/core/lifeEvents";
import { familyPhrase, howWeMetClause, interestPhrase, plainName, projectPhrase } from "../../src/core/noteFields";
import { clausesOf, firstSentence, toSecondPerson } from "../../src/core/secondPerson";
import { findWordsDate } from "../../src/core/wordsDates";
import { FUZZ_RUNS } from "../fuzz";

const jane = { first: "Jane", full: "Jane Doe" };

describe("the first sentence and its clauses", () => {
	it.each([
		["Met at X. Later she told me about the divorce", "Met at X"],
		["Worked with Dr. Ng at Initech. Great times.", "Worked with Dr. Ng at Initech"],
		["Mary J. Blige concert, 2009", "Mary J. Blige concert, 2009"],
		["Baby girl arrived last week!", "Baby girl arrived last week"],
		["no full stop at all", "no full stop at all"],
	])("%j → %j", (text, sentence) => {
		expect(firstSentence(text)).toBe(sentence);
	});

	it("splits clauses a message must not glue, and drops asides but not years", () => {
		expect(clausesOf("Platform team at Initech, 2015–2020; we ran the migration together")).toEqual(["Platform team at Initech, 2015–2020", "we ran the migration together"]);
		expect(clausesOf("Manager at Initech (2014) (she was great)")).toEqual(["Manager at Initech (2014)"]);
		expect(clausesOf("Atlas migration (due Q2; behind)")).toEqual(["Atlas migration"]);
	});
});

describe("third person to second person", () => {
	it.each([
		["I mentored him during his internship", "I mentored you during your internship"],
		["She joined my team; I was her first manager", "You joined my team; I was your first manager"],
		["her thesis on bees", "your thesis on bees"],
		["I gave her the book", "I gave you the book"],
		["she works at Acme", "you work at Acme"],
		["he teaches chess", "you teach chess"],
		["she's been at Acme since 2019", "you've been at Acme since 2019"],
		["Jane and I shared a desk", "You and I shared a desk"],
		["Jane Doe's team", "Your team"],
		["the idea was his", "the idea was yours"],
		["met in May 2019", "met in May 2019"],
	])("%j → %j", (text, turned) => {
		expect(toSecondPerson(text, jane)).toBe(turned);
	});

	it("refuses when a pronoun could mean somebody else", () => {
		expect(toSecondPerson("Sam introduced us when he moved to Berlin", jane)).toBeNull();
		expect(toSecondPerson("Through Sam, who hired her", jane)).toBeNull();
		expect(toSecondPerson("Grace Mwangi introduced us after her talk", jane)).toBeNull();
		expect(toSecondPerson("Sam introduced us", jane)).toBe("Sam introduced us");
	});
});

describe("how-we-met as a clause", () => {
	it.each<[string, string | null]>([
		["I mentored him during his summer internship at Initech in 2019", "I mentored you during your summer internship at Initech in 2019"],
		["Sam introduced us at PyCon", "Sam introduced us at PyCon"],
		["Sam introduced us when he moved to Berlin", null],
		["Met at X. Later she told me about the divorce", "we met at X"],
		["Met at PyCon 2019. We ended up sharing a taxi.", "we met at PyCon 2019"],
		["Through Sam", "we met through Sam"],
		["college", "we met at college"],
		["Berlin", "we got to know each other in our Berlin days"],
		["Google, 2018", "we got to know each other in our Google days, back in 2018"],
		["PyCon 2019", "we met at PyCon 2019"],
		["Worked together on the Atlas migration", "we worked together on the Atlas migration"],
		["Introduced by Sam", "we were introduced by Sam"],
		["Hired me at Initech in 2014", "you hired me at Initech in 2014"],
		["Colleague at Initech", "we were colleagues at Initech"],
		["Manager at Initech", null],
		["my neighbour in Kreuzberg", "you were my neighbour in Kreuzberg"],
		["Flatmates in a Kreuzberg WG during our Master's at TU Berlin, 2012", "we were flatmates in a Kreuzberg WG during our Master's at TU Berlin in 2012"],
		["Same payments team at Initech Berlin, 2016–2019", "we were on the same payments team at Initech Berlin in 2016–2019"],
		["Study group for Theoretische Informatik at TU Berlin, winter 2009", "we were in the study group for Theoretische Informatik at TU Berlin in winter 2009"],
		["Erasmus semester at TU Berlin in 2011", "we met during the Erasmus semester at TU Berlin in 2011"],
		["Hallway track at Berlin Infra Summit 2023", "we met at the hallway track at Berlin Infra Summit 2023"],
		["Platform team at Initech, 2015–2020; we ran the Kubernetes migration together", "we ran the Kubernetes migration together"],
		["She joined my team at Initech in 2019; I was her first manager", "you joined my team at Initech in 2019"],
		["I interviewed him at Tessellate in 2023; great candidate, we had no headcount", "I interviewed you at Tessellate in 2023"],
		["HR business partner for engineering at Initech; coached me through my first layoffs (2020)", "you coached me through my first layoffs (2020)"],
		["Jane and I shared a desk at Initech", "you and I shared a desk at Initech"],
	])("%j → %j", (text, clause) => {
		expect(howWeMetClause(text, jane)).toBe(clause);
	});
});

describe("projects, family, interests and names", () => {
	it.each<[string, string | null]>([
		["Kestrel rewrite", "the Kestrel rewrite"],
		["the Raseef transit app", "the Raseef transit app"],
		["Raseef", "Raseef"],
		["hiring Halyard's first platform team", "hiring Halyard's first platform team"],
		["her thesis on bees", "your thesis on bees"],
		["She is writing a novel", "writing a novel"],
		["a book about bees", "your book about bees"],
		["Atlas migration (due Q2; behind)", "the Atlas migration"],
		["I helped her with the pitch deck", null],
	])("project %j → %j", (text, phrase) => {
		expect(projectPhrase(text, jane)).toBe(phrase);
	});

	it.each<[string, string | null]>([
		["Maya and the kids", "Maya and the kids"],
		["Yuki", "Yuki"],
		["wife Ana and their son Leo", "Ana and Leo"],
		["Cormac and their daughter Aoife", "Cormac and Aoife"],
		["husband Raj and their twins", "Raj and the twins"],
		["two boys", "your two boys"],
		["Two boys, both football-obsessed", "your two boys"],
		["She has two kids, Leo and Ana, and a dog", "Leo and Ana"],
		["My sister's ex", null],
	])("family %j → %j", (text, phrase) => {
		expect(familyPhrase(text, jane)).toBe(phrase);
	});

	it("keeps an interest that is a topic, and refuses a sentence", () => {
		expect(interestPhrase("HSV home games")).toBe("HSV home games");
		expect(interestPhrase("She loves hiking in the Alps")).toBeNull();
		expect(plainName("Brightwater Insurance")).toBe("Brightwater Insurance");
		expect(plainName("she is at Acme now")).toBeNull();
	});
});

describe("news as a phrase", () => {
	const phrase = (kind: string, detail: string): string => celebrationPhrase(kindOf(LIFE_EVENT_KINDS, kind), detail, jane).phrase;

	it.each([
		["promotion", "VP Engineering at Lumen Health", "your promotion to VP Engineering at Lumen Health"],
		["promotion", "promoted to staff engineer", "your promotion to staff engineer"],
		["promotion", "Head of Design.", "your promotion to Head of Design"],
		["promotion", "got promoted after the reorg", "your promotion"],
		["promotion", "", "your promotion"],
		["new-job", "Staff engineer at Stripe", "your new job as staff engineer at Stripe"],
		["new-job", "Stripe", "your new job at Stripe"],
		["new-job", "started at Stripe as a staff engineer", "your new job at Stripe as a staff engineer"],
		["new-role", "Head of Data at Parcelly", "your new role as Head of Data at Parcelly"],
		["new-role", "now leads the platform team", "your new role leading the platform team"],
		["started-company", "Loomwork, a weaving studio", "starting Loomwork"],
		["started-company", "co-founded a climate startup", "co-founding a climate startup"],
		["retired", "after 30 years at Siemens", "your retirement after 30 years at Siemens"],
		["graduated", "Finished his part-time MSc at FernUni Hagen", "finishing your part-time MSc at FernUni Hagen"],
		["graduated", "from MIT", "graduating from MIT"],
		["award", "won the Turing prize", "winning the Turing prize"],
		["award", "Turing Award", "winning the Turing Award"],
		["award", "Best Paper at ICSE", "winning Best Paper at ICSE"],
		["published", "her first novel, Salt", "your first novel, Salt"],
		["published", "his book The Quiet Manager came out", "your book The Quiet Manager"],
		["published", "a book on type systems", "your book on type systems"],
		["launched", "the new app", "launching the new app"],
		["engaged", "to Tom", "your engagement to Tom"],
		["married", "in Sintra", "your wedding in Sintra"],
		["married", "Tom", "marrying Tom"],
		["new-child", "had a baby girl", "your baby girl"],
		["new-child", "Baby girl arrived last week!", "your baby girl"],
		["new-child", "a daughter, Aoife", "your daughter Aoife"],
		["new-child", "Aoife", "the arrival of Aoife"],
		["moved", "to Lisbon", "the move to Lisbon"],
		["moved", "Lisbon", "the move to Lisbon"],
		["moved", "", "the move"],
		["new-home", "bought a house in Porto", "your new house in Porto"],
		["anniversary", "tenth wedding anniversary", "your tenth wedding anniversary"],
		["new-job", "after being laid off, joined Stripe", "your new job"],
	])("%s with %j → %j", (kind, detail, expected) => {
		expect(phrase(kind, detail)).toBe(expected);
	});

	it("says of hard news only what a kind message may", () => {
		expect(lossPhrase("her father passed away after a long illness")).toBe("your father");
		expect(lossPhrase("Sam's mother died")).toBe("your loss");
		expect(jobLossPhrase("laid off from Kiezrad with most of the team")).toBe("the layoffs at Kiezrad");
		expect(jobLossPhrase("let go at Acme")).toBe("what happened at Acme");
		expect(jobLossPhrase("lost the job")).toBe("what happened at work");
	});

	it.each<[string, string | null]>([
		["Bought a 1970s wooden sailboat and is restoring it", "you bought a 1970s wooden sailboat and are restoring it"],
		["ran her first marathon", "you ran your first marathon"],
		["Is learning Japanese", "you are learning Japanese"],
		["New bike", null],
		["her father passed away", null],
	])("news with no telling words %j → %j", (detail, clause) => {
		expect(plainNewsClause(detail, jane)).toBe(clause);
	});
});

describe("dates in words", () => {
	it.each([
		["arrived last week", { kind: "days-ago", days: 7 }],
		["a couple of weeks ago", { kind: "days-ago", days: 14 }],
		["in early November", { kind: "month", month: 11 }],
		["on Friday", { kind: "weekday", weekday: 5 }],
		["last month", { kind: "months-ago", months: 1 }],
		["recently", null],
		["May and the kids", null],
	])("%j → %j", (text, when) => {
		expect(findWordsDate(text)).toEqual(when);
	});
});

describe("any text at all", () => {
	const text = fc.oneof(fc.string({ maxLength: 80 }), fc.string({ unit: "grapheme", maxLength: 200 }), fc.array(fc.constantFrom("She ", "her ", "Jane ", "Sam ", "met ", "at ", "Initech", ", ", "; ", ". ", "(", ")", "2019", "!", "and ", "the "), { maxLength: 40 }).map((parts) => parts.join("")));
	it("is phrased or refused, never thrown on", () => {
		fc.assert(
			fc.property(text, (value) => {
				for (const read of [howWeMetClause, projectPhrase, familyPhrase]) {
					const phrase = read(value, jane);
					expect(phrase === null || typeof phrase === "string").toBe(true);
				}
				interestPhrase(value);
				plainNewsClause(value, jane);
				for (const kind of LIFE_EVENT_KINDS) expect(typeof celebrationPhrase(kind, value, jane).phrase).toBe("string");
				findWordsDate(value);
			}),
			{ numRuns: FUZZ_RUNS, seed: 41 },
		);
	});

	it("reads no further than a sentence could go", () => {
		const long = `Met at Initech ${"and then some more words ".repeat(2000)}`;
		expect(toSecondPerson(`she ${long}`, jane)).toBeNull();
		expect(howWeMetClause(long, jane)).toBeNull();
		expect(firstSentence(`${"!".repeat(5000)}x`).length).toBeLessThanOrEqual(500);
	});
});
