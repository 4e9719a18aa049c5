/**
 * The bands of the ranking, in the order they are shown, and what they are called wherever they
 * are shown (the sidebar, the pickers, the command line).
 */

export type Band = "congratulate" | "fading" | "dormant" | "unknown" | "soon";

export const BAND_ORDER: readonly Band[] = ["congratulate", "fading", "dormant", "unknown", "soon"];

export const BAND_TITLES: Readonly<Record<Band, string>> = {
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

export type Status = "listed" | "on-track" | "snoozed" | "paused";

/** What a contact that is not listed is called: "On track", "Snoozed", "Paused". */
export const UNLISTED_TITLES: Readonly<Record<Exclude<Status, "listed">, string>> = {
	"on-track": "On track",
	snoozed: "Snoozed",
	paused: "Paused",
};

/** A ranked contact's place in words: its band's title, or why it is not listed. */
export function placeTitle(band: Band | null, status: Status): string {
	if (band) return BAND_TITLES[band];
	return status === "listed" ? "" : UNLISTED_TITLES[status];
}
