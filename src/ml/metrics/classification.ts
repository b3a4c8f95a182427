/**
 * Binary classification metrics in float64, defined as scikit-learn defines them
 * (zero_division=0 for precision/recall/F1; ROC AUC with tied scores as one trapezoid step;
 * PR AUC = average precision, the step-wise sum Σ (R_n − R_{n−1}) P_n of average_precision_score).
 */
import { MessageError } from '../core/message'


export interface Confusion {
  tn: number
  fp: number
  fn: number
  tp: number
}

export interface ClassificationMetrics {
  f1: number
  accuracy: number
  precision: number
  recall: number
  specificity: number
  rocAuc: number
  prAuc: number
  logLoss: number
  brier: number
}

function checkLengths(y: ArrayLike<number>, other: ArrayLike<number>, what: string): void {
  if (y.length !== other.length) throw new RangeError(`${what}: ${y.length} labels but ${other.length} predictions`)
}

/** Confusion counts of hard 0/1 predictions. */
export function confusion(y: ArrayLike<number>, pred: ArrayLike<number>): Confusion {
  checkLengths(y, pred, 'confusion')
  let tn = 0, fp = 0, fn = 0, tp = 0
  for (let i = 0; i < y.length; i++) {
    if (y[i]) {
      if (pred[i]) tp++
      else fn++
    } else if (pred[i]) fp++
    else tn++
  }
  return { tn, fp, fn, tp }
}

/** Confusion at a probability threshold: predicted positive when p >= threshold. */
export function confusionAt(y: ArrayLike<number>, proba: ArrayLike<number>, threshold = 0.5): Confusion {
  checkLengths(y, proba, 'confusionAt')
  let tn = 0, fp = 0, fn = 0, tp = 0
  for (let i = 0; i < y.length; i++) {
    const p = proba[i] >= threshold
    if (y[i]) {
      if (p) tp++
      else fn++
    } else if (p) fp++
    else tn++
  }
  return { tn, fp, fn, tp }
}

const div = (a: number, b: number): number => (b === 0 ? 0 : a / b)

export function precisionOf(c: Confusion): number {
  return div(c.tp, c.tp + c.fp)
}
export function recallOf(c: Confusion): number {
  return div(c.tp, c.tp + c.fn)
}
export function specificityOf(c: Confusion): number {
  return div(c.tn, c.tn + c.fp)
}
export function accuracyOf(c: Confusion): number {
  return div(c.tp + c.tn, c.tp + c.tn + c.fp + c.fn)
}
export function f1Of(c: Confusion): number {
  return div(2 * c.tp, 2 * c.tp + c.fp + c.fn)
}

/** Indices sorting scores descending (stable). */
function orderDesc(score: ArrayLike<number>): Int32Array {
  const idx = new Int32Array(score.length)
  for (let i = 0; i < idx.length; i++) idx[i] = i
  const s = Float64Array.from(score)
  idx.sort((a, b) => s[b] - s[a] || a - b)
  return idx
}

/**
 * Cumulative (fp, tp) counts at each distinct score, descending — the points of the ROC and PR
 * curves (sklearn's _binary_clf_curve). thresholds[i] is the score at which point i is reached.
 */
export function binaryClfCurve(y: ArrayLike<number>, score: ArrayLike<number>): { fps: Float64Array; tps: Float64Array; thresholds: Float64Array } {
  checkLengths(y, score, 'binaryClfCurve')
  const n = y.length
  for (let i = 0; i < n; i++) if (Number.isNaN(score[i])) throw new RangeError(`score at row ${i} is NaN`)
  const idx = orderDesc(score)
  const fps: number[] = []
  const tps: number[] = []
  const th: number[] = []
  let tp = 0, fp = 0
  for (let k = 0; k < n; k++) {
    const i = idx[k]
    if (y[i]) tp++
    else fp++
    if (k === n - 1 || score[idx[k + 1]] !== score[i]) {
      fps.push(fp); tps.push(tp); th.push(score[i])
    }
  }
  return { fps: Float64Array.from(fps), tps: Float64Array.from(tps), thresholds: Float64Array.from(th) }
}

function requireBothClasses(y: ArrayLike<number>, what: string): { pos: number; neg: number } {
  let pos = 0
  for (let i = 0; i < y.length; i++) if (y[i]) pos++
  const neg = y.length - pos
  if (pos === 0 || neg === 0) throw new RangeError(`${what} needs both classes in y (got ${pos} positive, ${neg} negative)`)
  return { pos, neg }
}

/** ROC AUC (trapezoid over distinct thresholds, so ties count half, as sklearn). */
export function rocAuc(y: ArrayLike<number>, score: ArrayLike<number>): number {
  const { pos, neg } = requireBothClasses(y, 'ROC AUC')
  const { fps, tps } = binaryClfCurve(y, score)
  let auc = 0, px = 0, py = 0
  for (let i = 0; i < fps.length; i++) {
    auc += (fps[i] - px) * (tps[i] + py) / 2
    px = fps[i]; py = tps[i]
  }
  return auc / (pos * neg)
}

/** Average precision (step-wise, sklearn's average_precision_score). */
export function averagePrecision(y: ArrayLike<number>, score: ArrayLike<number>): number {
  let pos = 0
  for (let i = 0; i < y.length; i++) if (y[i]) pos++
  if (pos === 0) return 0
  const { fps, tps } = binaryClfCurve(y, score)
  let ap = 0, prevR = 0
  for (let i = 0; i < fps.length; i++) {
    const r = tps[i] / pos
    const p = tps[i] / (tps[i] + fps[i])
    ap += (r - prevR) * p
    prevR = r
  }
  return ap
}

/** Mean log loss with probabilities clipped to [1e-15, 1 − 1e-15]. */
export function logLoss(y: ArrayLike<number>, proba: ArrayLike<number>): number {
  checkLengths(y, proba, 'logLoss')
  const eps = 1e-15
  let s = 0
  for (let i = 0; i < y.length; i++) {
    const p = Math.min(1 - eps, Math.max(eps, proba[i]))
    s -= y[i] ? Math.log(p) : Math.log(1 - p)
  }
  return div(s, y.length)
}

export function brier(y: ArrayLike<number>, proba: ArrayLike<number>): number {
  checkLengths(y, proba, 'brier')
  let s = 0
  for (let i = 0; i < y.length; i++) {
    const d = proba[i] - (y[i] ? 1 : 0)
    s += d * d
  }
  return div(s, y.length)
}

/** Every metric at once; hard predictions come from the model (pred), scores from proba. */
export function classificationMetrics(y: ArrayLike<number>, pred: ArrayLike<number>, proba: ArrayLike<number>): ClassificationMetrics & { confusion: Confusion } {
  const c = confusion(y, pred)
  let pos = 0
  for (let i = 0; i < y.length; i++) if (y[i]) pos++
  const both = pos > 0 && pos < y.length
  return {
    f1: f1Of(c),
    accuracy: accuracyOf(c),
    precision: precisionOf(c),
    recall: recallOf(c),
    specificity: specificityOf(c),
    rocAuc: both ? rocAuc(y, proba) : NaN,
    prAuc: averagePrecision(y, proba),
    logLoss: logLoss(y, proba),
    brier: brier(y, proba),
    confusion: c,
  }
}

export type Scoring = 'f1' | 'roc_auc' | 'pr_auc' | 'recall' | 'precision' | 'accuracy'
export const SCORINGS: readonly Scoring[] = ['f1', 'roc_auc', 'pr_auc', 'recall', 'precision', 'accuracy']

/** One scorer by name (as sklearn's scoring strings; pr_auc = average_precision). */
export function score(scoring: Scoring, y: ArrayLike<number>, pred: ArrayLike<number>, proba: ArrayLike<number>): number {
  switch (scoring) {
    case 'f1': return f1Of(confusion(y, pred))
    case 'accuracy': return accuracyOf(confusion(y, pred))
    case 'precision': return precisionOf(confusion(y, pred))
    case 'recall': return recallOf(confusion(y, pred))
    case 'roc_auc': return rocAuc(y, proba)
    case 'pr_auc': return averagePrecision(y, proba)
  }
}

// ---------------------------------------------------------------- chart-ready curves

export interface CurvePoints {
  x: Float64Array
  y: Float64Array
  thresholds: Float64Array
}

/** Keep at most maxPoints points, always keeping the first and last (chart-ready). */
function downsample(c: CurvePoints, maxPoints: number): CurvePoints {
  const n = c.x.length
  if (n <= maxPoints) return c
  const keep: number[] = []
  for (let k = 0; k < maxPoints; k++) keep.push(Math.round((k * (n - 1)) / (maxPoints - 1)))
  const pick = (a: Float64Array): Float64Array => Float64Array.from(keep, (i) => a[i])
  return { x: pick(c.x), y: pick(c.y), thresholds: pick(c.thresholds) }
}

/** ROC curve: x = false positive rate, y = true positive rate, starting at (0,0). */
export function rocCurve(y: ArrayLike<number>, score: ArrayLike<number>, maxPoints = 200): CurvePoints {
  const { pos, neg } = requireBothClasses(y, 'ROC curve')
  const { fps, tps, thresholds } = binaryClfCurve(y, score)
  const n = fps.length + 1
  const x = new Float64Array(n), yy = new Float64Array(n), th = new Float64Array(n)
  th[0] = Infinity
  for (let i = 0; i < fps.length; i++) {
    x[i + 1] = fps[i] / neg
    yy[i + 1] = tps[i] / pos
    th[i + 1] = thresholds[i]
  }
  return downsample({ x, y: yy, thresholds: th }, maxPoints)
}

/** PR curve: x = recall, y = precision, from the highest threshold down (recall ascending). */
export function prCurve(y: ArrayLike<number>, score: ArrayLike<number>, maxPoints = 200): CurvePoints {
  const { pos } = requireBothClasses(y, 'PR curve')
  const { fps, tps, thresholds } = binaryClfCurve(y, score)
  const n = fps.length + 1
  const x = new Float64Array(n), yy = new Float64Array(n), th = new Float64Array(n)
  // sklearn's curve starts at (recall 0, precision 1)
  x[0] = 0; yy[0] = 1; th[0] = Infinity
  for (let i = 0; i < fps.length; i++) {
    x[i + 1] = tps[i] / pos
    yy[i + 1] = tps[i] / (tps[i] + fps[i])
    th[i + 1] = thresholds[i]
  }
  return downsample({ x, y: yy, thresholds: th }, maxPoints)
}

export interface CalibrationBins {
  /** bin lower edges, length nBins + 1 edges */
  edges: Float64Array
  /** mean predicted probability per bin (NaN when empty) */
  meanPredicted: Float64Array
  /** observed positive fraction per bin (NaN when empty) */
  fractionPositive: Float64Array
  count: Int32Array
}

/** Reliability diagram: uniform bins over [0, 1] (sklearn calibration_curve strategy='uniform'). */
export function calibrationBins(y: ArrayLike<number>, proba: ArrayLike<number>, nBins = 10): CalibrationBins {
  checkLengths(y, proba, 'calibrationBins')
  if (!Number.isInteger(nBins) || nBins < 1) throw new MessageError('ml.error.int', { name: 'calibration bins', min: '1', value: String(nBins) })
  const sumP = new Float64Array(nBins), sumY = new Float64Array(nBins), count = new Int32Array(nBins)
  for (let i = 0; i < y.length; i++) {
    const b = Math.min(nBins - 1, Math.max(0, Math.floor(proba[i] * nBins)))
    sumP[b] += proba[i]; sumY[b] += y[i] ? 1 : 0; count[b]++
  }
  const edges = Float64Array.from({ length: nBins + 1 }, (_, k) => k / nBins)
  const meanPredicted = new Float64Array(nBins), fractionPositive = new Float64Array(nBins)
  for (let b = 0; b < nBins; b++) {
    meanPredicted[b] = count[b] ? sumP[b] / count[b] : NaN
    fractionPositive[b] = count[b] ? sumY[b] / count[b] : NaN
  }
  return { edges, meanPredicted, fractionPositive, count }
}

export interface ThresholdSweep {
  thresholds: Float64Array
  tp: Float64Array
  fp: Float64Array
  tn: Float64Array
  fn: Float64Array
  precision: Float64Array
  recall: Float64Array
  specificity: Float64Array
  f1: Float64Array
  accuracy: Float64Array
}

/**
 * Metrics at each threshold of a grid (default 0, 0.01, …, 1), predicted positive when p >= t —
 * precomputed arrays so a threshold slider can update the confusion matrix without recomputing.
 */
export function thresholdSweep(y: ArrayLike<number>, proba: ArrayLike<number>, thresholds?: ArrayLike<number>): ThresholdSweep {
  checkLengths(y, proba, 'thresholdSweep')
  const th = thresholds ? Float64Array.from(thresholds) : Float64Array.from({ length: 101 }, (_, k) => k / 100)
  const m = th.length
  for (let k = 1; k < m; k++) if (!(th[k] >= th[k - 1])) throw new RangeError('thresholdSweep: thresholds must be ascending')
  // histogram of positives/negatives by first threshold above each probability
  const posAt = new Float64Array(m + 1), negAt = new Float64Array(m + 1)
  for (let i = 0; i < y.length; i++) {
    // number of thresholds t with t <= p  → the row is predicted positive at those
    let lo = 0, hi = m
    const p = proba[i]
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (th[mid] <= p) lo = mid + 1
      else hi = mid
    }
    if (y[i]) posAt[lo]++
    else negAt[lo]++
  }
  let P = 0, N = 0
  for (let k = 0; k <= m; k++) { P += posAt[k]; N += negAt[k] }
  const out: ThresholdSweep = {
    thresholds: th, tp: new Float64Array(m), fp: new Float64Array(m), tn: new Float64Array(m), fn: new Float64Array(m),
    precision: new Float64Array(m), recall: new Float64Array(m), specificity: new Float64Array(m), f1: new Float64Array(m), accuracy: new Float64Array(m),
  }
  // rows with lo > k are positive at threshold k (th[k] <= p)
  let tp = P, fp = N
  for (let k = 0; k < m; k++) {
    tp -= posAt[k]; fp -= negAt[k]
    const c: Confusion = { tp, fp, fn: P - tp, tn: N - fp }
    out.tp[k] = c.tp; out.fp[k] = c.fp; out.fn[k] = c.fn; out.tn[k] = c.tn
    out.precision[k] = precisionOf(c); out.recall[k] = recallOf(c); out.specificity[k] = specificityOf(c)
    out.f1[k] = f1Of(c); out.accuracy[k] = accuracyOf(c)
  }
  return out
}

export interface CostBenefit {
  /** value of contacting a customer who converts (e.g. margin − contact cost) */
  tpValue: number
  /** value of contacting one who does not (usually −contact cost) */
  fpValue: number
  /** value of not contacting a converter (usually 0 or −lost margin) */
  fnValue?: number
  /** value of not contacting a non-converter (usually 0) */
  tnValue?: number
}

export interface ProfitCurve {
  thresholds: Float64Array
  profit: Float64Array
  /** fraction of customers contacted at each threshold */
  contacted: Float64Array
  bestThreshold: number
  bestProfit: number
}

/** Profit at each threshold from a cost/benefit matrix, and the profit-maximising threshold. */
export function profitCurve(y: ArrayLike<number>, proba: ArrayLike<number>, cb: CostBenefit, thresholds?: ArrayLike<number>): ProfitCurve {
  for (const [k, v] of Object.entries(cb)) if (v !== undefined && !Number.isFinite(v)) throw new MessageError('ml.error.costBenefit', { name: k, value: String(v) })
  const s = thresholdSweep(y, proba, thresholds)
  const m = s.thresholds.length
  const profit = new Float64Array(m), contacted = new Float64Array(m)
  let best = 0
  for (let k = 0; k < m; k++) {
    profit[k] = s.tp[k] * cb.tpValue + s.fp[k] * cb.fpValue + s.fn[k] * (cb.fnValue ?? 0) + s.tn[k] * (cb.tnValue ?? 0)
    contacted[k] = y.length ? (s.tp[k] + s.fp[k]) / y.length : 0
    if (profit[k] > profit[best]) best = k
  }
  return { thresholds: s.thresholds, profit, contacted, bestThreshold: s.thresholds[best], bestProfit: profit[best] }
}
