import type { EventRef } from "obsidian";
import { reportAsync__ } from "./scheduler";

type Handler = (...data: unknown[]) => unknown;

/** The concrete shape behind Obsidian's opaque `EventRef`. */
export interface Listener__ extends EventRef {
	e: Events;
	name: string;
	fn: Handler;
	ctx?: unknown;
}

/**
 * Obsidian's event emitter. Handlers run synchronously in registration order; a handler that
 * throws does not stop the others: the error is rethrown on a later tick, as Obsidian does.
 */
export class Events {
	private readonly listeners__ = new Map<string, Listener__[]>();

	on(name: string, callback: Handler, ctx?: unknown): EventRef {
		const ref: Listener__ = { e: this, name, fn: callback, ctx };
		const list = this.listeners__.get(name) ?? [];
		list.push(ref);
		this.listeners__.set(name, list);
		return ref;
	}

	off(name: string, callback: Handler): void {
		const list = this.listeners__.get(name);
		if (!list) return;
		this.listeners__.set(
			name,
			list.filter((ref) => ref.fn !== callback),
		);
	}

	offref(ref: EventRef): void {
		const listener = ref as Listener__;
		const list = this.listeners__.get(listener.name);
		if (!list) return;
		this.listeners__.set(
			listener.name,
			list.filter((other) => other !== listener),
		);
	}

	trigger(name: string, ...data: unknown[]): void {
		const list = this.listeners__.get(name);
		if (!list) return;
		for (const ref of [...list]) this.tryTrigger(ref, data);
	}

	tryTrigger(evt: EventRef, args: unknown[]): void {
		const ref = evt as Listener__;
		try {
			ref.fn.apply(ref.ctx, args);
		} catch (error) {
			reportAsync__(error);
		}
	}

	/** Mock-only: how many handlers are registered for `name` (to check that unload cleaned up). */
	listenerCount__(name: string): number {
		return this.listeners__.get(name)?.length ?? 0;
	}
}
