/**
 * A stable merge sort that can pause: it yields after every `stepSize` elements placed, so that
 * sorting 50,000 ranked entries can be spread over several short tasks instead of one long one.
 * The result is what `Array.prototype.sort` (stable) gives with the same comparison.
 */
export function* sortInSteps<T>(items: readonly T[], compare: (a: T, b: T) => number, stepSize = 2048): Generator<void, T[], void> {
	const n = items.length;
	let source = items.slice();
	// Runs of stepSize elements, each sorted in one step by the engine's sort.
	for (let low = 0; low < n; low += stepSize) {
		const run = source.slice(low, low + stepSize).sort(compare);
		for (let i = 0; i < run.length; i++) source[low + i] = run[i] as T;
		if (low + stepSize < n) yield;
	}
	let placed = 0;
	for (let width = stepSize; width < n; width *= 2) {
		const target = new Array<T>(n);
		for (let low = 0; low < n; low += 2 * width) {
			const middle = Math.min(low + width, n);
			const high = Math.min(low + 2 * width, n);
			let left = low;
			let right = middle;
			for (let out = low; out < high; out++) {
				// Ties take the left element: the merge keeps the order of equal elements.
				if (right >= high || (left < middle && compare(source[left] as T, source[right] as T) <= 0)) target[out] = source[left++] as T;
				else target[out] = source[right++] as T;
				if (++placed === stepSize) {
					placed = 0;
					yield;
				}
			}
		}
		source = target;
	}
	return source;
}
