import { describe, expect, it } from "vitest";
import { EXAMPLE_VAULT, runReconnect } from "./helpers";

const TODAY = ["--today", "2026-11-25"];

interface JsonEntry {
	path: string;
	name: string;
	band: string;
	score: number;
	daysSince: number | null;
	cadenceDays: number;
	lastContact: string | null;
	lastContactSource: string | null;
	reasons: string[];
	strategy: string;
	warnings: string[];
	rhythmDays: number | null;
	drifting: boolean;
	followUps: { path: string; line: number; text: string; due: string | null }[];
	history: { date: string; path: string; line: number; text: string }[];
}

async function rankJson(extra: string[] = []): Promise<JsonEntry[]> {
	const result = await runReconnect(["rank", "--json", ...TODAY, ...extra]);
	expect(result.stderr).toBe("");
	expect(result.code).toBe(0);
	return JSON.parse(result.stdout) as JsonEntry[];
}

describe("reconnect rank on the example vault", () => {
	it("lists every band in order, each contact with its reasons", async () => {
		const entries = await rankJson();
		expect(entries.map((entry) => `${entry.band}: ${entry.path}`)).toEqual([
			"support: People/Tom Becker.md",
			"support: People/Ingrid Bergström.md",
			"support: People/Felix Brandt.md",
			"support: People/Elena Petrova.md",
			"congratulate: People/Rafael Costa.md",
			"congratulate: Community/Grace Mwangi.md",
			"congratulate: People/Daniel Okafor.md",
			"congratulate: People/Tomás Herrera.md",
			"congratulate: People/Lucía Fernández.md",
			"fading: People/Zoë Müller.md",
			"fading: People/Oskar Lind.md",
			"fading: People/Marcus Webb.md",
			"fading: People/Hannah Schmidt.md",
			"fading: People/Kenji Watanabe.md",
			"fading: Work/Clients/Priya Natarajan.md",
			"fading: People/Søren Ødegaard.md",
			"dormant: People/Ahmed El-Sayed.md",
			"dormant: People/Siobhán Gallagher.md",
			"unknown: People/Anouk de Vries.md",
			"unknown: People/Lena Vogel.md",
			"soon: People/Katarzyna Nowak.md",
		]);
		for (const entry of entries) expect(entry.reasons.length).toBeGreaterThan(0);
	});

	it("reads the room: hard news in support, no private or medical detail in any reason, undated news said to be undated", async () => {
		const entries = await rankJson();
		const byName = new Map(entries.map((entry) => [entry.name, entry]));
		expect(byName.get("Ingrid Bergström")).toMatchObject({ band: "support", strategy: "support" });
		expect(byName.get("Ingrid Bergström")?.reasons[0]).toBe("Her father passed away — 9 days ago");
		expect(byName.get("Felix Brandt")).toMatchObject({ band: "support", strategy: "support" });
		expect(byName.get("Elena Petrova")?.reasons[0]).toBe("Health news — 3 weeks ago");
		expect(byName.get("Tom Becker")).toMatchObject({ band: "support", strategy: "gentle" });
		expect(byName.get("Tom Becker")?.reasons[0]).toBe("Private news in the note — undated, noted today");
		expect(byName.get("Grace Mwangi")?.reasons[0]).toBe("Baby boy arrived last week! — 7 days ago");
		expect(byName.get("Søren Ødegaard")?.reasons).toContain("Bought a 1970s wooden sailboat and is restoring it — undated, noted today");
		expect(JSON.stringify(entries)).not.toMatch(/cancer|surgery|separated|divorce/i);
		// Someone who has died is never listed.
		expect(byName.has("Walter Krüger")).toBe(false);
	});

	it("prints exactly the documented fields, dates as YYYY-MM-DD", async () => {
		const entries = await rankJson();
		for (const entry of entries) {
			expect(Object.keys(entry)).toEqual(["path", "name", "band", "score", "daysSince", "cadenceDays", "lastContact", "lastContactSource", "reasons", "strategy", "warnings", "rhythmDays", "drifting", "followUps", "history"]);
			expect(entry.history.length).toBeLessThanOrEqual(5);
			for (const seen of entry.history) expect(seen.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			if (entry.lastContact !== null) expect(entry.lastContact).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		}
		const daniel = entries.find((entry) => entry.name === "Daniel Okafor");
		expect(daniel).toMatchObject({ band: "congratulate", daysSince: 96, cadenceDays: 90, lastContact: "2026-08-21", strategy: "congratulate" });
		expect(daniel?.reasons[0]).toBe("Promoted: VP Engineering at Lumen Health — 12 days ago");
		const lena = entries.find((entry) => entry.name === "Lena Vogel");
		expect(lena).toMatchObject({ band: "unknown", daysSince: null, lastContact: null, lastContactSource: null });
	});

	it("learns the last contact from daily notes, counting only links that record contact", async () => {
		const entries = await rankJson();
		const byName = new Map(entries.map((entry) => [entry.name, entry]));
		// A daily note and two meeting notes mention Marcus; the embed on 2026-11-09 does not count.
		expect(byName.get("Marcus Webb")).toMatchObject({ lastContact: "2026-07-30", lastContactSource: "Meetings/2026-07-30 Halyard platform roadmap.md" });
		expect(byName.get("Marcus Webb")?.reasons).toContain("Last seen in Meetings/2026-07-30 Halyard platform roadmap");
		// A checked task counts.
		expect(byName.get("Kenji Watanabe")).toMatchObject({ lastContact: "2026-08-06", lastContactSource: "Daily/2026-08-06.md" });
		// [[Priya Natarajan#Notes]] links to Priya.
		expect(byName.get("Priya Natarajan")?.lastContact).toBe("2026-08-12");
		// An unchecked "reach out to" task is an intention: Zoë stays at 2026-10-28.
		expect(byName.get("Zoë Müller")?.lastContact).toBe("2026-10-28");
		// A link inside a block quote does not end Ahmed's silence.
		expect(byName.get("Ahmed El-Sayed")?.band).toBe("dormant");
		// The unchecked reconnect task written for Hannah on 2026-11-20 does not silence itself.
		expect(byName.get("Hannah Schmidt")?.lastContact).toBe("2026-09-30");
		// A link inside a code fence does not count either.
		expect(byName.get("Daniel Okafor")?.band).toBe("congratulate");
	});

	it("shows each unreadable value as a warning and keeps the contact", async () => {
		const entries = await rankJson();
		const warnings = Object.fromEntries(entries.filter((entry) => entry.warnings.length).map((entry) => [entry.name, entry.warnings]));
		expect(warnings["Hannah Schmidt"]).toEqual(["cadence: cannot read 'whenever' as a cadence (try 90d, 2w, 3m, 1y or monthly)"]);
		expect(warnings["Marcus Webb"]).toEqual(["last-contact: cannot read 'yesterday-ish' as a date (write it as YYYY-MM-DD)"]);
		expect(warnings["Kenji Watanabe"]).toEqual(["last-contact: 2027-02-01 is in the future, so it is ignored"]);
		expect(warnings["Kasia Nowak"]?.[0]).toMatch(/^tier: unknown tier 'bestie'/);
		expect(warnings["Anouk de Vries"]?.[0]).toMatch(/^frontmatter: the YAML frontmatter could not be read/);
	});

	it("limits the list", async () => {
		expect(await rankJson(["--limit", "3"])).toHaveLength(3);
	});

	it("prints a readable grouped list with problems and counts", async () => {
		const result = await runReconnect(["rank", ...TODAY]);
		expect(result.code).toBe(0);
		const text = result.stdout;
		expect(text).toMatch(/^Reconnect · 2026-11-25 · 21 to reach out to · 3 on track · 1 snoozed · 1 paused · 1 in memory\n/);
		const order = ["Hard news (4)", "Congratulate (5)", "Fading (7)", "Dormant (2)", "No last contact yet (2)", "Coming up (1)", "Notes with problems"].map((title) => text.indexOf(title));
		expect(order.every((at) => at > 0)).toBe(true);
		expect([...order].sort((a, b) => a - b)).toEqual(order);
		expect(text).toContain("Sam Lee.md: last_contact: '31/02/2025' is not a real date");
		expect(text).toContain("Tom Becker — Private news in the note — undated, noted today");
		expect(text).not.toMatch(/Walter|cancer|separated/);
	});

	it("gives each contact's history, follow-ups and measured rhythm", async () => {
		const byName = new Map((await rankJson()).map((entry) => [entry.name, entry]));
		const marcus = byName.get("Marcus Webb");
		// Meeting notes in a dated folder: by name, and by a date property.
		expect(marcus?.history).toEqual([
			{ date: "2026-07-30", path: "Meetings/2026-07-30 Halyard platform roadmap.md", line: 5, text: "Walked Marcus Webb through how we staffed the platform team at Initech: platform lead first, then two seniors who like boring…" },
			{ date: "2026-07-22", path: "Daily/2026-07-22.md", line: 3, text: "Dinner with Marcus Webb at Lode & Stijn. Halyard is rewriting billing into event-sourced services. He asked how I'd staff it; told him to…" },
			{ date: "2026-06-03", path: "Meetings/Offsite debrief.md", line: 5, text: "Coffee with Marcus Webb after the Halyard offsite; he wants the team to own on-call by autumn." },
		]);
		expect(marcus?.followUps).toEqual([{ path: "Meetings/2026-07-30 Halyard platform roadmap.md", line: 8, text: "Send Marcus Webb the platform charter we wrote in 2019", due: "2026-08-15" }]);
		expect(marcus?.reasons[0]).toBe("Follow-up overdue by 3 months: Send Marcus Webb the platform charter we wrote in 2019");
		// Kenji's own note logs a call; his overdue follow-up sits in his note.
		const kenji = byName.get("Kenji Watanabe");
		expect(kenji?.history.map((seen) => `${seen.date} ${seen.path}`)).toEqual(["2026-08-06 Daily/2026-08-06.md", "2026-08-06 People/Kenji Watanabe.md"]);
		expect(kenji?.history[1]?.text).toBe("called him back about the tech-visa questions his team had; sent him our HR checklist.");
		expect(kenji?.followUps.map((followUp) => followUp.due)).toEqual(["2026-11-19"]);
		// Oskar is seen every two weeks, and not since October.
		expect(byName.get("Oskar Lind")).toMatchObject({ rhythmDays: 14, drifting: true, cadenceDays: 14 });
		expect(byName.get("Oskar Lind")?.reasons[0]).toBe("Drifting: usually every 2 weeks, now 8 weeks");
		expect(byName.get("Daniel Okafor")).toMatchObject({ rhythmDays: null, drifting: false });
	});

	it("shows one contact's card, as text or as the same JSON as rank", async () => {
		const text = await runReconnect(["show", "Marcus", ...TODAY]);
		expect(text.code).toBe(0);
		expect(text.stdout).toContain("How you met: He was my first manager at Initech (2014), and hired me into the platform team");
		expect(text.stdout).toContain("Cadence: every 3 months (stated)");
		expect(text.stdout).toMatch(/History\n {2}2026-07-30 {2}Walked Marcus Webb/);
		expect(text.stdout).toContain("Follow-ups\n  [ ] Send Marcus Webb the platform charter we wrote in 2019 — due 2026-08-15 (Meetings/2026-07-30 Halyard platform roadmap.md:9)");
		const json = await runReconnect(["show", "People/Marcus Webb.md", "--json", ...TODAY]);
		const fromRank = (await rankJson()).find((entry) => entry.name === "Marcus Webb");
		expect(JSON.parse(json.stdout)).toEqual(fromRank);
		const unknown = await runReconnect(["show", "Nobody At All", ...TODAY]);
		expect(unknown.code).toBe(1);
	});

	it("uses the example vault when --vault is not given, and reads another vault when it is", async () => {
		const implicit = await runReconnect(["rank", "--json", ...TODAY]);
		const explicit = await runReconnect(["rank", "--json", ...TODAY, "--vault", EXAMPLE_VAULT]);
		expect(explicit.stdout).toBe(implicit.stdout);
	});
});
