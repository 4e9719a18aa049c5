import { describe, expect, test } from "vitest";
import { createApp__, getLinkpath, type TestApp__, TFile } from "../fakes/obsidian";

function recordCache(app: TestApp__) {
	const events: string[] = [];
	const name = (file: unknown) => (file instanceof TFile ? file.path : "?");
	app.metadataCache.on("changed", (file, data, cache) => events.push(`changed ${name(file)} ${JSON.stringify(data)} ${cache ? "cache" : "none"}`));
	app.metadataCache.on("deleted", (file, prev) => events.push(`deleted ${name(file)} ${prev ? "prev" : "null"}`));
	app.metadataCache.on("resolve", (file) => events.push(`resolve ${name(file)}`));
	app.metadataCache.on("resolved", () => events.push("resolved"));
	app.vault.on("modify", (file) => events.push(`modify ${name(file)}`));
	app.vault.on("create", (file) => events.push(`create ${name(file)}`));
	app.vault.on("rename", (file, oldPath) => events.push(`rename ${name(file)} ${String(oldPath)}`));
	app.vault.on("delete", (file) => events.push(`delete ${name(file)}`));
	return events;
}

describe("indexing is asynchronous, as in Obsidian", () => {
	test("the initial vault is indexed and resolved when createApp__ resolves", async () => {
		const app = await createApp__({ files: { "Jane.md": "---\nlast-contact: 2024-07-21\n---\n" } });
		const cache = app.metadataCache.getFileCache(app.vault.getFileByPath("Jane.md")!);
		expect(cache?.frontmatter).toEqual({ "last-contact": "2024-07-21" });
		expect(app.metadataCache.getCache("Jane.md")).toBe(cache);
		expect(app.metadataCache.isIdle__()).toBe(true);
	});

	test("indexed: false leaves the initial parse pending", async () => {
		const app = await createApp__({ files: { "Jane.md": "x" }, indexed: false });
		expect(app.metadataCache.getCache("Jane.md")).toBeNull();
		await app.metadataCache.whenResolved__();
		expect(app.metadataCache.getCache("Jane.md")).toEqual({ sections: [expect.objectContaining({ type: "paragraph" })] });
	});

	test("modify: the cache is stale until a later tick, then changed → resolve → resolved", async () => {
		const app = await createApp__({ files: { "Jane.md": "---\ntier: close\n---\n" } });
		const file = app.vault.getFileByPath("Jane.md")!;
		const events = recordCache(app);
		await app.vault.modify(file, "---\ntier: inner\n---\n[[Bob]]");
		expect(events).toEqual(["modify Jane.md"]);
		expect(app.metadataCache.getFileCache(file)?.frontmatter).toEqual({ tier: "close" });
		await Promise.resolve();
		expect(events).toEqual(["modify Jane.md"]);
		await app.vault.settled__();
		expect(app.metadataCache.getFileCache(file)?.frontmatter).toEqual({ tier: "inner" });
		expect(events).toEqual(["modify Jane.md", `changed Jane.md ${JSON.stringify("---\ntier: inner\n---\n[[Bob]]")} cache`, "resolve Jane.md", "resolved"]);
	});

	test("create: no cache until indexed; resolved fires after every pending parse", async () => {
		const app = await createApp__();
		const events = recordCache(app);
		const a = await app.vault.create("a.md", "A");
		await app.vault.create("b.md", "B");
		expect(app.metadataCache.getFileCache(a)).toBeNull();
		await app.metadataCache.whenResolved__();
		expect(events).toEqual(["create a.md", "create b.md", 'changed a.md "A" cache', 'changed b.md "B" cache', "resolve a.md", "resolve b.md", "resolved"]);
	});

	test("the data passed to changed is the content when parsed (two quick writes index once)", async () => {
		const app = await createApp__({ files: { "a.md": "1" } });
		const file = app.vault.getFileByPath("a.md")!;
		const events = recordCache(app);
		await app.vault.modify(file, "2");
		await app.vault.modify(file, "3");
		await app.vault.settled__();
		expect(events.filter((e) => e.startsWith("changed"))).toEqual(['changed a.md "3" cache']);
	});

	test("rename moves the cache entry and fires vault rename only — no changed", async () => {
		const app = await createApp__({ files: { "Jane.md": "#contact", "Bob.md": "[[Jane]]" } });
		const jane = app.vault.getFileByPath("Jane.md")!;
		const before = app.metadataCache.getFileCache(jane);
		const events = recordCache(app);
		await app.vault.rename(jane, "Jane Doe.md");
		expect(app.metadataCache.getFileCache(jane)).toBe(before);
		expect(app.metadataCache.getCache("Jane.md")).toBeNull();
		await app.vault.settled__();
		expect(events).toEqual(["rename Jane Doe.md Jane.md"]);
		expect(app.metadataCache.unresolvedLinks["Bob.md"]).toEqual({ Jane: 1 });
	});

	test("delete fires deleted with the previous cache, then links are re-resolved", async () => {
		const app = await createApp__({ files: { "Jane.md": "#contact", "Bob.md": "[[Jane]]" } });
		const jane = app.vault.getFileByPath("Jane.md")!;
		const previous = app.metadataCache.getFileCache(jane);
		let received: unknown = "not called";
		app.metadataCache.on("deleted", (_file, prev) => (received = prev));
		const events = recordCache(app);
		await app.vault.delete(jane);
		expect(received).toBe(previous);
		expect(app.metadataCache.getCache("Jane.md")).toBeNull();
		await app.vault.settled__();
		expect(events).toEqual(["deleted Jane.md prev", "delete Jane.md", "resolve Bob.md", "resolved"]);
		expect(app.metadataCache.resolvedLinks["Bob.md"]).toEqual({});
		expect(app.metadataCache.unresolvedLinks["Bob.md"]).toEqual({ Jane: 1 });
		expect(app.metadataCache.resolvedLinks).not.toHaveProperty("Jane.md");
	});

	test("settled__ waits for writes made by event handlers", async () => {
		const app = await createApp__({ files: { "a.md": "x", "log.md": "" } });
		const log = app.vault.getFileByPath("log.md")!;
		app.metadataCache.on("changed", (file) => {
			if (file.path === "a.md") void app.vault.read(log).then((text) => app.vault.modify(log, `${text}seen\n`));
		});
		await app.vault.modify(app.vault.getFileByPath("a.md")!, "y");
		await app.vault.settled__();
		expect(app.metadataCache.getCache("log.md")?.sections?.length).toBe(1);
		expect(await app.vault.read(log)).toBe("seen\n");
	});
});

describe("link resolution", () => {
	const files = {
		"People/Jane Doe.md": "",
		"People/Work/Bob.md": "",
		"Archive/Bob.md": "",
		"Notes/Meeting.md": "",
		"Meeting.md": "",
		"Projects/Meeting.md": "",
		"Projects/Plan.md": "",
		"photo.png": "",
	};

	test.each([
		["Jane Doe", "Daily/2024-07-21.md", "People/Jane Doe.md"],
		["jane doe", "Daily/2024-07-21.md", "People/Jane Doe.md"],
		["People/Jane Doe", "x.md", "People/Jane Doe.md"],
		["people/jane doe.md", "x.md", "People/Jane Doe.md"],
		["Work/Bob", "x.md", "People/Work/Bob.md"],
		["Bob", "People/Work/Note.md", "People/Work/Bob.md"],
		["Bob", "Archive/Note.md", "Archive/Bob.md"],
		["Bob", "x.md", "Archive/Bob.md"],
		["Meeting", "Projects/Plan.md", "Meeting.md"],
		["Meeting", "Notes/x.md", "Meeting.md"],
		["Projects/Meeting", "x.md", "Projects/Meeting.md"],
		["photo.png", "x.md", "photo.png"],
		["./Plan", "Projects/Meeting.md", "Projects/Plan.md"],
		["", "Projects/Plan.md", "Projects/Plan.md"],
	])("%j from %j → %j", async (linkpath, source, expected) => {
		const app = await createApp__({ files });
		expect(app.metadataCache.getFirstLinkpathDest(linkpath, source)?.path).toBe(expected);
	});

	test("unknown names, photo without extension, and subpaths left in do not resolve", async () => {
		const app = await createApp__({ files });
		expect(app.metadataCache.getFirstLinkpathDest("Nobody", "x.md")).toBeNull();
		expect(app.metadataCache.getFirstLinkpathDest("photo", "x.md")).toBeNull();
		expect(app.metadataCache.getFirstLinkpathDest("Jane Doe#Notes", "x.md")).toBeNull();
		expect(app.metadataCache.getFirstLinkpathDest(getLinkpath("Jane Doe#Notes"), "x.md")?.path).toBe("People/Jane Doe.md");
	});

	test("links written with alias, heading and folder all land on the same note", async () => {
		const app = await createApp__({
			files: {
				"People/Jane Doe.md": "",
				"Daily/2024-07-21.md": "[[Jane Doe|Jane]] [[Jane Doe#Notes]] [[People/Jane Doe]] ![[Jane Doe]] [[Nobody]]",
			},
		});
		expect(app.metadataCache.resolvedLinks["Daily/2024-07-21.md"]).toEqual({ "People/Jane Doe.md": 4 });
		expect(app.metadataCache.unresolvedLinks["Daily/2024-07-21.md"]).toEqual({ Nobody: 1 });
		expect(app.metadataCache.resolvedLinks["People/Jane Doe.md"]).toEqual({});
	});

	test("a created note resolves links that were unresolved", async () => {
		const app = await createApp__({ files: { "Daily.md": "[[Jane]]" } });
		expect(app.metadataCache.unresolvedLinks["Daily.md"]).toEqual({ Jane: 1 });
		await app.vault.create("Jane.md", "");
		await app.vault.settled__();
		expect(app.metadataCache.resolvedLinks["Daily.md"]).toEqual({ "Jane.md": 1 });
		expect(app.metadataCache.unresolvedLinks["Daily.md"]).toEqual({});
	});

	test("fileToLinktext: the base name when unique, else the path without .md", async () => {
		const app = await createApp__({ files });
		const linktext = (path: string, omit?: boolean) => app.metadataCache.fileToLinktext(app.vault.getFileByPath(path)!, "x.md", omit);
		expect(linktext("People/Jane Doe.md")).toBe("Jane Doe");
		expect(linktext("People/Jane Doe.md", false)).toBe("Jane Doe.md");
		expect(linktext("People/Work/Bob.md")).toBe("People/Work/Bob");
		expect(linktext("Meeting.md")).toBe("Meeting");
		expect(linktext("photo.png")).toBe("photo.png");
	});
});
