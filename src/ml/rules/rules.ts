/**
 * Association rules from frequent itemsets, with R arules apriori() default semantics: every
 * frequent itemset X (size 1..maxLen) gives the rules X\{y} => {y} for each y in X (one RHS item),
 * kept when confidence >= minConfidence (inclusive). Size-1 itemsets give rules with an empty LHS
 * ({} => {y}, confidence = support(y)), kept like any other when they reach minConfidence.
 *
 * Metrics (arules definitions): support = count(X)/N, confidence = count(X)/count(lhs),
 * coverage = count(lhs)/N, lift = confidence / support(rhs), leverage = support - coverage·support(rhs),
 * conviction = (1 - support(rhs)) / (1 - confidence) (Infinity when confidence = 1).
 */
import { type RunControl, checkCancel, subProgress } from '../core/progress'
import { type Baskets, withDefaults } from './baskets'
import { type FrequentItemsets, type ItemsetOptions, IntList, mineItemsets, findByRanks } from './itemsets'

export interface RuleOptions {
  minConfidence: number
  /** keep rules with lift >= minLift (default 0: no filter) */
  minLift?: number
  /** abort when more rules than this would be produced (default 2,000,000) */
  maxRules?: number
}

export const defaultRuleOptions = { minLift: 0, maxRules: 2_000_000 } as const

/**
 * A set of rules as columns (transferable typed arrays). Rule r: LHS item codes
 * lhsItems[lhsOffsets[r] .. lhsOffsets[r+1]) sorted by code, RHS item code rhs[r].
 */
export interface RuleSet {
  nTransactions: number
  items: string[]
  lhsOffsets: Int32Array
  lhsItems: Int32Array
  rhs: Int32Array
  count: Int32Array
  lhsCount: Int32Array
  rhsCount: Int32Array
  support: Float64Array
  confidence: Float64Array
  coverage: Float64Array
  lift: Float64Array
  leverage: Float64Array
  conviction: Float64Array
}

export type RuleMetric = 'support' | 'confidence' | 'lift' | 'coverage' | 'count' | 'leverage' | 'conviction'
export const RULE_METRICS: readonly RuleMetric[] = ['support', 'confidence', 'lift', 'coverage', 'count', 'leverage', 'conviction']

export function ruleCount(r: RuleSet): number {
  return r.rhs.length
}

export function lhsCodes(r: RuleSet, k: number): Int32Array {
  return r.lhsItems.subarray(r.lhsOffsets[k], r.lhsOffsets[k + 1])
}

/** Fill the metric columns from the three counts (one place for the formulas). */
function metricsFor(N: number, count: number, lhsCount: number, rhsCount: number): [number, number, number, number, number, number] {
  const support = count / N
  const confidence = count / lhsCount
  const coverage = lhsCount / N
  const rhsSupport = rhsCount / N
  const lift = confidence / rhsSupport
  const leverage = support - coverage * rhsSupport
  const conviction = confidence === 1 ? Infinity : (1 - rhsSupport) / (1 - confidence)
  return [support, confidence, coverage, lift, leverage, conviction]
}

class Cols {
  lhs = new IntList()
  off = new IntList()
  rhs = new IntList()
  cnt = new IntList()
  lc = new IntList()
  rc = new IntList()
}

/** Build a RuleSet from raw columns. */
export function makeRuleSet(N: number, items: string[], lhsOffsets: ArrayLike<number>, lhsItems: ArrayLike<number>, rhs: ArrayLike<number>, count: ArrayLike<number>, lhsCount: ArrayLike<number>, rhsCount: ArrayLike<number>): RuleSet {
  const R = rhs.length
  const rs: RuleSet = {
    nTransactions: N,
    items,
    lhsOffsets: Int32Array.from(lhsOffsets),
    lhsItems: Int32Array.from(lhsItems),
    rhs: Int32Array.from(rhs),
    count: Int32Array.from(count),
    lhsCount: Int32Array.from(lhsCount),
    rhsCount: Int32Array.from(rhsCount),
    support: new Float64Array(R),
    confidence: new Float64Array(R),
    coverage: new Float64Array(R),
    lift: new Float64Array(R),
    leverage: new Float64Array(R),
    conviction: new Float64Array(R),
  }
  for (let k = 0; k < R; k++) {
    const m = metricsFor(N, rs.count[k], rs.lhsCount[k], rs.rhsCount[k])
    rs.support[k] = m[0]
    rs.confidence[k] = m[1]
    rs.coverage[k] = m[2]
    rs.lift[k] = m[3]
    rs.leverage[k] = m[4]
    rs.conviction[k] = m[5]
  }
  return rs
}

export class RuleExplosionError extends Error {
  override name = 'RuleExplosionError'
}

/** All rules of the frequent itemsets meeting the confidence (and lift) thresholds. */
export function generateRules(fi: FrequentItemsets, opts: RuleOptions, control: RunControl = {}): RuleSet {
  if (!(opts.minConfidence >= 0 && opts.minConfidence <= 1)) throw new RangeError(`minConfidence must be in [0, 1], got ${opts.minConfidence}`)
  const o = withDefaults(defaultRuleOptions, opts)
  const N = fi.nTransactions
  const c = new Cols()
  c.off.push(0)
  const ranks: number[] = []
  for (let k = 1; k <= fi.size; k++) {
    if ((k & 4095) === 0) {
      checkCancel(control.cancel)
      control.onProgress?.(k / fi.size, `rules: ${c.rhs.n}`)
    }
    const cx = fi.nodeCount[k]
    // confidence <= cx / lhsCount; lhsCount <= N, so prune nothing cheaply except via each lhs
    ranks.length = 0
    for (let v = k; v > 0; v = fi.nodeParent[v]) ranks.push(fi.nodeItem[v])
    ranks.reverse()
    const d = ranks.length
    for (let j = 0; j < d; j++) {
      // LHS = X without its j-th item; removing the last item gives the parent node
      const lhsNode = j === d - 1 ? fi.nodeParent[k] : findByRanks(fi, ranks, j)
      const lc = fi.nodeCount[lhsNode]
      const conf = cx / lc
      if (!(conf >= o.minConfidence)) continue
      const y = fi.rankItem[ranks[j]]
      const rc = fi.itemCount[y]
      if (o.minLift > 0 && !(conf / (rc / N) >= o.minLift)) continue
      const start = c.lhs.n
      for (let q = 0; q < d; q++) if (q !== j) c.lhs.push(fi.rankItem[ranks[q]])
      c.lhs.a.subarray(start, c.lhs.n).sort()
      c.off.push(c.lhs.n)
      c.rhs.push(y)
      c.cnt.push(cx)
      c.lc.push(lc)
      c.rc.push(rc)
      if (c.rhs.n > o.maxRules) {
        throw new RuleExplosionError(`More than ${o.maxRules.toLocaleString('en-US')} rules at support ${fi.minSupport} and confidence ${o.minConfidence}; raise the minimum confidence or support`)
      }
    }
  }
  control.onProgress?.(1, `rules: ${c.rhs.n}`)
  return makeRuleSet(N, fi.items, c.off.toArray(), c.lhs.toArray(), c.rhs.toArray(), c.cnt.toArray(), c.lc.toArray(), c.rc.toArray())
}

export interface AprioriOptions extends ItemsetOptions, RuleOptions {}

export interface AprioriResult {
  itemsets: FrequentItemsets
  rules: RuleSet
  /** seconds spent mining itemsets and generating rules */
  timing: { itemsets: number; rules: number }
}

/** arules::apriori(trans, parameter = list(support, confidence, maxlen)) in one call. */
export function apriori(b: Baskets, opts: AprioriOptions, control: RunControl = {}): AprioriResult {
  const t0 = performance.now()
  const itemsets = mineItemsets(b, opts, { cancel: control.cancel, onProgress: subProgress(control.onProgress, 0, 0.8) })
  const t1 = performance.now()
  const rules = generateRules(itemsets, opts, { cancel: control.cancel, onProgress: subProgress(control.onProgress, 0.8, 1) })
  const t2 = performance.now()
  return { itemsets, rules, timing: { itemsets: (t1 - t0) / 1000, rules: (t2 - t1) / 1000 } }
}

/** One rule as a plain object (labels), for tables, JSON and the CLI. */
export interface RuleRow {
  lhs: string[]
  rhs: string[]
  support: number
  confidence: number
  coverage: number
  lift: number
  count: number
  leverage: number
  /** null when infinite (confidence 1), so it survives JSON */
  conviction: number | null
}

export function ruleRow(r: RuleSet, k: number): RuleRow {
  return {
    lhs: Array.from(lhsCodes(r, k), (c) => r.items[c]),
    rhs: [r.items[r.rhs[k]]],
    support: r.support[k],
    confidence: r.confidence[k],
    coverage: r.coverage[k],
    lift: r.lift[k],
    count: r.count[k],
    leverage: r.leverage[k],
    conviction: Number.isFinite(r.conviction[k]) ? r.conviction[k] : null,
  }
}

/** A subset of rules (in the given order), same item coding. */
export function takeRules(r: RuleSet, idx: ArrayLike<number>): RuleSet {
  const off = [0]
  const lhs: number[] = []
  for (let q = 0; q < idx.length; q++) {
    const k = idx[q]
    for (let p = r.lhsOffsets[k]; p < r.lhsOffsets[k + 1]; p++) lhs.push(r.lhsItems[p])
    off.push(lhs.length)
  }
  const pick = <T extends Int32Array | Float64Array>(a: T): T => {
    const out = new (a.constructor as { new (n: number): T })(idx.length)
    for (let q = 0; q < idx.length; q++) out[q] = a[idx[q]]
    return out
  }
  return {
    nTransactions: r.nTransactions,
    items: r.items,
    lhsOffsets: Int32Array.from(off),
    lhsItems: Int32Array.from(lhs),
    rhs: pick(r.rhs),
    count: pick(r.count),
    lhsCount: pick(r.lhsCount),
    rhsCount: pick(r.rhsCount),
    support: pick(r.support),
    confidence: pick(r.confidence),
    coverage: pick(r.coverage),
    lift: pick(r.lift),
    leverage: pick(r.leverage),
    conviction: pick(r.conviction),
  }
}
