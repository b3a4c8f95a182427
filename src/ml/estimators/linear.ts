/**
 * Linear regression: ordinary least squares with standard errors, t statistics and two-sided
 * p-values (Student t with n − p − 1 degrees of freedom), or ridge (alpha ‖w‖², intercept not
 * penalised, as scikit-learn's Ridge). Solved by Cholesky of the normal equations in float64.
 */
import { MessageError } from '../core/message'
import type { Matrix } from '../core/matrix'
import { stateWeights } from '../core/weights'
import type { EstimatorJSON, Regressor } from '../core/estimator'
import { registerEstimator, encodeFloat64, decodeFloat64 } from '../core/estimator'
import { cholesky, choleskyInverse, choleskySolve } from './linalg'

export interface LinearOptions {
  /** ridge penalty; 0 = OLS */
  alpha: number
  fitIntercept: boolean
}

export const defaultLinearOptions: LinearOptions = { alpha: 0, fitIntercept: true }

export interface CoefficientStats {
  /** coefficients (intercept excluded) */
  coef: Float64Array
  intercept: number
  /** OLS only (null for ridge): standard errors, t values and p-values, intercept last */
  stdErr: Float64Array | null
  tValue: Float64Array | null
  pValue: Float64Array | null
  interceptStdErr: number | null
  interceptPValue: number | null
  dfResidual: number
}

export class LinearRegression implements Regressor {
  readonly kind = 'linear'
  readonly options: LinearOptions
  coef: Float64Array = new Float64Array(0)
  intercept = 0
  stats: CoefficientStats | null = null

  constructor(options: Partial<LinearOptions> = {}) {
    const o = { ...defaultLinearOptions, ...options }
    if (!(o.alpha >= 0)) throw new MessageError('ml.error.num', { name: 'ridge alpha', min: '0', value: String(o.alpha) })
    this.options = o
  }

  fit(X: Matrix, y: Float64Array): void {
    const n = X.rows, p = X.cols
    if (n !== y.length) throw new RangeError(`fit: ${n} rows but ${y.length} targets`)
    for (let i = 0; i < n; i++) if (!Number.isFinite(y[i])) throw new MessageError('ml.error.targetNotFinite', { row: i })
    const fi = this.options.fitIntercept
    const q = p + (fi ? 1 : 0)
    if (this.options.alpha === 0 && n <= q) throw new MessageError('ml.error.olsRows', { n, q })
    // normal equations on [X, 1]
    const A = new Float64Array(q * q)
    const b = new Float64Array(q)
    const xr = new Float64Array(q)
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < p; j++) xr[j] = X.data[i * p + j]
      if (fi) xr[p] = 1
      for (let a = 0; a < q; a++) {
        const va = xr[a]
        if (va === 0) continue
        b[a] += va * y[i]
        for (let c = a; c < q; c++) A[a * q + c] += va * xr[c]
      }
    }
    for (let j = 0; j < p; j++) A[j * q + j] += this.options.alpha
    for (let a = 0; a < q; a++) for (let c = a + 1; c < q; c++) A[c * q + a] = A[a * q + c]
    const L = Float64Array.from(A)
    if (!cholesky(L, q)) {
      throw new MessageError('ml.error.collinear')
    }
    const theta = choleskySolve(L, q, Float64Array.from(b))
    this.coef = theta.slice(0, p)
    this.intercept = fi ? theta[p] : 0
    const df = n - q
    if (this.options.alpha === 0 && df > 0) {
      let sse = 0
      for (let i = 0; i < n; i++) {
        let pred = this.intercept
        for (let j = 0; j < p; j++) pred += X.data[i * p + j] * this.coef[j]
        sse += (y[i] - pred) ** 2
      }
      const sigma2 = sse / df
      const inv = choleskyInverse(L, q)
      const se = new Float64Array(q), t = new Float64Array(q), pv = new Float64Array(q)
      for (let j = 0; j < q; j++) {
        se[j] = Math.sqrt(sigma2 * inv[j * q + j])
        t[j] = theta[j] / se[j]
        pv[j] = se[j] > 0 ? studentTTwoSided(t[j], df) : NaN
      }
      this.stats = {
        coef: this.coef, intercept: this.intercept,
        stdErr: se.slice(0, p), tValue: t.slice(0, p), pValue: pv.slice(0, p),
        interceptStdErr: fi ? se[p] : null, interceptPValue: fi ? pv[p] : null, dfResidual: df,
      }
    } else {
      this.stats = { coef: this.coef, intercept: this.intercept, stdErr: null, tValue: null, pValue: null, interceptStdErr: null, interceptPValue: null, dfResidual: df }
    }
  }

  predict(X: Matrix): Float64Array {
    if (X.cols !== this.coef.length) throw new RangeError(`Model expects ${this.coef.length} features, got ${X.cols}`)
    const out = new Float64Array(X.rows)
    for (let i = 0; i < X.rows; i++) {
      let s = this.intercept
      for (let j = 0; j < X.cols; j++) s += X.data[i * X.cols + j] * this.coef[j]
      out[i] = s
    }
    return out
  }

  toJSON(): EstimatorJSON {
    return { kind: this.kind, params: { ...this.options }, state: { coef: encodeFloat64(this.coef), intercept: this.intercept } }
  }

  static load(json: EstimatorJSON): LinearRegression {
    const m = new LinearRegression(json.params as Partial<LinearOptions>)
    const s = json.state as { coef?: string; intercept?: number }
    if (typeof s?.coef !== 'string' || typeof s.intercept !== 'number') throw new Error('linear model JSON is missing "coef" or "intercept"')
    m.coef = decodeFloat64(s.coef)
    m.intercept = s.intercept
    return m
  }
}

registerEstimator('linear', LinearRegression.load, stateWeights([{ key: 'coef', dtype: 'float64', as: 'base64' }]))

// ---------------------------------------------------------------- Student t distribution

/** ln Γ(x) (Lanczos, g = 7). */
function lnGamma(x: number): number {
  const c = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7]
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x)
  x -= 1
  let a = c[0]
  const t = x + 7.5
  for (let i = 1; i < 9; i++) a += c[i] / (x + i)
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a)
}

/** Continued fraction of the regularised incomplete beta (Numerical Recipes betacf). */
function betacf(a: number, b: number, x: number): number {
  const FPMIN = 1e-300
  const qab = a + b, qap = a + 1, qam = a - 1
  let c = 1, d = 1 - (qab * x) / qap
  if (Math.abs(d) < FPMIN) d = FPMIN
  d = 1 / d
  let h = d
  for (let m = 1; m <= 1000; m++) {
    const m2 = 2 * m
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2))
    d = 1 + aa * d; if (Math.abs(d) < FPMIN) d = FPMIN
    c = 1 + aa / c; if (Math.abs(c) < FPMIN) c = FPMIN
    d = 1 / d; h *= d * c
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2))
    d = 1 + aa * d; if (Math.abs(d) < FPMIN) d = FPMIN
    c = 1 + aa / c; if (Math.abs(c) < FPMIN) c = FPMIN
    d = 1 / d
    const del = d * c
    h *= del
    if (Math.abs(del - 1) < 1e-15) break
  }
  return h
}

/** Regularised incomplete beta I_x(a, b). */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0
  if (x >= 1) return 1
  const bt = Math.exp(lnGamma(a + b) - lnGamma(a) - lnGamma(b) + a * Math.log(x) + b * Math.log(1 - x))
  return x < (a + 1) / (a + b + 2) ? (bt * betacf(a, b, x)) / a : 1 - (bt * betacf(b, a, 1 - x)) / b
}

/** P(|T| ≥ |t|) for Student's t with df degrees of freedom. */
export function studentTTwoSided(t: number, df: number): number {
  if (!Number.isFinite(t)) return 0
  return incompleteBeta(df / (df + t * t), df / 2, 0.5)
}
