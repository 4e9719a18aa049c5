/** Whether a DOM is available (happy-dom or a browser). Without one, the vault and cache still work. */
export function hasDom__(): boolean {
	return typeof document !== "undefined";
}
