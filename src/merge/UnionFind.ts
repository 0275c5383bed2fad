import { appendTo } from '../listIndex';

/** Disjoint sets over 0..n-1, for clustering pairwise "same thing" judgements. */
export class UnionFind {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  /** A new singleton set; its index is the next one. */
  add(): number {
    this.parent.push(this.parent.length);
    return this.parent.length - 1;
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]];
      i = this.parent[i];
    }
    return i;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    // The lower index stays the root so that cluster order follows input order.
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  groups(): number[][] {
    const byRoot = new Map<number, number[]>();
    this.parent.forEach((_, i) => {
      const r = this.find(i);
      appendTo(byRoot, r, i);
    });
    return [...byRoot.values()];
  }
}
