/**
 * Why a customer's predicted uplift is high, for a T-learner on logistic regressions: its uplift
 * on the log-odds scale is logit p₁(x) − logit p₀(x) = Σ_j (β₁_j/s₁_j − β₀_j/s₀_j)·x_j + const (each
 * model standardises x with its own training mean and sd), so each feature adds
 * w_j·(x_j − x̄_j) against the average scored customer. The reasons are the input columns that add
 * the most (a category's levels summed), largest first, only those that raise the uplift.
 */
import type { Matrix } from '../core/matrix'
import { decodeFloat64 } from '../core/estimator'
import type { UpliftModel } from './learners'

export interface UpliftReason {
  /** index into the groups (one per input column) */
  group: number
  /** added log-odds of uplift against the average customer */
  effect: number
}

/** The encoded columns [start, end) of one input column (a numeric column is one, a category its levels). */
export interface ColumnSpan {
  start: number
  end: number
}

/** w_j of the log-odds difference; null unless the model is a T-learner on logistic regressions. */
export function logitUpliftWeights(m: UpliftModel): Float64Array | null {
  const j = m.toJSON()
  const t = j.parts.treated, c = j.parts.control
  if (j.options.learner !== 't' || !t || !c || t.model.kind !== 'logistic' || c.model.kind !== 'logistic' || !t.scaler || !c.scaler) return null
  const bt = decodeFloat64(t.model.state.coef as string), bc = decodeFloat64(c.model.state.coef as string)
  return Float64Array.from(bt, (b, k) => b / t.scaler!.sd[k] - bc[k] / c.scaler!.sd[k])
}

/** Column means of a matrix (the reference customer). */
export function columnMeans(X: Matrix): Float64Array {
  const out = new Float64Array(X.cols)
  for (let i = 0; i < X.rows; i++) for (let k = 0; k < X.cols; k++) out[k] += X.data[i * X.cols + k]
  if (X.rows) for (let k = 0; k < X.cols; k++) out[k] /= X.rows
  return out
}

/**
 * The `top` input columns that raise row `i`'s uplift the most against `center`: each column's
 * effect is the sum over its encoded columns of w_k·(x_k − center_k); only positive effects count.
 */
export function upliftReasons(X: Matrix, i: number, w: ArrayLike<number>, center: ArrayLike<number>, spans: readonly ColumnSpan[], top = 2): UpliftReason[] {
  const out: UpliftReason[] = []
  spans.forEach((g, group) => {
    let effect = 0
    for (let k = g.start; k < g.end; k++) effect += w[k] * (X.data[i * X.cols + k] - center[k])
    if (effect > 0) out.push({ group, effect })
  })
  return out.sort((a, b) => b.effect - a.effect || a.group - b.group).slice(0, top)
}
