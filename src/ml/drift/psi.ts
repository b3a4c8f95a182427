/**
 * Population stability index (PSI) per input, with one stated definition (issue #20):
 * - numeric inputs (numbers, dates as ms): bins at the training rows' deciles — numpy's default
 *   'linear' quantiles at 0.1 … 0.9 of the non-missing values, duplicates removed, so k unique
 *   inner edges give k + 1 bins; bins are closed on the left ([e_j, e_j+1)) and the outer bins are
 *   open (x < e_1, x ≥ e_k);
 * - categorical inputs: one bin per training category plus one for values unseen in training;
 * - both: one more bin for missing values (shares are over all rows, missing included, so a column
 *   that starts arriving empty shows as drift);
 * - proportions floored at 1e-4 on both sides; PSI = Σ (a − e) · ln(a / e), a = new, e = training.
 * The usual reading: < 0.1 stable, 0.1–0.25 watch, > 0.25 shifted.
 */
import type { Column } from '../../data/table'
import { numericValues, stringValues } from '../../data/table'

export const PSI_FLOOR = 1e-4
export const PSI_WATCH = 0.1
export const PSI_SHIFTED = 0.25

export interface NumericBins {
  name: string
  kind: 'numeric'
  /** unique inner edges (ascending); bins: (−∞, e1), [e1, e2), …, [ek, +∞), then missing */
  edges: number[]
  /** training shares, one per bin: edges.length + 1 value bins, then the missing bin */
  shares: number[]
}

export interface CategoricalBins {
  name: string
  kind: 'categorical'
  /** the training categories (sorted) */
  categories: string[]
  /** training shares: one per category, then unseen, then missing */
  shares: number[]
}

export type DriftBins = NumericBins | CategoricalBins

export type PsiLevel = 'stable' | 'watch' | 'shifted'

export interface DriftRow {
  column: string
  kind: 'numeric' | 'categorical'
  psi: number
  level: PsiLevel
  /** bin labels in the order of `expected` / `actual` (edges or categories; 'unseen', 'missing') */
  bins: BinLabel[]
  /** training shares (as stored, not floored) */
  expected: number[]
  /** new data shares */
  actual: number[]
}

/** A bin, for a histogram pair: numeric [lo, hi) (null = open), a category, or one of the two special bins. */
export type BinLabel = { lo: number | null; hi: number | null } | { category: string } | { special: 'unseen' | 'missing' }

/** numpy.quantile(x, q) with the default 'linear' method, x sorted ascending and non-empty. */
export function linearQuantile(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length
  if (n === 0) throw new RangeError('linearQuantile of no values')
  const h = (n - 1) * q
  const lo = Math.floor(h)
  const hi = Math.min(lo + 1, n - 1)
  // numpy's lerp: a + (b − a)·t, exact at t = 0
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo])
}

/** Unique decile edges of the non-missing values (empty when every value is missing). */
export function decileEdges(values: ArrayLike<number>): number[] {
  const finite: number[] = []
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i])) finite.push(values[i])
  if (finite.length === 0) return []
  const sorted = Float64Array.from(finite).sort()
  const out: number[] = []
  for (let d = 1; d <= 9; d++) {
    const e = linearQuantile(sorted, d / 10)
    if (out.length === 0 || e !== out[out.length - 1]) out.push(e)
  }
  return out
}

/** Index of the bin holding x: 0 when x < edges[0], j when edges[j-1] ≤ x < edges[j], edges.length when x ≥ the last. */
export function binOf(edges: readonly number[], x: number): number {
  let lo = 0
  let hi = edges.length
  // first edge strictly greater than x
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (edges[mid] <= x) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Shares of numeric values over fixed edges: edges.length + 1 value bins, then missing. */
export function numericShares(values: ArrayLike<number>, edges: readonly number[], rows?: ArrayLike<number>): number[] {
  const counts = new Array<number>(edges.length + 2).fill(0)
  const n = rows ? rows.length : values.length
  for (let k = 0; k < n; k++) {
    const x = values[rows ? rows[k] : k]
    counts[Number.isNaN(x) ? edges.length + 1 : binOf(edges, x)]++
  }
  return counts.map((c) => (n ? c / n : 0))
}

/** Shares of category values: one per category, then unseen, then missing. */
export function categoricalShares(values: ArrayLike<string | null>, categories: readonly string[], rows?: ArrayLike<number>): number[] {
  const index = new Map(categories.map((c, i) => [c, i]))
  const counts = new Array<number>(categories.length + 2).fill(0)
  const n = rows ? rows.length : values.length
  for (let k = 0; k < n; k++) {
    const v = values[rows ? rows[k] : k]
    if (v === null || v === '') counts[categories.length + 1]++
    else counts[index.get(v) ?? categories.length]++
  }
  return counts.map((c) => (n ? c / n : 0))
}

/** PSI between training shares e and new shares a (same bins), both floored at 1e-4. */
export function psi(expected: readonly number[], actual: readonly number[]): number {
  if (expected.length !== actual.length) throw new RangeError(`PSI needs the same bins on both sides (${expected.length} vs ${actual.length})`)
  let s = 0
  for (let i = 0; i < expected.length; i++) {
    const e = Math.max(expected[i], PSI_FLOOR)
    const a = Math.max(actual[i], PSI_FLOOR)
    s += (a - e) * Math.log(a / e)
  }
  return s
}

/** Share of `positive` among the non-missing values of a column (over `rows` when given): an outcome's base rate. */
export function positiveShare(column: Column, positive: string, rows?: ArrayLike<number>): number | null {
  const v = stringValues(column)
  let n = 0
  let pos = 0
  const len = rows ? rows.length : v.length
  for (let k = 0; k < len; k++) {
    const x = v[rows ? rows[k] : k]
    if (x === null) continue
    n++
    if (x === positive) pos++
  }
  return n ? pos / n : null
}

export function psiLevel(v: number): PsiLevel {
  return v < PSI_WATCH ? 'stable' : v <= PSI_SHIFTED ? 'watch' : 'shifted'
}

function columnStrings(c: Column, rows?: ArrayLike<number>): { values: (string | null)[]; rows?: ArrayLike<number> } {
  const n = c.storage === 'number' ? c.values.length : c.codes.length
  const values: (string | null)[] = new Array(n)
  if (c.storage === 'string') for (let i = 0; i < n; i++) values[i] = c.codes[i] < 0 ? null : c.levels[c.codes[i]]
  else for (let i = 0; i < n; i++) values[i] = Number.isNaN(c.values[i]) ? null : String(c.values[i])
  return { values, rows }
}

/** Training bins of one input: numeric (deciles) or categorical (the given categories, else the values seen). */
export function fitBins(column: Column, kind: 'numeric' | 'categorical', rows?: ArrayLike<number>, categories?: readonly string[]): DriftBins {
  if (kind === 'numeric') {
    const all = numericValues(column)
    const vals = rows ? Float64Array.from(rows, (r) => all[r]) : all
    const edges = decileEdges(vals)
    return { name: column.name, kind, edges, shares: numericShares(vals, edges) }
  }
  const { values } = columnStrings(column)
  let cats = categories ? [...categories] : null
  if (!cats) {
    const seen = new Set<string>()
    const n = rows ? rows.length : values.length
    for (let k = 0; k < n; k++) {
      const v = values[rows ? rows[k] : k]
      if (v !== null && v !== '') seen.add(v)
    }
    cats = [...seen].sort()
  }
  return { name: column.name, kind, categories: cats, shares: categoricalShares(values, cats, rows) }
}

/** Drift of one input of new data against its stored training bins. */
export function driftOf(bins: DriftBins, column: Column, rows?: ArrayLike<number>): DriftRow {
  let actual: number[]
  let labels: BinLabel[]
  if (bins.kind === 'numeric') {
    const all = numericValues(column)
    actual = numericShares(all, bins.edges, rows)
    labels = [...Array(bins.edges.length + 1).keys()].map((j) => ({ lo: j === 0 ? null : bins.edges[j - 1], hi: j === bins.edges.length ? null : bins.edges[j] }))
  } else {
    const { values } = columnStrings(column)
    actual = categoricalShares(values, bins.categories, rows)
    labels = [...bins.categories.map((category) => ({ category })), { special: 'unseen' as const }]
  }
  labels.push({ special: 'missing' })
  const v = psi(bins.shares, actual)
  return { column: bins.name, kind: bins.kind, psi: v, level: psiLevel(v), bins: labels, expected: [...bins.shares], actual }
}
