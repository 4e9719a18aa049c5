/** Settings, grouped the way a user thinks about them; every change re-ranks at once. */
import { App, Plugin, PluginSettingTab, Setting, type SettingDefinitionItem, type TextAreaComponent } from "obsidian";
import { ALIASABLE_FIELDS, definitionOf, fieldLabel, type FieldName } from "../core/fields";
import { humanizeCadence } from "../core/humanize";
import { DEFAULT_PHRASING, PLACEHOLDERS, unknownPlaceholders } from "../core/phrasing";
import { formatCustomKinds, formatDatedFolders, parseCustomKinds, parseDatedFolders, type ReconnectSettings, type Tier } from "../core/settings";
import { parseCadence } from "../core/values";
import type { ReconnectHost } from "./host";
import { previewDraft } from "./phrasingPreview";

const list = (value: string): string[] =>
	value
		.split(/[,\n]/)
		.map((item) => item.trim())
		.filter(Boolean);

export function parseTiers(text: string): { tiers: Tier[]; problems: string[] } {
	const tiers: Tier[] = [];
	const problems: string[] = [];
	for (const line of text.split("\n").map((item) => item.trim()).filter(Boolean)) {
		const match = /^([^:=]+)[:=]\s*(.+)$/.exec(line);
		const days = match ? parseCadence(match[2]) : null;
		if (!match || !days?.ok) problems.push(`"${line}" should look like "close: 30" or "close: 1m"`);
		else tiers.push({ name: (match[1] ?? "").trim(), days: days.value });
	}
	return { tiers, problems };
}

interface SettingItem {
	name: string;
	desc?: string;
	/** Configures the row: description, controls. */
	render(setting: Setting): unknown;
}

interface SettingSection {
	heading: string;
	items: SettingItem[];
}

/**
 * The same settings serve two renderers: display() for Obsidian before 1.13, and the declarative
 * getSettingDefinitions() that 1.13 uses for its settings search.
 */
export class ReconnectSettingTab extends PluginSettingTab {
	#pieceId = "greeting";
	#previewEl: HTMLElement | null = null;
	#phrasingArea: TextAreaComponent | null = null;

	readonly #host: ReconnectHost;
	constructor(app: App, plugin: Plugin, host: ReconnectHost) {
		super(app, plugin);
		this.#host = host;
	}

	get #settings(): ReconnectSettings {
		return this.#host.settings;
	}

	/** Saves and applies: detection changes re-read notes, the rest only re-ranks. */
	async #apply(detectionChanged = false): Promise<void> {
		await this.#host.saveSettings();
		void this.#host.index.settingsChanged(detectionChanged);
		this.#renderPreview();
	}

	override display(): void {
		const { containerEl } = this;
		containerEl.empty();
		containerEl.addClass("reconnect-settings");
		for (const section of this.#sections()) {
			new Setting(containerEl).setName(section.heading).setHeading();
			for (const item of section.items) {
				const setting = new Setting(containerEl).setName(item.name);
				if (item.desc) setting.setDesc(item.desc);
				item.render(setting);
			}
		}
	}

	override getSettingDefinitions(): SettingDefinitionItem[] {
		return this.#sections().map((section) => ({
			type: "group" as const,
			heading: section.heading,
			items: section.items.map((item) => ({
				name: item.name,
				...(item.desc ? { desc: item.desc } : {}),
				render: (setting: Setting): void => {
					item.render(setting);
				},
			})),
		}));
	}

	#sections(): SettingSection[] {
		return [
			{
				heading: "Contacts",
				items: [
					this.#listItem("Contact folders", "Every note in these folders is a contact. Separate folders with commas.", "contactFolders", "People"),
					this.#listItem("Contact tags", "Notes with these tags are contacts; nested tags count too (#person/work).", "contactTags", "person"),
					this.#listItem("Contact types", "Notes whose type or category property is one of these are contacts.", "contactTypes", "person"),
				],
			},
			{
				heading: "Property names",
				items: ALIASABLE_FIELDS.map((field) => this.#aliasItem(field)),
			},
			{
				heading: "Timing",
				items: [
					this.#daysItem("Default cadence", "For contacts with no cadence or tier: 90, 2w, 3m, 1y, monthly…", "defaultCadenceDays"),
					this.#tiersItem(),
					this.#daysItem("News window", "News this recent, and newer than your last contact, puts a contact in Congratulate.", "newsWindowDays"),
					this.#daysItem("Dormant after", "No contact for this long makes a tie dormant (3y, 1095, 30m…).", "dormantDays"),
				],
			},
			{
				heading: "Daily note",
				items: [
					{
						name: "Heading",
						desc: "Drafts go at the end of this section of today's daily note (added if missing).",
						render: (setting) =>
							setting.addText((text) =>
								text.setValue(this.#settings.dailyNoteHeading).onChange(async (value) => {
									const valid = /^#{1,6}\s+\S/.test(value.trim());
									text.inputEl.toggleClass("reconnect-invalid", !valid);
									if (!valid) return;
									this.#settings.dailyNoteHeading = value.trim();
									await this.#apply();
								}),
							),
					},
					{
						name: "More dated folders",
						desc: "Notes in these folders count as contact on their date, like daily notes. One folder per line with its date format: Meetings: YYYY-MM-DD. A note there without a date in its name counts by its date property.",
						render: (setting) =>
							setting.addTextArea((area) => {
								area.setPlaceholder("Meetings: YYYY-MM-DD").setValue(formatDatedFolders(this.#settings.datedFolders)).onChange(async (value) => {
									this.#settings.datedFolders = parseDatedFolders(value);
									await this.#apply(true);
								});
								area.inputEl.rows = 3;
							}),
					},
					this.#toggleItem("Write back last contact", "Ticking a reconnect task also sets last-contact on the contact (never backwards).", "writeBackLastContact"),
					this.#toggleItem("Open the daily note after drafting", "", "openDailyNoteAfterDraft"),
					this.#toggleItem("Log contact in the contact's note", "Contacted and a ticked reconnect task also add a dated line under ## Log in the contact's note, once a day, so the history stays in your vault.", "logOnContact"),
					this.#sliderItem("People in today's plan", "How many reconnects the plan command puts in today's daily note, counting the ones already there.", "planSize", 1, 10),
					this.#sliderItem("Weekly goal", "How many people you mean to be in touch with each week; the sidebar shows how far you are. 0 turns it off.", "weeklyGoal", 0, 20),
					this.#toggleItem("Plan when today's daily note is created", "Adds today's plan once the new daily note's template has been applied.", "planOnDailyNoteCreate"),
				],
			},
			{
				heading: "Drafts",
				items: [
					{
						name: "Your name",
						desc: "Signs the drafts.",
						render: (setting) =>
							setting.addText((text) =>
								text.setValue(this.#settings.userName).onChange(async (value) => {
									this.#settings.userName = value.trim();
									await this.#apply();
								}),
							),
					},
					this.#phrasingPickerItem(),
					this.#phrasingVariantsItem(),
					this.#previewItem(),
					{
						name: "Your own life events",
						desc: "Extra kinds of life event, one per line, each with how drafts treat it after a colon: celebrate (the default), support (hard news: a kind word, never congratulations), private (never in a draft) or neutral. For example: ran a marathon, or lost a pet: support.",
						render: (setting) =>
							setting.addTextArea((area) =>
								area.setValue(formatCustomKinds(this.#settings.customEventKinds)).onChange(async (value) => {
									this.#settings.customEventKinds = parseCustomKinds(value.replace(/,/g, " "));
									await this.#apply(true);
								}),
							),
					},
				],
			},
			{
				heading: "Sidebar",
				items: [
					{
						name: "Rows shown",
						desc: "Rows built at first; Show more builds the next ones.",
						render: (setting) =>
							setting.addSlider((slider) =>
								slider
									.setLimits(10, 200, 10)
									.setValue(this.#settings.rowsShown)
									.onChange(async (value) => {
										this.#settings.rowsShown = value;
										await this.#apply();
									}),
							),
					},
				],
			},
		];
	}

	#listItem(name: string, desc: string, key: "contactFolders" | "contactTags" | "contactTypes", placeholder: string): SettingItem {
		return {
			name,
			desc,
			render: (setting) =>
				setting.addText((text) =>
					text
						.setPlaceholder(placeholder)
						.setValue(this.#settings[key].join(", "))
						.onChange(async (value) => {
							this.#settings[key] = key === "contactTags" ? list(value).map((tag) => tag.replace(/^#/, "")) : list(value);
							await this.#apply(true);
						}),
				),
		};
	}

	#sliderItem(name: string, desc: string, key: "planSize" | "weeklyGoal", min: number, max: number): SettingItem {
		return {
			name,
			desc,
			render: (setting) =>
				setting.addSlider((slider) =>
					slider
						.setLimits(min, max, 1)
						.setValue(this.#settings[key])
						.onChange(async (value) => {
							this.#settings[key] = value;
							await this.#apply();
						}),
				),
		};
	}

	#toggleItem(name: string, desc: string, key: "writeBackLastContact" | "openDailyNoteAfterDraft" | "logOnContact" | "planOnDailyNoteCreate"): SettingItem {
		return {
			name,
			...(desc ? { desc } : {}),
			render: (setting) =>
				setting.addToggle((toggle) =>
					toggle.setValue(this.#settings[key]).onChange(async (value) => {
						this.#settings[key] = value;
						await this.#apply();
					}),
				),
		};
	}

	#aliasItem(field: FieldName): SettingItem {
		const definition = definitionOf(field);
		return {
			name: fieldLabel(definition),
			desc: `Read already: ${[definition.canonical, ...definition.aliases].join(", ")}. Add your own names, comma-separated.`,
			render: (setting) =>
				setting.addText((text) =>
					text.setValue((this.#settings.fieldAliases[field] ?? []).join(", ")).onChange(async (value) => {
						this.#settings.fieldAliases = { ...this.#settings.fieldAliases, [field]: list(value) };
						await this.#apply(true);
					}),
				),
		};
	}

	#daysItem(name: string, desc: string, key: "newsWindowDays" | "dormantDays" | "defaultCadenceDays"): SettingItem {
		return {
			name,
			desc,
			render: (setting) =>
				setting.addText((text) =>
					text.setValue(`${this.#settings[key]}d`).onChange(async (value) => {
						const parsed = parseCadence(value);
						text.inputEl.toggleClass("reconnect-invalid", !parsed?.ok);
						if (!parsed?.ok) return;
						this.#settings[key] = parsed.value;
						await this.#apply();
					}),
				),
		};
	}

	#tiersItem(): SettingItem {
		const describe = (tiers: readonly Tier[]) => `One per line, a name and a cadence; a contact's tier property picks one. Now: ${tiers.map((tier) => `${tier.name} ${humanizeCadence(tier.days)}`).join(", ")}.`;
		return {
			name: "Tiers",
			render: (setting) => {
				setting.setDesc(describe(this.#settings.tiers));
				setting.addTextArea((area) => {
					area.setValue(this.#settings.tiers.map((tier) => `${tier.name}: ${tier.days}`).join("\n")).onChange(async (value) => {
						const { tiers, problems } = parseTiers(value);
						area.inputEl.toggleClass("reconnect-invalid", problems.length > 0 || !tiers.length);
						setting.setDesc(problems.length ? problems.join("; ") : describe(tiers));
						if (problems.length || !tiers.length) return;
						this.#settings.tiers = tiers;
						await this.#apply(true);
					});
					area.inputEl.rows = 6;
				});
			},
		};
	}

	#currentVariants(): string[] {
		return [...(this.#settings.phrasing[this.#pieceId] ?? DEFAULT_PHRASING.find((piece) => piece.id === this.#pieceId)?.variants ?? [])];
	}

	#showVariants(): void {
		this.#phrasingArea?.setValue(this.#currentVariants().map((variant) => variant.replace(/\n/g, "\\n")).join("\n"));
	}

	#phrasingPickerItem(): SettingItem {
		const placeholders = PLACEHOLDERS.map((name) => `{{${name}}}`).join(" ");
		return {
			name: "Phrasing",
			desc: `Pick a piece of the message and edit its variants below, one per line; each draft picks one. Placeholders: ${placeholders}; \\n breaks a line.`,
			render: (setting) => {
				setting.addDropdown((dropdown) => {
					for (const piece of DEFAULT_PHRASING) dropdown.addOption(piece.id, piece.label);
					dropdown.setValue(this.#pieceId).onChange((value) => {
						this.#pieceId = value;
						this.#showVariants();
						this.#renderPreview();
					});
				});
			},
		};
	}

	#phrasingVariantsItem(): SettingItem {
		const placeholders = PLACEHOLDERS.map((name) => `{{${name}}}`).join(" ");
		return {
			name: "Variants",
			render: (setting) => {
				setting.setClass("reconnect-phrasing");
				setting.addTextArea((text) => {
					this.#phrasingArea = text;
					this.#showVariants();
					text.onChange(async (value) => {
						const variants = value
							.split("\n")
							.map((line) => line.replace(/\\n/g, "\n").trim())
							.filter(Boolean);
						const unknown = [...new Set(variants.flatMap(unknownPlaceholders))];
						setting.setDesc(unknown.length ? `Unknown placeholder: ${unknown.map((name) => `{{${name}}}`).join(", ")}. Known: ${placeholders}.` : "");
						setting.descEl.toggleClass("reconnect-invalid-text", unknown.length > 0);
						const phrasing = { ...this.#settings.phrasing };
						if (variants.length) phrasing[this.#pieceId] = variants;
						else delete phrasing[this.#pieceId];
						this.#settings.phrasing = phrasing;
						await this.#apply();
					});
					text.inputEl.rows = 6;
				});
				setting.addExtraButton((button) =>
					button
						.setIcon("rotate-ccw")
						.setTooltip("Restore the built-in variants")
						.onClick(async () => {
							const phrasing = { ...this.#settings.phrasing };
							delete phrasing[this.#pieceId];
							this.#settings.phrasing = phrasing;
							this.#showVariants();
							await this.#apply();
						}),
				);
			},
		};
	}

	#previewItem(): SettingItem {
		return {
			name: "Preview",
			desc: "A draft for a sample contact, using the piece you are editing.",
			render: (setting) => {
				setting.setClass("reconnect-preview");
				this.#previewEl = setting.settingEl.createEl("pre", { cls: "reconnect-preview-text" });
				this.#renderPreview();
			},
		};
	}

	/** A draft for a sample contact, so edits to the phrasing can be seen at once. */
	#renderPreview(): void {
		if (!this.#previewEl) return;
		const draft = previewDraft(this.#pieceId, this.#host.index.today, this.#settings);
		this.#previewEl.setText(`Subject: ${draft.subject}\n\n${draft.text}`);
	}
}
