/**
 * The CLV workflow over a summary: fit the BTYD models, compare them (log-likelihood, and a holdout
 * check when a split is given), choose one, add Gamma-Gamma spend, and predict per customer. Plus the
 * checks lifetimes plots: calibration vs holdout by frequency, the cumulative repeat-purchase curve,
 * the P(alive) matrix over frequency × recency, and the CLV distribution.
 */
import type { RunControl } from '../core/progress'
import { checkCancel, subProgress } from '../core/progress'
import type { CleanTransactions } from '../segmentation/transactions'
import type { ClvMessage } from './messages'
import { ClvError, msg } from './messages'
import type { BtydFit, BtydModelName } from './models'
import { conditionalExpectedPurchases, expectedPurchases, fitBtyd, probabilityAlive } from './models'
import type { ClvSummary, Period } from './summary'
import { checkRepeatBuyers, periodIndex, summaryFromTransactions } from './summary'
import type { GammaGammaFit } from './value'
import { customerLifetimeValue, expectedAverageValue, fitGammaGamma } from './value'

export interface ClvOptions {
  /** models to fit and compare; default all three */
  models?: BtydModelName[]
  /** the model to use for predictions; default the comparison's choice */
  model?: BtydModelName
  /** periods ahead for the expected purchases, default 90 */
  horizon?: number
  months?: number
  discount?: number
  /** month length in the summary's periods; see PERIODS_PER_MONTH */
  periodsPerMonth: number
}

export interface ClvCustomer {
  id: string
  frequency: number
  recency: number
  T: number
  monetary: number | null
  pAlive: number
  expectedPurchases: number
  expectedValue: number | null
  clv: number | null
}

export interface ModelComparison {
  model: BtydModelName
  logLik: number
  converged: boolean
  /** holdout check, when a split is given: mean absolute error per customer of predicted vs actual repeat purchases */
  holdoutMae?: number
  holdoutPredicted?: number
  holdoutActual?: number
}

export interface ClvResult {
  customers: number
  repeatCustomers: number
  period: Period
  fits: BtydFit[]
  comparison: ModelComparison[]
  chosen: BtydModelName
  /** why: 'holdout' (smallest holdout error), 'logLik' (all have four parameters) or 'user' */
  chosenBy: 'holdout' | 'logLik' | 'user'
  model: BtydFit
  gammaGamma: GammaGammaFit | null
  rows: ClvCustomer[]
  totals: { expectedPurchases: number; clv: number | null }
  warnings: ClvMessage[]
}

export interface HoldoutData {
  /** calibration summary (same customers, same order as `frequency`) */
  calibration: ClvSummary
  /** distinct purchase periods per customer in the holdout */
  frequency: Float64Array
  /** holdout length in periods */
  duration: number
}

export function analyseClv(summary: ClvSummary, opt: ClvOptions, control?: RunControl, holdout?: HoldoutData): ClvResult {
  const repeat = checkRepeatBuyers(summary)
  const names = opt.models ?? ['bgnbd', 'mbgnbd', 'paretonbd']
  if (opt.model && !names.includes(opt.model)) names.push(opt.model)
  const warnings: ClvMessage[] = [...summary.warnings]
  const fits: BtydFit[] = []
  const comparison: ModelComparison[] = []
  const steps = names.length + (holdout ? names.length : 0) + 1
  let done = 0
  for (const name of names) {
    checkCancel(control?.cancel)
    const fit = fitBtyd(name, summary, { cancel: control?.cancel, onProgress: subProgress(control?.onProgress, done / steps, (done + 1) / steps) })
    done++
    fits.push(fit)
    warnings.push(...fit.warnings)
    const row: ModelComparison = { model: name, logLik: fit.logLik, converged: fit.converged }
    if (holdout) {
      const cal = fitBtyd(name, holdout.calibration, { cancel: control?.cancel, onProgress: subProgress(control?.onProgress, done / steps, (done + 1) / steps) })
      done++
      Object.assign(row, holdoutError(cal, holdout))
    }
    comparison.push(row)
  }
  let chosen: BtydModelName
  let chosenBy: ClvResult['chosenBy']
  if (opt.model) {
    chosen = opt.model
    chosenBy = 'user'
  } else if (holdout) {
    chosen = [...comparison].filter((c) => c.converged).sort((a, b) => a.holdoutMae! - b.holdoutMae!)[0]?.model ?? comparison[0].model
    chosenBy = 'holdout'
  } else {
    chosen = [...comparison].filter((c) => Number.isFinite(c.logLik)).sort((a, b) => b.logLik - a.logLik)[0]?.model ?? comparison[0].model
    chosenBy = 'logLik'
  }
  const model = fits.find((f) => f.model === chosen)!
  let gammaGamma: GammaGammaFit | null = null
  if (summary.monetary) {
    try {
      gammaGamma = fitGammaGamma(summary.frequency, summary.monetary)
      warnings.push(...gammaGamma.warnings)
    } catch (e) {
      if (!(e instanceof ClvError)) throw e
      warnings.push(msg(e.code, e.params))
    }
  }
  const horizon = opt.horizon ?? 90
  const rows: ClvCustomer[] = []
  let sumE = 0, sumClv = 0
  for (let i = 0; i < summary.ids.length; i++) {
    const x = summary.frequency[i], tx = summary.recency[i], T = summary.T[i]
    const m = summary.monetary ? summary.monetary[i] : null
    const e = conditionalExpectedPurchases(model, horizon, x, tx, T)
    const value = gammaGamma && m !== null ? expectedAverageValue(gammaGamma, x, m) : null
    const clv = gammaGamma && m !== null ? customerLifetimeValue(model, gammaGamma, x, tx, T, m, opt) : null
    sumE += e
    if (clv !== null) sumClv += clv
    rows.push({ id: summary.ids[i], frequency: x, recency: tx, T, monetary: m, pAlive: probabilityAlive(model, x, tx, T), expectedPurchases: e, expectedValue: value, clv })
  }
  const still = noDropout(model, rows)
  if (still) warnings.push(still)
  control?.onProgress?.(1)
  return {
    customers: summary.ids.length,
    repeatCustomers: repeat,
    period: summary.period,
    fits,
    comparison,
    chosen,
    chosenBy,
    model,
    gammaGamma,
    rows,
    totals: { expectedPurchases: sumE, clv: gammaGamma ? sumClv : null },
    warnings,
  }
}

/** P(alive) at or above this counts as "certainly still a customer" for the no-drop-out check. */
export const NO_DROPOUT_P = 0.99
/** Warn when at least this share of repeat buyers is that certain. */
export const NO_DROPOUT_SHARE = 0.95

/**
 * A fit that finds (almost) no drop-out, e.g. weekly periods on a year of Online Retail drive BG/NBD's a to ~1e-5:
 * P(alive) is then ~1 for everyone and carries no information, and expected purchases assume nobody leaves.
 * Judged on repeat buyers only, since BG/NBD puts every one-time buyer at P(alive) = 1 by construction.
 */
function noDropout(model: BtydFit, rows: ClvCustomer[]): ClvMessage | null {
  let repeat = 0, alive = 0
  for (const r of rows) {
    if (r.frequency <= 0) continue
    repeat++
    if (r.pAlive >= NO_DROPOUT_P) alive++
  }
  if (repeat === 0 || alive < NO_DROPOUT_SHARE * repeat) return null
  return msg('noDropout', { model: model.model, alive, repeat, threshold: NO_DROPOUT_P })
}

function holdoutError(cal: Pick<BtydFit, 'model' | 'params'>, h: HoldoutData): Pick<ModelComparison, 'holdoutMae' | 'holdoutPredicted' | 'holdoutActual'> {
  const c = h.calibration
  let err = 0, pred = 0, act = 0
  for (let i = 0; i < c.ids.length; i++) {
    const e = conditionalExpectedPurchases(cal, h.duration, c.frequency[i], c.recency[i], c.T[i])
    err += Math.abs(e - h.frequency[i])
    pred += e
    act += h.frequency[i]
  }
  return { holdoutMae: err / c.ids.length, holdoutPredicted: pred, holdoutActual: act }
}

/**
 * Split a transaction log at `calibrationEnd` (lifetimes' calibration_and_holdout_data): the
 * calibration summary from purchases up to it, and per calibration customer the distinct purchase
 * periods in (calibrationEnd, end].
 */
export function calibrationHoldout(tx: Pick<CleanTransactions, 'customer' | 'date' | 'amount' | 'customerIds'>, calibrationEnd: number, opt: { period?: Period; end?: number; now?: number } = {}): HoldoutData {
  const period = opt.period ?? 'day'
  let maxDate = -Infinity
  for (let i = 0; i < tx.date.length; i++) maxDate = Math.max(maxDate, tx.date[i])
  const end = opt.end ?? maxDate
  const calP = periodIndex(calibrationEnd, period)
  const endP = periodIndex(end, period)
  if (!(calP < endP)) throw new ClvError('badHoldoutSplit', { calibrationEnd: new Date(calibrationEnd).toISOString().slice(0, 10), end: new Date(end).toISOString().slice(0, 10) })
  const cal = summaryFromTransactions(tx, { period, end: calibrationEnd, now: opt.now })
  // purchases after the calibration end are the holdout, not an input problem
  cal.warnings = cal.warnings.filter((w) => w.code !== 'afterEnd')
  const pos = new Map<string, number>(cal.ids.map((id, i) => [id, i]))
  const seen = new Set<number>()
  const freq = new Float64Array(cal.ids.length)
  const nc = tx.customerIds.length
  for (let i = 0; i < tx.date.length; i++) {
    const p = periodIndex(tx.date[i], period)
    if (p <= calP || p > endP) continue
    const key = (p - calP) * nc + tx.customer[i]
    if (seen.has(key)) continue
    seen.add(key)
    const j = pos.get(tx.customerIds[tx.customer[i]])
    if (j !== undefined) freq[j]++
  }
  return { calibration: cal, frequency: freq, duration: endP - calP }
}

export interface FrequencyBin {
  /** calibration frequency (the last bin holds this many or more) */
  frequency: number
  customers: number
  actual: number
  predicted: number
}

/** Mean actual vs predicted holdout repeat purchases by calibration frequency (0..maxBin, last bin open). */
export function holdoutByFrequency(fit: Pick<BtydFit, 'model' | 'params'>, h: HoldoutData, maxBin = 7): FrequencyBin[] {
  const bins: FrequencyBin[] = Array.from({ length: maxBin + 1 }, (_, k) => ({ frequency: k, customers: 0, actual: 0, predicted: 0 }))
  const c = h.calibration
  for (let i = 0; i < c.ids.length; i++) {
    const b = bins[Math.min(maxBin, c.frequency[i])]
    b.customers++
    b.actual += h.frequency[i]
    b.predicted += conditionalExpectedPurchases(fit, h.duration, c.frequency[i], c.recency[i], c.T[i])
  }
  return bins.filter((b) => b.customers > 0).map((b) => ({ ...b, actual: b.actual / b.customers, predicted: b.predicted / b.customers }))
}

export interface CumulativeCurve {
  /** period index (days or Monday-weeks since 1970) */
  periods: number[]
  actual: number[]
  predicted: number[]
}

/**
 * Cumulative repeat purchases per period, actual vs the model's expectation for every customer from
 * their first purchase on (lifetimes' expected_cumulative_transactions).
 */
export function cumulativeRepeatCurve(fit: Pick<BtydFit, 'model' | 'params'>, tx: Pick<CleanTransactions, 'customer' | 'date'>, period: Period, end?: number): CumulativeCurve {
  let maxDate = -Infinity
  for (let i = 0; i < tx.date.length; i++) maxDate = Math.max(maxDate, tx.date[i])
  const endP = periodIndex(end ?? maxDate, period)
  const byCust = new Map<number, Set<number>>()
  for (let i = 0; i < tx.date.length; i++) {
    const p = periodIndex(tx.date[i], period)
    if (p > endP) continue
    let s = byCust.get(tx.customer[i])
    if (!s) byCust.set(tx.customer[i], (s = new Set()))
    s.add(p)
  }
  let start = Infinity
  for (const s of byCust.values()) for (const p of s) start = Math.min(start, p)
  const span = endP - start + 1
  const repeats = new Float64Array(span)
  const births = new Float64Array(span)
  for (const s of byCust.values()) {
    const ps = [...s].sort((a, b) => a - b)
    births[ps[0] - start]++
    for (let k = 1; k < ps.length; k++) repeats[ps[k] - start]++
  }
  const E = new Float64Array(span)
  for (let t = 1; t < span; t++) E[t] = expectedPurchases(fit, t)
  const periods: number[] = [], actual: number[] = [], predicted: number[] = []
  let cum = 0
  for (let k = 0; k < span; k++) {
    cum += repeats[k]
    let pred = 0
    for (let b = 0; b <= k; b++) if (births[b] > 0) pred += births[b] * E[k - b]
    periods.push(start + k)
    actual.push(cum)
    predicted.push(pred)
  }
  return { periods, actual, predicted }
}

/** P(alive) over a frequency × recency grid at age T = the largest T (lifetimes' matrix), at most `size` steps each way. */
export function probabilityAliveMatrix(fit: Pick<BtydFit, 'model' | 'params'>, summary: Pick<ClvSummary, 'frequency' | 'T'>, size = 60): { frequency: number[]; recency: number[]; T: number; values: number[][] } {
  let maxF = 0, maxT = 0
  for (let i = 0; i < summary.T.length; i++) {
    maxF = Math.max(maxF, summary.frequency[i])
    maxT = Math.max(maxT, summary.T[i])
  }
  const grid = (max: number, whole: boolean): number[] => {
    const steps = Math.min(size, whole ? max : size)
    return Array.from({ length: steps + 1 }, (_, k) => (whole && max <= size ? k : (k * max) / steps)).map((v) => (whole ? Math.round(v) : v))
  }
  const frequency = [...new Set(grid(maxF, true))]
  const recency = grid(maxT, maxT <= size)
  const values = recency.map((r) => frequency.map((f) => probabilityAlive(fit, f, r, maxT)))
  return { frequency, recency, T: maxT, values }
}

/** Quantiles and an equal-width histogram of CLV up to its 99th percentile (the last bin holds the rest). */
export function clvDistribution(values: ArrayLike<number>, bins = 20): { quantiles: Record<string, number>; edges: number[]; counts: number[] } {
  const v = Float64Array.from(values).filter(Number.isFinite).sort()
  if (v.length === 0) return { quantiles: {}, edges: [], counts: [] }
  const q = (p: number): number => {
    const h = (v.length - 1) * p
    const lo = Math.floor(h)
    return v[lo] + (h - lo) * ((v[Math.min(lo + 1, v.length - 1)] ?? v[lo]) - v[lo])
  }
  const quantiles = Object.fromEntries([0, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99, 1].map((p) => [String(p), q(p)]))
  const lo = v[0], hi = Math.max(q(0.99), lo + 1e-12)
  const edges = Array.from({ length: bins + 1 }, (_, k) => lo + ((hi - lo) * k) / bins)
  const counts = new Array<number>(bins).fill(0)
  for (const x of v) counts[Math.min(bins - 1, Math.max(0, Math.floor(((x - lo) / (hi - lo)) * bins)))]++
  return { quantiles, edges, counts }
}

/** The top customers by CLV (or by expected purchases when there is no value). */
export function topCustomers(rows: ClvCustomer[], n = 20): ClvCustomer[] {
  return [...rows].sort((a, b) => (b.clv ?? b.expectedPurchases) - (a.clv ?? a.expectedPurchases)).slice(0, n)
}
