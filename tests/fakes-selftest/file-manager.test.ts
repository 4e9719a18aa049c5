import { describe, expect, test } from "vitest";
import { createApp__ } from "../fakes/obsidian";

async function appWith(path: string, content: string) {
	const app = await createApp__({ files: { [path]: content } });
	return { app, file: app.vault.getFileByPath(path)! };
}

describe("processFrontMatter", () => {
	test("hands over the frontmatter with dates as strings and keeps the body byte for byte", async () => {
		const body = "\n# Jane\r\n\n- [ ] call   \n\ttrailing\t \n\n\n";
		const { app, file } = await appWith("Jane.md", `---\nlast-contact: 2024-07-21\ntier: close\n---${body}`);
		let seen: unknown;
		await app.fileManager.processFrontMatter(file, (fm: Record<string, unknown>) => {
			seen = { ...fm };
			fm["last-contact"] = "2024-08-01";
			fm.cadence = 30;
		});
		expect(seen).toEqual({ "last-contact": "2024-07-21", tier: "close" });
		expect(await app.vault.read(file)).toBe(`---\nlast-contact: 2024-08-01\ntier: close\ncadence: 30\n---${body}`);
	});

	test("creates a frontmatter block when there is none", async () => {
		const { app, file } = await appWith("Jane.md", "# Jane\n");
		await app.fileManager.processFrontMatter(file, (fm: Record<string, unknown>) => (fm.mutual = ["[[Bob]]"]));
		expect(await app.vault.read(file)).toBe('---\nmutual:\n  - "[[Bob]]"\n---\n# Jane\n');
	});

	test("removes the block when the last property is deleted", async () => {
		const { app, file } = await appWith("Jane.md", "---\ntier: close\n---\nBody");
		await app.fileManager.processFrontMatter(file, (fm: Record<string, unknown>) => delete fm.tier);
		expect(await app.vault.read(file)).toBe("Body");
	});

	test("refuses malformed YAML with a YAMLParseError and writes nothing", async () => {
		const content = "---\nname: [Jane\n---\nBody";
		const { app, file } = await appWith("Jane.md", content);
		let called = false;
		await expect(app.fileManager.processFrontMatter(file, () => (called = true))).rejects.toMatchObject({ name: "YAMLParseError" });
		expect(called).toBe(false);
		expect(await app.vault.read(file)).toBe(content);
		expect(app.vault.writeLog__).toEqual([]);
	});

	test("writes nothing when fn throws", async () => {
		const content = "---\ntier: close\n---\nBody";
		const { app, file } = await appWith("Jane.md", content);
		await expect(
			app.fileManager.processFrontMatter(file, (fm: Record<string, unknown>) => {
				fm.tier = "inner";
				throw new Error("nope");
			}),
		).rejects.toThrow("nope");
		expect(await app.vault.read(file)).toBe(content);
	});

	test("fires modify, then the cache catches up", async () => {
		const { app, file } = await appWith("Jane.md", "---\ntier: close\n---\n");
		const modified: string[] = [];
		app.vault.on("modify", () => modified.push(app.metadataCache.getFileCache(file)?.frontmatter?.tier as string));
		await app.fileManager.processFrontMatter(file, (fm: Record<string, unknown>) => (fm.tier = "inner"));
		expect(modified).toEqual(["close"]);
		await app.vault.settled__();
		expect(app.metadataCache.getFileCache(file)?.frontmatter).toEqual({ tier: "inner" });
	});

	test("fault injection: the next write fails and the note is unchanged", async () => {
		const content = "---\ntier: close\n---\n";
		const { app, file } = await appWith("Jane.md", content);
		app.vault.failNextWrite__("Jane.md");
		await expect(app.fileManager.processFrontMatter(file, (fm: Record<string, unknown>) => (fm.tier = "inner"))).rejects.toThrow(/EACCES/);
		expect(await app.vault.read(file)).toBe(content);
	});
});

describe("links and renames", () => {
	test("generateMarkdownLink uses the shortest unambiguous wikilink", async () => {
		const app = await createApp__({ files: { "People/Jane Doe.md": "", "A/Bob.md": "", "B/Bob.md": "", "img.png": "" } });
		const file = (path: string) => app.vault.getFileByPath(path)!;
		expect(app.fileManager.generateMarkdownLink(file("People/Jane Doe.md"), "Daily/x.md")).toBe("[[Jane Doe]]");
		expect(app.fileManager.generateMarkdownLink(file("A/Bob.md"), "x.md")).toBe("[[A/Bob]]");
		expect(app.fileManager.generateMarkdownLink(file("People/Jane Doe.md"), "x.md", "#Notes", "Jane")).toBe("[[Jane Doe#Notes|Jane]]");
		expect(app.fileManager.generateMarkdownLink(file("img.png"), "x.md")).toBe("![[img.png]]");
	});

	test("renameFile moves the note and rewrites links that would break", async () => {
		const app = await createApp__({ files: { "Jane.md": "", "Daily.md": "Met [[Jane|her]] and [[Jane#Notes]]; ![[Jane]]\n" } });
		await app.fileManager.renameFile(app.vault.getFileByPath("Jane.md")!, "Jane Doe.md");
		expect(await app.vault.read(app.vault.getFileByPath("Daily.md")!)).toBe("Met [[Jane Doe|her]] and [[Jane Doe#Notes]]; ![[Jane Doe]]\n");
		await app.vault.settled__();
		expect(app.metadataCache.resolvedLinks["Daily.md"]).toEqual({ "Jane Doe.md": 3 });
	});

	test("trashFile removes the file from the vault", async () => {
		const { app, file } = await appWith("Jane.md", "");
		await app.fileManager.trashFile(file);
		expect(app.vault.getFileByPath("Jane.md")).toBeNull();
	});
});
