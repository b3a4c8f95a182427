/**
 * Rules within one segment, contrasted with everyone else.
 *
 * Rules are mined inside the segment (the usual thresholds apply there). For each rule X => Y
 * (itemset Z = X ∪ Y) the same metrics are counted on the transactions outside the segment, and:
 * - growth = support_in(Z) / support_out(Z) (the emerging-pattern growth rate of Dong & Li, 1999;
 *   Infinity when Z never occurs outside),
 * - supportDiff = support_in(Z) - support_out(Z), confidenceDiff = confidence_in - confidence_out,
 * - liftRatio = lift_in / lift_out.
 * A rule distinguishes the segment when growth >= minGrowth and confidence_in > confidence_out.
 * Distinguishing rules are ordered by growth (desc), then supportDiff (desc), then the rules tie key.
 */
import { type RunControl, subProgress, checkCancel } from '../core/progress'
import { type Table, getColumn, cellString } from '../../data/table'
import { type Baskets, nTransactions, takeBaskets, verticalBitsets, popcount32, withDefaults } from './baskets'
import { type AprioriOptions, type RuleSet, type RuleRow, apriori, ruleCount, lhsCodes, ruleRow } from './rules'
import { type ExplosionEstimate, ItemsetExplosionError, defaultItemsetOptions, estimateItemsets } from './itemsets'
import { tieCompare } from './explore'

export interface SegmentOptions extends AprioriOptions {
  /** minimum growth rate for a distinguishing rule (default 2) */
  minGrowth?: number
  /** how many distinguishing rules to return as rows (default 20) */
  top?: number
  /** how the segment is named in messages, e.g. 'Country = "France"' (default "the segment") */
  segmentLabel?: string
}

/**
 * The segment alone would produce too many frequent itemsets at this support: raised by
 * segmentContrast before any mining (from estimateItemsets on the segment's baskets). A segment
 * with few baskets and a low support can explode even when the whole table does not, because
 * support is a share of the segment's baskets (a few baskets reach the threshold).
 */
export class SegmentExplosionError extends ItemsetExplosionError {
  override name = 'SegmentExplosionError'
  constructor(
    readonly segment: string,
    readonly segmentTransactions: number,
    readonly estimate: ExplosionEstimate,
    limit: number,
  ) {
    super(
      `${segment} has ${segmentTransactions.toLocaleString('en-US')} baskets: at minimum support ${estimate.minSupport} (${estimate.minCount.toLocaleString('en-US')} of its baskets) ` +
        `mining inside it would produce more than ${limit.toLocaleString('en-US')} frequent itemsets. ` +
        `Raise the minimum support for this segment (suggested: ${estimate.suggestedSupport}) or lower the maximum length.`,
      estimate.suggestedSupport,
      limit,
    )
  }
}

export const defaultSegmentOptions = { minGrowth: 2, top: 20 } as const

export interface SegmentRuleRow extends RuleRow {
  countOut: number
  supportOut: number
  confidenceOut: number | null
  liftOut: number | null
  growth: number | null
  supportDiff: number
  confidenceDiff: number | null
}

export interface SegmentContrast {
  segmentTransactions: number
  restTransactions: number
  /** rules mined inside the segment, with in-segment metrics */
  rules: RuleSet
  /** per rule, outside the segment (NaN where undefined: the LHS never occurs outside) */
  countOut: Int32Array
  supportOut: Float64Array
  confidenceOut: Float64Array
  liftOut: Float64Array
  growth: Float64Array
  supportDiff: Float64Array
  confidenceDiff: Float64Array
  liftRatio: Float64Array
  /** indices of distinguishing rules, best first */
  distinguishing: Int32Array
  top: SegmentRuleRow[]
  itemsets: number
}

/** Per-basket membership from a table column: the basket's value is its first non-missing one. */
export function segmentMask(table: Table, b: Baskets, basketCol: string, segmentCol: string, value: string): { mask: Uint8Array; warnings: string[] } {
  if (!b.ids) throw new RangeError('These baskets have no ids (basket-per-line file): segments need a transaction table')
  const bc = getColumn(table, basketCol)
  const sc = getColumn(table, segmentCol)
  const pos = new Map<string, number>()
  b.ids.forEach((id, k) => pos.set(id, k))
  const seg = new Array<string | null>(b.ids.length).fill(null)
  let conflicts = 0
  const conflicted = new Uint8Array(b.ids.length)
  for (let i = 0; i < table.nRows; i++) {
    const k = pos.get(cellString(bc, i))
    if (k === undefined) continue
    const v = cellString(sc, i)
    if (v === '') continue
    if (seg[k] === null) seg[k] = v
    else if (seg[k] !== v && !conflicted[k]) {
      conflicted[k] = 1
      conflicts++
    }
  }
  const mask = new Uint8Array(b.ids.length)
  let inSeg = 0
  for (let k = 0; k < mask.length; k++) {
    if (seg[k] === value) {
      mask[k] = 1
      inSeg++
    }
  }
  const warnings: string[] = []
  if (conflicts) warnings.push(`${conflicts} basket(s) have more than one "${segmentCol}" value; their first value was used`)
  if (inSeg === 0) throw new RangeError(`No basket has "${segmentCol}" = "${value}"`)
  if (inSeg === mask.length) throw new RangeError(`Every basket has "${segmentCol}" = "${value}": there is no one else to compare with`)
  return { mask, warnings }
}

/** Mine inside the segment (mask[t] = 1) and contrast every rule with the other transactions. */
export function segmentContrast(b: Baskets, mask: ArrayLike<number | boolean>, opts: SegmentOptions, control: RunControl = {}): SegmentContrast {
  const o = withDefaults(defaultSegmentOptions, opts)
  const N = nTransactions(b)
  if (mask.length !== N) throw new RangeError(`Segment mask has ${mask.length} entries for ${N} baskets`)
  const inIdx: number[] = []
  const outIdx: number[] = []
  for (let t = 0; t < N; t++) (mask[t] ? inIdx : outIdx).push(t)
  if (inIdx.length === 0) throw new RangeError('The segment has no baskets')
  if (outIdx.length === 0) throw new RangeError('The segment holds every basket: there is no one else to compare with')
  const segB = takeBaskets(b, inIdx)
  const restB = takeBaskets(b, outIdx)
  // pre-mining check on the segment's own baskets, as for the whole table: refuse before mining
  const label = o.segmentLabel ?? 'The segment'
  const limit = o.maxItemsets ?? defaultItemsetOptions.maxItemsets
  const maxLen = o.maxLen ?? defaultItemsetOptions.maxLen
  control.onProgress?.(0, 'checking the itemset count in the segment')
  checkCancel(control.cancel)
  const est = estimateItemsets(segB, o.minSupport, limit, maxLen)
  if (est.explodes) throw new SegmentExplosionError(label, inIdx.length, est, limit)
  let mined
  try {
    mined = apriori(segB, o, { cancel: control.cancel, onProgress: subProgress(control.onProgress, 0.05, 0.7) })
  } catch (e) {
    // the estimate is exact up to the budget, so this is a safety net only
    if (e instanceof ItemsetExplosionError && !(e instanceof SegmentExplosionError)) throw new SegmentExplosionError(label, inIdx.length, { ...est, explodes: true, suggestedSupport: e.suggestedSupport }, limit)
    throw e
  }
  const { rules, itemsets } = mined
  const R = ruleCount(rules)
  const bits = verticalBitsets(restB)
  const M = outIdx.length
  const words = bits.length ? bits[0].length : 0
  const acc = new Uint32Array(words)
  const countOf = (codes: ArrayLike<number>): number => {
    if (codes.length === 0) return M
    acc.set(bits[codes[0]])
    for (let j = 1; j < codes.length; j++) {
      const bj = bits[codes[j]]
      for (let w = 0; w < words; w++) acc[w] &= bj[w]
    }
    let c = 0
    for (let w = 0; w < words; w++) if (acc[w]) c += popcount32(acc[w])
    return c
  }
  const itemOut = new Int32Array(b.items.length)
  for (let k = 0; k < restB.codes.length; k++) itemOut[restB.codes[k]]++
  const res: SegmentContrast = {
    segmentTransactions: inIdx.length,
    restTransactions: M,
    rules,
    countOut: new Int32Array(R),
    supportOut: new Float64Array(R),
    confidenceOut: new Float64Array(R),
    liftOut: new Float64Array(R),
    growth: new Float64Array(R),
    supportDiff: new Float64Array(R),
    confidenceDiff: new Float64Array(R),
    liftRatio: new Float64Array(R),
    distinguishing: new Int32Array(0),
    top: [],
    itemsets: itemsets.size,
  }
  const dist: number[] = []
  for (let k = 0; k < R; k++) {
    if ((k & 1023) === 0) {
      checkCancel(control.cancel)
      control.onProgress?.(0.7 + (0.3 * k) / Math.max(1, R), 'contrasting with the rest')
    }
    const lhs = lhsCodes(rules, k)
    const all = [...lhs, rules.rhs[k]]
    const cz = countOf(all)
    const cl = countOf(lhs)
    const sOut = cz / M
    const confOut = cl > 0 ? cz / cl : NaN
    const rhsOut = itemOut[rules.rhs[k]] / M
    res.countOut[k] = cz
    res.supportOut[k] = sOut
    res.confidenceOut[k] = confOut
    res.liftOut[k] = rhsOut > 0 ? confOut / rhsOut : NaN
    res.growth[k] = cz === 0 ? Infinity : rules.support[k] / sOut
    res.supportDiff[k] = rules.support[k] - sOut
    res.confidenceDiff[k] = rules.confidence[k] - (Number.isNaN(confOut) ? 0 : confOut)
    res.liftRatio[k] = rules.lift[k] / res.liftOut[k]
    if (res.growth[k] >= o.minGrowth && (Number.isNaN(confOut) || rules.confidence[k] > confOut)) dist.push(k)
  }
  dist.sort((a, c) => {
    if (res.growth[a] !== res.growth[c]) return res.growth[c] > res.growth[a] ? 1 : -1
    if (res.supportDiff[a] !== res.supportDiff[c]) return res.supportDiff[c] - res.supportDiff[a]
    return tieCompare(rules, a, c)
  })
  res.distinguishing = Int32Array.from(dist)
  const fin = (x: number): number | null => (Number.isFinite(x) ? x : null)
  res.top = dist.slice(0, o.top).map((k) => ({
    ...ruleRow(rules, k),
    countOut: res.countOut[k],
    supportOut: res.supportOut[k],
    confidenceOut: fin(res.confidenceOut[k]),
    liftOut: fin(res.liftOut[k]),
    growth: fin(res.growth[k]),
    supportDiff: res.supportDiff[k],
    confidenceDiff: fin(res.confidenceDiff[k]),
  }))
  control.onProgress?.(1, 'segment contrast done')
  return res
}
