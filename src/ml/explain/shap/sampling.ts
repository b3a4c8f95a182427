/**
 * Model-agnostic Shapley values by antithetic permutation sampling (Štrumbelj & Kononenko 2014;
 * shap's PermutationExplainer walks each permutation forward and backward the same way). The game
 * is the interventional one: v(S) = mean over background rows z of f(x_S, z_S̄); players are groups
 * of columns (callers pass single encoded columns and sum one-hot levels afterwards, the same
 * definition as TreeSHAP's per-column values summed per original column). Each permutation telescopes, so
 * Σ φ = f(x) − v(∅) exactly for any number of permutations; the standard error of each φ is the
 * spread of the per-pair estimates / √pairs.
 */
import type { Matrix } from '../../core/matrix'
import { Rng } from '../../core/random'
import { checkCancel, type RunControl } from '../../core/progress'

export interface SamplingOptions {
  /** antithetic permutation pairs per row (each = 2 permutations) */
  pairs: number
  seed: number
  /** report sums of players: output index of each player (default: one output per player) */
  outputOf?: Int32Array
  outputs?: number
}

export interface SamplingResult {
  /** rows × groups */
  values: Float64Array
  /** rows × groups standard errors */
  se: Float64Array
  /** v(∅) = mean f(background) */
  expectedValue: number
  /** f(x) per row */
  output: Float64Array
}

/**
 * `f` maps a matrix to one output per row; `groups[g]` lists the columns of player g.
 * One permutation costs (groups + 1) evaluations of the background batch, run as one f call.
 */
export function permutationShap(f: (X: Matrix) => Float64Array, X: Matrix, background: Matrix, groups: Array<ArrayLike<number>>, opts: Partial<SamplingOptions> = {}, control?: RunControl): SamplingResult {
  const pairs = opts.pairs ?? 10
  if (!(Number.isInteger(pairs) && pairs >= 2)) throw new RangeError(`permutation SHAP: pairs must be an integer ≥ 2 (for a standard error), got ${pairs}`)
  if (background.rows === 0) throw new RangeError('permutation SHAP: the background sample is empty')
  if (X.cols !== background.cols) throw new RangeError(`permutation SHAP: rows have ${X.cols} columns, background ${background.cols}`)
  const rng = new Rng(opts.seed ?? 42)
  const G = groups.length, B = background.rows, p = X.cols
  const base = f(background)
  let ev = 0
  for (let i = 0; i < B; i++) ev += base[i]
  ev /= B
  const outOf = opts.outputOf ?? Int32Array.from({ length: G }, (_, g) => g)
  const K = opts.outputs ?? G
  if (outOf.length !== G) throw new RangeError(`permutation SHAP: outputOf has ${outOf.length} entries for ${G} players`)
  const values = new Float64Array(X.rows * K), se = new Float64Array(X.rows * K), output = new Float64Array(X.rows)
  const pairVal = new Float64Array(K)
  // one batch holds the background after each step of a permutation that changes something;
  // a step that changes no row (x's value equals every background value, e.g. an absent one-hot
  // level) contributes exactly 0 and costs no evaluation
  const batch = new Float64Array(G * B * p)
  const cur = new Float64Array(B * p)
  const slotOf = new Int32Array(G)
  const pairSum = new Float64Array(K), pairSq = new Float64Array(K), one = new Float64Array(G)
  const walk = (perm: Int32Array, xo: number): void => {
    cur.set(background.data)
    let slots = 0
    for (let s = 0; s < G; s++) {
      const cols = groups[perm[s]]
      let changed = false
      for (let i = 0; i < B; i++) for (let c = 0; c < cols.length; c++) {
        const k = i * p + cols[c]
        if (cur[k] !== X.data[xo + cols[c]]) { cur[k] = X.data[xo + cols[c]]; changed = true }
      }
      if (changed) { batch.set(cur, slots * B * p); slotOf[s] = slots++ } else slotOf[s] = -1
    }
    const out = slots ? f({ rows: slots * B, cols: p, data: batch.subarray(0, slots * B * p) }) : new Float64Array(0)
    let prev = ev
    for (let s = 0; s < G; s++) {
      if (slotOf[s] < 0) continue
      const o = slotOf[s] * B
      let m = 0
      for (let i = 0; i < B; i++) m += out[o + i]
      m /= B
      one[perm[s]] += m - prev
      prev = m
    }
  }
  for (let r = 0; r < X.rows; r++) {
    checkCancel(control?.cancel)
    control?.onProgress?.(r / X.rows, `Shapley sampling ${r}/${X.rows}`)
    pairSum.fill(0); pairSq.fill(0)
    for (let k = 0; k < pairs; k++) {
      one.fill(0)
      const perm = rng.permutation(G)
      walk(perm, r * p)
      walk(perm.slice().reverse(), r * p)
      // the pair's estimate per output (a sum of players' estimates, so the SE covers their covariance)
      pairVal.fill(0)
      for (let g = 0; g < G; g++) pairVal[outOf[g]] += one[g] / 2
      for (let q = 0; q < K; q++) { pairSum[q] += pairVal[q]; pairSq[q] += pairVal[q] * pairVal[q] }
    }
    let tot = ev
    for (let q = 0; q < K; q++) {
      const m = pairSum[q] / pairs
      values[r * K + q] = m
      tot += m
      const varr = Math.max(0, (pairSq[q] - pairs * m * m) / (pairs - 1))
      se[r * K + q] = Math.sqrt(varr / pairs)
    }
    output[r] = tot
  }
  return { values, se, expectedValue: ev, output }
}
