import { hasDom__ } from "./dom";
import { resetPlatform__ } from "./platform";
import { Menu } from "./ui/menu";
import { Modal } from "./ui/modal";
import { Notice } from "./ui/notice";
import { SuggestModal } from "./ui/suggest-modal";

/**
 * Mock-only: puts the double's global state back (for an afterEach): closes modals and menus,
 * forgets notices, restores Platform, and removes the double's elements from document.body.
 */
export function resetObsidianFakes__(): void {
	for (const modal of [...Modal.open__]) modal.close();
	Modal.lastOpened__ = null;
	SuggestModal.lastOpened__ = null;
	Menu.lastShown__?.hide();
	Menu.lastShown__ = null;
	Notice.clear__();
	resetPlatform__();
	if (!hasDom__()) return;
	for (const el of Array.from(document.body.querySelectorAll(".app-container, .modal-container, .menu, .notice-container, .suggestion-container"))) {
		el.remove();
	}
}
