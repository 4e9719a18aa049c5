import type { IconName, TooltipOptions } from "obsidian";

const SVG_NS = "http://www.w3.org/2000/svg";
const customIcons = new Map<string, string>();

/**
 * Replaces the element's content with `svg.svg-icon[data-icon=<id>]`. There is no icon library:
 * every id renders (an empty svg), so tests check the id through the data attribute.
 */
export function setIcon(parent: HTMLElement, iconId: IconName): void {
	const icon = getIcon(iconId);
	parent.replaceChildren();
	if (icon) parent.appendChild(icon);
}

export function getIcon(iconId: string): SVGSVGElement | null {
	const svg = document.createElementNS(SVG_NS, "svg");
	svg.setAttribute("class", `svg-icon lucide-${iconId}`);
	svg.setAttribute("data-icon", iconId);
	svg.setAttribute("viewBox", "0 0 24 24");
	const custom = customIcons.get(iconId);
	if (custom) {
		svg.setAttribute("viewBox", "0 0 100 100");
		svg.setAttribute("data-custom", "true");
	}
	return svg;
}

export function addIcon(iconId: string, svgContent: string): void {
	customIcons.set(iconId, svgContent);
}

export function removeIcon(iconId: string): void {
	customIcons.delete(iconId);
}

export function getIconIds(): IconName[] {
	return [...customIcons.keys()];
}

/** Obsidian's tooltips are driven by `aria-label`; the double sets it (and the placement) and shows nothing. */
export function setTooltip(el: HTMLElement, tooltip: string, options?: TooltipOptions): void {
	el.setAttribute("aria-label", tooltip);
	if (options?.placement) el.setAttribute("data-tooltip-position", options.placement);
}

export function displayTooltip(newTargetEl: HTMLElement, content: string | DocumentFragment, options?: TooltipOptions): void {
	setTooltip(newTargetEl, typeof content === "string" ? content : (content.textContent ?? ""), options);
}
