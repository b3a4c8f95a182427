/** Linear regression on a table (numeric target): OLS with SE/p-values or ridge, plus residuals. */
import type { Message } from '../core/message'
import type { ColumnSchema, Table } from '../../data/table'
import { getColumn, numericValues } from '../../data/table'
import { Preprocessor } from '../preprocessing/pipeline'
import { LinearRegression } from '../estimators/linear'
import { regressionMetrics, type RegressionMetrics } from '../metrics/regression'

export interface RegressionConfig {
  target: string
  features?: string[]
  /** ridge penalty (0 = OLS) */
  alpha?: number
}

export interface RegressionCoefficient {
  name: string
  coef: number
  stdErr: number | null
  tValue: number | null
  pValue: number | null
}

export interface RegressionResult {
  rows: number
  droppedMissingTarget: number
  intercept: { coef: number; stdErr: number | null; pValue: number | null }
  coefficients: RegressionCoefficient[]
  metrics: RegressionMetrics
  /** chart-ready residual plot: fitted vs residual (training rows) */
  residuals: { fitted: Float64Array; residual: Float64Array }
  notes: Message[]
}

export function fitRegression(table: Table, schema: ColumnSchema[], cfg: RegressionConfig): RegressionResult {
  const yAll = numericValues(getColumn(table, cfg.target))
  const rows: number[] = []
  let bad = 0
  for (let i = 0; i < table.nRows; i++) {
    if (Number.isFinite(yAll[i])) rows.push(i)
    else bad++
  }
  if (rows.length === 0) throw new RangeError(`Target "${cfg.target}" has no numeric values`)
  const features = cfg.features?.length ? cfg.features : table.columns.map((c) => c.name).filter((n) => {
    const s = schema.find((c) => c.name === n)
    return n !== cfg.target && s?.role !== 'id' && s?.role !== 'ignore' && s?.role !== 'target'
  })
  if (features.includes(cfg.target)) throw new RangeError(`"${cfg.target}" cannot be both the target and a feature`)
  const pre = Preprocessor.fit({ table, rows, features, schema, options: { dropFirst: true, scale: false } })
  const X = pre.transform(table, rows)
  const y = Float64Array.from(rows, (i) => yAll[i])
  const m = new LinearRegression({ alpha: cfg.alpha ?? 0 })
  m.fit(X, y)
  const fitted = m.predict(X)
  const s = m.stats!
  return {
    rows: rows.length, droppedMissingTarget: bad,
    intercept: { coef: m.intercept, stdErr: s.interceptStdErr, pValue: s.interceptPValue },
    coefficients: pre.featureNames.map((name, j) => ({ name, coef: m.coef[j], stdErr: s.stdErr?.[j] ?? null, tValue: s.tValue?.[j] ?? null, pValue: s.pValue?.[j] ?? null })),
    metrics: regressionMetrics(y, fitted),
    residuals: { fitted, residual: Float64Array.from(fitted, (f, i) => y[i] - f) },
    notes: pre.notes,
  }
}
