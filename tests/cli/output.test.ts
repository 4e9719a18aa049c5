/** The command line's output when the reader goes away. */
import { spawn } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN } from "./helpers";

describe("output to a reader that stops early", () => {
	it("exits quietly when the pipe closes (`reconnect rank --json | head -c 10`)", async () => {
		const vault = await mkdtemp(join(tmpdir(), "reconnect-pipe-"));
		try {
			await mkdir(join(vault, "People"));
			// Enough contacts that the JSON is larger than a pipe's buffer.
			for (let i = 0; i < 600; i++) await writeFile(join(vault, "People", `Person ${i}.md`), "---\nlast-contact: 2025-01-01\nhow-we-met: worked together at Initech on the billing rewrite\n---\n");
			const child = spawn(process.execPath, [BIN, "rank", "--json", "--vault", vault, "--today", "2026-11-25"], { stdio: ["ignore", "pipe", "pipe"] });
			let stderr = "";
			child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
			// Read the first bytes, then close the pipe as `head` does.
			child.stdout.once("data", () => {
				child.stdout.destroy();
			});
			const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
			expect(stderr).toBe("");
			expect(code).toBe(0);
		} finally {
			await rm(vault, { recursive: true, force: true });
		}
	});
});
