/**
 * A fitted tree as something a person can read: a node list for a diagram (samples, class shares
 * and value at each node, the split in original units) and one rule per leaf with its conditions
 * merged per column ("age between 30 and 45", "job is retired"). Works for the decision tree and
 * for any single tree of a forest or gradient boosting model. Conditions are message codes with
 * parameters (src/i18n/pages/explain.ts renders them in English and Spanish).
 */
import type { Matrix } from '../core/matrix'
import type { Classifier } from '../core/estimator'
import type { Preprocessor, FeatureGroup } from '../preprocessing/pipeline'
import { DecisionTreeClassifier } from '../estimators/tree'
import { flatTrees } from './shap/trees'

export interface Message {
  code: string
  params: Record<string, string | number>
}

export interface TreeNodeInfo {
  id: number
  parent: number
  depth: number
  /** training samples (tree) or reference rows (forest / boosting trees) reaching the node */
  samples: number
  /** [share of class 0, share of class 1]; null when unknown (forest / boosting without labels) */
  shares: [number, number] | null
  /** the node's value: P(y = 1) for tree and forest trees, the leaf's log-odds step for boosting */
  value: number
  leaf: boolean
  /** the condition that sends a row to the LEFT child (right = its negation) */
  split: Message | null
  left: number
  right: number
}

export interface TreeRule {
  leaf: number
  conditions: Message[]
  samples: number
  shares: [number, number] | null
  value: number
}

export interface TreeStructure {
  /** which tree of the model (0 for a decision tree) */
  tree: number
  trees: number
  output: 'probability' | 'logodds'
  nodes: TreeNodeInfo[]
  rules: TreeRule[]
}

const DAY_MS = 86_400_000

/** Threshold of an encoded numeric/date column back in the column's own units. */
function originalThreshold(g: FeatureGroup, t: number): number {
  return t * (g.sd ?? 1) + (g.mean ?? 0)
}

function fmtValue(g: FeatureGroup, v: number): string | number {
  if (g.kind === 'date') return new Date(Math.round(v * DAY_MS)).toISOString().slice(0, 10)
  return Number(v.toPrecision(6))
}

interface ColumnConstraint {
  g: FeatureGroup
  lo: number
  hi: number
  /** categorical: the level known to hold, or levels known not to hold */
  is: string | null
  not: Set<string>
}

function levelOf(g: FeatureGroup, j: number): string {
  const k = j - g.start
  return k < (g.levels?.length ?? 0) ? g.levels![k] : '(other)'
}

/** One condition per column from the constraints gathered along a path. */
function conditions(cs: Map<number, ColumnConstraint>): Message[] {
  const out: Message[] = []
  for (const c of cs.values()) {
    const column = c.g.feature
    if (c.g.kind === 'categorical') {
      if (c.is !== null) out.push({ code: 'explain.rule.is', params: { column, level: c.is } })
      else if (c.not.size) out.push({ code: c.not.size === 1 ? 'explain.rule.isNot' : 'explain.rule.notIn', params: { column, levels: [...c.not].join(', '), count: c.not.size } })
      continue
    }
    const lo = Number.isFinite(c.lo) ? fmtValue(c.g, originalThreshold(c.g, c.lo)) : null
    const hi = Number.isFinite(c.hi) ? fmtValue(c.g, originalThreshold(c.g, c.hi)) : null
    if (lo !== null && hi !== null) out.push({ code: 'explain.rule.between', params: { column, low: lo, high: hi } })
    else if (hi !== null) out.push({ code: 'explain.rule.atMost', params: { column, value: hi } })
    else if (lo !== null) out.push({ code: 'explain.rule.above', params: { column, value: lo } })
  }
  return out
}

/**
 * Node list and rules of tree `index` of a tree, forest or boosting model. Forest and boosting
 * trees store no counts, so `reference` rows (the training data) give samples, and `y` their
 * class shares; the decision tree uses its own training counts.
 */
export function treeStructure(model: Classifier, pre: Preprocessor, index = 0, data: { reference?: Matrix; y?: Uint8Array } = {}): TreeStructure {
  const t = flatTrees(model)
  if (!(Number.isInteger(index) && index >= 0 && index < t.roots.length)) throw new RangeError(`tree ${index} does not exist: the model has ${t.roots.length} tree${t.roots.length === 1 ? '' : 's'} (0..${t.roots.length - 1})`)
  if (t.nFeatures !== pre.featureNames.length) throw new RangeError(`the model expects ${t.nFeatures} columns, the pipeline makes ${pre.featureNames.length}`)
  const groupOf = pre.groupOfColumn()
  const root = t.roots[index]
  const isTree = model instanceof DecisionTreeClassifier
  // samples and positives per node
  const samples = new Map<number, number>(), pos = new Map<number, number>()
  if (!isTree && data.reference) {
    const R = data.reference
    if (R.cols !== t.nFeatures) throw new RangeError(`reference rows have ${R.cols} columns, the model expects ${t.nFeatures}`)
    if (data.y && data.y.length !== R.rows) throw new RangeError(`${R.rows} reference rows but ${data.y.length} labels`)
    for (let i = 0; i < R.rows; i++) {
      let k = root
      for (;;) {
        samples.set(k, (samples.get(k) ?? 0) + 1)
        if (data.y) pos.set(k, (pos.get(k) ?? 0) + data.y[i])
        if (t.feature[k] < 0) break
        k = R.data[i * R.cols + t.feature[k]] <= t.threshold[k] ? t.left[k] : t.right[k]
      }
    }
  }
  const nodes: TreeNodeInfo[] = []
  const rules: TreeRule[] = []
  const idOf = new Map<number, number>()
  const walk = (k: number, parent: number, depth: number, cs: Map<number, ColumnConstraint>): number => {
    const id = nodes.length
    idOf.set(k, id)
    const f = t.feature[k]
    const n = isTree ? (model as DecisionTreeClassifier).nodeSamples[k] ?? 0 : samples.get(k) ?? 0
    const shares: [number, number] | null = isTree ? [1 - t.value[k], t.value[k]] : data.y && n > 0 ? [1 - (pos.get(k) ?? 0) / n, (pos.get(k) ?? 0) / n] : null
    const node: TreeNodeInfo = { id, parent, depth, samples: n, shares, value: t.value[k], leaf: f < 0, split: null, left: -1, right: -1 }
    nodes.push(node)
    if (f < 0) {
      rules.push({ leaf: id, conditions: conditions(cs), samples: n, shares, value: t.value[k] })
      return id
    }
    const g = pre.groups[groupOf[f]]
    const thr = t.threshold[k]
    const gi = groupOf[f]
    const copy = (): Map<number, ColumnConstraint> => {
      const m = new Map<number, ColumnConstraint>()
      for (const [key, c] of cs) m.set(key, { ...c, not: new Set(c.not) })
      return m
    }
    const get = (m: Map<number, ColumnConstraint>): ColumnConstraint => {
      let c = m.get(gi)
      if (!c) { c = { g, lo: -Infinity, hi: Infinity, is: null, not: new Set() }; m.set(gi, c) }
      return c
    }
    const L = copy(), R = copy()
    if (g.kind === 'categorical') {
      // one-hot column ≤ threshold (between 0 and 1) means "not this level"
      const level = levelOf(g, f)
      node.split = { code: 'explain.rule.isNot', params: { column: g.feature, levels: level, count: 1 } }
      get(L).not.add(level)
      const r = get(R)
      r.is = level
      r.not.clear()
    } else {
      node.split = { code: 'explain.rule.atMost', params: { column: g.feature, value: fmtValue(g, originalThreshold(g, thr)) } }
      const l = get(L)
      l.hi = Math.min(l.hi, thr)
      const r = get(R)
      r.lo = Math.max(r.lo, thr)
    }
    node.left = walk(t.left[k], id, depth + 1, L)
    node.right = walk(t.right[k], id, depth + 1, R)
    return id
  }
  walk(root, -1, 0, new Map())
  return { tree: index, trees: t.roots.length, output: t.output, nodes, rules }
}
