/**
 * Exact TreeSHAP (Lundberg et al. 2020, "From local explanations to global understanding with
 * explainable AI for trees"): Algorithm 2 (path-dependent, O(T·L·D²) per row) ported from the
 * shap package's tree_shap.h (extend_path / unwind_path / unwound_path_sum / tree_shap_recursive),
 * and interventional TreeSHAP against a background sample (the shap package's
 * "interventional" feature_perturbation), computed pair by pair with the closed-form
 * weights a!·b!/(a+b+1)!.
 *
 * Covers: the path-dependent value function E[f(x) | x_S] walks unknown features down both
 * children in proportion to their training cover. The decision tree stores its node sample counts;
 * the forest and boosting models do not, so their covers are counted from a reference data set
 * (pass the training rows). A child is followed with fraction cover(child)/cover(node); a node no
 * reference row reaches splits its (zero) weight evenly, so every fraction stays defined.
 */
import type { Matrix } from '../../core/matrix'
import type { Classifier } from '../../core/estimator'
import { decodeFloat64 } from '../../core/estimator'
import { decodeInt32 } from '../../estimators/_shared/util'
import { checkCancel, type RunControl } from '../../core/progress'
import { DecisionTreeClassifier } from '../../estimators/tree'

/** Trees in flat arrays (node k is a leaf when feature[k] < 0); output = offset + scale · Σ leaf values. */
export interface TreeEnsemble {
  nFeatures: number
  roots: Int32Array
  feature: Int32Array
  threshold: Float64Array
  left: Int32Array
  right: Int32Array
  value: Float64Array
  /** share of its parent's cover that goes to each node (1 at roots) */
  fraction: Float64Array
  /** model output = offset + scale · Σ_t leaf value of tree t */
  offset: number
  scale: number
  /** what the output is: a probability (tree, forest) or log-odds (boosting) */
  output: 'probability' | 'logodds'
  maxDepth: number
}

interface FlatTrees { nFeatures: number; roots: Int32Array; feature: Int32Array; threshold: Float64Array; left: Int32Array; right: Int32Array; value: Float64Array; offset: number; scale: number; output: 'probability' | 'logodds' }

/** The fitted trees of a tree, forest or boosting model (read from its JSON, which every estimator exposes). */
export function flatTrees(model: Classifier): FlatTrees {
  if (model instanceof DecisionTreeClassifier) {
    return { nFeatures: model.nFeatures, roots: Int32Array.of(0), feature: model.feature, threshold: model.threshold, left: model.left, right: model.right, value: model.value, offset: 0, scale: 1, output: 'probability' }
  }
  const j = model.toJSON()
  const s = j.state as Record<string, unknown>
  if (j.kind === 'rf' || j.kind === 'gbt') {
    const roots = decodeInt32(s.roots as string)
    const base = { nFeatures: s.nFeatures as number, roots, feature: decodeInt32(s.feature as string), threshold: decodeFloat64(s.threshold as string), left: decodeInt32(s.left as string), right: decodeInt32(s.right as string), value: decodeFloat64(s.value as string) }
    if (roots.length === 0) throw new Error(`${j.kind} model is not fitted`)
    return j.kind === 'rf' ? { ...base, offset: 0, scale: 1 / roots.length, output: 'probability' } : { ...base, offset: s.baseline as number, scale: 1, output: 'logodds' }
  }
  throw new RangeError(`TreeSHAP needs a tree, forest or gradient boosting model, got "${model.kind}"`)
}

export function isTreeModel(model: Classifier): boolean {
  return model instanceof DecisionTreeClassifier || model.kind === 'rf' || model.kind === 'gbt'
}

/** Per-node covers: the tree's stored sample counts, or counts of `reference` rows reaching each node. */
export function nodeCovers(t: FlatTrees, reference?: Matrix, stored?: ArrayLike<number>): Float64Array {
  const cover = new Float64Array(t.feature.length)
  if (stored && stored.length === cover.length && !reference) {
    for (let k = 0; k < cover.length; k++) cover[k] = stored[k]
    return cover
  }
  if (!reference) throw new RangeError('TreeSHAP: this model does not store node covers; pass its training rows as the reference data')
  if (reference.cols !== t.nFeatures) throw new RangeError(`TreeSHAP: reference data has ${reference.cols} columns, the model expects ${t.nFeatures}`)
  const p = reference.cols, d = reference.data
  for (let r = 0; r < t.roots.length; r++) {
    for (let i = 0; i < reference.rows; i++) {
      let k = t.roots[r]
      cover[k]++
      while (t.feature[k] >= 0) {
        k = d[i * p + t.feature[k]] <= t.threshold[k] ? t.left[k] : t.right[k]
        cover[k]++
      }
    }
  }
  return cover
}

/** Ready-to-explain ensemble: trees + cover fractions + depth. */
export function treeEnsemble(model: Classifier, reference?: Matrix): TreeEnsemble {
  const t = flatTrees(model)
  const stored = model instanceof DecisionTreeClassifier ? model.nodeSamples : undefined
  const cover = nodeCovers(t, reference, stored)
  const fraction = new Float64Array(t.feature.length)
  let maxDepth = 0
  for (let r = 0; r < t.roots.length; r++) {
    fraction[t.roots[r]] = 1
    const stack: Array<[number, number]> = [[t.roots[r], 0]]
    while (stack.length) {
      const [k, dep] = stack.pop()!
      if (dep > maxDepth) maxDepth = dep
      if (t.feature[k] < 0) continue
      const l = t.left[k], rt = t.right[k]
      const c = cover[l] + cover[rt]
      fraction[l] = c > 0 ? cover[l] / c : 0.5
      fraction[rt] = c > 0 ? cover[rt] / c : 0.5
      stack.push([l, dep + 1], [rt, dep + 1])
    }
  }
  return { ...t, fraction, maxDepth }
}

/** Model output for one row (offset + scale · Σ leaves), on the ensemble's scale. */
export function ensembleOutput(e: TreeEnsemble, x: ArrayLike<number>, off = 0): number {
  let s = 0
  for (let r = 0; r < e.roots.length; r++) {
    let k = e.roots[r]
    while (e.feature[k] >= 0) k = x[off + e.feature[k]] <= e.threshold[k] ? e.left[k] : e.right[k]
    s += e.value[k]
  }
  return e.offset + e.scale * s
}

/** E[f(X)] under the cover distribution: the path-dependent expected value. */
export function pathExpectedValue(e: TreeEnsemble): number {
  let s = 0
  for (let r = 0; r < e.roots.length; r++) {
    const stack: Array<[number, number]> = [[e.roots[r], 1]]
    while (stack.length) {
      const [k, w] = stack.pop()!
      if (e.feature[k] < 0) { s += w * e.value[k]; continue }
      stack.push([e.left[k], w * e.fraction[e.left[k]]], [e.right[k], w * e.fraction[e.right[k]]])
    }
  }
  return e.offset + e.scale * s
}

/**
 * Leaf patterns (after Fast TreeSHAP v2, Yang 2021): a leaf's contribution to φ depends on x only
 * through which of its path's distinct features x "follows" (meets every condition the path puts
 * on that feature), one of 2^d patterns for d distinct features. One pass over a tree's nodes
 * (parents before children) hands every leaf its pattern for the row; the leaf's φ for a pattern
 * is Algorithm 2's extend / unwound sum over its d features, O(d²), computed the first time the
 * pattern is met and kept with the ensemble (later rows and chunks add d stored numbers). Past the
 * memo limits φ is recomputed per row. Same Shapley values as the recursion; only the rounding
 * order differs.
 */
interface LeafPlan {
  /** leaf l's model value × scale */
  v: Float64Array
  /** distinct path features of leaf l: [uStart[l], uStart[l + 1]) into uFeat / uZero (product of their cover fractions) */
  uStart: Int32Array
  uFeat: Int32Array
  uZero: Float64Array
  /** most distinct features on one leaf's path */
  maxD: number
  /** per leaf, pattern → offset of its φ in `pool` (−1: not computed yet); null: no memo for this leaf */
  index: (Int32Array | null)[]
  pool: Float64Array
  used: number
  indexed: number
  /** per node: the bit of its feature among its path's distinct features (splits), its leaf number (leaves, else −1) */
  nodeBit: Int32Array
  leafOf: Int32Array
  /** each tree's nodes are [roots[r], treeEnd[r]) with children after their parent (what the flat arrays of every model here are) */
  treeEnd: Int32Array
  contiguous: boolean
}

const BLOCK_ROWS = 256
/** leaves with more distinct path features than this get no memo (2^d index entries) */
const MEMO_MAX_D = 16
/** memo limits: index entries (Int32, 16 MB) and stored φ values (Float64, 32 MB); past them φ is recomputed */
const INDEX_BUDGET = 1 << 22
const POOL_BUDGET = 1 << 22
const plans = new WeakMap<TreeEnsemble, LeafPlan>()

function leafPlan(e: TreeEnsemble): LeafPlan {
  const had = plans.get(e)
  if (had) return had
  const v: number[] = []
  const uStart = [0], uFeat: number[] = [], uZero: number[] = []
  const path: number[] = []
  const nodeBit = new Int32Array(e.feature.length).fill(-1), leafOf = new Int32Array(e.feature.length).fill(-1)
  const walk = (k: number): void => {
    if (e.feature[k] < 0) {
      leafOf[k] = v.length
      v.push(e.value[k] * e.scale)
      const feats: number[] = [], zero: number[] = []
      for (let q = 0; q < path.length; q++) {
        const f = e.feature[path[q]]
        let u = feats.indexOf(f)
        if (u < 0) { u = feats.length; feats.push(f); zero.push(1) }
        // the share of this node's cover that goes the path's way
        zero[u] *= e.fraction[q + 1 < path.length ? path[q + 1] : k]
      }
      uFeat.push(...feats); uZero.push(...zero); uStart.push(uFeat.length)
      return
    }
    // the bit of k's feature: its place among the distinct features from the root down to k
    const seen: number[] = []
    for (const nd of path) if (!seen.includes(e.feature[nd])) seen.push(e.feature[nd])
    const at = seen.indexOf(e.feature[k])
    nodeBit[k] = at >= 0 ? at : seen.length
    path.push(k); walk(e.left[k]); walk(e.right[k]); path.pop()
  }
  for (let r = 0; r < e.roots.length; r++) walk(e.roots[r])
  const treeEnd = new Int32Array(e.roots.length)
  let contiguous = true
  for (let r = 0; r < e.roots.length; r++) {
    const k0 = e.roots[r], k1 = r + 1 < e.roots.length ? e.roots[r + 1] : e.feature.length
    treeEnd[r] = k1
    if (k1 <= k0) contiguous = false
    for (let k = k0; k < k1 && contiguous; k++) if (e.feature[k] >= 0 && !(e.left[k] > k && e.left[k] < k1 && e.right[k] > k && e.right[k] < k1)) contiguous = false
  }
  const L = v.length
  let maxD = 0
  for (let l = 0; l < L; l++) maxD = Math.max(maxD, uStart[l + 1] - uStart[l])
  const plan: LeafPlan = {
    v: Float64Array.from(v),
    uStart: Int32Array.from(uStart), uFeat: Int32Array.from(uFeat), uZero: Float64Array.from(uZero),
    maxD, index: new Array<Int32Array | null>(L).fill(null), pool: new Float64Array(1024), used: 0, indexed: 0,
    nodeBit, leafOf, treeEnd, contiguous,
  }
  plans.set(e, plan)
  return plan
}

/**
 * φ of one leaf for one pattern s (bit u: x follows distinct feature u): Algorithm 2's extend /
 * unwound sum over the leaf's distinct features, written to out[off .. off + d). Scratch arrays
 * hold d + 1 entries.
 */
function leafPhi(zero: Float64Array, z0: number, d: number, s: number, v: number, out: Float64Array, off: number, pz: Float64Array, po: Float64Array, pw: Float64Array): void {
  // x not following a feature through a branch no reference row reached: the leaf adds nothing
  for (let u = 0; u < d; u++) if (zero[z0 + u] === 0 && ((s >> u) & 1) === 0) { for (let w = 0; w < d; w++) out[off + w] = 0; return }
  pz[0] = 1; po[0] = 1; pw[0] = 1
  for (let depth = 1; depth <= d; depth++) {
    const zr = zero[z0 + depth - 1], one = (s >> (depth - 1)) & 1
    pz[depth] = zr; po[depth] = one; pw[depth] = 0
    const id = 1 / (depth + 1), zid = zr * id
    if (one) {
      for (let i = depth - 1; i >= 0; i--) { const w = pw[i]; pw[i + 1] += w * (i + 1) * id; pw[i] = zid * w * (depth - i) }
    } else {
      for (let i = depth - 1; i >= 0; i--) pw[i] = zid * pw[i] * (depth - i)
    }
  }
  for (let idx = 1; idx <= d; idx++) {
    const one = po[idx], zr = pz[idx]
    let total = 0
    if (one !== 0) {
      let next = pw[d]
      for (let i = d - 1; i >= 0; i--) { const tmp = next / (i + 1); total += tmp; next = pw[i] - tmp * zr * (d - i) }
    } else {
      for (let i = d - 1; i >= 0; i--) total += pw[i] / (d - i)
      total /= zr
    }
    out[off + idx - 1] = total * (d + 1) * (one - zr) * v
  }
}

/**
 * Path-dependent TreeSHAP for rows of X: returns rows × nFeatures contributions on the model's
 * output scale; Σ_j φ_j + pathExpectedValue = model output (to rounding). `method`: 'patterns'
 * (default, see LeafPlan), 'direct' (the same without the memo: what leaves past its limits get)
 * or 'recursive' (Algorithm 2's recursion, the reference port).
 */
export function treeShapPath(e: TreeEnsemble, X: Matrix, control?: RunControl, options: { method?: 'patterns' | 'direct' | 'recursive' } = {}): Float64Array {
  if (X.cols !== e.nFeatures) throw new RangeError(`TreeSHAP: data has ${X.cols} columns, the model expects ${e.nFeatures}`)
  const method = options.method ?? 'patterns'
  const plan = method !== 'recursive' ? leafPlan(e) : null
  // patterns are 32-bit masks: a leaf with more than 30 distinct features on its path takes the recursion
  if (plan && plan.maxD <= 30 && plan.contiguous) return treeShapPatterns(e, plan, X, control, method === 'patterns')
  return treeShapRecursive(e, X, control)
}

function treeShapPatterns(e: TreeEnsemble, plan: LeafPlan, X: Matrix, control: RunControl | undefined, memo: boolean): Float64Array {
  const p = X.cols, n = X.rows
  const out = new Float64Array(n * p)
  const { uStart, uFeat, uZero, v, nodeBit, leafOf, treeEnd } = plan
  const { feature, threshold, left, right, roots } = e
  const xd = X.data
  const D = plan.maxD
  const phi = new Float64Array(D), sc = new Float64Array(D + 2), sc2 = new Float64Array(D + 2), sc3 = new Float64Array(D + 2)
  let widest = 0
  for (let r = 0; r < roots.length; r++) widest = Math.max(widest, treeEnd[r] - roots[r])
  // the pattern reaching each node of the current tree (bits of the path's distinct features x follows)
  const sIn = new Int32Array(widest)
  for (let b0 = 0; b0 < n; b0 += BLOCK_ROWS) {
    checkCancel(control?.cancel)
    control?.onProgress?.(b0 / n, `TreeSHAP ${b0}/${n}`)
    const b1 = Math.min(n, b0 + BLOCK_ROWS)
    // tree by tree over the block's rows: one tree's nodes and leaves stay in cache
    for (let r = 0; r < roots.length; r++) {
      const k0 = roots[r], k1 = treeEnd[r]
      for (let i = b0; i < b1; i++) {
        const xo = i * p
        sIn[0] = -1
        // parents come before their children: one pass hands each child its pattern
        for (let k = k0; k < k1; k++) {
          const s = sIn[k - k0], f = feature[k]
          if (f >= 0) {
            const off = ~(1 << nodeBit[k])
            if (xd[xo + f] <= threshold[k]) { sIn[left[k] - k0] = s; sIn[right[k] - k0] = s & off } else { sIn[left[k] - k0] = s & off; sIn[right[k] - k0] = s }
            continue
          }
          const l = leafOf[k], u0 = uStart[l], d = uStart[l + 1] - u0
          if (d === 0) continue
          const pat = s & ((1 << d) - 1)
          let index = plan.index[l]
          if (!index && memo && d <= MEMO_MAX_D && plan.indexed + (1 << d) <= INDEX_BUDGET) {
            index = plan.index[l] = new Int32Array(1 << d).fill(-1)
            plan.indexed += 1 << d
          }
          let at = index && memo ? index[pat] : -1
          if (at < 0 && index && memo && plan.used + d <= POOL_BUDGET) {
            if (plan.used + d > plan.pool.length) {
              const grown = new Float64Array(Math.min(POOL_BUDGET, Math.max(plan.pool.length * 2, plan.used + d)))
              grown.set(plan.pool.subarray(0, plan.used))
              plan.pool = grown
            }
            at = plan.used
            leafPhi(uZero, u0, d, pat, v[l], plan.pool, at, sc, sc2, sc3)
            plan.used += d
            index[pat] = at
          }
          if (at >= 0) {
            const pool = plan.pool
            for (let u = 0; u < d; u++) out[xo + uFeat[u0 + u]] += pool[at + u]
          } else {
            leafPhi(uZero, u0, d, pat, v[l], phi, 0, sc, sc2, sc3)
            for (let u = 0; u < d; u++) out[xo + uFeat[u0 + u]] += phi[u]
          }
        }
      }
    }
  }
  return out
}

function treeShapRecursive(e: TreeEnsemble, X: Matrix, control?: RunControl): Float64Array {
  const p = X.cols
  const out = new Float64Array(X.rows * p)
  // one flat pool of path elements; each recursion level takes a slice after its parent's
  const D = e.maxDepth + 2
  const size = ((D + 1) * (D + 2)) / 2 + D
  const pf = new Int32Array(size), pz = new Float64Array(size), po = new Float64Array(size), pw = new Float64Array(size)
  const { feature, threshold, left, right, value, fraction } = e
  let phi = out, xo = 0, po0 = 0
  const xd = X.data

  // one fractions are 0 or 1 here (x either follows a split or not), which the loops below use
  // to drop divisions; 1/k is tabulated
  const inv = new Float64Array(D + 3)
  for (let k = 1; k < inv.length; k++) inv[k] = 1 / k
  const extend = (b: number, depth: number, zero: number, one: number, f: number): void => {
    pf[b + depth] = f; pz[b + depth] = zero; po[b + depth] = one; pw[b + depth] = depth === 0 ? 1 : 0
    const id = inv[depth + 1], zid = zero * id
    if (one !== 0) {
      for (let i = depth - 1; i >= 0; i--) {
        const w = pw[b + i]
        pw[b + i + 1] += w * (i + 1) * id
        pw[b + i] = zid * w * (depth - i)
      }
    } else {
      for (let i = depth - 1; i >= 0; i--) pw[b + i] = zid * pw[b + i] * (depth - i)
    }
  }
  const unwind = (b: number, depth: number, idx: number): void => {
    const one = po[b + idx], zero = pz[b + idx]
    let next = pw[b + depth]
    for (let i = depth - 1; i >= 0; i--) {
      if (one !== 0) {
        const tmp = pw[b + i]
        pw[b + i] = (next * (depth + 1)) / ((i + 1) * one)
        next = tmp - (pw[b + i] * zero * (depth - i)) / (depth + 1)
      } else {
        pw[b + i] = (pw[b + i] * (depth + 1)) / (zero * (depth - i))
      }
    }
    for (let i = idx; i < depth; i++) { pf[b + i] = pf[b + i + 1]; pz[b + i] = pz[b + i + 1]; po[b + i] = po[b + i + 1] }
  }
  const unwoundSum = (b: number, depth: number, idx: number): number => {
    const one = po[b + idx], zero = pz[b + idx]
    let next = pw[b + depth], total = 0
    if (one !== 0) {
      for (let i = depth - 1; i >= 0; i--) {
        const tmp = next * inv[i + 1]
        total += tmp
        next = pw[b + i] - tmp * zero * (depth - i)
      }
    } else {
      for (let i = depth - 1; i >= 0; i--) total += pw[b + i] * inv[depth - i]
      total /= zero
    }
    return total * (depth + 1)
  }
  const recurse = (node: number, depth: number, parentB: number, zero: number, one: number, pfeat: number): void => {
    const b = parentB + depth + 1 // this level's slice, after the parent's [parentB, parentB + depth]
    for (let i = 0; i < depth; i++) { pf[b + i] = pf[parentB + i]; pz[b + i] = pz[parentB + i]; po[b + i] = po[parentB + i]; pw[b + i] = pw[parentB + i] }
    extend(b, depth, zero, one, pfeat)
    const f = feature[node]
    if (f < 0) {
      const v = value[node] * e.scale
      for (let i = 1; i <= depth; i++) {
        const w = unwoundSum(b, depth, i)
        phi[po0 + pf[b + i]] += w * (po[b + i] - pz[b + i]) * v
      }
      return
    }
    const goLeft = xd[xo + f] <= threshold[node]
    const hot = goLeft ? left[node] : right[node]
    const cold = goLeft ? right[node] : left[node]
    let inZero = 1, inOne = 1
    let k = 0
    for (; k <= depth; k++) if (pf[b + k] === f) break
    if (k !== depth + 1) {
      inZero = pz[b + k]; inOne = po[b + k]
      unwind(b, depth, k)
      depth -= 1
    }
    // a branch with zero and one fractions both 0 adds nothing (and would divide by zero): a
    // child no reference row reached, off x's path
    const hz = fraction[hot] * inZero, cz = fraction[cold] * inZero
    if (hz > 0 || inOne > 0) recurse(hot, depth + 1, b, hz, inOne, f)
    if (cz > 0) recurse(cold, depth + 1, b, cz, 0, f)
  }

  for (let i = 0; i < X.rows; i++) {
    if ((i & 255) === 0) {
      checkCancel(control?.cancel)
      control?.onProgress?.(i / X.rows, `TreeSHAP ${i}/${X.rows}`)
    }
    phi = out; xo = i * p; po0 = i * p
    // the root's "parent" slice starts at -1 so that the root's own slice starts at 0
    for (let r = 0; r < e.roots.length; r++) recurse(e.roots[r], 0, -1, 1, 1, -1)
  }
  return out
}

/** ⌊a! b! / (a+b+1)!⌋ table: the Shapley weight of a leaf reached with a features from x and b from the background row. */
function shapleyWeights(n: number): Float64Array {
  const w = new Float64Array((n + 1) * (n + 1))
  const lf = new Float64Array(2 * n + 2)
  for (let k = 1; k < lf.length; k++) lf[k] = lf[k - 1] + Math.log(k)
  for (let a = 0; a <= n; a++) for (let b = 0; b <= n; b++) if (a + b + 1 < lf.length) w[a * (n + 1) + b] = Math.exp(lf[a] + lf[b] - lf[a + b + 1])
  return w
}

/**
 * Interventional TreeSHAP: φ(x) averaged over background rows z of the Shapley values of the game
 * v(S) = f(x_S, z_S̄) (features outside S take z's value). Σ_j φ_j + mean_z f(z) = f(x).
 */
export function treeShapInterventional(e: TreeEnsemble, X: Matrix, background: Matrix, control?: RunControl): Float64Array {
  if (X.cols !== e.nFeatures || background.cols !== e.nFeatures) throw new RangeError(`TreeSHAP: data has ${X.cols} columns and background ${background.cols}, the model expects ${e.nFeatures}`)
  if (background.rows === 0) throw new RangeError('TreeSHAP: the background sample is empty')
  const p = X.cols, B = background.rows
  const out = new Float64Array(X.rows * p)
  const W = shapleyWeights(e.maxDepth + 1)
  const wn = e.maxDepth + 2
  const { feature, threshold, left, right, value } = e
  const inX = new Uint8Array(p), inZ = new Uint8Array(p)
  const sx = new Int32Array(e.maxDepth + 1), sz = new Int32Array(e.maxDepth + 1)
  const xd = X.data, zd = background.data
  let xo = 0, zo = 0, phiO = 0
  const acc = new Float64Array(p)
  const rec = (k: number, a: number, b: number): void => {
    const f = feature[k]
    if (f < 0) {
      const v = value[k]
      if (a > 0) { const w = v * W[(a - 1) * wn + b]; for (let i = 0; i < a; i++) acc[sx[i]] += w }
      if (b > 0) { const w = v * W[a * wn + b - 1]; for (let i = 0; i < b; i++) acc[sz[i]] -= w }
      return
    }
    const xl = xd[xo + f] <= threshold[k], zl = zd[zo + f] <= threshold[k]
    if (inX[f]) { rec(xl ? left[k] : right[k], a, b); return }
    if (inZ[f]) { rec(zl ? left[k] : right[k], a, b); return }
    if (xl === zl) { rec(xl ? left[k] : right[k], a, b); return }
    inX[f] = 1; sx[a] = f
    rec(xl ? left[k] : right[k], a + 1, b)
    inX[f] = 0; inZ[f] = 1; sz[b] = f
    rec(zl ? left[k] : right[k], a, b + 1)
    inZ[f] = 0
  }
  for (let i = 0; i < X.rows; i++) {
    if ((i & 15) === 0) {
      checkCancel(control?.cancel)
      control?.onProgress?.(i / X.rows, `TreeSHAP ${i}/${X.rows}`)
    }
    acc.fill(0)
    xo = i * p; phiO = i * p
    for (let z = 0; z < B; z++) {
      zo = z * p
      for (let r = 0; r < e.roots.length; r++) rec(e.roots[r], 0, 0)
    }
    const s = e.scale / B
    for (let j = 0; j < p; j++) out[phiO + j] = acc[j] * s
  }
  return out
}

/** mean_z f(z): the interventional expected value. */
export function backgroundExpectedValue(e: TreeEnsemble, background: Matrix): number {
  let s = 0
  for (let i = 0; i < background.rows; i++) s += ensembleOutput(e, background.data, i * background.cols)
  return s / background.rows
}
