/**
 * Test double of the `obsidian` module (see tests/fakes/README.md). Vitest and the browser
 * harness alias `obsidian` to this file. Names ending in `__` are not in Obsidian's API.
 */
import { installDomExtensions__ } from "./ui/dom-extensions";

if (typeof window !== "undefined") installDomExtensions__(window);

export { default as moment } from "moment";

export { CapacitorAdapter, FileSystemAdapter, MemoryAdapter__ } from "./adapter";
export { App, createApp__, type AppOptions__, type LoadPluginOptions__, type SeedFile__, type TestApp__ } from "./app";
export { CommandRegistry__ } from "./commands";
export { Component } from "./component";
export { debounce } from "./debounce";
export { Editor } from "./editor";
export { Events } from "./events";
export { FileManager } from "./file-manager";
export { TAbstractFile, TFile, TFolder } from "./files";
export { getFrontMatterInfo } from "./frontmatter";
export { getAllTags, parseFrontMatterAliases, parseFrontMatterEntry, parseFrontMatterStringArray, parseFrontMatterTags } from "./frontmatter-entries";
export { Keymap, Scope } from "./keymap";
export { getLinkpath, parseLinktext, stripHeading, stripHeadingForLink } from "./linktext";
export { parseMetadata__ } from "./markdown/parse-metadata";
export { MarkdownRenderer } from "./markdown-renderer";
export { MetadataCache } from "./metadata-cache";
export { normalizePath } from "./paths";
export { apiVersion, Platform, requireApiVersion, resetPlatform__ } from "./platform";
export { Plugin } from "./plugin";
export { getLanguage, iterateCacheRefs, iterateRefs } from "./refs";
export { resetObsidianFakes__ } from "./reset";
export {
	AbstractTextComponent,
	BaseComponent,
	ButtonComponent,
	ColorComponent,
	DisplayValueComponent,
	DropdownComponent,
	ExtraButtonComponent,
	MomentFormatComponent,
	ProgressBarComponent,
	SearchComponent,
	SliderComponent,
	TextAreaComponent,
	TextComponent,
	ToggleComponent,
	ValueComponent,
} from "./ui/components";
export { installDomExtensions__ } from "./ui/dom-extensions";
export { addIcon, displayTooltip, getIcon, getIconIds, removeIcon, setIcon, setTooltip } from "./ui/icons";
export { AbstractInputSuggest, PopoverSuggest } from "./ui/input-suggest";
export { Menu, MenuItem, MenuSeparator } from "./ui/menu";
export { Modal } from "./ui/modal";
export { Notice } from "./ui/notice";
export { prepareFuzzySearch, prepareSimpleSearch, renderMatches, renderResults, sortSearchResults } from "./ui/search";
export { Setting } from "./ui/setting";
export { SettingDefinitionsView__ } from "./ui/setting-definitions";
export { SettingGroup, SettingPage } from "./ui/setting-group";
export { PluginSettingTab, SettingTab } from "./ui/setting-tab";
export { FuzzySuggestModal, SuggestModal } from "./ui/suggest-modal";
export { Vault, type WriteRecord__ } from "./vault";
export { EditableFileView, FileView, ItemView, MarkdownView, TextFileView, View } from "./views";
export {
	WorkspaceContainer,
	WorkspaceFloating,
	WorkspaceItem,
	WorkspaceMobileDrawer,
	WorkspaceParent,
	WorkspaceRibbon,
	WorkspaceRoot,
	WorkspaceSidedock,
	WorkspaceSplit,
	WorkspaceTabs,
	WorkspaceWindow,
} from "./workspace/items";
export { WorkspaceLeaf } from "./workspace/leaf";
export { Workspace } from "./workspace/workspace";
export { parseYaml, stringifyYaml } from "./yaml";

export type {
	BlockCache,
	CachedMetadata,
	Command,
	EmbedCache,
	EventRef,
	FrontMatterCache,
	FrontMatterInfo,
	FrontmatterLinkCache,
	FuzzyMatch,
	HeadingCache,
	LinkCache,
	ListItemCache,
	Loc,
	PluginManifest,
	Pos,
	SearchResult,
	SectionCache,
	TagCache,
	ViewState,
} from "obsidian";
