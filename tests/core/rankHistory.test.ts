/** What the history adds to the ranking: the measured rhythm, drift, and overdue follow-ups. */
import { describe, expect, it } from "vitest";
import { formatDay } from "../../src/core/days";
import type { FollowUp } from "../../src/core/history/followUps";
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
