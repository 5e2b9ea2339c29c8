// Union-find over an article's candidates: each cluster is one actor.

export class Clusters {
  // a packed array grown by push: a typed array costs more to make for the few candidates of an article
  private parent: number[] = [];
  constructor(n: number) {
    for (let i = 0; i < n; i++) this.parent.push(i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]!]!;
      i = this.parent[i]!;
    }
    return i;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}
