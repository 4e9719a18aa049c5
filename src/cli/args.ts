/** A small, strict argument parser: unknown options are usage errors, not silently ignored. */
import { CliError, EXIT } from "./errors";

export interface ParsedArgs {
	command: string | null;
	positionals: string[];
	options: Map<string, string | true>;
}

const VALUE_OPTIONS = new Set(["vault", "today", "limit", "detail", "date", "me"]);
/** Free text: whatever follows is the value, even "--x" (a detail may well start with dashes). */
const TEXT_OPTIONS = new Set(["detail", "me"]);
const FLAG_OPTIONS = new Set(["json", "insert", "top", "help", "version"]);

export function parseArgs(argv: readonly string[]): ParsedArgs {
	const positionals: string[] = [];
	const options = new Map<string, string | true>();
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i] ?? "";
		if (arg === "--") {
			positionals.push(...argv.slice(i + 1));
			break;
		}
		if (arg === "-h") {
			options.set("help", true);
			continue;
		}
		if (!arg.startsWith("--")) {
			positionals.push(arg);
			continue;
		}
		const [rawName, inlineValue] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
		if (FLAG_OPTIONS.has(rawName)) {
			if (inlineValue !== undefined) throw new CliError(`--${rawName} takes no value`, EXIT.usage);
			options.set(rawName, true);
		} else if (VALUE_OPTIONS.has(rawName)) {
			const value = inlineValue ?? argv[++i];
			if (value === undefined || (inlineValue === undefined && value.startsWith("--") && !TEXT_OPTIONS.has(rawName))) throw new CliError(`--${rawName} needs a value`, EXIT.usage);
			options.set(rawName, value);
		} else {
			throw new CliError(`unknown option --${rawName}`, EXIT.usage);
		}
	}
	const [command = null, ...rest] = positionals;
	return { command, positionals: rest, options };
}

export function stringOption(args: ParsedArgs, name: string): string | undefined {
	const value = args.options.get(name);
	return typeof value === "string" ? value : undefined;
}

/** A whole-number option (`--limit 5`), or `fallback` when absent; "", "-1", "two" and "1.5" are usage errors. */
export function wholeNumberOption(args: ParsedArgs, name: string, fallback: number): number;
export function wholeNumberOption(args: ParsedArgs, name: string, fallback: null): number | null;
export function wholeNumberOption(args: ParsedArgs, name: string, fallback: number | null): number | null {
	const text = stringOption(args, name);
	if (text === undefined) return fallback;
	if (!/^\s*\d{1,9}\s*$/.test(text)) throw new CliError(`--${name} must be a whole number, not '${text}'`, EXIT.usage);
	return Number(text);
}

export function flag(args: ParsedArgs, name: string): boolean {
	return args.options.get(name) === true;
}

export const USAGE = `Usage: reconnect <command> [options]

Commands:
  rank [--json] [--limit N]                 the connections that are fading, with reasons
  show <name-or-path> [--json]              one contact: how you met, cadence, reasons, news,
                                            history and follow-ups
  draft <name-or-path> [--insert]           a warm, no-ask message; --insert puts it in today's daily note
  draft --top [--insert]                    the same, for the first contact in the ranking
  tag <name-or-path> <kind> [--detail TEXT] [--date YYYY-MM-DD]
                                            records a life event in recent-news
  contacted <name-or-path> [--date YYYY-MM-DD]
                                            sets last-contact (never moves it backwards)
  plan [--limit N] [--insert]               today's plan: drafts for the top N (default: the
                                            plugin's setting, 3) not yet in today's daily note;
                                            --insert adds them under its heading

Options:
  --vault DIR         the vault folder (default: the example vault)
  --today YYYY-MM-DD  the day to rank for (default: today)
  --me NAME           your name for the sign-off (default: the plugin's setting)

Exit codes: 0 success, 1 usage error or unknown contact, 2 vault or its settings unusable, 3 write failed.`;
