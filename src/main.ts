import { Plugin } from "obsidian";

export default class ReconnectPlugin extends Plugin {
	override async onload(): Promise<void> {
		await this.loadData();
	}
}
