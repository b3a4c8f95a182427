/**
 * SMOTE and SMOTE-NC oversampling (imbalanced-learn semantics), for training rows only: the caller
 * applies it inside each CV training fold and to the final training part, never to validation or
 * test rows.
 * - SMOTE: for the minority class, find each row's k nearest minority neighbours; draw base rows
 *   uniformly with replacement, a random neighbour, and a gap u ∈ [0, 1): x + u (x_nn − x).
 * - SMOTE-NC: categorical one-hot groups are not interpolated. Distances add (median sd of the
 *   numeric columns)² / 2 per differing category (imblearn's one-hot scaled by median sd / 2), and
 *   a new row takes each category's most frequent level among the base row's k neighbours.
 */
import { MessageError } from '../core/message'
import { KNeighborsClassifier } from '../estimators/knn'
import type { Matrix } from '../core/matrix'
import { Rng } from '../core/random'
import { checkCancel, type RunControl } from '../core/progress'

export interface SmoteOptions {
  /** neighbours per minority row */
  k: number
  /** wanted minority/majority ratio after resampling (imblearn sampling_strategy as a float; 1 = balance) */
  ratio: number
  seed: number
  /** SMOTE-NC: [start, end) column ranges of one-hot categorical groups */
  categorical?: Array<[number, number]>
}

export const defaultSmoteOptions: SmoteOptions = { k: 5, ratio: 1, seed: 42 }

export interface ClassCounts {
  negative: number
  positive: number
}

export interface SmoteResult {
  X: Matrix
  y: Uint8Array
  before: ClassCounts
  after: ClassCounts
  generated: number
}

function counts(y: Uint8Array): ClassCounts {
  let pos = 0
  for (let i = 0; i < y.length; i++) pos += y[i]
  return { negative: y.length - pos, positive: pos }
}

/** Oversample the minority class; returns the original rows followed by the synthetic ones. */
export function smote(X: Matrix, y: Uint8Array, options: Partial<SmoteOptions> = {}, control?: RunControl): SmoteResult {
  const o = { ...defaultSmoteOptions, ...options }
  if (!Number.isInteger(o.k) || o.k < 1) throw new MessageError('ml.error.int', { name: 'SMOTE k', min: '1', value: String(o.k) })
  if (!(o.ratio > 0 && o.ratio <= 1)) throw new MessageError('ml.error.smoteRatio', { value: String(o.ratio) })
  if (X.rows !== y.length) throw new RangeError(`SMOTE: ${X.rows} rows but ${y.length} labels`)
  const before = counts(y)
  const minorityLabel = before.positive <= before.negative ? 1 : 0
  const nMin = minorityLabel ? before.positive : before.negative
  const nMaj = minorityLabel ? before.negative : before.positive
  const nNew = Math.max(0, Math.floor(nMaj * o.ratio - nMin))
  if (nNew === 0) return { X, y, before, after: before, generated: 0 }
  if (nMin <= o.k) throw new MessageError('ml.error.smoteFewRows', { k: o.k, n: nMin })
  const p = X.cols
  const minIdx: number[] = []
  for (let i = 0; i < y.length; i++) if (y[i] === minorityLabel) minIdx.push(i)
  const m = minIdx.length
  const M = new Float64Array(m * p)
  for (let a = 0; a < m; a++) M.set(X.data.subarray(minIdx[a] * p, minIdx[a] * p + p), a * p)

  // categorical groups (SMOTE-NC)
  const groups = o.categorical ?? []
  const isCat = new Uint8Array(p)
  for (const [s, e] of groups) {
    if (!(s >= 0 && e <= p && s < e)) throw new RangeError(`SMOTE-NC: categorical range [${s}, ${e}) is outside the ${p} columns`)
    for (let j = s; j < e; j++) isCat[j] = 1
  }
  const numCols: number[] = []
  for (let j = 0; j < p; j++) if (!isCat[j]) numCols.push(j)
  const level = new Int32Array(m * groups.length)
  let penalty = 0
  if (groups.length) {
    for (let a = 0; a < m; a++) {
      groups.forEach(([s, e], g) => {
        let l = -1
        for (let j = s; j < e; j++) if (M[a * p + j] > 0.5) { l = j - s; break }
        level[a * groups.length + g] = l
      })
    }
    const sds = numCols.map((j) => {
      let mu = 0
      for (let a = 0; a < m; a++) mu += M[a * p + j]
      mu /= m
      let v = 0
      for (let a = 0; a < m; a++) v += (M[a * p + j] - mu) ** 2
      return Math.sqrt(v / m)
    }).sort((a, b) => a - b)
    const med = sds.length ? (sds.length % 2 ? sds[sds.length >> 1] : (sds[sds.length / 2 - 1] + sds[sds.length / 2]) / 2) : 1
    penalty = (med * med) / 2
  }

  // k nearest minority neighbours of each minority row (excluding itself; ties by row)
  const k = o.k
  const nn = new Int32Array(m * k)
  if (groups.length === 0) {
    // plain SMOTE: Euclidean, so the KNN search (with its pruning index for one-hot columns)
    // finds the k + 1 nearest, ties by row, and the row itself is dropped
    const knn = new KNeighborsClassifier({ k: k + 1 })
    const Mm = { rows: m, cols: p, data: M }
    knn.fit(Mm, new Uint8Array(m))
    const { indices } = knn.kneighbors(Mm, { cancel: control?.cancel, onProgress: (f) => control?.onProgress?.(0.8 * f, 'SMOTE neighbours') })
    for (let a = 0; a < m; a++) {
      let t = 0
      for (let r = 0; r <= k && t < k; r++) {
        const b = indices[a * (k + 1) + r]
        if (b !== a) nn[a * k + t++] = b
      }
    }
  }
  const bestD = new Float64Array(k), bestI = new Int32Array(k)
  for (let a = 0; a < m && groups.length > 0; a++) {
    if ((a & 127) === 0) {
      checkCancel(control?.cancel)
      control?.onProgress?.(0.8 * (a / m), 'SMOTE neighbours')
    }
    bestD.fill(Infinity); bestI.fill(-1)
    let worst = Infinity
    for (let b = 0; b < m; b++) {
      if (b === a) continue
      let d = 0
      for (let t = 0; t < numCols.length && d < worst; t++) {
        const j = numCols[t]
        const diff = M[a * p + j] - M[b * p + j]
        d += diff * diff
      }
      for (let g = 0; g < groups.length && d < worst; g++) if (level[a * groups.length + g] !== level[b * groups.length + g]) d += penalty
      if (d < worst) {
        let t = k - 1
        while (t > 0 && bestD[t - 1] > d) { bestD[t] = bestD[t - 1]; bestI[t] = bestI[t - 1]; t-- }
        bestD[t] = d; bestI[t] = b
        worst = bestD[k - 1]
      }
    }
    nn.set(bestI, a * k)
  }

  const rng = new Rng(o.seed)
  const out = new Float64Array((X.rows + nNew) * p)
  out.set(X.data)
  const yOut = new Uint8Array(X.rows + nNew)
  yOut.set(y)
  const votes = new Int32Array(Math.max(1, ...groups.map(([s, e]) => e - s + 1)))
  for (let t = 0; t < nNew; t++) {
    const r = rng.int(m * k)
    const a = Math.floor(r / k)
    const b = nn[r]
    const u = rng.next()
    const o2 = (X.rows + t) * p
    for (const j of numCols) out[o2 + j] = M[a * p + j] + u * (M[b * p + j] - M[a * p + j])
    groups.forEach(([s, e], g) => {
      // most frequent level among the base row's k neighbours (ties: random, as imblearn)
      votes.fill(0)
      for (let t2 = 0; t2 < k; t2++) votes[level[nn[a * k + t2] * groups.length + g] + 1]++
      let best = -1
      for (let l = 0; l < e - s + 1; l++) best = Math.max(best, votes[l])
      const ties: number[] = []
      for (let l = 0; l < e - s + 1; l++) if (votes[l] === best) ties.push(l - 1)
      const chosen = ties.length === 1 ? ties[0] : ties[rng.int(ties.length)]
      if (chosen >= 0) out[o2 + s + chosen] = 1
    })
    yOut[X.rows + t] = minorityLabel
  }
  control?.onProgress?.(1, 'SMOTE done')
  return { X: { rows: X.rows + nNew, cols: p, data: out }, y: yOut, before, after: counts(yOut), generated: nNew }
}
