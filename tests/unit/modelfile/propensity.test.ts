import { renderEnglish } from '@/i18n/render'
import { describe, expect, it } from 'vitest'
import { takeTableRows } from '../../../src/data/table'
import { trainAndCompare } from '../../../src/ml/propensity/train'
import { parseModelFile, scoreTable, serializeModel } from '../../../src/ml/modelfile'
import { fromClusterResult, fromPropensityModel, modelFilePathFor } from '../../../src/ml/modelfile/adapters'
import { clusterCustomers } from '../../../src/ml/segmentation/segment'
import { rfmMatrix } from './models'
import { modelToSql } from '../../../src/ml/sql'
import { loadBank, loadRfm } from './helpers'
import { runOnTable } from './duck'

describe('propensity trainer → model file → scores equal the trainer\'s test probabilities', () => {
  it('lr, tree and a soft vote', async () => {
    const { table, schema } = await loadBank()
    const res = await trainAndCompare(table, schema, {
      target: 'y', positive: 'yes', drop: ['duration', 'client_id'], models: [{ name: 'lr' }, { name: 'tree' }], vote: 'soft', cv: 0, seed: 7,
    })
    expect(res.models.length).toBe(3)
    const test = takeTableRows(table, res.split.testRows)
    for (const r of res.models) {
      expect(r.error).toBeUndefined()
      const input = fromPropensityModel(r.model, { table, rows: res.split.trainRows }, { idColumn: 'client_id' })
      const m = await parseModelFile((await serializeModel(input)).bytes, `${r.id}.clmodel`)
      const s = scoreTable(m, test, { reasons: 1 })
      let maxDiff = 0
      for (let i = 0; i < test.nRows; i++) maxDiff = Math.max(maxDiff, Math.abs(s.probability![i] - r.testProba[i]))
      expect(maxDiff).toBeLessThanOrEqual(1e-12)
      expect(m.manifest.metrics.rocAuc).toBeCloseTo(r.test.rocAuc, 12)
      // and the warehouse gets the same numbers
      const rows = await runOnTable(test, modelToSql(m))
      const byId = new Map(rows.map((x) => [String(x.client_id), Number(x.probability)]))
      s.ids!.forEach((id, i) => expect(Math.abs(byId.get(id)! - s.probability![i])).toBeLessThanOrEqual(1e-9))
    }
  })

  it('file names for several models from one run', () => {
    expect(modelFilePathFor('out/bank.clmodel', 'lr', 1)).toBe('out/bank.clmodel')
    expect(modelFilePathFor('out/bank.clmodel', 'lr', 3)).toBe('out/bank-lr.clmodel')
    expect(modelFilePathFor('bank', 'vote', 2)).toBe('bank-vote.clmodel')
  })
})

describe('segmentation → model file → the same clusters', () => {
  it('clusterCustomers (log + standardise, k = 3) saved and applied to the customer table', async () => {
    const table = await loadRfm()
    const names = ['Recency', 'Frequency', 'Monetary']
    const res = clusterCustomers(rfmMatrix(table, names), names, {}, { k: 3, nInit: 2, log: ['log1p', 'log', 'log'], standardize: true, silhouette: false })
    const m = await parseModelFile((await serializeModel(fromClusterResult(res, { table }, { idColumn: 'CustomerID' }))).bytes, 'seg.clmodel')
    const s = scoreTable(m, table)
    expect(Array.from(s.cluster!)).toEqual(Array.from(res.labels))
    expect(s.clusterNames).toEqual([0, 1, 2].map((i) => renderEnglish(res.clusters.find((c) => c.cluster === i)!.name)))
  })
})
