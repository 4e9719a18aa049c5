/**
 * Reading the room: hard news is never congratulated, private news never reaches a message, and
 * what each tone's draft, task line, reason line and e-mail body may hold.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { composeDraft } from "../../src/core/draft";
import { eventCatalogue } from "../../src/core/lifeEvents";
import { evaluateContact, type RankedEntry } from "../../src/core/rank";
import { contact, settings, TODAY } from "../builders";
import { FUZZ_RUNS } from "../fuzz";
import { asksFound, badPatterns, CONGRATULATION_WORDS, OFFER } from "./draftChecks";

const ago = (days: number): string => new Date((TODAY - days) * 86_400_000).toISOString().slice(0, 10);
const CUSTOM = [
	{ slug: "", label: "Lost a pet", tone: "support" as const },
	{ slug: "", label: "Therapy", tone: "private" as const },
];
const catalogue = eventCatalogue(CUSTOM);

/** Words that must never leave a note about an illness or a separation. */
const PRIVATE_WORDS = /diagnos|cancer|lymphoma|chemo|surgery|hospital|tumou?r|divorc|separat|therapy|affair|knee/i;

function evaluate(frontmatter: Record<string, unknown>): RankedEntry {
	const note = contact({ name: "Jane Doe", email: "jane@example.com", "last-contact": ago(200), ...frontmatter }, "People/Jane Doe.md", { customEventKinds: CUSTOM });
	return evaluateContact(note, { today: TODAY, settings: settings({ customEventKinds: CUSTOM }), catalogue });
}

function outputs(entry: RankedEntry): { text: string; summary: string; reason: string; mailBody: string; subject: string } {
	const draft = composeDraft(entry, { today: TODAY, me: "Alex", catalogue });
	const mailBody = new URL(draft.mailto ?? "mailto:x@y.z?body=").searchParams.get("body") ?? "";
	return { text: draft.text, summary: draft.summary, reason: entry.reasons[0] ?? "", mailBody, subject: draft.subject };
}

const DETAILS = ["", "VP Engineering", "Lisbon", "her father passed away after a long illness", "Tom", "diagnosed with lymphoma; chemo starts Monday", "divorced after the affair"];

describe("hard and private news, by kind and detail", () => {
	it.each(["loss", "job-loss", "health", "separation", "lost-a-pet", "therapy"].flatMap((kind) => DETAILS.map((detail) => [kind, detail] as const)))("%s with detail %j", (kind, detail) => {
		const entry = evaluate({ "recent-news": [`${ago(5)} ${kind}${detail ? `: ${detail}` : ""}`] });
		const { text, summary, reason, mailBody, subject } = outputs(entry);
		expect(entry.band).toBe("support");
		for (const part of [text, summary, subject, mailBody]) {
			expect(part).not.toMatch(CONGRATULATION_WORDS);
			expect(part).not.toMatch(/!/);
			expect(part).not.toMatch(PRIVATE_WORDS);
		}
		expect(mailBody).toBe(text.replace(/\n/g, "\r\n"));
		expect(text).not.toMatch(/^Hey\b/);
		expect(badPatterns(text)).toEqual([]);
		expect(asksFound(text)).toEqual([]);
		expect(text).toMatch(OFFER);
		expect(text).not.toMatch(/anything you're working on/);
		const isPrivate = kind === "separation" || kind === "therapy";
		if (isPrivate) {
			expect(summary).toBe("check in gently (private news in the note)");
			expect(reason).toBe("Private news in the note — 5 days ago");
			expect(text).not.toMatch(/sorry|hard time|difficult|news/i);
		} else {
			expect(summary).not.toMatch(/congratulate/);
			expect(summary).toMatch(/^reach out after the /);
			expect(text).toMatch(/sorry|thinking of you/i);
		}
		if (kind === "health" || isPrivate) {
			expect(reason).not.toMatch(PRIVATE_WORDS);
			// No word of the detail reaches the draft or the task line (the detail's little words aside).
			for (const word of detail.split(/\W+/).filter((w) => w.length > 4 && w !== "after")) expect(`${text} ${summary}`).not.toContain(word);
		}
		if (kind === "job-loss") {
			expect(text).toMatch(/introduce you to ‹[^›]+›/);
			expect(text).toMatch(/reference/);
			expect(text).toMatch(/roles/);
			expect(summary).toMatch(/fill in ‹/);
		}
	});

	it.each([
		["her father passed away", "loss", /your father/],
		["Father died in October", "loss", /your father/],
		["Sam's mother died", "loss", /your loss/],
		["laid off from Acme in the reorg", "job-loss", /the layoffs at Acme/],
		["let go", "job-loss", /what happened at work/],
		["diagnosed with MS", "health", /hard|difficult|rough/],
		["in hospital after a cycling accident", "health", /hard|difficult|rough/],
		["got divorced", "separation", /thinking of you|hello|doing|reach out/],
		["separated from his wife", "separation", /thinking of you|hello|doing|reach out/],
	])("free text %j is %s news, and the draft says only %s", (text, kind, says) => {
		const entry = evaluate({ "recent-news": [`${ago(5)} ${text}`] });
		expect(entry.news?.kind).toBe(kind);
		const { text: draft } = outputs(entry);
		expect(draft).toMatch(says);
		expect(draft).not.toMatch(CONGRATULATION_WORDS);
	});

	it("ranks hard news before good news, and a contact with both gets the kind word, not congratulations", () => {
		const both = evaluate({ "recent-news": [`${ago(20)} her mother died`, `${ago(2)} promotion: Head of Design`] });
		expect(both.band).toBe("support");
		expect(outputs(both).text).not.toMatch(CONGRATULATION_WORDS);
		const good = evaluate({ "recent-news": [`${ago(2)} promotion: Head of Design`] });
		expect(good.band).toBe("congratulate");
	});

	it("never weaves a hard detail into congratulations", () => {
		const entry = evaluate({ "recent-news": [`${ago(2)} new-job: after being laid off, joined Stripe`] });
		expect(entry.band).toBe("congratulate");
		const { text, reason } = outputs(entry);
		expect(text).not.toMatch(/laid off/);
		expect(reason).toBe("Started a new job — 2 days ago");
	});

	it("mentions neutral news plainly or not at all, and never congratulates it", () => {
		const plain = evaluate({ "recent-news": [`${ago(3)} ran her first marathon`] });
		expect(plain.band).not.toBe("congratulate");
		expect(outputs(plain).text).toMatch(/I heard you ran your first marathon|Last I heard, you ran your first marathon/);
		const unphrased = evaluate({ "recent-news": [`${ago(3)} new bike`] });
		expect(outputs(unphrased).text).not.toMatch(/bike|congrat/i);
	});
});

describe("no hard or private item ever yields congratulations or an exclamation mark", () => {
	const hardKinds = ["loss", "job-loss", "health", "separation", "lost-a-pet", "therapy"];
	const words = ["her", "father", "died", "Acme", "laid", "off", "surgery", "Lisbon", "VP", "Tom", "divorce", "promoted", "baby", "!", ".", "new", "job", "(see", "notes)"];
	it("for any detail, any other fields, any silence and birthday", () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...hardKinds),
				fc.array(fc.constantFrom(...words), { maxLength: 9 }),
				fc.constantFrom<Record<string, unknown>>({}, { interests: "sailing" }, { projects: "Atlas" }, { family: "Maya" }, { mutual: "[[Sam]]" }, { "how-we-met": "PyCon 2019" }),
				fc.integer({ min: 6, max: 3000 }),
				fc.constantFrom(null, "11-20", "11-27", "11-25"),
				(kind, detailWords, extra, silence, birthday) => {
					const entry = evaluate({ ...extra, "last-contact": ago(silence), birthday, "recent-news": [`${ago(5)} ${kind}: ${detailWords.join(" ")}`] });
					const { text, summary, subject, mailBody } = outputs(entry);
					for (const part of [text, summary, subject, mailBody]) {
						expect(part).not.toMatch(CONGRATULATION_WORDS);
						expect(part).not.toContain("!");
					}
					expect(text).not.toMatch(/birthday/i);
				},
			),
			{ numRuns: FUZZ_RUNS, seed: 19 },
		);
	});
});
