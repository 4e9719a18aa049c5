/** Obsidian keeps context menus inside the window; the double places them at the pointer as given. */
export function keepMenusOnScreen(root: HTMLElement): void {
	new MutationObserver((records) => {
		for (const record of records) {
			for (const node of Array.from(record.addedNodes)) {
				if (!node.instanceOf(HTMLElement) || !node.classList.contains("menu")) continue;
				const box = node.getBoundingClientRect();
				const margin = 8;
				if (box.right > window.innerWidth - margin) node.style.left = `${Math.max(margin, window.innerWidth - margin - box.width)}px`;
				if (box.bottom > window.innerHeight - margin) node.style.top = `${Math.max(margin, window.innerHeight - margin - box.height)}px`;
			}
		}
	}).observe(root, { childList: true });
}
