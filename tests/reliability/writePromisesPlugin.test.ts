// @vitest-environment happy-dom
/** Never backwards in the plugin's writes, as in the command line's. */
import { TFile } from "obsidian";
import { describe, expect, it } from "vitest";
import { createFieldResolver } from "../../src/core/fields";
import { writeLastContact } from "../../src/plugin/contactWrites";
import { day } from "../builders";
import { createApp__ } from "../fakes/obsidian";
import { loadReconnect } from "../plugin/harness";

describe("the plugin", () => {
	it("adds today to a list with a future date, and the index sees today", async () => {
		const loaded = await loadReconnect({ "People/Future Fiona.md": "---\ntags: [person]\nlast-contact: [2025-01-01, 2030-01-01]\n---\n", ".obsidian/plugins/reconnect/data.json": JSON.stringify({ contactFolders: ["People"] }) });
		const file = loaded.app.vault.getFileByPath("People/Future Fiona.md");
		if (!(file instanceof TFile)) throw new Error("no note");
		const today = loaded.plugin.index.today;
		const outcome = await writeLastContact(loaded.app, file, today, today, loaded.plugin.index.fieldResolver);
		expect(outcome).toMatchObject({ changed: true, note: "kept 2030-01-01, which is in the future" });
		await loaded.app.settled__();
		expect(loaded.plugin.index.entry("People/Future Fiona.md")?.lastContact?.day).toBe(today);
		expect(await writeLastContact(loaded.app, file, today, today, loaded.plugin.index.fieldResolver)).toMatchObject({ changed: false });
	});

	it("never moves last-contact backwards", async () => {
		const app = await createApp__({ files: { "People/Zoë.md": "---\nlast-contact: 2026-10-28\n---\n" } });
		const file = app.vault.getFileByPath("People/Zoë.md");
		if (!(file instanceof TFile)) throw new Error("no note");
		const outcome = await writeLastContact(app, file, day("2026-06-01"), day("2026-06-01"), createFieldResolver());
		expect(outcome).toEqual({ changed: false, key: "last-contact", reason: "already in touch on 2026-10-28" });
		expect(await app.vault.read(file)).toBe("---\nlast-contact: 2026-10-28\n---\n");
	});
});
