/*
 * The remarks of one extracted statement (its passages) are compared apart, but they stay one Statement
 * unless that would put two different quotes of other sources in it: an outlet that gives two passages of
 * one remark keeps them together, and three outlets that each quote the same two passages get two
 * Statements. The grouping is a function of the remark clusters alone, so the batch and the incremental
 * merge, which have the same clusters, get the same Statements.
 */

/**
 * Groups remark clusters (by root) that share a told statement, taking the roots in ascending order: each
 * joins the first earlier group it has a sibling in and is cohesive with, else starts one. `siblingRoots`
 * gives the roots of the clusters holding remarks told with any member of a cluster.
 */
export function groupSiblingRemarks(
  roots: readonly number[],
  siblingRoots: (root: number) => Iterable<number>,
  cohesive: (group: readonly number[], root: number) => boolean,
): number[][] {
  const groups: number[][] = [];
  const groupOf = new Map<number, number>();
  for (const root of [...roots].sort((a, b) => a - b)) {
    const candidates = new Set<number>();
    for (const other of siblingRoots(root)) {
      const g = groupOf.get(other);
      if (g !== undefined) candidates.add(g);
    }
    const chosen = [...candidates].sort((a, b) => a - b).find((g) => cohesive(groups[g], root));
    if (chosen === undefined) groupOf.set(root, groups.push([root]) - 1);
    else {
      groups[chosen].push(root);
      groupOf.set(root, chosen);
    }
  }
  return groups;
}

/** The roots reachable from `start` through sibling remarks: the part of the grouping a change can move. */
export function siblingComponent(start: Iterable<number>, siblingRoots: (root: number) => Iterable<number>): number[] {
  const seen = new Set<number>(start);
  const queue = [...seen];
  while (queue.length > 0) {
    for (const other of siblingRoots(queue.pop()!)) {
      if (!seen.has(other)) {
        seen.add(other);
        queue.push(other);
      }
    }
  }
  return [...seen].sort((a, b) => a - b);
}
