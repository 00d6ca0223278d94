import { solve, type Constraint, type Model } from 'yalps';

/**
 * An adversarial oracle, independent of how a round decides what to publish: given what an
 * attacker knows as LINEAR facts about the ascending values x₀ ≤ x₁ ≤ … ≤ xₙ₋₁ of a round (the
 * published figures with their stated meaning, e.g. "the average of ranks 4..6 is 20"), plus
 * its own value and the ranks it may hold, it finds which values of the OTHER contributors
 * follow. For every rank the attacker may hold, and every rank r of the others' ascending
 * values, a linear program minimises and maximises that value over every dataset that agrees
 * with everything known; a rank whose minimum equals its maximum (within `tolerance`) over all
 * of the attacker's possible ranks is determined: the round leaked it.
 *
 * Test support only (not exported by the library).
 */

/** Σ coefficients[j]·x_j lies in [min, max] (equal bounds: an exact figure). */
export interface LinearFact {
  coefficients: readonly number[];
  min: number;
  max: number;
}

export interface AttackerKnowledge {
  /** How many values the round holds. */
  count: number;
  facts: readonly LinearFact[];
  /** What everyone knows of every value (e.g. not negative), as bounds. */
  domain: { min: number; max: number };
  ownValue: number;
  /** The 0-based ascending ranks the attacker's own value may hold (its stated position). */
  ownRanks: readonly number[];
}

export interface DeterminedValue {
  /** 0-based rank among the OTHER contributors' ascending values. */
  rank: number;
  value: number;
}

export interface OracleOptions {
  /**
   * A box strictly around the real data, only to keep the programs bounded: since the real
   * dataset lies strictly inside it, a value that varies without the box varies inside it too,
   * so the box never makes a free value look determined.
   */
  searchBox: { min: number; max: number };
  /** Two optima closer than this are equal. */
  tolerance: number;
}

type Key = string;

/** The programs' variables are y_j = x_j − low ≥ 0, the solver's standard form. */
function baseConstraints(k: AttackerKnowledge, low: number, high: number, ownRank: number) {
  const constraints = new Map<Key, Constraint>();
  const variables = new Map<Key, Map<Key, number>>();
  for (let j = 0; j < k.count; j++) variables.set(`x${j}`, new Map());
  const add = (name: Key, terms: [number, number][], bound: Constraint) => {
    constraints.set(name, bound);
    for (const [j, c] of terms) variables.get(`x${j}`)?.set(name, c);
  };
  for (let j = 0; j < k.count; j++) add(`box${j}`, [[j, 1]], { max: high - low });
  for (let j = 0; j + 1 < k.count; j++)
    add(
      `sorted${j}`,
      [
        [j + 1, 1],
        [j, -1],
      ],
      { min: 0 },
    );
  k.facts.forEach((fact, f) => {
    const shift = low * fact.coefficients.reduce((s, c) => s + c, 0);
    const terms = fact.coefficients.map((c, j) => [j, c] as [number, number]).filter(([, c]) => c);
    add(`fact${f}`, terms, { min: fact.min - shift, max: fact.max - shift });
  });
  add('own', [[ownRank, 1]], { equal: k.ownValue - low });
  return { constraints, variables };
}

/** A dataset that agrees with everything known, optimising x_target; null if there is none. */
function solvePoint(
  k: AttackerKnowledge,
  low: number,
  high: number,
  ownRank: number,
  target: number | null,
  direction: 'minimize' | 'maximize',
): number[] | null {
  const { constraints, variables } = baseConstraints(k, low, high, ownRank);
  if (target !== null) variables.get(`x${target}`)?.set('objective', 1);
  const model: Model<Key, Key> = {
    direction,
    objective: target === null ? undefined : 'objective',
    constraints,
    variables,
  };
  const solution = solve(model, { includeZeroVariables: true });
  if (solution.status === 'infeasible') return null;
  if (solution.status !== 'optimal') throw new Error(`LP ${solution.status}`);
  const x = Array.from({ length: k.count }, () => low);
  for (const [key, y] of solution.variables) x[Number(key.slice(1))] = y + low;
  return x;
}

/**
 * The others' values that follow from `knowledge` (empty: nothing leaked). Every dataset a
 * program returns widens the known range of every rank at once; a rank is optimised only while
 * its range is still narrower than the tolerance, so a determined rank has had its exact minimum
 * and maximum computed for every rank the attacker may hold.
 */
export function determinedValues(
  knowledge: AttackerKnowledge,
  options: OracleOptions,
): DeterminedValue[] {
  const low = Math.max(knowledge.domain.min, options.searchBox.min);
  const high = Math.min(knowledge.domain.max, options.searchBox.max);
  const others = knowledge.count - 1;
  const ranges = Array.from({ length: others }, () => ({ min: Infinity, max: -Infinity }));
  const open = (r: number) =>
    (ranges[r] as { min: number; max: number }).max -
      (ranges[r] as { min: number; max: number }).min <=
    options.tolerance;
  let feasibleRanks = 0;
  for (const own of knowledge.ownRanks) {
    const seen = (x: number[] | null) => {
      if (!x) return;
      x.filter((_, j) => j !== own).forEach((value, r) => {
        const range = ranges[r] as { min: number; max: number };
        range.min = Math.min(range.min, value);
        range.max = Math.max(range.max, value);
      });
    };
    const any = solvePoint(knowledge, low, high, own, null, 'minimize');
    if (!any) continue;
    feasibleRanks++;
    seen(any);
    for (let r = 0; r < others; r++) {
      const j = r < own ? r : r + 1; // the others' rank r, with the attacker at `own`
      if (open(r)) seen(solvePoint(knowledge, low, high, own, j, 'minimize'));
      if (open(r)) seen(solvePoint(knowledge, low, high, own, j, 'maximize'));
    }
  }
  if (feasibleRanks === 0) throw new Error('the attacker’s knowledge contradicts itself');
  return ranges.flatMap((range, rank) =>
    range.max - range.min <= options.tolerance ? [{ rank, value: range.min }] : [],
  );
}
