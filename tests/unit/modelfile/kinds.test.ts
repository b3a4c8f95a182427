import { describe, expect, it } from 'vitest'
import { describeSave, modelCard, parseModelFile, registryEntry, scoreTable, serializeModel, compareModels, comparable, scoresToCsv } from '../../../src/ml/modelfile'
import { ruleRow } from '../../../src/ml/rules/rules'
import { loadBank } from './helpers'
import { pipelineOnly, rfmMap, ruleSet, trainClassifier, trainKMeans, trainRegression, type ClassifierName } from './models'

const CLASSIFIERS: { name: ClassifierName; rows: boolean; why?: RegExp }[] = [
  { name: 'lr', rows: false },
  { name: 'knn', rows: true, why: /KNN stores the training rows/ },
  { name: 'tree', rows: false },
  { name: 'svm', rows: true, why: /SVM stores support vectors/ },
  { name: 'rf', rows: false },
  { name: 'gbt', rows: false },
  { name: 'mlp', rows: false },
  { name: 'vote-soft', rows: false },
  { name: 'vote-knn', rows: true, why: /KNN/ },
]

describe('every model kind saves and loads with identical scores', () => {
  for (const c of CLASSIFIERS) {
    it(`classifier: ${c.name}`, async () => {
      const input = await trainClassifier(c.name)
      const saved = await serializeModel(input)
      const m = await parseModelFile(saved.bytes, `${c.name}.clmodel`)
      const { table } = await loadBank()
      const inApp = input.estimator.predictProba(input.pipeline.transform(table))
      const s = scoreTable(m, table, { reasons: c.name === 'svm' || c.name === 'knn' ? 1 : 3 })
      // bit-identical (the weights are stored as raw float64/float32 bytes)
      expect(Array.from(s.probability!)).toEqual(Array.from(inApp))
      expect(m.manifest.containsCustomerRows).toBe(c.rows)
      if (c.why) expect(m.manifest.customerRows.join(' ')).toMatch(c.why)
      expect(Array.from(s.decision!)).toEqual(Array.from(inApp, (p) => (p >= 0.3 ? 1 : 0)))
      // the declared weights are in the binary section, not in the manifest's topology
      const specs = saved.artifacts.manifest.weights.specs
      expect(specs.length).toBeGreaterThan(0)
      const stored = JSON.stringify(saved.artifacts.manifest.model)
      expect(stored).not.toMatch(/"[A-Za-z0-9+/]{24,}={0,2}"/)
      for (const sp of specs) expect(sp.name).toMatch(/^estimator\//)
    })
  }

  it('customer rows: described before saving, and refused on request', async () => {
    const knn = await trainClassifier('knn')
    expect(describeSave(knn)).toEqual({ kind: 'classifier', containsCustomerRows: true, customerRows: ['KNN stores the training rows (after preprocessing: scaled numbers and one-hot categories)'] })
    await expect(serializeModel({ ...knn, refuseCustomerRows: true })).rejects.toThrow(/Not saved: KNN stores the training rows/)
    expect(describeSave(await trainClassifier('lr')).containsCustomerRows).toBe(false)
  })

  it('regression (OLS with dropFirst)', async () => {
    const input = await trainRegression()
    const m = await parseModelFile((await serializeModel(input)).bytes, 'ols.clmodel')
    const { table } = await loadBank()
    const s = scoreTable(m, table)
    expect(Array.from(s.prediction!)).toEqual(Array.from(input.estimator.predict(input.pipeline.transform(table))))
    expect(s.reasons![0].length).toBe(3)
    expect(m.manifest.target).toEqual({ name: 'balance', type: 'numeric' })
  })

  it('preprocessing pipeline', async () => {
    const input = await pipelineOnly()
    const m = await parseModelFile((await serializeModel(input)).bytes, 'pre.clmodel')
    const { table } = await loadBank()
    if (m.runtime.kind !== 'pipeline') throw new Error('kind')
    expect(Array.from(m.runtime.pipeline.transform(table).data)).toEqual(Array.from(input.pipeline.transform(table).data))
    expect(m.manifest.features.find((f) => f.name === 'job')!.categories).toContain('admin.')
  })

  it('k-means segmentation with its transforms', async () => {
    const { input, table, km } = await trainKMeans()
    const m = await parseModelFile((await serializeModel(input)).bytes, 'km.clmodel')
    const s = scoreTable(m, table)
    expect(Array.from(s.cluster!)).toEqual(Array.from(km.labels))
    expect(s.clusterNames).toEqual(['A', 'B', 'C', 'D'])
    expect(s.ids![0]).toBe('12346')
  })

  it('RFM segment map: training customers keep their segment (average ties)', async () => {
    const { input, table, scores } = await rfmMap()
    const m = await parseModelFile((await serializeModel(input)).bytes, 'rfm.clmodel')
    const s = scoreTable(m, table)
    expect(Array.from(s.r!)).toEqual(Array.from(scores.r))
    expect(Array.from(s.f!)).toEqual(Array.from(scores.f))
    expect(Array.from(s.m!)).toEqual(Array.from(scores.m))
    expect(s.segment!.filter((x) => x === null).length).toBe(0)
  })

  it('rule set', async () => {
    const input = ruleSet()
    const m = await parseModelFile((await serializeModel(input)).bytes, 'rules.clmodel')
    if (m.runtime.kind !== 'rules') throw new Error('kind')
    for (let k = 0; k < 3; k++) expect(ruleRow(m.runtime.rules, k)).toEqual(ruleRow(input.rules, k))
  })

  it('model card, registry entry, comparison, CSV', async () => {
    const a = await parseModelFile((await serializeModel(await trainClassifier('lr'))).bytes, 'a.clmodel')
    const b = await parseModelFile((await serializeModel({ ...(await trainClassifier('tree')), metrics: { rocAuc: 0.7, f1: 0.35, logLoss: 0.4 } })).bytes, 'b.clmodel')
    const card = modelCard(a.manifest, a)
    expect(card.predicts).toBe('y = yes')
    expect(card.inputs.map((i) => i.name)).toContain('age')
    expect(card.training.rows).toBe(603)
    expect(card.fileSha256).toMatch(/^[0-9a-f]{64}$/)
    const e = registryEntry(a)
    expect(e.id).toBe(a.fileSha256)
    const cmp = compareModels([comparable(a), comparable(b)])
    expect(cmp.rows.find((r) => r.metric === 'rocAuc')!.best).toBe(0)
    expect(cmp.rows.find((r) => r.metric === 'f1')!.best).toBe(1)
    expect(cmp.rows.find((r) => r.metric === 'logLoss')!.best).toBe(0)
    expect(cmp.sameTrainingData).toBe(true)
    const { table } = await loadBank()
    const csv = scoresToCsv(scoreTable(a, table)).split('\n')
    expect(csv[0]).toBe('client_id,probability,band,decision,reason_1,reason_1_contribution,reason_2,reason_2_contribution,reason_3,reason_3_contribution')
    expect(csv.length).toBe(table.nRows + 2)
    expect(csv[1].startsWith('C00003,')).toBe(true)
  })
})
