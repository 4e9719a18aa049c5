import { describe, expect, it } from "vitest";
import { createFieldResolver, normalizeKey } from "../../src/core/fields";

describe("field keys", () => {
	it.each([
		["last-contact", "lastcontact"],
		["last_contact", "lastcontact"],
		["lastContact", "lastcontact"],
		["Last Contact", "lastcontact"],
		["LAST-CONTACT", "lastcontact"],
	])("%s normalizes to %s", (key, normalized) => {
		expect(normalizeKey(key)).toBe(normalized);
	});

	const resolver = createFieldResolver({ lastContact: ["seen"] });

	it.each([
		["how-we-met", "howWeMet"],
		["met", "howWeMet"],
		["met_context", "howWeMet"],
		["firstMetWhere", "howWeMet"],
		["How Met", "howWeMet"],
		["last-contacted", "lastContact"],
		["lastChat", "lastContact"],
		["last_interaction", "lastContact"],
		["last talked", "lastContact"],
		["recent-news", "recentNews"],
		["news", "recentNews"],
		["life_events", "recentNews"],
		["keep-in-touch", "cadence"],
		["Frequency", "cadence"],
		["stayInTouch", "cadence"],
		["circle", "tier"],
		["closeness", "tier"],
		["relationship-strength", "tier"],
		["snooze", "snoozeUntil"],
		["snoozed_until", "snoozeUntil"],
		["archived", "paused"],
		["deceased", "deceased"],
		["died", "deceased"],
		["date_of_death", "deceased"],
		["passedAway", "deceased"],
		["organisation", "company"],
		["job-title", "role"],
		["city", "location"],
		["born", "birthday"],
		["e-mail", "email"],
		["Mail", "email"],
		["topics", "interests"],
		["working-on", "projects"],
		["project", "projects"],
		["kids", "family"],
		["spouse", "family"],
		["partner", "family"],
		["children", "family"],
		["introduced_by", "mutual"],
		["friends", "mutual"],
		["knows", "mutual"],
		["first-name", "firstName"],
		["category", "type"],
		["seen", "lastContact"],
	])("%s is the %s field", (key, field) => {
		expect(resolver.fieldOf(key)?.field).toBe(field);
	});

	it("ignores unknown keys", () => {
		expect(resolver.fieldOf("favourite-colour")).toBeUndefined();
	});

	it("prefers the canonical key, then the alias order", () => {
		const found = resolver.resolve({ "last-talked": "2025-01-01", lastContact: "2026-01-01", "last-chat": "2024-01-01" });
		expect(found.get("lastContact")?.map((match) => match.key)).toEqual(["lastContact", "last-chat", "last-talked"]);
	});

	it("writes to the spelling the note already uses, else the canonical key", () => {
		expect(resolver.keyForWrite({ last_contact: "2025-01-01" }, "lastContact")).toBe("last_contact");
		expect(resolver.keyForWrite({ "Last Contacted": "2025-01-01" }, "lastContact")).toBe("Last Contacted");
		expect(resolver.keyForWrite({ news: [] }, "recentNews")).toBe("news");
		expect(resolver.keyForWrite({}, "recentNews")).toBe("recent-news");
		expect(resolver.keyForWrite(null, "snoozeUntil")).toBe("snooze-until");
	});

	it("does not let a user alias take over a built-in key", () => {
		const custom = createFieldResolver({ cadence: ["news"] });
		expect(custom.fieldOf("news")?.field).toBe("recentNews");
	});
});
