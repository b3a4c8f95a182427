/**
 * Parity with scikit-learn on bank-full (duration dropped), protocol of
 * ../shared/reference/README.md (a): exact test rows from splits/bank_test_idx.txt, CV folds from
 * splits/bank_train_cv_folds.csv, SVM and the vote on splits/bank_svc_subsample10k_idx.txt.
 */
import { describe, it, expect, beforeAll } from 'vitest'
import { ensureTfBackend } from '../../src/ml/tf/backend'
import { readFileSync, existsSync } from 'node:fs'
import { SHARED, sharedPath } from '../shared'
import { readTableFile } from '../../src/data/node'
import type { ColumnSchema, Table } from '../../src/data/table'
import { trainAndCompare, type ModelResult, type TrainConfig } from '../../src/ml/propensity/train'
import { LogisticRegression } from '../../src/ml/estimators/logistic'

interface RefRow { model: string; smote: boolean; f1: number; roc_auc: number; pr_auc: number; cv_roc_auc_mean: number; cv_f1_mean: number }
interface RefGrid { model: string; scoring: string; best_params: Record<string, string>; best_cv_score: number; cv_mean_by_param: Array<[string, number]> }

function pearson(a: number[], b: number[]): number {
  const n = a.length
  const ma = a.reduce((s, x) => s + x, 0) / n
  const mb = b.reduce((s, x) => s + x, 0) / n
  let sab = 0, saa = 0, sbb = 0
  for (let i = 0; i < n; i++) {
    sab += (a[i] - ma) * (b[i] - mb)
    saa += (a[i] - ma) ** 2
    sbb += (b[i] - mb) ** 2
  }
  return sab / Math.sqrt(saa * sbb)
}

describe.skipIf(!SHARED)('bank marketing parity with scikit-learn (duration dropped)', () => {
  let table: Table
  let schema: ColumnSchema[]
  let testRows: number[]
  let sub10k: number[]
  let cvFolds: { rows: number[]; folds: number[] }
  let ref: { results: RefRow[]; gridsearch: RefGrid[] }
  const refRow = (model: string, smote: boolean): RefRow => ref.results.find((r) => r.model === model && r.smote === smote)!
  const lines = (p: string): number[] => readFileSync(p, 'utf8').trim().split('\n').map(Number)
  const base = (): Omit<TrainConfig, 'models'> => ({ target: 'y', positive: 'yes', drop: ['duration'], testRows, cvFolds, importance: false })

  beforeAll(async () => {
    // TF.js (the MLP) on the wasm backend in Node: the cpu backend is ~20x slower
    await ensureTfBackend('wasm')
    ;({ table, schema } = await readTableFile(sharedPath('data/bank_marketing/bank-full.csv'), { sep: ';' }))
    testRows = lines(sharedPath('reference/splits/bank_test_idx.txt'))
    sub10k = lines(sharedPath('reference/splits/bank_svc_subsample10k_idx.txt'))
    const csv = readFileSync(sharedPath('reference/splits/bank_train_cv_folds.csv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split(',').map(Number))
    cvFolds = { rows: csv.map((r) => r[0]), folds: csv.map((r) => r[1]) }
    ref = JSON.parse(readFileSync(sharedPath('reference/results_bank_drop_duration.json'), 'utf8'))
  })

  const check = (m: ModelResult, r: RefRow, aucTol: number, f1Tol: number): void => {
    expect(m.error).toBeUndefined()
    console.log(`${m.id}: ROC AUC ${m.test.rocAuc.toFixed(4)} (ref ${r.roc_auc.toFixed(4)}), F1 ${m.test.f1.toFixed(4)} (ref ${r.f1.toFixed(4)}), fit ${m.fitSeconds.toFixed(2)} s, ${m.backend}`)
    // within tolerance, or higher ROC AUC
    expect(m.test.rocAuc).toBeGreaterThan(r.roc_auc - aucTol)
    expect(Math.abs(m.test.f1 - r.f1)).toBeLessThan(f1Tol)
  }

  it('logistic regression: ROC AUC within 0.005 of 0.7718, optimum of the sklearn objective, SMOTE within 0.01', async () => {
    const res = await trainAndCompare(table, schema, { ...base(), models: [{ name: 'lr', smote: false }, { name: 'lr', smote: true }], smote: { k: 5, seed: 42 } })
    expect(res.features.encoded.length).toBe(50)
    expect(res.split.train).toBe(36168)
    expect(res.split.trainPositive).toBe(4231)
    const [lr, lrs] = res.models
    console.log(`lr: ROC AUC ${lr.test.rocAuc.toFixed(4)}, F1 ${lr.test.f1.toFixed(4)}, CV ROC AUC ${lr.cv!.roc_auc.mean.toFixed(4)}; lr+smote: ${lrs.test.rocAuc.toFixed(4)} F1 ${lrs.test.f1.toFixed(4)}`)
    expect(Math.abs(lr.test.rocAuc - refRow('LogisticRegression', false).roc_auc)).toBeLessThan(0.005)
    expect(Math.abs(lr.test.f1 - refRow('LogisticRegression', false).f1)).toBeLessThan(0.01)
    expect(Math.abs(lr.cv!.roc_auc.mean - refRow('LogisticRegression', false).cv_roc_auc_mean)).toBeLessThan(0.005)
    // the optimum: ‖coef‖₂ = 3.3180 in the reference timing table; the gradient vanishes at ours.
    // (The intercept, −1.8286 in sklearn, sits on a nearly flat direction — one-hot groups sum to
    // the intercept column — so lbfgs' tol=1e-4 stop leaves it ~0.01 from the exact optimum.)
    const est = LogisticRegression.load(lr.model.estimator)
    const norm = Math.hypot(...est.coef)
    expect(Math.abs(norm - 3.318)).toBeLessThan(0.005)
    expect(Math.abs(est.intercept - -1.8286)).toBeLessThan(0.02)
    // and coefficient by coefficient against sklearn's own fit (tests/fixtures/ml/sklearn_lr_bank.py)
    const sk = JSON.parse(readFileSync(new URL('../fixtures/ml/sklearn_lr_bank.json', import.meta.url), 'utf8')) as { features: { column: string; level?: string; coef: number }[] }
    const ours = new Map(lr.coefficients!.rows.map((r) => [r.name, r.coef]))
    const pairs = sk.features.map((f) => [ours.get(f.level === undefined ? f.column : `${f.column}=${f.level}`), f.coef] as const)
    expect(pairs.every(([a]) => a !== undefined)).toBe(true)
    const corr = pearson(pairs.map((p) => p[0]!), pairs.map((p) => p[1]))
    console.log(`lr coefficients: Pearson r with sklearn = ${corr.toFixed(6)} over ${pairs.length}`)
    expect(corr).toBeGreaterThanOrEqual(0.999)
    expect(Math.abs(lrs.test.rocAuc - refRow('LogisticRegression', true).roc_auc)).toBeLessThan(0.01)
    expect(lrs.classCounts.after.positive).toBe(lrs.classCounts.after.negative)
  })

  it('KNN and decision tree (with and without SMOTE): ROC AUC within 0.02 (or higher), F1 within 0.03', async () => {
    const res = await trainAndCompare(table, schema, { ...base(), cv: 0, cvFolds: undefined, smote: { k: 5, seed: 42 },
      models: [{ name: 'knn', smote: false }, { name: 'tree', smote: false }, { name: 'knn', smote: true }, { name: 'tree', smote: true }] })
    const [knn, tree, knns, trees] = res.models
    check(knn, refRow('KNeighbors', false), 0.02, 0.03)
    check(tree, refRow('DecisionTree', false), 0.02, 0.03)
    check(knns, refRow('KNeighbors', true), 0.02, 0.03)
    check(trees, refRow('DecisionTree', true), 0.02, 0.03)
  })

  it('grid search picks the reference best (or one within 0.002 of its CV score)', async () => {
    for (const scoring of ['roc_auc', 'f1'] as const) {
      const res = await trainAndCompare(table, schema, { ...base(), scoring, models: [
        { name: 'lr', grid: { C: [0.001, 0.01, 0.1, 1, 10, 100] } },
        { name: 'tree', grid: { maxDepth: [2, 3, 4, 5, 6, 8, 10, 12, null] } },
      ] })
      for (const [m, refName, key] of [[res.models[0], 'LogisticRegression', 'C'], [res.models[1], 'DecisionTree', 'maxDepth']] as const) {
        const g = ref.gridsearch.find((x) => x.model === refName && x.scoring === scoring)!
        const best = m.grid!.best[key]
        const label = best === null ? 'None' : String(best)
        const refScore = g.cv_mean_by_param.find(([p]) => p.endsWith(`: ${label}}`))![1]
        console.log(`${refName} ${scoring}: picked ${label} (ref best ${JSON.stringify(g.best_params)}), our CV ${m.grid!.bestScore.toFixed(4)}`)
        expect(g.best_cv_score - refScore, `${refName} ${scoring}: picked ${label}`).toBeLessThanOrEqual(0.002)
      }
    }
  })

  const others = ['svm', 'rf', 'gbt', 'mlp'].filter((n) => existsSync(new URL(`../../src/ml/estimators/${n === 'rf' ? 'forest' : n}.ts`, import.meta.url)))
  it.skipIf(!others.includes('rf') || !others.includes('gbt'))('random forest and gradient boosting: ROC AUC within 0.02 (or higher), F1 within 0.03', async () => {
    const res = await trainAndCompare(table, schema, { ...base(), cv: 0, cvFolds: undefined, models: [{ name: 'rf' }] })
    check(res.models[0], refRow('RandomForest', false), 0.02, 0.03)
    // Gradient boosting's early stopping holds out a random 10% validation split drawn from numpy's
    // generator, which we cannot reproduce: the split decides when boosting stops (45 to 100
    // iterations over seeds) and so moves F1 by ±0.015. We compare the median over five seeds.
    const seeds = [42, 43, 44, 45, 46]
    const gbt = await trainAndCompare(table, schema, { ...base(), cv: 0, cvFolds: undefined, models: seeds.map((seed) => ({ name: 'gbt' as const, id: `gbt-${seed}`, params: { seed } })) })
    const median = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)]
    const r = refRow('HistGradientBoosting', false)
    for (const m of gbt.models) expect(m.error).toBeUndefined()
    const auc = median(gbt.models.map((m) => m.test.rocAuc))
    const f1 = median(gbt.models.map((m) => m.test.f1))
    console.log(`gbt over seeds ${seeds.join(',')}: ROC AUC ${gbt.models.map((m) => m.test.rocAuc.toFixed(4)).join(' ')}, F1 ${gbt.models.map((m) => m.test.f1.toFixed(4)).join(' ')} (ref ${r.roc_auc.toFixed(4)} / ${r.f1.toFixed(4)})`)
    expect(auc).toBeGreaterThan(r.roc_auc - 0.02)
    expect(Math.abs(f1 - r.f1)).toBeLessThan(0.03)
  })

  it.skipIf(!others.includes('svm'))('SVM and soft vote (LR+KNN+DT+SVM) on the 10k subsample', async () => {
    const res = await trainAndCompare(table, schema, { ...base(), trainRows: sub10k, cv: 0, cvFolds: undefined,
      models: [{ name: 'lr' }, { name: 'knn' }, { name: 'tree' }, { name: 'svm' }], vote: 'soft' })
    check(res.models[3], refRow('SVC', false), 0.02, 0.03)
    check(res.models[4], refRow('SoftVoting_LR_KNN_DT_SVC', false), 0.02, 0.03)
  })

  it.skipIf(!others.includes('mlp'))('MLP: ROC AUC within 0.02 (or higher), F1 within 0.03', async () => {
    const res = await trainAndCompare(table, schema, { ...base(), cv: 0, cvFolds: undefined, models: [{ name: 'mlp' }] })
    check(res.models[0], refRow('MLP', false), 0.02, 0.03)
  })
})
