/**
 * The double renders every icon as an empty `svg[data-icon]`. For screenshots that look like
 * Obsidian, draw the few Lucide icons (ISC licence) the sidebar and this page use.
 */
type Shape = ["path", string] | ["circle", number, number, number];

const ICONS: Record<string, Shape[]> = {
	users: [["path", "M16 21v-2a4 4 0 0 0-4-4H6a4 4 0 0 0-4 4v2"], ["circle", 9, 7, 4], ["path", "M22 21v-2a4 4 0 0 0-3-3.87"], ["path", "M16 3.13a4 4 0 0 1 0 7.75"]],
	"alert-triangle": [["path", "m21.73 18-8-14a2 2 0 0 0-3.48 0l-8 14A2 2 0 0 0 4 21h16a2 2 0 0 0 1.73-3Z"], ["path", "M12 9v4"], ["path", "M12 17h.01"]],
	"alarm-clock": [["circle", 12, 13, 8], ["path", "M12 9v4l2 2"], ["path", "M5 3 2 6"], ["path", "m22 6-3-3"], ["path", "M6.38 18.7 4 21"], ["path", "M17.64 18.67 20 21"]],
	terminal: [["path", "m4 17 6-6-6-6"], ["path", "M12 19h8"]],
	"chevron-right": [["path", "m9 18 6-6-6-6"]],
	"chevron-down": [["path", "m6 9 6 6 6-6"]],
};

function draw(svg: SVGElement): void {
	const shapes = ICONS[svg.getAttribute("data-icon") ?? ""];
	if (!shapes || svg.childElementCount) return;
	for (const shape of shapes) {
		if (shape[0] === "path") svg.createSvg("path", { attr: { d: shape[1] } });
		else svg.createSvg("circle", { attr: { cx: shape[1], cy: shape[2], r: shape[3] } });
	}
}

export function drawIconsAsTheyAppear(root: HTMLElement): void {
	const drawAll = (node: ParentNode): void => node.querySelectorAll<SVGElement>("svg[data-icon]").forEach(draw);
	drawAll(root);
	new MutationObserver((records) => {
		for (const record of records) {
			for (const node of Array.from(record.addedNodes)) {
				if (node.instanceOf(SVGElement) && node.matches("svg[data-icon]")) draw(node);
				else if (node.instanceOf(Element)) drawAll(node);
			}
		}
	}).observe(root, { childList: true, subtree: true });
}
