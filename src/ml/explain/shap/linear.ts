/**
 * Exact SHAP of a linear model f(x) = b + w·x with independent features (interventional, which is
 * what shap.LinearExplainer computes by default): φ_j = w_j (x_j − E[x_j]), expected value
 * b + w·E[x]. For logistic regression this is in log-odds.
 */
import type { Matrix } from '../../core/matrix'

/** Column means of a matrix (the background expectation E[x]). */
export function columnMeans(X: Matrix): Float64Array {
  const p = X.cols
  const m = new Float64Array(p)
  if (X.rows === 0) throw new RangeError('linear SHAP: the background data has no rows')
  for (let i = 0; i < X.rows; i++) for (let j = 0; j < p; j++) m[j] += X.data[i * p + j]
  for (let j = 0; j < p; j++) m[j] /= X.rows
  return m
}

export function linearExpectedValue(coef: ArrayLike<number>, intercept: number, means: ArrayLike<number>): number {
  let s = intercept
  for (let j = 0; j < coef.length; j++) s += coef[j] * means[j]
  return s
}

/** rows × p contributions w_j (x_j − mean_j). */
export function linearShap(coef: ArrayLike<number>, means: ArrayLike<number>, X: Matrix): Float64Array {
  const p = X.cols
  if (coef.length !== p || means.length !== p) throw new RangeError(`linear SHAP: ${coef.length} coefficients and ${means.length} means for ${p} columns`)
  const out = new Float64Array(X.rows * p)
  for (let i = 0; i < X.rows; i++) for (let j = 0; j < p; j++) out[i * p + j] = coef[j] * (X.data[i * p + j] - means[j])
  return out
}
