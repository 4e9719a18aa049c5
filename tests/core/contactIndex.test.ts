import { describe, expect, it } from "vitest";
import { ContactIndex } from "../../src/core/contactIndex";
import { formatDay } from "../../src/core/days";
import { day, linking, note, settings, TODAY } from "../builders";

const ago = (days: number): string => formatDay(TODAY - days);

/** An index over daily notes in Daily/ and contacts in People/, linked by base name. */
function indexOf(contacts: number, overrides = {}): ContactIndex {
	const index = new ContactIndex({
		settings: settings({ contactFolders: ["People"], ...overrides }),
		datedNotes: { day: (path) => (path.startsWith("Daily/") ? day(path.slice(6, 16)) : null), isDaily: (path) => path.startsWith("Daily/") },
		resolveLink: (link) => `People/${link}.md`,
	});
	for (let i = 0; i < contacts; i++) index.upsertNote(note(`People/P${i}.md`, { "last-contact": ago(100 + i) }), linking());
	return index;
}

const bandOf = (index: ContactIndex, path: string) => index.ranking().get(path)?.band ?? null;

describe("the contact index", () => {
	it("ranks nothing while the vault is read, and everyone once started", () => {
		const index = indexOf(300);
		expect(index.isLive).toBe(false);
		expect(index.today).toBeNull();
		expect(index.ranking().size).toBe(0);
		index.startNow(TODAY);
		expect(index.isLive).toBe(true);
		expect(index.today).toBe(TODAY);
		expect(index.ranking().size).toBe(300);
		expect(index.ranking().entries[0]?.contact.path).toBe("People/P299.md");
	});

	it("starts in small steps and is live only after the last one", () => {
		const index = indexOf(1000);
		const steps = index.start(TODAY);
		let count = 0;
		while (!steps.next().done) {
			count++;
			expect(index.isLive).toBe(false);
		}
		expect(count).toBeGreaterThanOrEqual(7);
		expect(index.isLive).toBe(true);
		expect(index.ranking().size).toBe(1000);
	});

	it("keeps a change made between steps: the contact is ranked as it is after the change", () => {
		const index = indexOf(1000);
		const steps = index.start(TODAY);
		steps.next();
		steps.next();
		// P0 was evaluated in the first step; it changes, a new contact appears, another goes.
		index.upsertNote(note("People/P0.md", { "last-contact": ago(1) }), linking());
		index.upsertNote(note("People/New.md", { "last-contact": ago(400) }), linking());
		index.removeNote("People/P999.md");
		index.upsertNote(note("Daily/2026-11-24.md", null), linking(["P5"]));
		while (!steps.next().done);
		expect(index.ranking().get("People/P0.md")?.status).toBe("on-track");
		expect(bandOf(index, "People/New.md")).toBe("fading");
		expect(index.ranking().get("People/P999.md")).toBeUndefined();
		expect(index.ranking().get("People/P5.md")?.daysSince).toBe(1);
		expect(index.ranking().size).toBe(1000);
	});

	it("lets a newer start replace one under way", () => {
		const index = indexOf(1000);
		const first = index.start(TODAY);
		first.next();
		index.startNow(TODAY + 1);
		expect(first.next().done).toBe(true);
		expect(index.today).toBe(TODAY + 1);
		expect(index.ranking().get("People/P0.md")?.daysSince).toBe(101);
	});

	it("uses settings changed during a start", () => {
		const index = indexOf(1000);
		const steps = index.start(TODAY);
		steps.next();
		index.updateRankSettings(settings({ contactFolders: ["People"], defaultCadenceDays: 365 }));
		while (!steps.next().done);
		expect(index.ranking().get("People/P0.md")?.cadenceDays).toBe(365);
		expect(index.ranking().get("People/P999.md")?.cadenceDays).toBe(365);
	});

	it("follows each change once live, and a new day re-ranks everyone", () => {
		const index = indexOf(10);
		index.startNow(TODAY);
		expect(index.upsertNote(note("People/P3.md", { "last-contact": ago(0) }), linking())).toEqual(new Set(["People/P3.md"]));
		expect(index.ranking().get("People/P3.md")?.status).toBe("on-track");
		expect([...index.renameNote("People/P4.md", "People/Q4.md")].sort()).toEqual(["People/P4.md", "People/Q4.md"]);
		expect(index.ranking().get("People/P4.md")).toBeUndefined();
		index.setToday(TODAY + 30);
		expect(index.ranking().get("People/P0.md")?.daysSince).toBe(130);
	});
});

describe("the contact index's history and follow-ups", () => {
	const live = () => {
		const index = indexOf(0);
		index.startNow(TODAY);
		return index;
	};

	it("learns contact from a contact's own dated lines, keeping them while the text is not read again", () => {
		const index = live();
		index.upsertNote(note("People/Kenji.md", { "how-we-met": "Work" }), linking([], { logLines: [{ line: 7, day: TODAY - 20, text: "called him back" }] }));
		expect(index.ranking().get("People/Kenji.md")?.lastContact).toMatchObject({ kind: "note", day: TODAY - 20, notePath: "People/Kenji.md" });
		index.upsertNote(note("People/Kenji.md", { "how-we-met": "Work", cadence: "1w" }), linking());
		expect(index.ranking().get("People/Kenji.md")?.daysSince).toBe(20);
		expect(index.history("People/Kenji.md", TODAY)).toEqual([{ day: TODAY - 20, notePath: "People/Kenji.md", line: 7 }]);
		index.upsertNote(note("People/Kenji.md", { "how-we-met": "Work" }), linking([], { logLines: [] }));
		expect(index.ranking().get("People/Kenji.md")?.lastContact).toBeNull();
	});

	it("keeps the line of each sighting, newest first", () => {
		const index = live();
		index.upsertNote(note("People/Ana.md", { "how-we-met": "Work" }), linking());
		index.upsertNote(note("Daily/2026-11-20.md", null), linking(["Sam", "Ana"]));
		index.upsertNote(note("Daily/2026-11-10.md", null), linking(["Ana"]));
		expect(index.history("People/Ana.md", TODAY)).toEqual([
			{ day: day("2026-11-20"), notePath: "Daily/2026-11-20.md", line: 1 },
			{ day: day("2026-11-10"), notePath: "Daily/2026-11-10.md", line: 0 },
		]);
		expect(index.history("People/Ana.md", day("2026-11-15"))).toHaveLength(1);
	});

	it("gathers open tasks that link a contact, or sit in its note, as its follow-ups, and ranks an overdue one", () => {
		const index = live();
		index.upsertNote(note("People/Kenji.md", { "how-we-met": "Work", "last-contact": ago(2) }), linking([], { openTasks: [{ line: 9, links: [], text: "book the dinner", due: null }] }));
		expect(index.ranking().get("People/Kenji.md")?.status).toBe("on-track");
		const affected = index.upsertNote(note("Projects/Visa.md", null), linking([], { openTasks: [{ line: 2, links: ["Kenji"], text: "send [[Kenji]] the HR checklist", due: TODAY - 6 }] }));
		expect([...affected]).toContain("People/Kenji.md");
		const entry = index.ranking().get("People/Kenji.md");
		expect(entry?.band).toBe("fading");
		expect(entry?.followUps.map((followUp) => followUp.text)).toEqual(["send [[Kenji]] the HR checklist", "book the dinner"]);
		index.removeNote("Projects/Visa.md");
		expect(index.ranking().get("People/Kenji.md")?.status).toBe("on-track");
		expect(index.followUpsOf("People/Kenji.md")).toHaveLength(1);
	});
});

describe("a note's text, read after its cache", () => {
	it("adds what only the text says — a contact's log, the words and due dates of tasks — and keeps the rest", () => {
		const index = indexOf(0);
		index.upsertNote(note("People/Kenji.md", { "how-we-met": "Work", cadence: "1m" }), linking([], { openTasks: [{ line: 9, links: [], text: null, due: null }] }));
		index.upsertNote(note("Projects/Visa.md", null), linking([], { openTasks: [{ line: 2, links: ["Kenji"], text: null, due: null }] }));
		index.startNow(TODAY);
		expect(index.ranking().get("People/Kenji.md")?.band).toBe("unknown");
		// The texts arrive: a log line in his note, and a due date on the task about him.
		const fromLog = index.upsertNoteText("People/Kenji.md", linking([], { logLines: [{ line: 7, day: TODAY - 3, text: "coffee" }], openTasks: [{ line: 9, links: [], text: "book the dinner", due: null }] }));
		expect([...fromLog]).toEqual(["People/Kenji.md"]);
		const fromTask = index.upsertNoteText("Projects/Visa.md", linking([], { openTasks: [{ line: 2, links: ["Kenji"], text: "send [[Kenji]] the HR checklist", due: TODAY - 6 }] }));
		expect([...fromTask]).toEqual(["People/Kenji.md"]);
		const kenji = index.ranking().get("People/Kenji.md");
		expect(kenji?.daysSince).toBe(3);
		expect(kenji?.cadenceDays).toBe(30);
		expect(kenji?.band).toBe("fading");
		expect(kenji?.followUps.map((followUp) => [followUp.text, followUp.due])).toEqual([["send [[Kenji]] the HR checklist", TODAY - 6], ["book the dinner", null]]);
		// The same text again changes nothing.
		expect(index.upsertNoteText("Projects/Visa.md", linking([], { openTasks: [{ line: 2, links: ["Kenji"], text: "send [[Kenji]] the HR checklist", due: TODAY - 6 }] })).size).toBe(0);
	});
});

describe("the measured rhythm an index keeps between rankings", () => {
	/** P0 seen every 10 days, the last time 10 days ago. */
	function seenEvery10Days(): ContactIndex {
		const index = indexOf(1);
		for (const days of [10, 20, 30, 40, 50]) index.upsertNote(note(`Daily/${ago(days)}.md`, null), linking(["P0"]));
		index.startNow(TODAY);
		return index;
	}
	const rhythm = (index: ContactIndex): number | null => {
		const contact = index.get("People/P0.md");
		if (!contact || index.today === null) throw new Error("no P0, or not started");
		return index.evaluate(contact, index.today).rhythmDays;
	};

	it("is measured again when the contact's history changes", () => {
		const index = seenEvery10Days();
		expect(rhythm(index)).toBe(10);
		for (const days of [12, 14, 16, 18]) index.upsertNote(note(`Daily/${ago(days)}.md`, null), linking(["P0"]));
		expect(rhythm(index)).toBe(2);
		index.removeNote(`Daily/${ago(12)}.md`);
		index.removeNote(`Daily/${ago(14)}.md`);
		index.removeNote(`Daily/${ago(16)}.md`);
		index.removeNote(`Daily/${ago(18)}.md`);
		expect(rhythm(index)).toBe(10);
	});

	it("takes in notes dated ahead on the day they come due, and not before", () => {
		const index = seenEvery10Days();
		// Written ahead: ten days in a row from tomorrow, which must not count yet.
		for (let ahead = 1; ahead <= 10; ahead++) index.upsertNote(note(`Daily/${formatDay(TODAY + ahead)}.md`, null), linking(["P0"]));
		expect(rhythm(index)).toBe(10);
		index.setToday(TODAY + 10);
		// Nine gaps of a day, then 11, 10, 10, 10, 10 and 50 (to the last-contact property): the median is 1.
		expect(rhythm(index)).toBe(1);
		index.setToday(TODAY);
		expect(rhythm(index)).toBe(10);
	});
});
