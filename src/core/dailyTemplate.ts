/**
 * Filling a daily-note template the way Obsidian's Daily notes plugin does: {{date}}, {{time}},
 * {{title}}, {{date:FORMAT}}, {{time:FORMAT}}, and offsets such as {{date+1d:YYYY-MM-DD}}.
 * Formatting is the adapter's (moment in both Obsidian and the command line).
 */

export interface TemplateFormatter {
	/** Formats the note's date-time, moved by an offset, with a moment format string. */
	format(pattern: string, offset?: { amount: number; unit: string }): string;
}

export interface TemplateFields {
	/** The daily note's title (its base name). */
	title: string;
	/** The daily-note date format, used for a bare {{date}}. */
	dateFormat: string;
}

const TOKEN = /\{\{\s*(date|time|title|yesterday|tomorrow)\s*(?:([+-])\s*(\d+)\s*([yqmwdhs]|[a-z]+))?\s*(?::\s*([^}]*?))?\s*\}\}/gi;

export function expandDailyTemplate(template: string, fields: TemplateFields, formatter: TemplateFormatter): string {
	return template.replace(TOKEN, (all, name: string, sign?: string, amount?: string, unit?: string, pattern?: string) => {
		const key = name.toLowerCase();
		if (key === "title") return fields.title;
		const offset = sign && amount && unit ? { amount: Number(amount) * (sign === "-" ? -1 : 1), unit } : undefined;
		if (key === "yesterday") return formatter.format(fields.dateFormat, { amount: -1, unit: "d" });
		if (key === "tomorrow") return formatter.format(fields.dateFormat, { amount: 1, unit: "d" });
		const fallback = key === "time" ? "HH:mm" : fields.dateFormat;
		const chosen = pattern?.trim() ? pattern.trim() : fallback;
		try {
			return formatter.format(chosen, offset);
		} catch {
			return all;
		}
	});
}
