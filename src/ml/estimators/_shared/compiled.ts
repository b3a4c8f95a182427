import type { Matrix } from '../../core/matrix'
import { sigmoid } from './util'
import { treeLeafValue } from './cart'

/**
 * A fitted tree ensemble as its estimator stores it (flat arrays, node k a leaf when feature[k] < 0,
 * a row going left when x <= threshold) plus how the trees' leaf values become a prediction:
 * (start + Σ leaves in tree order) / divisor + offset, then the link. Each estimator states its own
 * arithmetic so the compiled scorer is bit-identical to its predict: boosting classifiers start the
 * sum at their baseline log-odds, forests divide by the tree count, the least-squares regressors add
 * their baseline after the sum.
 */
export interface TreeEnsembleView {
  nFeatures: number
  roots: Int32Array
  feature: Int32Array
  threshold: Float64Array
  left: Int32Array
  right: Int32Array
  value: Float64Array
  start: number
  divisor: number
  offset: number
  link: 'identity' | 'logistic'
}

/** Estimators whose prediction is a tree ensemble's (forest, boosting, the uplift regressors). */
export interface HasTreeEnsemble {
  treeEnsemble(): TreeEnsembleView
}

export function hasTreeEnsemble(m: unknown): m is HasTreeEnsemble {
  return typeof (m as Partial<HasTreeEnsemble> | null)?.treeEnsemble === 'function'
}

const sameI32 = (a: Int32Array, b: Int32Array): boolean => a === b || (a.length === b.length && a.every((x, i) => x === b[i]))
const sameF64 = (a: Float64Array, b: Float64Array): boolean => a === b || (a.length === b.length && a.every((x, i) => Object.is(x, b[i])))

/** Two ensembles that predict the same for every row (the same trees and the same arithmetic). */
export function sameEnsemble(a: TreeEnsembleView, b: TreeEnsembleView): boolean {
  return a === b || (a.nFeatures === b.nFeatures && Object.is(a.start, b.start) && a.divisor === b.divisor && Object.is(a.offset, b.offset) && a.link === b.link &&
    sameI32(a.roots, b.roots) && sameI32(a.feature, b.feature) && sameF64(a.threshold, b.threshold) && sameI32(a.left, b.left) && sameI32(a.right, b.right) && sameF64(a.value, b.value))
}

/** A tree with at most this many leaves is scored by leaf bitmasks (one int32); a larger one is walked. */
const MASK_LEAVES = 32
/** Features are grouped while the product of their threshold intervals stays within this (a group's table has that many rows). */
const GROUP_STATES = 1024
/** Above this many table entries (int32) every tree is walked instead. */
const MAX_TABLE = 1 << 23

/**
 * Several tree ensembles compiled together for scoring many rows, after QuickScorer (Lucchese et
 * al., SIGIR 2015): a tree's leaves are numbered left to right, and each split node carries the
 * bitmask of the leaves a row can still reach when it goes right (its left subtree's leaves
 * cleared); a row's exit leaf is the leftmost leaf that survives the masks of every node it goes
 * right at. Here the masks are combined ahead of time: per feature the thresholds of every tree of
 * every ensemble are sorted, and features are grouped (few-valued ones such as 0/1 columns share a
 * group) into tables holding, for each combination of threshold intervals, each tree's combined
 * mask. A row then costs one binary search per feature (shared by all the ensembles: an uplift
 * model's treated and control models read the same columns) and one AND per tree per group, with
 * no data-dependent branch down any tree. The comparisons are the trees' own (x <= threshold goes
 * left, NaN goes right), and each ensemble's leaves are added in its tree order, so the scores
 * equal the estimators' own predict exactly.
 */
export interface CompiledEnsembles {
  nFeatures: number
  ensembles: { start: number; divisor: number; offset: number; link: 'identity' | 'logistic'; treeFrom: number; treeTo: number }[]
  /** per tree (all ensembles in order): its mask slot, or −1 when it is walked */
  slot: Int32Array
  /** per mask slot: where its leaves' values start in `leafValue` */
  leafBase: Int32Array
  leafValue: Float64Array
  /** walked trees: their ensemble's arrays and root */
  walk: { view: TreeEnsembleView; root: number }[]
  walkIndex: Int32Array
  /** groups: features gFeat[featStart[g] .. featStart[g + 1]) */
  featStart: Int32Array
  gFeat: Int32Array
  /** per grouped feature: its sorted distinct thresholds thr[thrStart[k] .. thrEnd[k]) and its stride in the group's table */
  thrStart: Int32Array
  thrEnd: Int32Array
  stride: Int32Array
  thr: Float64Array
  /** per group: a states × mask slots table of combined masks from tableStart[g] */
  tableStart: Int32Array
  table: Int32Array
  nSlots: number
}

interface SplitNode { f: number; thr: number; slot: number; mask: number }

export function compileEnsembles(views: readonly TreeEnsembleView[], maskLeaves = MASK_LEAVES): CompiledEnsembles {
  const p = views.length ? views[0].nFeatures : 0
  for (const v of views) if (v.nFeatures !== p) throw new RangeError(`Tree ensembles: fitted on ${v.nFeatures} and ${p} columns`)
  const ensembles: CompiledEnsembles['ensembles'] = []
  const slot: number[] = [], leafBase: number[] = [], leafValue: number[] = [], walk: CompiledEnsembles['walk'] = [], walkIndex: number[] = []
  const splits: SplitNode[] = []
  let nTrees = 0
  for (const v of views) {
    const from = nTrees
    for (let t = 0; t < v.roots.length; t++, nTrees++) {
      // leaves left to right (in-order), and per split node the leaves of its left subtree
      const leaves: number[] = []
      const nodeSplits: { node: number; lo: number; hi: number }[] = []
      const visit = (k: number): [number, number] => {
        if (v.feature[k] < 0) { leaves.push(k); return [leaves.length - 1, leaves.length] }
        const [lo, mid] = visit(v.left[k])
        const hi = visit(v.right[k])[1]
        nodeSplits.push({ node: k, lo, hi: mid })
        return [lo, hi]
      }
      // count the leaves without recursion first: a walked tree may be deeper than the call stack allows
      let nLeaves = 0
      const stack = [v.roots[t]]
      while (stack.length && nLeaves <= maskLeaves) {
        const k = stack.pop()!
        if (v.feature[k] < 0) nLeaves++
        else stack.push(v.right[k], v.left[k])
      }
      if (nLeaves <= maskLeaves) visit(v.roots[t])
      if (nLeaves > maskLeaves) {
        slot.push(-1)
        walkIndex.push(walk.length)
        walk.push({ view: v, root: v.roots[t] })
        continue
      }
      const s = leafBase.length
      slot.push(s)
      walkIndex.push(-1)
      leafBase.push(leafValue.length)
      for (const k of leaves) leafValue.push(v.value[k])
      for (const { node, lo, hi } of nodeSplits) {
        let left = 0
        for (let b = lo; b < hi; b++) left |= 1 << b
        splits.push({ f: v.feature[node], thr: v.threshold[node], slot: s, mask: ~left })
      }
    }
    ensembles.push({ start: v.start, divisor: v.divisor, offset: v.offset, link: v.link, treeFrom: from, treeTo: nTrees })
  }
  // per feature: sorted distinct thresholds and the trees splitting on it
  const byFeature = new Map<number, SplitNode[]>()
  for (const sp of splits) {
    const list = byFeature.get(sp.f)
    if (list) list.push(sp)
    else byFeature.set(sp.f, [sp])
  }
  const feats = [...byFeature.entries()].map(([f, list]) => ({ f, list, thr: [...new Set(list.map((sp) => sp.thr))].sort((a, b) => a - b) }))
  // few-valued features first, so the 0/1 columns fill groups together
  feats.sort((a, b) => a.thr.length - b.thr.length || a.f - b.f)
  const groups: (typeof feats)[] = []
  let states = Infinity
  for (const ft of feats) {
    if (states * (ft.thr.length + 1) > GROUP_STATES) { groups.push([]); states = 1 }
    groups[groups.length - 1].push(ft)
    states *= ft.thr.length + 1
  }
  const featStart = [0], gFeat: number[] = [], thrStart: number[] = [], thrEnd: number[] = [], stride: number[] = [], thr: number[] = []
  const tableStart: number[] = []
  const tables: Int32Array[] = []
  let tableSize = 0
  for (const g of groups) {
    // every group's table covers every masked tree (a tree not splitting on the group's features keeps −1),
    // so a row's masks for a tree are one AND of a column per group: no scatter into a per-row array
    const nt = leafBase.length
    // per feature: row b = the combined masks of its nodes with one of the b smallest thresholds
    const rows = g.map((ft) => {
      const at = new Map(ft.thr.map((x, j) => [x, j]))
      const r = new Int32Array((ft.thr.length + 1) * nt).fill(-1)
      const byThr = ft.thr.map(() => [] as SplitNode[])
      for (const sp of ft.list) byThr[at.get(sp.thr)!].push(sp)
      for (let b = 1; b <= ft.thr.length; b++) {
        r.copyWithin(b * nt, (b - 1) * nt, b * nt)
        for (const sp of byThr[b - 1]) r[b * nt + sp.slot] &= sp.mask
      }
      return r
    })
    let n = 1
    const strides = g.map((ft) => { const s = n; n *= ft.thr.length + 1; return s })
    const table = new Int32Array(n * nt)
    for (let st = 0; st < n; st++) {
      const row = table.subarray(st * nt, (st + 1) * nt)
      row.fill(-1)
      for (let k = 0; k < g.length; k++) {
        const b = Math.floor(st / strides[k]) % (g[k].thr.length + 1)
        const r = rows[k]
        for (let j = 0; j < nt; j++) row[j] &= r[b * nt + j]
      }
    }
    tableStart.push(tableSize)
    tableSize += table.length
    tables.push(table)
    g.forEach((ft, k) => {
      gFeat.push(ft.f); stride.push(strides[k])
      thrStart.push(thr.length); thr.push(...ft.thr); thrEnd.push(thr.length)
    })
    featStart.push(gFeat.length)
    // tables this large would not stay in cache anyway: walk the trees
    if (tableSize > MAX_TABLE && maskLeaves > 0) return compileEnsembles(views, 0)
  }
  const table = new Int32Array(tableSize)
  tables.forEach((t, g) => table.set(t, tableStart[g]))
  return {
    nFeatures: p, ensembles, slot: Int32Array.from(slot), leafBase: Int32Array.from(leafBase), leafValue: Float64Array.from(leafValue),
    walk, walkIndex: Int32Array.from(walkIndex), featStart: Int32Array.from(featStart), gFeat: Int32Array.from(gFeat),
    thrStart: Int32Array.from(thrStart), thrEnd: Int32Array.from(thrEnd), stride: Int32Array.from(stride), thr: Float64Array.from(thr),
    tableStart: Int32Array.from(tableStart), table, nSlots: leafBase.length,
  }
}

/** Scores every compiled ensemble on the rows of X (row-major): one Float64Array per ensemble. No allocation per row. */
/** Rows per block: their table offsets stay in L1 while every tree goes over them. */
const BLOCK = 128

export function scoreEnsembles(c: CompiledEnsembles, X: Matrix): Float64Array[] {
  const n = X.rows, p = X.cols, data = X.data
  if (p !== c.nFeatures) throw new RangeError(`Tree ensemble: X has ${p} columns but the model was fitted on ${c.nFeatures}`)
  const outs = c.ensembles.map(() => new Float64Array(n))
  const { featStart, gFeat, thrStart, thrEnd, stride, thr, tableStart, table, slot, leafBase, leafValue, walk, walkIndex, nSlots } = c
  const ng = featStart.length - 1
  // per row of the block and group: where the row's table row starts (row 0 of a group's table is all −1)
  const rowAt = new Int32Array(BLOCK * ng)
  const acc = new Float64Array(BLOCK)
  for (let i0 = 0; i0 < n; i0 += BLOCK) {
    const len = Math.min(BLOCK, n - i0)
    for (let r = 0, off = i0 * p; r < len; r++, off += p) {
      for (let g = 0; g < ng; g++) {
        let st = 0
        for (let k = featStart[g]; k < featStart[g + 1]; k++) {
          const x = data[off + gFeat[k]]
          // how many of the feature's thresholds the row goes right at (x > threshold, or x is NaN), by a
          // search of fixed length (every feature has a threshold): the loop does not branch on the data
          const lo = thrStart[k]
          let at = lo, w = thrEnd[k] - lo
          while (w > 1) {
            const half = w >>> 1
            at += half * +!(x <= thr[at + half - 1])
            w -= half
          }
          at += +!(x <= thr[at])
          st += (at - lo) * stride[k]
        }
        rowAt[r * ng + g] = tableStart[g] + st * nSlots
      }
    }
    for (let e = 0; e < c.ensembles.length; e++) {
      const { start, divisor, offset, link, treeFrom, treeTo } = c.ensembles[e]
      acc.fill(start, 0, len)
      for (let t = treeFrom; t < treeTo; t++) {
        const sl = slot[t]
        if (sl >= 0) {
          const lb = leafBase[sl] + 31
          for (let r = 0; r < len; r++) {
            let m = -1
            for (let g = 0, q = r * ng; g < ng; g++, q++) m &= table[rowAt[q] + sl]
            // the leftmost surviving leaf: the lowest set bit
            acc[r] += leafValue[lb - Math.clz32(m & -m)]
          }
        } else {
          const w = walk[walkIndex[t]]
          for (let r = 0; r < len; r++) acc[r] += treeLeafValue(w.view, w.root, data, (i0 + r) * p)
        }
      }
      const out = outs[e]
      for (let r = 0; r < len; r++) {
        let s = acc[r]
        if (divisor !== 1) s /= divisor
        if (offset !== 0) s = offset + s
        out[i0 + r] = link === 'logistic' ? sigmoid(s) : s
      }
    }
  }
  return outs
}
