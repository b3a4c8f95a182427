/**
 * Experiment statistics after GrowthBook's stats engine (gbstats 0.8.0, packages/stats):
 *  - statistics: a proportion (mean = x/n, variance = mean·(1 − mean)) or a sample mean
 *    (variance with n − 1);
 *  - absolute lift m_b − m_a with variance v_a/n_a + v_b/n_b, relative lift (m_b − m_a)/|m_a| with the
 *    delta-method variance v_b/(n_b·m_a²) + v_a·m_b²/(n_a·m_a⁴) (gbstats `variance_of_ratios`);
 *  - frequentist `TwoSidedTTest`: Welch–Satterthwaite degrees of freedom, p = 2·(1 − T(|est/se|)),
 *    CI = est ± t_{1−α/2}·se;
 *  - Bayesian `EffectBayesianABTest`: posterior N(est, se²) with the improper prior (or combined with
 *    a proper Gaussian prior on the effect), chance to win, credible interval and `get_risk`;
 *  - sequential `SequentialTwoSidedTTest`: the asymptotic confidence sequence of Waudby-Smith,
 *    Arbour, Sinha, Kennedy and Ramdas, "Time-uniform central limit theory and asymptotic confidence
 *    sequences" (arXiv:2103.06476, eq. 9 interval, eq. 155 p-value, eq. 161 ρ) with GrowthBook's
 *    tuning parameter N* (default 5,000);
 *  - sample-ratio mismatch (`check_srm`): Pearson χ² against the planned weights, warning below 0.001;
 *  - CUPED (Deng, Xu, Kohavi and Walker, WSDM 2013) with a pre-period covariate;
 *  - Benjamini–Hochberg adjusted p-values beside the existing Holm.
 */
import { chiSquareSf, normalCdf, normalPdf, normalQuantile, studentTCdf, studentTQuantile } from './distributions'
import { MessageError, message, type Message } from './messages'

/** One arm's summary statistic. */
export interface MeanStat {
  n: number
  mean: number
  /** per-unit variance (population form for proportions, n − 1 for sample means) */
  variance: number
}

export type DifferenceType = 'relative' | 'absolute'

/** gbstats `ProportionStatistic`. */
export function proportionStat(conversions: number, n: number): MeanStat {
  if (!(n >= 0) || !Number.isInteger(n)) throw new MessageError('uplift.ab.badCount', { n })
  if (!(conversions >= 0 && conversions <= n)) throw new MessageError('uplift.ab.badConversions', { conversions, n })
  const mean = n > 0 ? conversions / n : 0
  return { n, mean, variance: mean * (1 - mean) }
}

/** gbstats `SampleMeanStatistic` from a sum and a sum of squares. */
export function sampleMeanStat(sum: number, sumSquares: number, n: number): MeanStat {
  if (n <= 1) return { n, mean: n === 1 ? sum : 0, variance: 0 }
  const mean = sum / n
  return { n, mean, variance: (sumSquares - (sum * sum) / n) / (n - 1) }
}

/** Sample-mean statistic of raw values (revenue per customer, a CUPED-adjusted metric). */
export function statOf(values: ArrayLike<number>): MeanStat {
  let s = 0, ss = 0
  for (let i = 0; i < values.length; i++) { s += values[i]; ss += values[i] * values[i] }
  // Two-pass variance for accuracy; the sums above give the same value in exact arithmetic.
  const n = values.length
  if (n <= 1) return sampleMeanStat(s, ss, n)
  const m = s / n
  let v = 0
  for (let i = 0; i < n; i++) v += (values[i] - m) * (values[i] - m)
  return { n, mean: m, variance: v / (n - 1) }
}

export interface EffectMoments {
  estimate: number
  variance: number
  se: number
}

/** Point estimate and variance of the lift of b over a; null when undefined (with the reason). */
export function effectMoments(a: MeanStat, b: MeanStat, type: DifferenceType): EffectMoments | Message {
  if (a.n < 2 || b.n < 2) return message('uplift.ab.tooFewUnits', { control: a.n, variant: b.n })
  if (type === 'relative') {
    if (a.mean === 0) return message('uplift.ab.zeroControlMean')
    const estimate = (b.mean - a.mean) / Math.abs(a.mean)
    const variance = b.variance / (b.n * a.mean ** 2) + (a.variance * b.mean ** 2) / (a.n * a.mean ** 4)
    if (!(variance > 0)) return message('uplift.ab.noVariance')
    return { estimate, variance, se: Math.sqrt(variance) }
  }
  const variance = a.variance / a.n + b.variance / b.n
  if (!(variance > 0)) return message('uplift.ab.noVariance')
  return { estimate: b.mean - a.mean, variance, se: Math.sqrt(variance) }
}

/** Welch–Satterthwaite degrees of freedom of the two arms (gbstats `TTest.dof`). */
export function welchDof(a: MeanStat, b: MeanStat): number {
  const va = a.variance / a.n, vb = b.variance / b.n
  return (va + vb) ** 2 / ((b.variance ** 2) / (b.n ** 2 * (b.n - 1)) + (a.variance ** 2) / (a.n ** 2 * (a.n - 1)))
}

export interface FrequentistResult {
  estimate: number
  se: number
  dof: number
  t: number
  pValue: number
  ci: [number, number]
}

export interface TestOptions {
  type?: DifferenceType
  alpha?: number
}

const isMessage = (x: unknown): x is Message => typeof x === 'object' && x !== null && 'code' in x

/** gbstats `TwoSidedTTest` (the default frequentist analysis). */
export function frequentistTest(a: MeanStat, b: MeanStat, opt: TestOptions = {}): FrequentistResult | Message {
  const type = opt.type ?? 'relative'
  const alpha = opt.alpha ?? 0.05
  const m = effectMoments(a, b, type)
  if (isMessage(m)) return m
  const dof = welchDof(a, b)
  const t = m.estimate / m.se
  const pValue = 2 * (1 - studentTCdf(Math.abs(t), dof))
  const w = studentTQuantile(1 - alpha / 2, dof) * m.se
  return { estimate: m.estimate, se: m.se, dof, t, pValue, ci: [m.estimate - w, m.estimate + w] }
}

export interface SequentialResult {
  estimate: number
  se: number
  pValue: number
  ci: [number, number]
  rho: number
  tuning: number
}

/** ρ of the normal-mixture boundary tuned so the sequence is tightest near N* units (eq. 161). */
export function sequentialRho(alpha: number, tuning: number): number {
  return Math.sqrt((-2 * Math.log(alpha) + Math.log(-2 * Math.log(alpha) + 1)) / tuning)
}

/**
 * Always-valid two-sided CI and p-value (gbstats `SequentialTwoSidedTTest`): valid at every look,
 * so the test can be read while it runs without inflating false positives.
 */
export function sequentialTest(a: MeanStat, b: MeanStat, opt: TestOptions & { tuning?: number } = {}): SequentialResult | Message {
  const type = opt.type ?? 'relative'
  const alpha = opt.alpha ?? 0.05
  const tuning = opt.tuning ?? 5000
  if (!(tuning > 0)) throw new MessageError('uplift.ab.badTuning', { tuning })
  const m = effectMoments(a, b, type)
  if (isMessage(m)) return m
  const N = a.n + b.n
  const rho = sequentialRho(alpha, tuning)
  const s2 = m.variance * N
  const nr2 = N * rho * rho + 1
  const half = Math.sqrt(s2) * Math.sqrt((2 * nr2 * Math.log(Math.sqrt(nr2) / alpha)) / (N * rho) ** 2)
  // S_t²/σ² of eq. 155 with S_t = N·estimate and σ² = variance·N
  const st2 = (m.estimate ** 2 * N) / m.variance
  const evalue = Math.exp((rho * rho * st2) / (2 * nr2)) / Math.sqrt(nr2)
  return { estimate: m.estimate, se: m.se, pValue: Math.min(1 / evalue, 1), ci: [m.estimate - half, m.estimate + half], rho, tuning }
}

export interface GaussianPrior {
  mean: number
  variance: number
}

export interface BayesianResult {
  /** posterior mean of the lift */
  expected: number
  /** posterior standard deviation */
  se: number
  chanceToWin: number
  ci: [number, number]
  /** [expected loss if control is kept, expected loss if the variant is shipped] */
  risk: [number, number]
}

/** Mean of N(mu, sigma²) truncated to (a, b) (scipy `truncnorm.mean`). */
function truncatedNormalMean(mu: number, sigma: number, a: number, b: number): number {
  const al = (a - mu) / sigma, be = (b - mu) / sigma
  const pa = Number.isFinite(al) ? normalPdf(al) : 0
  const pb = Number.isFinite(be) ? normalPdf(be) : 0
  // The mass via the tail that is not near 1, so far tails keep their digits.
  const mass = al > 0 ? normalCdf(-al) - normalCdf(-be) : normalCdf(be) - normalCdf(al)
  return mu + (sigma * (pa - pb)) / mass
}

/** gbstats `get_risk`: [P(Δ>0)·E[Δ | Δ>0], −P(Δ<0)·E[Δ | Δ<0]]. */
export function bayesRisk(mu: number, sigma: number): [number, number] {
  const pCtrlBetter = normalCdf(-mu / sigma)
  const mnNeg = truncatedNormalMean(mu, sigma, -Infinity, 0)
  const mnPos = truncatedNormalMean(mu, sigma, 0, Infinity)
  return [(1 - pCtrlBetter) * mnPos, -pCtrlBetter * mnNeg]
}

/**
 * gbstats `EffectBayesianABTest`: the data's lift estimate as a Gaussian likelihood, the improper
 * flat prior by default or a proper Gaussian prior on the lift; normal posterior summaries.
 */
export function bayesianTest(a: MeanStat, b: MeanStat, opt: TestOptions & { prior?: GaussianPrior } = {}): BayesianResult | Message {
  const type = opt.type ?? 'relative'
  const alpha = opt.alpha ?? 0.05
  const m = effectMoments(a, b, type)
  if (isMessage(m)) return m
  let precision = 1 / m.variance
  let weighted = m.estimate / m.variance
  if (opt.prior) {
    if (!(opt.prior.variance > 0)) throw new MessageError('uplift.ab.badPrior', { variance: opt.prior.variance })
    precision += 1 / opt.prior.variance
    weighted += opt.prior.mean / opt.prior.variance
  }
  const mean = weighted / precision
  const sd = Math.sqrt(1 / precision)
  const z = normalQuantile(1 - alpha / 2)
  return {
    expected: mean,
    se: sd,
    chanceToWin: normalCdf(mean / sd),
    ci: [mean - z * sd, mean + z * sd],
    risk: bayesRisk(mean, sd),
  }
}

export interface SrmResult {
  chi2: number
  df: number
  pValue: number
  /** expected units per arm under the planned weights */
  expected: number[]
  /** true below the threshold (GrowthBook: 0.001) */
  mismatch: boolean
  threshold: number
}

/** gbstats `check_srm`: Pearson χ² of the observed arm sizes against the planned weights. */
export function srmCheck(observed: readonly number[], weights?: readonly number[], threshold = 0.001): SrmResult {
  const k = observed.length
  if (k < 2) throw new MessageError('uplift.ab.srmArms', { arms: k })
  const w = weights ?? observed.map(() => 1)
  if (w.length !== k) throw new MessageError('uplift.ab.srmWeights', { arms: k, weights: w.length })
  if (w.some((x) => !(x > 0))) throw new MessageError('uplift.ab.srmWeightPositive')
  const tw = w.reduce((s, x) => s + x, 0)
  const total = observed.reduce((s, x) => s + x, 0)
  let chi2 = 0
  const expected = w.map((x) => (total * x) / tw)
  for (let i = 0; i < k; i++) if (expected[i] > 0) chi2 += (observed[i] - expected[i]) ** 2 / expected[i]
  const pValue = total > 0 ? chiSquareSf(chi2, k - 1) : 1
  return { chi2, df: k - 1, pValue, expected, mismatch: pValue < threshold, threshold }
}

/**
 * Benjamini–Hochberg step-up adjusted p-values (statsmodels `multipletests(method='fdr_bh')`):
 * p_(i)·m/i, running minimum from the largest down, capped at 1. null entries stay null and do not
 * count in m.
 */
export function benjaminiHochberg(pValues: readonly (number | null)[]): (number | null)[] {
  const idx: number[] = []
  pValues.forEach((p, i) => {
    if (p === null) return
    if (!(p >= 0 && p <= 1)) throw new MessageError('uplift.ab.badPValue', { index: i, value: String(p) })
    idx.push(i)
  })
  idx.sort((a, b) => (pValues[a] as number) - (pValues[b] as number) || a - b)
  const m = idx.length
  const out: (number | null)[] = pValues.map(() => null)
  let running = 1
  for (let r = m - 1; r >= 0; r--) {
    const i = idx[r]
    running = Math.min(running, ((pValues[i] as number) * m) / (r + 1))
    out[i] = running
  }
  return out
}

export interface CupedResult {
  /** θ = cov(Y, X) / var(X) over both arms pooled */
  theta: number
  /** adjusted metric statistics Y − θ(X − X̄) per arm */
  control: MeanStat
  variant: MeanStat
  /** unadjusted statistics, for comparison */
  controlRaw: MeanStat
  variantRaw: MeanStat
  /** 1 − Var(adjusted lift)/Var(raw lift) (absolute scale) */
  varianceReduction: number
  /** Pearson correlation of metric and covariate over both arms */
  correlation: number
}

export interface CupedOptions {
  /** when the covariate was measured and when the campaign was sent (ms); refused when after */
  covariateAt?: number
  sentAt?: number
}

/**
 * CUPED: adjust the metric by the pre-period covariate, Y' = Y − θ(X − X̄), which keeps each arm's
 * expected difference and removes the variance the covariate explains (≈ ρ²). The covariate must
 * predate the send: one measured after the campaign started may carry the treatment's effect.
 */
export function cuped(yControl: ArrayLike<number>, xControl: ArrayLike<number>, yVariant: ArrayLike<number>, xVariant: ArrayLike<number>, opt: CupedOptions = {}): CupedResult {
  if (opt.covariateAt !== undefined && opt.sentAt !== undefined && opt.covariateAt >= opt.sentAt) {
    throw new MessageError('uplift.ab.cupedAfterSend', { covariateAt: new Date(opt.covariateAt).toISOString(), sentAt: new Date(opt.sentAt).toISOString() })
  }
  if (yControl.length !== xControl.length || yVariant.length !== xVariant.length) throw new MessageError('uplift.ab.cupedLength')
  const n = yControl.length + yVariant.length
  const at = (arr: ArrayLike<number>, arr2: ArrayLike<number>, i: number): number => (i < arr.length ? arr[i] : arr2[i - arr.length])
  let my = 0, mx = 0
  for (let i = 0; i < n; i++) {
    const y = at(yControl, yVariant, i), x = at(xControl, xVariant, i)
    if (!Number.isFinite(y) || !Number.isFinite(x)) throw new MessageError('uplift.ab.cupedMissing', { row: i + 1 })
    my += y; mx += x
  }
  my /= n; mx /= n
  let sxy = 0, sxx = 0, syy = 0
  for (let i = 0; i < n; i++) {
    const dy = at(yControl, yVariant, i) - my, dx = at(xControl, xVariant, i) - mx
    sxy += dx * dy; sxx += dx * dx; syy += dy * dy
  }
  const theta = sxx > 0 ? sxy / sxx : 0
  const adj = (y: ArrayLike<number>, x: ArrayLike<number>): Float64Array => Float64Array.from({ length: y.length }, (_, i) => y[i] - theta * (x[i] - mx))
  const control = statOf(adj(yControl, xControl))
  const variant = statOf(adj(yVariant, xVariant))
  const controlRaw = statOf(yControl)
  const variantRaw = statOf(yVariant)
  const rawVar = controlRaw.variance / controlRaw.n + variantRaw.variance / variantRaw.n
  const adjVar = control.variance / control.n + variant.variance / variant.n
  return {
    theta, control, variant, controlRaw, variantRaw,
    varianceReduction: rawVar > 0 ? 1 - adjVar / rawVar : 0,
    correlation: sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : 0,
  }
}

export interface VsControl {
  absolute: { estimate: number; pValue: number; ci: [number, number] } | Message
  relative: { estimate: number; pValue: number; ci: [number, number] } | Message
  bayesian: { chanceToWin: number; ci: [number, number]; risk: [number, number] } | Message
}

/** The per-arm block of an A/B report: frequentist absolute and relative lift, Bayesian relative. */
export function vsControl(control: MeanStat, variant: MeanStat, opt: { alpha?: number; prior?: GaussianPrior } = {}): VsControl {
  const pick = (r: FrequentistResult | Message): VsControl['absolute'] => (isMessage(r) ? r : { estimate: r.estimate, pValue: r.pValue, ci: r.ci })
  const bay = bayesianTest(control, variant, { type: 'relative', alpha: opt.alpha, prior: opt.prior })
  return {
    absolute: pick(frequentistTest(control, variant, { type: 'absolute', alpha: opt.alpha })),
    relative: pick(frequentistTest(control, variant, { type: 'relative', alpha: opt.alpha })),
    bayesian: isMessage(bay) ? bay : { chanceToWin: bay.chanceToWin, ci: bay.ci, risk: bay.risk },
  }
}

export { isMessage }
