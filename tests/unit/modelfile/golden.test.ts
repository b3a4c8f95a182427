/**
 * Golden model files: files written by an earlier build (committed under tests/fixtures/modelfile)
 * must keep loading and scoring the same. This test only reads them: a missing file fails it. They
 * are rewritten on purpose only, by `npx tsx tests/unit/modelfile/update-golden.ts`, when the
 * format changes (then add a migration for the old version and keep an old file as a fixture).
 */
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { MODEL_FORMAT_VERSION, parseModelFile, scoreTable } from '../../../src/ml/modelfile'
import { generateValidatorSource, GENERATED_PATH } from '../../../src/ml/modelfile/build-validator'
import { FIXTURES, loadBank, loadRfm } from './helpers'
import { renderEnglish } from '../../../src/i18n/render'

/** rows whose scores golden_scores.json stores (GOLDEN_N in update-golden.ts) */
const N = 25

describe('golden model files', () => {
  it('reads the committed golden_lr.clmodel and golden_kmeans.clmodel; scores match the stored ones', async () => {
    const lrPath = join(FIXTURES, 'golden_lr.clmodel')
    const kmPath = join(FIXTURES, 'golden_kmeans.clmodel')
    const expPath = join(FIXTURES, 'golden_scores.json')
    const { table } = await loadBank()
    const rfm = await loadRfm()
    const expected = JSON.parse(readFileSync(expPath, 'utf8')) as { lrProbability: number[]; kmeansCluster: number[] }
    const lr = await parseModelFile(new Uint8Array(readFileSync(lrPath)), 'golden_lr.clmodel')
    expect(Array.from(scoreTable(lr, table).probability!.subarray(0, N))).toEqual(expected.lrProbability)
    expect(lr.migratedFrom).toBeNull()
    const km = await parseModelFile(new Uint8Array(readFileSync(kmPath)), 'golden_kmeans.clmodel')
    expect(Array.from(scoreTable(km, rfm).cluster!.subarray(0, N))).toEqual(expected.kmeansCluster)
  })

  it('migrates a format-version-0 file (single JSON, base64 weights) to the current version', async () => {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, 'legacy_v0_lr.json')))
    const m = await parseModelFile(bytes, 'legacy_v0_lr.json')
    expect(m.migratedFrom).toBe(0)
    expect(m.warnings[0]).toEqual({ code: 'model.migrated', params: { from: 0 } })
    expect(renderEnglish(m.warnings[0])).toMatch(/format version 0/)
    expect(m.manifest.formatVersion).toBe(MODEL_FORMAT_VERSION)
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
