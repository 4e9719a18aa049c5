/**
 * `npm run soak -- --seconds N` (default 60): the command line's writes under load, on a scratch
 * copy of examples/vault. Each round starts 200 writers at once — life events on a few contacts,
 * and drafts into today's daily note — while another program appends a line to one contact note
XX, every write a run reported as done must be in its note, and
 * every appended line must still be there. Prints one line:
 *
 *   soak: W writes reported, W present, 0 lost, 0 foreign lines lost
 *
 * and exits 1 if anything was lost. Not part of `npm test` (it runs for a minute).
 */
import { appendFile, cp, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { runCli } from "../src/cli/main";

const { values } = parseArgs({ options: { seconds: { type: "string", default: "60" }, writers: { type: "string", default: "200" } } });
const seconds = Number(values.seconds);
const writers = Number(values.writers);
const CONTACTS = ["Hannah Schmidt", "Zoë Müller", "Rafael Costa", "Priya Natarajan", "Kenji Watanabe"];
const APPENDED_TO = "People/Hannah Schmidt.md";

const vault = await mkdtemp(join(tmpdir(), "reconnect-soak-"));
await cp(join(process.cwd(), "examples", "vault"), vault, { recursive: true });

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
	let out = "";
	let err = "";
	const code = await runCli([...args, "--vault", vault], { out: (text) => (out += `${text}\n`), err: (text) => (err += `${text}\n`), now: () => new Date(), defaultVault: vault });
	return { code, out, err };
}

// Another program: appends a line every few milliseconds, without Reconnect's lock.
let appending = true;
let appended = 0;
const appender = (async () => {
	while (appending) {
		await appendFile(join(vault, APPENDED_TO), `- appended by another program, line ${appended}\n`);
		appended++;
		await new Promise((resolve) => setTimeout(resolve, 5));
	}
})();

/** What each run reported as done: the note, and the words that must be in it. */
const reported: { path: string; words: string }[] = [];
let failed = 0;
let round = 0;
const deadline = Date.now() + seconds * 1000;
while (Date.now() < deadline) {
	round++;
	// A new day each round, so every draft can be written again into a new daily note.
	const today = new Date(Date.UTC(2027, 0, 1) + round * 86_400_000).toISOString().slice(0, 10);
	await Promise.all(
		Array.from({ length: writers }, async (_, i) => {
			if (i % 10 === 0) {
				const name = CONTACTS[i % CONTACTS.length] ?? "";
				const result = await run(["draft", name, "--insert", "--today", today]);
				if (result.code === 0 && /Added to/.test(result.err)) reported.push({ path: `Daily/${today}.md`, words: `Reconnect with [[${name}]]` });
				else if (result.code !== 0) failed++;
				return;
			}
			const name = CONTACTS[i % CONTACTS.length] ?? "";
			const words = `soak ${round}-${i}`;
			const result = await run(["tag", name, "award", "--detail", words, "--today", today]);
			// "Added to Work/Clients/Priya Natarajan.md (recent-news): …" names the note written.
			const path = /^Added to (.+?) \(/.exec(result.out)?.[1];
			if (result.code === 0 && path) reported.push({ path, words });
			else failed++;
		}),
	);
}
appending = false;
await appender;

const texts = new Map<string, string>();
const textOf = async (path: string): Promise<string> => {
	let text = texts.get(path);
	if (text === undefined) texts.set(path, (text = await readFile(join(vault, path), "utf8").catch(() => "")));
	return text;
};
let present = 0;
for (const write of reported) if ((await textOf(write.path)).includes(write.words)) present++;
const appendedTo = await textOf(APPENDED_TO);
let foreignLost = 0;
for (let line = 0; line < appended; line++) if (!appendedTo.includes(`- appended by another program, line ${line}\n`)) foreignLost++;
await rm(vault, { recursive: true, force: true });

process.stderr.write(`${round} rounds of ${writers} writers in ${seconds} s; ${failed} runs gave up with a reason (exit 3); ${appended} lines appended by another program\n`);
process.stdout.write(`soak: ${reported.length} writes reported, ${present} present, ${reported.length - present} lost, ${foreignLost} foreign lines lost\n`);
process.exitCode = reported.length - present || foreignLost ? 1 : 0;
