/**
 * SHAP additivity on the whole bank-full table (duration dropped) for tree, forest and gradient
 * boosting, and map trustworthiness on the 4,338-customer Online Retail RFM table
 * (../shared/reference/online_retail_rfm.csv): t-SNE and UMAP must keep neighbours at least as
 * well as PCA. Numbers are printed for the report.
 */
import { describe, it, expect, beforeAll } from 'vitest'
import { SHARED, sharedPath } from '../shared'
import { readTableFile } from '../../src/data/node'
import type { Table, ColumnSchema } from '../../src/data/table'
import type { Matrix } from '../../src/ml/core/matrix'
import type { Classifier } from '../../src/ml/core/estimator'
import { Preprocessor } from '../../src/ml/preprocessing/pipeline'
import { DecisionTreeClassifier } from '../../src/ml/estimators/tree'
import { RandomForestClassifier } from '../../src/ml/estimators/forest'
import { HistGradientBoostingClassifier } from '../../src/ml/estimators/gbt'
import { makeExplainer, shapSummary } from '../../src/ml/explain/shap'
import { computeMap } from '../../src/ml/maps'
import { rfmMatrix } from '../unit/ml/maps/rfm'

describe.skipIf(!SHARED)('SHAP additivity on bank-full', () => {
  let table: Table, schema: ColumnSchema[], pre: Preprocessor, X: Matrix, y: Uint8Array
  beforeAll(async () => {
    ;({ table, schema } = await readTableFile(sharedPath('data/bank_marketing/bank-full.csv'), { sep: ';' }))
    pre = Preprocessor.fit({ table, schema, features: table.columns.map((c) => c.name).filter((c) => c !== 'y' && c !== 'duration') })
    X = pre.transform(table)
    const yc = table.columns.find((c) => c.name === 'y')!
    if (yc.storage !== 'string') throw new Error('y should be text')
    y = Uint8Array.from(yc.codes, (c) => (yc.levels[c] === 'yes' ? 1 : 0))
  })
  const cases: Array<[string, () => Classifier]> = [
    ['tree', () => { const m = new DecisionTreeClassifier({ maxDepth: 10 }); m.fit(X, y); return m }],
    ['forest', () => { const m = new RandomForestClassifier({ nEstimators: 10, maxDepth: 8 }); m.fitSync(X, y); return m }],
    ['gbt', () => { const m = new HistGradientBoostingClassifier({}); m.fitSync(X, y); return m }],
  ]
  for (const [name, make] of cases) {
    it(`${name}: Σ SHAP + expected value = model output to 1e-9 on all ${45211} rows`, () => {
      const m = make()
      const ex = makeExplainer(m, pre, { background: X })
      const t0 = performance.now()
      const s = shapSummary(ex, X.rows, (a, b) => ({ rows: b - a, cols: X.cols, data: X.data.subarray(a * X.cols, b * X.cols) }))
      const secs = (performance.now() - t0) / 1000
      const top = Object.entries(s.meanAbs).sort((a, b) => b[1] - a[1]).slice(0, 3).map(([k, v]) => `${k} ${v.toFixed(4)}`).join(', ')
      console.log(`bank-full ${name}: rows ${s.rows}, expected ${s.expectedValue.toFixed(6)} (${s.scale}), additivity max error ${s.additivityMaxError.toExponential(2)}, ${secs.toFixed(1)} s; top: ${top}`)
      expect(s.rows).toBe(45211)
      expect(s.additivityMaxError).toBeLessThan(1e-9)
    })
  }
})

describe.skipIf(!SHARED)('map trustworthiness on the 4,338-customer RFM table', () => {
  it('t-SNE and UMAP ≥ PCA (k = 10)', () => {
    const X = rfmMatrix(sharedPath('reference/online_retail_rfm.csv'))
    expect(X.rows).toBe(4338)
    const res = (['pca', 'tsne', 'umap'] as const).map((m) => computeMap(X, m))
    for (const r of res) console.log(`RFM 4,338 ${r.method}: trustworthiness(k=10) ${r.trustworthiness.value.toFixed(4)} (${r.trustworthiness.queries} queries), ${r.seconds.toFixed(1)} s`)
    expect(res[1].trustworthiness.value).toBeGreaterThanOrEqual(res[0].trustworthiness.value)
    expect(res[2].trustworthiness.value).toBeGreaterThanOrEqual(res[0].trustworthiness.value)
  })
})
