import { describe, expect, it } from "vitest";
import { followUpPhrase } from "../../src/core/followUpPhrase";
import { parseTaskLine } from "../../src/core/history/taskLine";

const kenji = { first: "Kenji", full: "Kenji Watanabe" };

describe("a follow-up as a message mentions it", () => {
	it.each([
		["Send him the updated HR checklist for tech visas", "the updated HR checklist for tech visas"],
		["send [[Kenji Watanabe]] the HR checklist", "the HR checklist"],
		["Share the Kestrel deck with [[Kenji Watanabe|Kenji]]", "the Kestrel deck"],
		["forward the offsite photos to him.", "the offsite photos"],
		["Return his copy of *Thinking in Systems*", "your copy of Thinking in Systems"],
		["Lend Kenji my bouldering shoes", "my bouldering shoes"],
		["Email them the notes from our call", "the notes from our call"],
	])("%s → %s", (task, phrase) => {
		expect(followUpPhrase(task, kenji)).toBe(phrase);
	});

	it("reads the words of a task line, without its Tasks or Dataview fields", () => {
		for (const line of ["- [ ] Send him the HR checklist 📅 2026-11-19 ⏫", "- [ ] Send him the HR checklist [due:: 2026-11-19]"]) {
			expect(followUpPhrase(parseTaskLine(line)?.text ?? "", kenji)).toBe("the HR checklist");
		}
	});

	it.each([
		["Call Kenji about the visa questions"],
		["Ask him whether the move went well"],
		["Send the deck to Maya"],
		["Send Kenji's team the visa template"],
		["send him something"],
		["Send him a note if the offer comes through"],
		["Introduce him to Maya"],
		["Send it"],
		["send"],
		[""],
	])("leaves out %j (not a thing handed to them)", (task) => {
		expect(followUpPhrase(task, kenji)).toBeNull();
	});
});
