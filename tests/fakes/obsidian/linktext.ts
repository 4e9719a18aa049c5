/** Splits linktext ("Note#Heading", "Note#^block") into path and subpath; the subpath keeps its "#". */
export function parseLinktext(linktext: string): { path: string; subpath: string } {
	const hash = linktext.indexOf("#");
	if (hash < 0) return { path: linktext, subpath: "" };
	return { path: linktext.slice(0, hash), subpath: linktext.slice(hash) };
}

/** The path part of linktext: "Jane Doe#Notes" → "Jane Doe". An alias ("|Jane") is never part of linktext. */
export function getLinkpath(linktext: string): string {
	return parseLinktext(linktext).path;
}

const HEADING_SPECIALS = /[!"#$%&()*+,.:;<=>?@^`{|}~/[\]\\]/g;

/** Headings as used in subpaths: special characters become spaces, spaces collapse. */
export function stripHeading(heading: string): string {
	return heading.replace(HEADING_SPECIALS, " ").replace(/\s+/g, " ").trim();
}

/** Removes the characters that would break a [[Note#Heading]] link. */
export function stripHeadingForLink(heading: string): string {
	return heading.replace(/[#|^\\%:[\]]/g, " ").replace(/\s+/g, " ").trim();
}
