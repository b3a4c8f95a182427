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
 * Path-dependent TreeSHAP for rows of X: returns rows × nFeatures contributions on the model's
 * output scale; Σ_j φ_j + pathExpectedValue = model output (to rounding).
 */
export function treeShapPath(e: TreeEnsemble, X: Matrix, control?: RunControl): Float64Array {
  if (X.cols !== e.nFeatures) throw new RangeError(`TreeSHAP: data has ${X.cols} columns, the model expects ${e.nFeatures}`)
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
