/**
 * The bands of the ranking, in the order they are shown, and what they are called wherever they
 * are shown (the sidebar, the pickers, the command line).
 */

export type Band = "support" | "congratulate" | "fading" | "dormant" | "unknown" | "soon";

/** Hard news comes first: it is time-limited, and it matters most to the person. */
export const BAND_ORDER: readonly Band[] = ["support", "congratulate", "fading", "dormant", "unknown", "soon"];

export const BAND_TITLES: Readonly<Record<Band, string>> = {
	support: "Hard news",
	congratulate: "Congratulate",
	fading: "Fading",
	dormant: "Dormant",
	unknown: "No last contact yet",
	soon: "Coming up",
};

/** A count for every band, all zero. */
export function zeroBandCounts(): Record<Band, number> {
	return Object.fromEntries(BAND_ORDER.map((band) => [band, 0])) as Record<Band, number>;
}

export type Status = "listed" | "on-track" | "snoozed" | "paused" | "in-memory";

/** What a contact that is not listed is called: "On track", "Snoozed", "Paused", "In memory". */
export const UNLISTED_TITLES: Readonly<Record<Exclude<Status, "listed">, string>> = {
	"on-track": "On track",
	snoozed: "Snoozed",
	paused: "Paused",
	"in-memory": "In memory",
};

/** A ranked contact's place in words: its band's title, or why it is not listed. */
export function placeTitle(band: Band | null, status: Status): string {
	if (band) return BAND_TITLES[band];
	return status === "listed" ? "" : UNLISTED_TITLES[status];
}

/** The header's counts in words: "16 to reach out to", "3 on track", and the others only when there are any. */
export function countWords(counts: { listed: number; onTrack: number; snoozed: number; paused: number; inMemory: number }): string[] {
	const parts = [`${counts.listed} to reach out to`, `${counts.onTrack} on track`];
	if (counts.snoozed) parts.push(`${counts.snoozed} snoozed`);
	if (counts.paused) parts.push(`${counts.paused} paused`);
	if (counts.inMemory) parts.push(`${counts.inMemory} in memory`);
	return parts;
}
