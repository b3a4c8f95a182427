/**
 * Sequential rules "A, then B within W days" over customer histories.
 *
 * Definitions (customers are the unit):
 * - a customer supports A -> B (A != B) when some basket with B comes at a strictly later time
 *   than some basket with A, at most W days after it;
 * - support = supporting customers / all customers; confidence = supporting customers / customers
 *   who bought A; lift = confidence / (share of customers who bought B);
 * - time from A to B (per customer who bought A): from the customer's first A to the first basket
 *   with B strictly after it. Its histogram is in weeks (bin w = [w, w+1) weeks) up to the
 *   window; lags beyond the window are counted apart. Peaks: bins that are local maxima of the
 *   [1,2,1]-smoothed histogram, at least `peakMinFraction` of the highest smoothed bin and at least
 *   `peakMinCount` customers (defaults 0.5 and 5), at least 3 weeks apart (the higher kept).
 */
import { type RunControl, checkCancel } from '../core/progress'
import { toCsv } from '../../data/csv'
import { type CustomerHistories, nCustomers } from './history'
import { minCountFor } from './itemsets'
import { withDefaults } from './baskets'

const DAY_MS = 86_400_000

export interface SequenceOptions {
  /** window W in days (default 365) */
  windowDays?: number
  /** minimum support as a share of customers (default 0.01) */
  minSupport?: number
  /** minimum confidence (default 0) */
  minConfidence?: number
  /** refuse more frequent items than this (pair counts are F x F) (default 6000) */
  maxItems?: number
}

export const defaultSequenceOptions = { windowDays: 365, minSupport: 0.01, minConfidence: 0, maxItems: 6000 } as const

export interface SequenceRules {
  customers: number
  items: string[]
  windowDays: number
  /** item codes of A and B per rule */
  a: Int32Array
  b: Int32Array
  /** supporting customers */
  count: Int32Array
  /** customers who bought A, B */
  countA: Int32Array
  countB: Int32Array
  support: Float64Array
  confidence: Float64Array
  lift: Float64Array
}

export interface SequenceRuleRow {
  a: string
  b: string
  support: number
  confidence: number
  lift: number
  count: number
}

/** Mine every frequent A -> B pair. Work: sum over baskets of (items in basket) x (items seen in the window before it). */
export function mineSequences(h: CustomerHistories, opts: SequenceOptions = {}, control: RunControl = {}): SequenceRules {
  const o = withDefaults(defaultSequenceOptions, opts)
  if (!(o.windowDays > 0)) throw new RangeError(`windowDays must be > 0, got ${o.windowDays}`)
  if (!(o.minSupport > 0 && o.minSupport <= 1)) throw new RangeError(`minSupport must be in (0, 1], got ${o.minSupport}`)
  const C = nCustomers(h)
  if (C === 0) throw new RangeError('No customer has a dated purchase: nothing to mine')
  const I = h.items.length
  const W = o.windowDays * DAY_MS
  // customers per item
  const custCount = new Int32Array(I)
  const stamp = new Int32Array(I).fill(-1)
  for (let c = 0; c < C; c++) {
    for (let p = h.basketOffsets[h.custOffsets[c]]; p < h.basketOffsets[h.custOffsets[c + 1]]; p++) {
      const it = h.basketItems[p]
      if (stamp[it] !== c) {
        stamp[it] = c
        custCount[it]++
      }
    }
  }
  const minCount = Math.max(1, minCountFor(o.minSupport, C))
  const freq: number[] = []
  const pos = new Int32Array(I).fill(-1)
  for (let i = 0; i < I; i++) if (custCount[i] >= minCount) pos[i] = freq.push(i) - 1
  const F = freq.length
  if (F > o.maxItems) {
    throw new RangeError(`${F} items reach support ${o.minSupport} (limit ${o.maxItems}); raise the minimum support`)
  }
  const counts = C < 65535 ? new Uint16Array(F * F) : new Int32Array(F * F)
  const marked = new Uint8Array(F * F)
  const markedList: number[] = []
  const lastSeen = new Float64Array(F)
  const seenStamp = new Int32Array(F).fill(-1)
  const seen: number[] = []
  const cur: number[] = []
  for (let c = 0; c < C; c++) {
    if ((c & 255) === 0) {
      checkCancel(control.cancel)
      control.onProgress?.(c / C, 'sequential rules')
    }
    seen.length = 0
    for (let k = h.custOffsets[c]; k < h.custOffsets[c + 1]; k++) {
      const t = h.basketTime[k]
      cur.length = 0
      for (let p = h.basketOffsets[k]; p < h.basketOffsets[k + 1]; p++) {
        const f = pos[h.basketItems[p]]
        if (f >= 0) cur.push(f)
      }
      if (seen.length) {
        for (const bF of cur) {
          for (const aF of seen) {
            if (aF === bF || t - lastSeen[aF] > W) continue
            const cell = aF * F + bF
            if (!marked[cell]) {
              marked[cell] = 1
              markedList.push(cell)
            }
          }
        }
      }
      for (const f of cur) {
        if (seenStamp[f] !== c) {
          seenStamp[f] = c
          seen.push(f)
        }
        lastSeen[f] = t
      }
    }
    for (const cell of markedList) {
      counts[cell]++
      marked[cell] = 0
    }
    markedList.length = 0
  }
  const ra: number[] = []
  const rb: number[] = []
  const rc: number[] = []
  for (let x = 0; x < F; x++) {
    for (let y = 0; y < F; y++) {
      const n = counts[x * F + y]
      if (n < minCount) continue
      const conf = n / custCount[freq[x]]
      if (!(conf >= o.minConfidence)) continue
      ra.push(freq[x])
      rb.push(freq[y])
      rc.push(n)
    }
  }
  const R = ra.length
  const out: SequenceRules = {
    customers: C,
    items: h.items,
    windowDays: o.windowDays,
    a: Int32Array.from(ra),
    b: Int32Array.from(rb),
    count: Int32Array.from(rc),
    countA: Int32Array.from(ra, (i) => custCount[i]),
    countB: Int32Array.from(rb, (i) => custCount[i]),
    support: new Float64Array(R),
    confidence: new Float64Array(R),
    lift: new Float64Array(R),
  }
  for (let k = 0; k < R; k++) {
    out.support[k] = out.count[k] / C
    out.confidence[k] = out.count[k] / out.countA[k]
    out.lift[k] = out.confidence[k] / (out.countB[k] / C)
  }
  control.onProgress?.(1, `sequential rules: ${R}`)
  return out
}

export type SequenceMetric = 'support' | 'confidence' | 'lift' | 'count'

/** Rule order by a metric; ties: count desc, then A label, then B label. */
export function sortSequenceIndex(s: SequenceRules, by: SequenceMetric = 'support'): Int32Array {
  const key = s[by]
  const idx = Array.from({ length: s.a.length }, (_, k) => k)
  idx.sort((x, y) => {
    if (key[x] !== key[y]) return key[y] > key[x] ? 1 : -1
    if (s.count[x] !== s.count[y]) return s.count[y] - s.count[x]
    const ax = s.items[s.a[x]]
    const ay = s.items[s.a[y]]
    if (ax !== ay) return ax < ay ? -1 : 1
    const bx = s.items[s.b[x]]
    const by2 = s.items[s.b[y]]
    return bx < by2 ? -1 : bx > by2 ? 1 : 0
  })
  return Int32Array.from(idx)
}

export function sequenceRow(s: SequenceRules, k: number): SequenceRuleRow {
  return { a: s.items[s.a[k]], b: s.items[s.b[k]], support: s.support[k], confidence: s.confidence[k], lift: s.lift[k], count: s.count[k] }
}

export interface LagHistogram {
  a: string
  b: string
  /** bin w counts customers whose lag is in [w, w+1) weeks (w = 0 .. weeks-1) */
  counts: Int32Array
  /** customers who bought A */
  customersWithA: number
  /** customers with a B after their first A, within / beyond the window */
  withinWindow: number
  beyondWindow: number
  /** lag in days: median and mean within the window (NaN when none) */
  medianDays: number
  meanDays: number
  peaks: { week: number; count: number }[]
}

export interface LagOptions {
  windowDays?: number
  peakMinFraction?: number
  peakMinCount?: number
}

/** Distribution of the time from a customer's first A to their first later B (see the module note). */
export function lagHistogram(h: CustomerHistories, aLabel: string, bLabel: string, opts: LagOptions = {}): LagHistogram {
  const windowDays = opts.windowDays ?? 365
  const a = h.items.indexOf(aLabel)
  const b = h.items.indexOf(bLabel)
  if (a < 0) throw new RangeError(`Item "${aLabel}" does not occur in the purchase histories`)
  if (b < 0) throw new RangeError(`Item "${bLabel}" does not occur in the purchase histories`)
  const weeks = Math.max(1, Math.ceil(windowDays / 7))
  const counts = new Int32Array(weeks)
  const lags: number[] = []
  let withA = 0
  let beyond = 0
  const has = (k: number, item: number): boolean => {
    let lo = h.basketOffsets[k]
    let hi = h.basketOffsets[k + 1] - 1
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1
      const v = h.basketItems[mid]
      if (v === item) return true
      if (v < item) lo = mid + 1
      else hi = mid - 1
    }
    return false
  }
  for (let c = 0; c < h.custOffsets.length - 1; c++) {
    let k = h.custOffsets[c]
    const end = h.custOffsets[c + 1]
    while (k < end && !has(k, a)) k++
    if (k === end) continue
    withA++
    const tA = h.basketTime[k]
    k++
    while (k < end && !has(k, b)) k++
    if (k === end) continue
    const days = (h.basketTime[k] - tA) / DAY_MS
    if (days > windowDays) {
      beyond++
      continue
    }
    lags.push(days)
    counts[Math.min(weeks - 1, Math.floor(days / 7))]++
  }
  lags.sort((x, y) => x - y)
  const median = lags.length ? (lags.length % 2 ? lags[lags.length >> 1] : (lags[lags.length / 2 - 1] + lags[lags.length / 2]) / 2) : NaN
  const mean = lags.length ? lags.reduce((s, x) => s + x, 0) / lags.length : NaN
  return {
    a: aLabel,
    b: bLabel,
    counts,
    customersWithA: withA,
    withinWindow: lags.length,
    beyondWindow: beyond,
    medianDays: median,
    meanDays: mean,
    peaks: findPeaks(counts, opts.peakMinFraction ?? 0.5, opts.peakMinCount ?? 5),
  }
}

/** Peaks of a histogram: see the module note for the rule. */
export function findPeaks(counts: ArrayLike<number>, minFraction = 0.2, minCount = 3, minDistance = 3): { week: number; count: number }[] {
  const n = counts.length
  const sm = new Float64Array(n)
  for (let i = 0; i < n; i++) {
    const l = i > 0 ? counts[i - 1] : counts[i]
    const r = i < n - 1 ? counts[i + 1] : counts[i]
    sm[i] = (l + 2 * counts[i] + r) / 4
  }
  let max = 0
  for (let i = 0; i < n; i++) max = Math.max(max, sm[i])
  const cands: number[] = []
  for (let i = 0; i < n; i++) {
    const left = i > 0 ? sm[i - 1] : -Infinity
    const right = i < n - 1 ? sm[i + 1] : -Infinity
    // strictly above the left neighbour, at least the right one: the first bin of a plateau
    if (sm[i] > left && sm[i] >= right && sm[i] >= minFraction * max && counts[i] >= minCount) cands.push(i)
  }
  // keep the higher of peaks closer than minDistance weeks
  cands.sort((x, y) => sm[y] - sm[x] || x - y)
  const kept: number[] = []
  for (const i of cands) if (kept.every((j) => Math.abs(i - j) >= minDistance)) kept.push(i)
  kept.sort((x, y) => x - y)
  return kept.map((i) => ({ week: i, count: counts[i] }))
}

/** CSV of sequential rules (formula-safe cells). */
export function sequencesToCsv(s: SequenceRules, order: ArrayLike<number>): string {
  const rows = Array.from(order, (k) => [s.items[s.a[k]], s.items[s.b[k]], s.support[k], s.confidence[k], s.lift[k], s.count[k], s.countA[k]])
  return toCsv(['a', 'b', 'support', 'confidence', 'lift', 'count', 'customers_with_a'], rows)
}
