import { renderEnglish } from '../../../src/i18n/render'
import type { Message } from '../../../src/ml/core/message'
import { beforeAll, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { predictEngine } from '../../../src/engine/predict'
import { ResultCache } from '../../../src/engine/cache'
import type { ColumnSchema, Table } from '../../../src/data/table'
import { readTableFile } from '../../../src/data/node'
import { packArtifacts, parseModelFile, scoreTable, type ModelArtifacts } from '../../../src/ml/modelfile'
import type { CallContext } from '../../../workers/protocol'
import { handlerAt } from '../../../workers/protocol'
import type { RunSummary, Inspection, SaveDescription, ExplainResult } from '../../../src/services/predict'
import { renderMessage } from '../../../src/i18n/render'

/** The Predict area's engine in Node (what the ml worker dispatches to), on the bank-600 fixture (CC BY 4.0, see its README). */
const tables = new Map<string, { table: Table; schema: ColumnSchema[] }>()
const putTable = (id: string, t: { table: Table; schema: ColumnSchema[] }) => void tables.set(id, t)
const predictHandlers = predictEngine({
  tables: (id) => tables.get(id)!,
  results: new ResultCache(),
  addDataset: async () => { throw new Error('not used here') },
})
const DATA = join(__dirname, '../../fixtures/ml/bank-600.csv')
const ctx = (): CallContext => ({ onProgress: () => {}, cancel: { cancelled: false } })
const call = async <T>(method: string, args: unknown, c: CallContext = ctx()): Promise<T> =>
  (await (handlerAt({ predict: predictHandlers }, method) as (a: unknown, c: CallContext) => unknown)(args, c)) as T
const bands = [{ label: 'unlikely', from: 0, channel: 'none' }, { label: 'hesitant', from: 0.15, channel: 'email' }, { label: '=likely', from: 0.5, channel: 'phone' }]

let run: RunSummary
beforeAll(async () => {
  const { table, schema } = await readTableFile(DATA)
  // a one-class column and a three-valued one for the target checks
  table.columns.push({ name: 'same', storage: 'string', codes: new Int32Array(table.nRows), levels: ['x'] })
  putTable('bank', { table, schema: [...schema, { name: 'same', type: 'category', role: 'feature' }] })
  run = await call<RunSummary>('predict.train', {
    datasetId: 'bank', runId: 'r1',
    config: { target: 'y', positive: 'yes', drop: ['duration', 'same'], models: [{ name: 'lr' }, { name: 'knn', params: { k: 15 } }, { name: 'tree', params: { maxDepth: 4 }, grid: { maxDepth: [2, 4] } }], cv: 3, smote: { k: 5, ratio: 0.5, seed: 1 }, vote: { voting: 'soft', members: ['lr', 'knn', 'tree'] } },
  })
})

describe('predict.* worker methods', () => {
  it('inspect: positive value, class counts before/after SMOTE, leakage and one-class / many-valued targets', async () => {
    const i = await call<Inspection>('predict.inspect', { datasetId: 'bank', target: 'y', testSize: 0.2, seed: 42, smote: { ratio: 1 } })
    expect(i.positive).toBe('yes')
    expect(i.split!.train + i.split!.test).toBe(600)
    expect(i.classCounts!.after.positive).toBe(i.classCounts!.before.negative)
    expect(i.leakage!.length).toBeGreaterThan(5)
    expect(i.leakage![0].feature).toBe('duration')
    expect(i.notes!.some((n) => renderEnglish(n).includes('same'))).toBe(true)
    const one = await call<Inspection>('predict.inspect', { datasetId: 'bank', target: 'same' })
    expect(renderEnglish(one.problem as Message)).toMatch(/only one value/)
    const many = await call<Inspection>('predict.inspect', { datasetId: 'bank', target: 'education' })
    expect(many.needsPositive).toBe(true)
    expect(many.values.length).toBe(4)
    const chosen = await call<Inspection>('predict.inspect', { datasetId: 'bank', target: 'education', positive: 'tertiary' })
    expect(chosen.positive).toBe('tertiary')
  })

  it('train: every model with metrics, curves and sweep; the vote; no model file sent to the page', () => {
    expect(run.models.map((m) => m.id)).toEqual(['lr', 'knn', 'tree', 'vote'])
    for (const m of run.models) {
      expect(m.error).toBeUndefined()
      expect(m.test.rocAuc).toBeGreaterThan(0.55)
      expect(m.curves.sweep.thresholds.length).toBe(101)
      expect(m.testProba.length).toBe(run.yTest.length)
      expect('model' in m).toBe(false)
    }
    expect(run.models.find((m) => m.id === 'knn')!.containsTrainingRows).toBe(true)
    expect(run.models.find((m) => m.id === 'tree')!.grid!.points.length).toBe(2)
    expect(run.models[0].classCounts.after.positive).toBeGreaterThan(run.models[0].classCounts.before.positive)
  })

  it('exportCsv: every row, full precision, injection-safe band labels; saved file scores the same (≤ 1e-9)', async () => {
    const csv = await call<string>('predict.exportCsv', { runId: 'r1', modelId: 'lr', bands })
    const lines = csv.trimEnd().split('\n')
    expect(lines[0]).toBe('row,probability,band,reason_1,reason_1_contribution,reason_2,reason_2_contribution,reason_3,reason_3_contribution')
    expect(lines.length).toBe(601)
    expect(lines.slice(1).some((l) => l.includes(",'=likely,"))).toBe(true)
    const p = lines.slice(1).map((l) => Number(l.split(',')[1]))
    const file = await call<{ artifacts: ModelArtifacts; fileName: string }>('predict.saveFile', { runId: 'r1', modelId: 'lr', name: 'bank lr', threshold: 0.3, bands })
    const loaded = await parseModelFile(packArtifacts(file.artifacts), file.fileName)
    expect(loaded.manifest.threshold).toBe(0.3)
    expect(loaded.manifest.bands!.map((b) => b.max)).toEqual([0.15, 0.5, 1])
    const { table } = await readTableFile(DATA)
    const s = scoreTable(loaded, table)
    let worst = 0
    p.forEach((v, i) => (worst = Math.max(worst, Math.abs(v - s.probability![i]))))
    expect(worst).toBeLessThanOrEqual(1e-9)
  })

  it('save: KNN holds customer rows — described first, refused unless allowed', async () => {
    const d = await call<SaveDescription>('predict.describeSave', { runId: 'r1', modelId: 'knn', name: 'knn', threshold: 0.5, bands })
    expect(d.containsCustomerRows).toBe(true)
    expect(d.customerRows.join(' ')).toMatch(/KNN|training rows/i)
    await expect(call('predict.saveFile', { runId: 'r1', modelId: 'knn', name: 'knn', threshold: 0.5, bands })).rejects.toThrow()
    const ok = await call<{ artifacts: ModelArtifacts }>('predict.saveFile', { runId: 'r1', modelId: 'knn', name: 'knn', threshold: 0.5, bands, allowCustomerRows: true })
    expect(ok.artifacts.weightData.length).toBeGreaterThan(1000)
    const lr = await call<SaveDescription>('predict.describeSave', { runId: 'r1', modelId: 'lr', name: 'lr', threshold: 0.5, bands })
    expect(lr.containsCustomerRows).toBe(false)
  })

  it('scoredTable: the dataset plus probability and band columns', async () => {
    const r = await call<{ table: { nRows: number; columns: { name: string }[] }; counts: number[] }>('predict.scoredTable', { runId: 'r1', modelId: 'tree', bands, name: 'bank scores' })
    expect(r.table.nRows).toBe(600)
    expect(r.table.columns.slice(-2).map((c) => c.name)).toEqual(['probability', 'band'])
    expect(r.counts.reduce((a, b) => a + b, 0)).toBe(600)
  })

  it('regress: OLS with p-values and a thinned residual plot; a text target is refused', async () => {
    const r = await call<{ metrics: { r2: number; rmse: number }; coefficients: { pValue: number | null }[]; residuals: { shown: number; of: number } }>('predict.regress', { datasetId: 'bank', target: 'balance', features: ['age', 'job', 'housing', 'loan'] })
    // numpy.linalg.lstsq on the same 600 rows (intercept, age, one-hot job/housing/loan with the
    // first level dropped; R² does not depend on which level is dropped):
    // R² = 0.03856854350354, RMSE = 3731.4950466374285
    expect(r.metrics.r2).toBeCloseTo(0.03856854350354, 10)
    expect(r.metrics.rmse).toBeCloseTo(3731.4950466374285, 6)
    expect(r.coefficients.every((c) => c.pValue !== null)).toBe(true)
    expect(r.residuals.shown).toBe(600)
    await expect(call('predict.regress', { datasetId: 'bank', target: 'job' })).rejects.toThrow(/not numeric/)
  })

  it('explain: SHAP contributions add up to each customer\'s score, which is the exported score; the tree as rules', async () => {
    const csv = await call<string>('predict.exportCsv', { runId: 'r1', modelId: 'lr', bands, reasons: false })
    const exported = csv.trimEnd().split('\n').slice(1).map((l) => Number(l.split(',')[1]))
    for (const modelId of ['lr', 'tree', 'knn']) {
      // the sampled explainer (KNN) explains at most sampledRows customers
      const r = await call<ExplainResult>('predict.explain', { runId: 'r1', modelId, rows: 50, sampledRows: 8 })
      expect(r.rows).toBe(modelId === 'knn' ? 8 : 50)
      const G = r.columns.length
      expect(r.columns).not.toContain('duration')
      expect(r.additivityMaxError).toBeLessThan(1e-9)
      for (let i = 0; i < r.rows; i++) {
        let s = r.base
        for (let g = 0; g < G; g++) s += r.contributions[i * G + g]
        expect(Math.abs(s - r.probability[i])).toBeLessThan(1e-9)
        // the whole-dataset export scores row rowIndex[i] through the saved pipeline, not SHAP
        if (modelId === 'lr') expect(Math.abs(exported[r.rowIndex[i]] - r.probability[i])).toBeLessThan(1e-9)
      }
      expect(r.scoreMaxError).toBeLessThan(1e-9)
      // each customer's own input values, read back from the dataset row
      expect(r.values.length).toBe(r.rows * G)
      const k = r.columns.indexOf('age')
      const age = tables.get('bank')!.table.columns.find((c) => c.name === 'age')!
      expect(age.storage).toBe('number')
      if (age.storage === 'number') expect(Number(r.values[k])).toBe(age.values[r.rowIndex[0]])
      // the plots' numbers: the same cells as numbers for numeric columns, NaN for categories
      expect(r.numeric.length).toBe(r.rows * G)
      expect(r.numericColumn[k]).toBe(true)
      if (age.storage === 'number') for (let i = 0; i < r.rows; i++) expect(r.numeric[i * G + k]).toBe(age.values[r.rowIndex[i]])
      const job = r.columns.indexOf('job')
      expect(r.numericColumn[job]).toBe(false)
      expect(Array.from(r.numeric.filter((_, x) => x % G === job)).every(Number.isNaN)).toBe(true)
      expect(r.method).toBe(modelId === 'lr' ? 'linear' : modelId === 'tree' ? 'tree-path' : 'permutation')
      expect(r.maxSe === null).toBe(modelId !== 'knn')
      expect(r.rules === null).toBe(modelId !== 'tree')
    }
    // explained rows are test rows
    const r = await call<ExplainResult>('predict.explain', { runId: 'r1', modelId: 'tree', rows: 1000 })
    expect(r.rows).toBe(run.split.test)
    const tree = run.models.find((m) => m.id === 'tree')!
    // every training customer (SMOTE's synthetic ones included) lands in exactly one leaf
    expect(r.rules!.reduce((a, x) => a + x.samples, 0)).toBe(tree.classCounts.after.positive + tree.classCounts.after.negative)
    expect(r.rules!.length).toBeLessThanOrEqual(2 ** Number(tree.params.maxDepth))
    const en = renderMessage(r.rules![0].text, 'en'), es = renderMessage(r.rules![0].text, 'es')
    expect(en).toMatch(/^If .+: [\d.]+% positive \([\d,]+ customers\)$/)
    expect(es).toMatch(/^Si .+: [\d,]+\s?% positivos \([\d.]+ clientes\)$/)
    expect(en).not.toMatch(/\[explain/)
    await expect(call('predict.explain', { runId: 'r1', modelId: 'lr', rows: 0 })).rejects.toThrow(/whole number/)
    // a cancelled job stops (Cancel in the job panel sets the flag the SHAP loops check per customer)
    const cancelled = { onProgress: () => {}, cancel: { cancelled: true } }
    await expect(call('predict.explain', { runId: 'r1', modelId: 'knn', rows: 5 }, cancelled)).rejects.toMatchObject({ name: 'CancelledError' })
  })

  it('exportCsv reasons: each customer\'s 3 largest SHAP contributions (either sign), the same values as the Explain section', async () => {
    // our writer's CSV: commas, "…" quoting with "" inside, LF line ends
    const parseCsvText = (text: string): string[][] => text.trimEnd().split('\n').map((l) => {
      const cells: string[] = []
      let cur = '', quoted = false
      for (let k = 0; k < l.length; k++) {
        const ch = l[k]
        if (quoted) {
          if (ch === '"' && l[k + 1] === '"') { cur += '"'; k++ } else if (ch === '"') quoted = false
          else cur += ch
        } else if (ch === '"') quoted = true
        else if (ch === ',') { cells.push(cur); cur = '' } else cur += ch
      }
      cells.push(cur)
      return cells
    })
    for (const modelId of ['lr', 'tree']) {
      const csv = await call<string>('predict.exportCsv', { runId: 'r1', modelId, bands })
      const rows = parseCsvText(csv)
      const head = rows[0]
      const at = (name: string) => head.indexOf(name)
      const r = await call<ExplainResult>('predict.explain', { runId: 'r1', modelId, rows: 40 })
      const G = r.columns.length
      for (let i = 0; i < r.rows; i++) {
        const line = rows[1 + r.rowIndex[i]]
        expect(line.length).toBe(9)
        // the explained customer's contributions, largest size first
        const want = r.columns.map((c, g) => ({ c, v: r.contributions[i * G + g] })).filter((x) => Math.abs(x.v) > 1e-12).sort((a, b) => Math.abs(b.v) - Math.abs(a.v))
        for (let k = 0; k < 3; k++) {
          const text = line[at(`reason_${k + 1}`)], v = line[at(`reason_${k + 1}_contribution`)]
          if (k >= want.length) { expect(text).toBe(''); expect(v).toBe(''); continue }
          expect(text.startsWith(`${want[k].c} = `)).toBe(true)
          expect(Math.abs(Number(v) - want[k].v)).toBeLessThan(1e-12)
        }
        // both directions are reasons: a lowered score is explained too
        if (want.length && want[0].v < 0) expect(Number(line[at('reason_1_contribution')])).toBeLessThan(0)
      }
    }
    // the tree has at most 4 levels of splits: some customers have fewer than 3 inputs with an effect
    const tree = parseCsvText(await call<string>('predict.exportCsv', { runId: 'r1', modelId: 'tree', bands }))
    expect(tree.slice(1).some((l) => l[tree[0].indexOf('reason_1_contribution')].startsWith('-'))).toBe(true)
  })

  it('a run that is gone says so', async () => {
    await expect(call('predict.exportCsv', { runId: 'nope', modelId: 'lr', bands })).rejects.toThrow(/train again/)
  })
})
