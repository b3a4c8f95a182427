import { beforeAll, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { readTableFile } from '../../../src/data/node'
import { takeTableRows, stringColumn, type ColumnSchema, type Table } from '../../../src/data/table'
import { trainAndCompare } from '../../../src/ml/propensity/train'
import { fromPropensityModel } from '../../../src/ml/modelfile/adapters'
import { serializeModel, parseModelFile, type LoadedModel } from '../../../src/ml/modelfile/format'
import { retrainModel, RetrainError, evaluate, expectedCalibrationError, profileFromOriginal } from '../../../src/ml/retrain/retrain'
import { getColumn, numericValues, stringValues } from '../../../src/data/table'

const BANK = join(__dirname, '../../../public/samples/bank-full.csv')
const EARLY = 20_000
const LATE = 40_000

let table: Table
let schema: ColumnSchema[]
let early: Table
let late: Table
let model: LoadedModel

/** "yes" share among the data lines [from, to) of the raw file, counted on the text itself. */
function yesShare(from: number, to: number): number {
  const lines = readFileSync(BANK, 'utf8').trim().split('\n').slice(1 + from, 1 + to)
  return lines.filter((l) => l.endsWith('"yes"')).length / lines.length
}

beforeAll(async () => {
  const parsed = await readTableFile(BANK, { sep: ';' })
  table = parsed.table
  schema = parsed.schema
  early = takeTableRows(table, Int32Array.from({ length: EARLY }, (_, i) => i), 'bank-early')
  late = takeTableRows(table, Int32Array.from({ length: table.nRows - LATE }, (_, i) => LATE + i), 'bank-late')
  const res = await trainAndCompare(early, schema, { target: 'y', positive: 'yes', drop: ['duration'], models: [{ name: 'lr' }], cv: 0, importance: false })
  const mf = res.models[0].model
  const saved = await serializeModel(fromPropensityModel(mf, { table: early, rows: res.split.trainRows }))
  model = await parseModelFile(saved.bytes, saved.fileName)
}, 120_000)

describe('model files store what a retrain needs', () => {
  it('settings and per-input training bins are in the manifest', () => {
    const t = model.manifest.training
    expect(t.settings).toMatchObject({ model: 'lr', smote: null, seed: 42, testSize: 0.2 })
    expect(t.settings!.features).not.toContain('duration')
    const names = t.drift!.columns.map((c) => c.name)
    expect(names).toContain('month')
    expect(names).toContain('age')
    const month = t.drift!.columns.find((c) => c.name === 'month')!
    expect(month.kind).toBe('categorical')
    const age = t.drift!.columns.find((c) => c.name === 'age')!
    expect(age.kind).toBe('numeric')
    // shares sum to 1 over the bins (missing bin included)
    expect(age.shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12)
  })

  it('the base rate stored is the training rows\' share of "yes"', () => {
    // training rows: a stratified 80 % of the early rows keeps their "yes" share to within one row
    expect(model.manifest.training.drift!.baseRate).toBeCloseTo(yesShare(0, EARLY), 3)
  })
})

describe('retrain on later customers (bank: 46 % "yes" in the last 5,211 rows against 7 % in the first 20,000)', () => {
  it('drift, champion vs challenger on the same rows, and a recommendation', async () => {
    const r = await retrainModel(model, late)
    expect(r.split!.test + r.split!.train).toBe(late.nRows)
    expect(r.baseRate.new).toBeCloseTo(yesShare(LATE, table.nRows), 12)
    expect(r.baseRate.new!).toBeGreaterThan(3 * r.baseRate.training!)
    // drift sorted by PSI, one row per input; month and the previous outcome shift completely
    const psis = r.drift!.map((d) => d.psi)
    expect([...psis].sort((a, b) => b - a)).toEqual(psis)
    expect(r.drift!.length).toBe(model.manifest.training.drift!.columns.length)
    const level = (c: string): string => r.drift!.find((d) => d.column === c)!.level
    expect(level('month')).toBe('shifted')
    expect(level('contact')).toBe('shifted')
    expect(level('marital')).toBe('stable')
    // the champion predicts the early base rate: miscalibrated on the late rows
    expect(r.champion!.test.miscalibrated).toBe(true)
    expect(r.champion!.test.meanPredicted).toBeLessThan(r.champion!.test.observedRate / 2)
    expect(r.challenger!.test.miscalibrated).toBe(false)
    expect(r.recommendation.code).toMatch(/^retrain\.recommend\.(challenger|championRanksRecalibrate)/)
    // the challenger carries its lineage and the same settings
    expect(r.challenger!.save.lineage).toMatchObject({ parentSha256: model.fileSha256, parentRows: model.manifest.training.rows })
    expect(r.challenger!.save.settings).toMatchObject({ model: 'lr', seed: 42 })
    const saved = await serializeModel(r.challenger!.save)
    const reopened = await parseModelFile(saved.bytes, saved.fileName)
    expect(reopened.manifest.lineage?.parentSha256).toBe(model.fileSha256)
    expect(reopened.manifest.training.drift!.baseRate).toBeCloseTo(r.baseRate.new!, 2)
  }, 120_000)

  it('new data without the outcome: drift only, the retrain refused with the reason', async () => {
    const noY: Table = { ...late, columns: late.columns.filter((c) => c.name !== 'y') }
    const r = await retrainModel(model, noY)
    expect(r.challenger).toBeNull()
    expect(r.champion).toBeNull()
    expect(r.recommendation).toEqual({ code: 'retrain.noTarget', params: { target: 'y' } })
    expect(r.drift!.length).toBeGreaterThan(10)
  })

  it('a missing input column is named and nothing is trained', async () => {
    const noAge: Table = { ...late, columns: late.columns.filter((c) => c.name !== 'age') }
    await expect(retrainModel(model, noAge)).rejects.toMatchObject({ code: 'retrain.missingColumns', params: { columns: 'age' } })
  })

  it('a numeric input that now holds text is refused with the column and examples', async () => {
    const cols = late.columns.map((c) => (c.name === 'balance' ? stringColumn('balance', Array.from({ length: late.nRows }, (_, i) => (i % 2 ? 'n/a' : '12'))) : c))
    const err = await retrainModel(model, { ...late, columns: cols }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(RetrainError)
    expect(err).toMatchObject({ code: 'retrain.typeChanged', params: { column: 'balance', expected: 'number', found: 'text' } })
  })

  it('a file from before drift bins were stored says so', async () => {
    const old = structuredClone(model) as LoadedModel
    old.manifest.training.drift = undefined
    old.runtime = model.runtime
    const r = await retrainModel(old, { ...late, columns: late.columns.filter((c) => c.name !== 'y') })
    expect(r.drift).toBeNull()
    expect(r.messages.map((m) => m.code)).toContain('retrain.drift.noBins')
  })
})

describe('an older file: the training profile from the original data', () => {
  it('numeric inputs at the original rows\' deciles (numpy linear), categorical shares by count', () => {
    const p = profileFromOriginal(model, early)
    const age = p.columns.find((c) => c.name === 'age')!
    expect(age.kind).toBe('numeric')
    // numpy.quantile(x, k/10, method='linear'): h = (n − 1) q, between sorted[floor h] and sorted[ceil h]
    const xs = Array.from(numericValues(getColumn(early, 'age'))).filter((v) => !Number.isNaN(v)).sort((a, b) => a - b)
    const q = (f: number) => { const h = (xs.length - 1) * f; const lo = Math.floor(h); return xs[lo] + (h - lo) * (xs[Math.min(lo + 1, xs.length - 1)] - xs[lo]) }
    const edges = [...new Set([1, 2, 3, 4, 5, 6, 7, 8, 9].map((k) => q(k / 10)))]
    expect(age.kind === 'numeric' && age.edges).toEqual(edges)
    const job = p.columns.find((c) => c.name === 'job')!
    expect(job.kind).toBe('categorical')
    const jobs = stringValues(getColumn(early, 'job'))
    if (job.kind === 'categorical') job.categories.forEach((c, i) => expect(job.shares[i], c).toBeCloseTo(Math.max(1e-4, jobs.filter((v) => v === c).length / jobs.length), 12))
    expect(p.baseRate).toBeCloseTo(yesShare(0, EARLY), 12)
  })

  it('a file that is not the training data is refused with the columns it lacks', () => {
    const noAge: Table = { ...early, name: 'other.csv', columns: early.columns.filter((c) => c.name !== 'age') }
    expect(() => profileFromOriginal(model, noAge)).toThrow(expect.objectContaining({ code: 'retrain.original.missingColumns', params: expect.objectContaining({ columns: 'age', file: 'other.csv' }) }))
  })
})

describe('calibration measures', () => {
  it('ECE by hand: two bins', () => {
    // bin [0.1, 0.2): p 0.1, 0.1, y 0, 1 → |0.1 − 0.5| · 2/4; bin [0.9, 1]: p 0.9, 0.9, y 1, 1 → |0.9 − 1| · 2/4
    expect(expectedCalibrationError([0, 1, 1, 1], [0.1, 0.1, 0.9, 0.9])).toBeCloseTo(0.5 * 0.4 + 0.5 * 0.1, 14)
  })
  it('a model whose mean prediction is a fifth of the observed rate is miscalibrated', () => {
    const y = Uint8Array.from({ length: 100 }, (_, i) => (i % 4 === 0 ? 1 : 0))
    const p = Float64Array.from({ length: 100 }, (_, i) => (i % 4 === 0 ? 0.08 : 0.04))
    const e = evaluate(y, p)
    expect(e.rocAuc).toBe(1)
    expect(e.miscalibrated).toBe(true)
  })
})
