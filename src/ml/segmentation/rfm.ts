/**
 * RFM quintile scores (1–5) and the named RFM segment map.
 *
 * Scores: values are ranked, then the ranks are cut into 5 equal-count bins, like pandas
 * `pd.qcut(x.rank(method='first'), 5, labels=[1..5])`. Recency is reversed (fewest days → 5).
 * Tie rule ('first', the default): equal values are ranked in customer order (the sorted customer
 * ids), so a large tie (e.g. the many one-invoice customers) is split over neighbouring scores and
 * every score holds a fifth of the customers. With tieRule 'average' tied values share their
 * average rank and therefore the same score (bins may then be uneven).
 *
 * Segments: a grid on R (rows) and FM = round((F + M) / 2) (columns), see RFM_SEGMENT_GRID.
 */
import { MessageError } from '../core/message'

export type RfmSegment =
  | 'Champions'
  | 'Loyal customers'
  | 'Potential loyalists'
  | 'New customers'
  | 'Promising'
  | 'Need attention'
  | 'About to sleep'
  | 'At risk'
  | "Can't lose them"
  | 'Hibernating'
  | 'Lost'

export const RFM_SEGMENTS: readonly RfmSegment[] = [
  'Champions',
  'Loyal customers',
  'Potential loyalists',
  'New customers',
  'Promising',
  'Need attention',
  'About to sleep',
  'At risk',
  "Can't lose them",
  'Hibernating',
  'Lost',
]

/**
 * RFM_SEGMENT_GRID[r - 1][fm - 1] is the segment of R score r and FM score fm, where
 * fm = round((F + M) / 2) with halves rounded up. Read as a table (rows R = 5 at the top):
 *
 * | R \ FM | 1              | 2                   | 3                   | 4               | 5               |
 * |--------|----------------|---------------------|---------------------|-----------------|-----------------|
 * | 5      | New customers  | Potential loyalists | Potential loyalists | Champions       | Champions       |
 * | 4      | Promising      | Potential loyalists | Potential loyalists | Loyal customers | Champions       |
 * | 3      | About to sleep | About to sleep      | Need attention      | Loyal customers | Loyal customers |
 * | 2      | Hibernating    | Hibernating         | At risk             | At risk         | Can't lose them |
 * | 1      | Lost           | Lost                | Hibernating         | At risk         | Can't lose them |
 */
export const RFM_SEGMENT_GRID: readonly (readonly RfmSegment[])[] = [
  ['Lost', 'Lost', 'Hibernating', 'At risk', "Can't lose them"],
  ['Hibernating', 'Hibernating', 'At risk', 'At risk', "Can't lose them"],
  ['About to sleep', 'About to sleep', 'Need attention', 'Loyal customers', 'Loyal customers'],
  ['Promising', 'Potential loyalists', 'Potential loyalists', 'Loyal customers', 'Champions'],
  ['New customers', 'Potential loyalists', 'Potential loyalists', 'Champions', 'Champions'],
]

/** One-line meaning of each segment (English; the UI may translate by segment name). */
export const RFM_SEGMENT_DESCRIPTIONS: Record<RfmSegment, string> = {
  Champions: 'Bought recently, buy often and spend the most',
  'Loyal customers': 'Buy regularly and spend well',
  'Potential loyalists': 'Recent customers with average frequency and spend',
  'New customers': 'Bought very recently, but not often yet',
  Promising: 'Recent shoppers who have not spent much yet',
  'Need attention': 'Average recency, frequency and spend',
  'About to sleep': 'Below-average recency and frequency: will be lost without a nudge',
  'At risk': 'Used to buy often and spend well, but not for a while',
  "Can't lose them": 'Were among the best customers; have not come back for a long time',
  Hibernating: 'Last purchase long ago, few orders, low spend',
  Lost: 'Lowest recency, frequency and spend',
}

export type TieRule = 'first' | 'average'

export interface RfmScoreOptions {
  tieRule: TieRule
  /** number of score levels (5 = quintiles) */
  bins: number
}

export const defaultRfmScoreOptions: RfmScoreOptions = { tieRule: 'first', bins: 5 }

export interface RfmScores {
  r: Uint8Array
  f: Uint8Array
  m: Uint8Array
  /** round((F + M) / 2), halves up */
  fm: Uint8Array
  /** e.g. "545" */
  score: string[]
  /** index into RFM_SEGMENTS per customer */
  segment: Uint8Array
  /** value range per score level (for a legend): [min, max] of the raw value for each score 1..bins */
  ranges: { r: [number, number][]; f: [number, number][]; m: [number, number][] }
}

/** Ranks 1..n ('first': ties in index order; 'average': tied values share the mean rank). */
export function rank(values: ArrayLike<number>, tieRule: TieRule = 'first'): Float64Array {
  const n = values.length
  const idx = Array.from({ length: n }, (_, i) => i)
  idx.sort((a, b) => values[a] - values[b] || a - b)
  const out = new Float64Array(n)
  if (tieRule === 'first') {
    for (let k = 0; k < n; k++) out[idx[k]] = k + 1
    return out
  }
  for (let k = 0; k < n; ) {
    let e = k
    while (e + 1 < n && values[idx[e + 1]] === values[idx[k]]) e++
    const r = (k + 1 + e + 1) / 2
    for (let j = k; j <= e; j++) out[idx[j]] = r
    k = e + 1
  }
  return out
}

/**
 * Equal-count bin (1..bins) of each value: pandas qcut on the ranks. Bin edges are the linear
 * quantiles of the ranks, edge_j = 1 + (n − 1)·j/bins; a rank r lands in the first bin j with r ≤ edge_j.
 */
export function quantileScores(values: ArrayLike<number>, bins = 5, tieRule: TieRule = 'first'): Uint8Array {
  const n = values.length
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(values[i])) throw new RangeError(`quantileScores: value ${i + 1} is not a number`)
  }
  const rk = rank(values, tieRule)
  const out = new Uint8Array(n)
  const edges = Array.from({ length: bins + 1 }, (_, j) => 1 + ((n - 1) * j) / bins)
  for (let i = 0; i < n; i++) {
    let j = 1
    while (j < bins && rk[i] > edges[j]) j++
    out[i] = j
  }
  return out
}

function ranges(values: ArrayLike<number>, scores: Uint8Array, bins: number): [number, number][] {
  const out: [number, number][] = Array.from({ length: bins }, () => [Infinity, -Infinity])
  for (let i = 0; i < values.length; i++) {
    const r = out[scores[i] - 1]
    if (values[i] < r[0]) r[0] = values[i]
    if (values[i] > r[1]) r[1] = values[i]
  }
  return out
}

/** Segment of one R score and FM score (both 1..5). */
export function segmentOf(r: number, fm: number): RfmSegment {
  return RFM_SEGMENT_GRID[r - 1][fm - 1]
}

/** R, F, M quintile scores, the "RFM" string and the named segment of every customer. */
export function rfmScores(recency: ArrayLike<number>, frequency: ArrayLike<number>, monetary: ArrayLike<number>, options: Partial<RfmScoreOptions> = {}): RfmScores {
  const opt = { ...defaultRfmScoreOptions, ...options }
  const n = recency.length
  if (frequency.length !== n || monetary.length !== n) throw new RangeError('rfmScores: recency, frequency and monetary must have the same length')
  if (n < opt.bins) throw new MessageError('segment.error.rfmFew', { bins: opt.bins, n })
  if (opt.bins !== 5) throw new RangeError('The named segment map is defined for 5 score levels')
  const negRec = Float64Array.from(recency, (v) => -v)
  const r = quantileScores(negRec, opt.bins, opt.tieRule)
  const f = quantileScores(frequency, opt.bins, opt.tieRule)
  const m = quantileScores(monetary, opt.bins, opt.tieRule)
  const fm = new Uint8Array(n)
  const segment = new Uint8Array(n)
  const score: string[] = new Array(n)
  for (let i = 0; i < n; i++) {
    fm[i] = Math.floor((f[i] + m[i]) / 2 + 0.5)
    score[i] = `${r[i]}${f[i]}${m[i]}`
    segment[i] = RFM_SEGMENTS.indexOf(segmentOf(r[i], fm[i]))
  }
  return { r, f, m, fm, score, segment, ranges: { r: ranges(recency, r, opt.bins), f: ranges(frequency, f, opt.bins), m: ranges(monetary, m, opt.bins) } }
}

export interface SegmentSummary {
  segment: RfmSegment
  description: string
  customers: number
  /** share of customers, 0..1 */
  customerShare: number
  revenue: number
  /** share of revenue, 0..1 */
  revenueShare: number
  /** null when no margin column was mapped */
  margin: number | null
  marginShare: number | null
  meanRecency: number
  meanFrequency: number
  meanMonetary: number
}

/** Each named segment's customers, revenue and margin (all 11 segments, empty ones with zeros). */
export function summariseSegments(
  scores: RfmScores,
  recency: ArrayLike<number>,
  frequency: ArrayLike<number>,
  monetary: ArrayLike<number>,
  margin: ArrayLike<number> | null = null,
): SegmentSummary[] {
  const S = RFM_SEGMENTS.length
  const cnt = new Float64Array(S), rev = new Float64Array(S), mar = new Float64Array(S)
  const sr = new Float64Array(S), sf = new Float64Array(S)
  let totRev = 0, totMar = 0
  const n = scores.segment.length
  for (let i = 0; i < n; i++) {
    const s = scores.segment[i]
    cnt[s]++
    rev[s] += monetary[i]
    totRev += monetary[i]
    sr[s] += recency[i]
    sf[s] += frequency[i]
    if (margin) {
      mar[s] += margin[i]
      totMar += margin[i]
    }
  }
  return RFM_SEGMENTS.map((seg, s) => ({
    segment: seg,
    description: RFM_SEGMENT_DESCRIPTIONS[seg],
    customers: cnt[s],
    customerShare: n ? cnt[s] / n : 0,
    revenue: rev[s],
    revenueShare: totRev ? rev[s] / totRev : 0,
    margin: margin ? mar[s] : null,
    marginShare: margin ? (totMar ? mar[s] / totMar : 0) : null,
    meanRecency: cnt[s] ? sr[s] / cnt[s] : NaN,
    meanFrequency: cnt[s] ? sf[s] / cnt[s] : NaN,
    meanMonetary: cnt[s] ? rev[s] / cnt[s] : NaN,
  }))
}
