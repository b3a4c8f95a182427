import type { Rng } from '../../core/random'
import type { StateWeight } from '../../core/weights'
import { GrowF64, GrowI32 } from './util'

/** Flat storage of many binary trees: node k is a leaf when feature[k] < 0. */
export interface TreeArrays {
  feature: GrowI32
  threshold: GrowF64
  left: GrowI32
  right: GrowI32
  /** leaf P(y = 1) (leaves); node P(y = 1) for internal nodes too */
  value: GrowF64
}

/** The weights of a model stored as flat trees (forest, boosting, the uplift regressors): the trees' roots and their node arrays. */
export const FLAT_TREE_WEIGHTS: readonly StateWeight[] = [
  { key: 'roots', dtype: 'int32', as: 'base64' },
  { key: 'feature', dtype: 'int32', as: 'base64' },
  { key: 'threshold', dtype: 'float64', as: 'base64' },
  { key: 'left', dtype: 'int32', as: 'base64' },
  { key: 'right', dtype: 'int32', as: 'base64' },
  { key: 'value', dtype: 'float64', as: 'base64' },
]

export function newTreeArrays(): TreeArrays {
  return { feature: new GrowI32(1024), threshold: new GrowF64(1024), left: new GrowI32(1024), right: new GrowI32(1024), value: new GrowF64(1024) }
}

export interface CartInput {
  /** column-major binned X (p × n) */
  binned: Uint8Array
  n: number
  p: number
  nBins: Int32Array
  thresholds: Float64Array[]
  y: Uint8Array
  /**
   * per-row weight (bootstrap counts); rows listed in `rows` must have weight > 0. Integers, so
   * every weighted sum below is exact whatever the order of the additions.
   */
  weight: Int32Array
  rows: Int32Array
  maxFeatures: number
  maxDepth: number
  minSamplesLeaf: number
  minSamplesSplit: number
  rng: Rng
  /** work buffers of at least `rows.length` entries, reused across the trees of a forest */
  scratch?: CartScratch
}

/** Work buffers for growCart (a forest allocates them once, not once per tree). */
export class CartScratch {
  readonly idx: Int32Array
  readonly wk: Int32Array
  readonly pk: Int32Array
  readonly tmp: Int32Array
  constructor(n: number) { this.idx = new Int32Array(n); this.wk = new Int32Array(n); this.pk = new Int32Array(n); this.tmp = new Int32Array(n) }
}

/**
 * One gini CART tree grown depth-first on pre-binned features (exact CART when a feature has at
 * most 256 distinct values). Feature sampling follows scikit-learn's BestSplitter: draw features
 * without replacement until `maxFeatures` have been visited, going on while all visited were
 * constant in the node. Returns the root index; adds weighted impurity decreases to `importance`.
 */
export function growCart(inp: CartInput, out: TreeArrays, importance: Float64Array): number {
  const { binned, n, p, nBins, thresholds, y, weight, maxFeatures, maxDepth, minSamplesLeaf, minSamplesSplit, rng } = inp
  const m = inp.rows.length
  const sc = inp.scratch && inp.scratch.idx.length >= m ? inp.scratch : new CartScratch(m)
  const idx = sc.idx.subarray(0, m)
  idx.set(inp.rows)
  // interleaved per-bin [count, weight, positive weight]: one cache line per update
  const h = new Int32Array(256 * 3)
  // the node's row weights and weighted labels, gathered once per node (contiguous reads)
  const wk = sc.wk, pk = sc.pk, tmp = sc.tmp
  const feats = new Int32Array(p)
  for (let j = 0; j < p; j++) feats[j] = j
  const best = new CartBest()
  const treeImp = new Float64Array(p)

  let W0 = 0, P0 = 0
  for (let k = 0; k < idx.length; k++) { const i = idx[k]; W0 += weight[i]; if (y[i]) P0 += weight[i] }
  const Wtotal = W0

  const newNode = (value: number): number => {
    out.feature.push(-1); out.threshold.push(0); out.left.push(-1); out.right.push(-1)
    return out.value.push(value)
  }
  const root = newNode(P0 / W0)
  // stack entries: node, start, end, depth, W, P, features known to be constant in the node (constant
  // in an ancestor: a subset of its rows is constant too)
  const sNode: number[] = [root], sStart: number[] = [0], sEnd: number[] = [idx.length], sDepth: number[] = [0], sW: number[] = [W0], sP: number[] = [P0]
  const sKnown: Uint8Array[] = [new Uint8Array(p)]

  while (sNode.length) {
    const node = sNode.pop()!, start = sStart.pop()!, end = sEnd.pop()!, depth = sDepth.pop()!, W = sW.pop()!, P = sP.pop()!, known = sKnown.pop()!
    const nNode = end - start
    const pr = P / W
    const impurity = 1 - pr * pr - (1 - pr) * (1 - pr)
    if (depth >= maxDepth || nNode < minSamplesSplit || nNode < 2 * minSamplesLeaf || impurity <= 1e-7) continue

    best.reset()
    for (let k = start; k < end; k++) { const i = idx[k]; const w = weight[i]; wk[k] = w; pk[k] = y[i] * w }
    let remaining = p, visited = 0, constants = 0
    while (remaining > 0 && (visited < maxFeatures || visited <= constants)) {
      visited++
      const r = rng.int(remaining)
      const f = feats[r]; feats[r] = feats[remaining - 1]; feats[remaining - 1] = f
      remaining--
      // a feature constant in an ancestor is constant here: counted without reading its column
      if (nBins[f] < 2 || known[f]) { constants++; continue }
      if (!columnSplit(binned, f * n, idx, start, end, wk, pk, nBins[f], h, nNode, W, P, minSamplesLeaf, f, best)) { constants++; known[f] = 1 }
    }
    const bestF = best.f, bestB = best.b, bestWL = best.wL, bestPL = best.pL
    if (bestF < 0) continue

    // partition [start, end) by bin <= bestB
    const col = bestF * n
    // stable partition: rows stay in increasing order inside every node, so the column reads
    // binned[col + row] above walk memory forwards
    // branch-free (which side a row goes is unpredictable): write the row to both sides, advance one
    let lo = start, nr = 0
    for (let k = start; k < end; k++) {
      const i = idx[k]
      const l = binned[col + i] <= bestB ? 1 : 0
      idx[lo] = i; tmp[nr] = i
      lo += l; nr += 1 - l
    }
    for (let k = 0; k < nr; k++) idx[lo + k] = tmp[k]
    const WL = bestWL, PL = bestPL, WR = W - WL, PR = P - PL
    const pl = PL / WL, prr = PR / WR
    const impL = 1 - pl * pl - (1 - pl) * (1 - pl)
    const impR = 1 - prr * prr - (1 - prr) * (1 - prr)
    treeImp[bestF] += (W * impurity - WL * impL - WR * impR) / Wtotal

    const l = newNode(pl)
    const r = newNode(prr)
    out.feature.a[node] = bestF
    out.threshold.a[node] = thresholds[bestF][bestB]
    out.left.a[node] = l
    out.right.a[node] = r
    // push right first so the left subtree is built first (depth-first, like sklearn)
    sNode.push(r, l); sStart.push(lo, start); sEnd.push(end, lo); sDepth.push(depth + 1, depth + 1); sW.push(WR, WL); sP.push(PR, PL)
    sKnown.push(known, known.slice())
  }
  let s = 0
  for (let j = 0; j < p; j++) s += treeImp[j]
  if (s > 0) for (let j = 0; j < p; j++) importance[j] += treeImp[j] / s
  return root
}

/** The best split of a node so far (gini proxy, larger is better; only a strictly larger one replaces it). */
class CartBest {
  proxy = -Infinity
  f = -1
  b = -1
  wL = 0
  pL = 0
  reset(): void { this.proxy = -Infinity; this.f = -1; this.b = -1; this.wL = 0; this.pL = 0 }
}

/**
 * Candidate splits of feature f from its histogram at h[base ..], bins [bLo, bHi] (empty bins
 * skipped). Returns false when the node's rows all sit in one bin (the feature is constant there).
 */
function scanBins(h: Int32Array, base: number, bLo: number, bHi: number, nNode: number, W: number, P: number, minSamplesLeaf: number, f: number, best: CartBest): boolean {
  while (bLo < bHi && h[base + bLo * 3] === 0) bLo++
  while (bHi > bLo && h[base + bHi * 3] === 0) bHi--
  if (bLo === bHi) return false
  let cL = 0, wL = 0, pL = 0
  for (let b = bLo; b < bHi; b++) {
    const o = base + b * 3
    if (h[o] === 0) continue
    cL += h[o]; wL += h[o + 1]; pL += h[o + 2]
    const cR = nNode - cL
    if (cR < minSamplesLeaf) break
    if (cL < minSamplesLeaf) continue
    const wR = W - wL, pR = P - pL
    if (wR <= 0) break
    const nL = wL - pL, nR = wR - pR
    const proxy = (pL * pL + nL * nL) / wL + (pR * pR + nR * nR) / wR
    if (proxy > best.proxy) { best.proxy = proxy; best.f = f; best.b = b; best.wL = wL; best.pL = pL }
  }
  return true
}

/** Split search on one feature reading its column (small nodes). Returns false when constant in the node. */
function columnSplit(binned: Uint8Array, col: number, idx: Int32Array, start: number, end: number, wk: Int32Array, pk: Int32Array, nb: number,
  h: Int32Array, nNode: number, W: number, P: number, minSamplesLeaf: number, f: number, best: CartBest): boolean {
  if (nb === 2) {
    // two bins (one-hot columns, flags): bin 0's sums in registers, branch-free (adding 0·w for
    // bin-1 rows changes nothing), without a histogram's store-to-load chain on two cells
    let c1 = 0, w0 = 0, p0 = 0
    for (let k = start; k < end; k++) {
      const b = binned[col + idx[k]]
      const z = 1 - b
      c1 += b
      w0 += z * wk[k]
      p0 += z * pk[k]
    }
    if (c1 === 0 || c1 === nNode) return false
    const cL = nNode - c1
    if (c1 < minSamplesLeaf || cL < minSamplesLeaf) return true
    const wL = w0, pL = p0
    const wR = W - wL, pR = P - pL
    if (wR <= 0) return true
    const nL = wL - pL, nR = wR - pR
    const proxy = (pL * pL + nL * nL) / wL + (pR * pR + nR * nR) / wR
    if (proxy > best.proxy) { best.proxy = proxy; best.f = f; best.b = 0; best.wL = wL; best.pL = pL }
    return true
  }
  // histogram over the node's rows; only the occupied bin range [lo, hi] is scanned and cleared
  // again (deep nodes hold few rows, so this beats touching all bins)
  let bLo = 255, bHi = 0
  for (let k = start; k < end; k++) {
    const b = binned[col + idx[k]]
    const o = b * 3
    h[o]++; h[o + 1] += wk[k]; h[o + 2] += pk[k]
    if (b < bLo) bLo = b
    if (b > bHi) bHi = b
  }
  const nonConstant = scanBins(h, 0, bLo, bHi, nNode, W, P, minSamplesLeaf, f, best)
  h.fill(0, bLo * 3, bHi * 3 + 3)
  return nonConstant
}

/** Leaf value reached by row `i` of the row-major data (x <= threshold goes left). */
export function treeLeafValue(arr: { feature: Int32Array; threshold: Float64Array; left: Int32Array; right: Int32Array; value: Float64Array },
  root: number, data: Float64Array, off: number): number {
  const { feature, threshold, left, right, value } = arr
  let k = root
  let f = feature[k]
  while (f >= 0) {
    k = data[off + f] <= threshold[k] ? left[k] : right[k]
    f = feature[k]
  }
  return value[k]
}

/**
 * Flat trees packed for prediction: 16 bytes a node, [threshold (leaf: value) as float64,
 * feature (leaf: -1) as int32, left child as int32], the right child being left + 1, as growCart
 * and the boosting trees lay them out. Four nodes share a cache line where five separate arrays
 * cost up to four misses a node. Null when some node's children are not adjacent.
 */
export interface PackedTrees { f64: Float64Array; i32: Int32Array }

export function packTrees(arr: { feature: Int32Array; threshold: Float64Array; left: Int32Array; right: Int32Array; value: Float64Array }): PackedTrees | null {
  const N = arr.feature.length
  const buf = new ArrayBuffer(N * 16)
  const f64 = new Float64Array(buf), i32 = new Int32Array(buf)
  for (let k = 0; k < N; k++) {
    const f = arr.feature[k]
    if (f >= 0) {
      if (arr.right[k] !== arr.left[k] + 1) return null
      f64[2 * k] = arr.threshold[k]; i32[4 * k + 2] = f; i32[4 * k + 3] = arr.left[k]
    } else {
      f64[2 * k] = arr.value[k]; i32[4 * k + 2] = -1; i32[4 * k + 3] = -1
    }
  }
  return { f64, i32 }
}

/** out[i] += leaf value of row i, for the tree at `root` (tree-major: one tree stays in cache while all rows pass). */
export function addPackedTree(pt: PackedTrees, root: number, data: Float64Array, rows: number, cols: number, out: Float64Array): void {
  const { f64, i32 } = pt
  for (let i = 0, off = 0; i < rows; i++, off += cols) {
    let k = root
    let f = i32[4 * k + 2]
    while (f >= 0) {
      k = i32[4 * k + 3] + (data[off + f] <= f64[2 * k] ? 0 : 1)
      f = i32[4 * k + 2]
    }
    out[i] += f64[2 * k]
  }
}
