/** A piece of a message and its variants: one is chosen per contact and day. */
export interface PhrasingPiece {
	id: string;
	/** Shown in settings. */
	label: string;
	variants: readonly string[];
}
