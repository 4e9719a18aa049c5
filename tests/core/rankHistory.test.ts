/** What the history adds to the ranking: the measured rhythm, drift, and overdue follow-ups. */
import { describe, expect, it } from "vitest";
import { formatDay } from "../../src/core/days";
import type { FollowUp } from "../../src/core/history/followUps";
import { composeDraft } from "../../src/core/draft";
import { rankOne, TODAY } from "../builders";

const ago = (days: number): string => formatDay(TODAY - days);
/** Seen on these days ago (a history), newest first. */
const seen = (...daysAgo: number[]) => ({
	lastSeen: () => ({ kind: "note" as const, day: TODAY - Math.min(...daysAgo), notePath: "Daily/x.md" }),
	seenDays: (_path: string, count: number) => daysAgo.map((days) => TODAY - days).slice(0, count),
});
const followUp = (dueAgo: number | null, text = "send the HR checklist"): FollowUp => ({ notePath: "Daily/a.md", line: 3, text, due: dueAgo === null ? null : TODAY - dueAgo });

describe("the measured rhythm", () => {
	it("is the cadence when none is stated, shown as measured", () => {
		const entry = rankOne({ "how-we-met": "Work" }, seen(40, 75, 110, 145));
		expect(entry.rhythmDays).toBe(35);
		expect(entry.cadenceDays).toBe(35);
		expect(entry.cadenceSource).toBe("rhythm");
		expect(entry.band).toBe("fading");
		expect(entry.reasons[0]).toBe("6 weeks since last contact — usually every 5 weeks (measured)");
	});

	it("gives way to a stated cadence or tier", () => {
		expect(rankOne({ "how-we-met": "Work", cadence: "90d" }, seen(40, 75, 110, 145))).toMatchObject({ cadenceDays: 90, cadenceSource: "cadence", rhythmDays: 35 });
		expect(rankOne({ "how-we-met": "Work", tier: "close" }, seen(40, 75, 110, 145))).toMatchObject({ cadenceDays: 30, cadenceSource: "tier" });
	});

	it("needs three gaps over three weeks, else the default cadence holds", () => {
		expect(rankOne({ "how-we-met": "Work" }, seen(10, 20, 30))).toMatchObject({ rhythmDays: null, cadenceSource: "default", cadenceDays: 90 });
		expect(rankOne({ "how-we-met": "Work" }, seen(1, 3, 5, 7))).toMatchObject({ rhythmDays: null });
	});

	it("counts the last-contact property's day with the notes", () => {
		expect(rankOne({ "how-we-met": "Work", "last-contact": ago(10) }, seen(24, 38, 52)).rhythmDays).toBe(14);
	});
});

describe("drift", () => {
	it("lists a contact whose silence is far past the usual rhythm, though the stated cadence is not due", () => {
		const entry = rankOne({ "how-we-met": "Work", cadence: "1y" }, seen(49, 63, 77, 91, 105));
		expect(entry.drifting).toBe(true);
		expect(entry.band).toBe("soon");
		expect(entry.reasons[0]).toBe("Drifting: usually every 2 weeks, now 7 weeks");
	});

	it("is not drifting within twice the rhythm, nor once dormant", () => {
		expect(rankOne({ "how-we-met": "Work", cadence: "1y" }, seen(28, 42, 56, 70)).drifting).toBe(false);
		const dormant = rankOne({ "how-we-met": "Work" }, seen(1200, 1214, 1228, 1242));
		expect(dormant.drifting).toBe(false);
		expect(dormant.band).toBe("dormant");
	});
});

describe("follow-ups", () => {
	it("an overdue one is a reason in words and puts the contact in Fading at least", () => {
		const entry = rankOne({ "how-we-met": "Work", "last-contact": ago(3) }, { followUps: () => [followUp(6, "send [[Kenji Watanabe|Kenji]] the **HR** checklist")] });
		expect(entry.band).toBe("fading");
		expect(entry.reasons[0]).toBe("Follow-up overdue by 6 days: send Kenji the HR checklist");
		expect(entry.followUps).toHaveLength(1);
	});

	it("one not yet due, or undated, changes nothing", () => {
		expect(rankOne({ "how-we-met": "Work", "last-contact": ago(3) }, { followUps: () => [followUp(-2), followUp(null)] }).status).toBe("on-track");
	});

	it("does not move news or a dormant tie out of their bands", () => {
		const news = rankOne({ "how-we-met": "Work", "last-contact": ago(40), "recent-news": [`${ago(5)} promotion: VP`] }, { followUps: () => [followUp(6)] });
		expect(news.band).toBe("congratulate");
		expect(news.reasons).toContain("Follow-up overdue by 6 days: send the HR checklist");
		expect(rankOne({ "how-we-met": "Work", "last-contact": ago(2000) }, { followUps: () => [followUp(6)] }).band).toBe("dormant");
	});

	it("ranks a contact by how overdue the follow-up is, within Fading", () => {
		const late = rankOne({ "how-we-met": "Work", "last-contact": ago(3) }, { followUps: () => [followUp(45)] });
		const early = rankOne({ "how-we-met": "Work", "last-contact": ago(3) }, { followUps: () => [followUp(2)] });
		expect(late.score).toBeGreaterThan(early.score);
	});
});

describe("a follow-up as the reason to write", () => {
	const options = { today: TODAY, me: "Alex" };

	it("opens the draft with the thing owed, addressed to them, with a slot to fill", () => {
		const entry = rankOne({ name: "Kenji Watanabe", "how-we-met": "Work", projects: "his team's move to Kotlin", "last-contact": ago(100) }, { followUps: () => [followUp(6, "Send him his copy of the HR checklist")] });
		expect(entry.strategy).toBe("follow-up");
		const draft = composeDraft(entry, options);
		expect(draft.text).toMatch(/your copy of the HR checklist/);
		expect(draft.text).not.toMatch(/\bhis\b|\bhim\b|\?/);
		expect(draft.slots).toEqual(["‹here it is, or when you'll send it›"]);
		expect(draft.summary).toBe("follow up: send their copy of the HR checklist; fill in ‹here it is, or when you'll send it›");
	});

	it("comes after good or hard news, and a task that hands nothing over leaves the note's fields to open", () => {
		const news = rankOne({ name: "Kenji Watanabe", "how-we-met": "Work", "last-contact": ago(40), "recent-news": [`${ago(5)} promotion: VP`] }, { followUps: () => [followUp(6, "send him the deck")] });
		expect(news.strategy).toBe("congratulate");
		const call = rankOne({ name: "Kenji Watanabe", "how-we-met": "Work", projects: "the Kotlin move", "last-contact": ago(100) }, { followUps: () => [followUp(6, "call him about the visa")] });
		expect(call.strategy).toBe("project");
		expect(composeDraft(call, options).text).not.toMatch(/visa/);
	});
});
