/**
 * Working with many rules: filter, sort (stated tie key), prune redundant rules, paginate, CSV
 * export (formula-injection safe) and chart-ready data (scatter, graph).
 */
import { toCsv } from '../../data/csv'
import { type RuleSet, type RuleMetric, type RuleRow, ruleCount, lhsCodes, ruleRow, takeRules } from './rules'

export interface RuleFilter {
  /** rules whose LHS contains any of these items (labels) */
  lhsAny?: string[]
  /** rules whose LHS contains all of these items */
  lhsAll?: string[]
  /** rules whose RHS is one of these items */
  rhsAny?: string[]
  /** rules that mention any of these items on either side */
  itemsAny?: string[]
  minSupport?: number
  minConfidence?: number
  minLift?: number
  /** LHS length bounds (0 = empty LHS) */
  minLhsLength?: number
  maxLhsLength?: number
}

/** Indices of the rules passing every given condition (in the input order). */
export function filterRuleIndex(r: RuleSet, f: RuleFilter): Int32Array {
  const code = new Map<string, number>()
  r.items.forEach((s, i) => code.set(s, i))
  const toSet = (labels?: string[]): Set<number> | null => (labels && labels.length ? new Set(labels.map((s) => code.get(s) ?? -2)) : null)
  const lhsAny = toSet(f.lhsAny)
  const lhsAll = f.lhsAll && f.lhsAll.length ? f.lhsAll.map((s) => code.get(s) ?? -2) : null
  const rhsAny = toSet(f.rhsAny)
  const itemsAny = toSet(f.itemsAny)
  const out: number[] = []
  const R = ruleCount(r)
  for (let k = 0; k < R; k++) {
    if (f.minSupport !== undefined && !(r.support[k] >= f.minSupport)) continue
    if (f.minConfidence !== undefined && !(r.confidence[k] >= f.minConfidence)) continue
    if (f.minLift !== undefined && !(r.lift[k] >= f.minLift)) continue
    const lhs = lhsCodes(r, k)
    if (f.minLhsLength !== undefined && lhs.length < f.minLhsLength) continue
    if (f.maxLhsLength !== undefined && lhs.length > f.maxLhsLength) continue
    if (rhsAny && !rhsAny.has(r.rhs[k])) continue
    if (lhsAny && !lhs.some((c) => lhsAny.has(c))) continue
    if (lhsAll && !lhsAll.every((c) => lhs.includes(c))) continue
    if (itemsAny && !itemsAny.has(r.rhs[k]) && !lhs.some((c) => itemsAny.has(c))) continue
    out.push(k)
  }
  return Int32Array.from(out)
}

export function filterRules(r: RuleSet, f: RuleFilter): RuleSet {
  return takeRules(r, filterRuleIndex(r, f))
}

/**
 * Order of the rules by a metric. Ties are broken by, in turn: count (descending), LHS length
 * (ascending: the more general rule first), LHS labels (item by item, code-unit order), RHS label.
 * The order is therefore total and reproducible.
 */
export function sortRuleIndex(r: RuleSet, by: RuleMetric = 'lift', descending = true): Int32Array {
  const key = r[by]
  const idx = Array.from({ length: ruleCount(r) }, (_, k) => k)
  const sgn = descending ? -1 : 1
  idx.sort((a, b) => {
    const ka = key[a]
    const kb = key[b]
    if (ka !== kb) return ka < kb ? -sgn : sgn
    return tieCompare(r, a, b)
  })
  return Int32Array.from(idx)
}

/** The stated tie key: count desc, LHS length asc, LHS labels, RHS label. */
export function tieCompare(r: RuleSet, a: number, b: number): number {
  if (r.count[a] !== r.count[b]) return r.count[b] - r.count[a]
  const la = lhsCodes(r, a)
  const lb = lhsCodes(r, b)
  if (la.length !== lb.length) return la.length - lb.length
  const labels = (l: Int32Array): string[] => Array.from(l, (c) => r.items[c]).sort()
  const sa = labels(la)
  const sb = labels(lb)
  for (let i = 0; i < sa.length; i++) if (sa[i] !== sb[i]) return sa[i] < sb[i] ? -1 : 1
  const ra = r.items[r.rhs[a]]
  const rb = r.items[r.rhs[b]]
  return ra < rb ? -1 : ra > rb ? 1 : 0
}

export function sortRules(r: RuleSet, by: RuleMetric = 'lift', descending = true): RuleSet {
  return takeRules(r, sortRuleIndex(r, by, descending))
}

/** The top n rules by a metric (sorted, with the stated tie key). */
export function topRules(r: RuleSet, n: number, by: RuleMetric = 'lift'): RuleRow[] {
  const idx = sortRuleIndex(r, by)
  return Array.from(idx.subarray(0, Math.min(n, idx.length)), (k) => ruleRow(r, k))
}

/**
 * Redundant rules (arules is.redundant): a rule is redundant when a more general rule in the same
 * set (proper subset LHS, same RHS; the empty LHS included) has at least its confidence.
 * Returns a flag per rule (1 = redundant).
 */
export function redundantMask(r: RuleSet): Uint8Array {
  const R = ruleCount(r)
  const conf = new Map<string, number>()
  for (let k = 0; k < R; k++) {
    const key = `${r.rhs[k]}|${Array.from(lhsCodes(r, k)).join(',')}`
    const prev = conf.get(key)
    if (prev === undefined || r.confidence[k] > prev) conf.set(key, r.confidence[k])
  }
  const out = new Uint8Array(R)
  for (let k = 0; k < R; k++) {
    const lhs = Array.from(lhsCodes(r, k))
    const L = lhs.length
    if (L === 0) continue
    if (L > 20) throw new RangeError(`Rule ${k} has ${L} LHS items; redundancy checks support up to 20`)
    const c = r.confidence[k]
    // every proper subset of the LHS: masks 0 .. 2^L - 2
    const full = (1 << L) - 1
    for (let m = 0; m < full; m++) {
      const sub: number[] = []
      for (let j = 0; j < L; j++) if (m & (1 << j)) sub.push(lhs[j])
      const g = conf.get(`${r.rhs[k]}|${sub.join(',')}`)
      if (g !== undefined && g >= c) {
        out[k] = 1
        break
      }
    }
  }
  return out
}

/** Rules that are not redundant (input order kept). */
export function pruneRedundant(r: RuleSet): RuleSet {
  const m = redundantMask(r)
  const keep: number[] = []
  for (let k = 0; k < m.length; k++) if (!m[k]) keep.push(k)
  return takeRules(r, keep)
}

export interface RulePage {
  page: number
  pageSize: number
  total: number
  pages: number
  rows: RuleRow[]
}

/** One page (0-based) of rules, optionally through an index (e.g. sorted/filtered order). */
export function paginateRules(r: RuleSet, page: number, pageSize = 25, order?: ArrayLike<number>): RulePage {
  if (!(Number.isInteger(pageSize) && pageSize >= 1)) throw new RangeError(`pageSize must be a positive integer, got ${pageSize}`)
  const total = order ? order.length : ruleCount(r)
  const pages = Math.max(1, Math.ceil(total / pageSize))
  const p = Math.min(Math.max(0, Math.floor(page)), pages - 1)
  const rows: RuleRow[] = []
  for (let q = p * pageSize; q < Math.min(total, (p + 1) * pageSize); q++) rows.push(ruleRow(r, order ? order[q] : q))
  return { page: p, pageSize, total, pages, rows }
}

/** arules-style itemset label: {a,b}. */
export function itemsetLabel(items: string[]): string {
  return `{${items.join(',')}}`
}

/** Every rule as CSV (header + one line per rule, in the given order), arules column names. */
export function rulesToCsv(r: RuleSet, order?: ArrayLike<number>): string {
  const n = order ? order.length : ruleCount(r)
  const rows = Array.from({ length: n }, (_, q) => {
    const k = order ? order[q] : q
    const row = ruleRow(r, k)
    return [itemsetLabel(row.lhs), itemsetLabel(row.rhs), row.support, row.confidence, row.coverage, row.lift, row.count, row.leverage, r.conviction[k]]
  })
  return toCsv(['lhs', 'rhs', 'support', 'confidence', 'coverage', 'lift', 'count', 'leverage', 'conviction'], rows)
}

/** Support x confidence scatter, coloured by lift (ECharts visualMap over `lift`). */
export interface RuleScatter {
  /** rule index of each point */
  index: Int32Array
  support: Float64Array
  confidence: Float64Array
  lift: Float64Array
  liftMin: number
  liftMax: number
  /** true when only the top maxPoints rules by lift are shown */
  truncated: boolean
}

export function ruleScatter(r: RuleSet, maxPoints = 5000): RuleScatter {
  const R = ruleCount(r)
  const idx = R > maxPoints ? sortRuleIndex(r, 'lift').subarray(0, maxPoints) : Int32Array.from({ length: R }, (_, k) => k)
  const n = idx.length
  const out: RuleScatter = {
    index: Int32Array.from(idx),
    support: new Float64Array(n),
    confidence: new Float64Array(n),
    lift: new Float64Array(n),
    liftMin: Infinity,
    liftMax: -Infinity,
    truncated: R > maxPoints,
  }
  for (let q = 0; q < n; q++) {
    const k = idx[q]
    out.support[q] = r.support[k]
    out.confidence[q] = r.confidence[k]
    out.lift[q] = r.lift[k]
    if (r.lift[k] < out.liftMin) out.liftMin = r.lift[k]
    if (r.lift[k] > out.liftMax) out.liftMax = r.lift[k]
  }
  if (n === 0) {
    out.liftMin = 0
    out.liftMax = 0
  }
  return out
}

export interface RuleGraphNode {
  id: string
  name: string
  kind: 'item' | 'rule'
  /** rule nodes: their metrics (for size by support, colour by lift) */
  support?: number
  confidence?: number
  lift?: number
  /** rule index in the RuleSet */
  rule?: number
}

export interface RuleGraph {
  nodes: RuleGraphNode[]
  /** item -> rule (LHS) and rule -> item (RHS) */
  edges: { source: string; target: string; side: 'lhs' | 'rhs' }[]
  liftMin: number
  liftMax: number
}

/** Graph of the top rules (arulesViz "graph" style: items and rules as nodes). */
export function ruleGraph(r: RuleSet, top = 30, by: RuleMetric = 'lift'): RuleGraph {
  const idx = sortRuleIndex(r, by).subarray(0, Math.min(top, ruleCount(r)))
  const nodes: RuleGraphNode[] = []
  const edges: RuleGraph['edges'] = []
  const seen = new Set<number>()
  const itemNode = (c: number): string => {
    const id = `i${c}`
    if (!seen.has(c)) {
      seen.add(c)
      nodes.push({ id, name: r.items[c], kind: 'item' })
    }
    return id
  }
  let liftMin = Infinity
  let liftMax = -Infinity
  for (const k of idx) {
    const id = `r${k}`
    nodes.push({ id, name: `rule ${k}`, kind: 'rule', support: r.support[k], confidence: r.confidence[k], lift: r.lift[k], rule: k })
    for (const c of lhsCodes(r, k)) edges.push({ source: itemNode(c), target: id, side: 'lhs' })
    edges.push({ source: id, target: itemNode(r.rhs[k]), side: 'rhs' })
    liftMin = Math.min(liftMin, r.lift[k])
    liftMax = Math.max(liftMax, r.lift[k])
  }
  return { nodes, edges, liftMin: idx.length ? liftMin : 0, liftMax: idx.length ? liftMax : 0 }
}
