import type { JudgeEntryPair } from './conflicts';
import { FlowNetwork } from './max-flow';
import { seededRandom, shuffled } from './seeded-random';

/**
 * Automatic assignment of a round's entries to judges: every entry gets exactly `judgesPerEntry`
 * distinct judges of its category's panel (tiểu ban), never one with a conflict of interest, and the
 * load is as even as the conflicts allow. Solved exactly with maximum flow; the answer is either a
 * complete assignment or the list of entries that cannot be covered, never a partial one.
 */

/** The panel id reported when the round has no panels: all judges score every category. */
export const ALL_JUDGES_PANEL_ID = '*';

/**
 * The tie-breaking seed when none is given, here and in the API (which always used 2020), so the
 * same round assigns the same way whoever calls the solver.
 */
export const DEFAULT_ASSIGNMENT_SEED = 2020;

export interface AssignmentEntry {
  id: string;
  categoryId: string;
}

export interface AssignmentPanel {
  id: string;
  /** A category belongs to at most one panel. */
  categoryIds: readonly string[];
  judgeIds: readonly string[];
}

export interface AssignmentProblem {
  entries: readonly AssignmentEntry[];
  /** The round's panels; when empty, `judgeIds` form one panel for every category. */
  panels: readonly AssignmentPanel[];
  /** Every judge of the round: the single panel when there are no panels, and reported in `loads`. */
  judgeIds?: readonly string[];
  /** k: distinct judges per entry, counting the fixed ones. */
  judgesPerEntry: number;
  /** Pairs that must never be assigned (see `findConflicts`); extra fields are ignored. */
  conflicts?: readonly JudgeEntryPair[];
  /** Existing assignments to keep: they count toward the entry's k and the judge's load. */
  fixed?: readonly JudgeEntryPair[];
  /** Optional cap on a judge's total load (fixed included). */
  maxLoadPerJudge?: number;
  /** Optional per-judge caps (a judge available for fewer works); the smaller cap wins. */
  judgeCapacity?: Readonly<Record<string, number>>;
  /**
   * Tie-breaking seed, `DEFAULT_ASSIGNMENT_SEED` when unset: the same problem and seed give the same
   * answer.
   */
  seed?: number;
}

export type UncoveredReason = 'NO_PANEL' | 'TOO_FEW_ELIGIBLE_JUDGES' | 'CAPACITY';

export interface UncoveredEntry {
  entryId: string;
  reason: UncoveredReason;
  /** Judges of the entry's panel without a conflict with it. */
  eligibleJudges: number;
  /** Judges the entry needs in all (k). */
  needed: number;
  /** `CAPACITY` only: the judges these entries compete for, all at their load cap. */
  bottleneckJudges?: string[];
}

export type InvalidFixedProblem =
  | 'UNKNOWN_ENTRY'
  | 'NOT_IN_PANEL'
  | 'CONFLICT'
  | 'DUPLICATE'
  | 'MORE_THAN_NEEDED';

export interface InvalidFixedAssignment extends JudgeEntryPair {
  problem: InvalidFixedProblem;
}

export interface PanelBalance {
  panelId: string;
  minLoad: number;
  maxLoad: number;
  /**
   * max − min ≤ 1. When false, no valid assignment is that even: `maxLoad` is then the smallest
   * possible largest load, and `minLoad` the largest possible smallest load under it.
   */
  balanced: boolean;
}

export interface SolvedAssignment extends JudgeEntryPair {
  /** Kept from `fixed`, not added by the solver. */
  fixed: boolean;
}

export type AssignmentResult =
  | {
      feasible: true;
      /** Fixed and new pairs, by entry in input order. */
      assignments: SolvedAssignment[];
      /** Total load (fixed included) of every judge of the round or of a panel. */
      loads: Record<string, number>;
      balance: PanelBalance[];
    }
  | {
      feasible: false;
      /** Entries in input order; empty when the problem stopped at `invalidFixed`. */
      uncovered: UncoveredEntry[];
      /** Fixed pairs that cannot be kept; when any, nothing else is solved. */
      invalidFixed: InvalidFixedAssignment[];
    };

/** Entries (by index) and judges of panels linked by shared judges: their loads are one problem. */
interface PanelGroup {
  panelIndexes: number[];
  judgeIds: string[];
  entryIndexes: number[];
}

interface GroupNetworkInput {
  /** Judge ids in this group, their load already fixed, and their cap (≥ the fixed load). */
  judgeIds: readonly string[];
  fixedLoad: readonly number[];
  cap: readonly number[];
  /** Entry indexes in the (shuffled) order the network is built, need = k − fixed. */
  entries: readonly number[];
  need: ReadonlyMap<number, number>;
  /** Allowed, not yet assigned, judges (local indexes, shuffled) per entry index. */
  candidates: ReadonlyMap<number, readonly number[]>;
  /** Node order of judges (local indexes, shuffled). */
  judgeOrder: readonly number[];
}

interface FlowOutcome {
  ok: boolean;
  /** Entry index → local judge indexes added. */
  added: Map<number, number[]>;
  /** When not ok after a flow: entries and judges on the source side of the minimum cut. */
  cutEntries: number[];
  cutJudges: number[];
}

const SUPER_SOURCE = 0;
const SUPER_SINK = 1;
const SINK = 2;

/**
 * Is there an assignment giving every judge a total load within [lower, upper] (clipped to the
 * judge's cap)? Lower bounds use the standard reduction: judge → sink keeps `u − l`, the `l` part
 * goes straight to a super sink, the sink gets `Σl` from a super source and returns the entries'
 * demand; feasible exactly when the super source is saturated.
 */
function solveGroup(input: GroupNetworkInput, lower: number, upper: number): FlowOutcome {
  const failed: FlowOutcome = { ok: false, added: new Map(), cutEntries: [], cutJudges: [] };
  const judgeCount = input.judgeIds.length;
  const lowers: number[] = [];
  const uppers: number[] = [];
  for (let j = 0; j < judgeCount; j++) {
    const fixed = input.fixedLoad[j] as number;
    const u = Math.min(upper, input.cap[j] as number) - fixed;
    const l = Math.max(0, lower - fixed);
    if (u < 0 || l > u) return failed;
    lowers.push(l);
    uppers.push(u);
  }
  const demand = input.entries.reduce((sum, entry) => sum + (input.need.get(entry) as number), 0);
  const lowerSum = lowers.reduce((sum, l) => sum + l, 0);
  if (lowerSum > demand) return failed;

  const entryNode = new Map<number, number>();
  input.entries.forEach((entry, position) => entryNode.set(entry, 3 + position));
  const judgeNode = new Array<number>(judgeCount);
  input.judgeOrder.forEach(
    (judge, position) => (judgeNode[judge] = 3 + input.entries.length + position),
  );
  const network = new FlowNetwork(3 + input.entries.length + judgeCount);
  if (lowerSum > 0) network.addEdge(SUPER_SOURCE, SINK, lowerSum);
  const pairEdges: { entry: number; judge: number; edge: number }[] = [];
  for (const entry of input.entries) {
    const node = entryNode.get(entry) as number;
    network.addEdge(SUPER_SOURCE, node, input.need.get(entry) as number);
    for (const judge of input.candidates.get(entry) ?? []) {
      pairEdges.push({ entry, judge, edge: network.addEdge(node, judgeNode[judge] as number, 1) });
    }
  }
  for (const judge of input.judgeOrder) {
    const node = judgeNode[judge] as number;
    if ((uppers[judge] as number) > (lowers[judge] as number))
      network.addEdge(node, SINK, (uppers[judge] as number) - (lowers[judge] as number));
    if ((lowers[judge] as number) > 0) network.addEdge(node, SUPER_SINK, lowers[judge] as number);
  }
  network.addEdge(SINK, SUPER_SINK, demand);

  if (network.maxFlow(SUPER_SOURCE, SUPER_SINK) < demand + lowerSum) {
    const reachable = network.residualReachable(SUPER_SOURCE);
    return {
      ok: false,
      added: new Map(),
      cutEntries: input.entries.filter((entry) => reachable[entryNode.get(entry) as number]),
      cutJudges: input.judgeOrder.filter((judge) => reachable[judgeNode[judge] as number]),
    };
  }
  const added = new Map<number, number[]>();
  for (const { entry, judge, edge } of pairEdges) {
    if (network.flowOn(edge) > 0) added.set(entry, [...(added.get(entry) ?? []), judge]);
  }
  return { ok: true, added, cutEntries: [], cutJudges: [] };
}

/**
 * Smallest value in [low, high] where the monotone `test` holds, given that it holds at `high`:
 * galloping up from `low` (the answer is usually close to it), then bisection.
 */
function smallestPassing(low: number, high: number, test: (value: number) => boolean): number {
  let failed = low - 1;
  let candidate = low;
  for (let step = 1; candidate < high && !test(candidate); step *= 2) {
    failed = candidate;
    candidate = Math.min(high, candidate + step);
  }
  let bottom = failed + 1;
  let top = candidate;
  while (bottom < top) {
    const middle = Math.floor((bottom + top) / 2);
    if (test(middle)) top = middle;
    else bottom = middle + 1;
  }
  return top;
}

class DisjointSets {
  private readonly parent: number[];

  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, index) => index);
  }

  find(index: number): number {
    let root = index;
    while (this.parent[root] !== root) root = this.parent[root] as number;
    return root;
  }

  union(a: number, b: number): void {
    const rootA = this.find(a);
    const rootB = this.find(b);
    if (rootA !== rootB) this.parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
  }
}

function validateShape(problem: AssignmentProblem, panels: readonly AssignmentPanel[]): void {
  const k = problem.judgesPerEntry;
  if (!Number.isInteger(k) || k < 1)
    throw new RangeError(`judgesPerEntry must be a positive integer, got ${k}`);
  const entryIds = new Set<string>();
  for (const entry of problem.entries) {
    if (entryIds.has(entry.id)) throw new RangeError(`duplicate entry ${entry.id}`);
    entryIds.add(entry.id);
  }
  const categoryPanel = new Map<string, string>();
  for (const panel of panels) {
    for (const categoryId of panel.categoryIds) {
      const other = categoryPanel.get(categoryId);
      if (other !== undefined && other !== panel.id)
        throw new RangeError(`category ${categoryId} is in panels ${other} and ${panel.id}`);
      categoryPanel.set(categoryId, panel.id);
    }
  }
  const caps = [problem.maxLoadPerJudge, ...Object.values(problem.judgeCapacity ?? {})];
  for (const cap of caps) {
    if (cap !== undefined && !(Number.isInteger(cap) && cap >= 0))
      throw new RangeError(`a load cap must be a non-negative integer, got ${cap}`);
  }
}

/**
 * Solves the assignment problem. Panels that share a judge are solved together (that judge's
 * load is one number); otherwise each panel is balanced on its own:
 * 1. the per-entry checks (`NO_PANEL`, `TOO_FEW_ELIGIBLE_JUDGES`), then a max-flow with only the
 *    caps; a shortfall names the source side of the minimum cut (`CAPACITY`);
 * 2. with T = k × entries and n judges, loads within [⌊T/n⌋, ⌈T/n⌉] (max − min ≤ 1) if any
 *    assignment allows it; otherwise the smallest feasible max load U (binary search), then the
 *    largest feasible min load under U.
 * Ties are broken by a seeded shuffle of entries, judges and candidate lists.
 */
export function solveAssignments(problem: AssignmentProblem): AssignmentResult {
  const k = problem.judgesPerEntry;
  const allJudgeIds = [...new Set(problem.judgeIds ?? [])];
  const panels: readonly AssignmentPanel[] =
    problem.panels.length > 0
      ? problem.panels
      : [
          {
            id: ALL_JUDGES_PANEL_ID,
            categoryIds: [...new Set(problem.entries.map((entry) => entry.categoryId))],
            judgeIds: allJudgeIds,
          },
        ];
  validateShape(problem, panels);
  const random = seededRandom(problem.seed ?? DEFAULT_ASSIGNMENT_SEED);

  const panelJudges = panels.map((panel) => [...new Set(panel.judgeIds)]);
  const panelJudgeSets = panelJudges.map((ids) => new Set(ids));
  const panelOfCategory = new Map<string, number>();
  panels.forEach((panel, index) =>
    panel.categoryIds.forEach((categoryId) => panelOfCategory.set(categoryId, index)),
  );
  const entryIndexById = new Map(problem.entries.map((entry, index) => [entry.id, index] as const));
  const panelOfEntry = problem.entries.map((entry) => panelOfCategory.get(entry.categoryId));
  const conflicted = new Map<string, Set<string>>();
  for (const pair of problem.conflicts ?? []) {
    const set = conflicted.get(pair.entryId) ?? new Set<string>();
    set.add(pair.judgeId);
    conflicted.set(pair.entryId, set);
  }
  const isConflict = (judgeId: string, entryId: string) =>
    conflicted.get(entryId)?.has(judgeId) ?? false;

  // Fixed pairs must be valid to be kept; anything else is the caller's to settle first.
  const invalidFixed: InvalidFixedAssignment[] = [];
  const fixedByEntry = new Map<number, string[]>();
  for (const pair of problem.fixed ?? []) {
    const entryIndex = entryIndexById.get(pair.entryId);
    const panelIndex = entryIndex === undefined ? undefined : panelOfEntry[entryIndex];
    const kept = entryIndex === undefined ? [] : (fixedByEntry.get(entryIndex) ?? []);
    let problemCode: InvalidFixedProblem | null = null;
    if (entryIndex === undefined) problemCode = 'UNKNOWN_ENTRY';
    else if (panelIndex === undefined || !panelJudgeSets[panelIndex]?.has(pair.judgeId))
      problemCode = 'NOT_IN_PANEL';
    else if (isConflict(pair.judgeId, pair.entryId)) problemCode = 'CONFLICT';
    else if (kept.includes(pair.judgeId)) problemCode = 'DUPLICATE';
    else if (kept.length >= k) problemCode = 'MORE_THAN_NEEDED';
    if (problemCode !== null)
      invalidFixed.push({ judgeId: pair.judgeId, entryId: pair.entryId, problem: problemCode });
    else fixedByEntry.set(entryIndex as number, [...kept, pair.judgeId]);
  }
  if (invalidFixed.length > 0) return { feasible: false, uncovered: [], invalidFixed };

  // Per-entry checks.
  const uncovered = new Map<number, UncoveredEntry>();
  const eligibleOf = new Map<number, string[]>();
  problem.entries.forEach((entry, index) => {
    const panelIndex = panelOfEntry[index];
    if (panelIndex === undefined) {
      uncovered.set(index, { entryId: entry.id, reason: 'NO_PANEL', eligibleJudges: 0, needed: k });
      return;
    }
    const eligible = (panelJudges[panelIndex] as string[]).filter(
      (judgeId) => !isConflict(judgeId, entry.id),
    );
    eligibleOf.set(index, eligible);
    if (eligible.length < k) {
      uncovered.set(index, {
        entryId: entry.id,
        reason: 'TOO_FEW_ELIGIBLE_JUDGES',
        eligibleJudges: eligible.length,
        needed: k,
      });
    }
  });

  // Panels sharing a judge form one group.
  const sets = new DisjointSets(panels.length);
  const firstPanelOfJudge = new Map<string, number>();
  panelJudges.forEach((ids, panelIndex) =>
    ids.forEach((judgeId) => {
      const first = firstPanelOfJudge.get(judgeId);
      if (first === undefined) firstPanelOfJudge.set(judgeId, panelIndex);
      else sets.union(first, panelIndex);
    }),
  );
  const groupsByRoot = new Map<number, PanelGroup>();
  panels.forEach((_panel, panelIndex) => {
    const root = sets.find(panelIndex);
    const group = groupsByRoot.get(root) ?? { panelIndexes: [], judgeIds: [], entryIndexes: [] };
    group.panelIndexes.push(panelIndex);
    groupsByRoot.set(root, group);
  });
  const groups = [...groupsByRoot.values()];
  for (const group of groups) {
    group.judgeIds = [
      ...new Set(group.panelIndexes.flatMap((panelIndex) => panelJudges[panelIndex] as string[])),
    ];
    const inGroup = new Set(group.panelIndexes);
    group.entryIndexes = problem.entries
      .map((_entry, index) => index)
      .filter((index) => inGroup.has(panelOfEntry[index] ?? -1));
  }

  const judgeCapacity = new Map(Object.entries(problem.judgeCapacity ?? {}));
  const capOf = (judgeId: string, ceiling: number): number =>
    Math.min(ceiling, problem.maxLoadPerJudge ?? ceiling, judgeCapacity.get(judgeId) ?? ceiling);
  const solvedGroups: { input: GroupNetworkInput; outcome: FlowOutcome }[] = [];
  for (const group of groups) {
    const entries = group.entryIndexes.filter((index) => !uncovered.has(index));
    const localJudge = new Map(group.judgeIds.map((judgeId, index) => [judgeId, index] as const));
    const fixedLoad = group.judgeIds.map(() => 0);
    group.entryIndexes.forEach((index) =>
      (fixedByEntry.get(index) ?? []).forEach((judgeId) => {
        const local = localJudge.get(judgeId) as number;
        fixedLoad[local] = (fixedLoad[local] as number) + 1;
      }),
    );
    const ceiling = group.entryIndexes.length;
    const input: GroupNetworkInput = {
      judgeIds: group.judgeIds,
      fixedLoad,
      cap: group.judgeIds.map((judgeId, local) =>
        Math.max(capOf(judgeId, ceiling), fixedLoad[local] as number),
      ),
      entries: shuffled(entries, random),
      need: new Map(
        entries.map((index) => [index, k - (fixedByEntry.get(index)?.length ?? 0)] as const),
      ),
      candidates: new Map(
        entries.map((index) => {
          const fixed = fixedByEntry.get(index) ?? [];
          const free = (eligibleOf.get(index) ?? []).filter((judgeId) => !fixed.includes(judgeId));
          return [
            index,
            shuffled(
              free.map((judgeId) => localJudge.get(judgeId) as number),
              random,
            ),
          ] as const;
        }),
      ),
      judgeOrder: shuffled(
        group.judgeIds.map((_judgeId, index) => index),
        random,
      ),
    };
    const coverage = solveGroup(input, 0, ceiling);
    if (!coverage.ok) {
      const bottleneckJudges = coverage.cutJudges
        .map((local) => group.judgeIds[local] as string)
        .sort();
      for (const index of coverage.cutEntries) {
        const entry = problem.entries[index] as AssignmentEntry;
        uncovered.set(index, {
          entryId: entry.id,
          reason: 'CAPACITY',
          eligibleJudges: eligibleOf.get(index)?.length ?? 0,
          needed: k,
          bottleneckJudges,
        });
      }
    }
    solvedGroups.push({ input, outcome: coverage });
  }
  if (uncovered.size > 0) {
    return {
      feasible: false,
      uncovered: [...uncovered.keys()]
        .sort((a, b) => a - b)
        .map((index) => uncovered.get(index) as UncoveredEntry),
      invalidFixed: [],
    };
  }

  const newJudges = new Map<number, string[]>();
  for (const { input, outcome } of solvedGroups) {
    const judgeCount = input.judgeIds.length;
    let best = outcome;
    if (input.entries.length > 0) {
      const total = k * input.entries.length;
      const low = Math.floor(total / judgeCount);
      const high = Math.ceil(total / judgeCount);
      const even = solveGroup(input, low, high);
      if (even.ok) best = even;
      else {
        const ceiling = Math.max(...input.cap);
        const maxLoad = smallestPassing(high, ceiling, (upper) => solveGroup(input, 0, upper).ok);
        // No judge can get more than their fixed load plus the entries open to them.
        const reach = input.fixedLoad.slice();
        input.candidates.forEach((locals) =>
          locals.forEach((local) => (reach[local] = (reach[local] as number) + 1)),
        );
        const minCeiling = Math.min(low, ...reach, ...input.cap);
        const minLoad =
          low -
          smallestPassing(
            low - minCeiling,
            low,
            (drop) => solveGroup(input, low - drop, maxLoad).ok,
          );
        best = solveGroup(input, minLoad, maxLoad);
      }
    }
    best.added.forEach((locals, index) =>
      newJudges.set(
        index,
        locals.map((local) => input.judgeIds[local] as string),
      ),
    );
  }

  const loads = new Map<string, number>(
    [...allJudgeIds, ...panelJudges.flat()].map((judgeId) => [judgeId, 0]),
  );
  const assignments: SolvedAssignment[] = [];
  problem.entries.forEach((entry, index) => {
    const panelIndex = panelOfEntry[index] as number;
    const order = panelJudges[panelIndex] as string[];
    const fixed = fixedByEntry.get(index) ?? [];
    const added = [...(newJudges.get(index) ?? [])].sort(
      (a, b) => order.indexOf(a) - order.indexOf(b),
    );
    for (const judgeId of fixed) assignments.push({ judgeId, entryId: entry.id, fixed: true });
    for (const judgeId of added) assignments.push({ judgeId, entryId: entry.id, fixed: false });
    for (const judgeId of [...fixed, ...added]) loads.set(judgeId, (loads.get(judgeId) ?? 0) + 1);
  });
  const balance = panels.map((panel, panelIndex): PanelBalance => {
    const panelLoads = (panelJudges[panelIndex] as string[]).map(
      (judgeId) => loads.get(judgeId) ?? 0,
    );
    const minLoad = panelLoads.length > 0 ? Math.min(...panelLoads) : 0;
    const maxLoad = panelLoads.length > 0 ? Math.max(...panelLoads) : 0;
    return { panelId: panel.id, minLoad, maxLoad, balanced: maxLoad - minLoad <= 1 };
  });
  return { feasible: true, assignments, loads: Object.fromEntries(loads), balance };
}
