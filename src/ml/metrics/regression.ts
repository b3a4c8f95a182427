/** Regression metrics in float64 (as sklearn: R² = 1 − SS_res / SS_tot). */
export interface RegressionMetrics {
  rmse: number
  mae: number
  r2: number
}

export function regressionMetrics(y: ArrayLike<number>, pred: ArrayLike<number>): RegressionMetrics {
  if (y.length !== pred.length) throw new RangeError(`regression metrics: ${y.length} targets but ${pred.length} predictions`)
  const n = y.length
  if (n === 0) throw new RangeError('regression metrics need at least one row')
  let mean = 0
  for (let i = 0; i < n; i++) mean += y[i]
  mean /= n
  let sse = 0, sae = 0, sst = 0
  for (let i = 0; i < n; i++) {
    const e = y[i] - pred[i]
    sse += e * e; sae += Math.abs(e)
    sst += (y[i] - mean) ** 2
  }
  return { rmse: Math.sqrt(sse / n), mae: sae / n, r2: sst === 0 ? (sse === 0 ? 1 : 0) : 1 - sse / sst }
}
