import fc from 'fast-check';
import {
  ALL_JUDGES_PANEL_ID,
  solveAssignments,
  type AssignmentProblem,
  type AssignmentResult,
} from './assignment-solver';
import {
  findConflicts,
  type EntryProfile,
  type JudgeEntryPair,
  type JudgeProfile,
} from './conflicts';
import { seededRandom } from './seeded-random';

// ---------------------------------------------------------------------------------------------
// An independent reference: Edmonds–Karp on a capacity matrix, with lower bounds handled by the
// textbook circulation (t → s of infinite capacity, S*/T* for the forced parts). Only for small
// instances; shares no code with the solver.
// ---------------------------------------------------------------------------------------------
function edmondsKarp(capacity: number[][], source: number, sink: number): number {
  const size = capacity.length;
  let flow = 0;
  for (;;) {
    const parent = new Array<number>(size).fill(-1);
    parent[source] = source;
    const queue = [source];
    while (queue.length > 0 && parent[sink] === -1) {
      const u = queue.shift()!;
      for (let v = 0; v < size; v++) {
        if (parent[v] === -1 && capacity[u]![v]! > 0) {
          parent[v] = u;
          queue.push(v);
        }
      }
    }
    if (parent[sink] === -1) return flow;
    let bottleneck = Infinity;
    for (let v = sink; v !== source; v = parent[v]!)
      bottleneck = Math.min(bottleneck, capacity[parent[v]!]![v]!);
    for (let v = sink; v !== source; v = parent[v]!) {
      capacity[parent[v]!]![v]! -= bottleneck;
      capacity[v]![parent[v]!]! += bottleneck;
    }
    flow += bottleneck;
  }
}

interface RefEntry {
  need: number;
  candidates: number[];
}

/** Can every entry get `need` more distinct candidates with judge j's added load in [lower[j], upper[j]]? */
function referenceFeasible(entries: RefEntry[], lower: number[], upper: number[]): boolean {
  if (lower.some((l, j) => l > upper[j]!)) return false;
  const judgeCount = lower.length;
  // nodes: s, t, S*, T*, entries, judges
  const [s, t, superSource, superSink] = [0, 1, 2, 3];
  const size = 4 + entries.length + judgeCount;
  const capacity = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  const judgeNode = (j: number) => 4 + entries.length + j;
  let forced = 0;
  entries.forEach((entry, i) => {
    // s → entry with lower = upper = need
    capacity[superSource]![4 + i]! += entry.need;
    capacity[s]![superSink]! += entry.need;
    forced += entry.need;
    entry.candidates.forEach((j) => (capacity[4 + i]![judgeNode(j)] = 1));
  });
  for (let j = 0; j < judgeCount; j++) {
    capacity[judgeNode(j)]![t] = upper[j]! - lower[j]!;
    capacity[superSource]![t]! += lower[j]!;
    capacity[judgeNode(j)]![superSink]! += lower[j]!;
    forced += lower[j]!;
  }
  capacity[t]![s] = 1e9;
  return edmondsKarp(capacity, superSource, superSink) === forced;
}

// ---------------------------------------------------------------------------------------------
// Random small instances.
// ---------------------------------------------------------------------------------------------
interface Instance {
  problem: AssignmentProblem;
  judges: string[];
  /** Per panel (or the single implicit one): its judges. */
  panelJudges: string[][];
  panelIds: string[];
  /** Per entry: its panel index or null. */
  panelOfEntry: (number | null)[];
  conflictSet: Set<string>;
  fixedSet: Set<string>;
}

const pairKey = (judgeId: string, entryId: string) => `${judgeId}|${entryId}`;

const instanceArb = fc
  .record({
    judgeCount: fc.integer({ min: 2, max: 10 }),
    panelCount: fc.integer({ min: 0, max: 4 }),
    categoryCount: fc.integer({ min: 1, max: 5 }),
    k: fc.integer({ min: 1, max: 3 }),
    entryCategories: fc.array(fc.nat({ max: 4 }), { maxLength: 30 }),
    judgePanel: fc.array(fc.option(fc.nat({ max: 3 }), { freq: 8 }), {
      minLength: 10,
      maxLength: 10,
    }),
    categoryPanel: fc.array(fc.option(fc.nat({ max: 3 }), { freq: 10 }), {
      minLength: 5,
      maxLength: 5,
    }),
    conflicts: fc.array(fc.tuple(fc.nat({ max: 9 }), fc.nat({ max: 29 })), { maxLength: 150 }),
    /** Judges in conflict with most entries (all but every fifth): loads can then rarely be even. */
    mostlyConflicted: fc.array(fc.nat({ max: 9 }), { maxLength: 2 }),
    fixed: fc.array(fc.tuple(fc.nat({ max: 9 }), fc.nat({ max: 29 })), { maxLength: 12 }),
    maxLoad: fc.option(fc.integer({ min: 0, max: 12 }), { freq: 3 }),
    seed: fc.integer(),
  })
  .map((raw): Instance => {
    const judges = Array.from({ length: raw.judgeCount }, (_, j) => `J${j}`);
    const entries = raw.entryCategories.map((category, i) => ({
      id: `E${i}`,
      categoryId: `C${category % raw.categoryCount}`,
    }));
    const panelIds =
      raw.panelCount === 0
        ? [ALL_JUDGES_PANEL_ID]
        : Array.from({ length: raw.panelCount }, (_, p) => `P${p}`);
    const panelJudges: string[][] =
      raw.panelCount === 0
        ? [judges]
        : panelIds.map((_id, p) =>
            judges.filter(
              (_judge, j) =>
                raw.judgePanel[j] !== null && raw.judgePanel[j]! % raw.panelCount === p,
            ),
          );
    const categoryPanelIndex = (category: number): number | null =>
      raw.panelCount === 0
        ? 0
        : raw.categoryPanel[category] === null
          ? null
          : raw.categoryPanel[category]! % raw.panelCount;
    const panels =
      raw.panelCount === 0
        ? []
        : panelIds.map((id, p) => ({
            id,
            judgeIds: panelJudges[p]!,
            categoryIds: Array.from({ length: raw.categoryCount }, (_, c) => c)
              .filter((c) => categoryPanelIndex(c) === p)
              .map((c) => `C${c}`),
          }));
    const panelOfEntry = entries.map((entry) =>
      categoryPanelIndex(Number(entry.categoryId.slice(1))),
    );
    const conflicts = [
      ...raw.conflicts.filter(([j, i]) => j < judges.length && i < entries.length),
      ...raw.mostlyConflicted
        .filter((j) => j < judges.length)
        .flatMap((j) => entries.map((_entry, i) => [j, i] as const).filter(([, i]) => i % 5 !== 0)),
    ].map(([j, i]) => ({ judgeId: judges[j]!, entryId: entries[i]!.id }));
    const conflictSet = new Set(conflicts.map((pair) => pairKey(pair.judgeId, pair.entryId)));
    const fixed: JudgeEntryPair[] = [];
    const fixedSet = new Set<string>();
    for (const [j, i] of raw.fixed) {
      if (j >= judges.length || i >= entries.length) continue;
      const judgeId = judges[j]!;
      const entryId = entries[i]!.id;
      const panel = panelOfEntry[i];
      const count = fixed.filter((pair) => pair.entryId === entryId).length;
      const valid =
        panel !== null &&
        panel !== undefined &&
        panelJudges[panel]!.includes(judgeId) &&
        !conflictSet.has(pairKey(judgeId, entryId));
      if (valid && !fixedSet.has(pairKey(judgeId, entryId)) && count < raw.k) {
        fixed.push({ judgeId, entryId });
        fixedSet.add(pairKey(judgeId, entryId));
      }
    }
    return {
      problem: {
        entries,
        panels,
        judgeIds: judges,
        judgesPerEntry: raw.k,
        conflicts,
        fixed,
        ...(raw.maxLoad === null ? {} : { maxLoadPerJudge: raw.maxLoad }),
        seed: raw.seed,
      },
      judges,
      panelJudges,
      panelIds,
      panelOfEntry,
      conflictSet,
      fixedSet,
    };
  });

/** Reference model of one set of entries against one panel's judges. */
function referenceModel(instance: Instance, panel: number, entryIndexes: number[]) {
  const { problem } = instance;
  const judges = instance.panelJudges[panel]!;
  const fixedLoad = judges.map(
    (judgeId) => problem.fixed!.filter((pair) => pair.judgeId === judgeId).length,
  );
  const cap = judges.map((_judgeId, j) =>
    Math.max(problem.maxLoadPerJudge ?? Infinity, fixedLoad[j]!),
  );
  const entries: RefEntry[] = entryIndexes.map((i) => {
    const entryId = problem.entries[i]!.id;
    const fixedHere = problem.fixed!.filter((pair) => pair.entryId === entryId).length;
    return {
      need: problem.judgesPerEntry - fixedHere,
      candidates: judges
        .map((judgeId, j) => ({ judgeId, j }))
        .filter(
          ({ judgeId }) =>
            !instance.conflictSet.has(pairKey(judgeId, entryId)) &&
            !instance.fixedSet.has(pairKey(judgeId, entryId)),
        )
        .map(({ j }) => j),
    };
  });
  const bounded = (low: number, high: number) =>
    referenceFeasible(
      entries,
      fixedLoad.map((f) => Math.max(0, low - f)),
      fixedLoad.map((f, j) => Math.min(high, cap[j]!) - f),
    );
  return { judges, bounded };
}

const entriesOfPanel = (instance: Instance, panel: number, among: number[]) =>
  among.filter((i) => instance.panelOfEntry[i] === panel);
const allEntries = (instance: Instance) => instance.problem.entries.map((_entry, i) => i);
const eligibleCount = (instance: Instance, i: number) => {
  const panel = instance.panelOfEntry[i];
  const entryId = instance.problem.entries[i]!.id;
  return panel === null
    ? 0
    : instance.panelJudges[panel]!.filter(
        (judgeId) => !instance.conflictSet.has(pairKey(judgeId, entryId)),
      ).length;
};
/** Whether all of `among` (entries with a panel) can be covered together. */
const referenceCoverable = (instance: Instance, among: number[]) =>
  instance.panelIds.every((_id, panel) =>
    referenceModel(instance, panel, entriesOfPanel(instance, panel, among)).bounded(0, Infinity),
  );

function checkFeasible(
  instance: Instance,
  result: Extract<AssignmentResult, { feasible: true }>,
): void {
  const { problem } = instance;
  const k = problem.judgesPerEntry;
  const byEntry = new Map<string, string[]>();
  for (const pair of result.assignments) {
    expect(instance.conflictSet.has(pairKey(pair.judgeId, pair.entryId))).toBe(false);
    expect(pair.fixed).toBe(instance.fixedSet.has(pairKey(pair.judgeId, pair.entryId)));
    byEntry.set(pair.entryId, [...(byEntry.get(pair.entryId) ?? []), pair.judgeId]);
  }
  problem.entries.forEach((entry, i) => {
    const judges = byEntry.get(entry.id) ?? [];
    expect(judges).toHaveLength(k);
    expect(new Set(judges).size).toBe(k);
    const panel = instance.panelOfEntry[i];
    expect(panel).not.toBeNull();
    judges.forEach((judgeId) => expect(instance.panelJudges[panel!]).toContain(judgeId));
  });
  expect(result.assignments).toHaveLength(k * problem.entries.length);
  for (const pair of problem.fixed!)
    expect(result.assignments).toContainEqual({ ...pair, fixed: true });
  for (const judgeId of instance.judges) {
    const load = result.assignments.filter((pair) => pair.judgeId === judgeId).length;
    expect(result.loads[judgeId]).toBe(load);
    const fixedLoad = problem.fixed!.filter((pair) => pair.judgeId === judgeId).length;
    expect(load).toBeLessThanOrEqual(Math.max(problem.maxLoadPerJudge ?? Infinity, fixedLoad));
  }

  instance.panelIds.forEach((panelId, panel) => {
    const report = result.balance.find((entry) => entry.panelId === panelId)!;
    const loads = instance.panelJudges[panel]!.map((judgeId) => result.loads[judgeId]!);
    const min = loads.length > 0 ? Math.min(...loads) : 0;
    const max = loads.length > 0 ? Math.max(...loads) : 0;
    expect(report).toEqual({ panelId, minLoad: min, maxLoad: max, balanced: max - min <= 1 });
    const entries = entriesOfPanel(instance, panel, allEntries(instance));
    if (entries.length === 0) return;
    const reference = referenceModel(instance, panel, entries);
    const total = k * entries.length;
    const n = reference.judges.length;
    if (reference.bounded(Math.floor(total / n), Math.ceil(total / n))) {
      expect(max - min).toBeLessThanOrEqual(1);
    } else {
      expect(report.balanced).toBe(false);
      // The smallest possible max load, then the largest possible min load under it.
      expect(reference.bounded(0, max - 1)).toBe(false);
      expect(reference.bounded(min + 1, max)).toBe(false);
    }
  });
}

function checkInfeasible(
  instance: Instance,
  result: Extract<AssignmentResult, { feasible: false }>,
): void {
  const { problem } = instance;
  const k = problem.judgesPerEntry;
  expect(result.invalidFixed).toEqual([]);
  expect(result.uncovered.length).toBeGreaterThan(0);
  const all = allEntries(instance);
  const local = all.filter(
    (i) => instance.panelOfEntry[i] === null || eligibleCount(instance, i) < k,
  );
  // Really infeasible.
  expect(local.length > 0 || !referenceCoverable(instance, all)).toBe(true);
  const listed = new Set(result.uncovered.map((entry) => entry.entryId));
  for (const uncovered of result.uncovered) {
    const i = Number(uncovered.entryId.slice(1));
    expect(uncovered.needed).toBe(k);
    expect(uncovered.eligibleJudges).toBe(eligibleCount(instance, i));
    if (instance.panelOfEntry[i] === null) expect(uncovered.reason).toBe('NO_PANEL');
    else if (eligibleCount(instance, i) < k)
      expect(uncovered.reason).toBe('TOO_FEW_ELIGIBLE_JUDGES');
    else {
      expect(uncovered.reason).toBe('CAPACITY');
      // Capacity only binds when the entries with a chance cannot all be covered together.
      expect(
        referenceCoverable(
          instance,
          all.filter((j) => !local.includes(j)),
        ),
      ).toBe(false);
      expect(uncovered.bottleneckJudges!.length).toBeGreaterThan(0);
    }
  }
  for (const i of local) expect(listed.has(problem.entries[i]!.id)).toBe(true);
  // Every entry left out of the list can be covered.
  expect(
    referenceCoverable(
      instance,
      all.filter((i) => !listed.has(problem.entries[i]!.id)),
    ),
  ).toBe(true);
  // Listed in input order.
  const order = result.uncovered.map((entry) => Number(entry.entryId.slice(1)));
  expect(order).toEqual([...order].sort((a, b) => a - b));
}

describe(solveAssignments.name, () => {
  it('should, on random instances, cover exactly, never use a conflict, balance optimally, or prove infeasibility', () => {
    let feasible = 0;
    let unbalanced = 0;
    const reasons = new Set<string>();
    fc.assert(
      fc.property(instanceArb, (instance) => {
        const result = solveAssignments(instance.problem);
        if (result.feasible) {
          feasible++;
          if (result.balance.some((entry) => !entry.balanced)) unbalanced++;
          checkFeasible(instance, result);
        } else {
          result.uncovered.forEach((entry) => reasons.add(entry.reason));
          checkInfeasible(instance, result);
        }
      }),
      { numRuns: 400 },
    );
    // The generator reaches every branch.
    expect(feasible).toBeGreaterThan(40);
    expect(unbalanced).toBeGreaterThan(0);
    expect([...reasons].sort()).toEqual(['CAPACITY', 'NO_PANEL', 'TOO_FEW_ELIGIBLE_JUDGES']);
  });

  it('should give the same answer for the same seed', () => {
    fc.assert(
      fc.property(instanceArb, (instance) => {
        expect(solveAssignments(instance.problem)).toEqual(solveAssignments(instance.problem));
      }),
      { numRuns: 100 },
    );
  });

  it('should break ties differently for different seeds', () => {
    const problem: AssignmentProblem = {
      entries: Array.from({ length: 10 }, (_, i) => ({ id: `E${i}`, categoryId: 'C' })),
      panels: [],
      judgeIds: ['A', 'B', 'C', 'D', 'E', 'F'],
      judgesPerEntry: 2,
    };
    const answers = new Set(
      [1, 2, 3, 4, 5].map((seed) => JSON.stringify(solveAssignments({ ...problem, seed }))),
    );
    expect(answers.size).toBeGreaterThan(1);
  });

  it('should keep fixed assignments and count them toward coverage and load', () => {
    const problem: AssignmentProblem = {
      entries: [
        { id: 'e1', categoryId: 'tv' },
        { id: 'e2', categoryId: 'tv' },
        { id: 'e3', categoryId: 'tv' },
      ],
      panels: [{ id: 'TV', categoryIds: ['tv'], judgeIds: ['a', 'b', 'c'] }],
      judgesPerEntry: 2,
      fixed: [
        { judgeId: 'a', entryId: 'e1' },
        { judgeId: 'b', entryId: 'e1' },
        { judgeId: 'a', entryId: 'e2' },
      ],
    };
    const result = solveAssignments(problem);
    expect(result.feasible).toBe(true);
    if (!result.feasible) return;
    expect(result.assignments.filter((pair) => pair.fixed)).toEqual(
      problem.fixed!.map((pair) => ({ ...pair, fixed: true })),
    );
    expect(result.assignments.filter((pair) => pair.entryId === 'e1')).toHaveLength(2);
    // 6 seats over 3 judges: a already has 2, so b and c take the rest evenly.
    expect(result.loads).toEqual({ a: 2, b: 2, c: 2 });
    expect(result.assignments).toContainEqual({ judgeId: 'c', entryId: 'e2', fixed: false });
  });

  it('should refuse fixed pairs it cannot keep, saying why', () => {
    const result = solveAssignments({
      entries: [
        { id: 'e1', categoryId: 'tv' },
        { id: 'e2', categoryId: 'radio' },
      ],
      panels: [{ id: 'TV', categoryIds: ['tv'], judgeIds: ['a', 'b', 'c'] }],
      judgesPerEntry: 1,
      conflicts: [{ judgeId: 'c', entryId: 'e1' }],
      fixed: [
        { judgeId: 'a', entryId: 'zz' },
        { judgeId: 'x', entryId: 'e1' },
        { judgeId: 'a', entryId: 'e2' },
        { judgeId: 'c', entryId: 'e1' },
        { judgeId: 'a', entryId: 'e1' },
        { judgeId: 'a', entryId: 'e1' },
        { judgeId: 'b', entryId: 'e1' },
      ],
    });
    expect(result).toEqual({
      feasible: false,
      uncovered: [],
      invalidFixed: [
        { judgeId: 'a', entryId: 'zz', problem: 'UNKNOWN_ENTRY' },
        { judgeId: 'x', entryId: 'e1', problem: 'NOT_IN_PANEL' },
        { judgeId: 'a', entryId: 'e2', problem: 'NOT_IN_PANEL' },
        { judgeId: 'c', entryId: 'e1', problem: 'CONFLICT' },
        { judgeId: 'a', entryId: 'e1', problem: 'DUPLICATE' },
        { judgeId: 'b', entryId: 'e1', problem: 'MORE_THAN_NEEDED' },
      ],
    });
  });

  it('should name every uncovered entry with its reason', () => {
    const result = solveAssignments({
      entries: [
        { id: 'photo1', categoryId: 'photo' },
        { id: 'tv1', categoryId: 'tv' },
        { id: 'tv2', categoryId: 'tv' },
        { id: 'tv3', categoryId: 'tv' },
        { id: 'tv4', categoryId: 'tv' },
        { id: 'tv5', categoryId: 'tv' },
      ],
      panels: [{ id: 'TV', categoryIds: ['tv'], judgeIds: ['a', 'b', 'c'] }],
      judgesPerEntry: 2,
      maxLoadPerJudge: 3,
      conflicts: [
        { judgeId: 'a', entryId: 'tv1' },
        { judgeId: 'b', entryId: 'tv1' },
        // tv2–tv4 can only use b and c.
        { judgeId: 'a', entryId: 'tv2' },
        { judgeId: 'a', entryId: 'tv3' },
        { judgeId: 'a', entryId: 'tv4' },
      ],
    });
    expect(result).toEqual({
      feasible: false,
      invalidFixed: [],
      uncovered: [
        { entryId: 'photo1', reason: 'NO_PANEL', eligibleJudges: 0, needed: 2 },
        { entryId: 'tv1', reason: 'TOO_FEW_ELIGIBLE_JUDGES', eligibleJudges: 1, needed: 2 },
        // tv2–tv4 fill b and c to their cap of 3, so tv5 finds only a: the four compete for b and c.
        ...['tv2', 'tv3', 'tv4', 'tv5'].map((entryId) => ({
          entryId,
          reason: 'CAPACITY',
          eligibleJudges: entryId === 'tv5' ? 3 : 2,
          needed: 2,
          bottleneckJudges: ['b', 'c'],
        })),
      ],
    });
  });

  it('should honour per-judge caps, the smaller cap winning, and name the judges at their cap', () => {
    const entries = Array.from({ length: 4 }, (_, i) => ({ id: `e${i}`, categoryId: 'x' }));
    const base: AssignmentProblem = {
      entries,
      panels: [],
      judgeIds: ['a', 'b', 'c'],
      judgesPerEntry: 1,
      seed: 5,
    };
    const capped = solveAssignments({
      ...base,
      maxLoadPerJudge: 3,
      judgeCapacity: { a: 0, b: 9, constructor: 1 },
    });
    expect(capped.feasible && capped.loads).toEqual({ a: 0, b: 2, c: 2 });
    expect(capped.feasible && capped.balance).toEqual([
      { panelId: ALL_JUDGES_PANEL_ID, minLoad: 0, maxLoad: 2, balanced: false },
    ]);
    const short = solveAssignments({ ...base, maxLoadPerJudge: 1, judgeCapacity: { a: 0 } });
    expect(short.feasible).toBe(false);
    if (short.feasible) return;
    expect(short.uncovered.map((entry) => [entry.reason, entry.bottleneckJudges])).toEqual(
      entries.map(() => ['CAPACITY', ['a', 'b', 'c']]),
    );
  });

  it('should say when the loads cannot be even, and minimise the largest load', () => {
    // Judge d may score only e1: loads cannot be within one of each other.
    const entries = Array.from({ length: 6 }, (_, i) => ({ id: `e${i}`, categoryId: 'x' }));
    const result = solveAssignments({
      entries,
      panels: [],
      judgeIds: ['a', 'b', 'c', 'd'],
      judgesPerEntry: 2,
      conflicts: entries
        .filter((entry) => entry.id !== 'e0')
        .map((entry) => ({ judgeId: 'd', entryId: entry.id })),
    });
    expect(result.feasible).toBe(true);
    if (!result.feasible) return;
    // 12 seats, d takes 1, the other 11 over a, b, c: max 4, min 1.
    expect(result.balance).toEqual([
      { panelId: ALL_JUDGES_PANEL_ID, minLoad: 1, maxLoad: 4, balanced: false },
    ]);
    expect(result.loads['d']).toBe(1);
  });

  it('should treat a round without panels as one panel of all judges, and report judges in no panel', () => {
    const result = solveAssignments({
      entries: [{ id: 'e1', categoryId: 'x' }],
      panels: [{ id: 'P', categoryIds: ['x'], judgeIds: ['a'] }],
      judgeIds: ['a', 'idle'],
      judgesPerEntry: 1,
    });
    expect(result).toEqual({
      feasible: true,
      assignments: [{ judgeId: 'a', entryId: 'e1', fixed: false }],
      loads: { a: 1, idle: 0 },
      balance: [{ panelId: 'P', minLoad: 1, maxLoad: 1, balanced: true }],
    });
    expect(solveAssignments({ entries: [], panels: [], judgeIds: [], judgesPerEntry: 3 })).toEqual({
      feasible: true,
      assignments: [],
      loads: {},
      balance: [{ panelId: ALL_JUDGES_PANEL_ID, minLoad: 0, maxLoad: 0, balanced: true }],
    });
  });

  it('should balance panels that share a judge on the judge’s total load', () => {
    const entries = [
      ...Array.from({ length: 4 }, (_, i) => ({ id: `p${i}`, categoryId: 'print' })),
      ...Array.from({ length: 4 }, (_, i) => ({ id: `o${i}`, categoryId: 'online' })),
    ];
    const result = solveAssignments({
      entries,
      panels: [
        { id: 'Print', categoryIds: ['print'], judgeIds: ['a', 'shared'] },
        { id: 'Online', categoryIds: ['online'], judgeIds: ['shared', 'b'] },
      ],
      judgesPerEntry: 1,
    });
    expect(result.feasible).toBe(true);
    if (!result.feasible) return;
    expect(
      Math.max(...Object.values(result.loads)) - Math.min(...Object.values(result.loads)),
    ).toBeLessThanOrEqual(1);
    expect(Object.values(result.loads).reduce((sum, load) => sum + load, 0)).toBe(8);
  });

  it('should refuse malformed problems', () => {
    const base: AssignmentProblem = { entries: [], panels: [], judgesPerEntry: 1 };
    expect(() => solveAssignments({ ...base, judgesPerEntry: 0 })).toThrow(RangeError);
    expect(() => solveAssignments({ ...base, judgesPerEntry: 1.5 })).toThrow(RangeError);
    expect(() =>
      solveAssignments({
        ...base,
        entries: [
          { id: 'e', categoryId: 'x' },
          { id: 'e', categoryId: 'x' },
        ],
      }),
    ).toThrow(RangeError);
    expect(() =>
      solveAssignments({
        ...base,
        panels: [
          { id: 'A', categoryIds: ['x'], judgeIds: [] },
          { id: 'B', categoryIds: ['x'], judgeIds: [] },
        ],
      }),
    ).toThrow(RangeError);
    expect(() => solveAssignments({ ...base, maxLoadPerJudge: -1 })).toThrow(RangeError);
  });

  it('should assign a 2020-size edition: 1,710 entries, 56 judges in 6 panels, k = 3', () => {
    const { problem, conflictCount } = edition2020(2020);
    expect(conflictCount).toBeGreaterThan(500);
    const result = solveAssignments(problem);
    expect(result.feasible).toBe(true);
    if (!result.feasible) return;
    const conflictSet = new Set(
      problem.conflicts!.map((pair) => pairKey(pair.judgeId, pair.entryId)),
    );
    expect(result.assignments).toHaveLength(3 * 1710);
    expect(
      result.assignments.some((pair) => conflictSet.has(pairKey(pair.judgeId, pair.entryId))),
    ).toBe(false);
    const byEntry = new Map<string, Set<string>>();
    result.assignments.forEach((pair) =>
      byEntry.set(pair.entryId, (byEntry.get(pair.entryId) ?? new Set()).add(pair.judgeId)),
    );
    expect([...byEntry.values()].every((judges) => judges.size === 3)).toBe(true);
    expect(byEntry.size).toBe(1710);
    const panelOfCategory = new Map(
      problem.panels.flatMap((panel) => panel.categoryIds.map((c) => [c, panel] as const)),
    );
    for (const entry of problem.entries) {
      for (const judgeId of byEntry.get(entry.id)!)
        expect(panelOfCategory.get(entry.categoryId)!.judgeIds).toContain(judgeId);
    }
    expect(result.balance.map((entry) => entry.balanced)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    // Photo: 44 entries × 3 seats over 6 judges = 22 each.
    expect(result.balance.find((entry) => entry.panelId === 'photo')).toMatchObject({
      minLoad: 22,
      maxLoad: 22,
    });
  });
});

/** A realistic 2020 edition: agencies, co-authored works, judges from the same agencies. */
function edition2020(seed: number): { problem: AssignmentProblem; conflictCount: number } {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const agencies = Array.from({ length: 80 }, (_, i) => `Báo số ${i + 1}`);
  const categories: [string, number, number][] = [
    ['print1', 400, 12],
    ['print2', 330, 10],
    ['online', 400, 10],
    ['tv', 397, 10],
    ['radio', 139, 8],
    ['photo', 44, 6],
  ];
  const judges: JudgeProfile[] = [];
  const panels = categories.map(([category, , judgeCount]) => {
    const judgeIds = Array.from({ length: judgeCount }, (_, j) => {
      const id = `${category}-judge-${j}`;
      judges.push({
        id,
        userId: `user-${id}`,
        fullName: `Giám khảo ${id}`,
        dateOfBirth: '1970-01-01',
        organizationName: pick(agencies),
        declaredOrganizations: random() < 0.3 ? [pick(agencies)] : [],
      });
      return id;
    });
    return { id: category, categoryIds: [category], judgeIds };
  });
  const entries: EntryProfile[] = [];
  for (const [category, count] of categories) {
    for (let i = 0; i < count; i++) {
      const authorCount = 1 + Math.floor(random() * 3);
      const agency = pick(agencies);
      entries.push({
        id: `${category}-${i}`,
        categoryId: category,
        authors: Array.from({ length: authorCount }, (_, a) => ({
          userId: `author-${Math.floor(random() * 1500)}`,
          fullName: `Tác giả ${category} ${i} ${a}`,
          organizationName: agency,
        })),
      });
    }
  }
  // A few judges who also entered works.
  for (let j = 0; j < 5; j++)
    entries[j * 300]!.authors = [
      ...entries[j * 300]!.authors,
      { userId: judges[j * 10]!.userId, fullName: 'x' },
    ];
  const recusals = [{ judgeId: judges[0]!.id, entryId: entries[1]!.id }];
  const conflicts = findConflicts({ judges, entries, recusals });
  return {
    problem: {
      entries: entries.map(({ id, categoryId }) => ({ id, categoryId })),
      panels,
      judgeIds: judges.map((judge) => judge.id),
      judgesPerEntry: 3,
      conflicts,
      seed,
    },
    conflictCount: conflicts.length,
  };
}
