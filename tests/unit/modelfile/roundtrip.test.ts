import { describe, expect, it } from 'vitest'
import { LogisticRegression } from '../../../src/ml/estimators/logistic'
import { parseModelFile, scoreTable, serializeModel } from '../../../src/ml/modelfile'
import { bankPipeline } from './helpers'

describe('model file round trip', () => {
  it('logistic regression: save → load → identical scores', async () => {
    const { data, pre } = await bankPipeline()
    const X = pre.transform(data.table, data.rows)
    const lr = new LogisticRegression({ C: 1 })
    lr.fit(X, data.y)
    const saved = await serializeModel({
      kind: 'classifier', name: 'bank LR', pipeline: pre, estimator: lr, target: { name: 'y', positive: 'yes' },
      training: { table: data.table, rows: data.rows }, schema: data.schema, idColumn: 'client_id', metrics: { rocAuc: 0.77 },
    })
    const loaded = await parseModelFile(saved.bytes, 'bank.clmodel')
    expect(loaded.fileSha256).toBe(saved.sha256)
    const s = scoreTable(loaded, data.table)
    const inApp = lr.predictProba(pre.transform(data.table))
    expect(Array.from(s.probability!)).toEqual(Array.from(inApp))
    expect(s.ids![0]).toBe('C00003')
    expect(s.reasons![0].length).toBe(3)
    expect(saved.manifest.weights.specs.length).toBeGreaterThan(0)
  })
})
