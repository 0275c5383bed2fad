/** Marks a key deleted in a layer, hiding the value an older layer or the base has for it. */
const GONE: unique symbol = Symbol('gone');

type Layer<K, V> = ReadonlyMap<K, V | typeof GONE>;

/**
 * An immutable map whose versions share structure: a version is a base map plus a short stack of layers, each
 * holding the changes of one or more versions, so making a version costs about its own changes rather than a copy
 * of everything. The stack is kept short the way a log-structured merge is: a new layer is folded into the one
 * below it while that one is at most twice its size, so the layers grow geometrically towards the base and there
 * are at most about log2(changes) of them; once the layers hold half as many entries as the base, everything is
 * flattened into a new base. Both copies are paid for by the changes that made them necessary, so a version
 * costs amortised O(changes · log changes), and a lookup reads at most a few maps. No map is changed once a
 * version holds it, so every older version keeps answering as it did.
 */
export class OverlayMap<K, V> {
  private constructor(
    private readonly base: ReadonlyMap<K, V>,
    /** Oldest first. */
    private readonly layers: readonly Layer<K, V>[],
  ) {}

  /** A first version holding the entries of `entries`, which the caller must not change afterwards. */
  static of<K, V>(entries: ReadonlyMap<K, V>): OverlayMap<K, V> {
    return new OverlayMap(entries, []);
  }

  /** Values are never undefined: undefined means the key is absent. */
  get(key: K): V | undefined {
    for (let i = this.layers.length - 1; i >= 0; i--) {
      const value = this.layers[i].get(key);
      if (value !== undefined) return value === GONE ? undefined : value;
    }
    return this.base.get(key);
  }

  has(key: K): boolean {
    return this.get(key) !== undefined;
  }

  /** How many maps a lookup may read: the base and the layers. */
  get depth(): number {
    return this.layers.length + 1;
  }

  /**
   * The next version: this one with `changes` applied, where an undefined value deletes the key. This version
   * is left as it is.
   */
  with(changes: ReadonlyMap<K, V | undefined>): OverlayMap<K, V> {
    if (changes.size === 0) return this;
    const layers = [...this.layers];
    let top: Map<K, V | typeof GONE> = new Map();
    for (const [key, value] of changes) top.set(key, value === undefined ? GONE : value);
    while (layers.length > 0 && layers[layers.length - 1].size <= 2 * top.size) {
      const below = new Map(layers.pop()!);
      for (const [key, value] of top) below.set(key, value);
      top = below;
    }
    layers.push(top);
    const layered = layers.reduce((sum, layer) => sum + layer.size, 0);
    if (2 * layered < this.base.size) return new OverlayMap(this.base, layers);
    const base = new Map(this.base);
    for (const layer of layers) {
      for (const [key, value] of layer) {
        if (value === GONE) base.delete(key);
        else base.set(key, value);
      }
    }
    return new OverlayMap(base, []);
  }
}
