/**
 * Generated contact notes for the write properties: frontmatter with the keys people really use,
 * in every YAML shape and spelling, comments between keys, quoting styles, CRLF line breaks,
 * and a Markdown body.
 */
import fc from "fast-check";

const SPELLINGS = {
	lastContact: ["last-contact", "last_contact", "lastContact", "Last Contact", "last-contacted", "last-chat"],
	recentNews: ["recent-news", "recent_news", "news", "life-events", "recentNews"],
	snoozeUntil: ["snooze-until", "snooze", "snoozed_until"],
} as const;

export type WriteField = keyof typeof SPELLINGS;

const plainWord = fc.stringMatching(/^[a-z][a-z0-9 ]{0,14}[a-z0-9]$/);
const otherKey = fc.constantFrom("tags", "how-we-met", "email", "cadence", "tier", "interests", "favourite-tea", "x_custom", "Company", "birthday", "mutual", "projects");

/** A YAML value as it would be written by hand, as text. */
const yamlValue: fc.Arbitrary<string> = fc.oneof(
	plainWord,
	plainWord.map((word) => `"${word}: quoted"`),
	plainWord.map((word) => `'${word}'`),
	fc.integer({ min: 0, max: 9999 }).map(String),
	fc.constantFrom("true", "false", "2025-03-14", "2025-03", "[[Sam Lee]]".replace(/^/, '"').concat('"'), "[a, b]", "[]", "~", ""),
	fc.array(plainWord, { minLength: 1, maxLength: 3 }).map((items) => `\n${items.map((item) => `  - ${item}`).join("\n")}`),
);

/** The property being written, in one of the shapes users leave it in. */
function targetValue(field: WriteField): fc.Arbitrary<string | null> {
	const dates = fc.constantFrom("2025-03-14", '"2024-12-01"', "2026-11-30", "March 3, 2025", "yesterday-ish");
	if (field === "recentNews") {
		return fc.oneof(
			fc.constant(null),
			fc.constant(""),
			fc.constant("[]"),
			plainWord.map((word) => `"2025-06-01 award: ${word}"`),
			fc.array(plainWord, { minLength: 1, maxLength: 3 }).map((items) => `\n${items.map((item) => `  - 2025-01-02 moved: ${item}`).join("\n")}`),
			fc.array(plainWord, { minLength: 1, maxLength: 2 }).map((items) => `[${items.map((item) => `"2025-02-03 other: ${item}"`).join(", ")}]`),
		);
	}
	return fc.oneof(fc.constant(null), fc.constant(""), dates, fc.array(fc.constantFrom("2024-01-01", "2025-05-05"), { minLength: 1, maxLength: 2 }).map((items) => `\n${items.map((item) => `  - ${item}`).join("\n")}`));
}

export interface GeneratedNote {
	text: string;
	field: WriteField;
	/** The spelling of the written key in the note, or null when the note has none. */
	key: string | null;
}

export function contactNote(field: WriteField): fc.Arbitrary<GeneratedNote> {
	return fc
		.record({
			others: fc.uniqueArray(fc.tuple(otherKey, yamlValue), { maxLength: 6, selector: ([key]) => key }),
			spelling: fc.constantFrom(...SPELLINGS[field]),
			target: targetValue(field),
			position: fc.nat(6),
			comments: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
			crlf: fc.boolean(),
			hasFrontmatter: fc.boolean(),
			body: fc.array(fc.oneof(plainWord, fc.constantFrom("# Notes", "- [ ] call [[Jane]]", "> quote", "```\ncode: yes\n```", "---", "key: not frontmatter")), { maxLength: 5 }),
		})
		.map(({ others, spelling, target, position, comments, crlf, hasFrontmatter, body }) => {
			const lines: string[] = others.map(([key, value]) => `${key}:${value.startsWith("\n") || value === "" ? "" : " "}${value}`);
			const hasTarget = target !== null && hasFrontmatter;
			if (hasTarget) lines.splice(Math.min(position, lines.length), 0, `${spelling}:${target.startsWith("\n") || target === "" ? "" : " "}${target}`);
			const withComments = lines.flatMap((line, index) => (comments[index] ? [`# note ${index}`, line] : [line]));
			const bodyText = `${body.join("\n")}\n`;
			let text = hasFrontmatter ? `---\n${withComments.join("\n")}\n---\n${bodyText}` : bodyText;
			if (crlf) text = text.replace(/\n/g, "\r\n");
			return { text, field, key: hasTarget ? spelling : null };
		});
}
