/**
 * Accessibility findings the audits accept, each matched by axe rule and element.
 *
 * - `plugin`: a problem in Reconnect (src/ or styles.css), reported with its fix. The entry is
 *   strict: once the problem no longer occurs, the audit fails and asks for the entry to be
 *   deleted, so a fixed problem cannot come back unnoticed.
 * - `host`: a property of Obsidian itself (its theme or its own components, modelled by the test
 *   double), which the plugin cannot change. Accepted wherever it occurs.
 */
import { expect } from "vitest";
import type { Violation } from "./axe";

export interface KnownIssue {
	owner: "plugin" | "host";
	rule: string;
	/** Matched against the failing element's CSS selector and HTML. */
	element: RegExp;
	why: string;
}

/** Obsidian's call-to-action button: white on the default accent, below 4.5:1. Obsidian's theme, not Reconnect's. */
export const CTA_BUTTON_CONTRAST: KnownIssue = {
	owner: "host",
	rule: "color-contrast",
	element: /mod-cta/,
	why: "Obsidian's default theme draws .mod-cta buttons white on its accent colour (3.8–4.3:1).",
};

/** Obsidian's prompt: results scroll, and are reached with the arrow keys from the input, as in Obsidian. */
export const PROMPT_RESULTS_SCROLL: KnownIssue = {
	owner: "host",
	rule: "scrollable-region-focusable",
	element: /prompt-results/,
	why: "Obsidian's suggest modal: the result list is driven by arrow keys from the focused input.",
};

/**
 * Fails on every violation no known issue accounts for, and on every `plugin` issue given that
 * did not occur (it was fixed: delete its entry and its mention in the tests).
 */
export function expectOnly(violations: Violation[], known: KnownIssue[] = []): void {
	const matches = (issue: KnownIssue, violation: Violation): boolean => issue.rule === violation.rule && issue.element.test(`${violation.target} ${violation.html}`);
	const unexpected = violations.filter((violation) => !known.some((issue) => matches(issue, violation)));
	expect(unexpected.map((violation) => `${violation.impact} ${violation.rule} at ${violation.target}: ${violation.summary}`)).toEqual([]);
	const fixed = known.filter((issue) => issue.owner === "plugin" && !violations.some((violation) => matches(issue, violation)));
	expect(
		fixed.map((issue) => `fixed, delete its entry in tests/browser/knownIssues.ts: ${issue.why}`),
		"known plugin issues that no longer occur",
	).toEqual([]);
}

/**
 * Not an axe rule: after a row action (Enter on Contacted), the list is rebuilt and keyboard focus
 * falls back to <body>, so the next Tab starts again at the top of the window.
 */
export const FOCUS_LOST_AFTER_ACTION = {
	present: false,
	why: "src/plugin/view.ts render(): remember the focused [data-action][data-path] before emptying the list and focus its match (or the next row's) afterwards; then set present: false here.",
};
