import type { Span } from '../nlp/types';

/**
 * Spans sorted by start, with the ones inside a range found by binary search: the per-sentence and
 * per-clause look-ups of extraction stay proportional to what they find, not to the article's length.
 */
export class SpanIndex<T extends Span> {
  private readonly sorted: T[];

  constructor(spans: readonly T[]) {
    this.sorted = [...spans].sort((a, b) => a.start - b.start);
  }

  /** Spans lying wholly within [start, end), in text order. */
  within(start: number, end: number): T[] {
    const out: T[] = [];
    for (let i = this.firstFrom(start); i < this.sorted.length && this.sorted[i].start < end; i++) {
      if (this.sorted[i].end <= end) out.push(this.sorted[i]);
    }
    return out;
  }

  /** The span containing `pos`, for spans that do not overlap one another (such as top-level quotes). */
  containing(pos: number): T | undefined {
    const i = this.firstFrom(pos + 1) - 1;
    const span = this.sorted[i];
    return span && span.start <= pos && pos < span.end ? span : undefined;
  }

  /** Index of the first span starting at or after `pos`. */
  private firstFrom(pos: number): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid].start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
