import { describe, expect, it } from "vitest";
import { isReconnectTaskWords, parseReconnectTask, reconnectTaskLine, reconnectTaskMatcher } from "../../src/core/reconnectTask";

describe("the reconnect task, written and read in one place", () => {
	it("reads back what it writes", () => {
		const line = reconnectTaskLine("People/Zoë Müller", "share something on bouldering");
		expect(line).toBe("- [ ] Reconnect with [[People/Zoë Müller]] — share something on bouldering");
		expect(parseReconnectTask(line)).toEqual({ status: " ", linktext: "People/Zoë Müller" });
		expect(reconnectTaskMatcher("people/zoë müller")(line)).toBe(true);
	});

	it.each<[string, { status: string; linktext: string } | null]>([
		["- [x] Reconnect with [[Jane Doe]] — check in", { status: "x", linktext: "Jane Doe" }],
		["  * [/] reconnect with [[Jane Doe|Jane]]", { status: "/", linktext: "Jane Doe" }],
		["1. [ ] Reconnect with [[Jane Doe#Notes]] — call", { status: " ", linktext: "Jane Doe" }],
		["\t- [X] Reconnect with [[ Jane Doe ]]", { status: "X", linktext: "Jane Doe" }],
		["- Reconnect with [[Jane Doe]]", null],
		["> - [ ] Reconnect with [[Jane Doe]]", null],
		["- [ ] Call [[Jane Doe]]", null],
	])("%j", (line, task) => {
		expect(parseReconnectTask(line)).toEqual(task);
	});

	it("tells a reminder to write from a follow-up", () => {
		expect(isReconnectTaskWords("Reconnect with [[Jane Doe]] — check in")).toBe(true);
		expect(isReconnectTaskWords("send [[Jane Doe]] the deck")).toBe(false);
	});

	it("matches only the contact it is for", () => {
		expect(reconnectTaskMatcher("Jane")("- [ ] Reconnect with [[Jane Doe]]")).toBe(false);
		expect(reconnectTaskMatcher("Jane Doe")("- [ ] Reconnect with [[Jane Doe]] — more")).toBe(true);
	});
});
