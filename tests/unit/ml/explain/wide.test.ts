import { describe, it, expect } from 'vitest'
import type { Table } from '../../../../src/data/table'
import { Rng } from '../../../../src/ml/core/random'
import { Preprocessor } from '../../../../src/ml/preprocessing/pipeline'
import { DecisionTreeClassifier } from '../../../../src/ml/estimators/tree'
import { KNeighborsClassifier } from '../../../../src/ml/estimators/knn'
import { VotingClassifier } from '../../../../src/ml/estimators/voting'
import { makeExplainer } from '../../../../src/ml/explain/shap'

/** A product code with 2,000 levels (one-hot → 2,000 inputs) and a numeric spend column. */
function wideTable(): { table: Table; y: Uint8Array } {
  const n = 2500, L = 2000
  const rng = new Rng(8)
  const codes = new Int32Array(n), spend = new Float64Array(n), y = new Uint8Array(n)
  for (let i = 0; i < n; i++) {
    codes[i] = i % L
    spend[i] = rng.normal() * 10 + 50
    y[i] = (codes[i] % 7 === 0 ? 1 : 0) ^ (spend[i] > 65 ? 1 : 0)
  }
  const levels = Array.from({ length: L }, (_, k) => `P${String(k).padStart(4, '0')}`)
  return { table: { name: 'wide', nRows: n, columns: [{ name: 'product', storage: 'string', codes, levels }, { name: 'spend', storage: 'number', values: spend }] }, y }
}

describe('SHAP with 2,000 one-hot inputs', () => {
  it('exact (tree) and sampled (soft vote of KNN and the tree) values come back per original column and add up', () => {
    const { table, y } = wideTable()
    const pre = Preprocessor.fit({ table, features: ['product', 'spend'], options: { maxLevels: 5000 } })
    expect(pre.featureNames.length).toBe(2001)
    const X = pre.transform(table)
    const tree = new DecisionTreeClassifier({ maxDepth: 6 })
    tree.fit(X, y)
    const knn = new KNeighborsClassifier({ k: 5, search: 'js' })
    knn.fit(X, y)
    const vote = new VotingClassifier({ estimators: [knn, tree], prefit: true })
    const rows = { rows: 3, cols: X.cols, data: X.data.subarray(0, 3 * X.cols) }
    for (const [m, opts] of [[tree, {}], [vote, { backgroundSize: 12, pairs: 3 }]] as const) {
      const ex = makeExplainer(m, pre, { background: X, ...opts })
      expect(ex.columns).toEqual(['product', 'spend'])
      const b = ex.explain(rows)
      for (let i = 0; i < 3; i++) expect(Math.abs(ex.expectedValue + b.values[2 * i] + b.values[2 * i + 1] - b.output[i]), m.kind).toBeLessThan(1e-9)
    }
  })
})
