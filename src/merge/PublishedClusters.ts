import { partitionPoint } from '../listIndex';

/** A union-find cluster as IncrementalMerge keeps it: its members, its base id, and its last published node. */
interface Cluster<N> {
  members: number[];
  baseId: string;
  node?: N;
}

/** How one publish builds the nodes of the clusters it rebuilds. */
export interface ClusterBuild<N, C extends Cluster<N>> {
  /** Readies a changed cluster for building and gives its base id. */
  prepare: (cluster: C) => string;
  build: (id: string, cluster: C) => N;
  /** Told every node id that is published (with its node) or withdrawn (undefined). */
  setNumbers: (id: string, node: N | undefined) => void;
}

/**
 * The nodes of a set of clusters in root order (the order of their first occurrence, as the full merge lists
 * them), with ids deduplicated in that order by appending `suffix` until the id is free, as the full merge does.
 * Kept between publishes so that a publish costs what changed: a cluster's id can only depend on the clusters
 * whose base ids lead to the same ids, those that are equal once every trailing `suffix` is cut (a family), so
 * only the families of changed clusters are numbered again, and the list is patched where its roots are the same.
 */
export class PublishedClusters<N extends { id: string }> {
  private readonly rootsOfFamily = new Map<string, number[]>();
  private readonly familyOfRoot = new Map<number, string>();
  private list: N[] = [];
  private lastRoot = -1;

  constructor(private readonly suffix: string) {}

  private family(id: string): string {
    while (id.endsWith(this.suffix)) id = id.slice(0, -this.suffix.length);
    return id;
  }

  /**
   * The nodes of `clusters` listed by `roots` (every root, ascending), given the roots whose clusters changed
   * (`dirty`) or went (`gone`) since the last publish; clusters new since then must be among the dirty ones.
   */
  publish<C extends Cluster<N>>(roots: readonly number[], clusters: ReadonlyMap<number, C>, dirty: ReadonlySet<number>, gone: ReadonlySet<number>, how: ClusterBuild<N, C>): N[] {
    const families = new Set<string>();
    // A root that goes before it was ever published (a new telling merged into an older cluster) was not listed.
    const listedGone = [...gone].some((root) => this.familyOfRoot.has(root));
    for (const root of [...dirty, ...gone]) {
      const family = this.familyOfRoot.get(root);
      if (family === undefined) continue;
      const members = this.rootsOfFamily.get(family)!;
      members.splice(members.indexOf(root), 1);
      if (members.length === 0) this.rootsOfFamily.delete(family);
      this.familyOfRoot.delete(root);
      families.add(family);
    }
    for (const root of dirty) {
      const cluster = clusters.get(root);
      if (cluster === undefined) continue;
      cluster.baseId = how.prepare(cluster);
      const family = this.family(cluster.baseId);
      const members = this.rootsOfFamily.get(family);
      if (members === undefined) this.rootsOfFamily.set(family, [root]);
      else members.splice(partitionPoint(0, members.length, (i) => members[i] <= root), 0, root);
      this.familyOfRoot.set(root, family);
      families.add(family);
    }
    const rebuilt: number[] = [];
    for (const family of families) {
      const used = new Set<string>();
      for (const root of this.rootsOfFamily.get(family) ?? []) {
        const cluster = clusters.get(root)!;
        let id = cluster.baseId;
        while (used.has(id)) id += this.suffix;
        used.add(id);
        if (dirty.has(root) || cluster.node === undefined || cluster.node.id !== id) {
          if (cluster.node) how.setNumbers(cluster.node.id, undefined);
          cluster.node = how.build(id, cluster);
          how.setNumbers(id, cluster.node);
          rebuilt.push(root);
        }
      }
    }
    const kept = this.list.length;
    if (!listedGone && roots.length >= kept && (kept === 0 || roots[kept - 1] === this.lastRoot)) {
      // The roots listed before are still the first ones: replace what was rebuilt, append the rest.
      const list = this.list.slice();
      for (const root of rebuilt) {
        const at = partitionPoint(0, roots.length, (i) => roots[i] <= root) - 1;
        if (at < kept) list[at] = clusters.get(root)!.node!;
      }
      for (let i = kept; i < roots.length; i++) list.push(clusters.get(roots[i])!.node!);
      this.list = list;
    } else {
      this.list = roots.map((root) => clusters.get(root)!.node!);
    }
    this.lastRoot = roots.length > 0 ? roots[roots.length - 1] : -1;
    return this.list;
  }
}
