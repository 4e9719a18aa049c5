/**
 * The built-in wording of drafts, and how a variant is filled in. Every piece has several
 * variants, so ten drafts don't read as one template; every variant follows the same advice:
 * ask for nothing, remind them how you know each other, offer help, and read the room. Users can
 * replace any piece in settings.
 */
import { CELEBRATION_PIECES } from "./phrasingCelebrate";
import { EVERYDAY_PIECES } from "./phrasingEveryday";
import { HARD_NEWS_PIECES } from "./phrasingHardNews";
import type { PhrasingPiece } from "./phrasingTypes";

export type { PhrasingPiece } from "./phrasingTypes";

export const PLACEHOLDERS = [
	"first-name",
	"name",
	"how-we-met",
	"event",
	"news",
	"interest",
	"project",
	"family",
	"mutual",
	"since",
	"me",
	"company",
	"role",
	"place",
	"last-time",
	"follow-up",
] as const;

export type Placeholder = (typeof PLACEHOLDERS)[number];

export const DEFAULT_PHRASING: readonly PhrasingPiece[] = [...EVERYDAY_PIECES.slice(0, 1), ...CELEBRATION_PIECES, ...HARD_NEWS_PIECES, ...EVERYDAY_PIECES.slice(1)];

export function defaultVariants(id: string): readonly string[] {
	return DEFAULT_PHRASING.find((piece) => piece.id === id)?.variants ?? [];
}

const PLACEHOLDER_PATTERN = /\{\{\s*([a-z-]+)\s*\}\}/gi;

/** The placeholders a variant uses. */
export function placeholdersIn(variant: string): string[] {
	return [...variant.matchAll(PLACEHOLDER_PATTERN)].map((match) => (match[1] ?? "").toLowerCase());
}

/** Placeholders a variant uses that Reconnect does not know (likely typos). */
export function unknownPlaceholders(variant: string): string[] {
	const known = new Set<string>(PLACEHOLDERS);
	return placeholdersIn(variant).filter((name) => !known.has(name));
}

export function fillPlaceholders(variant: string, values: Partial<Record<Placeholder, string>>): string {
	return variant.replace(PLACEHOLDER_PATTERN, (all, name: string) => {
		const value = values[name.toLowerCase() as Placeholder];
		return value === undefined ? all : value;
	});
}

/** What the writer must supply before sending: the ‹slots› of a text, in order. */
export function slotsIn(text: string): string[] {
	return [...text.matchAll(/‹[^‹›\n]*›/g)].map((match) => match[0]);
}
