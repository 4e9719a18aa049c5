/** `reconnect <command>`: the Reconnect core on a vault folder, outside Obsidian. */
import { dayOfLocalDate, parseIsoDay, type Day } from "../core/days";
import { flag, parseArgs, stringOption, USAGE } from "./args";
import { contacted, draft, rank, show, tag, type CommandContext } from "./commands";
import { CliError, EXIT } from "./errors";
import { loadVault } from "./loadVault";
import { plan } from "./plan";

export interface CliIo {
	out: (text: string) => void;
	err: (text: string) => void;
	/** The wall clock, used only when --today is not given. */
	now: () => Date;
	/** The vault used when --vault is not given. */
	defaultVault: string;
}

const COMMANDS: Record<string, (args: ReturnType<typeof parseArgs>, context: CommandContext) => number | Promise<number>> = {
	rank,
	show,
	draft,
	tag,
	contacted,
	plan,
};

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
	try {
		const args = parseArgs(argv);
		if (flag(args, "help") || args.command === "help") {
			io.out(USAGE);
			return EXIT.ok;
		}
		if (!args.command) {
			io.err(USAGE);
			return EXIT.usage;
		}
		const command = COMMANDS[args.command];
		if (!command) throw new CliError(`unknown command '${args.command}'\n\n${USAGE}`, EXIT.usage);
		const now = io.now();
		const todayText = stringOption(args, "today");
		let today: Day | null = dayOfLocalDate(now);
		if (todayText !== undefined) {
			today = parseIsoDay(todayText);
			if (today === null) throw new CliError(`--today must be a real date written YYYY-MM-DD, not '${todayText}'`, EXIT.usage);
		}
		if (today === null) throw new CliError("cannot tell today's date from the clock; pass --today YYYY-MM-DD", EXIT.usage);
		const loaded = await loadVault(stringOption(args, "vault") ?? io.defaultVault, today);
		return await command(args, { loaded, today, now, out: io.out, err: io.err });
	} catch (error) {
		if (error instanceof CliError) {
			io.err(`reconnect: ${error.message}`);
			return error.exitCode;
		}
		// No input should get here; if one does, the user gets one line, not a stack trace.
		io.err(`reconnect: unexpected error: ${error instanceof Error ? error.message : String(error)}`);
		return EXIT.vault;
	}
}

export async function main(defaultVault: string): Promise<void> {
	// A reader that stops early (`reconnect rank | head`) closes the pipe: that is not an error,
	// and nothing more needs printing. Writes to the vault finished before the output began.
	process.stdout.on("error", (error: Error & { code?: string }) => {
		if (error.code !== "EPIPE") throw error;
		process.exit(process.exitCode ?? 0);
	});
	const code = await runCli(process.argv.slice(2), {
		out: (text) => process.stdout.write(`${text}\n`),
		err: (text) => process.stderr.write(`${text}\n`),
		now: () => new Date(),
		defaultVault,
	});
	process.exitCode = code;
}
