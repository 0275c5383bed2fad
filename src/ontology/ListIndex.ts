import { partitionPoint } from '../listIndex';

/** A value a list is ordered by; `undefined` (a missing date, say) sorts last in both directions. */
export type SortValue = string | number | undefined;
export type OrderDirection = 'ASC' | 'DESC';

export interface Ordering<F extends string> {
  field: F;
  direction: OrderDirection;
}

/** Strings by code unit (callers fold names first), so the order is the same on every machine and locale. */
function compareDefined(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const x = String(a);
  const y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

interface Sorted<T> {
  items: readonly T[];
  /** id → index in `items`. */
  ranks: Map<string, number>;
}

/**
 * One top-level list of the ontology with its orderings: each ordering is sorted once, on first use, and kept
 * for the life of the store (one ontology version). Ties keep the list's own order, in both directions, so
 * every ordering is total and a cursor (an id) has exactly one place in it.
 */
export class ListIndex<T extends { id: string }, F extends string> {
  private readonly positions: Map<string, number>;
  private readonly sorted = new Map<string, Sorted<T>>();

  constructor(
    readonly items: readonly T[],
    private readonly keys: Record<F, (item: T) => SortValue>,
  ) {
    this.positions = new Map(items.map((item, position) => [item.id, position]));
  }

  /** Where the item with `id` stands in the list's own order. */
  position(id: string): number | undefined {
    return this.positions.get(id);
  }

  /** The whole list in `order`, or in its own order when there is none. */
  ordered(order?: Ordering<F>): readonly T[] {
    return order === undefined ? this.items : this.sortedBy(order).items;
  }

  /** Where the item with `id` stands in `order`; undefined when it is not in this list. */
  rank(id: string, order?: Ordering<F>): number | undefined {
    return order === undefined ? this.positions.get(id) : this.sortedBy(order).ranks.get(id);
  }

  /** Items whose `field` lies within [from, to] (a missing bound is open), in ascending order of `field`. */
  range(field: F, from: SortValue, to: SortValue): readonly T[] {
    const { items } = this.sortedBy({ field, direction: 'ASC' });
    const key = this.keys[field];
    const defined = partitionPoint(0, items.length, (i) => key(items[i]) !== undefined);
    const start = from === undefined ? 0 : partitionPoint(0, defined, (i) => compareDefined(key(items[i])!, from) < 0);
    const end = to === undefined ? defined : partitionPoint(start, defined, (i) => compareDefined(key(items[i])!, to) <= 0);
    return items.slice(start, end);
  }

  private sortedBy({ field, direction }: Ordering<F>): Sorted<T> {
    const name = `${field} ${direction}`;
    let sorted = this.sorted.get(name);
    if (sorted === undefined) {
      const key = this.keys[field];
      const sign = direction === 'ASC' ? 1 : -1;
      const keyed = this.items.map((item, position) => ({ item, position, value: key(item) }));
      keyed.sort((a, b) => {
        if (a.value === undefined || b.value === undefined) {
          if (a.value !== b.value) return a.value === undefined ? 1 : -1;
        } else {
          const c = compareDefined(a.value, b.value);
          if (c !== 0) return sign * c;
        }
        return a.position - b.position;
      });
      const items = keyed.map((k) => k.item);
      sorted = { items, ranks: new Map(items.map((item, rank) => [item.id, rank])) };
      this.sorted.set(name, sorted);
    }
    return sorted;
  }
}
