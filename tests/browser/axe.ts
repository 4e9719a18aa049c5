/** axe-core in the page: inject it once, audit a part of the page, report violations plainly. */
import { createRequire } from "node:module";
import type { AxeResults, RunOptions } from "axe-core";
import type { Page } from "playwright-core";
import { setTheme, type Theme } from "./page";

const AXE_SCRIPT = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

export interface Violation {
	rule: string;
	impact: string;
	/** CSS selector of the failing element. */
	target: string;
	html: string;
	summary: string;
}

/** Runs axe on the elements matching `selector`; one entry per failing element. */
export async function audit(page: Page, selector: string, options: RunOptions = {}): Promise<Violation[]> {
	if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: AXE_SCRIPT });
	const args: [string, RunOptions] = [selector, { ...options, resultTypes: ["violations"] }];
	const violations = await page.evaluate(
		async ([include, runOptions]) => {
			const { axe } = window as unknown as { axe: { run(context: string, options: RunOptions): Promise<AxeResults> } };
			return (await axe.run(include, runOptions)).violations;
		},
		args,
	);
	return violations.flatMap((violation) =>
		violation.nodes.map((node) => ({
			rule: violation.id,
			impact: node.impact ?? violation.impact ?? "unknown",
			target: node.target.join(" "),
			html: node.html,
			summary: node.failureSummary ?? violation.help,
		})),
	);
}

/** The audit in the light and then the dark theme; each target says which theme it failed in. */
export async function auditInBothThemes(page: Page, selector: string, options: RunOptions = {}): Promise<Violation[]> {
	const all: Violation[] = [];
	for (const theme of ["light", "dark"] satisfies Theme[]) {
		await setTheme(page, theme);
		all.push(...(await audit(page, selector, options)).map((violation) => ({ ...violation, target: `(${theme}) ${violation.target}` })));
	}
	return all;
}

/** Only what blocks people: serious and critical violations. */
export function serious(violations: Violation[]): Violation[] {
	return violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
}
