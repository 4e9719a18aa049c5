/** Durations in the words a person would use: "12 days", "3 weeks", "14 months", "3 years". */

const DAYS_PER_MONTH = 30.4375;
const DAYS_PER_YEAR = 365.25;

function plural(count: number, unit: string): string {
	return `${count} ${unit}${count === 1 ? "" : "s"}`;
}

export function humanizeDays(days: number): string {
	const value = Math.max(0, Math.round(days));
	if (value < 14) return plural(value, "day");
	if (value < 60) return plural(Math.round(value / 7), "week");
	if (value < 730) return plural(Math.max(2, Math.round(value / DAYS_PER_MONTH)), "month");
	return plural(Math.floor(value / DAYS_PER_YEAR), "year");
}

/** "today", "yesterday", "12 days ago", "3 weeks ago". */
export function humanizeAgo(days: number): string {
	if (days <= 0) return "today";
	if (days === 1) return "yesterday";
	return `${humanizeDays(days)} ago`;
}

/** "every week", "every 2 weeks", "every 3 months", "every year", "every 45 days". */
export function humanizeCadence(days: number): string {
	const every = (count: number, unit: string): string => `every ${count === 1 ? unit : plural(count, unit)}`;
	const years = days / DAYS_PER_YEAR;
	if (years >= 0.95 && Math.abs(years - Math.round(years)) < 0.05) return every(Math.round(years), "year");
	const months = days / DAYS_PER_MONTH;
	if (months >= 0.95 && Math.abs(months - Math.round(months)) < 0.1) return every(Math.round(months), "month");
	return days % 7 === 0 ? every(days / 7, "week") : every(days, "day");
}

export function capitalize(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Case-, accent- and spacing-insensitive text for matching names a person types: "zoe" finds "Zoë". */
export function foldText(text: string): string {
	return text
		.normalize("NFKD")
		.replace(/[\u0300-\u036f]/g, "")
		.toLowerCase()
		// Letters that are not a base letter plus an accent: Søren, Łukasz, Straße.
		.replace(/ø/g, "o")
		.replace(/æ/g, "ae")
		.replace(/œ/g, "oe")
		.replace(/ß/g, "ss")
		.replace(/ł/g, "l")
		.replace(/đ/g, "d")
		.replace(/\s+/g, " ")
		.trim();
}
