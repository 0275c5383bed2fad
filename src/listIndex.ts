/**
 * Appends `value` to the list stored under `key`, creating it on first use. In place: copying the list on each
 * append would make building an index quadratic in its longest list.
 */
export function appendTo<K, V>(index: Map<K, V[]>, key: K, value: V): void {
  const list = index.get(key);
  if (list) list.push(value);
  else index.set(key, [value]);
}

/** First index in `[lo, hi)` for which `before(index)` is false; `before` must be true then false along the range. */
export function partitionPoint(lo: number, hi: number, before: (index: number) => boolean): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
