/** Binary target encoding and the single-feature leakage check. */
import { MessageError } from '../core/message'
import type { Table } from '../../data/table'
import { getColumn, cellString, isMissing } from '../../data/table'
import { rocAuc } from '../metrics/classification'
import type { Preprocessor } from './pipeline'
import type { Matrix } from '../core/matrix'

export interface EncodedTarget {
  /** 0/1 per kept row */
  y: Uint8Array
  /** table rows kept (target present), ascending */
  rows: Int32Array
  /** rows dropped because the target was missing */
  droppedMissing: number
  positive: string
  /** the other value(s), counted as 0 */
  negatives: string[]
  counts: { positive: number; negative: number }
}

const AUTO_POSITIVE = ['1', 'yes', 'y', 'true', 'positive', 'churn', 'churned', 'bought', 'response', 'responded']

/**
 * Target column + positive value → y (Uint8Array). Missing targets are dropped and counted.
 * With exactly two values and no positive given, an obvious positive (1 / yes / true …) is taken;
 * anything else asks the caller to choose.
 */
export function encodeTarget(table: Table, target: string, positive?: string): EncodedTarget {
  const col = getColumn(table, target)
  const counts = new Map<string, number>()
  let dropped = 0
  for (let i = 0; i < table.nRows; i++) {
    if (isMissing(col, i)) { dropped++; continue }
    const v = cellString(col, i)
    counts.set(v, (counts.get(v) ?? 0) + 1)
  }
  const values = [...counts.keys()].sort()
  if (values.length === 0) throw new MessageError('train.error.targetEmpty', { target })
  if (values.length === 1) throw new MessageError('train.error.targetOneValue', { target, value: values[0] })
  let pos = positive
  if (pos === undefined) {
    if (values.length > 2) {
      const shown = values.slice(0, 20).map((v) => `"${v}"`).join(', ')
      throw new MessageError('train.error.targetChoosePositive', { target, n: values.length, values: `${shown}${values.length > 20 ? ', …' : ''}` })
    }
    pos = values.find((v) => AUTO_POSITIVE.includes(v.trim().toLowerCase()))
    if (pos === undefined) throw new MessageError('train.error.targetChooseOf2', { target, a: values[0], b: values[1] })
  }
  if (!counts.has(pos)) {
    // a numeric target may be given as "1" while stored as 1.0 → compare numerically too
    const asNum = Number(pos)
    const match = values.find((v) => Number.isFinite(asNum) && Number(v) === asNum)
    if (match === undefined) throw new MessageError('train.error.positiveMissing', { positive: pos, target, values: values.slice(0, 20).map((v) => `"${v}"`).join(', ') })
    pos = match
  }
  const n = table.nRows - dropped
  const y = new Uint8Array(n)
  const rows = new Int32Array(n)
  let k = 0
  for (let i = 0; i < table.nRows; i++) {
    if (isMissing(col, i)) continue
    rows[k] = i
    y[k++] = cellString(col, i) === pos ? 1 : 0
  }
  const nPos = counts.get(pos)!
  return { y, rows, droppedMissing: dropped, positive: pos, negatives: values.filter((v) => v !== pos), counts: { positive: nPos, negative: n - nPos } }
}

export interface FeatureAuc {
  feature: string
  /** ROC AUC of the feature alone on the training rows (numeric: its value; categorical: its level's positive rate) */
  auc: number
  /** 'leak': AUC > threshold (or < 1 − threshold); 'suspicious': far stronger than every other feature */
  flag?: 'leak' | 'suspicious'
}

/**
 * Single-feature ROC AUC of every original feature on the (encoded) training matrix. A feature is
 * flagged 'leak' when max(AUC, 1 − AUC) > threshold (0.9), and 'suspicious' when its strength is
 * ≥ 0.8 and at least 0.1 above every other feature (bank's `duration`: 0.81 alone, the next ≈ 0.65).
 */
export function leakageCheck(pre: Preprocessor, X: Matrix, y: Uint8Array, threshold = 0.9): FeatureAuc[] {
  let pos = 0
  for (let i = 0; i < y.length; i++) pos += y[i]
  if (pos === 0 || pos === y.length) return []
  const p = X.cols
  const out: FeatureAuc[] = []
  for (const g of pre.groups) {
    const score = new Float64Array(X.rows)
    if (g.end - g.start === 1 && g.kind !== 'categorical') {
      for (let i = 0; i < X.rows; i++) score[i] = X.data[i * p + g.start]
    } else {
      // smoothed positive rate of each level (prior weight 10) so rare levels do not look perfect
      const w = g.end - g.start
      const cnt = new Float64Array(w + 1), hit = new Float64Array(w + 1)
      const lvl = new Int32Array(X.rows)
      for (let i = 0; i < X.rows; i++) {
        let l = w
        for (let j = 0; j < w; j++) if (X.data[i * p + g.start + j] > 0.5) { l = j; break }
        lvl[i] = l; cnt[l]++; hit[l] += y[i]
      }
      const prior = pos / y.length
      for (let i = 0; i < X.rows; i++) score[i] = (hit[lvl[i]] + 10 * prior) / (cnt[lvl[i]] + 10)
    }
    out.push({ feature: g.feature, auc: rocAuc(y, score) })
  }
  const strength = (a: number): number => Math.max(a, 1 - a)
  const sorted = out.map((f) => strength(f.auc)).sort((a, b) => b - a)
  for (const f of out) {
    const s = strength(f.auc)
    if (s > threshold) f.flag = 'leak'
    else if (s >= 0.8 && sorted.length > 1 && s === sorted[0] && s - sorted[1] >= 0.1) f.flag = 'suspicious'
  }
  return out
}
