/**
 * CART decision tree classifier (scikit-learn's DecisionTreeClassifier, best splitter):
 * gini or entropy, max depth, min samples split/leaf, optional max features (for forests);
 * thresholds at midpoints between consecutive distinct values, x ≤ threshold goes left;
 * features are visited in a seeded random order per node and only a strictly better split
 * replaces the current best, so ties are broken by that order as in sklearn.
 * Speed: every feature is ranked once; a node's split search is a count histogram over the ranks
 * (features with few distinct values) or a walk along a sorted row order that is stably
 * partitioned at each split (features with many), never a re-sort.
 */
import { MessageError } from '../core/message'
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
/** above this many distinct values a feature keeps a sorted row order instead of a rank histogram */
const HIST_MAX_DISTINCT = 256

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
    if (o.criterion !== 'gini' && o.criterion !== 'entropy') throw new MessageError('ml.error.oneOf', { name: 'tree criterion', allowed: 'gini, entropy', value: String(o.criterion) })
    if (o.maxDepth !== null && !(Number.isInteger(o.maxDepth) && o.maxDepth >= 1)) throw new MessageError('ml.error.intOrNone', { name: 'tree maxDepth', value: String(o.maxDepth) })
    if (!(Number.isInteger(o.minSamplesSplit) && o.minSamplesSplit >= 2)) throw new MessageError('ml.error.int', { name: 'tree minSamplesSplit', min: '2', value: String(o.minSamplesSplit) })
    if (!(Number.isInteger(o.minSamplesLeaf) && o.minSamplesLeaf >= 1)) throw new MessageError('ml.error.int', { name: 'tree minSamplesLeaf', min: '1', value: String(o.minSamplesLeaf) })
    this.options = o
  }

  private maxFeaturesCount(p: number): number {
    const mf = this.options.maxFeatures
    if (mf === null) return p
    if (mf === 'sqrt') return Math.max(1, Math.floor(Math.sqrt(p)))
    if (mf === 'log2') return Math.max(1, Math.floor(Math.log2(p)))
    if (typeof mf === 'number' && mf > 0 && mf < 1) return Math.max(1, Math.floor(mf * p))
    if (typeof mf === 'number' && Number.isInteger(mf) && mf >= 1) return Math.min(p, mf)
    throw new MessageError('ml.error.maxFeatures', { name: 'tree maxFeatures', value: String(mf) })
  }

  fit(X: Matrix, y: Uint8Array, control?: RunControl): void {
    const n = X.rows, p = X.cols
    if (n !== y.length) throw new RangeError(`fit: ${n} rows but ${y.length} labels`)
    if (n === 0) throw new MessageError('ml.error.noTrainRows')
    const o = this.options
    const mtry = this.maxFeaturesCount(p)
    const rng = new Rng(o.seed)
    const entropy = o.criterion === 'entropy'
    const minLeaf = o.minSamplesLeaf
    const d = prepareFeatures(X)
    const { distinct, lowIdx, hiSlot, histOff, R, pLow, orders, sortedVals, hiRank } = d
    const HS = 2 * d.nBins
    const pool: Int32Array[] = []
    const getHist = (): Int32Array => pool.pop() ?? new Int32Array(HS)
    const scratch = new HistScratch(p)

    const goLeft = new Uint8Array(n)
    // the rows of each node, [s, e), in increasing row order (stable partitions keep it so)
    const members = Int32Array.from({ length: n }, (_, i) => i)
    const buf = new Int32Array(n)
    const bufV = new Float64Array(n)
    const feats = new Int32Array(p)
    for (let j = 0; j < p; j++) feats[j] = j
    const perm = new Int32Array(p)
    const constant = new Uint8Array(p)
    const best = new BestSplit()

    const nodesF: number[] = [], nodesT: number[] = [], nodesL: number[] = [], nodesR: number[] = [], nodesV: number[] = [], nodesN: number[] = []
    const imp = new Float64Array(p)
    const leafAt = (depth: number, cnt: number, pos: number): boolean =>
      (o.maxDepth !== null && depth >= o.maxDepth) || cnt < o.minSamplesSplit || cnt < 2 * minLeaf || impurityOf(pos, cnt, entropy) <= 1e-7

    let totalPos = 0
    for (let i = 0; i < n; i++) totalPos += y[i]
    let rootHist: Int32Array | null = null
    if (!leafAt(0, n, totalPos)) { rootHist = getHist(); buildHist(rootHist, members, 0, n, y, d, feats, scratch) }
    const stack: PendingNode[] = [{ s: 0, e: n, pos: totalPos, depth: 0, parent: -1, isLeft: false, active: feats, hist: rootHist }]
    let maxDepthSeen = 0
    let done = 0
    while (stack.length) {
      const { s, e, pos, depth, parent, isLeft, active, hist } = stack.pop()!
      const cnt = e - s
      const id = nodesF.length
      nodesF.push(-1); nodesT.push(0); nodesL.push(-1); nodesR.push(-1); nodesV.push(pos / cnt); nodesN.push(cnt)
      if (parent >= 0) {
        if (isLeft) nodesL[parent] = id
        else nodesR[parent] = id
      }
      if (depth > maxDepthSeen) maxDepthSeen = depth
      const nodeImp = impurityOf(pos, cnt, entropy)
      best.reset()
      const na = active.length
      constant.fill(0, 0, na)
      if (hist) {
        // random feature order (Fisher–Yates), examined until mtry non-constant features are seen
        for (let t = 0; t < na; t++) perm[t] = t
        for (let t = na - 1; t > 0; t--) {
          const r = rng.int(t + 1)
          const tmp = perm[t]; perm[t] = perm[r]; perm[r] = tmp
        }
        let visited = 0
        for (let t = 0; t < na && visited < mtry; t++) {
          const f = active[perm[t]]
          const slot = hiSlot[f]
          const nonConstant = slot < 0
            ? scanHistogram(hist, 2 * histOff[f], distinct[f], f, cnt, pos, minLeaf, entropy, best)
            : scanSorted(orders[slot], sortedVals[slot], hiRank[slot], y, s, e, f, pos, minLeaf, entropy, best)
          if (nonConstant) visited++
          else constant[perm[t]] = 1
        }
      }
      const bestF = best.f
      if (bestF < 0) {
        if (hist) pool.push(hist)
        continue
      }
      nodesF[id] = bestF
      nodesT[id] = best.thr
      imp[bestF] += cnt * nodeImp - best.score
      const nL = best.nL
      const bestPos = s + nL
      // left = rank ≤ best.rank on the split feature; stably partition the rows and the sorted orders
      const li = lowIdx[bestF]
      if (li >= 0) markLeftLow(goLeft, members, s, e, R, pLow, li, best.rank)
      else markLeftRank(goLeft, members, s, e, hiRank[hiSlot[bestF]], best.rank)
      const posL = partitionRows(members, s, e, goLeft, y, buf)
      let nc = 0
      for (let t = 0; t < na; t++) if (!constant[t]) nc++
      const childActive = new Int32Array(nc)
      nc = 0
      for (let t = 0; t < na; t++) {
        if (constant[t]) continue
        const j = active[t]
        childActive[nc++] = j
        const slot = hiSlot[j]
        if (slot >= 0) partitionSorted(orders[slot], sortedVals[slot], s, e, goLeft, buf, bufV)
      }
      // the children's histograms: build the smaller child's, the larger one's is parent − smaller
      const posR = pos - posL
      const needL = !leafAt(depth + 1, nL, posL), needR = !leafAt(depth + 1, cnt - nL, posR)
      let hL: Int32Array | null = null, hR: Int32Array | null = null
      if (needL || needR) {
        const leftSmall = nL <= cnt - nL
        const small = getHist()
        if (leftSmall) buildHist(small, members, s, bestPos, y, d, childActive, scratch)
        else buildHist(small, members, bestPos, e, y, d, childActive, scratch)
        const large = hist!
        subtractHist(large, small, d, childActive)
        if (leftSmall) { hL = small; hR = large } else { hL = large; hR = small }
        if (!needL) { pool.push(hL); hL = null }
        if (!needR) { pool.push(hR); hR = null }
      } else pool.push(hist!)
      // right pushed first so the left subtree is built first (depth-first, like sklearn)
      stack.push({ s: bestPos, e, pos: posR, depth: depth + 1, parent: id, isLeft: false, active: childActive, hist: hR })
      stack.push({ s, e: bestPos, pos: posL, depth: depth + 1, parent: id, isLeft: true, active: childActive, hist: hL })
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
 * A node still to be grown (depth-first stack): its rows members[s, e), positives, the features not
 * known to be constant in it (a feature constant in a node stays constant below it, so it is never
 * scanned or partitioned again), and its histograms (null for a node that will be a leaf).
 */
interface PendingNode { s: number; e: number; pos: number; depth: number; parent: number; isLeft: boolean; active: Int32Array; hist: Int32Array | null }

/** The best split seen so far in a node; only a strictly better score (by 1e-12 per row) replaces it. */
class BestSplit {
  score = Infinity
  f = -1
  /** rows going left */
  nL = -1
  /** the largest rank going left */
  rank = -1
  thr = 0
  reset(): void { this.score = Infinity; this.f = -1; this.nL = -1; this.rank = -1; this.thr = 0 }
}

function impurityOf(pos: number, cnt: number, entropy: boolean): number {
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

/** n_L·impurity(L) + n_R·impurity(R), the quantity a split minimises */
function childScore(nL: number, pL: number, cnt: number, pos: number, entropy: boolean): number {
  const nR = cnt - nL
  if (entropy) return nL * impurityOf(pL, nL, true) + nR * impurityOf(pos - pL, nR, true)
  // gini inlined (the same operations as impurityOf(): identical scores)
  const qL = pL / nL, qR = (pos - pL) / nR
  return nL * (2 * qL * (1 - qL)) + nR * (2 * qR * (1 - qR))
}

/**
 * Each feature's sorted distinct values and rows' ranks. Features with at most HIST_MAX_DISTINCT
 * values ("low") get a bin range in the node histograms and their ranks in a row-major byte matrix
 * (a row's ranks adjacent, so a histogram pass reads memory forwards: rows stay in increasing order
 * inside every node). The others get a sorted row order with the values in that order.
 */
interface TreeFeatures {
  distinct: Float64Array[]
  /** index among the low features, -1 for the others */
  lowIdx: Int32Array
  /** index among the many-valued features, -1 for the others */
  hiSlot: Int32Array
  /** first bin of each low feature in a histogram */
  histOff: Int32Array
  nBins: number
  R: Uint8Array
  pLow: number
  orders: Int32Array[]
  sortedVals: Float64Array[]
  hiRank: Int32Array[]
}

function prepareFeatures(X: Matrix): TreeFeatures {
  const n = X.rows, p = X.cols
  const distinct: Float64Array[] = new Array<Float64Array>(p)
  const lowIdx = new Int32Array(p).fill(-1)
  const hiSlot = new Int32Array(p).fill(-1)
  const histOff = new Int32Array(p)
  const orders: Int32Array[] = [], sortedVals: Float64Array[] = [], hiRank: Int32Array[] = []
  const colRank: Int32Array[] = new Array<Int32Array>(p)
  const tmpVals = new Float64Array(n)
  // column-major copy in blocks of rows (reading one column at a stride of p misses cache)
  const colAll = new Float64Array(n * p)
  for (let i0 = 0; i0 < n; i0 += 64) {
    const i1 = Math.min(n, i0 + 64)
    for (let j = 0; j < p; j++) for (let i = i0, c = j * n; i < i1; i++) colAll[c + i] = X.data[i * p + j]
  }
  let pLow = 0, nBins = 0
  for (let j = 0; j < p; j++) {
    const colVals = colAll.subarray(j * n, (j + 1) * n)
    const rk = new Int32Array(n)
    const d = rankFeature(colVals, n, rk, tmpVals)
    distinct[j] = tmpVals.slice(0, d)
    colRank[j] = rk
    if (d > HIST_MAX_DISTINCT) {
      hiSlot[j] = orders.length
      const ord = sortedOrder(rk, d)
      orders.push(ord)
      sortedVals.push(Float64Array.from(ord, (i) => colVals[i]))
      hiRank.push(rk)
    } else {
      lowIdx[j] = pLow++
      histOff[j] = nBins
      nBins += d
    }
  }
  const R = new Uint8Array(n * pLow)
  for (let j = 0; j < p; j++) {
    const li = lowIdx[j]
    if (li < 0) continue
    const rk = colRank[j]
    for (let i = 0; i < n; i++) R[i * pLow + li] = rk[i]
  }
  return { distinct, lowIdx, hiSlot, histOff, nBins, R, pLow, orders, sortedVals, hiRank }
}

/** Per-call lists of the low features a histogram pass updates (reused, no allocation per node). */
class HistScratch {
  readonly col: Int32Array
  readonly off: Int32Array
  constructor(p: number) { this.col = new Int32Array(p); this.off = new Int32Array(p) }
}

/** Interleaved [rows, positives] per bin of the rows members[s, e), for the low features in `feats`. */
function buildHist(h: Int32Array, members: Int32Array, s: number, e: number, y: Uint8Array, d: TreeFeatures, feats: Int32Array, sc: HistScratch): void {
  const { R, pLow, lowIdx, histOff, distinct } = d
  const lowF = sc.col, lowOff = sc.off
  let m = 0
  for (let t = 0; t < feats.length; t++) {
    const f = feats[t]
    if (lowIdx[f] < 0) continue
    lowF[m] = lowIdx[f]; lowOff[m] = 2 * histOff[f]; m++
    h.fill(0, 2 * histOff[f], 2 * (histOff[f] + distinct[f].length))
  }
  for (let k = s; k < e; k++) {
    const i = members[k]
    const yi = y[i]
    const off = i * pLow
    for (let t = 0; t < m; t++) {
      const b = lowOff[t] + 2 * R[off + lowF[t]]
      h[b]++
      h[b + 1] += yi
    }
  }
}

function subtractHist(h: Int32Array, small: Int32Array, d: TreeFeatures, feats: Int32Array): void {
  for (let t = 0; t < feats.length; t++) {
    const f = feats[t]
    if (d.lowIdx[f] < 0) continue
    for (let b = 2 * d.histOff[f], end = 2 * (d.histOff[f] + d.distinct[f].length); b < end; b++) h[b] -= small[b]
  }
}

/**
 * Split search on a low feature from its histogram (bins from `hb`): the candidates between
 * consecutive present values, in increasing order. Returns false when the feature is constant in
 * the node (its values within FEATURE_THRESHOLD).
 */
function scanHistogram(hist: Int32Array, hb: number, dv: Float64Array, f: number, cnt: number, pos: number, minLeaf: number, entropy: boolean, best: BestSplit): boolean {
  let rMin = 0, rMax = dv.length - 1
  while (hist[hb + 2 * rMin] === 0) rMin++
  while (hist[hb + 2 * rMax] === 0) rMax--
  if (dv[rMax] <= dv[rMin] + FEATURE_THRESHOLD) return false
  let nL = 0, pL = 0
  // a: the present rank whose rows have just moved left; b: the next present rank
  for (let a = rMin; a < rMax;) {
    nL += hist[hb + 2 * a]
    pL += hist[hb + 2 * a + 1]
    let b = a + 1
    while (hist[hb + 2 * b] === 0) b++
    const va = dv[a], vb = dv[b]
    if (vb <= va + FEATURE_THRESHOLD || nL < minLeaf) { a = b; continue }
    if (cnt - nL < minLeaf) break
    const sc = childScore(nL, pL, cnt, pos, entropy)
    if (sc < best.score - 1e-12 * cnt) {
      best.score = sc; best.f = f; best.nL = nL; best.rank = a
      let thr = (va + vb) / 2
      if (thr === vb || !Number.isFinite(thr)) thr = va
      best.thr = thr
    }
    a = b
  }
  return true
}

/** Split search on a many-valued feature, walking the node's rows in sorted order. */
function scanSorted(ord: Int32Array, sv: Float64Array, rank: Int32Array, y: Uint8Array, s: number, e: number, f: number, pos: number, minLeaf: number, entropy: boolean, best: BestSplit): boolean {
  if (sv[e - 1] <= sv[s] + FEATURE_THRESHOLD) return false
  const cnt = e - s
  let nL = 0, pL = 0
  for (let k = s; k < e - 1; k++) {
    nL++
    pL += y[ord[k]]
    const v = sv[k], vNext = sv[k + 1]
    if (vNext <= v + FEATURE_THRESHOLD || nL < minLeaf) continue
    if (cnt - nL < minLeaf) break
    const sc = childScore(nL, pL, cnt, pos, entropy)
    if (sc < best.score - 1e-12 * cnt) {
      best.score = sc; best.f = f; best.nL = nL; best.rank = rank[ord[k]]
      let thr = (v + vNext) / 2
      if (thr === vNext || !Number.isFinite(thr)) thr = v
      best.thr = thr
    }
  }
  return true
}

function markLeftLow(goLeft: Uint8Array, members: Int32Array, s: number, e: number, R: Uint8Array, pLow: number, li: number, rank: number): void {
  for (let k = s; k < e; k++) { const i = members[k]; goLeft[i] = R[i * pLow + li] <= rank ? 1 : 0 }
}

function markLeftRank(goLeft: Uint8Array, members: Int32Array, s: number, e: number, rk: Int32Array, rank: number): void {
  for (let k = s; k < e; k++) { const i = members[k]; goLeft[i] = rk[i] <= rank ? 1 : 0 }
}

/** Stable partition of members[s, e) by goLeft; returns the positives that went left. */
function partitionRows(members: Int32Array, s: number, e: number, goLeft: Uint8Array, y: Uint8Array, buf: Int32Array): number {
  let l = s, r = 0, posL = 0
  for (let k = s; k < e; k++) {
    const i = members[k]
    if (goLeft[i]) { members[l++] = i; posL += y[i] } else buf[r++] = i
  }
  for (let t = 0; t < r; t++) members[l + t] = buf[t]
  return posL
}

/** Stable partition of a sorted order (and its values) within [s, e) by goLeft. */
function partitionSorted(ord: Int32Array, sv: Float64Array, s: number, e: number, goLeft: Uint8Array, buf: Int32Array, bufV: Float64Array): void {
  let l = s, r = 0
  for (let k = s; k < e; k++) {
    const i = ord[k]
    if (goLeft[i]) { ord[l] = i; sv[l++] = sv[k] } else { buf[r] = i; bufV[r++] = sv[k] }
  }
  for (let q = 0; q < r; q++) { ord[l + q] = buf[q]; sv[l + q] = bufV[q] }
}

/**
 * Distinct values of a column, sorted, into `distinct[0 .. d)` (returns d), and each row's rank
 * among them into `rank`. Few distinct values (one-hot, flags, small counts) are collected without
 * sorting the column.
 */
function rankFeature(col: Float64Array, n: number, rank: Int32Array, distinct: Float64Array): number {
  let d = 0
  for (let i = 0; i < n && d <= 64; i++) {
    const v = col[i]
    let seen = false
    for (let t = 0; t < d; t++) if (distinct[t] === v) { seen = true; break }
    if (!seen) distinct[d++] = v
  }
  if (d <= 64) {
    distinct.subarray(0, d).sort()
  } else {
    distinct.set(col.subarray(0, n))
    distinct.subarray(0, n).sort()
    d = 0
    for (let i = 0; i < n; i++) if (i === 0 || distinct[i] !== distinct[d - 1]) distinct[d++] = distinct[i]
  }
  for (let i = 0; i < n; i++) {
    const v = col[i]
    let lo = 0, hi = d - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (distinct[mid] < v) lo = mid + 1
      else hi = mid
    }
    rank[i] = lo
  }
  return d
}

/** Rows sorted by rank, stably (a counting sort). */
function sortedOrder(rank: Int32Array, d: number): Int32Array {
  const n = rank.length
  const counts = new Int32Array(d + 1)
  for (let i = 0; i < n; i++) counts[rank[i] + 1]++
  for (let r = 0; r < d; r++) counts[r + 1] += counts[r]
  const order = new Int32Array(n)
  for (let i = 0; i < n; i++) order[counts[rank[i]]++] = i
  return order
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
