import { OverlayMap } from '../../src/ontology/OverlayMap';

/** Every key a test may have used, read through `get`: the whole content of a version as one value. */
function contentOf(map: OverlayMap<string, number>, keys: number): Record<string, number | undefined> {
  return Object.fromEntries(Array.from({ length: keys }, (_, k) => [`k${k}`, map.get(`k${k}`)]));
}

describe('OverlayMap', () => {
  test('a new version sees its changes and deletions; the version it was made from is unchanged', () => {
    const first = OverlayMap.of(new Map([['a', 1], ['b', 2]]));
    const second = first.with(new Map([['b', 20], ['c', 30], ['a', undefined]]));
    expect([second.get('a'), second.get('b'), second.get('c'), second.has('a')]).toEqual([undefined, 20, 30, false]);
    expect([first.get('a'), first.get('b'), first.get('c'), first.has('c')]).toEqual([1, 2, undefined, false]);
  });

  test('a key deleted and then set again is there, in the version that set it only', () => {
    const first = OverlayMap.of(new Map([['a', 1]]));
    const gone = first.with(new Map([['a', undefined]]));
    const back = gone.with(new Map([['a', 3]]));
    expect([first.get('a'), gone.get('a'), back.get('a')]).toEqual([1, undefined, 3]);
  });

  test('after thousands of versions, each version still answers as a plain map of its time, with few maps to read', () => {
    const keys = 400;
    const truth = new Map<string, number>(Array.from({ length: keys / 2 }, (_, k) => [`k${k}`, k]));
    let map = OverlayMap.of(new Map(truth));
    const kept: { map: OverlayMap<string, number>; content: Record<string, number | undefined> }[] = [];
    // A fixed pseudo-random walk, so a failure can be replayed.
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    let deepest = 0;
    let wrong = 0;
    for (let version = 1; version <= 3000; version++) {
      const changes = new Map<string, number | undefined>();
      const count = 1 + (next() % 12);
      for (let c = 0; c < count; c++) {
        const key = `k${next() % keys}`;
        const value = next() % 5 === 0 ? undefined : version;
        changes.set(key, value);
        if (value === undefined) truth.delete(key);
        else truth.set(key, value);
      }
      map = map.with(changes);
      deepest = Math.max(deepest, map.depth);
      for (let k = 0; k < keys; k++) if (map.get(`k${k}`) !== truth.get(`k${k}`)) wrong++;
      if (version % 250 === 0) kept.push({ map, content: contentOf(map, keys) });
    }
    expect(wrong).toBe(0);
    // Older versions, whose layers later versions folded together and flattened, answer as they did.
    for (const { map: old, content } of kept) expect(contentOf(old, keys)).toEqual(content);
    expect(deepest).toBeLessThanOrEqual(8);
  });

  test('a version with no changes is the same version', () => {
    const first = OverlayMap.of(new Map([['a', 1]]));
    expect(first.with(new Map())).toBe(first);
  });
});
