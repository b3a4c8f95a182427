/**
 * L2-regularised logistic regression, solved to the optimum of scikit-learn's objective
 *   C · Σ sᵢ · logloss(yᵢ, xᵢ·w + b) + ½‖w‖²   (intercept not penalised; sᵢ = class weights)
 * with Newton's method (IRLS) in float64 and a backtracking line search. The objective is strictly
 * convex, so this reaches the same optimum lbfgs approaches. Rows are stored sparsely (one-hot
 * columns are mostly zero), which makes each Newton step cheap; with many columns (> 400) it
 * switches to L-BFGS, which needs no p×p Hessian.
 */
import { MessageError } from '../core/message'
import type { Matrix } from '../core/matrix'
import { stateWeights } from '../core/weights'
import type { Classifier, EstimatorJSON } from '../core/estimator'
import { registerEstimator, encodeFloat64, decodeFloat64 } from '../core/estimator'
import { checkCancel, type RunControl } from '../core/progress'
import { cholesky, choleskySolve } from './linalg'

export interface LogisticOptions {
  /** inverse regularisation strength (sklearn C); Infinity = no penalty */
  C: number
  penalty: 'l2' | 'none'
  classWeight: 'none' | 'balanced'
  fitIntercept: boolean
  maxIter: number
  /** stop when the max |gradient| of the objective divided by C·n falls below tol */
  tol: number
  solver: 'auto' | 'newton' | 'lbfgs'
}

export const defaultLogisticOptions: LogisticOptions = {
  C: 1,
  penalty: 'l2',
  classWeight: 'none',
  fitIntercept: true,
  maxIter: 200,
  tol: 1e-10,
  solver: 'auto',
}

/** Rows in compressed sparse row form (zeros skipped). */
interface Csr {
  n: number
  p: number
  ptr: Int32Array
  idx: Int32Array
  val: Float64Array
}

function toCsr(X: Matrix): Csr {
  const { rows: n, cols: p, data } = X
  let nnz = 0
  for (let t = 0; t < data.length; t++) if (data[t] !== 0) nnz++
  const ptr = new Int32Array(n + 1), idx = new Int32Array(nnz), val = new Float64Array(nnz)
  let k = 0
  for (let i = 0; i < n; i++) {
    ptr[i] = k
    const o = i * p
    for (let j = 0; j < p; j++) {
      const v = data[o + j]
      if (v !== 0) { idx[k] = j; val[k] = v; k++ }
    }
  }
  ptr[n] = k
  return { n, p, ptr, idx, val }
}

const log1pexp = (z: number): number => (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z)))
const sigmoid = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)))

export class LogisticRegression implements Classifier {
  readonly kind = 'logistic'
  readonly options: LogisticOptions
  coef: Float64Array = new Float64Array(0)
  intercept = 0
  nIter = 0
  converged = false
  /** max |gradient| of the (C-scaled) objective at the end of fit */
  gradNorm = NaN

  constructor(options: Partial<LogisticOptions> = {}) {
    const o = { ...defaultLogisticOptions, ...options }
    if (!(o.C > 0)) throw new MessageError('ml.error.numAbove', { name: 'Logistic regression C', min: '0', value: String(o.C) })
    if (!(o.maxIter >= 1)) throw new MessageError('ml.error.num', { name: 'Logistic regression maxIter', min: '1', value: String(o.maxIter) })
    if (o.classWeight !== 'none' && o.classWeight !== 'balanced') throw new MessageError('ml.error.oneOf', { name: 'classWeight', allowed: 'none, balanced', value: String(o.classWeight) })
    this.options = o
  }

  fit(X: Matrix, y: Uint8Array, control?: RunControl): void {
    if (X.rows !== y.length) throw new RangeError(`fit: ${X.rows} rows but ${y.length} labels`)
    if (X.rows === 0) throw new MessageError('ml.error.noTrainRows')
    const o = this.options
    const n = X.rows, p = X.cols
    let nPos = 0
    for (let i = 0; i < n; i++) nPos += y[i] ? 1 : 0
    if (nPos === 0 || nPos === n) throw new MessageError('ml.error.bothClasses', { model: 'Logistic regression', positives: nPos, n })
    const sw = new Float64Array(n)
    const wPos = o.classWeight === 'balanced' ? n / (2 * nPos) : 1
    const wNeg = o.classWeight === 'balanced' ? n / (2 * (n - nPos)) : 1
    for (let i = 0; i < n; i++) sw[i] = y[i] ? wPos : wNeg
    // objective / C:  Σ sᵢ ℓᵢ + λ/2 ‖w‖²  with λ = 1/C
    const lambda = o.penalty === 'none' || !Number.isFinite(o.C) ? 0 : 1 / o.C
    const A = toCsr(X)
    const q = p + (o.fitIntercept ? 1 : 0)
    const theta = new Float64Array(q)
    const useNewton = o.solver === 'newton' || (o.solver === 'auto' && p <= 400)
    const res = useNewton ? newton(A, y, sw, lambda, o, theta, control) : lbfgs(A, y, sw, lambda, o, theta, control)
    this.coef = theta.slice(0, p)
    this.intercept = o.fitIntercept ? theta[p] : 0
    this.nIter = res.iter
    this.converged = res.converged
    this.gradNorm = res.gradNorm
  }

  decisionFunction(X: Matrix): Float64Array {
    if (X.cols !== this.coef.length) throw new RangeError(`Model expects ${this.coef.length} features, got ${X.cols}`)
    const out = new Float64Array(X.rows)
    const p = X.cols
    for (let i = 0; i < X.rows; i++) {
      let z = this.intercept
      const o = i * p
      for (let j = 0; j < p; j++) z += X.data[o + j] * this.coef[j]
      out[i] = z
    }
    return out
  }

  predictProba(X: Matrix): Float64Array {
    const z = this.decisionFunction(X)
    for (let i = 0; i < z.length; i++) z[i] = sigmoid(z[i])
    return z
  }

  predict(X: Matrix): Uint8Array {
    const z = this.decisionFunction(X)
    return Uint8Array.from(z, (v) => (v > 0 ? 1 : 0))
  }

  toJSON(): EstimatorJSON {
    return {
      kind: this.kind,
      params: { ...this.options, C: Number.isFinite(this.options.C) ? this.options.C : 'Infinity' },
      state: { coef: encodeFloat64(this.coef), intercept: this.intercept, nIter: this.nIter, converged: this.converged },
    }
  }

  static load(json: EstimatorJSON): LogisticRegression {
    const params = { ...json.params } as Record<string, unknown>
    if (params.C === 'Infinity') params.C = Infinity
    const m = new LogisticRegression(params as Partial<LogisticOptions>)
    const s = json.state as { coef?: string; intercept?: number; nIter?: number; converged?: boolean }
    if (typeof s?.coef !== 'string' || typeof s.intercept !== 'number') throw new Error('logistic model JSON is missing "coef" or "intercept"')
    m.coef = decodeFloat64(s.coef)
    m.intercept = s.intercept
    m.nIter = s.nIter ?? 0
    m.converged = s.converged ?? true
    return m
  }
}

registerEstimator('logistic', LogisticRegression.load, stateWeights([{ key: 'coef', dtype: 'float64', as: 'base64' }]))

interface SolveResult {
  iter: number
  converged: boolean
  gradNorm: number
}

/** Objective and gradient at theta (gradient written into g). margins z are reused by Newton. */
function objective(A: Csr, y: Uint8Array, sw: Float64Array, lambda: number, fitIntercept: boolean, theta: Float64Array, g: Float64Array | null, z: Float64Array): number {
  const { n, p, ptr, idx, val } = A
  const b = fitIntercept ? theta[p] : 0
  let f = 0
  if (g) g.fill(0)
  for (let i = 0; i < n; i++) {
    let zi = b
    for (let k = ptr[i]; k < ptr[i + 1]; k++) zi += val[k] * theta[idx[k]]
    z[i] = zi
    // ℓ = log(1 + e^z) − y z
    f += sw[i] * (log1pexp(zi) - (y[i] ? zi : 0))
    if (g) {
      const r = sw[i] * (sigmoid(zi) - y[i])
      for (let k = ptr[i]; k < ptr[i + 1]; k++) g[idx[k]] += r * val[k]
      if (fitIntercept) g[p] += r
    }
  }
  let w2 = 0
  for (let j = 0; j < p; j++) w2 += theta[j] * theta[j]
  f += 0.5 * lambda * w2
  if (g) for (let j = 0; j < p; j++) g[j] += lambda * theta[j]
  return f
}

function maxAbs(a: Float64Array): number {
  let m = 0
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]))
  return m
}

function newton(A: Csr, y: Uint8Array, sw: Float64Array, lambda: number, o: LogisticOptions, theta: Float64Array, control?: RunControl): SolveResult {
  const { n, p, ptr, idx, val } = A
  const q = theta.length
  const fi = o.fitIntercept
  const g = new Float64Array(q), H = new Float64Array(q * q), z = new Float64Array(n)
  const step = new Float64Array(q), trial = new Float64Array(q)
  const scale = sw.reduce((a, b) => a + b, 0)
  let f = objective(A, y, sw, lambda, fi, theta, g, z)
  let iter = 0
  for (; iter < o.maxIter; iter++) {
    checkCancel(control?.cancel)
    if (maxAbs(g) / scale < o.tol) return { iter, converged: true, gradNorm: maxAbs(g) }
    // Hessian (upper triangle): Σ sᵢ pᵢ(1−pᵢ) xᵢ xᵢᵀ + λ I (no penalty on the intercept)
    H.fill(0)
    for (let i = 0; i < n; i++) {
      const pi = sigmoid(z[i])
      const w = sw[i] * pi * (1 - pi)
      if (w === 0) continue
      const s = ptr[i], e = ptr[i + 1]
      for (let a = s; a < e; a++) {
        const ja = idx[a], wa = w * val[a]
        const row = ja * q
        for (let c = a; c < e; c++) H[row + idx[c]] += wa * val[c]
        if (fi) H[row + p] += wa
      }
      if (fi) H[p * q + p] += w
    }
    for (let j = 0; j < p; j++) H[j * q + j] += lambda
    // lower triangle for cholesky(): copy from the upper one, with a tiny ridge if needed
    for (let i = 0; i < q; i++) for (let j = i + 1; j < q; j++) H[j * q + i] = H[i * q + j]
    let ok = cholesky(H, q)
    if (!ok) {
      // singular Hessian (e.g. duplicated columns without penalty): damp and retry
      H.fill(0)
      return lbfgs(A, y, sw, lambda, o, theta, control, iter)
    }
    for (let j = 0; j < q; j++) step[j] = g[j]
    choleskySolve(H, q, step)
    // backtracking line search on the objective (Armijo)
    let dec = 0
    for (let j = 0; j < q; j++) dec += g[j] * step[j]
    let t = 1
    let fNew = f
    ok = false
    for (let ls = 0; ls < 40; ls++) {
      for (let j = 0; j < q; j++) trial[j] = theta[j] - t * step[j]
      fNew = objective(A, y, sw, lambda, fi, trial, null, z)
      if (fNew <= f - 1e-4 * t * dec) { ok = true; break }
      t /= 2
    }
    if (!ok) {
      // no decrease possible at float64 precision: we are at the optimum
      objective(A, y, sw, lambda, fi, theta, g, z)
      return { iter, converged: maxAbs(g) / scale < 1e-6, gradNorm: maxAbs(g) }
    }
    theta.set(trial)
    const fPrev = f
    f = objective(A, y, sw, lambda, fi, theta, g, z)
    control?.onProgress?.(Math.min(0.99, (iter + 1) / 12), `Newton step ${iter + 1}`)
    // at the optimum to float64 precision (the gradient test can sit just above tol on rounding
    // noise, and each further step "decreases" f by a few ulps): scipy's ftol rule, as in lbfgs
    if (fPrev - f <= 64 * Number.EPSILON * Math.max(Math.abs(fPrev), Math.abs(f), 1)) {
      return { iter: iter + 1, converged: maxAbs(g) / scale < 1e-6, gradNorm: maxAbs(g) }
    }
  }
  return { iter, converged: maxAbs(g) / scale < o.tol, gradNorm: maxAbs(g) }
}

/** Limited-memory BFGS with an Armijo backtracking line search (m = 10). */
function lbfgs(A: Csr, y: Uint8Array, sw: Float64Array, lambda: number, o: LogisticOptions, theta: Float64Array, control?: RunControl, startIter = 0): SolveResult {
  const q = theta.length
  const m = 10
  const z = new Float64Array(A.n)
  const g = new Float64Array(q), gNew = new Float64Array(q), d = new Float64Array(q), trial = new Float64Array(q)
  const S: Float64Array[] = [], Y: Float64Array[] = [], rho: number[] = []
  const alpha = new Float64Array(m)
  const scale = sw.reduce((a, b) => a + b, 0)
  let f = objective(A, y, sw, lambda, o.fitIntercept, theta, g, z)
  const maxIter = Math.max(o.maxIter * 5, 1000)
  let iter = startIter
  for (; iter < maxIter; iter++) {
    checkCancel(control?.cancel)
    if (maxAbs(g) / scale < o.tol) return { iter, converged: true, gradNorm: maxAbs(g) }
    // two-loop recursion: d = −H g
    for (let j = 0; j < q; j++) d[j] = g[j]
    for (let k = S.length - 1; k >= 0; k--) {
      let s = 0
      for (let j = 0; j < q; j++) s += S[k][j] * d[j]
      alpha[k] = rho[k] * s
      for (let j = 0; j < q; j++) d[j] -= alpha[k] * Y[k][j]
    }
    if (S.length) {
      const k = S.length - 1
      let sy = 0, yy = 0
      for (let j = 0; j < q; j++) { sy += S[k][j] * Y[k][j]; yy += Y[k][j] * Y[k][j] }
      const gamma = sy / yy
      for (let j = 0; j < q; j++) d[j] *= gamma
    } else {
      const gn = Math.sqrt(g.reduce((a, b) => a + b * b, 0))
      for (let j = 0; j < q; j++) d[j] /= Math.max(gn, 1)
    }
    for (let k = 0; k < S.length; k++) {
      let s = 0
      for (let j = 0; j < q; j++) s += Y[k][j] * d[j]
      const beta = rho[k] * s
      for (let j = 0; j < q; j++) d[j] += S[k][j] * (alpha[k] - beta)
    }
    let dec = 0
    for (let j = 0; j < q; j++) dec += g[j] * d[j]
    if (!(dec > 0)) {
      // not a descent direction: restart from steepest descent
      S.length = 0; Y.length = 0; rho.length = 0
      for (let j = 0; j < q; j++) d[j] = g[j]
      dec = g.reduce((a, b) => a + b * b, 0)
    }
    let t = 1, fNew = f, ok = false
    for (let ls = 0; ls < 50; ls++) {
      for (let j = 0; j < q; j++) trial[j] = theta[j] - t * d[j]
      fNew = objective(A, y, sw, lambda, o.fitIntercept, trial, gNew, z)
      if (fNew <= f - 1e-4 * t * dec) { ok = true; break }
      t /= 2
    }
    if (!ok) return { iter, converged: maxAbs(gNew) / scale < 1e-6, gradNorm: maxAbs(g) }
    // scipy's ftol stop (sklearn passes 64·eps): no relative decrease left at float64 precision
    const stalled = f - fNew <= 64 * Number.EPSILON * Math.max(Math.abs(f), Math.abs(fNew), 1)
    const s = new Float64Array(q), yv = new Float64Array(q)
    let sy = 0
    for (let j = 0; j < q; j++) { s[j] = trial[j] - theta[j]; yv[j] = gNew[j] - g[j]; sy += s[j] * yv[j] }
    if (sy > 1e-12) {
      S.push(s); Y.push(yv); rho.push(1 / sy)
      if (S.length > m) { S.shift(); Y.shift(); rho.shift() }
    }
    theta.set(trial); g.set(gNew); f = fNew
    if (stalled) return { iter: iter + 1, converged: maxAbs(g) / scale < 1e-6, gradNorm: maxAbs(g) }
    if (iter % 10 === 0) control?.onProgress?.(Math.min(0.99, iter / 200), `L-BFGS iteration ${iter}`)
  }
  return { iter, converged: maxAbs(g) / scale < o.tol, gradNorm: maxAbs(g) }
}
