/**
 * Per-customer reasons, one definition for every scored export (the Predict page's export, the
 * Models page's scoring and `campaign-lab score`): each customer's largest contributions to their
 * score, by size and of either sign, in points of probability.
 * - Tree models (tree, forest, boosting) and logistic regression: exact SHAP (TreeSHAP,
 *   linear SHAP rescaled to probability, see probabilityContributions), so the base plus a
 *   customer's contributions over every input add up to their probability.
 * - KNN, SVM, MLP and votes: the drop in probability when one input is set to its training
 *   baseline (reasonCodes): their sampled SHAP costs thousands of model calls per customer,
 *   hours for a whole file. These have no base and do not add up. So do tree models whose exact
 *   SHAP over the file would exceed EXACT_SHAP_BUDGET (the result says so: exactTooCostly).
 */
import type { Table } from '../../data/table'
import type { Classifier } from '../core/estimator'
import type { Matrix } from '../core/matrix'
import type { RunControl } from '../core/progress'
import { Rng } from '../core/random'
import { LogisticRegression } from '../estimators/logistic'
import type { Preprocessor } from '../preprocessing/pipeline'
import { reasonCodes, valueText, type Reason } from './explain'
import { explainStream, makeExplainer, probabilityContributions, type ShapMethod } from './shap'
import { flatTrees, isTreeModel } from './shap/trees'

export type { Reason }

/** How many reasons each scored export carries (reason_1 … reason_3). */
export const REASON_COUNT = 3

export interface CustomerReasons {
  /** 'perturbation': the one-input-at-a-time drop of the models without an exact explainer (or whose exact SHAP would cost too much, see exactTooCostly) */
  method: ShapMethod | 'perturbation'
  /** a tree model whose exact SHAP over these rows exceeds EXACT_SHAP_BUDGET (e.g. an unpruned tree of thousands of leaves on a large file) */
  exactTooCostly: boolean
  /** SHAP's expected value in probability (null for 'perturbation'): base + Σ contributions = probability */
  base: number | null
  reasons: Reason[][]
}

/**
 * Work units of path-dependent TreeSHAP per explained row: Σ over every leaf of (depth + 1)², the
 * path extension and unwinding of Lundberg et al.'s algorithm. Measured on this machine: ~9 ns a
 * unit on its slowest (recursive) path, e.g. an unpruned tree of 4,661 leaves and depth 44 on
 * bank-full costs 3.4 million units (32 ms) a customer, 24 minutes for 45,211 rows.
 */
export function treeShapCost(model: Classifier): number {
  const t = flatTrees(model)
  let cost = 0
  for (let r = 0; r < t.roots.length; r++) {
    const stack: Array<[number, number]> = [[t.roots[r], 0]]
    while (stack.length) {
      const [k, d] = stack.pop()!
      if (t.feature[k] < 0) cost += (d + 1) * (d + 1)
      else stack.push([t.left[k], d + 1], [t.right[k], d + 1])
    }
  }
  return cost
}

/**
 * Most TreeSHAP work units one scoring may take before it falls back to the perturbation reasons
 * (about 3 minutes at the slowest rate; a 50-tree boosting model on 45,211 customers is 5.7e9 and
 * stays exact).
 */
export const EXACT_SHAP_BUDGET = 2e10

/** Whether the model has an exact SHAP explainer (else its reasons are the perturbation drop). */
export function exactShap(model: Classifier): boolean {
  return isTreeModel(model) || model instanceof LogisticRegression
}

/** A model needs background rows for its exact SHAP unless it is a single tree (which stores its node covers). */
export function needsBackground(model: Classifier): boolean {
  return model.kind !== 'tree'
}

export interface ReasonOptions {
  /** table rows to explain, in output order (default every row) */
  rows?: Int32Array
  /** encoded rows of the background (training rows): E[x] of linear SHAP, the covers of forest / boosting trees; made only when needed */
  background: () => Matrix | null
  top?: number
  /** the explained rows already encoded (reused by the perturbation reasons) */
  X?: Matrix
  control?: RunControl
}

/**
 * Each explained customer's `top` largest reasons. Exact SHAP runs over the rows in chunks of
 * 2,048 encoded rows, so a whole file never sits encoded in memory at once.
 */
export function customerReasons(model: Classifier, pre: Preprocessor, table: Table, o: ReasonOptions): CustomerReasons {
  const top = o.top ?? REASON_COUNT
  const rows = o.rows ?? Int32Array.from({ length: table.nRows }, (_, i) => i)
  const tooCostly = isTreeModel(model) && treeShapCost(model) * rows.length > EXACT_SHAP_BUDGET
  if (!exactShap(model) || tooCostly) {
    const X = o.X ?? pre.transform(table, rows)
    return { method: 'perturbation', exactTooCostly: tooCostly, base: null, reasons: reasonCodes(model, pre, X, top, o.control) }
  }
  const ex = makeExplainer(model, pre, { background: needsBackground(model) ? o.background() : null })
  const G = ex.columns.length
  const out: Reason[][] = new Array(rows.length)
  let base = ex.expectedValue
  let X: Matrix | null = null
  explainStream(ex, rows.length, (s, e) => (X = pre.transform(table, rows.subarray(s, e))), (block, s) => {
    const pc = probabilityContributions(ex, block)
    base = pc.base
    const v = pc.values
    for (let i = 0; i < block.rows; i++) {
      const best: number[] = []
      for (let g = 0; g < G; g++) {
        const a = Math.abs(v[i * G + g])
        if (a <= 1e-12) continue
        let k = best.length
        while (k > 0 && Math.abs(v[i * G + best[k - 1]]) < a) k--
        if (k < top) { best.splice(k, 0, g); if (best.length > top) best.pop() }
      }
      out[s + i] = best.map((g) => {
        const value = valueText(pre, g, X!, i)
        return { feature: ex.columns[g], value, contribution: v[i * G + g], text: `${ex.columns[g]} = ${value}` }
      })
    }
  }, {}, o.control)
  if (ex.scale === 'logodds' && rows.length === 0) base = 1 / (1 + Math.exp(-ex.expectedValue))
  return { method: ex.method, exactTooCostly: false, base, reasons: out }
}

/** A seeded sample of at most `k` row numbers of `n`, in order (a background drawn from the scored file). */
export function sampleRowNumbers(n: number, k: number, seed = 42): Int32Array {
  if (n <= k) return Int32Array.from({ length: n }, (_, i) => i)
  return Int32Array.from(new Rng(seed).sample(n, k)).sort()
}

/** The reason columns of every scored export: reason_k ("input = value") and reason_k_contribution, k = 1 … n. */
export function reasonHeader(n = REASON_COUNT): string[] {
  const h: string[] = []
  for (let k = 1; k <= n; k++) h.push(`reason_${k}`, `reason_${k}_contribution`)
  return h
}

/** One customer's reason cells under reasonHeader (empty where the customer has fewer reasons). */
export function reasonCells(r: readonly { feature: string; value: string; contribution: number }[] | undefined, n = REASON_COUNT): (string | number)[] {
  const cells: (string | number)[] = []
  for (let k = 0; k < n; k++) {
    const x = r?.[k]
    cells.push(x ? `${x.feature} = ${x.value}` : '', x ? x.contribution : '')
  }
  return cells
}
