/**
 * CART decision tree classifier (scikit-learn's DecisionTreeClassifier, best splitter):
 * gini or entropy, max depth, min samples split/leaf, optional max features (for forests);
 * thresholds at midpoints between consecutive distinct values, x ≤ threshold goes left;
 * features are visited in a seeded random order per node and only a strictly better split
 * replaces the current best, so ties are broken by that order as in sklearn.
 * Speed: every feature is sorted once; each node keeps its rows in per-feature sorted order and
 * the orders are stably partitioned at each split (no re-sorting).
 */
import type { Matrix } from '../core/matrix'
import { stateWeights } from '../core/weights'
import type { Classifier, EstimatorJSON } from '../core/estimator'
import { registerEstimator, encodeFloat64, decodeFloat64 } from '../core/estimator'
import { Rng } from '../core/random'
import { checkCancel, type RunControl } from '../core/progress'

export interface TreeOptions {
  criterion: 'gini' | 'entropy'
  /** null = grow until leaves are pure or too small */
  maxDepth: number | null
  minSamplesSplit: number
  minSamplesLeaf: number
  /** features examined per node: null = all, 'sqrt', 'log2', an integer count or a fraction in (0, 1) */
  maxFeatures: null | 'sqrt' | 'log2' | number
  seed: number
}

export const defaultTreeOptions: TreeOptions = {
  criterion: 'gini',
  maxDepth: null,
  minSamplesSplit: 2,
  minSamplesLeaf: 1,
  maxFeatures: null,
  seed: 42,
}

/** sklearn's FEATURE_THRESHOLD: values closer than this are not split apart */
const FEATURE_THRESHOLD = 1e-7

export class DecisionTreeClassifier implements Classifier {
  readonly kind = 'tree'
  readonly options: TreeOptions
  feature = new Int32Array(0)
  threshold: Float64Array = new Float64Array(0)
  left = new Int32Array(0)
  right = new Int32Array(0)
  /** P(y = 1) in each node */
  value: Float64Array = new Float64Array(0)
  nodeSamples = new Int32Array(0)
  /** weighted impurity decrease per feature (un-normalised Gini/entropy importance) */
  importances: Float64Array = new Float64Array(0)
  nFeatures = 0
  depth = 0

  constructor(options: Partial<TreeOptions> = {}) {
    const o = { ...defaultTreeOptions, ...options }
    if (o.criterion !== 'gini' && o.criterion !== 'entropy') throw new RangeError(`tree criterion must be "gini" or "entropy", got "${String(o.criterion)}"`)
    if (o.maxDepth !== null && !(Number.isInteger(o.maxDepth) && o.maxDepth >= 1)) throw new RangeError(`tree maxDepth must be a positive integer or null, got ${o.maxDepth}`)
    if (!(Number.isInteger(o.minSamplesSplit) && o.minSamplesSplit >= 2)) throw new RangeError(`tree minSamplesSplit must be an integer ≥ 2, got ${o.minSamplesSplit}`)
    if (!(Number.isInteger(o.minSamplesLeaf) && o.minSamplesLeaf >= 1)) throw new RangeError(`tree minSamplesLeaf must be an integer ≥ 1, got ${o.minSamplesLeaf}`)
    this.options = o
  }

  private maxFeaturesCount(p: number): number {
    const mf = this.options.maxFeatures
    if (mf === null) return p
    if (mf === 'sqrt') return Math.max(1, Math.floor(Math.sqrt(p)))
    if (mf === 'log2') return Math.max(1, Math.floor(Math.log2(p)))
    if (typeof mf === 'number' && mf > 0 && mf < 1) return Math.max(1, Math.floor(mf * p))
    if (typeof mf === 'number' && Number.isInteger(mf) && mf >= 1) return Math.min(p, mf)
    throw new RangeError(`tree maxFeatures must be null, "sqrt", "log2", a fraction in (0, 1) or a positive integer, got ${String(mf)}`)
  }

  fit(X: Matrix, y: Uint8Array, control?: RunControl): void {
    const n = X.rows, p = X.cols
    if (n !== y.length) throw new RangeError(`fit: ${n} rows but ${y.length} labels`)
    if (n === 0) throw new RangeError('fit: no training rows')
    const o = this.options
    const mtry = this.maxFeaturesCount(p)
    const rng = new Rng(o.seed)
    const entropy = o.criterion === 'entropy'
    // column-major values and each feature's rows sorted by value (once)
    const col = new Float64Array(n * p)
    for (let i = 0; i < n; i++) for (let j = 0; j < p; j++) col[j * n + i] = X.data[i * p + j]
    const order = new Int32Array(n * p)
    const tmpVals = new Float64Array(n)
    const ranks = new Int32Array(n)
    for (let j = 0; j < p; j++) sortFeature(col, j, n, order, tmpVals, ranks)
    const goLeft = new Uint8Array(n)
    // the rows of each node, [s, e) — kept partitioned like the per-feature orders
    const members = Int32Array.from({ length: n }, (_, i) => i)
    const buf = new Int32Array(n)
    const feats = new Int32Array(p)
    for (let j = 0; j < p; j++) feats[j] = j

    const nodesF: number[] = [], nodesT: number[] = [], nodesL: number[] = [], nodesR: number[] = [], nodesV: number[] = [], nodesN: number[] = []
    const imp = new Float64Array(p)
    const impurity = (pos: number, cnt: number): number => {
      if (cnt === 0) return 0
      const q = pos / cnt
      if (entropy) {
        let h = 0
        if (q > 0) h -= q * Math.log2(q)
        if (q < 1) h -= (1 - q) * Math.log2(1 - q)
        return h
      }
      return 2 * q * (1 - q)
    }
    // explicit depth-first stack: [start, end, depth, parent, isLeft, features not known to be constant]
    // (a feature constant in a node stays constant below it, so it is never scanned or partitioned again)
    const stack: Array<[number, number, number, number, boolean, Int32Array]> = [[0, n, 0, -1, false, feats]]
    let maxDepthSeen = 0
    let done = 0
    while (stack.length) {
      const [s, e, depth, parent, isLeft, active] = stack.pop()!
      const cnt = e - s
      let pos = 0
      for (let k = s; k < e; k++) pos += y[members[k]]
      const id = nodesF.length
      nodesF.push(-1); nodesT.push(0); nodesL.push(-1); nodesR.push(-1); nodesV.push(pos / cnt); nodesN.push(cnt)
      if (parent >= 0) {
        if (isLeft) nodesL[parent] = id
        else nodesR[parent] = id
      }
      if (depth > maxDepthSeen) maxDepthSeen = depth
      const nodeImp = impurity(pos, cnt)
      const isLeaf = (o.maxDepth !== null && depth >= o.maxDepth) || cnt < o.minSamplesSplit || cnt < 2 * o.minSamplesLeaf || nodeImp <= 1e-7
      let bestF = -1, bestPos = -1, bestScore = Infinity, bestThr = 0
      const na = active.length
      const constant = new Uint8Array(na)
      if (!isLeaf) {
        // random feature order (Fisher–Yates), examined until mtry non-constant features are seen
        const perm = new Int32Array(na)
        for (let t = 0; t < na; t++) perm[t] = t
        for (let t = na - 1; t > 0; t--) {
          const r = rng.int(t + 1)
          const tmp = perm[t]; perm[t] = perm[r]; perm[r] = tmp
        }
        let visited = 0
        for (let t = 0; t < na && visited < mtry; t++) {
          const f = active[perm[t]]
          const base = f * n
          const cv = col.subarray(base, base + n)
          const ord = order.subarray(base, base + n)
          if (cv[ord[e - 1]] <= cv[ord[s]] + FEATURE_THRESHOLD) { constant[perm[t]] = 1; continue } // constant in this node
          visited++
          let nL = 0, pL = 0
          const minLeaf = o.minSamplesLeaf
          for (let k = s; k < e - 1; k++) {
            const i = ord[k]
            nL++
            pL += y[i]
            const vNext = cv[ord[k + 1]]
            if (vNext <= cv[i] + FEATURE_THRESHOLD) continue
            if (nL < minLeaf) continue
            const nR = cnt - nL
            if (nR < minLeaf) break
            let sc: number
            if (entropy) sc = nL * impurity(pL, nL) + nR * impurity(pos - pL, nR)
            else {
              // gini inlined (the same operations as impurity(): identical scores)
              const qL = pL / nL, qR = (pos - pL) / nR
              sc = nL * (2 * qL * (1 - qL)) + nR * (2 * qR * (1 - qR))
            }
            if (sc < bestScore - 1e-12 * cnt) {
              bestScore = sc
              bestF = f
              bestPos = k + 1
              let thr = (cv[i] + vNext) / 2
              if (thr === vNext || !Number.isFinite(thr)) thr = cv[i]
              bestThr = thr
            }
          }
        }
      }
      if (bestF < 0) continue
      nodesF[id] = bestF
      nodesT[id] = bestThr
      imp[bestF] += cnt * nodeImp - bestScore
      // mark the left rows, then stably partition every feature's order within [s, e)
      const fb = bestF * n
      for (let k = s; k < e; k++) goLeft[order[fb + k]] = k < bestPos ? 1 : 0
      {
        let l = s, r = 0
        for (let k = s; k < e; k++) {
          const i = members[k]
          if (goLeft[i]) members[l++] = i
          else buf[r++] = i
        }
        for (let t = 0; t < r; t++) members[l + t] = buf[t]
      }
      const childActive = active.filter((_, t) => !constant[t])
      for (const j of childActive) {
        if (j === bestF) continue
        const b = j * n
        let l = s, r = 0
        for (let k = s; k < e; k++) {
          const i = order[b + k]
          if (goLeft[i]) order[b + l++] = i
          else buf[r++] = i
        }
        for (let t = 0; t < r; t++) order[b + l + t] = buf[t]
      }
      // right pushed first so the left subtree is built first (depth-first, like sklearn)
      stack.push([bestPos, e, depth + 1, id, false, childActive])
      stack.push([s, bestPos, depth + 1, id, true, childActive])
      if ((++done & 63) === 0) {
        checkCancel(control?.cancel)
        control?.onProgress?.(0.5, `tree: ${nodesF.length} nodes`)
      }
    }
    this.feature = Int32Array.from(nodesF)
    this.threshold = Float64Array.from(nodesT)
    this.left = Int32Array.from(nodesL)
    this.right = Int32Array.from(nodesR)
    this.value = Float64Array.from(nodesV)
    this.nodeSamples = Int32Array.from(nodesN)
    this.importances = imp
    this.nFeatures = p
    this.depth = maxDepthSeen
  }

  get nodeCount(): number {
    return this.feature.length
  }

  /** Leaf index reached by each row. */
  apply(X: Matrix): Int32Array {
    if (this.feature.length === 0) throw new Error('Decision tree is not fitted')
    if (X.cols !== this.nFeatures) throw new RangeError(`Model expects ${this.nFeatures} features, got ${X.cols}`)
    const out = new Int32Array(X.rows)
    const p = X.cols
    for (let i = 0; i < X.rows; i++) {
      let node = 0
      while (this.feature[node] >= 0) {
        node = X.data[i * p + this.feature[node]] <= this.threshold[node] ? this.left[node] : this.right[node]
      }
      out[i] = node
    }
    return out
  }

  predictProba(X: Matrix): Float64Array {
    return Float64Array.from(this.apply(X), (leaf) => this.value[leaf])
  }

  predict(X: Matrix): Uint8Array {
    return Uint8Array.from(this.predictProba(X), (v) => (v > 0.5 ? 1 : 0))
  }

  /** Normalised impurity-decrease importances (sum to 1 when the tree has splits). */
  featureImportances(): Float64Array {
    const s = this.importances.reduce((a, b) => a + b, 0)
    return Float64Array.from(this.importances, (v) => (s > 0 ? v / s : 0))
  }

  toJSON(): EstimatorJSON {
    return {
      kind: this.kind,
      params: { ...this.options },
      state: {
        nFeatures: this.nFeatures, depth: this.depth,
        feature: Array.from(this.feature), threshold: encodeFloat64(this.threshold),
        left: Array.from(this.left), right: Array.from(this.right),
        value: encodeFloat64(this.value), nodeSamples: Array.from(this.nodeSamples),
        importances: encodeFloat64(this.importances),
      },
    }
  }

  static load(json: EstimatorJSON): DecisionTreeClassifier {
    const m = new DecisionTreeClassifier(json.params as Partial<TreeOptions>)
    const s = json.state as Record<string, unknown>
    for (const key of ['feature', 'threshold', 'left', 'right', 'value']) if (s?.[key] === undefined) throw new Error(`tree model JSON is missing "${key}"`)
    m.feature = Int32Array.from(s.feature as number[])
    m.threshold = decodeFloat64(s.threshold as string)
    m.left = Int32Array.from(s.left as number[])
    m.right = Int32Array.from(s.right as number[])
    m.value = decodeFloat64(s.value as string)
    m.nodeSamples = Int32Array.from((s.nodeSamples as number[]) ?? [])
    m.importances = typeof s.importances === 'string' ? decodeFloat64(s.importances) : new Float64Array(0)
    m.nFeatures = s.nFeatures as number
    m.depth = (s.depth as number) ?? 0
    const len = m.feature.length
    if (m.threshold.length !== len || m.left.length !== len || m.right.length !== len || m.value.length !== len) throw new Error('tree model JSON: node arrays differ in length')
    return m
  }
}

/**
 * Rows of feature j sorted by value (stable), written to order[j*n .. j*n+n). Native numeric sort
 * of the values, then a counting sort over their ranks (fast for one-hot columns and numerics).
 */
function sortFeature(col: Float64Array, j: number, n: number, order: Int32Array, tmp: Float64Array, ranks: Int32Array): void {
  const base = j * n
  // few distinct values (one-hot, flags, small counts): collect them without sorting the column
  let d = 0
  for (let i = 0; i < n && d <= 64; i++) {
    const v = col[base + i]
    let seen = false
    for (let t = 0; t < d; t++) if (tmp[t] === v) { seen = true; break }
    if (!seen) tmp[d++] = v
  }
  if (d <= 64) {
    tmp.subarray(0, d).sort()
  } else {
    for (let i = 0; i < n; i++) tmp[i] = col[base + i]
    tmp.sort()
    d = 0
    for (let i = 0; i < n; i++) if (i === 0 || tmp[i] !== tmp[d - 1]) tmp[d++] = tmp[i]
  }
  const counts = new Int32Array(d + 1)
  for (let i = 0; i < n; i++) {
    const v = col[base + i]
    let lo = 0, hi = d - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (tmp[mid] < v) lo = mid + 1
      else hi = mid
    }
    ranks[i] = lo
    counts[lo + 1]++
  }
  for (let r = 0; r < d; r++) counts[r + 1] += counts[r]
  for (let i = 0; i < n; i++) order[base + counts[ranks[i]]++] = i
}

registerEstimator('tree', DecisionTreeClassifier.load, stateWeights([
  { key: 'feature', dtype: 'int32', as: 'array' },
  { key: 'threshold', dtype: 'float64', as: 'base64' },
  { key: 'left', dtype: 'int32', as: 'array' },
  { key: 'right', dtype: 'int32', as: 'array' },
  { key: 'value', dtype: 'float64', as: 'base64' },
  { key: 'nodeSamples', dtype: 'int32', as: 'array', optional: true },
  { key: 'importances', dtype: 'float64', as: 'base64', optional: true, shape: (s) => [s.nFeatures as number] },
]))
