/**
 * Rewrites the golden model files the golden test reads (tests/fixtures/modelfile): only when the
 * model format changes on purpose, never from a test.
 *   npx tsx tests/unit/modelfile/update-golden.ts
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseModelFile, scoreTable, serializeModel, type ModelManifest } from '../../../src/ml/modelfile'
import { FIXTURES, loadBank, loadRfm } from './helpers'
import { trainClassifier, trainKMeans } from './models'

/** rows of each sample whose scores are stored */
export const GOLDEN_N = 25

/** A v0 (development format) document from a v1 manifest with its model restored. */
function toV0(m: ModelManifest): Record<string, unknown> {
  return {
    format: 'campaign-lab/model', version: 0, type: m.kind, name: m.name, created: m.createdAt,
    author: m.card.author, notes: m.card.notes,
    columns: m.features.map(({ categories, ...f }) => (categories ? { ...f, levels: categories } : f)),
    id: m.idColumn, target: m.target, threshold: m.threshold,
    bands: m.bands?.map((b) => ({ name: b.label, from: b.min, to: b.max })) ?? null,
    metrics: m.metrics, trainingRows: m.training.rows, trainingColumns: m.training.columns, trainingHash: m.training.sha256,
    model: m.model,
  }
}

export async function updateGolden(): Promise<void> {
  const { table } = await loadBank()
  const rfm = await loadRfm()
  const lr = await serializeModel(await trainClassifier('lr'))
  const km = await serializeModel((await trainKMeans()).input)
  writeFileSync(join(FIXTURES, 'golden_lr.clmodel'), lr.bytes)
  writeFileSync(join(FIXTURES, 'golden_kmeans.clmodel'), km.bytes)
  writeFileSync(join(FIXTURES, 'legacy_v0_lr.json'), JSON.stringify(toV0(lr.manifest), null, 2) + '\n')
  const lrLoaded = await parseModelFile(lr.bytes, 'golden_lr.clmodel')
  const kmLoaded = await parseModelFile(km.bytes, 'golden_kmeans.clmodel')
  writeFileSync(join(FIXTURES, 'golden_scores.json'), JSON.stringify({
    lrProbability: Array.from(scoreTable(lrLoaded, table).probability!.subarray(0, GOLDEN_N)),
    kmeansCluster: Array.from(scoreTable(kmLoaded, rfm).cluster!.subarray(0, GOLDEN_N)),
  }) + '\n')
}

if (process.argv[1] && /update-golden\.ts$/.test(process.argv[1])) {
  updateGolden().then(() => process.stdout.write(`golden files written to ${FIXTURES}\n`))
}
