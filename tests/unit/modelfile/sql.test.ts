import { describe, expect, it } from 'vitest'
import { runOnTable } from './duck'
import { LogisticRegression } from '../../../src/ml/estimators/logistic'
import { parseModelFile, scoreTable, serializeModel } from '../../../src/ml/modelfile'
import { modelToSql } from '../../../src/ml/sql'
import { bankPipeline } from './helpers'


describe('scoring SQL in DuckDB', () => {
  it('logistic regression matches in-app scores', async () => {
    const { data, pre } = await bankPipeline()
    const lr = new LogisticRegression({ C: 1 })
    lr.fit(pre.transform(data.table, data.rows), data.y)
    const saved = await serializeModel({ kind: 'classifier', name: 'lr', pipeline: pre, estimator: lr, target: { name: 'y', positive: 'yes' }, training: { table: data.table, rows: data.rows }, idColumn: 'client_id' })
    const m = await parseModelFile(saved.bytes, 'lr.clmodel')
    const sql = modelToSql(m)
    const rows = await runOnTable(data.table, sql)
    const s = scoreTable(m, data.table, { reasons: 0 })
    const byId = new Map(rows.map((r) => [String(r.client_id), r]))
    expect(rows.length).toBe(data.table.nRows)
    let maxDiff = 0
    s.ids!.forEach((id, i) => {
      const r = byId.get(id)!
      maxDiff = Math.max(maxDiff, Math.abs(Number(r.probability) - s.probability![i]))
      expect(r.band).toBe(s.bandLabels![s.band![i]])
    })
    expect(maxDiff).toBeLessThanOrEqual(1e-9)
  })
})
