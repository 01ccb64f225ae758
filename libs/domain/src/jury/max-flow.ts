/**
 * Dinic's maximum flow on an integer network. Small and allocation-light: edges live in parallel
 * arrays, the reverse of edge `e` is `e ^ 1`. Adjacency is walked in insertion order, so the flow
 * found is a deterministic function of the order in which edges were added.
 */
export class FlowNetwork {
  private readonly firstEdge: number[];
  private readonly lastEdge: number[];
  private readonly target: number[] = [];
  private readonly capacity: number[] = [];
  private readonly nextEdge: number[] = [];
  private readonly initial: number[] = [];
  private readonly level: Int32Array;
  private readonly cursor: Int32Array;

  constructor(readonly nodeCount: number) {
    this.firstEdge = new Array<number>(nodeCount).fill(-1);
    this.lastEdge = new Array<number>(nodeCount).fill(-1);
    this.level = new Int32Array(nodeCount);
    this.cursor = new Int32Array(nodeCount);
  }

  /** Adds `from → to` with `capacity`; returns the edge id for {@link flowOn}. */
  addEdge(from: number, to: number, capacity: number): number {
    const id = this.target.length;
    this.append(from, to, capacity);
    this.append(to, from, 0);
    return id;
  }

  private append(from: number, to: number, capacity: number): void {
    const id = this.target.length;
    this.target.push(to);
    this.capacity.push(capacity);
    this.initial.push(capacity);
    this.nextEdge.push(-1);
    if (this.lastEdge[from] === -1) this.firstEdge[from] = id;
    else this.nextEdge[this.lastEdge[from] as number] = id;
    this.lastEdge[from] = id;
  }

  flowOn(edge: number): number {
    return (this.initial[edge] as number) - (this.capacity[edge] as number);
  }

  /** Augments from `source` to `sink` until no path is left; returns the flow added. */
  maxFlow(source: number, sink: number): number {
    let total = 0;
    while (this.buildLevels(source, sink)) {
      for (let node = 0; node < this.nodeCount; node++)
        this.cursor[node] = this.firstEdge[node] as number;
      for (;;) {
        const pushed = this.augment(source, sink, Number.MAX_SAFE_INTEGER);
        if (pushed === 0) break;
        total += pushed;
      }
    }
    return total;
  }

  /** Nodes reachable from `source` in the residual network: the source side of a minimum cut. */
  residualReachable(source: number): boolean[] {
    const seen = new Array<boolean>(this.nodeCount).fill(false);
    const stack = [source];
    seen[source] = true;
    while (stack.length > 0) {
      const node = stack.pop() as number;
      for (
        let edge = this.firstEdge[node] as number;
        edge !== -1;
        edge = this.nextEdge[edge] as number
      ) {
        const next = this.target[edge] as number;
        if ((this.capacity[edge] as number) > 0 && !seen[next]) {
          seen[next] = true;
          stack.push(next);
        }
      }
    }
    return seen;
  }

  private buildLevels(source: number, sink: number): boolean {
    this.level.fill(-1);
    this.level[source] = 0;
    const queue = [source];
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head] as number;
      for (
        let edge = this.firstEdge[node] as number;
        edge !== -1;
        edge = this.nextEdge[edge] as number
      ) {
        const next = this.target[edge] as number;
        if ((this.capacity[edge] as number) > 0 && this.level[next] === -1) {
          this.level[next] = (this.level[node] as number) + 1;
          queue.push(next);
        }
      }
    }
    return this.level[sink] !== -1;
  }

  private augment(node: number, sink: number, limit: number): number {
    if (node === sink) return limit;
    for (
      ;
      this.cursor[node] !== -1;
      this.cursor[node] = this.nextEdge[this.cursor[node] as number] as number
    ) {
      const edge = this.cursor[node] as number;
      const next = this.target[edge] as number;
      const residual = this.capacity[edge] as number;
      if (residual > 0 && this.level[next] === (this.level[node] as number) + 1) {
        const pushed = this.augment(next, sink, Math.min(limit, residual));
        if (pushed > 0) {
          this.capacity[edge] = residual - pushed;
          this.capacity[edge ^ 1] = (this.capacity[edge ^ 1] as number) + pushed;
          return pushed;
        }
      }
    }
    return 0;
  }
}
