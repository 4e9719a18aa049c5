/** The command line as bin/reconnect.mjs runs it, bundled with a source map so its CPU profile can name source lines (`--profile cliRankMs`). */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { main } from "../src/cli/main";

await main(join(fileURLToPath(new URL("../..", import.meta.url)), "examples", "vault"));
