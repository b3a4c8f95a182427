/**
 * Gamma-Gamma spend model (Fader, Hardie & Lee 2005b; Hardie's note 025) and the discounted
 * customer lifetime value lifetimes computes (`utils._customer_lifetime_value`).
 */
import type { RunControl } from '../core/progress'
import { digamma, logGamma } from './special'
import { gradientHessian, invert, multiStart } from './optimize'
import type { ClvMessage } from './messages'
import { ClvError, msg } from './messages'
import type { BtydFit } from './models'
import { conditionalExpectedPurchases } from './models'

export interface GammaGammaFit {
  params: { p: number; q: number; v: number }
  se: { p: number; q: number; v: number } | null
  /** Σ over the repeat buyers of the log-likelihood (note 025 eq 1a) */
  logLik: number
  /** repeat buyers used */
  n: number
  converged: boolean
  gradMax: number
  /** Pearson correlation of frequency and monetary value over the repeat buyers (the model assumes none) */
  correlation: number
  warnings: ClvMessage[]
}

/** Above this |correlation| between frequency and spend, Gamma-Gamma's independence assumption is in doubt. */
export const CORRELATION_WARN = 0.3

function ggLogLik(p: number, q: number, v: number, x: Float64Array, m: Float64Array, w: Float64Array | null): number {
  if (!(p > 0 && q > 0 && v > 0)) return NaN
  const lgq = logGamma(q), lv = Math.log(v)
  let s = 0
  for (let i = 0; i < x.length; i++) {
    const px = p * x[i]
    const ll = logGamma(px + q) - logGamma(px) - lgq + q * lv + (px - 1) * Math.log(m[i]) + px * Math.log(x[i]) - (px + q) * Math.log(x[i] * m[i] + v)
    s += (w ? w[i] : 1) * ll
  }
  return s
}

/** ggLogLik and its gradient in (p, q, v), written into `g` (digamma for the log-gamma terms). */
export function ggLogLikGrad(p: number, q: number, v: number, x: Float64Array, m: Float64Array, w: Float64Array | null, g: Float64Array): number {
  g.fill(0)
  if (!(p > 0 && q > 0 && v > 0)) {
    g.fill(NaN)
    return NaN
  }
  const lgq = logGamma(q), lv = Math.log(v), psiQ = digamma(q)
  let s = 0, gp = 0, gq = 0, gv = 0
  for (let i = 0; i < x.length; i++) {
    const px = p * x[i], wi = w ? w[i] : 1
    const lm = Math.log(m[i]), lx = Math.log(x[i]), lxm = Math.log(x[i] * m[i] + v)
    const psiPQ = digamma(px + q)
    s += wi * (logGamma(px + q) - logGamma(px) - lgq + q * lv + (px - 1) * lm + px * lx - (px + q) * lxm)
    gp += wi * x[i] * (psiPQ - digamma(px) + lm + lx - lxm)
    gq += wi * (psiPQ - psiQ + lv - lxm)
    gv += wi * (q / v - (px + q) / (x[i] * m[i] + v))
  }
  g[0] = gp
  g[1] = gq
  g[2] = gv
  return s
}

/**
 * Fit Gamma-Gamma on the repeat buyers (frequency > 0). Refuses (ClvError negativeMonetary) when
 * any repeat buyer has a monetary value ≤ 0, giving the count.
 */
export function fitGammaGamma(frequency: ArrayLike<number>, monetary: ArrayLike<number>, control?: RunControl): GammaGammaFit {
  const xs: number[] = [], ms: number[] = []
  let bad = 0
  for (let i = 0; i < frequency.length; i++) {
    if (!(frequency[i] > 0)) continue
    if (!(monetary[i] > 0)) {
      bad++
      continue
    }
    xs.push(frequency[i])
    ms.push(monetary[i])
  }
  if (bad > 0) throw new ClvError('negativeMonetary', { count: bad, repeat: bad + xs.length })
  if (xs.length < 2) throw new ClvError('tooFewRepeat', { repeat: xs.length, customers: frequency.length, min: 2 })
  // identical (x, m) pairs are one weighted term
  const index = new Map<string, number>()
  const cx: number[] = [], cm: number[] = [], cw: number[] = []
  xs.forEach((x, i) => {
    const key = `${x}|${ms[i]}`
    const k = index.get(key)
    if (k !== undefined) cw[k]++
    else {
      index.set(key, cx.length)
      cx.push(x)
      cm.push(ms[i])
      cw.push(1)
    }
  })
  const X = Float64Array.from(cx), M = Float64Array.from(cm), W = Float64Array.from(cw)
  const n = xs.length
  const f = (lp: number[]): number => {
    const v = -ggLogLik(Math.exp(lp[0]), Math.exp(lp[1]), Math.exp(lp[2]), X, M, W) / n
    return Number.isFinite(v) ? v : Infinity
  }
  const G = new Float64Array(3)
  const valueAndGradient = (lp: number[]): [number, number[]] => {
    const th = lp.map(Math.exp)
    const v = -ggLogLikGrad(th[0], th[1], th[2], X, M, W, G) / n
    return Number.isFinite(v) ? [v, th.map((t, j) => (-t * G[j]) / n)] : [Infinity, [NaN, NaN, NaN]]
  }
  const gradient = (lp: number[]): number[] => valueAndGradient(lp)[1]
  const meanM = ms.reduce((a, b) => a + b, 0) / n
  const starts = [
    [0.1, 0.1, 0.1],
    [0, 0, 0],
    [Math.log(2), Math.log(3), Math.log(meanM)],
    [Math.log(5), Math.log(3), Math.log(Math.max(meanM, 1e-9) * 0.4)],
  ]
  const ms_ = multiStart(f, starts, control, { gradient, valueAndGradient })
  const [p, q, v] = ms_.x.map(Math.exp)
  const inv = Number.isFinite(ms_.fun) ? invert(gradientHessian(gradient, ms_.x)) : null
  const se = inv && inv.every((r, j) => r[j] > 0) ? { p: p * Math.sqrt(inv[0][0] / n), q: q * Math.sqrt(inv[1][1] / n), v: v * Math.sqrt(inv[2][2] / n) } : null
  const logLik = ggLogLik(p, q, v, X, M, W)
  const correlation = pearson(xs, ms)
  const warnings: ClvMessage[] = []
  if (!ms_.converged || !Number.isFinite(logLik)) warnings.push(msg('notConverged', { model: 'gammagamma', gradient: ms_.gradMax, logLik }))
  if (Math.abs(correlation) > CORRELATION_WARN) warnings.push(msg('correlation', { value: Math.round(correlation * 1000) / 1000, limit: CORRELATION_WARN }))
  if (!(q > 1)) warnings.push(msg('ggInfiniteMean', { q }))
  return { params: { p, q, v }, se, logLik, n, converged: ms_.converged && Number.isFinite(logLik), gradMax: ms_.gradMax, correlation, warnings }
}

function pearson(a: number[], b: number[]): number {
  const n = a.length
  const ma = a.reduce((s, v) => s + v, 0) / n, mb = b.reduce((s, v) => s + v, 0) / n
  let sab = 0, saa = 0, sbb = 0
  for (let i = 0; i < n; i++) {
    sab += (a[i] - ma) * (b[i] - mb)
    saa += (a[i] - ma) ** 2
    sbb += (b[i] - mb) ** 2
  }
  return saa > 0 && sbb > 0 ? sab / Math.sqrt(saa * sbb) : 0
}

/**
 * E[M | x, m̄] (note 025 eq 5): the repeat buyer's mean shrunk towards the population mean v·p/(q−1)
 * with weight p·x/(p·x + q − 1); customers without repeats get the population mean.
 */
export function expectedAverageValue(gg: Pick<GammaGammaFit, 'params'>, x: number, m: number): number {
  const { p, q, v } = gg.params
  const pop = (v * p) / (q - 1)
  if (!(x > 0)) return pop
  const w = (p * x) / (p * x + q - 1)
  return (1 - w) * pop + w * m
}

/**
 * Months in periods, stated explicitly because lifetimes' default (freq='D': 30 periods a month) is
 * silently wrong for weekly data such as the CDNOW summary: there it treats 30 weeks as a month.
 * 'day' → 30 (lifetimes 'D'), 'week' → 4.345 (lifetimes 'W').
 */
export const PERIODS_PER_MONTH = { day: 30, week: 4.345 } as const

export interface ClvValueOptions {
  /** months to sum (lifetimes' `time`), default 12 */
  months?: number
  /** discount rate per month, default 0.01 */
  discount?: number
  /** length of a month in the data's periods (see PERIODS_PER_MONTH) */
  periodsPerMonth: number
}

/** CLV = Σ_{k=1..months} E[M]·(E[X(k·f)] − E[X((k−1)·f)]) / (1 + d)^k, f = periods per month. */
export function customerLifetimeValue(fit: Pick<BtydFit, 'model' | 'params'>, gg: Pick<GammaGammaFit, 'params'>, x: number, tx: number, T: number, m: number, opt: ClvValueOptions): number {
  const months = opt.months ?? 12
  const d = opt.discount ?? 0.01
  const f = opt.periodsPerMonth
  if (!(f > 0)) throw new ClvError('badOption', { option: 'periodsPerMonth' })
  const value = expectedAverageValue(gg, x, m)
  let clv = 0
  let prev = 0
  for (let k = 1; k <= months; k++) {
    const e = conditionalExpectedPurchases(fit, k * f, x, tx, T)
    clv += (value * (e - prev)) / (1 + d) ** k
    prev = e
  }
  return clv
}
