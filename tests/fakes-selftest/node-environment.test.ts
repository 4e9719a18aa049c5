import { describe, expect, test, vi } from "vitest";
import { Component, createApp__, Events, Notice } from "../fakes/obsidian";

describe("without a DOM (plain node)", () => {
	test("importing installs nothing and the vault, cache and commands still work", async () => {
		expect(typeof window).toBe("undefined");
		const app = await createApp__({ files: { "Jane.md": "[[Bob]]", "Bob.md": "" } });
		expect(app.metadataCache.resolvedLinks["Jane.md"]).toEqual({ "Bob.md": 1 });
		expect(app.workspace.getLeavesOfType("empty")).toEqual([]);
		expect(app.workspace.getActiveFile()).toBeNull();
		new Notice("still recorded");
		expect(Notice.messages__).toContain("still recorded");
		Notice.clear__();
	});

	test("indexing works under fake timers (the cache uses the real ones)", async () => {
		vi.useFakeTimers();
		try {
			const app = await createApp__({ files: { "a.md": "#one" } });
			await app.vault.modify(app.vault.getFileByPath("a.md")!, "#two");
			await app.vault.settled__();
			expect(app.metadataCache.getCache("a.md")?.tags?.[0]?.tag).toBe("#two");
		} finally {
			vi.useRealTimers();
		}
	});
});

describe("Events", () => {
	test("on, off, offref, trigger with context, tryTrigger", () => {
		const events = new Events();
		const seen: unknown[] = [];
		const ctx = { name: "ctx" };
		const handler = (...data: unknown[]) => seen.push(["handler", ...data]);
		events.on("x", handler);
		const ref = events.on(
			"x",
			function (this: typeof ctx, value) {
				seen.push([this.name, value]);
			},
			ctx,
		);
		events.trigger("x", 1);
		events.off("x", handler);
		events.trigger("x", 2);
		events.offref(ref);
		events.trigger("x", 3);
		events.tryTrigger(ref, [4]);
		expect(seen).toEqual([["handler", 1], ["ctx", 1], ["ctx", 2], ["ctx", 4]]);
		expect(events.listenerCount__("x")).toBe(0);
	});
});

describe("Component", () => {
	test("load/unload run onload/onunload once, children follow, registered cleanups run", () => {
		const log: string[] = [];
		class Part extends Component {
			constructor(private readonly name: string) {
				super();
			}

			override onload(): void {
				log.push(`load ${this.name}`);
			}

			override onunload(): void {
				log.push(`unload ${this.name}`);
			}
		}
		const emitter = new Events();
		const parent = new Part("parent");
		const early = parent.addChild(new Part("early"));
		parent.registerEvent(emitter.on("ping", () => log.push("ping")));
		parent.register(() => log.push("cleanup"));
		const id = parent.registerInterval(setInterval(() => log.push("tick"), 1000) as unknown as number);
		expect(typeof id).not.toBe("undefined");
		parent.load();
		parent.load();
		parent.addChild(new Part("late"));
		const removed = parent.addChild(new Part("removed"));
		parent.removeChild(removed);
		emitter.trigger("ping");
		parent.unload();
		emitter.trigger("ping");
		expect(log).toEqual([
			"load parent",
			"load early",
			"load late",
			"load removed",
			"unload removed",
			"ping",
			"unload early",
			"unload late",
			"cleanup",
			"unload parent",
		]);
		expect(early.isLoaded__).toBe(false);
		expect(emitter.listenerCount__("ping")).toBe(0);
	});
});
