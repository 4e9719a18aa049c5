/** Flow 1: opening the Reconnect sidebar from the ribbon, filtering it and opening a contact. */
import { describe, expect, it } from "vitest";
import { activeFile, BAND_TITLES, bands, eventually, openSidebar, row, sidebar } from "./helpers";
import { useReconnect } from "./setup";

const open = useReconnect();

describe("opening the reconnect sidebar", () => {
	it("shows the ranked bands in order, each row with its reason", async () => {
		const { page } = await open();
		await expect(page.locator(".reconnect-view").count()).resolves.toBe(0);
		const view = await openSidebar(page);

		expect((await bands(page)).map(([title]) => title)).toEqual(BAND_TITLES);
		expect(await bands(page)).toEqual([
			["Hard news", ["Tom Becker", "Ingrid Bergström", "Felix Brandt", "Elena Petrova"]],
			["Congratulate", ["Rafael Costa", "Grace Mwangi", "Daniel Okafor", "Tomás Herrera", "Lucía Fernández"]],
			["Fading", ["Zoë Müller", "Oskar Lind", "Marcus Webb", "Hannah Schmidt", "Kenji Watanabe", "Priya Natarajan", "Søren Ødegaard"]],
			["Dormant", ["Ahmed El-Sayed", "Siobhán Gallagher"]],
			["No last contact yet", ["Anouk de Vries", "Lena Vogel"]],
			["Coming up", ["Kasia Nowak"]],
		]);
		await expect(view.locator(".reconnect-counts").textContent()).resolves.toBe("21 to reach out to · 3 on track · 1 snoozed · 1 paused · 1 in memory");
		await expect(row(page, "Rafael Costa").locator(".reconnect-reason").textContent()).resolves.toBe("Started a new job: Staff engineer at Stripe — 7 days ago");
		await expect(row(page, "Hannah Schmidt").locator(".reconnect-reason").textContent()).resolves.toBe("8 weeks since last contact — usually every month");
		await expect(row(page, "Siobhán Gallagher").locator(".reconnect-reason").textContent()).resolves.toBe("5 years since last contact — a dormant tie worth reviving");
		for (const reason of await view.locator(".reconnect-reason").allTextContents()) expect(reason.length).toBeGreaterThan(10);
		await expect(row(page, "Daniel Okafor").locator(".reconnect-chip-news").textContent()).resolves.toBe("Promotion");
		// Hard news: a plain reason, and a private note says only that it is there.
		await expect(row(page, "Tom Becker").locator(".reconnect-reason").textContent()).resolves.toBe("Private news in the note — undated, noted today");
		await expect(row(page, "Tom Becker").locator(".reconnect-chip-news").textContent()).resolves.toBe("Private");
		await expect(row(page, "Elena Petrova").locator(".reconnect-reason").textContent()).resolves.toBe("Health news — 3 weeks ago");
		await expect(view.textContent()).resolves.not.toMatch(/cancer|surgery|separated|Walter/);
	});

	it("narrows the list as the user types in the filter box", async () => {
		const { page } = await open();
		const view = await openSidebar(page);
		await view.getByRole("searchbox", { name: "Filter contacts" }).fill("lisbon");
		expect(await bands(page)).toEqual([["Congratulate", ["Tomás Herrera"]]]);

		// Accents and case do not matter.
		await view.getByRole("searchbox", { name: "Filter contacts" }).fill("ZOE MULLER");
		expect(await bands(page)).toEqual([["Fading", ["Zoë Müller"]]]);

		// Reasons match too.
		await view.getByRole("searchbox", { name: "Filter contacts" }).fill("dormant");
		expect(await bands(page)).toEqual([["Dormant", ["Ahmed El-Sayed", "Siobhán Gallagher"]]]);

		await view.getByRole("searchbox", { name: "Filter contacts" }).fill("nobody by this name");
		await expect(view.locator(".reconnect-empty").textContent()).resolves.toBe("No contact matches the filter.");

		await view.getByRole("searchbox", { name: "Filter contacts" }).fill("");
		expect((await bands(page)).flatMap(([, names]) => names)).toHaveLength(21);
	});

	it("opens the contact's note when its name is clicked", async () => {
		const { page } = await open();
		await openSidebar(page);
		await row(page, "Hannah Schmidt").locator(".reconnect-name").click();
		await eventually(() => activeFile(page)).toBe("People/Hannah Schmidt.md");
		await expect(page.locator(".mod-root .view-header-title").textContent()).resolves.toBe("Hannah Schmidt");
		// The sidebar stays open beside the note.
		await expect(sidebar(page).isVisible()).resolves.toBe(true);
	});
});
