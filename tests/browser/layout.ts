/** Layout measurements in the page: what sticks out of the sidebar horizontally. */
import type { Page } from "playwright-core";

/**
 * Every element or text of the right sidebar that crosses the sidebar's left or right edge, and
 * every scroller in it that scrolls sideways. Empty when nothing overflows.
 */
export function horizontalOverflow(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const sidebar = document.querySelector(".mod-right-split");
		if (!sidebar) return ["no sidebar"];
		const edge = sidebar.getBoundingClientRect();
		const describe = (el: Element): string => {
			const cls = typeof el.className === "string" && el.className ? `.${el.className.trim().split(/\s+/).join(".")}` : "";
			return `${el.tagName.toLowerCase()}${cls} "${(el.textContent ?? "").slice(0, 40)}"`;
		};
		const problems: string[] = [];
		for (const el of Array.from(sidebar.querySelectorAll("*"))) {
			const box = el.getBoundingClientRect();
			if (box.width === 0 && box.height === 0) continue;
			if (box.left < edge.left - 0.5 || box.right > edge.right + 0.5) {
				problems.push(`${describe(el)} spans ${Math.round(box.left)}–${Math.round(box.right)}, the sidebar ${Math.round(edge.left)}–${Math.round(edge.right)}`);
			}
		}
		// Text can run out of a box that itself fits; only text an ancestor clips on purpose
		// (overflow hidden, e.g. a chip with an ellipsis) may extend beyond its box.
		const walker = document.createTreeWalker(sidebar, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const parent = node.parentElement;
			if (!parent || !node.textContent?.trim()) continue;
			let clipped = false;
			for (let el: Element | null = parent; el && el !== sidebar; el = el.parentElement) {
				if (["hidden", "clip"].includes(getComputedStyle(el).overflowX)) clipped = true;
			}
			if (clipped) continue;
			const range = document.createRange();
			range.selectNodeContents(node);
			for (const box of Array.from(range.getClientRects())) {
				if (box.width > 0 && (box.left < edge.left - 0.5 || box.right > edge.right + 0.5)) {
					problems.push(`text of ${describe(parent)} spans ${Math.round(box.left)}–${Math.round(box.right)}, the sidebar ${Math.round(edge.left)}–${Math.round(edge.right)}`);
					break;
				}
			}
		}
		for (const scroller of Array.from(sidebar.querySelectorAll(".view-content, .reconnect-list, .reconnect-header"))) {
			if (scroller.scrollWidth > scroller.clientWidth) problems.push(`${describe(scroller)} scrolls sideways: ${scroller.scrollWidth} > ${scroller.clientWidth}`);
		}
		return problems;
	});
}
