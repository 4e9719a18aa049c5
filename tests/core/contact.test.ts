import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createContactRules, formatWarning, type NoteFacts } from "../../src/core/contact";
import { formatDay } from "../../src/core/days";
import { contact, note, settings } from "../builders";
import { FUZZ_RUNS } from "../fuzz";


describe("which notes are contacts", () => {
	const rules = createContactRules(settings({ contactFolders: ["People"] }), ["Templates"]);

	it.each<[string, NoteFacts, boolean]>([
		["a note in the contacts folder", note("People/Jane Doe.md", null), true],
		["a note in a subfolder of it", note("People/Work/Jane Doe.md", {}), true],
		["the folder matched case-insensitively", note("people/Jane.md", {}), true],
		["a folder that only starts the same", note("Peoples/Jane.md", {}), false],
		["a #person tag in the body", note("Notes/Jane.md", {}, { tags: ["#person"] }), true],
		["a nested #person/work tag", note("Notes/Jane.md", {}, { tags: ["#person/work"] }), true],
		["a #personal tag (not a prefix match on a word)", note("Notes/Jane.md", {}, { tags: ["#personal"] }), false],
		["frontmatter tags as a list", note("Notes/Jane.md", { tags: ["work", "Contact"] }), true],
		["frontmatter tags as a string", note("Notes/Jane.md", { tags: "work, people" }), true],
		["type: person", note("Notes/Jane.md", { type: "person" }), true],
		["Category: Contact", note("Notes/Jane.md", { Category: "Contact" }), true],
		["type as a link", note("Notes/Jane.md", { type: "[[Person]]" }), true],
		["type: project", note("Notes/Atlas.md", { type: "project" }), false],
		["a how-we-met property", note("Notes/Jane.md", { met: "PyCon" }), true],
		["a last-contact property", note("Notes/Jane.md", { lastContact: "2025-01-01" }), true],
		["a recent-news property", note("Notes/Jane.md", { news: ["2026-01-01 award"] }), true],
		["an empty last-contact property", note("Notes/Jane.md", { "last-contact": null }), false],
		["only a cadence (not a marker field)", note("Notes/Gym.md", { cadence: "weekly" }), false],
		["a plain note", note("Notes/Groceries.md", { tags: ["list"] }), false],
		["a template that looks like a contact", note("Templates/Person.md", { tags: ["person"], "how-we-met": "x" }), false],
		["a template in the contacts folder's template subfolder", note("Templates/People/P.md", {}), false],
	])("%s", (_label, facts, expected) => {
		expect(rules.isContact(facts)).toBe(expected);
	});

	it("uses the configured tags and types", () => {
		const custom = createContactRules(settings({ contactTags: ["crm"], contactTypes: ["friend"] }));
		expect(custom.isContact(note("a.md", {}, { tags: ["#crm/client"] }))).toBe(true);
		expect(custom.isContact(note("a.md", {}, { tags: ["#person"] }))).toBe(false);
		expect(custom.isContact(note("a.md", { type: "Friend" }))).toBe(true);
	});
});

describe("reading a contact", () => {
	it("reads every field under its aliases", () => {
		const jane = contact({
			met: ["Initech, 2015", "Atlas migration"],
			last_contacted: "March 14, 2025",
			news: ["2026-11-13 promotion: VP Engineering at Acme"],
			"keep-in-touch": "2w",
			circle: "close",
			snoozed_until: "2026-12-01",
			archived: false,
			born: "12-01",
			"e-mail": "jane+work@example.com",
			topics: ["bouldering", "[[Rust]]"],
			"working-on": "Atlas migration",
			kids: ["Leo", "Ana"],
			spouse: "[[Maya Chen|Maya]]",
			"introduced-by": "[[Sam Lee]]",
			knows: ["[[Priya Natarajan]]"],
		});
		expect({
			howWeMet: jane.howWeMet,
			lastContact: jane.lastContact === null ? null : formatDay(jane.lastContact),
			news: jane.news.map((item) => item.kind),
			cadence: jane.cadenceDays,
			tier: jane.tier?.name,
			snooze: jane.snoozeUntil === null ? null : formatDay(jane.snoozeUntil),
			paused: jane.paused,
			birthday: jane.birthday,
			email: jane.email,
			interests: jane.interests,
			projects: jane.projects,
			family: jane.family,
			mutual: jane.mutual,
			warnings: jane.warnings,
		}).toEqual({
			howWeMet: "Initech, 2015; Atlas migration",
			lastContact: "2025-03-14",
			news: ["promotion"],
			cadence: 14,
			tier: "close",
			snooze: "2026-12-01",
			paused: false,
			birthday: { month: 12, day: 1, year: null },
			email: "jane+work@example.com",
			interests: ["bouldering", "Rust"],
			projects: ["Atlas migration"],
			family: "Maya and the kids",
			mutual: ["Sam Lee", "Priya Natarajan"],
			warnings: [],
		});
	});

	it.each<[Record<string, unknown>, string, string]>([
		[{ name: "Dr. Jane Doe" }, "Dr. Jane Doe", "Jane"],
		[{ "first-name": "Jane", "last-name": "Doe" }, "Jane Doe", "Jane"],
		[{ aliases: ["JD", "Janie"] }, "JD", "JD"],
		[{ aliases: "Janie" }, "Janie", "Janie"],
		[{}, "Jane Doe", "Jane"],
		[{ name: "山田 太郎" }, "山田 太郎", "山田"],
		[{ name: ["Zoë Müller"] }, "Zoë Müller", "Zoë"],
	])("names %j", (frontmatter, name, firstName) => {
		const read = contact(frontmatter);
		expect([read.name, read.firstName]).toEqual([name, firstName]);
	});

	it.each<[Record<string, unknown>, string]>([
		[{ family: "Maya and the kids" }, "Maya and the kids"],
		[{ family: ["Maya", "Leo"] }, "Maya and Leo"],
		[{ kids: ["Leo", "Ana", "Bo"] }, "Leo, Ana and Bo"],
		[{ partner: "Tom" }, "Tom"],
	])("reads family %j", (frontmatter, family) => {
		expect(contact(frontmatter).family).toBe(family);
	});

	it("turns every unreadable value into a warning and keeps the rest", () => {
		const odd = contact({
			"last-contact": "yesterday-ish",
			cadence: "whenever",
			tier: "bestie",
			birthday: "soon",
			email: "nope",
			paused: "maybe",
			interests: { a: 1 },
			"recent-news": ["2026-13-45 promotion: VP"],
			"how-we-met": "PyCon 2019",
		});
		expect(odd.warnings.map(formatWarning)).toEqual([
			"last-contact: cannot read 'yesterday-ish' as a date (write it as YYYY-MM-DD)",
			"tier: unknown tier 'bestie' (known tiers: inner, close, network, outer, dormant)",
			"recent-news: item '2026-13-45 promotion: VP': '2026-13-45' is not a real date",
			"paused: cannot read 'maybe' as yes or no (write true or false)",
			"cadence: cannot read 'whenever' as a cadence (try 90d, 2w, 3m, 1y or monthly)",
			"birthday: cannot read 'soon' as a birthday (write MM-DD or YYYY-MM-DD)",
			"email: 'nope' does not look like an e-mail address",
			"interests: expected text but found an object",
		]);
		expect(odd.howWeMet).toBe("PyCon 2019");
		expect(odd.news).toHaveLength(1);
	});

	it.each<[Record<string, unknown>, boolean, string[]]>([
		[{ deceased: "2026-06-02" }, true, []],
		[{ died: true }, true, []],
		[{ "date-of-death": "June 2, 2026" }, true, []],
		[{ "passed-away": "yes" }, true, []],
		[{ died: "last spring" }, true, ["died: read 'last spring' as yes (write a date, or true)"]],
		[{ deceased: false }, false, []],
		[{ deceased: "no" }, false, []],
		[{ deceased: "" }, false, []],
		[{}, false, []],
	])("reads %j as deceased: %s", (frontmatter, deceased, warnings) => {
		const read = contact(frontmatter);
		expect(read.deceased).toBe(deceased);
		expect(read.warnings.map(formatWarning)).toEqual(warnings);
	});

	it("reads where they work, their role and where they live, and the day the note was changed", () => {
		const rules = createContactRules(settings());
		const read = rules.read(note("People/Jane.md", { organisation: "Acme", "job-title": "CTO", city: "Lisbon", news: ["had a baby"] }, { modified: 20_000 }));
		expect([read.company, read.role, read.location, read.modified]).toEqual(["Acme", "CTO", "Lisbon", 20_000]);
		// Asked for only when undated news needs it: an adapter may read it from the disk then.
		let asked = 0;
		const facts = note("People/Jane.md", { news: ["2026-11-01 had a baby"] });
		Object.defineProperty(facts, "modified", { get: () => ++asked });
		expect(rules.read(facts).modified).toBeNull();
		expect(asked).toBe(0);
	});

	it("warns when one property is written under several spellings with different values, naming the one read", () => {
		const read = contact({ "last-contact": "2026-03-01", last_contact: "2026-05-01", lastContact: new Date(Date.UTC(2026, 6, 1)) });
		expect(formatDay(read.lastContact ?? 0)).toBe("2026-03-01");
		expect(read.warnings.map(formatWarning)).toEqual(["last-contact: also written as last_contact and lastContact with other values; only last-contact is read"]);
		// The same value under two spellings is no problem.
		expect(contact({ "last-contact": "2026-03-01", last_contact: new Date(Date.UTC(2026, 2, 1)) }).warnings).toEqual([]);
	});

	it("reads an unquoted news item that YAML made a map of one key", () => {
		const read = contact({ "recent-news": [{ "2026-11-13 promotion": "VP Engineering at Acme" }] });
		expect(read.news.map((item) => [item.kind, item.detail])).toEqual([["promotion", "VP Engineering at Acme"]]);
		expect(read.warnings).toEqual([]);
	});

	it("reports frontmatter that could not be parsed, and still reads the contact", () => {
		const rules = createContactRules(settings({ contactFolders: ["People"] }));
		const facts = note("People/Broken.md", null, { frontmatterError: "the YAML frontmatter could not be read" });
		expect(rules.isContact(facts)).toBe(true);
		const read = rules.read(facts);
		expect(read.name).toBe("Broken");
		expect(read.warnings.map(formatWarning)).toEqual(["frontmatter: the YAML frontmatter could not be read"]);
	});

	it("reads any frontmatter without throwing", () => {
		const rules = createContactRules(settings({ contactFolders: ["People"] }));
		const keys = fc.constantFrom("last-contact", "met", "news", "cadence", "tier", "snooze", "paused", "birthday", "email", "topics", "projects", "kids", "spouse", "mutual", "name", "aliases", "first-name", "tags", "type", "other");
		fc.assert(
			fc.property(fc.dictionary(keys, fc.anything({ withDate: true, withMap: true, withSparseArray: true, withNullPrototype: true })), (frontmatter) => {
				const facts = note("People/Any.md", frontmatter);
				rules.isContact(facts);
				const read = rules.read(facts);
				expect(typeof read.name).toBe("string");
				expect(read.name.length).toBeGreaterThan(0);
			}),
			{ numRuns: FUZZ_RUNS, seed: 11 },
		);
	});
});
