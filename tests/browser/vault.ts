/** The example vault as the double's seed, and extra notes for particular tests. */
import { exampleVaultFiles } from "../exampleVault";

export { EXAMPLE_VAULT } from "../exampleVault";

/** The example vault's day: the page's clock is pinned to it. */
export const TODAY = "2026-11-25";

/** Every file of the example vault, `.obsidian` config included, by vault path. */
export const exampleVault = exampleVaultFiles;

/** A contact note from frontmatter lines. */
export function contactNote(...frontmatter: string[]): string {
	return ["---", ...frontmatter, "---", "", "Notes.", ""].join("\n");
}

/** A 120-character name, spaces included. */
export const LONG_NAME = "Maximiliane Friederike Alexandra Konstantina von Hohenzollern-Sigmaringen und Wittelsbach-Löwenstein zu Schwarzenberg II";
/** One unbroken word: the hardest case for wrapping. */
export const UNBROKEN_NAME = `Unbroken${"Name".repeat(28)}`;
const LONG_DETAIL =
	"Chief Executive Officer and Co-Founder of the International Consortium for Sustainable Infrastructure, Open Standards and Long-Term Digital Preservation";

/** Contacts whose name, reasons and chips are as long as they get: news, birthday and a warning at once. */
export function longContacts(): Record<string, string> {
	return {
		[`People/${LONG_NAME}.md`]: contactNote(
			"tags: [person]",
			`how-we-met: "${"Met at the Berlin Open Infrastructure Summit while volunteering at the registration desk, then shared a very long train ride home ".repeat(2).trim()}"`,
			"last-contact: 2026-06-01",
			"tier: bestie-forever",
			"birthday: 11-27",
			"recent-news:",
			`  - "2026-11-20 promotion: ${LONG_DETAIL}"`,
		),
		[`People/${UNBROKEN_NAME}.md`]: contactNote(
			"tags: [person]",
			"last-contact: 2026-01-10",
			"cadence: 3m",
			"birthday: 11-24",
			"recent-news:",
			`  - "2026-11-18 new-job: https://example.org/${"very-long-unbroken-path-segment".repeat(6)}"`,
		),
	};
}

/** A contact whose name is HTML: it must render as text and run nothing. */
export const HOSTILE_NAME = "<img src=x onerror=alert(1)>";

export function hostileContact(): Record<string, string> {
	return { "People/Mallory.md": contactNote("tags: [person]", `name: "${HOSTILE_NAME}"`, "last-contact: 2026-01-02", "cadence: 1m") };
}
