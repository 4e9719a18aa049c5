/** What the plugin's parts need from the plugin, so they do not depend on main.ts. */
import type { App } from "obsidian";
import type { ReconnectSettings } from "../core/settings";
import type { ContactActions } from "./actions";
import type { ReconnectIndex } from "./reconnectIndex";

export interface ReconnectHost {
	readonly app: App;
	readonly index: ReconnectIndex;
	readonly actions: ContactActions;
	readonly settings: ReconnectSettings;
	saveSettings(): Promise<void>;
	openSettings(): void;
}
