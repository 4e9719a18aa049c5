// Prints `tests: N passed, M failed` from Vitest JSON reports. A report that is missing (the run
// stopped before its tests, say at the type check) counts as one failure, so it cannot pass silently.
import { existsSync, readFileSync } from "node:fs";

let passed = 0;
let failed = 0;
for (const file of process.argv.slice(2)) {
	if (!existsSync(file)) {
		process.stdout.write(`${file}: missing (its test run did not complete)\n`);
		failed += 1;
		continue;
	}
	const report = JSON.parse(readFileSync(file, "utf8"));
	passed += report.numPassedTests ?? 0;
	failed += (report.numFailedTests ?? 0) + (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
	// A suite that failed to load has no tests but is still a failure.
	for (const suite of report.testResults ?? []) {
		if (suite.status === "failed" && !(suite.assertionResults ?? []).length) failed += 1;
	}
}
process.stdout.write(`tests: ${passed} passed, ${failed} failed\n`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
