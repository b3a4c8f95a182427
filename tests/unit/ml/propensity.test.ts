import { renderEnglish } from '../../../src/i18n/render'
import { describe, it, expect, beforeAll } from 'vitest'
import { fileURLToPath } from 'node:url'
import { readTableFile } from '../../../src/data/node'
import type { ColumnSchema, Table } from '../../../src/data/table'
import { trainAndCompare, type ModelResult } from '../../../src/ml/propensity/train'
import { runFitJob, type FitOutput, type FitRunner } from '../../../src/ml/propensity/fitjobs'
import { loadEstimator, type Classifier } from '../../../src/ml/core/estimator'
import { Preprocessor } from '../../../src/ml/preprocessing/pipeline'
import { LogisticRegression } from '../../../src/ml/estimators/logistic'
import { reasonCodes, bandSummary, scoredCustomersCsv, assignBands } from '../../../src/ml/explain/explain'
import { csvCell } from '../../../src/data/csv'
import { CancelledError } from '../../../src/ml/core/progress'
import type { Message } from '../../../src/ml/core/message'

const FIXTURE = fileURLToPath(new URL('../../fixtures/ml/bank-600.csv', import.meta.url))

describe('trainAndCompare on a 600-row bank fixture', () => {
  let table: Table
  let schema: ColumnSchema[]
  beforeAll(async () => {
    ;({ table, schema } = await readTableFile(FIXTURE, { sep: ';' }))
  })

  it('trains LR, KNN and a tree with SMOTE in folds, a soft vote and a grid; results are chart-ready and reloadable', async () => {
    const done: string[] = []
    const fractions: number[] = []
    const res = await trainAndCompare(table, schema, {
      target: 'y', positive: 'yes', drop: ['duration'], cv: 3, seed: 7, smote: { k: 5, seed: 1 },
      models: [{ name: 'lr', smote: false }, { name: 'lr' }, { name: 'knn', params: { k: 7 } }, { name: 'tree', grid: { maxDepth: [2, 4] } }],
      vote: { voting: 'soft', members: ['lr', 'knn', 'tree'] },
    }, { onProgress: (f) => fractions.push(f), onModelDone: (m) => done.push(m.id) })
    expect(res.rows).toBe(600)
    expect(res.split.test).toBe(120)
    expect(res.split.testPositive).toBe(14)
    expect(res.features.encoded).toHaveLength(50)
    expect(done).toEqual(['lr', 'lr+smote', 'knn', 'tree', 'vote'])
    expect(fractions.every((f, i) => i === 0 || f >= fractions[i - 1] - 1e-9)).toBe(true)
    for (const m of res.models) {
      expect(m.error, m.id).toBeUndefined()
      expect(m.test.rocAuc).toBeGreaterThan(0.55)
      expect(m.curves.sweep.thresholds).toHaveLength(101)
      expect(m.testProba).toHaveLength(120)
    }
    const lrs = res.models[1]
    expect(lrs.classCounts.before.positive).toBe(56)
    expect(lrs.classCounts.after.positive).toBe(lrs.classCounts.after.negative)
    expect(lrs.cv!.roc_auc.folds).toHaveLength(3)
    expect(res.models[0].coefficients!.rows[0].oddsRatio).toBeCloseTo(Math.exp(res.models[0].coefficients!.rows[0].coef), 12)
    expect(res.models[0].importance!.length).toBe(15)
    const tree = res.models[3]
    expect(tree.grid!.points).toHaveLength(2)
    expect([2, 4]).toContain(tree.grid!.best.maxDepth)
    // the model file reloads and scores the test rows identically
    for (const m of res.models) {
      const pre = Preprocessor.load(JSON.parse(JSON.stringify(m.model.pipeline)))
      const est = loadEstimator(JSON.parse(JSON.stringify(m.model.estimator))) as Classifier
      expect(Array.from(est.predictProba(pre.transform(table, res.split.testRows)))).toEqual(Array.from(m.testProba))
    }
    expect(res.models[2].model.containsTrainingRows).toBe(true)
  })

  it('an SVM outside a soft vote is cross-validated without Platt and calibrated on its out-of-fold decision values', async () => {
    const cfg = { target: 'y', positive: 'yes', drop: ['duration'], cv: 3, seed: 7, importance: false as const }
    const alone = await trainAndCompare(table, schema, { ...cfg, smote: { k: 5, seed: 1 }, models: [{ name: 'svm', id: 'svm', smote: false }, { name: 'svm', id: 'svm+smote', smote: true }, { name: 'lr', smote: false }], vote: { voting: 'hard' } })
    const member = await trainAndCompare(table, schema, { ...cfg, models: [{ name: 'svm' }, { name: 'lr' }], vote: { voting: 'soft' } })
    const svm = alone.models[0], svmS = alone.models[1], svmM = member.models[0]
    for (const m of [svm, svmS, svmM]) expect(m.error, m.id).toBeUndefined()
    expect(svm.model.estimator.state.plattSource).toBe('outer-cv')
    expect(svmS.model.estimator.state.plattSource).toBe('outer-cv')
    expect(svm.model.estimator.params.probability).toBe(true)
    expect(svmM.model.estimator.state.plattSource).toBe('internal-cv') // its fold probabilities feed the vote's CV
    // same decision function either way (Platt is monotone): identical predictions, ROC AUC and CV scores
    expect(svm.test.rocAuc).toBeCloseTo(svmM.test.rocAuc, 12)
    expect(svm.test.confusion).toEqual(svmM.test.confusion)
    expect(svm.cv!.roc_auc.mean).toBeCloseTo(svmM.cv!.roc_auc.mean, 12)
    expect(svm.cv!.f1.mean).toBeCloseTo(svmM.cv!.f1.mean, 12)
    // probabilities stay calibrated-ish: mean P(yes) near the base rate without SMOTE, higher with it
    const mean = (a: Float64Array): number => a.reduce((x, y) => x + y, 0) / a.length
    expect(mean(svm.testProba)).toBeGreaterThan(0.05)
    expect(mean(svm.testProba)).toBeLessThan(0.25)
    expect(mean(svmS.testProba)).toBeGreaterThan(mean(svm.testProba))
  })

  it('a runner that fits out of order in "another worker" (cloned jobs, models back as JSON) gives the same results', async () => {
    const cfg = {
      target: 'y', positive: 'yes', drop: ['duration'], cv: 3, seed: 3, importance: false as const, smote: { k: 5, seed: 2 },
      models: [{ name: 'lr' as const }, { name: 'tree' as const, grid: { maxDepth: [2, 3] } }, { name: 'svm' as const, smote: false }, { name: 'mlp' as const, params: { hiddenLayerSizes: [8], maxIter: 5, engine: 'js' } }],
      vote: { voting: 'soft' as const, members: ['lr', 'tree', 'mlp'] },
    }
    const seq = await trainAndCompare(table, schema, cfg)
    let batches = 0
    const remote: FitRunner = async (jobs) => {
      batches++
      const outs: FitOutput[] = new Array(jobs.length)
      for (let k = jobs.length - 1; k >= 0; k--) {
        const { estimator: _e, ...o } = await runFitJob(structuredClone(jobs[k]))
        outs[k] = structuredClone(o)
      }
      return outs
    }
    const par = await trainAndCompare(table, schema, cfg, { runner: remote })
    expect(batches).toBe(5) // lr, tree grid, tree final, svm, mlp
    for (let i = 0; i < seq.models.length; i++) {
      const a = seq.models[i], b = par.models[i]
      expect(b.error, b.id).toBeUndefined()
      expect(Array.from(b.testProba), a.id).toEqual(Array.from(a.testProba))
      expect(b.cv?.roc_auc.folds, a.id).toEqual(a.cv?.roc_auc.folds)
      expect(b.params).toEqual(a.params)
    }
    expect(par.models.find((m) => m.id === 'tree')!.grid!.best).toEqual(seq.models.find((m) => m.id === 'tree')!.grid!.best)
  })

  it('explicit test rows, bad input and per-model failures', async () => {
    const testRows = Array.from({ length: 100 }, (_, i) => i * 6)
    const res = await trainAndCompare(table, schema, { target: 'y', positive: 'yes', testRows, cv: 0, importance: false, models: [{ name: 'lr' }, { name: 'knn', params: { k: 1000 } }] })
    expect(res.split.mode).toBe('explicit')
    expect(res.split.train).toBe(500)
    // a failed model keeps its message code, so the app shows the reason in the reader's language
    expect((res.models[1] as ModelResult).error).toMatchObject({ code: 'ml.error.knnTooFewRows' })
    expect(renderEnglish((res.models[1] as ModelResult).error as Message)).toMatch(/k = 1000 is more than the 500 training rows/)
    expect(res.warnings.map(renderEnglish).join()).toMatch(/"duration"/) // alone it predicts y far better than anything else
    await expect(trainAndCompare(table, schema, { target: 'job', models: [{ name: 'lr' }] })).rejects.toThrow(/choose which value is positive/)
    await expect(trainAndCompare(table, schema, { target: 'y', positive: 'yes', models: [{ name: 'lr', grid: { C: [] } }] }).then((r) => renderEnglish(r.models[0].error as Message))).resolves.toMatch(/0 points/)
    await expect(trainAndCompare(table, schema, { target: 'y', positive: 'yes', testRows: [0, 1, 2, 3, 4, 5], trainRows: [6, 7, 8, 9, 10, 11, 12, 13], cv: 10, models: [{ name: 'lr' }] })).rejects.toThrow(/CV folds|one class/)
    await expect(trainAndCompare(table, schema, { target: 'y', positive: 'yes', models: [{ name: 'nope' as 'lr' }] })).rejects.toThrow(/Unknown model/)
    await expect(trainAndCompare(table, schema, { target: 'y', positive: 'yes', cv: 0, models: [{ name: 'lr' }] }, { cancel: { cancelled: true } })).rejects.toThrow(CancelledError)
  })

  it('reason codes, bands and a formula-safe CSV', async () => {
    const res = await trainAndCompare(table, schema, { target: 'y', positive: 'yes', drop: ['duration'], cv: 0, importance: false, models: [{ name: 'lr' }, { name: 'tree', params: { maxDepth: 3 } }] })
    const rows = res.split.testRows
    for (const m of res.models) {
      const pre = Preprocessor.load(m.model.pipeline)
      const est = loadEstimator(m.model.estimator) as Classifier
      const X = pre.transform(table, rows)
      const reasons = reasonCodes(est, pre, X, 3)
      expect(reasons).toHaveLength(rows.length)
      for (const r of reasons) {
        expect(r.length).toBeLessThanOrEqual(3)
        for (let k = 1; k < r.length; k++) expect(r[k].contribution).toBeLessThanOrEqual(r[k - 1].contribution)
      }
      if (est instanceof LogisticRegression) {
        // Σ of all contributions + intercept = the log-odds
        const all = reasonCodes(est, pre, X, 100)
        expect(all[0].every((x) => x.contribution > 0)).toBe(true)
      }
    }
    const p = [0.05, 0.2, 0.7, 0.15, 0.5]
    expect(Array.from(assignBands(p))).toEqual([0, 1, 2, 1, 2])
    const bs = bandSummary(p, undefined, [0, 0, 1, 0, 1])
    expect(bs.map((b) => b.count)).toEqual([1, 2, 2])
    expect(bs[2].expected).toBeCloseTo(1.2, 12)
    expect(bs[2].actual).toBe(2)
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`)
    for (const bad of ['+1', '-2', '@a', '\tx', '\rx']) expect(csvCell(bad).replace(/^"/, '').startsWith("'")).toBe(true)
    const csv = scoredCustomersCsv(['=cmd', 'b'], [0.9, 0.1], [[{ feature: 'f', value: 'v', contribution: 1, text: '-bad' }], []])
    expect(csv).toBe("id,probability,band,reason_1,reason_2,reason_3\n'=cmd,0.9,likely,'-bad,,\nb,0.1,unlikely,,,\n")
  })
})
