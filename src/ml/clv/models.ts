/**
 * BG/NBD (Fader, Hardie & Lee 2005), MBG/NBD (Batislam et al. 2007; Wagner & Hoppe 2008) and
 * Pareto/NBD (Schmittlein et al. 1987; Hardie's note 009) fitted by maximum likelihood, with the
 * predictions lifetimes 0.11.3 offers. Likelihoods are written in log space (log 2F1, log-add-exp),
 * customers with the same (x, t_x, T) are one weighted pattern, and time is scaled by 1/max(T)
 * while fitting (as lifetimes does) so alpha and beta start near 1.
 */
import type { RunControl } from '../core/progress'
import { digamma, logAddExp, logGamma, log2F1, log2F1Grad, logIntegrate, logIntegrateGrad, logSubExp } from './special'
import type { Gradient } from './optimize'
import { gradientHessian, invert, multiStart } from './optimize'
import type { ClvMessage } from './messages'
import { msg } from './messages'

export type BtydModelName = 'bgnbd' | 'mbgnbd' | 'paretonbd'
export const BTYD_MODELS: readonly BtydModelName[] = ['bgnbd', 'mbgnbd', 'paretonbd']

export const PARAM_NAMES: Record<BtydModelName, readonly [string, string, string, string]> = {
  bgnbd: ['r', 'alpha', 'a', 'b'],
  mbgnbd: ['r', 'alpha', 'a', 'b'],
  paretonbd: ['r', 'alpha', 's', 'beta'],
}
/** which parameters are in time units (divided by the time scale after fitting) */
const TIME_PARAMS: Record<BtydModelName, readonly number[]> = { bgnbd: [1], mbgnbd: [1], paretonbd: [1, 3] }

/** Repeat-purchase summary: x = repeat periods, t_x = recency, T = age, in the same period unit. */
export interface RfmData {
  frequency: ArrayLike<number>
  recency: ArrayLike<number>
  T: ArrayLike<number>
}

/** Distinct (x, t_x, T) patterns with their counts; xs/xIdx let per-x terms be computed once. */
export interface Patterns {
  x: Float64Array
  tx: Float64Array
  T: Float64Array
  w: Float64Array
  xIdx: Int32Array
  xs: Float64Array
  /** distinct recency and age values (summaries in whole periods have few), so logs are taken once per value */
  txIdx: Int32Array
  txs: Float64Array
  TIdx: Int32Array
  Ts: Float64Array
  /** number of customers (Σ w) */
  n: number
  /**
   * Distinct (x, τ) pairs over τ ∈ {t_x, T}: Pareto/NBD's A_0 is a difference of two terms, one per
   * pair, and patterns share pairs (CDNOW: 1,016 patterns, 943 pairs for 2,032 terms).
   */
  pairs?: Pairs
}

export interface Pairs {
  x: Float64Array
  tau: Float64Array
  /** per pattern: the pair of (x, t_x) and of (x, T) */
  ofTx: Int32Array
  ofT: Int32Array
}

function pairsOf(x: Float64Array, tx: Float64Array, T: Float64Array): Pairs {
  const index = new Map<number, Map<number, number>>()
  const px: number[] = [], pt: number[] = []
  const at = (xi: number, tau: number): number => {
    let m = index.get(xi)
    if (!m) index.set(xi, (m = new Map()))
    let k = m.get(tau)
    if (k === undefined) {
      k = px.length
      m.set(tau, k)
      px.push(xi)
      pt.push(tau)
    }
    return k
  }
  const ofTx = new Int32Array(x.length), ofT = new Int32Array(x.length)
  for (let i = 0; i < x.length; i++) {
    ofTx[i] = at(x[i], tx[i])
    ofT[i] = at(x[i], T[i])
  }
  return { x: Float64Array.from(px), tau: Float64Array.from(pt), ofTx, ofT }
}

function distinct(v: ArrayLike<number>): { idx: Int32Array; values: Float64Array } {
  const map = new Map<number, number>()
  const values: number[] = []
  const idx = new Int32Array(v.length)
  for (let i = 0; i < v.length; i++) {
    let k = map.get(v[i])
    if (k === undefined) {
      k = values.length
      values.push(v[i])
      map.set(v[i], k)
    }
    idx[i] = k
  }
  return { idx, values: Float64Array.from(values) }
}

export function compress(d: RfmData, scale = 1): Patterns {
  const n = d.frequency.length
  // (x, t_x, T) → pattern, via nested maps on numbers (string keys cost seconds at a million customers)
  const index = new Map<number, Map<number, Map<number, number>>>()
  const x: number[] = [], tx: number[] = [], T: number[] = [], w: number[] = []
  for (let i = 0; i < n; i++) {
    const xi = d.frequency[i], ti = d.recency[i], Ti = d.T[i]
    let a = index.get(xi)
    if (!a) index.set(xi, (a = new Map()))
    let b = a.get(ti)
    if (!b) a.set(ti, (b = new Map()))
    const k = b.get(Ti)
    if (k !== undefined) w[k]++
    else {
      b.set(Ti, x.length)
      x.push(xi)
      tx.push(ti * scale)
      T.push(Ti * scale)
      w.push(1)
    }
  }
  const X = distinct(x), TX = distinct(tx), TT = distinct(T)
  const fx = Float64Array.from(x), ftx = Float64Array.from(tx), fT = Float64Array.from(T)
  return { x: fx, tx: ftx, T: fT, w: Float64Array.from(w), xIdx: X.idx, xs: X.values, txIdx: TX.idx, txs: TX.values, TIdx: TT.idx, Ts: TT.values, n, pairs: pairsOf(fx, ftx, fT) }
}

/** A weighted random subset of about m patterns (weights scaled up), for cheap coarse runs on big data. */
function subsample(p: Patterns, m: number, seed = 42): Patterns {
  const keep: number[] = []
  let state = seed >>> 0
  const frac = m / p.x.length
  for (let i = 0; i < p.x.length; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    if (state / 4294967296 < frac) keep.push(i)
  }
  const pick = <T extends Float64Array | Int32Array>(a: T): T => (a instanceof Int32Array ? Int32Array.from(keep, (i) => a[i]) : Float64Array.from(keep, (i) => a[i])) as T
  const x = pick(p.x), tx = pick(p.tx), T = pick(p.T)
  const w = Float64Array.from(keep, (i) => p.w[i] / frac)
  const X = distinct(x), TX = distinct(tx), TT = distinct(T)
  return { x, tx, T, w, xIdx: X.idx, xs: X.values, txIdx: TX.idx, txs: TX.values, TIdx: TT.idx, Ts: TT.values, n: p.n, pairs: pairsOf(x, tx, T) }
}

function rescaled(p: Patterns, scale: number): Patterns {
  const pairs = p.pairs ? { ...p.pairs, tau: p.pairs.tau.map((v) => v * scale) } : undefined
  return { ...p, tx: p.tx.map((v) => v * scale), T: p.T.map((v) => v * scale), txs: p.txs.map((v) => v * scale), Ts: p.Ts.map((v) => v * scale), pairs }
}

/** Weighted log-likelihood Σ w·ℓ(x, t_x, T) of a model at natural parameters (same time unit as the data). */
export function logLikelihood(model: BtydModelName, params: readonly number[], d: Patterns): number {
  const [r, alpha, a, b] = params
  if (!params.every((v) => v > 0 && Number.isFinite(v))) return NaN
  const K = d.xs.length
  const lgr = logGamma(r)
  const lnAlpha = Math.log(alpha)
  let sum = 0
  if (model === 'bgnbd' || model === 'mbgnbd') {
    const mod = model === 'mbgnbd' ? 1 : 0
    const c1 = new Float64Array(K)
    const c4 = new Float64Array(K)
    const lab = logGamma(a + b), lb = logGamma(b), la = Math.log(a)
    for (let k = 0; k < K; k++) {
      const x = d.xs[k]
      c1[k] = logGamma(r + x) - lgr + r * lnAlpha + lab + logGamma(b + x + mod) - lb - logGamma(a + b + x + mod)
      c4[k] = mod ? la - Math.log(b + x) : la - Math.log(b + Math.max(x, 1) - 1)
    }
    const lT = d.Ts.map((v) => Math.log(alpha + v))
    const ltx = d.txs.map((v) => Math.log(alpha + v))
    for (let i = 0; i < d.x.length; i++) {
      const x = d.x[i], k = d.xIdx[i]
      const LT = lT[d.TIdx[i]], Ltx = ltx[d.txIdx[i]]
      const A3 = -(r + x) * LT
      let ll: number
      if (mod) ll = c1[k] + A3 + logAddExp(c4[k] + (r + x) * (LT - Ltx), 0)
      else ll = c1[k] + (x > 0 ? logAddExp(A3, c4[k] - (r + x) * Ltx) : A3)
      sum += d.w[i] * ll
    }
    return sum
  }
  const s = a, beta = b
  const lnBeta = Math.log(beta), lnS = Math.log(s)
  const c1 = new Float64Array(K)
  for (let k = 0; k < K; k++) c1[k] = logGamma(r + d.xs[k]) - lgr + r * lnAlpha + s * lnBeta
  const pr = d.pairs
  const Y = pr ? new Float64Array(pr.x.length).fill(NaN) : null
  const aLess = alpha < beta
  const lo = aLess ? alpha : beta, hi = aLess ? beta : alpha
  for (let i = 0; i < d.x.length; i++) {
    const x = d.x[i]
    const rsx = r + s + x
    let lA0: number
    if (pr && Y && (hi - lo) / (hi + d.tx[i]) <= 0.95) {
      // ln A_0 = ln(e^{Y(x,t_x)} − e^{Y(x,T)}), each Y computed once per pair
      const k1 = pr.ofTx[i], k2 = pr.ofT[i]
      if (Number.isNaN(Y[k1])) Y[k1] = paretoLogTerm(rsx, aLess ? r + x : s + 1, hi, lo, pr.tau[k1])
      if (Number.isNaN(Y[k2])) Y[k2] = paretoLogTerm(rsx, aLess ? r + x : s + 1, hi, lo, pr.tau[k2])
      lA0 = logSubExp(Y[k1], Y[k2])
    } else lA0 = paretoLogA0(r, alpha, s, beta, x, d.tx[i], d.T[i])
    const A2 = logAddExp(-(r + x) * Math.log(alpha + d.T[i]) - s * Math.log(beta + d.T[i]), lnS + lA0 - Math.log(rsx))
    sum += d.w[i] * (c1[d.xIdx[i]] + A2)
  }
  return sum
}

/** Y(x, τ) = ln 2F1(a, t; a+1; (hi−lo)/(hi+τ)) − a ln(hi+τ) = ln(a ∫_τ^∞ (α+u)^{−(r+x)} (β+u)^{−(s+1)} du), a = r+s+x. */
function paretoLogTerm(a: number, t: number, hi: number, lo: number, tau: number): number {
  return log2F1(a, t, a + 1, (hi - lo) / (hi + tau)) - a * Math.log(hi + tau)
}

/** ln A_0 of Hardie's note 009 (eqs 19–20), the integral over the dropout time between t_x and T. */
function paretoLogA0(r: number, alpha: number, s: number, beta: number, x: number, tx: number, T: number): number {
  const [lo, hi, t] = alpha < beta ? [alpha, beta, r + x] : [beta, alpha, s + 1]
  const diff = hi - lo
  const rsx = r + s + x
  if (diff / (hi + tx) > 0.95) {
    // the 2F1 series crawls near z = 1: integrate A_0 = (r+s+x) ∫_{t_x}^{T} (α+τ)^{−(r+x)} (β+τ)^{−(s+1)} dτ instead
    const g = (tau: number): number => -(r + x) * Math.log(alpha + tau) - (s + 1) * Math.log(beta + tau)
    return Math.log(rsx) + logIntegrate(g, tx, T, lo)
  }
  const lp1 = log2F1(rsx, t, rsx + 1, diff / (hi + tx))
  const lp2 = log2F1(rsx, t, rsx + 1, diff / (hi + T))
  const q1 = Math.log(hi + tx), q2 = Math.log(hi + T)
  return logSubExp(lp1 + rsx * q2, lp2 + rsx * q1) - rsx * (q1 + q2)
}

/**
 * The weighted log-likelihood (as logLikelihood) and its gradient in the natural parameters, written
 * into `grad`: differentiated term by term (digamma for the log-gamma terms; for Pareto/NBD the
 * 2F1 series differentiated in its parameters and argument in the same pass, or the quadrature's
 * integrand differentiated under the integral). One pass costs about what a likelihood costs, where
 * a central-difference gradient costs eight.
 */
export function logLikelihoodGrad(model: BtydModelName, params: readonly number[], d: Patterns, grad: Float64Array): number {
  const [r, alpha, a, b] = params
  grad.fill(0)
  if (!params.every((v) => v > 0 && Number.isFinite(v))) {
    grad.fill(NaN)
    return NaN
  }
  const K = d.xs.length
  const lgr = logGamma(r), psiR = digamma(r)
  const lnAlpha = Math.log(alpha)
  let sum = 0
  let g0 = 0, g1 = 0, g2 = 0, g3 = 0
  if (model === 'bgnbd' || model === 'mbgnbd') {
    const mod = model === 'mbgnbd' ? 1 : 0
    const c1 = new Float64Array(K), c4 = new Float64Array(K)
    const dR = new Float64Array(K), dA = new Float64Array(K), dB = new Float64Array(K), d4b = new Float64Array(K)
    const lab = logGamma(a + b), lb = logGamma(b), la = Math.log(a)
    const psiAB = digamma(a + b), psiB = digamma(b)
    for (let k = 0; k < K; k++) {
      const x = d.xs[k]
      c1[k] = logGamma(r + x) - lgr + r * lnAlpha + lab + logGamma(b + x + mod) - lb - logGamma(a + b + x + mod)
      const psiABX = digamma(a + b + x + mod)
      dR[k] = digamma(r + x) - psiR + lnAlpha
      dA[k] = psiAB - psiABX
      dB[k] = psiAB + digamma(b + x + mod) - psiB - psiABX
      const den = mod ? b + x : b + Math.max(x, 1) - 1
      c4[k] = la - Math.log(den)
      d4b[k] = -1 / den
    }
    const lT = d.Ts.map((v) => Math.log(alpha + v)), iT = d.Ts.map((v) => 1 / (alpha + v))
    const ltx = d.txs.map((v) => Math.log(alpha + v)), itx = d.txs.map((v) => 1 / (alpha + v))
    const ia = 1 / a, ra = r / alpha
    for (let i = 0; i < d.x.length; i++) {
      const x = d.x[i], k = d.xIdx[i], w = d.w[i]
      const LT = lT[d.TIdx[i]], Ltx = ltx[d.txIdx[i]], IT = iT[d.TIdx[i]], Itx = itx[d.txIdx[i]]
      const rx = r + x
      let ll: number, pi: number
      if (mod) {
        const z = c4[k] + rx * (LT - Ltx)
        const l1 = logAddExpShare(0, z)
        ll = c1[k] - rx * LT + l1
        pi = share
        g0 += w * (dR[k] - LT + pi * (LT - Ltx))
        g1 += w * (ra - rx * IT + pi * rx * (IT - Itx))
      } else {
        const u = -rx * LT
        if (x > 0) {
          const v = c4[k] - rx * Ltx
          const L = logAddExpShare(u, v)
          ll = c1[k] + L
          pi = share
        } else {
          ll = c1[k] + u
          pi = 0
        }
        g0 += w * (dR[k] - (1 - pi) * LT - pi * Ltx)
        g1 += w * (ra - rx * ((1 - pi) * IT + pi * Itx))
      }
      g2 += w * (dA[k] + pi * ia)
      g3 += w * (dB[k] + pi * d4b[k])
      sum += w * ll
    }
  } else {
    const s = a, beta = b
    const lnBeta = Math.log(beta), lnS = Math.log(s)
    const c1 = new Float64Array(K), dR = new Float64Array(K), lRsx = new Float64Array(K), iRsx = new Float64Array(K)
    for (let k = 0; k < K; k++) {
      c1[k] = logGamma(r + d.xs[k]) - lgr + r * lnAlpha + s * lnBeta
      dR[k] = digamma(r + d.xs[k]) - psiR + lnAlpha
      lRsx[k] = Math.log(r + s + d.xs[k])
      iRsx[k] = 1 / (r + s + d.xs[k])
    }
    // ln and 1/ of α+T, β+T once per distinct age (CDNOW: 84 ages over 1,016 patterns)
    const nT = d.Ts.length
    const lAT = new Float64Array(nT), lBT = new Float64Array(nT), iAT = new Float64Array(nT), iBT = new Float64Array(nT)
    for (let j = 0; j < nT; j++) {
      lAT[j] = Math.log(alpha + d.Ts[j])
      lBT[j] = Math.log(beta + d.Ts[j])
      iAT[j] = 1 / (alpha + d.Ts[j])
      iBT[j] = 1 / (beta + d.Ts[j])
    }
    const rOverAlpha = r / alpha, sOverBeta = s / beta, iS = 1 / s
    const gA0 = new Float64Array(4)
    const pr = d.pairs
    const Y = pr ? new Float64Array(pr.x.length).fill(NaN) : null
    const YG = pr ? new Float64Array(pr.x.length * 4) : null
    const aLess = alpha < beta
    const lo = aLess ? alpha : beta, hi = aLess ? beta : alpha
    const hyp = new Float64Array(4)
    // Y(x, τ) of paretoLogTerm and its gradient in (r, α, s, β), once per pair
    const ensure = (kp: number, rsx: number, t: number): void => {
      if (!Number.isNaN(Y![kp])) return
      const tau = pr!.tau[kp], h = hi + tau, q = Math.log(h)
      const lp = log2F1Grad(rsx, t, rsx + 1, (hi - lo) / h, hyp)
      Y![kp] = lp - rsx * q
      const dA = hyp[0] + hyp[2] - q, dT = hyp[1]
      const dHi = (hyp[3] * (lo + tau)) / (h * h) - rsx / h, dLo = -hyp[3] / h
      const o = 4 * kp
      YG![o] = dA + (aLess ? dT : 0)
      YG![o + 1] = aLess ? dLo : dHi
      YG![o + 2] = dA + (aLess ? 0 : dT)
      YG![o + 3] = aLess ? dHi : dLo
    }
    for (let i = 0; i < d.x.length; i++) {
      const x = d.x[i], T = d.T[i], w = d.w[i], k = d.xIdx[i]
      const rsx = r + s + x
      const LaT = lAT[d.TIdx[i]], LbT = lBT[d.TIdx[i]]
      const P1 = -(r + x) * LaT - s * LbT
      let lA0: number
      if (pr && (hi - lo) / (hi + d.tx[i]) <= 0.95) {
        const k1 = pr.ofTx[i], k2 = pr.ofT[i], t = aLess ? r + x : s + 1
        ensure(k1, rsx, t)
        ensure(k2, rsx, t)
        // logSubExp(Y1, Y2), keeping ρ = e^{Y2−Y1} for the gradient
        const Y1 = Y![k1], Y2 = Y![k2]
        if (Y2 === -Infinity) lA0 = Y1
        else if (Y2 >= Y1) lA0 = -Infinity
        else {
          const rho = Math.exp(Y2 - Y1)
          lA0 = Y1 + Math.log1p(-rho)
          const o1 = 4 * k1, o2 = 4 * k2, irho = 1 / (1 - rho)
          for (let q = 0; q < 4; q++) gA0[q] = (YG![o1 + q] - rho * YG![o2 + q]) * irho
        }
        if (Y2 === -Infinity && Number.isFinite(Y1)) for (let q = 0; q < 4; q++) gA0[q] = YG![4 * k1 + q]
      } else lA0 = paretoLogA0Grad(r, alpha, s, beta, x, d.tx[i], T, gA0)
      const P2 = lnS + lA0 - lRsx[k]
      // L = logAddExp(P1, P2) and π = e^{P2−L}, the share of the "dropped out between t_x and T"
      // term (0 when t_x = T, where A_0 = 0), from one exp
      let L: number, pi: number
      if (lA0 === -Infinity) {
        L = P1
        pi = 0
      } else if (P1 >= P2) {
        const e = Math.exp(P2 - P1)
        L = P1 + Math.log1p(e)
        pi = e / (1 + e)
      } else {
        const e = Math.exp(P1 - P2)
        L = P2 + Math.log1p(e)
        pi = 1 / (1 + e)
      }
      const q = 1 - pi
      const iR = iRsx[k], jT = d.TIdx[i]
      g0 += w * (dR[k] + q * -LaT + (pi ? pi * (-iR + gA0[0]) : 0))
      g1 += w * (rOverAlpha + q * (-(r + x) * iAT[jT]) + (pi ? pi * gA0[1] : 0))
      g2 += w * (lnBeta + q * -LbT + (pi ? pi * (iS - iR + gA0[2]) : 0))
      g3 += w * (sOverBeta + q * (-s * iBT[jT]) + (pi ? pi * gA0[3] : 0))
      sum += w * (c1[k] + L)
    }
  }
  grad[0] = g0
  grad[1] = g1
  grad[2] = g2
  grad[3] = g3
  return sum
}

const hypA = new Float64Array(4), hypB = new Float64Array(4)

/** e^{b − L} of the last logAddExpShare call */
let share = 0

/** L = ln(e^a + e^b) for a, b > −∞, leaving b's share e^{b−L} in `share`: one exp for both. */
function logAddExpShare(a: number, b: number): number {
  if (a >= b) {
    const e = Math.exp(b - a)
    share = e / (1 + e)
    return a + Math.log1p(e)
  }
  const e = Math.exp(a - b)
  share = 1 / (1 + e)
  return b + Math.log1p(e)
}

/** paretoLogA0 with its gradient in (r, α, s, β) written into `out`; see paretoLogA0 for the branches. */
function paretoLogA0Grad(r: number, alpha: number, s: number, beta: number, x: number, tx: number, T: number, out: Float64Array): number {
  const aLess = alpha < beta
  const [lo, hi, t] = aLess ? [alpha, beta, r + x] : [beta, alpha, s + 1]
  const diff = hi - lo
  const rsx = r + s + x
  if (diff / (hi + tx) > 0.95) {
    const gr = out
    const v = logIntegrateGrad((tau, g) => {
      const ia = 1 / (alpha + tau), ib = 1 / (beta + tau)
      const la = Math.log(alpha + tau), lb = Math.log(beta + tau)
      g[0] = -la
      g[1] = -(r + x) * ia
      g[2] = -lb
      g[3] = -(s + 1) * ib
      return -(r + x) * la - (s + 1) * lb
    }, tx, T, lo, gr)
    gr[0] += 1 / rsx
    gr[2] += 1 / rsx
    return Math.log(rsx) + v
  }
  // ln A_0 = ln(F(z1)/(hi+t_x)^a − F(z2)/(hi+T)^a) with F = 2F1(a, t; a+1; ·), a = r+s+x, z_k = (hi−lo)/(hi+τ_k)
  const c = rsx + 1
  const h1 = hi + tx, h2 = hi + T
  const z1 = diff / h1, z2 = diff / h2
  const lp1 = log2F1Grad(rsx, t, c, z1, hypA)
  const lp2 = log2F1Grad(rsx, t, c, z2, hypB)
  const q1 = Math.log(h1), q2 = Math.log(h2)
  const X1 = lp1 + rsx * q2, X2 = lp2 + rsx * q1
  const v = logSubExp(X1, X2) - rsx * (q1 + q2)
  if (!Number.isFinite(v)) {
    out.fill(0)
    return v
  }
  const rho = Math.exp(X2 - X1)
  const k1 = 1 / (1 - rho), k2 = rho / (1 - rho)
  // d/d(hi) and d/d(lo) of X1 − ρ X2 … per unit, then mapped onto (r, α, s, β)
  const dz1hi = (lo + tx) / (h1 * h1), dz2hi = (lo + T) / (h2 * h2)
  const dz1lo = -1 / h1, dz2lo = -1 / h2
  // X1 = lp1 + a q2, X2 = lp2 + a q1; ∂/∂a (and c = a+1 moves with a)
  const dX1a = hypA[0] + hypA[2] + q2, dX2a = hypB[0] + hypB[2] + q1
  const dX1b = hypA[1], dX2b = hypB[1]
  const dX1hi = hypA[3] * dz1hi + rsx / h2, dX2hi = hypB[3] * dz2hi + rsx / h1
  const dX1lo = hypA[3] * dz1lo, dX2lo = hypB[3] * dz2lo
  const dA = k1 * dX1a - k2 * dX2a - (q1 + q2)
  const dB = k1 * dX1b - k2 * dX2b
  const dHi = k1 * dX1hi - k2 * dX2hi - rsx * (1 / h1 + 1 / h2)
  const dLo = k1 * dX1lo - k2 * dX2lo
  // a = r+s+x; t = r+x (α < β) or s+1; hi/lo = β/α (α < β) or α/β
  out[0] = dA + (aLess ? dB : 0)
  out[2] = dA + (aLess ? 0 : dB)
  out[1] = aLess ? dLo : dHi
  out[3] = aLess ? dHi : dLo
  return v
}

export interface BtydFit {
  model: BtydModelName
  /** natural parameters in the data's period unit, named as lifetimes names them */
  params: Record<string, number>
  /** standard errors, lifetimes' formula sqrt(diag(θ² · H⁻¹ / n)) with H the Hessian of the mean NLL in log-parameters; null when H is singular */
  se: Record<string, number> | null
  /** Σ over customers of the log-likelihood in the data's own period unit */
  logLik: number
  n: number
  converged: boolean
  /** max |gradient| of the mean NLL (log-parameters) at the optimum */
  gradMax: number
  runs: { start: number[]; meanNll: number; converged: boolean }[]
  warnings: ClvMessage[]
}

/** Above this many distinct (x, t_x, T) patterns the coarse multi-start runs use a subsample. */
const SUBSAMPLE_ABOVE = 20_000

/** Starting points in log-parameters of the scaled problem: lifetimes' default first, then a spread. */
function startsFor(d: Patterns): number[][] {
  let sx = 0, sT = 0
  for (let i = 0; i < d.x.length; i++) {
    sx += d.w[i] * d.x[i]
    sT += d.w[i] * d.T[i]
  }
  // a moment start: r = 1 and alpha from the mean purchase rate
  const rate = Math.max(sx / Math.max(sT, 1e-12), 1e-6)
  return [
    [0.1, 0.1, 0.1, 0.1],
    [0, 0, 0, 0],
    [Math.log(0.5), Math.log(0.5), Math.log(0.5), Math.log(0.5)],
    [0, -Math.log(rate), 0, Math.log(2)],
    [Math.log(2), 0, Math.log(3), Math.log(5)],
  ]
}

/** Fit one BTYD model. Throws nothing for a poor fit: non-convergence comes back as a warning. */
export function fitBtyd(model: BtydModelName, data: RfmData, control?: RunControl): BtydFit {
  let maxT = 0
  for (let i = 0; i < data.T.length; i++) maxT = Math.max(maxT, data.T[i])
  const scale = maxT > 0 ? 1 / maxT : 1
  const orig = compress(data)
  const scaled = rescaled(orig, scale)
  const n = orig.n
  const f = (lp: number[]): number => {
    const v = -logLikelihood(model, lp.map(Math.exp), scaled) / n
    return Number.isFinite(v) ? v : Infinity
  }
  // ∂(mean NLL)/∂ ln θ = −θ ∂ℓ/∂θ / n
  const grad = new Float64Array(4)
  const gradientOn = (data: Patterns): Gradient => (lp) => {
    const th = lp.map(Math.exp)
    const ll = logLikelihoodGrad(model, th, data, grad)
    return Number.isFinite(ll) ? th.map((t, j) => (-t * grad[j]) / n) : [NaN, NaN, NaN, NaN]
  }
  const gradient = gradientOn(scaled)
  const valueAndGradient = (lp: number[]): [number, number[]] => {
    const th = lp.map(Math.exp)
    const ll = logLikelihoodGrad(model, th, scaled, grad)
    const v = -ll / n
    return Number.isFinite(v) ? [v, th.map((t, j) => (-t * grad[j]) / n)] : [Infinity, [NaN, NaN, NaN, NaN]]
  }
  // with many distinct patterns the coarse runs from every start use a subsample; the refinement,
  // the polish and the Hessian always use every customer
  const coarseData = scaled.x.length > SUBSAMPLE_ABOVE ? subsample(scaled, SUBSAMPLE_ABOVE / 2) : null
  const coarse = coarseData
    ? (lp: number[]): number => {
        const v = -logLikelihood(model, lp.map(Math.exp), coarseData) / n
        return Number.isFinite(v) ? v : Infinity
      }
    : undefined
  const ms = multiStart(f, startsFor(scaled), control, { gradient, valueAndGradient }, coarse, coarseData ? gradientOn(coarseData) : undefined)
  const toNatural = (lp: number[]): number[] => lp.map((v, j) => (TIME_PARAMS[model].includes(j) ? Math.exp(v) / scale : Math.exp(v)))
  const p = toNatural(ms.x)
  const names = PARAM_NAMES[model]
  const params = Object.fromEntries(names.map((k, j) => [k, p[j]]))
  const inv = Number.isFinite(ms.fun) ? invert(gradientHessian(gradient, ms.x)) : null
  let se: Record<string, number> | null = null
  if (inv && inv.every((row, j) => row[j] > 0)) se = Object.fromEntries(names.map((k, j) => [k, p[j] * Math.sqrt(inv[j][j] / n)]))
  const logLik = logLikelihood(model, p, orig)
  const warnings: ClvMessage[] = []
  if (!ms.converged || !Number.isFinite(logLik)) warnings.push(msg('notConverged', { model, gradient: ms.gradMax, logLik }))
  else if (ms.spread > 1e-3) warnings.push(msg('startsDisagree', { model, spread: ms.spread * n }))
  return {
    model,
    params,
    se,
    logLik,
    n,
    converged: ms.converged && Number.isFinite(logLik),
    gradMax: ms.gradMax,
    runs: ms.runs.map((r) => ({ start: r.start, meanNll: r.fun, converged: r.converged })),
    warnings,
  }
}

const P = (fit: Pick<BtydFit, 'model' | 'params'>): number[] => PARAM_NAMES[fit.model].map((k) => fit.params[k])

/** P(alive | x, t_x, T): note 021 (BG/NBD, 1 when x = 0), Batislam App. A eq 5 (MBG/NBD), note 009 eqs 36–37 (Pareto/NBD). */
export function probabilityAlive(fit: Pick<BtydFit, 'model' | 'params'>, x: number, tx: number, T: number): number {
  const [r, alpha, a, b] = P(fit)
  if (fit.model === 'bgnbd') {
    if (x === 0) return 1
    const logDiv = (r + x) * Math.log((alpha + T) / (alpha + tx)) + Math.log(a / (b + x - 1))
    return 1 / (1 + Math.exp(logDiv))
  }
  if (fit.model === 'mbgnbd') return 1 / (1 + Math.exp(Math.log(a / (b + x)) + (r + x) * Math.log((alpha + T) / (alpha + tx))))
  const s = a, beta = b
  const A0 = paretoLogA0(r, alpha, s, beta, x, tx, T)
  return 1 / (1 + Math.exp(Math.log(s) - Math.log(r + s + x) + (r + x) * Math.log(alpha + T) + s * Math.log(beta + T) + A0))
}

/** E[X(T, T+t) | x, t_x, T]: purchases expected in the next t periods (FHL eq 10; Wagner–Hoppe; note 009 eq 41). */
export function conditionalExpectedPurchases(fit: Pick<BtydFit, 'model' | 'params'>, t: number, x: number, tx: number, T: number): number {
  if (t <= 0) return 0
  const [r, alpha, a, b] = P(fit)
  if (fit.model === 'bgnbd' || fit.model === 'mbgnbd') {
    const m = fit.model === 'mbgnbd' ? 1 : 0
    const c = a + b + x - 1 + m
    const lnHyp = log2F1(r + x, b + x + m, c, t / (alpha + T + t))
    const first = c / (a - 1)
    const second = -Math.expm1(lnHyp + (r + x) * Math.log((alpha + T) / (alpha + t + T)))
    const alive = m || x > 0 ? probabilityAlive(fit, x, tx, T) : 1
    return first * second * alive
  }
  const s = a, beta = b
  const ll = logLikelihood('paretonbd', [r, alpha, s, beta], single(x, tx, T))
  const first = logGamma(r + x) - logGamma(r) + r * Math.log(alpha) + s * Math.log(beta) - (r + x) * Math.log(alpha + T) - s * Math.log(beta + T)
  const second = Math.log(r + x) + Math.log(beta + T) - Math.log(alpha + T)
  const third = Math.log(powerIntegral(s - 1, Math.log((beta + T) / (beta + T + t))))
  return Math.exp(first + second + third - ll)
}

// (1 − e^{k·L}) / k for L < 0, with its limit −L at k = 0
function powerIntegral(k: number, L: number): number {
  return Math.abs(k) < 1e-12 ? -L : -Math.expm1(k * L) / k
}

function single(x: number, tx: number, T: number): Patterns {
  const zero = Int32Array.of(0)
  return { x: Float64Array.of(x), tx: Float64Array.of(tx), T: Float64Array.of(T), w: Float64Array.of(1), xIdx: zero, xs: Float64Array.of(x), txIdx: zero, txs: Float64Array.of(tx), TIdx: zero, Ts: Float64Array.of(T), n: 1 }
}

/** E[X(t)] for a customer just acquired (FHL eq 9; MBG analogue; note 009 eq 27). */
export function expectedPurchases(fit: Pick<BtydFit, 'model' | 'params'>, t: number): number {
  if (t <= 0) return 0
  const [r, alpha, a, b] = P(fit)
  if (fit.model === 'bgnbd') return ((a + b - 1) / (a - 1)) * -Math.expm1(log2F1(r, b, a + b - 1, t / (alpha + t)) + r * Math.log(alpha / (alpha + t)))
  if (fit.model === 'mbgnbd') return (b / (a - 1)) * -Math.expm1(log2F1(r, b + 1, a + b, t / (alpha + t)) + r * Math.log(alpha / (alpha + t)))
  const s = a, beta = b
  return ((r * beta) / alpha) * powerIntegral(s - 1, Math.log(beta / (beta + t)))
}

/** The weighted log-likelihood of a fitted model on other data (same period unit), e.g. a holdout. */
export function logLikelihoodOf(fit: Pick<BtydFit, 'model' | 'params'>, data: RfmData): number {
  return logLikelihood(fit.model, P(fit), compress(data))
}
