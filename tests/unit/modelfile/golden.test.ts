/**
 * Golden model files: files written by an earlier build must keep loading and scoring the same.
 * `UPDATE_GOLDEN=1 npx vitest run tests/unit/modelfile/golden.test.ts` rewrites them (only when
 * the format changes on purpose: then add a migration for the old version).
 */
import { describe, expect, it } from 'vitest'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseModelFile, scoreTable, serializeModel, type ModelManifest } from '../../../src/ml/modelfile'
import { generateValidatorSource, GENERATED_PATH } from '../../../src/ml/modelfile/build-validator'
import { FIXTURES, loadBank, loadRfm } from './helpers'
import { trainClassifier, trainKMeans } from './models'

const UPDATE = process.env.UPDATE_GOLDEN === '1'
const N = 25

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

describe('golden model files', () => {
  it('writes/reads golden_lr.clmodel and golden_kmeans.clmodel; scores match the stored ones', async () => {
    const lrPath = join(FIXTURES, 'golden_lr.clmodel')
    const kmPath = join(FIXTURES, 'golden_kmeans.clmodel')
    const v0Path = join(FIXTURES, 'legacy_v0_lr.json')
    const expPath = join(FIXTURES, 'golden_scores.json')
    const { table } = await loadBank()
    const rfm = await loadRfm()
    if (UPDATE || !existsSync(lrPath)) {
      const lr = await serializeModel(await trainClassifier('lr'))
      const km = await serializeModel((await trainKMeans()).input)
      writeFileSync(lrPath, lr.bytes)
      writeFileSync(kmPath, km.bytes)
      writeFileSync(v0Path, JSON.stringify(toV0(lr.manifest), null, 2) + '\n')
      const lrLoaded = await parseModelFile(lr.bytes, 'golden_lr.clmodel')
      const kmLoaded = await parseModelFile(km.bytes, 'golden_kmeans.clmodel')
      writeFileSync(expPath, JSON.stringify({
        lrProbability: Array.from(scoreTable(lrLoaded, table).probability!.subarray(0, N)),
        kmeansCluster: Array.from(scoreTable(kmLoaded, rfm).cluster!.subarray(0, N)),
      }) + '\n')
    }
    const expected = JSON.parse(readFileSync(expPath, 'utf8')) as { lrProbability: number[]; kmeansCluster: number[] }
    const lr = await parseModelFile(new Uint8Array(readFileSync(lrPath)), 'golden_lr.clmodel')
    expect(Array.from(scoreTable(lr, table).probability!.subarray(0, N))).toEqual(expected.lrProbability)
    expect(lr.migratedFrom).toBeNull()
    const km = await parseModelFile(new Uint8Array(readFileSync(kmPath)), 'golden_kmeans.clmodel')
    expect(Array.from(scoreTable(km, rfm).cluster!.subarray(0, N))).toEqual(expected.kmeansCluster)
  })

  it('migrates a format-version-0 file (single JSON, base64 weights) to version 1', async () => {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, 'legacy_v0_lr.json')))
    const m = await parseModelFile(bytes, 'legacy_v0_lr.json')
    expect(m.migratedFrom).toBe(0)
    expect(m.warnings[0]).toMatch(/Migrated from model format version 0/)
    expect(m.manifest.formatVersion).toBe(1)
    expect(m.manifest.bands![0]).toEqual({ label: 'unlikely', min: 0, max: 0.15 })
    expect(m.manifest.containsCustomerRows).toBe(false)
    const { table } = await loadBank()
    const expected = JSON.parse(readFileSync(join(FIXTURES, 'golden_scores.json'), 'utf8')) as { lrProbability: number[] }
    expect(Array.from(scoreTable(m, table).probability!.subarray(0, N))).toEqual(expected.lrProbability)
    // a broken v0 file names the field
    const doc = JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>
    delete doc.created
    await expect(parseModelFile(new TextEncoder().encode(JSON.stringify(doc)), 'old.json')).rejects.toThrow(/old\.json: missing field "created" \(format version 0\) at \/created/)
  })

  it('the committed standalone validator matches the schema', () => {
    expect(readFileSync(GENERATED_PATH, 'utf8')).toBe(generateValidatorSource())
  })
})
