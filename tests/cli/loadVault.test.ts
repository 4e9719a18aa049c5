import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { contactTagFinder, loadVault } from "../../src/cli/loadVault";

const made: string[] = [];
afterEach(async () => {
	for (const dir of made.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function vaultWith(files: Record<string, string>): Promise<string> {
	const dir = await mkdtemp(join(tmpdir(), "reconnect-load-"));
	made.push(dir);
	for (const [path, text] of Object.entries(files)) {
		await mkdir(dirname(join(dir, path)), { recursive: true });
		await writeFile(join(dir, path), text);
	}
	return dir;
}

describe("contact tags in a note's body", () => {
	it("make a note outside the contact folders a contact, in any case and nested", async () => {
		const dir = await vaultWith({
			"Notes/Ada.md": "# Ada\n\nMet at a meetup. #Person/work\n",
			"Notes/Ben.md": "Ben, from the climbing gym #PEOPLE\n",
			"Notes/Persona.md": "# Persona\n\nA #persona for the product, not a person.\n",
			"Notes/Heading.md": "# person\n\nJust a heading.\n",
			"Notes/Code.md": "```\n#person\n```\n",
		});
		const { index } = await loadVault(dir, 0);
		expect([...index.contacts()].map((contact) => contact.path).sort()).toStrictEqual(["Notes/Ada.md", "Notes/Ben.md"]);
	});

	it("are looked for only where they can be", () => {
		const ascii = contactTagFinder(["Person", "#people", " "]);
		expect(ascii("met #PERSON/work")).toBe(true);
		expect(ascii("#pEoPlE")).toBe(true);
		expect(ascii("a person, people")).toBe(false);
		const accented = contactTagFinder(["élève"]);
		expect(accented("#ÉLÈVE de master")).toBe(true);
		expect(accented("#eleve")).toBe(false);
		expect(contactTagFinder([])("#person")).toBe(false);
	});
});
