/** The check every quick reader of the command line passes: where it answers, it answers as the full parser does. */
import fc from "fast-check";
import { expect } from "vitest";

/**
 * Generates inputs, and for each one the quick reader answers (does not give up on), runs
 * `agree`. The quick reader must answer for at least a tenth of them, or the check proves little.
 */
export function checkQuickReader<T>(inputs: fc.Arbitrary<string>, quick: (text: string) => T | undefined, agree: (text: string, answer: T) => void): void {
	const runs = Number(process.env.FUZZ_RUNS ?? 3000);
	let answered = 0;
	fc.assert(
		fc.property(inputs, (text) => {
			const answer = quick(text);
			if (answer === undefined) return;
			answered++;
			agree(text, answer);
		}),
		{ numRuns: runs },
	);
	expect(answered).toBeGreaterThan(runs / 10);
}
