import fc from 'fast-check';
import { PublishedClusters } from '../../src/merge/PublishedClusters';

interface Node {
  id: string;
  root: number;
  baseId: string;
}
interface Cluster {
  members: number[];
  baseId: string;
  /** What prepare gives as the base id: what the cluster's members say now. */
  wants: string;
  node?: Node;
}

/** The full merge's numbering: in root order, each base id extended by the suffix until it is free. */
function numberedFromScratch(clusters: Map<number, Cluster>, suffix: string): { id: string; root: number }[] {
  const used = new Set<string>();
  return [...clusters.keys()].sort((a, b) => a - b).map((root) => {
    let id = clusters.get(root)!.wants;
    while (used.has(id)) id += suffix;
    used.add(id);
    return { id, root };
  });
}

// Base ids from a small alphabet that includes the suffix, so that clusters often share an id or take one another's.
const baseId = fc.constantFrom('s:a', 's:a', 's:ax', 's:axx', 's:b', 's:bx', 's:x');
const step = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), baseId }),
  // A regrouping makes a member of an older cluster the root of a new one, below roots already listed.
  fc.record({ kind: fc.constant('regroup' as const), pick: fc.nat(), baseId }),
  fc.record({ kind: fc.constant('change' as const), pick: fc.nat(), baseId }),
  fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
);

test('published ids and lists equal a numbering from scratch after every change, as clusters come, change and go', () => {
  fc.assert(
    fc.property(fc.array(fc.array(step, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 25 }), (publishes) => {
      const published = new PublishedClusters<Node>('x');
      const clusters = new Map<number, Cluster>();
      let next = 0;
      for (const steps of publishes) {
        const dirty = new Set<number>();
        const gone = new Set<number>();
        for (const s of steps) {
          const roots = [...clusters.keys()];
          if (s.kind === 'add') {
            clusters.set(next, { members: [next], baseId: '', wants: s.baseId });
            dirty.add(next++);
          } else if (s.kind === 'regroup') {
            const free = Array.from({ length: next }, (_, i) => i).filter((i) => !clusters.has(i));
            if (free.length === 0) continue;
            const root = free[s.pick % free.length];
            clusters.set(root, { members: [root], baseId: '', wants: s.baseId });
            dirty.add(root);
            gone.delete(root);
          } else if (roots.length > 0) {
            const root = roots[s.pick % roots.length];
            if (s.kind === 'change') {
              clusters.get(root)!.wants = s.baseId;
              dirty.add(root);
            } else {
              clusters.delete(root);
              dirty.delete(root);
              gone.add(root);
            }
          }
        }
        const roots = [...clusters.keys()].sort((a, b) => a - b);
        const list = published.publish(roots, clusters, dirty, gone, {
          prepare: (c) => c.wants,
          build: (id, c) => ({ id, root: c.members[0], baseId: c.baseId }),
          setNumbers: () => undefined,
        });
        expect(list.map((n) => ({ id: n.id, root: n.root }))).toEqual(numberedFromScratch(clusters, 'x'));
        expect(list.every((n) => n.baseId === clusters.get(n.root)!.wants)).toBe(true);
      }
    }),
    { numRuns: 300 },
  );
});
