/**
 * Obsidian's additions to the DOM (createEl, empty, addClass, setText, on/off, …), installed on a
 * window's prototypes. Idempotent. Nothing here runs without a window.
 */

type Info = DomElementInfo | SvgElementInfo | string | undefined;
type Listener = (this: HTMLElement, ev: Event, delegateTarget: HTMLElement) => unknown;
interface DelegatedListener {
	selector: string;
	listener: Listener;
	options?: boolean | AddEventListenerOptions;
	callback: (ev: Event) => void;
}

const INSTALLED = Symbol.for("obsidian-double.dom-extensions");
const SVG_NS = "http://www.w3.org/2000/svg";

export function installDomExtensions__(win: Window & typeof globalThis): void {
	const marked = win as unknown as Record<symbol, boolean>;
	if (marked[INSTALLED]) return;
	marked[INSTALLED] = true;
	const doc = win.document;

	function applyInfo<E extends Element>(el: E, o: Info, callback?: (el: E) => void, defaultParent?: Node): E {
		const info: DomElementInfo = typeof o === "string" ? { cls: o } : (o ?? {});
		if (info.cls) addClasses(el, Array.isArray(info.cls) ? info.cls : info.cls.split(" "));
		if (info.text !== undefined) setText(el, info.text);
		if (info.attr) for (const [key, value] of Object.entries(info.attr)) setAttr(el, key, value);
		const html = el as unknown as Record<string, unknown>;
		if (info.title !== undefined) html.title = info.title;
		if (info.value !== undefined) html.value = info.value;
		if (info.type !== undefined) html.type = info.type;
		if (info.placeholder !== undefined) html.placeholder = info.placeholder;
		if (info.href !== undefined) html.href = info.href;
		const parent = info.parent ?? defaultParent;
		if (parent) {
			if (info.prepend) parent.insertBefore(el, parent.firstChild);
			else parent.appendChild(el);
		}
		callback?.(el);
		return el;
	}

	function addClasses(el: Element, classes: string[]): void {
		const names = classes.flatMap((cls) => cls.split(" ")).filter((cls) => cls !== "");
		if (names.length > 0) el.classList.add(...names);
	}

	function setText(el: Node, value: string | DocumentFragment): void {
		if (typeof value === "string") el.textContent = value;
		else {
			while (el.firstChild) el.removeChild(el.firstChild);
			el.appendChild(value);
		}
	}

	function setAttr(el: Element, name: string, value: string | number | boolean | null): void {
		if (value === null) el.removeAttribute(name);
		else el.setAttribute(name, String(value));
	}

	function createElement<K extends keyof HTMLElementTagNameMap>(tag: K, o?: Info, callback?: (el: HTMLElementTagNameMap[K]) => void, parent?: Node) {
		return applyInfo(doc.createElement(tag), o, callback, parent);
	}

	function createSvgElement<K extends keyof SVGElementTagNameMap>(tag: K, o?: Info, callback?: (el: SVGElementTagNameMap[K]) => void, parent?: Node) {
		return applyInfo<SVGElementTagNameMap[K]>(doc.createElementNS(SVG_NS, tag), o, callback, parent);
	}

	const define = (target: object, methods: Record<string, unknown>) => {
		for (const [name, value] of Object.entries(methods)) {
			Object.defineProperty(target, name, { value, configurable: true, writable: true });
		}
	};

	const creators = {
		createEl(this: Node, tag: keyof HTMLElementTagNameMap, o?: Info, callback?: (el: HTMLElement) => void) {
			return createElement(tag, o, callback, this);
		},
		createDiv(this: Node, o?: Info, callback?: (el: HTMLDivElement) => void) {
			return createElement("div", o, callback, this);
		},
		createSpan(this: Node, o?: Info, callback?: (el: HTMLSpanElement) => void) {
			return createElement("span", o, callback, this);
		},
		createSvg(this: Node, tag: keyof SVGElementTagNameMap, o?: Info, callback?: (el: SVGElement) => void) {
			return createSvgElement(tag, o, callback, this);
		},
	};

	define(win.Node.prototype, {
		...creators,
		detach(this: Node) {
			this.parentNode?.removeChild(this);
		},
		empty(this: Node) {
			while (this.firstChild) this.removeChild(this.firstChild);
		},
		insertAfter<T extends Node>(this: Node, node: T, child: Node | null): T {
			this.insertBefore(node, child ? child.nextSibling : this.firstChild);
			return node;
		},
		indexOf(this: Node, other: Node) {
			return Array.prototype.indexOf.call(this.childNodes, other);
		},
		setChildrenInPlace(this: Node, children: Node[]) {
			while (this.firstChild) this.removeChild(this.firstChild);
			for (const child of children) this.appendChild(child);
		},
		appendText(this: Node, val: string) {
			this.appendChild(doc.createTextNode(val));
		},
		instanceOf(this: Node, type: new () => unknown) {
			return Object.prototype.isPrototypeOf.call(type.prototype, this);
		},
	});
	Object.defineProperty(win.Node.prototype, "doc", {
		configurable: true,
		get(this: Node) {
			return this.ownerDocument ?? doc;
		},
	});
	Object.defineProperty(win.Node.prototype, "win", {
		configurable: true,
		get(this: Node) {
			return (this.ownerDocument ?? doc).defaultView ?? win;
		},
	});
	Object.defineProperty(win.Node.prototype, "constructorWin", {
		configurable: true,
		get() {
			return win;
		},
	});

	define(win.Element.prototype, {
		getText(this: Element) {
			return this.textContent ?? "";
		},
		setText(this: Element, val: string | DocumentFragment) {
			setText(this, val);
		},
		addClass(this: Element, ...classes: string[]) {
			addClasses(this, classes);
		},
		addClasses(this: Element, classes: string[]) {
			addClasses(this, classes);
		},
		removeClass(this: Element, ...classes: string[]) {
			this.classList.remove(...classes.flatMap((cls) => cls.split(" ")).filter((cls) => cls !== ""));
		},
		removeClasses(this: Element, classes: string[]) {
			this.classList.remove(...classes);
		},
		toggleClass(this: Element, classes: string | string[], value: boolean) {
			for (const cls of Array.isArray(classes) ? classes : [classes]) this.classList.toggle(cls, value);
		},
		hasClass(this: Element, cls: string) {
			return this.classList.contains(cls);
		},
		setAttr(this: Element, name: string, value: string | number | boolean | null) {
			setAttr(this, name, value);
		},
		setAttrs(this: Element, obj: Record<string, string | number | boolean | null>) {
			for (const [name, value] of Object.entries(obj)) setAttr(this, name, value);
		},
		getAttr(this: Element, name: string) {
			return this.getAttribute(name);
		},
		matchParent(this: Element, selector: string, lastParent?: Element) {
			const found = this.closest(selector);
			if (found && lastParent && (found === lastParent || found.contains(lastParent))) return null;
			return found;
		},
		getCssPropertyValue(this: Element, property: string, pseudoElement?: string) {
			return win.getComputedStyle(this, pseudoElement).getPropertyValue(property);
		},
		isActiveElement(this: Element) {
			return this === this.ownerDocument.activeElement;
		},
		find(this: Element, selector: string) {
			return this.querySelector(selector);
		},
		findAll(this: Element, selector: string) {
			return Array.from(this.querySelectorAll(selector));
		},
		findAllSelf(this: Element, selector: string) {
			const found = Array.from(this.querySelectorAll(selector));
			return this.matches(selector) ? [this, ...found] : found;
		},
	});

	const styleMethods = {
		setCssStyles(this: HTMLElement | SVGElement, styles: Partial<CSSStyleDeclaration>) {
			for (const [name, value] of Object.entries(styles)) {
				if (typeof value === "string") this.style.setProperty(name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`), value);
			}
		},
		setCssProps(this: HTMLElement | SVGElement, props: Record<string, string>) {
			for (const [name, value] of Object.entries(props)) this.style.setProperty(name, value);
		},
	};
	define(win.SVGElement.prototype, styleMethods);

	define(win.HTMLElement.prototype, {
		...styleMethods,
		show(this: HTMLElement) {
			this.style.removeProperty("display");
		},
		hide(this: HTMLElement) {
			this.setCssProps({ display: "none" });
		},
		toggle(this: HTMLElement, show: boolean) {
			if (show) this.style.removeProperty("display");
			else this.setCssProps({ display: "none" });
		},
		toggleVisibility(this: HTMLElement, visible: boolean) {
			this.setCssProps({ visibility: visible ? "" : "hidden" });
		},
		isShown(this: HTMLElement) {
			return isShown(this);
		},
		onClickEvent(this: HTMLElement, listener: (this: HTMLElement, ev: MouseEvent) => unknown, options?: boolean | AddEventListenerOptions) {
			this.addEventListener("click", listener, options);
			this.addEventListener("auxclick", listener, options);
		},
		onNodeInserted() {
			return () => {};
		},
		onWindowMigrated() {
			return () => {};
		},
		trigger(this: HTMLElement, eventType: string) {
			this.dispatchEvent(new win.Event(eventType, { bubbles: true, cancelable: true }));
		},
		on: delegatedOn,
		off: delegatedOff,
	});
	define(win.Document.prototype, { on: delegatedOn, off: delegatedOff });

	define(win.DocumentFragment.prototype, {
		find(this: DocumentFragment, selector: string) {
			return this.querySelector(selector);
		},
		findAll(this: DocumentFragment, selector: string) {
			return Array.from(this.querySelectorAll(selector));
		},
	});

	define(win, {
		createEl: (tag: keyof HTMLElementTagNameMap, o?: Info, callback?: (el: HTMLElement) => void) => createElement(tag, o, callback),
		createDiv: (o?: Info, callback?: (el: HTMLDivElement) => void) => createElement("div", o, callback),
		createSpan: (o?: Info, callback?: (el: HTMLSpanElement) => void) => createElement("span", o, callback),
		createSvg: (tag: keyof SVGElementTagNameMap, o?: Info, callback?: (el: SVGElement) => void) => createSvgElement(tag, o, callback),
		createFragment: (callback?: (el: DocumentFragment) => void) => {
			const fragment = doc.createDocumentFragment();
			callback?.(fragment);
			return fragment;
		},
		fish: (selector: string) => doc.querySelector(selector),
		fishAll: (selector: string) => Array.from(doc.querySelectorAll(selector)),
		isBoolean: (obj: unknown) => typeof obj === "boolean",
		sleep: (ms: number) => new Promise<void>((resolve) => win.setTimeout(resolve, ms)),
		nextFrame: () => new Promise<void>((resolve) => win.requestAnimationFrame(() => resolve())),
		activeWindow: win,
		activeDocument: doc,
	});
}

/** `el.on("click", ".item", fn)`: one listener on `el` calling `fn` for events inside a matching descendant. */
function delegatedOn(
	this: HTMLElement | Document,
	type: string,
	selector: string,
	listener: Listener,
	options?: boolean | AddEventListenerOptions,
): void {
	const callback = (ev: Event) => {
		const target = ev.target instanceof Element ? ev.target.closest(selector) : null;
		const root = this instanceof Element ? this : null;
		if (target && (!root || root.contains(target))) listener.call(target as HTMLElement, ev, target as HTMLElement);
	};
	const holder = this as { _EVENTS?: Record<string, DelegatedListener[]> };
	holder._EVENTS ??= {};
	(holder._EVENTS[type] ??= []).push({ selector, listener, options, callback });
	this.addEventListener(type, callback, options);
}

function delegatedOff(
	this: HTMLElement | Document,
	type: string,
	selector: string,
	listener: Listener,
	options?: boolean | AddEventListenerOptions,
): void {
	const holder = this as { _EVENTS?: Record<string, DelegatedListener[]> };
	const list = holder._EVENTS?.[type];
	if (!list) return;
	for (const info of [...list]) {
		if (info.selector !== selector || info.listener !== listener || info.options !== options) continue;
		this.removeEventListener(type, info.callback, options);
		list.splice(list.indexOf(info), 1);
	}
}

/** Attached, and neither it nor an ancestor has `display: none`. */
function isShown(el: HTMLElement): boolean {
	if (!el.isConnected) return false;
	for (let current: HTMLElement | null = el; current; current = current.parentElement) if (current.style.display === "none") return false;
	return true;
}
