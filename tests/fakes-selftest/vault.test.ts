import { describe, expect, test } from "vitest";
import { type TAbstractFile, TFile, TFolder, Vault } from "obsidian";
import { createApp__, type TestApp__ } from "../fakes/obsidian";

async function vaultWith(files: Record<string, string> = {}) {
	const app = await createApp__({ files, now: () => 1_700_000_000_000 });
	return app.vault;
}

function record(vault: TestApp__["vault"]) {
	const events: string[] = [];
	const push = (name: string, file: TAbstractFile, oldPath?: string) => events.push(`${name} ${file.path}${oldPath ? ` from ${oldPath}` : ""}`);
	vault.on("create", (file) => push("create", file));
	vault.on("modify", (file) => push("modify", file));
	vault.on("delete", (file) => push("delete", file));
	vault.on("rename", (file, oldPath) => push("rename", file, oldPath));
	return events;
}

describe("files and folders", () => {
	test("TFile and TFolder fields", async () => {
		const vault = await vaultWith({ "People/Jane Doe.md": "hello", "img.png": "x" });
		const jane = vault.getFileByPath("People/Jane Doe.md");
		expect(jane).toBeInstanceOf(TFile);
		expect(jane).toMatchObject({ path: "People/Jane Doe.md", name: "Jane Doe.md", basename: "Jane Doe", extension: "md" });
		expect(jane?.stat).toEqual({ ctime: 1_700_000_000_000, mtime: 1_700_000_000_000, size: 5 });
		expect(jane?.parent).toBe(vault.getFolderByPath("People"));
		expect(jane?.vault).toBe(vault);
		const root = vault.getRoot();
		expect(root).toBeInstanceOf(TFolder);
		expect(root.isRoot()).toBe(true);
		expect(root.path).toBe("/");
		expect(root.children.map((c) => c.name)).toEqual(["People", "img.png"]);
		expect(vault.getAbstractFileByPath("/")).toBe(root);
		expect(vault.getFileByPath("People")).toBeNull();
		expect(vault.getAbstractFileByPath("people/jane doe.md")).toBeNull();
		expect(vault.getMarkdownFiles().map((f) => f.path)).toEqual(["People/Jane Doe.md"]);
		expect(vault.getFiles().map((f) => f.path)).toEqual(["People/Jane Doe.md", "img.png"]);
		expect(vault.getAllLoadedFiles().map((f) => f.path)).toEqual(["/", "People", "People/Jane Doe.md", "img.png"]);
		expect(vault.getAllFolders(true).map((f) => f.path)).toEqual(["/", "People"]);
		const visited: string[] = [];
		Vault.recurseChildren(root, (f) => visited.push(f.path));
		expect(visited).toEqual(["/", "People", "People/Jane Doe.md", "img.png"]);
	});

	test("config files live on the adapter only", async () => {
		const vault = await vaultWith({ ".obsidian/daily-notes.json": '{"format":"YYYY-MM-DD","folder":"Daily"}', "a.md": "" });
		expect(vault.configDir).toBe(".obsidian");
		expect(JSON.parse(await vault.adapter.read(`${vault.configDir}/daily-notes.json`))).toEqual({ format: "YYYY-MM-DD", folder: "Daily" });
		expect(vault.getAbstractFileByPath(".obsidian/daily-notes.json")).toBeNull();
		expect(vault.getAbstractFileByPath(".obsidian")).toBeNull();
		expect(await vault.adapter.exists(".obsidian/daily-notes.json")).toBe(true);
		expect(await vault.adapter.list(".obsidian")).toEqual({ files: [".obsidian/daily-notes.json"], folders: [] });
		expect(await vault.adapter.list("/")).toEqual({ files: ["a.md"], folders: [".obsidian"] });
		await vault.adapter.write(".obsidian/templates.json", "{}");
		expect(vault.getFiles().map((f) => f.path)).toEqual(["a.md"]);
		await expect(vault.create(".obsidian/x.md", "")).rejects.toThrow();
	});
});

describe("writes and events", () => {
	test("create fires create, throws when the file exists or its folder is missing", async () => {
		const vault = await vaultWith({ "Jane.md": "" });
		const events = record(vault);
		const bob = await vault.create("Bob.md", "hi");
		expect(events).toEqual(["create Bob.md"]);
		expect(await vault.read(bob)).toBe("hi");
		await expect(vault.create("Jane.md", "")).rejects.toThrow("File already exists.");
		await expect(vault.create("jane.md", "")).rejects.toThrow("File already exists.");
		await expect(vault.create("Missing/Ann.md", "")).rejects.toThrow(/ENOENT/);
		expect(vault.getFolderByPath("Missing")).toBeNull();
		expect(events).toEqual(["create Bob.md"]);
	});

	test("createFolder creates missing parents, firing create for each", async () => {
		const vault = await vaultWith();
		const events = record(vault);
		const folder = await vault.createFolder("A/B");
		expect(folder.path).toBe("A/B");
		expect(events).toEqual(["create A", "create A/B"]);
		await expect(vault.createFolder("A")).rejects.toThrow("Folder already exists.");
	});

	test("modify, append and process fire modify; process returns the new content", async () => {
		const vault = await vaultWith({ "a.md": "one" });
		const file = vault.getFileByPath("a.md")!;
		const events = record(vault);
		await vault.modify(file, "two");
		await vault.append(file, "+");
		expect(await vault.process(file, (data) => `${data}!`)).toBe("two+!");
		expect(events).toEqual(["modify a.md", "modify a.md", "modify a.md"]);
		expect(file.stat.size).toBe(5);
	});

	test("two process calls in a row both apply (each is an atomic read-modify-write)", async () => {
		const vault = await vaultWith({ "a.md": "x" });
		const file = vault.getFileByPath("a.md")!;
		const first = vault.process(file, (data) => `${data}1`);
		const second = vault.process(file, (data) => `${data}2`);
		expect(await Promise.all([first, second])).toEqual(["x1", "x12"]);
		expect(await vault.read(file)).toBe("x12");
	});

	test("rename keeps the same TFile, moves it and fires rename with the old path", async () => {
		const vault = await vaultWith({ "Jane.md": "", "People/Bob.md": "", "Other.md": "" });
		const jane = vault.getFileByPath("Jane.md")!;
		const events = record(vault);
		await vault.rename(jane, "People/Jane Doe.md");
		expect(jane).toMatchObject({ path: "People/Jane Doe.md", basename: "Jane Doe", parent: vault.getFolderByPath("People") });
		expect(vault.getFileByPath("People/Jane Doe.md")).toBe(jane);
		expect(vault.getFileByPath("Jane.md")).toBeNull();
		expect(events).toEqual(["rename People/Jane Doe.md from Jane.md"]);
		await expect(vault.rename(vault.getFileByPath("Other.md")!, "People/Bob.md")).rejects.toThrow("Destination file already exists!");
	});

	test("renaming a folder moves its children and fires rename for each", async () => {
		const vault = await vaultWith({ "People/Jane.md": "x", "People/Work/Bob.md": "y" });
		const events = record(vault);
		await vault.rename(vault.getFolderByPath("People")!, "Contacts");
		expect(events).toEqual(["rename Contacts from People", "rename Contacts/Jane.md from People/Jane.md", "rename Contacts/Work from People/Work", "rename Contacts/Work/Bob.md from People/Work/Bob.md"]);
		expect(await vault.read(vault.getFileByPath("Contacts/Work/Bob.md")!)).toBe("y");
	});

	test("delete and trash fire delete (children first); the file is gone", async () => {
		const vault = await vaultWith({ "People/Jane.md": "", "Bob.md": "b" });
		const events = record(vault);
		const bob = vault.getFileByPath("Bob.md")!;
		await vault.trash(bob, false);
		expect(await vault.adapter.read(".trash/Bob.md")).toBe("b");
		await vault.delete(vault.getFolderByPath("People")!, true);
		expect(events).toEqual(["delete Bob.md", "delete People/Jane.md", "delete People"]);
		expect(vault.getAllLoadedFiles().map((f) => f.path)).toEqual(["/"]);
		await expect(vault.read(bob)).rejects.toThrow(/ENOENT/);
		await expect(vault.modify(bob, "x")).rejects.toThrow(/ENOENT/);
	});

	test("adapter writes to vault paths are seen like external edits", async () => {
		const vault = await vaultWith({ "a.md": "x" });
		const events = record(vault);
		await vault.adapter.write("a.md", "y");
		await expect(vault.adapter.write("New/b.md", "z")).rejects.toThrow(/ENOENT/);
		await vault.adapter.mkdir("New");
		await vault.adapter.write("New/b.md", "z");
		await vault.adapter.remove("a.md");
		expect(events).toEqual(["modify a.md", "create New", "create New/b.md", "delete a.md"]);
	});
});

describe("fault injection", () => {
	test("failNextWrite__ makes the next write of that path throw without changing anything", async () => {
		const vault = await vaultWith({ "a.md": "x" });
		const file = vault.getFileByPath("a.md")!;
		const events = record(vault);
		vault.failNextWrite__("a.md", new Error("disk full"));
		await expect(vault.process(file, () => "y")).rejects.toThrow("disk full");
		expect(await vault.read(file)).toBe("x");
		expect(events).toEqual([]);
		await vault.modify(file, "z");
		expect(await vault.read(file)).toBe("z");
		vault.failNextWrite__("b.md");
		await expect(vault.create("b.md", "")).rejects.toThrow(/EACCES/);
		expect(vault.getFileByPath("b.md")).toBeNull();
	});

	test("writeLog__ records writes", async () => {
		const vault = await vaultWith({ "a.md": "x" });
		await vault.modify(vault.getFileByPath("a.md")!, "y");
		await vault.create("b.md", "");
		expect(vault.writeLog__.slice(-2)).toEqual([
			{ op: "modify", path: "a.md" },
			{ op: "create", path: "b.md" },
		]);
	});
});
