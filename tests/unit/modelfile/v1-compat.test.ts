/**
 * Format version 1 files (weights found by a heuristic) still open: each committed fixture in
 * tests/fixtures/modelfile/v1 was written by the code of that time, with the scores that code gave
 * for the first 20 rows (scores.json, produced before the change: an independent reference). They
 * are migrated to the declared weights on load and must score exactly the same.
 */
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ModelFileError, MODEL_FORMAT_VERSION, parseModelFile, scoreTable, serializeModel, type LoadedModel } from '../../../src/ml/modelfile'
import { FIXTURES, loadBank, loadRfm } from './helpers'

const DIR = join(FIXTURES, 'v1')
const expected = JSON.parse(readFileSync(join(DIR, 'scores.json'), 'utf8')) as { rows: number; scores: Record<string, number[]> }

async function scores(m: LoadedModel): Promise<number[]> {
  const table = m.manifest.kind === 'kmeans' ? await loadRfm() : (await loadBank()).table
  const r = scoreTable(m, table, { reasons: 0 })
  return Array.from((r.probability ?? r.prediction ?? r.cluster)!.subarray(0, expected.rows))
}

describe('model files of format version 1', () => {
  it('the fixtures cover LR, tree, forest, boosting, MLP, KNN, SVM, a vote, OLS and k-means', () => {
    expect(Object.keys(expected.scores).sort()).toEqual(['gbt', 'kmeans', 'knn', 'lr', 'mlp', 'ols', 'rf', 'svm', 'tree', 'vote-soft'])
  })

  for (const name of Object.keys(expected.scores)) {
    it(`${name}.clmodel opens, is migrated, and scores as the old code did`, async () => {
      const bytes = new Uint8Array(readFileSync(join(DIR, `${name}.clmodel`)))
      const m = await parseModelFile(bytes, `${name}.clmodel`)
      expect(m.migratedFrom).toBe(1)
      expect(m.manifest.formatVersion).toBe(MODEL_FORMAT_VERSION)
      expect(m.warnings).toEqual([{ code: 'model.migrated', params: { from: 1 } }])
      expect(await scores(m)).toEqual(expected.scores[name])
      // saved again, it is a current file with the same scores
      const again = await parseModelFile((await serializeModel(resave(m))).bytes, `${name}-v2.clmodel`)
      expect(again.migratedFrom).toBeNull()
      expect(await scores(again)).toEqual(expected.scores[name])
    })
  }

  it('a version-1 file changed after saving is still refused by its own hashes', async () => {
    const bytes = new Uint8Array(readFileSync(join(DIR, 'lr.clmodel')))
    bytes[bytes.length - 3] ^= 1
    const err = await parseModelFile(bytes, 'lr.clmodel').catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ModelFileError)
    expect((err as ModelFileError).reason).toBe('weights-hash')
  })
})

/** A loaded classifier, regressor or k-means model as a SaveInput (its training fingerprint kept). */
function resave(m: LoadedModel): Parameters<typeof serializeModel>[0] {
  const mf = m.manifest
  const common = { name: mf.name, training: mf.training, idColumn: mf.idColumn, createdAt: new Date(mf.createdAt), card: mf.card }
  const rt = m.runtime
  if (rt.kind === 'classifier') return { ...common, kind: 'classifier', pipeline: rt.pipeline, estimator: rt.estimator, target: { name: mf.target!.name, positive: mf.target!.positive! }, threshold: mf.threshold ?? 0.5 }
  if (rt.kind === 'regressor') return { ...common, kind: 'regressor', pipeline: rt.pipeline, estimator: rt.estimator, target: { name: mf.target!.name } }
  if (rt.kind === 'kmeans') return { ...common, kind: 'kmeans', kmeans: rt.kmeans, clusterNames: rt.clusterNames }
  throw new Error(`not resaved here: ${rt.kind}`)
}
