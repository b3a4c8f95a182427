/**
 * Uplift evaluation with scikit-uplift 0.5.1's definitions (sklift/metrics/metrics.py):
 *  - rows ordered by predicted uplift, descending, as `np.argsort(uplift, kind='mergesort')[::-1]`:
 *    among tied scores the LATER row comes first;
 *  - curve points only where the score changes (plus the last row), starting at (0, 0);
 *  - Qini: Y_t − Y_c·N_t/N_c (cumulative); uplift curve: (Y_t/N_t − Y_c/N_c)·N;
 *  - perfect Qini (negative_effect=True): the Qini curve of the score y·t − y·(1 − t); perfect uplift
 *    curve: the uplift curve of 2·(y == t) + (y if #control responders > #treated non-responders
 *    else t);
 *  - AUC scores: (AUC_model − AUC_baseline)/(AUC_perfect − AUC_baseline), the baseline being the
 *    straight line from (0, 0) to the perfect curve's last point, areas by the trapezoid rule;
 *  - uplift@k: 'overall' takes the first int(k·n) rows; 'by_group' the first int(k·n_t) treated and
 *    int(k·n_c) control rows; uplift = mean(y | treated) − mean(y | control) among them.
 */
import { MessageError } from '../stats/messages'
import { normalQuantile } from '../stats/distributions'

export interface Curve {
  /** customers targeted (x) */
  x: Float64Array
  /** cumulative incremental outcome (y) */
  y: Float64Array
}

function check(y: ArrayLike<number>, uplift: ArrayLike<number>, t: ArrayLike<number>): void {
  if (y.length !== uplift.length || y.length !== t.length) throw new MessageError('uplift.lengthMismatch', { outcome: y.length, uplift: uplift.length, treatment: t.length })
  let nt = 0
  for (let i = 0; i < t.length; i++) {
    if (t[i] !== 0 && t[i] !== 1) throw new MessageError('uplift.treatmentNotBinary', { row: i + 1, value: String(t[i]) })
    if (!Number.isFinite(uplift[i])) throw new MessageError('uplift.scoreNotFinite', { row: i + 1 })
    if (!Number.isFinite(y[i])) throw new MessageError('uplift.outcomeNotFinite', { row: i + 1 })
    nt += t[i]
  }
  if (nt === 0) throw new MessageError('uplift.noTreated')
  if (nt === t.length) throw new MessageError('uplift.noControl')
}

function checkBinary(y: ArrayLike<number>): void {
  for (let i = 0; i < y.length; i++) if (y[i] !== 0 && y[i] !== 1) throw new MessageError('uplift.outcomeNotBinary', { row: i + 1, value: String(y[i]) })
}

/**
 * Row order of sklift: descending score, ties with the later row first (stable sort, reversed).
 * Ranks from one native numeric sort of the scores, then a counting sort by rank visiting rows from
 * the last: an order of magnitude faster than a comparator sort of indices.
 */
export function upliftOrder(uplift: ArrayLike<number>): Int32Array {
  const n = uplift.length
  const sorted = Float64Array.from(uplift).sort()
  // distinct values ascending (-0 and 0 are one value, as numpy compares them)
  const distinct = new Float64Array(n)
  let m = 0
  for (let k = 0; k < n; k++) if (m === 0 || sorted[k] !== distinct[m - 1]) distinct[m++] = sorted[k]
  const rank = new Int32Array(n)
  const count = new Int32Array(m + 1)
  for (let i = 0; i < n; i++) {
    const v = uplift[i]
    let lo = 0, hi = m - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (distinct[mid] < v) lo = mid + 1
      else hi = mid
    }
    rank[i] = lo
    count[lo]++
  }
  // start of each rank in descending order of rank
  const start = new Int32Array(m)
  let pos = 0
  for (let r = m - 1; r >= 0; r--) { start[r] = pos; pos += count[r] }
  const order = new Int32Array(n)
  for (let i = n - 1; i >= 0; i--) order[start[rank[i]]++] = i
  return order
}

type CurveKind = 'qini' | 'uplift'

function curve(kind: CurveKind, y: ArrayLike<number>, uplift: ArrayLike<number>, t: ArrayLike<number>, order?: Int32Array): Curve {
  const o = order ?? upliftOrder(uplift)
  const n = o.length
  const xs: number[] = [0]
  const ys: number[] = [0]
  let nt = 0, yt = 0, yc = 0
  for (let k = 0; k < n; k++) {
    const i = o[k]
    if (t[i] === 1) { nt++; yt += y[i] } else yc += y[i]
    if (k === n - 1 || uplift[o[k + 1]] !== uplift[i]) {
      const N = k + 1
      const nc = N - nt
      let v: number
      if (kind === 'qini') v = yt - yc * (nc !== 0 ? nt / nc : 0)
      else v = ((nt !== 0 ? yt / nt : 0) - (nc !== 0 ? yc / nc : 0)) * N
      xs.push(N); ys.push(v)
    }
  }
  return { x: Float64Array.from(xs), y: Float64Array.from(ys) }
}

/** sklift `qini_curve`. */
export function qiniCurve(y: ArrayLike<number>, uplift: ArrayLike<number>, t: ArrayLike<number>): Curve {
  check(y, uplift, t)
  return curve('qini', y, uplift, t)
}

/** sklift `uplift_curve`. */
export function upliftCurve(y: ArrayLike<number>, uplift: ArrayLike<number>, t: ArrayLike<number>): Curve {
  check(y, uplift, t)
  return curve('uplift', y, uplift, t)
}

/** sklift `perfect_qini_curve(negative_effect=True)`. */
export function perfectQiniCurve(y: ArrayLike<number>, t: ArrayLike<number>): Curve {
  checkBinary(y)
  const s = Float64Array.from({ length: y.length }, (_, i) => y[i] * t[i] - y[i] * (1 - t[i]))
  check(y, s, t)
  return curve('qini', y, s, t)
}

/** sklift `perfect_uplift_curve`. */
export function perfectUpliftCurve(y: ArrayLike<number>, t: ArrayLike<number>): Curve {
  checkBinary(y)
  let cr = 0, tn = 0
  for (let i = 0; i < y.length; i++) {
    if (y[i] === 1 && t[i] === 0) cr++
    if (y[i] === 0 && t[i] === 1) tn++
  }
  const s = Float64Array.from({ length: y.length }, (_, i) => 2 * (y[i] === t[i] ? 1 : 0) + (cr > tn ? y[i] : t[i]))
  check(y, s, t)
  return curve('uplift', y, s, t)
}

/** Trapezoid area (sklearn `auc` on increasing x). */
export function trapezoid(c: Curve): number {
  let s = 0
  for (let i = 1; i < c.x.length; i++) s += ((c.x[i] - c.x[i - 1]) * (c.y[i] + c.y[i - 1])) / 2
  return s
}

function normalisedAuc(actual: Curve, perfect: Curve): number {
  const last = perfect.x.length - 1
  const base = trapezoid({ x: Float64Array.of(0, perfect.x[last]), y: Float64Array.of(0, perfect.y[last]) })
  return (trapezoid(actual) - base) / (trapezoid(perfect) - base)
}

/** sklift `qini_auc_score` (negative_effect=True). */
export function qiniAucScore(y: ArrayLike<number>, uplift: ArrayLike<number>, t: ArrayLike<number>): number {
  return normalisedAuc(qiniCurve(y, uplift, t), perfectQiniCurve(y, t))
}

/** sklift `uplift_auc_score`. */
export function upliftAucScore(y: ArrayLike<number>, uplift: ArrayLike<number>, t: ArrayLike<number>): number {
  return normalisedAuc(upliftCurve(y, uplift, t), perfectUpliftCurve(y, t))
}

export type AtKStrategy = 'overall' | 'by_group'

/** sklift `uplift_at_k`: k in (0, 1) is a share of rows, an integer k ≥ 1 a row count. NaN when a group is empty. */
export function upliftAtK(y: ArrayLike<number>, uplift: ArrayLike<number>, t: ArrayLike<number>, k = 0.3, strategy: AtKStrategy = 'overall', sortedOrder?: Int32Array): number {
  if (!sortedOrder) check(y, uplift, t)
  const n = y.length
  const isShare = !Number.isInteger(k) || k < 1
  if (isShare ? !(k > 0 && k < 1) : !(k > 0 && k < n)) throw new MessageError('uplift.badK', { k, n })
  const order = sortedOrder ?? upliftOrder(uplift)
  let st = 0, nt = 0, sc = 0, nc = 0
  if (strategy === 'overall') {
    const size = isShare ? Math.trunc(n * k) : k
    for (let q = 0; q < size; q++) {
      const i = order[q]
      if (t[i] === 1) { st += y[i]; nt++ } else { sc += y[i]; nc++ }
    }
  } else {
    let nT = 0
    for (let i = 0; i < n; i++) nT += t[i]
    const wantT = isShare ? Math.trunc(nT * k) : k
    const wantC = isShare ? Math.trunc((n - nT) * k) : k
    if (wantT > nT || wantC > n - nT) throw new MessageError('uplift.kTooLargeForGroup', { k, treated: nT, control: n - nT })
    for (let q = 0; q < n && (nt < wantT || nc < wantC); q++) {
      const i = order[q]
      if (t[i] === 1) { if (nt < wantT) { st += y[i]; nt++ } } else if (nc < wantC) { sc += y[i]; nc++ }
    }
  }
  return (nt ? st / nt : NaN) - (nc ? sc / nc : NaN)
}

export interface PercentileRow {
  percentile: string
  nTreatment: number
  nControl: number
  responseRateTreatment: number | null
  responseRateControl: number | null
  uplift: number | null
}

/**
 * sklift `uplift_by_percentile(strategy='overall')`: rows in uplift order cut into `bins` parts as
 * `np.array_split` cuts (the first n mod bins parts one row longer); per part the response rate of
 * each group and their difference.
 */
export function upliftByPercentile(y: ArrayLike<number>, uplift: ArrayLike<number>, t: ArrayLike<number>, bins = 10, sortedOrder?: Int32Array): PercentileRow[] {
  if (!sortedOrder) check(y, uplift, t)
  const n = y.length
  if (!(Number.isInteger(bins) && bins >= 1 && bins <= n)) throw new MessageError('uplift.badBins', { bins, n })
  const order = sortedOrder ?? upliftOrder(uplift)
  const rows: PercentileRow[] = []
  const base = Math.floor(n / bins), extra = n % bins
  let start = 0
  for (let b = 0; b < bins; b++) {
    const size = base + (b < extra ? 1 : 0)
    let st = 0, nt = 0, sc = 0, nc = 0
    for (let q = start; q < start + size; q++) {
      const i = order[q]
      if (t[i] === 1) { st += y[i]; nt++ } else { sc += y[i]; nc++ }
    }
    start += size
    const rt = nt ? st / nt : null, rc = nc ? sc / nc : null
    rows.push({ percentile: `${Math.round((b * 100) / bins)}-${Math.round(((b + 1) * 100) / bins)}`, nTreatment: nt, nControl: nc, responseRateTreatment: rt, responseRateControl: rc, uplift: rt !== null && rc !== null ? rt - rc : null })
  }
  return rows
}

export interface UpliftEvaluation {
  qiniAuc: number
  upliftAuc: number
  upliftAtK: { overall: number; byGroup: number }
  k: number
  qini: Curve
  qiniPerfect: Curve
  uplift: Curve
  upliftPerfect: Curve
  byDecile: PercentileRow[]
}

/** Everything the report shows for one model on held-out rows (binary outcome). */
export function evaluateUplift(y: ArrayLike<number>, uplift: ArrayLike<number>, t: ArrayLike<number>, k = 0.3): UpliftEvaluation {
  check(y, uplift, t)
  checkBinary(y)
  const order = upliftOrder(uplift)
  const qini = curve('qini', y, uplift, t, order)
  const up = curve('uplift', y, uplift, t, order)
  const qiniPerfect = perfectQiniCurve(y, t)
  const upliftPerfect = perfectUpliftCurve(y, t)
  return {
    qiniAuc: normalisedAuc(qini, qiniPerfect),
    upliftAuc: normalisedAuc(up, upliftPerfect),
    upliftAtK: { overall: upliftAtK(y, uplift, t, k, 'overall', order), byGroup: upliftAtK(y, uplift, t, k, 'by_group', order) },
    k, qini, qiniPerfect, uplift: up, upliftPerfect,
    byDecile: upliftByPercentile(y, uplift, t, Math.min(10, y.length), order),
  }
}

export interface AteResult {
  estimate: number
  se: number
  lower: number
  upper: number
  meanTreated: number
  meanControl: number
  nTreated: number
  nControl: number
}

/**
 * Average treatment effect of a randomised test: difference in means, SE from the sample variances
 * (ddof 1), normal CI.
 */
export function averageTreatmentEffect(y: ArrayLike<number>, t: ArrayLike<number>, confidence = 0.95): AteResult {
  let st = 0, sc = 0, nt = 0, nc = 0
  for (let i = 0; i < y.length; i++) if (t[i] === 1) { st += y[i]; nt++ } else { sc += y[i]; nc++ }
  if (nt < 2 || nc < 2) throw new MessageError('uplift.tooFewPerArm', { treated: nt, control: nc })
  const mt = st / nt, mc = sc / nc
  let vt = 0, vc = 0
  for (let i = 0; i < y.length; i++) if (t[i] === 1) vt += (y[i] - mt) ** 2; else vc += (y[i] - mc) ** 2
  vt /= nt - 1; vc /= nc - 1
  const se = Math.sqrt(vt / nt + vc / nc)
  const z = normalQuantile(1 - (1 - confidence) / 2)
  const est = mt - mc
  return { estimate: est, se, lower: est - z * se, upper: est + z * se, meanTreated: mt, meanControl: mc, nTreated: nt, nControl: nc }
}
