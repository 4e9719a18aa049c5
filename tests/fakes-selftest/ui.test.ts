// @vitest-environment happy-dom
import {
	AbstractInputSuggest,
	type App,
	debounce,
	FuzzySuggestModal,
	Keymap,
	Menu,
	Modal,
	Notice,
	Platform,
	Plugin,
	PluginSettingTab,
	Setting,
	type SettingDefinitionItem,
	setIcon,
	SuggestModal,
} from "obsidian";
import { afterEach, describe, expect, test, vi } from "vitest";
import {
	createApp__,
	Menu as FakeMenu,
	Notice as FakeNotice,
	resetObsidianFakes__,
	SettingTab as FakeSettingTab,
	SuggestModal as FakeSuggestModal,
} from "../fakes/obsidian";

afterEach(() => {
	resetObsidianFakes__();
	vi.useRealTimers();
});

async function app(): Promise<App> {
	return createApp__();
}

describe("DOM extensions", () => {
	test("createEl with class, text, attributes, parent and callback", () => {
		const parent = createDiv({ cls: "host" });
		const button = parent.createEl("button", { cls: ["mod-cta", "big"], text: "Go", attr: { "data-x": 1, hidden: null }, title: "tip" }, (el) => el.addClass("done"));
		expect(button.parentElement).toBe(parent);
		expect(button.className).toBe("mod-cta big done");
		expect(button.getText()).toBe("Go");
		expect(button.getAttr("data-x")).toBe("1");
		expect(button.title).toBe("tip");
		const first = parent.createSpan({ text: "first", prepend: true });
		expect(parent.firstChild).toBe(first);
		const input = createEl("input", { type: "text", value: "v", placeholder: "p" });
		expect([input.type, input.value, input.placeholder]).toEqual(["text", "v", "p"]);
		const link = createEl("a", { href: "https://example.com/", parent });
		expect(link.parentElement).toBe(parent);
		expect(parent.createDiv("a b").className).toBe("a b");
		expect(parent.createSvg("svg", { cls: "icon" }).namespaceURI).toBe("http://www.w3.org/2000/svg");
	});

	test("classes, attributes, text, empty, detach, find", () => {
		const el = createDiv();
		el.addClass("a", "b");
		el.addClasses(["c"]);
		el.removeClass("a");
		el.toggleClass("d", true);
		el.toggleClass("b", false);
		expect(el.className).toBe("c d");
		expect(el.hasClass("c")).toBe(true);
		el.setAttrs({ role: "list", "aria-label": "People" });
		expect(el.getAttr("role")).toBe("list");
		el.setText("hello");
		expect(el.getText()).toBe("hello");
		el.setText(createFragment((f) => f.createSpan({ text: "frag" })));
		expect(el.innerHTML).toBe("<span>frag</span>");
		el.createDiv({ cls: "item", text: "1" });
		el.createDiv({ cls: "item", text: "2" });
		expect(el.find(".item")?.getText()).toBe("1");
		expect(el.findAll(".item")).toHaveLength(2);
		el.find(".item")?.detach();
		expect(el.findAll(".item").map((i) => i.getText())).toEqual(["2"]);
		el.empty();
		expect(el.childNodes).toHaveLength(0);
		expect(el.instanceOf(HTMLDivElement)).toBe(true);
		expect(el.doc).toBe(document);
		expect(el.win).toBe(window);
		expect(activeDocument).toBe(document);
	});

	test("show, hide, toggle, isShown, setCssProps", () => {
		const parent = document.body.createDiv();
		const el = parent.createDiv();
		expect(el.isShown()).toBe(true);
		el.hide();
		expect(el.isShown()).toBe(false);
		el.show();
		parent.toggle(false);
		expect(el.isShown()).toBe(false);
		parent.toggle(true);
		expect(el.isShown()).toBe(true);
		el.setCssProps({ "--size": "3px" });
		el.setCssStyles({ marginTop: "2px" });
		expect(el.style.getPropertyValue("--size")).toBe("3px");
		expect(el.style.marginTop).toBe("2px");
		parent.remove();
		expect(el.isShown()).toBe(false);
	});

	test("delegated on/off and onClickEvent", () => {
		const list = document.body.createDiv();
		const item = list.createDiv({ cls: "item" }).createSpan({ text: "x" });
		const hits: string[] = [];
		const listener = (_ev: Event, target: HTMLElement) => hits.push(target.className);
		list.on("click", ".item", listener);
		item.click();
		list.off("click", ".item", listener);
		item.click();
		list.onClickEvent(() => hits.push("any"));
		item.click();
		expect(hits).toEqual(["item", "any"]);
		list.remove();
	});
});

describe("icons and tooltips", () => {
	test("setIcon replaces content with an svg naming the icon", () => {
		const el = createDiv();
		setIcon(el, "users");
		setIcon(el, "user-plus");
		expect(el.querySelectorAll("svg")).toHaveLength(1);
		expect(el.querySelector("svg")?.getAttribute("data-icon")).toBe("user-plus");
	});
});

describe("Notice", () => {
	test("records every notice and shows it in the document", () => {
		new Notice("Saved");
		const notice = new Notice(createFragment((f) => f.appendText("Drafted for Jane")), 0);
		expect(FakeNotice.messages__).toEqual(["Saved", "Drafted for Jane"]);
		expect(document.querySelectorAll(".notice")).toHaveLength(2);
		notice.setMessage("Updated");
		expect(FakeNotice.messages__[1]).toBe("Updated");
		notice.hide();
		expect(document.querySelectorAll(".notice")).toHaveLength(1);
	});

	test("a notice hides itself after its duration", () => {
		vi.useFakeTimers();
		new Notice("Brief", 1000);
		vi.advanceTimersByTime(1000);
		expect(FakeNotice.notices__[0]?.hidden__).toBe(true);
	});
});

describe("Modal", () => {
	test("open attaches to the body and calls onOpen; close and Escape detach and call onClose", async () => {
		const events: string[] = [];
		class Hello extends Modal {
			override onOpen(): void {
				events.push("open");
				this.setTitle("Hello");
				this.contentEl.createEl("p", { text: "Body" });
			}

			override onClose(): void {
				events.push("close");
				this.contentEl.empty();
			}
		}
		const modal = new Hello(await app());
		modal.open();
		expect(document.body.contains(modal.containerEl)).toBe(true);
		expect(modal.modalEl.contains(modal.titleEl)).toBe(true);
		expect(modal.titleEl.getText()).toBe("Hello");
		expect(modal.contentEl.getText()).toBe("Body");
		modal.containerEl.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
		expect(document.body.contains(modal.containerEl)).toBe(false);
		expect(events).toEqual(["open", "close"]);
	});

	test("while open, its scope hears keydowns: exact modifiers, either case, and false stops the search", async () => {
		const heard: string[] = [];
		const modal = new Modal(await app());
		modal.scope.register([], "p", () => {
			heard.push("p");
			return false;
		});
		modal.scope.register([], "p", () => {
			heard.push("second p");
		});
		modal.scope.register(["Mod"], "p", () => {
			heard.push("Mod+p");
		});
		modal.scope.register([], " ", () => {
			heard.push("space");
		});
		const press = (init: KeyboardEventInit): KeyboardEvent => {
			const event = new KeyboardEvent("keydown", { bubbles: true, cancelable: true, ...init });
			document.body.dispatchEvent(event);
			return event;
		};
		expect(press({ key: "p" }).defaultPrevented).toBe(false);
		modal.open();
		expect(press({ key: "p" }).defaultPrevented).toBe(true);
		press({ key: "P" });
		press({ key: "p", ctrlKey: true });
		press({ key: "P", shiftKey: true });
		expect(press({ key: " " }).defaultPrevented).toBe(false);
		expect(heard).toEqual(["p", "p", "Mod+p", "space"]);
		press({ key: "Escape" });
		expect(document.body.contains(modal.containerEl)).toBe(false);
		press({ key: "p" });
		expect(heard).toHaveLength(4);
	});
});

interface Person {
	name: string;
	path: string;
}

const PEOPLE: Person[] = [
	{ name: "Jane Doe", path: "People/Jane Doe.md" },
	{ name: "John Smith", path: "People/John Smith.md" },
	{ name: "Ann Lee", path: "People/Ann Lee.md" },
];

describe("SuggestModal", () => {
	class PersonModal extends SuggestModal<Person> {
		chosen: string[] = [];
		events: string[] = [];

		getSuggestions(query: string): Person[] {
			return PEOPLE.filter((p) => p.name.toLowerCase().includes(query.toLowerCase()));
		}

		renderSuggestion(person: Person, el: HTMLElement): void {
			el.createDiv({ text: person.name });
			el.createEl("small", { text: person.path });
		}

		onChooseSuggestion(person: Person): void {
			this.events.push(`choose ${person.name}`);
		}

		override onClose(): void {
			this.events.push("close");
		}
	}

	test("renders suggestions; typing filters; arrows move; Enter closes then chooses", async () => {
		const modal = new PersonModal(await app());
		modal.setPlaceholder("Pick a person");
		modal.open();
		const fake = FakeSuggestModal.lastOpened__!;
		expect(fake).toBe(modal);
		expect(modal.inputEl.placeholder).toBe("Pick a person");
		expect(modal.resultContainerEl.querySelectorAll(".suggestion-item")).toHaveLength(3);
		await fake.type__("jo");
		expect(fake.suggestionTexts__).toEqual(["John SmithPeople/John Smith.md"]);
		await fake.type__("");
		fake.pressKey__("ArrowDown");
		expect(modal.resultContainerEl.querySelector(".is-selected")?.textContent).toContain("John Smith");
		fake.pressKey__("Enter");
		expect(modal.events).toEqual(["close", "choose John Smith"]);
		expect(document.body.contains(modal.containerEl)).toBe(false);
	});

	test("a real input event re-filters, and the empty state shows when nothing matches", async () => {
		const modal = new PersonModal(await app());
		modal.emptyStateText = "Nobody";
		modal.open();
		modal.inputEl.value = "zzz";
		modal.inputEl.dispatchEvent(new Event("input"));
		expect(modal.resultContainerEl.querySelector(".suggestion-empty")?.textContent).toBe("Nobody");
	});

	test("clicking a suggestion chooses it", async () => {
		const modal = new PersonModal(await app());
		modal.open();
		modal.resultContainerEl.querySelectorAll<HTMLElement>(".suggestion-item")[2]?.click();
		expect(modal.events).toEqual(["close", "choose Ann Lee"]);
	});

	test("async getSuggestions", async () => {
		class AsyncModal extends SuggestModal<Person> {
			async getSuggestions(query: string): Promise<Person[]> {
				await Promise.resolve();
				return PEOPLE.filter((p) => p.name.toLowerCase().includes(query.toLowerCase()));
			}

			renderSuggestion(person: Person, el: HTMLElement): void {
				el.setText(person.name);
			}

			onChooseSuggestion(): void {}
		}
		const modal = new AsyncModal(await app());
		modal.open();
		const fake = FakeSuggestModal.lastOpened__!;
		await fake.whenUpdated__();
		expect(fake.suggestions__).toHaveLength(3);
		await fake.type__("ann");
		expect(fake.suggestions__).toEqual([PEOPLE[2]]);
	});
});

describe("FuzzySuggestModal", () => {
	class FuzzyPeople extends FuzzySuggestModal<Person> {
		chosen: Person[] = [];

		getItems(): Person[] {
			return PEOPLE;
		}

		getItemText(person: Person): string {
			return person.name;
		}

		onChooseItem(person: Person): void {
			this.chosen.push(person);
		}
	}

	test("an empty query lists all items; a query fuzzy-matches, highlights and chooses with Enter", async () => {
		const modal = new FuzzyPeople(await app());
		modal.open();
		const fake = FakeSuggestModal.lastOpened__!;
		expect(fake.suggestionTexts__).toEqual(["Jane Doe", "John Smith", "Ann Lee"]);
		await fake.type__("jd");
		expect(fake.suggestionTexts__).toEqual(["Jane Doe"]);
		expect(modal.resultContainerEl.querySelectorAll(".suggestion-highlight")).toHaveLength(2);
		fake.pressKey__("Enter");
		expect(modal.chosen).toEqual([PEOPLE[0]]);
	});
});

describe("Setting", () => {
	test("name, description, heading, and components that fire onChange from DOM events", () => {
		const container = document.body.createDiv();
		const changes: unknown[] = [];
		const setting = new Setting(container)
			.setName("Contacts folder")
			.setDesc("Where contact notes live")
			.addText((text) => text.setPlaceholder("People").setValue("People").onChange((v) => changes.push(["text", v])))
			.addToggle((toggle) => toggle.setValue(false).onChange((v) => changes.push(["toggle", v])))
			.addDropdown((dropdown) => dropdown.addOptions({ a: "A", b: "B" }).setValue("a").onChange((v) => changes.push(["dropdown", v])))
			.addSlider((slider) => slider.setLimits(0, 10, 1).setValue(3).onChange((v) => changes.push(["slider", v])))
			.addTextArea((area) => area.onChange((v) => changes.push(["area", v])))
			.addSearch((search) => search.onChange((v) => changes.push(["search", v])))
			.addMomentFormat((format) => format.setDefaultFormat("YYYY-MM-DD").onChange((v) => changes.push(["format", v])))
			.addButton((button) => button.setButtonText("Save").setCta().onClick(() => changes.push(["button"])))
			.addExtraButton((extra) => extra.setIcon("reset").setTooltip("Reset").onClick(() => changes.push(["extra"])));
		expect(setting.nameEl.getText()).toBe("Contacts folder");
		expect(setting.descEl.getText()).toBe("Where contact notes live");
		expect(setting.settingEl.parentElement).toBe(container);
		expect(setting.components).toHaveLength(9);

		const input = setting.controlEl.querySelector<HTMLInputElement>('input[type="text"]')!;
		input.value = "Contacts";
		input.dispatchEvent(new Event("input"));
		setting.controlEl.querySelector<HTMLElement>(".checkbox-container")!.click();
		const select = setting.controlEl.querySelector("select")!;
		select.value = "b";
		select.dispatchEvent(new Event("change"));
		const slider = setting.controlEl.querySelector<HTMLInputElement>('input[type="range"]')!;
		slider.value = "7";
		slider.dispatchEvent(new Event("input"));
		slider.dispatchEvent(new Event("change"));
		const area = setting.controlEl.querySelector("textarea")!;
		area.value = "notes";
		area.dispatchEvent(new Event("input"));
		const search = setting.controlEl.querySelector<HTMLInputElement>('input[type="search"]')!;
		search.value = "q";
		search.dispatchEvent(new Event("input"));
		setting.controlEl.querySelector<HTMLElement>(".search-input-clear-button")!.click();
		setting.controlEl.querySelector("button")!.click();
		setting.controlEl.querySelector<HTMLElement>(".extra-setting-button")!.click();

		expect(changes).toEqual([
			["text", "Contacts"],
			["toggle", true],
			["dropdown", "b"],
			["slider", 7],
			["area", "notes"],
			["search", "q"],
			["search", ""],
			["button"],
			["extra"],
		]);
		expect(setting.controlEl.querySelector(".checkbox-container")?.hasClass("is-enabled")).toBe(true);
		expect(setting.controlEl.querySelector("button")?.hasClass("mod-cta")).toBe(true);
		expect(setting.controlEl.querySelector(".extra-setting-button")?.getAttribute("aria-label")).toBe("Reset");
		setting.setDisabled(true);
		setting.controlEl.querySelector<HTMLElement>(".checkbox-container")!.click();
		expect(changes).toHaveLength(9);
		new Setting(container).setName("Section").setHeading();
		expect(container.querySelector(".setting-item-heading")?.textContent).toBe("Section");
		container.remove();
	});

	test("moment format sample", () => {
		vi.useFakeTimers();
		vi.setSystemTime(new Date("2024-07-21T12:00:00Z"));
		const sample = createSpan();
		new Setting(createDiv()).addMomentFormat((format) => format.setDefaultFormat("YYYY-MM-DD").setSampleEl(sample));
		expect(sample.getText()).toBe("2024-07-21");
	});
});

describe("Menu", () => {
	test("items render into the document, grouped by section; clicking runs the callback and hides", () => {
		const clicked: string[] = [];
		const menu = new Menu()
			.addItem((item) => item.setTitle("Snooze").setIcon("clock").setSection("action").onClick(() => clicked.push("snooze")))
			.addItem((item) => item.setTitle("Open").setSection("open").onClick(() => clicked.push("open")))
			.addSeparator()
			.addItem((item) => item.setTitle("Archive").setSection("action").setDisabled(true).onClick(() => clicked.push("archive")));
		menu.showAtMouseEvent(new MouseEvent("contextmenu", { clientX: 10, clientY: 20 }));
		const fake = FakeMenu.lastShown__!;
		expect(fake).toBe(menu);
		expect(fake.titles__).toEqual(["Snooze", "Archive", "Open"]);
		expect(document.querySelectorAll(".menu .menu-item")).toHaveLength(3);
		expect(document.querySelector('.menu-item[data-section="action"] svg')?.getAttribute("data-icon")).toBe("clock");
		fake.click__("Archive");
		expect(clicked).toEqual([]);
		fake.click__("Snooze");
		expect(clicked).toEqual(["snooze"]);
		expect(document.querySelector(".menu")).toBeNull();
	});
});

describe("debounce", () => {
	test("calls once with the latest arguments; resetTimer restarts the wait; run and cancel", () => {
		vi.useFakeTimers();
		const calls: string[] = [];
		const fixed = debounce((value: string) => calls.push(`fixed ${value}`), 100);
		const reset = debounce((value: string) => calls.push(`reset ${value}`), 100, true);
		fixed("a");
		reset("a");
		vi.advanceTimersByTime(60);
		fixed("b");
		reset("b");
		vi.advanceTimersByTime(40);
		expect(calls).toEqual(["fixed b"]);
		vi.advanceTimersByTime(60);
		expect(calls).toEqual(["fixed b", "reset b"]);
		fixed("c");
		fixed.run();
		expect(calls).toEqual(["fixed b", "reset b", "fixed c"]);
		fixed("d").cancel();
		vi.advanceTimersByTime(500);
		expect(calls).toHaveLength(3);
	});
});

describe("Keymap and Platform", () => {
	test("isModEvent: tab for Ctrl/Cmd or middle click, split and window with Alt(+Shift), else false", () => {
		expect(Keymap.isModEvent(new MouseEvent("click", { ctrlKey: true }))).toBe("tab");
		expect(Keymap.isModEvent(new MouseEvent("click", { metaKey: true }))).toBe("tab");
		expect(Keymap.isModEvent(new MouseEvent("auxclick", { button: 1 }))).toBe("tab");
		expect(Keymap.isModEvent(new MouseEvent("click", { ctrlKey: true, altKey: true }))).toBe("split");
		expect(Keymap.isModEvent(new MouseEvent("click", { ctrlKey: true, altKey: true, shiftKey: true }))).toBe("window");
		expect(Keymap.isModEvent(new MouseEvent("click"))).toBe(false);
		expect(Keymap.isModEvent(null)).toBe(false);
	});

	test("Platform is desktop by default and can be overridden for a test", () => {
		expect(Platform.isDesktop).toBe(true);
		expect(Platform.isMobile).toBe(false);
		Platform.isMobile = true;
		expect(Platform.isMobile).toBe(true);
		resetObsidianFakes__();
		expect(Platform.isMobile).toBe(false);
	});
});

describe("AbstractInputSuggest", () => {
	class FolderSuggest extends AbstractInputSuggest<string> {
		protected getSuggestions(query: string): string[] {
			return ["People", "People/Work", "Daily"].filter((folder) => folder.toLowerCase().includes(query.toLowerCase()));
		}

		renderSuggestion(folder: string, el: HTMLElement): void {
			el.setText(folder);
		}
	}

	test("typing lists suggestions; Enter selects through onSelect", async () => {
		const input = document.body.createEl("input", { type: "text" });
		const picked: string[] = [];
		const suggest = new FolderSuggest(await app(), input).onSelect((folder) => {
			picked.push(folder);
			suggest.setValue(folder);
			suggest.close();
		});
		input.value = "peo";
		input.dispatchEvent(new Event("input"));
		await Promise.resolve();
		await Promise.resolve();
		expect(Array.from(document.querySelectorAll(".suggestion-container .suggestion-item"), (el) => el.textContent)).toEqual(["People", "People/Work"]);
		input.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowDown" }));
		input.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));
		expect(picked).toEqual(["People/Work"]);
		expect(input.value).toBe("People/Work");
		expect(document.querySelector(".suggestion-container")).toBeNull();
		input.remove();
	});
});

describe("PluginSettingTab", () => {
	test("openSettingTab__ attaches the tab and runs display(); hide() empties it", async () => {
		const testApp = await createApp__();
		class TestPlugin extends Plugin {
			override settings = { folder: "People" };
		}
		const plugin = await testApp.loadPlugin__(TestPlugin, { id: "t", name: "T" });
		class Tab extends PluginSettingTab {
			override getSettingDefinitions(): [] {
				return [];
			}

			override display(): void {
				this.containerEl.empty();
				new Setting(this.containerEl).setName("Folder").addText((text) =>
					text.setValue(plugin.settings.folder).onChange(async (value) => {
						plugin.settings.folder = value;
						await plugin.saveData(plugin.settings);
					}),
				);
			}
		}
		const tab = new Tab(testApp, plugin);
		plugin.addSettingTab(tab);
		expect(testApp.settingTabs__).toEqual([tab]);
		const el = testApp.openSettingTab__(tab);
		expect(el.isConnected).toBe(true);
		const input = el.querySelector("input")!;
		expect(input.value).toBe("People");
		input.value = "Contacts";
		input.dispatchEvent(new Event("input"));
		await testApp.settled__();
		expect(JSON.parse(await testApp.vault.adapter.read(".obsidian/plugins/t/data.json"))).toEqual({ folder: "Contacts" });
		tab.hide();
		expect(el.childElementCount).toBe(0);
	});
});

describe("declarative settings (1.13 getSettingDefinitions)", () => {
	test("definitions are rendered instead of display(): groups, render rows, bound controls with validation, actions, visibility", async () => {
		const testApp = await createApp__();
		class TestPlugin extends Plugin {
			override settings = { folder: "People", days: 90, notify: false };
		}
		const plugin = await testApp.loadPlugin__(TestPlugin, { id: "t", name: "T" });
		const log: string[] = [];
		let advanced = false;
		class Tab extends PluginSettingTab {
			override display(): void {
				log.push("display");
			}

			override getSettingDefinitions(): SettingDefinitionItem[] {
				return [
					{
						type: "group",
						heading: "Contacts",
						items: [
							{ name: "Folder", desc: "Where contacts live", render: (setting) => void setting.addText((text) => text.setValue(plugin.settings.folder)) },
							{ name: "Days", control: { type: "number", key: "days", validate: (value) => (value > 0 ? undefined : "Must be positive") } },
							{ name: "Notify", control: { type: "toggle", key: "notify" } },
						],
					},
					{
						type: "group",
						heading: "Advanced",
						items: [
							{ name: "Reset", action: () => log.push("reset") },
							{ name: "Hidden until advanced", visible: () => advanced },
						],
					},
				];
			}
		}
		const tab = new Tab(testApp, plugin);
		const el = testApp.openSettingTab__(tab);
		expect(log).toEqual([]);
		expect(Array.from(el.querySelectorAll(".setting-item-heading"), (h) => h.textContent)).toEqual(["Contacts", "Advanced"]);
		expect(Array.from(el.querySelectorAll(".setting-items .setting-item-name"), (n) => n.textContent)).toEqual(["Folder", "Days", "Notify", "Reset", "Hidden until advanced"]);
		expect(el.querySelector<HTMLInputElement>('input[type="text"]')?.value).toBe("People");

		const days = el.querySelector<HTMLInputElement>('input[type="number"]')!;
		expect(days.value).toBe("90");
		days.value = "-1";
		days.dispatchEvent(new Event("input"));
		await testApp.settled__();
		expect(el.querySelector(".setting-item-error")?.textContent).toBe("Must be positive");
		expect(plugin.settings.days).toBe(90);
		days.value = "30";
		days.dispatchEvent(new Event("input"));
		await testApp.settled__();
		expect(el.querySelector(".setting-item-error")).toBeNull();
		expect(plugin.settings.days).toBe(30);
		expect(JSON.parse(await testApp.vault.adapter.read(".obsidian/plugins/t/data.json"))).toMatchObject({ days: 30 });

		el.querySelector<HTMLElement>(".checkbox-container")!.click();
		await testApp.settled__();
		expect(plugin.settings.notify).toBe(true);

		const rows = Array.from(el.querySelectorAll<HTMLElement>(".setting-items .setting-item"));
		rows[3]!.click();
		expect(log).toEqual(["reset"]);
		expect(rows[4]!.isShown()).toBe(false);
		advanced = true;
		(tab as unknown as FakeSettingTab).refreshDomState();
		expect(rows[4]!.isShown()).toBe(true);
	});

	test("a tab with no definitions is rendered by display()", async () => {
		const testApp = await createApp__();
		const plugin = await testApp.loadPlugin__(Plugin as never, { id: "u", name: "U" });
		class Legacy extends PluginSettingTab {
			override getSettingDefinitions(): [] {
				return [];
			}

			override display(): void {
				new Setting(this.containerEl).setName("Legacy");
			}
		}
		const el = testApp.openSettingTab__(new Legacy(testApp, plugin));
		expect(el.querySelector(".setting-item-name")?.textContent).toBe("Legacy");
	});
});
