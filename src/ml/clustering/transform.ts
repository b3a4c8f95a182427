/**
 * Feature transforms applied before clustering: an optional log per column, then optional
 * standardisation (population standard deviation, like scikit-learn's StandardScaler).
 */
import { MessageError, msg, type Message } from '../core/message'
import type { Matrix } from '../core/matrix'

export type LogMode = 'none' | 'log' | 'log1p'

export interface FeatureTransform {
  names: string[]
  log: LogMode[]
  /** column means after the log, or null without standardisation */
  mean: number[] | null
  /** population standard deviations after the log, or null */
  scale: number[] | null
}

export interface TransformOptions {
  /** one mode for every column, or one per column. 'log' needs values > 0; 'log1p' needs > −1 */
  log: LogMode | boolean | LogMode[]
  standardize: boolean
}

export interface ColumnStats {
  mean: number
  sd: number
  min: number
  max: number
}

/** Mean, population sd, min, max of each column. */
export function columnStats(X: Matrix): ColumnStats[] {
  const { rows: n, cols: p, data } = X
  const out: ColumnStats[] = []
  for (let j = 0; j < p; j++) {
    let s = 0, mn = Infinity, mx = -Infinity
    for (let i = 0; i < n; i++) {
      const v = data[i * p + j]
      s += v
      if (v < mn) mn = v
      if (v > mx) mx = v
    }
    const mean = s / n
    let ss = 0
    for (let i = 0; i < n; i++) {
      const d = data[i * p + j] - mean
      ss += d * d
    }
    out.push({ mean, sd: Math.sqrt(ss / n), min: mn, max: mx })
  }
  return out
}

/** Refuse missing or infinite values, naming the column and the first rows. */
export function assertFinite(X: Matrix, names: string[]): void {
  const { rows: n, cols: p, data } = X
  for (let j = 0; j < p; j++) {
    const bad: number[] = []
    let count = 0
    for (let i = 0; i < n; i++) {
      if (!Number.isFinite(data[i * p + j])) {
        count++
        if (bad.length < 5) bad.push(i + 1)
      }
    }
    if (count) {
      throw new MessageError('cluster.error.missing', { feature: names[j], n: count, rows: `${bad.join(', ')}${count > 5 ? ', …' : ''}` })
    }
  }
}

function logModes(opt: TransformOptions['log'], p: number): LogMode[] {
  if (Array.isArray(opt)) {
    if (opt.length !== p) throw new RangeError(`log: ${opt.length} modes given for ${p} features`)
    return opt.slice()
  }
  const m: LogMode = opt === true ? 'log' : opt === false ? 'none' : opt
  return new Array<LogMode>(p).fill(m)
}

/** Fit the transform on X and return it with the transformed copy. */
export function fitTransform(X: Matrix, names: string[], options: TransformOptions): { transform: FeatureTransform; Xt: Matrix; warnings: Message[] } {
  const p = X.cols
  if (names.length !== p) throw new RangeError(`fitTransform: ${names.length} names for ${p} features`)
  assertFinite(X, names)
  const log = logModes(options.log, p)
  const warnings: Message[] = []
  for (let j = 0; j < p; j++) {
    if (log[j] === 'none') continue
    let mn = Infinity
    for (let i = 0; i < X.rows; i++) mn = Math.min(mn, X.data[i * p + j])
    if (log[j] === 'log' && !(mn > 0)) {
      throw new MessageError('cluster.error.log', { feature: names[j], min: String(mn) })
    }
    if (log[j] === 'log1p' && !(mn > -1)) throw new MessageError('cluster.error.log1p', { feature: names[j], min: String(mn) })
  }
  const t0: FeatureTransform = { names: names.slice(), log, mean: null, scale: null }
  const Xl = applyTransform(t0, X)
  const stats = columnStats(Xl)
  for (let j = 0; j < p; j++) {
    // relative test: a column of identical values can come out with sd ~1e-16 in float arithmetic
    if (!(stats[j].sd > 1e-12 * Math.max(1, Math.abs(stats[j].mean)))) {
      if (options.standardize) {
        throw new MessageError('cluster.error.zeroVariance', { feature: names[j], value: String(stats[j].min) })
      }
      warnings.push(msg('segment.warn.zeroVariance', { feature: names[j], value: stats[j].min }))
    }
  }
  if (!options.standardize) return { transform: t0, Xt: Xl, warnings }
  const transform: FeatureTransform = { ...t0, mean: stats.map((s) => s.mean), scale: stats.map((s) => s.sd) }
  const d = Xl.data
  for (let i = 0; i < Xl.rows; i++) {
    for (let j = 0; j < p; j++) d[i * p + j] = (d[i * p + j] - transform.mean![j]) / transform.scale![j]
  }
  return { transform, Xt: Xl, warnings }
}

/** Apply a fitted transform to new rows (a copy; the input is not changed). */
export function applyTransform(t: FeatureTransform, X: Matrix): Matrix {
  const p = X.cols
  if (p !== t.names.length) throw new RangeError(`Expected ${t.names.length} features (${t.names.join(', ')}), got ${p}`)
  const out = new Float64Array(X.data.length)
  const n = X.rows
  for (let j = 0; j < p; j++) {
    const mode = t.log[j]
    const mu = t.mean ? t.mean[j] : 0
    const sc = t.scale ? t.scale[j] : 1
    for (let i = 0; i < n; i++) {
      let v = X.data[i * p + j]
      if (mode === 'log') v = Math.log(v)
      else if (mode === 'log1p') v = Math.log1p(v)
      out[i * p + j] = (v - mu) / sc
    }
  }
  return { rows: n, cols: p, data: out }
}

/** Map points of the transformed space back to original units (undo scaling, then exp). */
export function inverseTransform(t: FeatureTransform, X: Matrix): Matrix {
  const p = X.cols
  const out = new Float64Array(X.data.length)
  for (let i = 0; i < X.rows; i++) {
    for (let j = 0; j < p; j++) {
      let v = X.data[i * p + j] * (t.scale ? t.scale[j] : 1) + (t.mean ? t.mean[j] : 0)
      if (t.log[j] === 'log') v = Math.exp(v)
      else if (t.log[j] === 'log1p') v = Math.expm1(v)
      out[i * p + j] = v
    }
  }
  return { rows: X.rows, cols: p, data: out }
}
