import { MessageError } from '../core/message'
import type { Matrix } from '../core/matrix'
import { Rng } from '../core/random'
import { stateWeights } from '../core/weights'
import { checkCancel, type RunControl } from '../core/progress'
import { registerEstimator, base64ToBytes, encodeFloat64, decodeFloat64, type Classifier, type EstimatorJSON } from '../core/estimator'
import { checkFitInput, checkPredictInput, checkInt, checkNum, driveSteps, driveStepsSync } from './_shared/util'

export type SvmKernel = 'rbf' | 'linear'

export interface SVCOptions {
  kernel: SvmKernel
  C: number
  /** RBF width: 'scale' = 1 / (n_features · X.var()) (sklearn default), 'auto' = 1 / n_features, or a positive number */
  gamma: 'scale' | 'auto' | number
  /** stopping tolerance of SMO on the maximal violating pair (libsvm eps) */
  tol: number
  /** fit Platt scaling with an internal seeded stratified k-fold CV (sklearn probability=True) */
  probability: boolean
  /** folds of the internal CV for Platt scaling (libsvm uses 5) */
  plattFolds: number
  /** kernel row cache in MB (sklearn cache_size 200) */
  cacheMB: number
  /** SMO iteration cap; -1 = libsvm's max(10^7, 100·n) */
  maxIter: number
  /** libsvm's shrinking heuristic (sklearn shrinking=True) */
  shrinking: boolean
  seed: number
}

export const defaultSVCOptions: SVCOptions = {
  kernel: 'rbf', C: 1, gamma: 'scale', tol: 1e-3, probability: true, plattFolds: 5, cacheMB: 200, maxIter: -1, shrinking: true, seed: 42,
}

function validate(o: SVCOptions): void {
  if (o.kernel !== 'rbf' && o.kernel !== 'linear') throw new MessageError('ml.error.oneOf', { name: 'SVM: kernel', allowed: 'rbf, linear', value: String(o.kernel) })
  checkNum('SVM: C', o.C, 0, Infinity, true)
  if (typeof o.gamma === 'number') checkNum('SVM: gamma', o.gamma, 0, Infinity, true)
  else if (o.gamma !== 'scale' && o.gamma !== 'auto') throw new MessageError('ml.error.gamma', { name: 'SVM: gamma', value: String(o.gamma) })
  checkNum('SVM: tol', o.tol, 0, Infinity, true)
  checkInt('SVM: plattFolds', o.plattFolds, 2, 20)
  checkNum('SVM: cacheMB', o.cacheMB, 1)
  if (o.maxIter !== -1) checkInt('SVM: maxIter', o.maxIter, 1)
  checkInt('SVM: seed', o.seed, 0)
}

/**
 * Column storage for fast kernel rows: K(z, x_j) for all j is built column by column, adding
 * z_f · column f for each non-zero z_f. Columns that are mostly non-zero are stored dense
 * (contiguous loop); mostly-zero ones (one-hot) as CSC lists, so zeros cost nothing.
 */
class KernelData {
  readonly n: number
  readonly p: number
  readonly norms: Float64Array
  private readonly dense: (Float64Array | null)[]
  private readonly colPtr: Int32Array
  private readonly rowIdx: Int32Array
  private readonly vals: Float64Array
  private readonly dots: Float64Array

  constructor(X: Matrix, readonly kernel: SvmKernel, readonly gamma: number) {
    const { rows: n, cols: p, data } = X
    this.n = n; this.p = p
    this.norms = new Float64Array(n)
    for (let i = 0; i < n; i++) {
      let s = 0
      for (let j = 0; j < p; j++) { const v = data[i * p + j]; s += v * v }
      this.norms[i] = s
    }
    const nnz = new Int32Array(p)
    for (let i = 0; i < n; i++) for (let j = 0; j < p; j++) if (data[i * p + j] !== 0) nnz[j]++
    this.dense = new Array<Float64Array | null>(p).fill(null)
    this.colPtr = new Int32Array(p + 1)
    let total = 0
    for (let j = 0; j < p; j++) {
      if (nnz[j] > 0.3 * n) {
        const c = new Float64Array(n)
        for (let i = 0; i < n; i++) c[i] = data[i * p + j]
        this.dense[j] = c
      } else total += nnz[j]
      this.colPtr[j + 1] = total
    }
    this.rowIdx = new Int32Array(total)
    this.vals = new Float64Array(total)
    for (let j = 0; j < p; j++) {
      if (this.dense[j]) continue
      let o = this.colPtr[j]
      for (let i = 0; i < n; i++) { const v = data[i * p + j]; if (v !== 0) { this.rowIdx[o] = i; this.vals[o] = v; o++ } }
    }
    this.dots = new Float64Array(n)
  }

  /** K(z, x_j) for every stored row j, where z is a dense vector with squared norm zn. */
  rowFor(z: Float64Array, zOff: number, zn: number, out: Float32Array | Float64Array): void {
    const { n, p, norms, gamma, dots, dense, colPtr, rowIdx, vals } = this
    dots.fill(0)
    for (let f = 0; f < p; f++) {
      const v = z[zOff + f]
      if (v === 0) continue
      const c = dense[f]
      if (c) { for (let j = 0; j < n; j++) dots[j] += v * c[j] }
      else for (let k = colPtr[f], e = colPtr[f + 1]; k < e; k++) dots[rowIdx[k]] += v * vals[k]
    }
    if (this.kernel === 'rbf') {
      const g = -gamma
      for (let j = 0; j < n; j++) {
        const d2 = zn + norms[j] - 2 * dots[j]
        out[j] = Math.exp(g * (d2 > 0 ? d2 : 0))
      }
    } else for (let j = 0; j < n; j++) out[j] = dots[j]
  }

  row(i: number, out: Float32Array, X: Matrix): void {
    this.rowFor(X.data, i * this.p, this.norms[i], out)
  }

  diag(i: number): number {
    return this.kernel === 'rbf' ? 1 : this.norms[i]
  }
}

/** LRU cache of full kernel rows (float32 like libsvm's Qfloat), shared by the Platt CV fits and the final fit. */
class KernelCache {
  private readonly map = new Map<number, Float32Array>()
  private readonly cap: number
  misses = 0
  constructor(private readonly kd: KernelData, private readonly X: Matrix, cacheMB: number) {
    this.cap = Math.max(3, Math.floor((cacheMB * 1048576) / (4 * Math.max(1, kd.n))))
  }
  get(i: number): Float32Array {
    const m = this.map
    let r = m.get(i)
    if (r) { m.delete(i); m.set(i, r); return r }
    if (m.size >= this.cap) {
      const oldest = m.keys().next().value as number
      r = m.get(oldest)!
      m.delete(oldest)
    } else r = new Float32Array(this.kd.n)
    this.kd.row(i, r, this.X)
    this.misses++
    m.set(i, r)
    return r
  }
}

interface SolveResult { alpha: Float64Array; rho: number; iterations: number }

const TAU = 1e-12

// Hot loops of the SMO solver as plain module-level functions (V8 optimises these better than
// loops inside a generator or over captured variables). Like libsvm, the solver keeps its
// arrays in "position" order with the active set as a contiguous prefix [0, activeSize).

/** First WSS3 pass: i = argmax of −y_t·G_t over I_up; writes Gmax to out[0]. */
function wssFirst(activeSize: number, ys: Int8Array, alpha: Float64Array, G: Float64Array, C: number, out: Float64Array): number {
  let Gmax = -Infinity, Gmaxi = -1
  for (let t = 0; t < activeSize; t++) {
    if (ys[t] === 1) { if (alpha[t] < C && -G[t] >= Gmax) { Gmax = -G[t]; Gmaxi = t } }
    else if (alpha[t] > 0 && G[t] >= Gmax) { Gmax = G[t]; Gmaxi = t }
  }
  out[0] = Gmax
  return Gmaxi
}

/**
 * Second WSS3 pass: j minimising the second-order objective decrease; writes Gmax2 to out[0].
 * libsvm's quad_coef QD_i + QD_j ∓ 2·y_i·Q_ij, with Q_ij = y_i·y_j·K_ij, is
 * ‖φ(x_i) − φ(x_j)‖² = K_ii + K_jj − 2·K_ij in every case.
 */
function wssSecond(activeSize: number, ys: Int8Array, alpha: Float64Array, G: Float64Array, QD: Float64Array, C: number,
  i: number, Gmax: number, Ki: Float32Array, map: Int32Array, out: Float64Array): number {
  let Gmax2 = -Infinity, Gminj = -1, objMin = Infinity
  const QDi = QD[i]
  for (let j = 0; j < activeSize; j++) {
    let gd: number
    if (ys[j] === 1) {
      if (!(alpha[j] > 0)) continue
      if (G[j] >= Gmax2) Gmax2 = G[j]
      gd = Gmax + G[j]
    } else {
      if (!(alpha[j] < C)) continue
      if (-G[j] >= Gmax2) Gmax2 = -G[j]
      gd = Gmax - G[j]
    }
    if (gd > 0) {
      let q = QDi + QD[j] - 2 * Ki[map[j]]
      if (q <= 0) q = TAU
      const od = -(gd * gd) / q
      if (od <= objMin) { Gminj = j; objMin = od }
    }
  }
  out[0] = Gmax2
  return Gminj
}

/** G_t += y_t·(K_it·c_i + K_jt·c_j) over positions [from, to). */
function updateGradient(from: number, to: number, G: Float64Array, ys: Int8Array, map: Int32Array, Ki: Float32Array, Kj: Float32Array, ci: number, cj: number): void {
  for (let t = from; t < to; t++) {
    const m = map[t]
    G[t] += ys[t] * (Ki[m] * ci + Kj[m] * cj)
  }
}

function addScaledRow(from: number, to: number, Gbar: Float64Array, ys: Int8Array, map: Int32Array, Kr: Float32Array, c: number): void {
  for (let t = from; t < to; t++) Gbar[t] += ys[t] * c * Kr[map[t]]
}

/**
 * libsvm's C-SVC dual solver (Fan, Chen & Lin 2005): SMO with second-order working set selection
 * (WSS3) and libsvm's shrinking (every min(l, 1000) iterations, bound variables that cannot move
 * leave the active set; the gradient is rebuilt from G_bar before the final optimality check).
 * `map0` takes solver index → row of the cached kernel data, so the Platt CV folds and the final
 * fit share one kernel cache. Returns α in solver-index order.
 */
function* solveSMO(map0: Int32Array, ys0: Int8Array, C: number, eps: number, maxIterOpt: number, kd: KernelData, cache: KernelCache,
  control: RunControl | undefined, progressSpan: [number, number], shrinking: boolean): Generator<void, SolveResult> {
  const l = map0.length
  // position-ordered state; orig[t] is the solver index at position t
  const map = map0.slice(), ys = ys0.slice()
  const orig = new Int32Array(l)
  for (let t = 0; t < l; t++) orig[t] = t
  const alpha = new Float64Array(l)
  const G = new Float64Array(l).fill(-1)
  // G_bar[t] = Σ_{j: α_j = C} C·Q_tj, kept so a shrunk gradient can be rebuilt
  const Gbar = new Float64Array(l)
  const QD = new Float64Array(l)
  for (let t = 0; t < l; t++) QD[t] = kd.diag(map[t])
  let activeSize = l
  let unshrink = false
  const maxIter = maxIterOpt > 0 ? maxIterOpt : Math.max(10_000_000, 100 * l)
  let iter = 0
  let gap0 = -1, best = 0
  let counter = Math.min(l, 1000) + 1

  const swap = (a: number, b: number): void => {
    let t: number
    t = map[a]; map[a] = map[b]; map[b] = t
    t = ys[a]; ys[a] = ys[b]; ys[b] = t
    t = orig[a]; orig[a] = orig[b]; orig[b] = t
    t = alpha[a]; alpha[a] = alpha[b]; alpha[b] = t
    t = G[a]; G[a] = G[b]; G[b] = t
    t = Gbar[a]; Gbar[a] = Gbar[b]; Gbar[b] = t
    t = QD[a]; QD[a] = QD[b]; QD[b] = t
  }

  const reconstructGradient = (): void => {
    if (activeSize === l) return
    for (let t = activeSize; t < l; t++) G[t] = Gbar[t] - 1
    for (let i = 0; i < activeSize; i++) {
      if (alpha[i] > 0 && alpha[i] < C) {
        const Ki = cache.get(map[i])
        addScaledRow(activeSize, l, G, ys, map, Ki, ys[i] * alpha[i])
      }
    }
    activeSize = l
  }

  const doShrinking = (): void => {
    let Gm1 = -Infinity, Gm2 = -Infinity
    for (let t = 0; t < activeSize; t++) {
      if (ys[t] === 1) {
        if (alpha[t] < C && -G[t] >= Gm1) Gm1 = -G[t]
        if (alpha[t] > 0 && G[t] >= Gm2) Gm2 = G[t]
      } else {
        if (alpha[t] < C && -G[t] >= Gm2) Gm2 = -G[t]
        if (alpha[t] > 0 && G[t] >= Gm1) Gm1 = G[t]
      }
    }
    if (!unshrink && Gm1 + Gm2 <= eps * 10) { unshrink = true; reconstructGradient() }
    for (let t = 0; t < activeSize; t++) {
      let shrink = false
      if (alpha[t] >= C) shrink = ys[t] === 1 ? -G[t] > Gm1 : -G[t] > Gm2
      else if (alpha[t] <= 0) shrink = ys[t] === 1 ? G[t] > Gm2 : G[t] > Gm1
      if (shrink) { activeSize--; swap(t, activeSize); t-- }
    }
  }

  const wssOut = new Float64Array(2)
  /** WSS3 over the active set: [i, j, gap], or i < 0 when the active set is optimal. */
  const select = (): [number, number, number] => {
    const i = wssFirst(activeSize, ys, alpha, G, C, wssOut)
    if (i < 0) return [-1, -1, 0]
    const Gmax = wssOut[0]
    const j = wssSecond(activeSize, ys, alpha, G, QD, C, i, Gmax, cache.get(map[i]), map, wssOut)
    const gap = Gmax + wssOut[0]
    if (gap < eps || j < 0) return [-1, -1, gap]
    return [i, j, gap]
  }

  while (iter < maxIter) {
    if (shrinking && --counter === 0) { counter = Math.min(l, 1000); doShrinking() }
    let [i, j, gap] = select()
    if (i < 0) {
      if (activeSize === l) break
      // optimal on the active set: rebuild the whole gradient and check again
      reconstructGradient()
      ;[i, j, gap] = select()
      if (i < 0) break
      counter = 1
    }
    iter++
    const Ki = cache.get(map[i])
    const Kj = cache.get(map[j])
    const yi = ys[i], yj = ys[j]
    const Kij = Ki[map[j]]
    const oldAi = alpha[i], oldAj = alpha[j]
    if (yi !== yj) {
      let q = QD[i] + QD[j] - 2 * Kij
      if (q <= 0) q = TAU
      const delta = (-G[i] - G[j]) / q
      const diff = alpha[i] - alpha[j]
      alpha[i] += delta; alpha[j] += delta
      if (diff > 0) { if (alpha[j] < 0) { alpha[j] = 0; alpha[i] = diff } }
      else if (alpha[i] < 0) { alpha[i] = 0; alpha[j] = -diff }
      if (diff > 0) { if (alpha[i] > C) { alpha[i] = C; alpha[j] = C - diff } }
      else if (alpha[j] > C) { alpha[j] = C; alpha[i] = C + diff }
    } else {
      let q = QD[i] + QD[j] - 2 * Kij
      if (q <= 0) q = TAU
      const delta = (G[i] - G[j]) / q
      const sum = alpha[i] + alpha[j]
      alpha[i] -= delta; alpha[j] += delta
      if (sum > C) { if (alpha[i] > C) { alpha[i] = C; alpha[j] = sum - C } }
      else if (alpha[j] < 0) { alpha[j] = 0; alpha[i] = sum }
      if (sum > C) { if (alpha[j] > C) { alpha[j] = C; alpha[i] = sum - C } }
      else if (alpha[i] < 0) { alpha[i] = 0; alpha[j] = sum }
    }
    updateGradient(0, activeSize, G, ys, map, Ki, Kj, yi * (alpha[i] - oldAi), yj * (alpha[j] - oldAj))
    // keep G_bar in step when α_i or α_j enters or leaves the upper bound
    if (shrinking) {
      if ((oldAi >= C) !== (alpha[i] >= C)) addScaledRow(0, l, Gbar, ys, map, Ki, (alpha[i] >= C ? C : -C) * yi)
      if ((oldAj >= C) !== (alpha[j] >= C)) addScaledRow(0, l, Gbar, ys, map, Kj, (alpha[j] >= C ? C : -C) * yj)
    }
    if ((iter & 1023) === 0) {
      checkCancel(control?.cancel)
      if (gap0 < 0) gap0 = gap
      const f = Math.log(gap0 / gap) / Math.log(gap0 / eps)
      if (f > best) best = Math.min(1, f)
      control?.onProgress?.(progressSpan[0] + (progressSpan[1] - progressSpan[0]) * best, `SMO iteration ${iter}`)
      yield
    }
  }
  reconstructGradient()
  // rho (libsvm calculate_rho)
  let ub = Infinity, lb = -Infinity, nFree = 0, sumFree = 0
  for (let t = 0; t < l; t++) {
    const yG = ys[t] * G[t]
    if (alpha[t] >= C) { if (ys[t] === -1) ub = Math.min(ub, yG); else lb = Math.max(lb, yG) }
    else if (alpha[t] <= 0) { if (ys[t] === 1) ub = Math.min(ub, yG); else lb = Math.max(lb, yG) }
    else { nFree++; sumFree += yG }
  }
  const rho = nFree > 0 ? sumFree / nFree : (ub + lb) / 2
  const alphaOut = new Float64Array(l)
  for (let t = 0; t < l; t++) alphaOut[orig[t]] = alpha[t]
  return { alpha: alphaOut, rho, iterations: iter }
}

/**
 * Platt's sigmoid fit with libsvm's Newton method (Lin, Lin & Weng 2007). Returns [A, B]:
 * P(y=1|f) = 1/(1+exp(A f + B)). `positiveWeight` counts each positive row that many times (the
 * class prior the model was trained at, e.g. after oversampling); 1 = libsvm.
 */
export function plattSigmoid(dec: Float64Array, labels: Uint8Array, positiveWeight = 1): [number, number] {
  let prior1 = 0
  for (let i = 0; i < labels.length; i++) prior1 += labels[i]
  const prior0 = labels.length - prior1
  prior1 *= positiveWeight
  const maxIter = 100, minStep = 1e-10, sigma = 1e-12, eps = 1e-5
  const hi = (prior1 + 1) / (prior1 + 2), lo = 1 / (prior0 + 2)
  const l = dec.length
  const t = new Float64Array(l), w = new Float64Array(l)
  for (let i = 0; i < l; i++) { t[i] = labels[i] ? hi : lo; w[i] = labels[i] ? positiveWeight : 1 }
  let A = 0, B = Math.log((prior0 + 1) / (prior1 + 1))
  const objective = (a: number, b: number): number => {
    let f = 0
    for (let i = 0; i < l; i++) {
      const z = dec[i] * a + b
      f += w[i] * (z >= 0 ? t[i] * z + Math.log1p(Math.exp(-z)) : (t[i] - 1) * z + Math.log1p(Math.exp(z)))
    }
    return f
  }
  let fval = objective(A, B)
  for (let it = 0; it < maxIter; it++) {
    let h11 = sigma, h22 = sigma, h21 = 0, g1 = 0, g2 = 0
    for (let i = 0; i < l; i++) {
      const z = dec[i] * A + B
      let p: number, q: number
      if (z >= 0) { const e = Math.exp(-z); p = e / (1 + e); q = 1 / (1 + e) } else { const e = Math.exp(z); p = 1 / (1 + e); q = e / (1 + e) }
      const d2 = w[i] * p * q
      h11 += dec[i] * dec[i] * d2; h22 += d2; h21 += dec[i] * d2
      const d1 = w[i] * (t[i] - p)
      g1 += dec[i] * d1; g2 += d1
    }
    if (Math.abs(g1) < eps && Math.abs(g2) < eps) break
    const det = h11 * h22 - h21 * h21
    const dA = -(h22 * g1 - h21 * g2) / det, dB = -(-h21 * g1 + h11 * g2) / det
    const gd = g1 * dA + g2 * dB
    let step = 1
    while (step >= minStep) {
      const nA = A + step * dA, nB = B + step * dB
      const nf = objective(nA, nB)
      if (nf < fval + 0.0001 * step * gd) { A = nA; B = nB; fval = nf; break }
      step /= 2
    }
    if (step < minStep) break
  }
  return [A, B]
}

/**
 * Support vector classifier (scikit-learn SVC / libsvm C-SVC) with linear or RBF kernel.
 * predict() takes the sign of the decision function (as sklearn); predictProba() is Platt's
 * sigmoid fitted on decision values from an internal seeded stratified k-fold CV (as libsvm's
 * svm_binary_svc_probability, which uses a plain shuffled k-fold; stratifying keeps both classes
 * in every fold on small or very imbalanced data).
 */
export class SVC implements Classifier {
  readonly kind = 'svm'
  readonly options: SVCOptions
  private nFeatures = -1
  /** support vectors, row-major (nSV × nFeatures) */
  private sv: Float64Array = new Float64Array(0)
  /** dual coefficients y_i α_i per support vector */
  private coef: Float64Array = new Float64Array(0)
  private rho = 0
  private gammaValue = 0
  private probA = 0
  private probB = 0
  private hasProb = false
  /** where Platt's decision values came from: the internal CV (libsvm) or an outer CV (calibrate) */
  plattSource: 'internal-cv' | 'outer-cv' | 'none' = 'none'
  private kd: KernelData | null = null
  iterations = 0

  constructor(options: Partial<SVCOptions> = {}) {
    this.options = { ...defaultSVCOptions, ...options }
    validate(this.options)
  }

  get nSupport(): number { return this.coef.length }
  get gamma(): number { return this.gammaValue }
  get intercept(): number { return -this.rho }
  get plattAB(): [number, number] | null { return this.hasProb ? [this.probA, this.probB] : null }

  /** Primal weights w (linear kernel only): decision = w·x − rho. */
  get weights(): Float64Array {
    if (this.options.kernel !== 'linear') throw new Error('SVM: weights exist only for the linear kernel')
    const p = this.nFeatures, w = new Float64Array(p)
    for (let s = 0; s < this.coef.length; s++) for (let j = 0; j < p; j++) w[j] += this.coef[s] * this.sv[s * p + j]
    return w
  }

  fit(X: Matrix, y: Uint8Array, control?: RunControl): Promise<void> {
    return driveSteps(this.fitSteps(X, y, control))
  }

  fitSync(X: Matrix, y: Uint8Array, control?: RunControl): void {
    driveStepsSync(this.fitSteps(X, y, control))
  }

  private *fitSteps(X: Matrix, y: Uint8Array, control?: RunControl): Generator<void> {
    checkFitInput(X, y, 'SVM')
    const o = this.options
    const n = X.rows, p = X.cols
    let gamma = 0
    if (o.kernel === 'rbf') {
      if (typeof o.gamma === 'number') gamma = o.gamma
      else if (o.gamma === 'auto') gamma = 1 / p
      else {
        let s = 0, s2 = 0
        for (let k = 0; k < X.data.length; k++) { s += X.data[k]; s2 += X.data[k] * X.data[k] }
        const m = s / X.data.length
        const v = s2 / X.data.length - m * m
        gamma = v > 0 ? 1 / (p * v) : 1
      }
    }
    const kd = new KernelData(X, o.kernel, gamma)
    const cache = new KernelCache(kd, X, o.cacheMB)
    const ysAll = Int8Array.from(y, (v) => (v ? 1 : -1))
    const finalFrom = o.probability ? 0.75 : 0

    let A = 0, B = 0
    if (o.probability) {
      const folds = stratifiedFolds(y, o.plattFolds, new Rng(o.seed))
      const dec = new Float64Array(n)
      for (let k = 0; k < o.plattFolds; k++) {
        const tr: number[] = [], te: number[] = []
        for (let i = 0; i < n; i++) (folds[i] === k ? te : tr).push(i)
        const map = Int32Array.from(tr)
        const ys = Int8Array.from(tr, (i) => ysAll[i])
        let pos = 0
        for (const i of tr) pos += y[i]
        if (pos === 0 || pos === tr.length) { for (const i of te) dec[i] = pos ? 1 : -1; continue }
        const span: [number, number] = [(k / o.plattFolds) * finalFrom, ((k + 1) / o.plattFolds) * finalFrom]
        const res: SolveResult = yield* solveSMO(map, ys, o.C, o.tol, o.maxIter, kd, cache, control, span, o.shrinking)
        for (const i of te) dec[i] = -res.rho
        for (let t = 0; t < map.length; t++) {
          const a = res.alpha[t]
          if (a <= 0) continue
          const c = ys[t] * a
          const Kr = cache.get(map[t])
          for (const i of te) dec[i] += c * Kr[i]
        }
      }
      ;[A, B] = plattSigmoid(dec, y)
    }
    const all = new Int32Array(n)
    for (let i = 0; i < n; i++) all[i] = i
    const res: SolveResult = yield* solveSMO(all, ysAll, o.C, o.tol, o.maxIter, kd, cache, control, [finalFrom, 1], o.shrinking)
    let nsv = 0
    for (let i = 0; i < n; i++) if (res.alpha[i] > 0) nsv++
    const sv = new Float64Array(nsv * p), coef = new Float64Array(nsv)
    let s = 0
    for (let i = 0; i < n; i++) {
      if (res.alpha[i] <= 0) continue
      sv.set(X.data.subarray(i * p, i * p + p), s * p)
      coef[s++] = ysAll[i] * res.alpha[i]
    }
    this.nFeatures = p
    this.sv = sv
    this.coef = coef
    this.rho = res.rho
    this.gammaValue = gamma
    this.probA = A; this.probB = B; this.hasProb = o.probability
    this.plattSource = o.probability ? 'internal-cv' : 'none'
    this.iterations = res.iterations
    this.kd = null
    control?.onProgress?.(1, `${nsv} support vectors`)
  }

  /**
   * Platt scaling from decision values computed elsewhere: the out-of-fold decision values of an
   * outer cross-validation are what libsvm's internal 5-fold CV recomputes, so a model fitted with
   * probability = false inside a CV can take its sigmoid from that CV instead of five more solves.
   * `positiveWeight` restores the class prior the model was trained at (SMOTE: rows after / before).
   */
  calibrate(decision: Float64Array, y: Uint8Array, positiveWeight = 1): void {
    if (this.nFeatures < 0) throw new Error('SVM: fit before calibrate')
    if (decision.length !== y.length) throw new RangeError(`SVM calibrate: ${decision.length} decision values but ${y.length} labels`)
    ;[this.probA, this.probB] = plattSigmoid(decision, y, positiveWeight)
    this.hasProb = true
    this.plattSource = 'outer-cv'
    this.options.probability = true // the model gives Platt probabilities, as its file should say
  }

  private kernelData(): KernelData {
    if (!this.kd) this.kd = new KernelData({ rows: this.coef.length, cols: this.nFeatures, data: this.sv }, this.options.kernel, this.gammaValue)
    return this.kd
  }

  /** Σ y_i α_i K(x_i, x) − rho per row: positive → class 1. */
  decisionFunction(X: Matrix): Float64Array {
    checkPredictInput(X, this.nFeatures, 'SVM')
    const kd = this.kernelData()
    const out = new Float64Array(X.rows)
    const k = new Float64Array(this.coef.length)
    const p = X.cols
    for (let i = 0; i < X.rows; i++) {
      let zn = 0
      for (let j = 0; j < p; j++) { const v = X.data[i * p + j]; zn += v * v }
      kd.rowFor(X.data, i * p, zn, k)
      let s = -this.rho
      for (let t = 0; t < k.length; t++) s += this.coef[t] * k[t]
      out[i] = s
    }
    return out
  }

  predict(X: Matrix): Uint8Array {
    const d = this.decisionFunction(X)
    return Uint8Array.from(d, (v) => (v > 0 ? 1 : 0))
  }

  /** Platt probability P(y = 1), clipped to [1e-7, 1 − 1e-7] like libsvm; a logistic of the decision value when probability = false. */
  predictProba(X: Matrix): Float64Array {
    return this.probabilityOf(this.decisionFunction(X))
  }

  /** predictProba from decision values already computed (overwrites them). */
  probabilityOf(d: Float64Array): Float64Array {
    const A = this.hasProb ? this.probA : -1, B = this.hasProb ? this.probB : 0
    for (let i = 0; i < d.length; i++) {
      const z = d[i] * A + B
      const pr = z >= 0 ? Math.exp(-z) / (1 + Math.exp(-z)) : 1 / (1 + Math.exp(z))
      d[i] = Math.min(1 - 1e-7, Math.max(1e-7, pr))
    }
    return d
  }

  toJSON(): EstimatorJSON {
    return {
      kind: this.kind,
      params: { ...this.options },
      state: {
        nFeatures: this.nFeatures, supportVectors: encodeFloat64(this.sv), dualCoef: encodeFloat64(this.coef), rho: this.rho, gamma: this.gammaValue,
        probA: this.probA, probB: this.probB, hasProb: this.hasProb, plattSource: this.plattSource, iterations: this.iterations,
      },
      containsTrainingRows: true,
    }
  }

  static load(json: EstimatorJSON): SVC {
    if (json.kind !== 'svm') throw new Error(`SVM: cannot load a model of kind "${json.kind}"`)
    const m = new SVC(json.params as Partial<SVCOptions>)
    const s = json.state as Record<string, unknown>
    for (const k of ['nFeatures', 'supportVectors', 'dualCoef', 'rho', 'gamma']) if (s[k] === undefined) throw new Error(`SVM: model JSON is missing state.${k}`)
    m.nFeatures = s.nFeatures as number
    m.sv = decodeFloat64(s.supportVectors as string)
    m.coef = decodeFloat64(s.dualCoef as string)
    m.rho = s.rho as number
    m.gammaValue = s.gamma as number
    m.probA = (s.probA as number) ?? 0
    m.probB = (s.probB as number) ?? 0
    m.hasProb = Boolean(s.hasProb)
    m.plattSource = s.plattSource === 'outer-cv' || s.plattSource === 'internal-cv' ? s.plattSource : m.hasProb ? 'internal-cv' : 'none'
    m.iterations = (s.iterations as number) ?? 0
    return m
  }
}

/** Fold number per row: each class shuffled (seeded) and dealt round-robin over k folds. */
export function stratifiedFolds(y: Uint8Array, k: number, rng: Rng): Int32Array {
  const fold = new Int32Array(y.length)
  for (const c of [0, 1]) {
    const rows: number[] = []
    for (let i = 0; i < y.length; i++) if (y[i] === c) rows.push(i)
    rng.shuffle(rows)
    rows.forEach((i, r) => { fold[i] = r % k })
  }
  return fold
}

registerEstimator('svm', SVC.load, stateWeights([
  // one row per support vector: the count is the dual coefficients' length (a weight itself)
  { key: 'supportVectors', dtype: 'float64', as: 'base64', shape: (s) => (typeof s.supportVectors === 'string' ? [base64ToBytes(s.supportVectors).length / 8 / (s.nFeatures as number), s.nFeatures as number] : undefined) },
  { key: 'dualCoef', dtype: 'float64', as: 'base64' },
]))
