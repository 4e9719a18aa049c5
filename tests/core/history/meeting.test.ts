import { describe, expect, it } from "vitest";
import { meetingFrom } from "../../../src/core/history/meeting";

const day = 20_000;

describe("the last meeting, from the newest history entry", () => {
	it.each([
		["Lunch with Rafa at Mädchenitaliener. He's interviewing somewhere with a lot of API docs.", "had lunch"],
		["Coffee with [[Zoë Müller|Zoë]] at Bonanza", "had coffee"],
		["**Dinner** at Lina's, with [[Kenji Watanabe]]", "had dinner"],
		["called him back about the tech-visa questions his team had", "talked on the phone"],
		["Video call with [[Priya Natarajan]] about the roadmap", "had a video call"],
		["video call: they cut pages per engineer by 60% with SLO-based alerting.", "had a video call"],
		["Phone call with [[Hannah Schmidt]]", "talked on the phone"],
		["Bouldering with Zoë at Boulderklub, first time since the summer.", "went bouldering"],
		["walk around the Schlachtensee.", "went for a walk"],
		["Caught up with Hannah over the phone", "caught up"],
		["Beers with Felix after the meetup", "had a beer"],
	])("%s → %s", (text, activity) => {
		expect(meetingFrom({ day, text })).toEqual({ day, activity });
	});

	it.each([
		["Call Kenji Watanabe back about the tech-visa questions his team has"],
		["Kenji mentioned that Zoë moved to Lisbon"],
		["Lunch plans with [[Rafael Costa]] fell through"],
		["Coffee machine broke again, told [[Hannah Schmidt]]"],
		["Thinking of [[Ingrid Bergström]] today"],
		[""],
	])("claims no meeting for %j", (text) => {
		expect(meetingFrom({ day, text })).toBeNull();
	});

	it("claims nothing without a history", () => {
		expect(meetingFrom(null)).toBeNull();
	});
});
