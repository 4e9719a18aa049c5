/** Runs the command line in this process (faster than a child process, and file-system mocks apply). */
import { runCli } from "../../src/cli/main";

export interface InProcessResult {
	code: number;
	out: string;
	err: string;
}

/** `reconnect …args --vault <vault> --today 2026-11-25`, the clock at 2026-11-25 10:00. */
export async function runInProcess(vault: string, args: readonly string[]): Promise<InProcessResult> {
	let out = "";
	let err = "";
	const code = await runCli([...args, "--vault", vault, "--today", "2026-11-25"], {
		out: (text) => (out += `${text}\n`),
		err: (text) => (err += `${text}\n`),
		now: () => new Date(2026, 10, 25, 10, 0),
		defaultVault: vault,
	});
	return { code, out, err };
}
