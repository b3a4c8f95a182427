import { describe, expect, it } from 'vitest'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { serializeModel, type SaveInput } from '../../../src/ml/modelfile'
import { fileSystem } from '../../../src/ml/modelfile/node'
import { DecisionTreeClassifier } from '../../../src/ml/estimators/tree'
import { run as score } from '../../../src/cli/score'
import { treeShapCost } from '../../../src/ml/explain/reasons'
import { bankPipeline, FIXTURES } from './helpers'
import { trainClassifier } from './models'
import { capture } from '../capture'

/**
 * #17: `score` gives each customer's reasons by exact SHAP, in the Predict export's columns
 * (reason_k, reason_k_contribution in probability), and they add up to the score.
 */
const dir = mkdtempSync(join(tmpdir(), 'score-reasons-'))
const DATA = join(FIXTURES, 'bank_sample.csv')

interface Scored { header: string[]; rows: string[][]; summary: { rows: number; reasons: { method: string; base: number; background: string; exactTooCostly: boolean } } }

async function scoreWith(input: SaveInput, name: string, reasons: number): Promise<Scored> {
  const modelPath = join(dir, `${name}.clmodel`)
  await fileSystem(modelPath).save((await serializeModel(input)).artifacts)
  const outPath = join(dir, `${name}.csv`)
  const summary = JSON.parse(await capture(() => score(['--model', modelPath, '--data', DATA, '--out', outPath, '--sep', ';', '--reasons', String(reasons)])))
  const [header, ...rows] = parseCsv(readFileSync(outPath, 'utf8'))
  return { header, rows, summary }
}

/** A tree of depth `depth` on the bank sample, as a model file input. */
async function smallTree(depth: number): Promise<{ input: SaveInput & { kind: 'classifier' }; trainProba: Float64Array }> {
  const { data, pre } = await bankPipeline()
  const est = new DecisionTreeClassifier({ maxDepth: depth })
  const X = pre.transform(data.table, data.rows)
  await est.fit(X, data.y)
  const input = { ...(await trainClassifier('tree')), name: `tree depth ${depth}`, estimator: est }
  return { input, trainProba: est.predictProba(X) }
}

// the bank sample's cells hold no comma or quote, so a plain split reads the CSV
const parseCsv = (text: string): string[][] => text.trimEnd().split('\n').map((l) => l.split(','))
const num = (s: string): number => (s === '' ? 0 : Number(s))

describe('score: per-customer reasons by exact SHAP', () => {
  it('writes the Predict export\'s reason columns', async () => {
    const { input } = await smallTree(2)
    const s = await scoreWith(input, 'cols', 3)
    expect(s.header).toEqual(['client_id', 'probability', 'band', 'decision', 'reason_1', 'reason_1_contribution', 'reason_2', 'reason_2_contribution', 'reason_3', 'reason_3_contribution'])
    expect(s.summary.reasons.method).toBe('tree-path')
    expect(s.summary.reasons.background).toBe('node covers')
  })

  it('a depth-2 tree (at most 3 inputs): base + the 3 contributions = the probability, every row (1e-9)', async () => {
    const { input } = await smallTree(2)
    const s = await scoreWith(input, 'tree2', 3)
    const base = s.summary.reasons.base
    expect(s.rows.length).toBe(603)
    let worst = 0, explained = 0
    for (const r of s.rows) {
      const p = Number(r[1])
      const sum = base + num(r[5]) + num(r[7]) + num(r[9])
      worst = Math.max(worst, Math.abs(sum - p))
      if (r[4] !== '') explained++
    }
    expect(worst).toBeLessThanOrEqual(1e-9)
    // not vacuous: most customers have a reason (their score differs from the base)
    expect(explained).toBeGreaterThan(500)
  })

  it('a stump: base = the mean training prediction, and the one reason is the score minus it (by hand)', async () => {
    const { input, trainProba } = await smallTree(1)
    const s = await scoreWith(input, 'stump', 3)
    // path-dependent TreeSHAP of a stump: E[f] under the training covers = mean training prediction
    const mean = trainProba.reduce((a, b) => a + b, 0) / trainProba.length
    expect(s.summary.reasons.base).toBeCloseTo(mean, 12)
    const splitFeature = new Set<string>()
    for (const r of s.rows) {
      const p = Number(r[1])
      expect(r[6]).toBe('')
      if (Math.abs(p - mean) <= 1e-12) continue
      splitFeature.add(r[4].split(' = ')[0])
      expect(Number(r[5])).toBeCloseTo(p - mean, 12)
    }
    expect(splitFeature.size).toBe(1)
    // its TreeSHAP work: two leaves at depth 1, (1 + 1)² each
    expect(treeShapCost(input.estimator)).toBe(8)
    expect(s.summary.reasons.exactTooCostly).toBe(false)
  })

  it('logistic regression (linear SHAP, scored rows as background): every input given, base + Σ = the probability', async () => {
    const s = await scoreWith(await trainClassifier('lr'), 'lr-all', 20)
    expect(s.summary.reasons).toMatchObject({ method: 'linear', background: 'scored rows' })
    const k = (s.header.length - 4) / 2
    let worst = 0
    for (const r of s.rows) {
      let sum = s.summary.reasons.base
      for (let t = 0; t < k; t++) sum += num(r[5 + 2 * t])
      worst = Math.max(worst, Math.abs(sum - Number(r[1])))
    }
    expect(worst).toBeLessThanOrEqual(1e-9)
  })
})
