import { describe, expect, it } from "vitest";
import { parseIsoDay } from "../../../src/core/days";
import { parseDatedLine } from "../../../src/core/history/datedLine";
import { logContact } from "../../../src/core/history/logOnContact";

const day = (text: string) => parseIsoDay(text) ?? 0;
const TODAY = day("2026-11-25");

describe("logging a contact in the contact's own note", () => {
	it.each([
		["a note without a log gains the heading at its end", "---\ntier: close\n---\n# Kenji\n\nMet at Initech.\n", "---\ntier: close\n---\n# Kenji\n\nMet at Initech.\n\n## Log\n- 2026-11-25 contacted\n"],
		["a log gets the line after its last entry", "## Log\n- 2026-08-06: called him back\n\n## Notes\nlikes tea\n", "## Log\n- 2026-08-06: called him back\n- 2026-11-25 contacted\n\n## Notes\nlikes tea\n"],
		["CRLF notes keep CRLF", "## Log\r\n- 2026-08-06 coffee\r\n", "## Log\r\n- 2026-08-06 coffee\r\n- 2026-11-25 contacted\r\n"],
		["an open task on that day is an intention, not a log", "## Log\n- [ ] 2026-11-25 call him\n", "## Log\n- [ ] 2026-11-25 call him\n- 2026-11-25 contacted\n"],
	])("%s", (_what, before, after) => {
		const result = logContact(before, TODAY);
		expect(result.text).toBe(after);
		expect(result.inserted).toBe(true);
		// What was written reads back as contact on that day.
		const added = result.text.split(/\r?\n/).find((line) => line.startsWith("- 2026-11-25"));
		expect(parseDatedLine(added ?? "")?.day).toBe(TODAY);
	});

	it.each([
		["logged already", "## Log\n- 2026-11-25 contacted\n"],
		["the day written another way", "## Log\n- [[2026-11-25]]: coffee at Bonanza\n"],
		["a dated line elsewhere in the note", "# Kenji\n**2026-11-25** lunch\n"],
	])("never logs a day twice: %s", (_what, before) => {
		expect(logContact(before, TODAY)).toMatchObject({ text: before, inserted: false });
	});

	it("uses a ticked task's summary, as plain words", () => {
		expect(logContact("", TODAY, "congratulate on the **new job**").text).toBe("## Log\n- 2026-11-25 congratulate on the new job\n");
	});
});
