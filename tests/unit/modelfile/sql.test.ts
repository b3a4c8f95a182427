import { describe, expect, it } from 'vitest'
import { numberColumn, stringColumn, stringValues, getColumn, numericValues, type Table } from '../../../src/data/table'
import { LogisticRegression } from '../../../src/ml/estimators/logistic'
import { MLPClassifier, type MlpActivation } from '../../../src/ml/estimators/mlp'
import { HistGradientBoostingClassifier } from '../../../src/ml/estimators/gbt'
import { RandomForestClassifier } from '../../../src/ml/estimators/forest'
import { DecisionTreeClassifier } from '../../../src/ml/estimators/tree'
import { VotingClassifier } from '../../../src/ml/estimators/voting'
import type { Classifier } from '../../../src/ml/core/estimator'
import { Preprocessor } from '../../../src/ml/preprocessing/pipeline'
import { parseModelFile, scoreTable, serializeModel, type LoadedModel, type SaveInput } from '../../../src/ml/modelfile'
import { modelToSql, quoteIdent, num, SqlExportError, MAX_SQL_BYTES } from '../../../src/ml/sql'
import { runOnTable } from './duck'
import { bankPipeline, loadBank } from './helpers'
import { rfmMap, trainClassifier, trainKMeans, trainRegression, type ClassifierName } from './models'

const load = async (input: SaveInput, name = 'm.clmodel'): Promise<LoadedModel> => parseModelFile((await serializeModel(input)).bytes, name)

function maxAbsDiff(ids: string[], sqlRows: Record<string, unknown>[], idCol: string, col: string, app: ArrayLike<number>): number {
  const by = new Map(sqlRows.map((r) => [String(r[idCol]), r[col]]))
  let d = 0
  ids.forEach((id, i) => (d = Math.max(d, Math.abs(Number(by.get(id)) - app[i]))))
  return d
}

/** The bank sample with missing values and unseen levels sprinkled in (the SQL must treat them as the app). */
async function messyBank(): Promise<Table> {
  const { table } = await loadBank()
  const job = stringValues(getColumn(table, 'job'))
  const age = Array.from(numericValues(getColumn(table, 'age')))
  for (let i = 0; i < table.nRows; i += 13) job[i] = null
  for (let i = 5; i < table.nRows; i += 17) job[i] = "astronaut's"
  for (let i = 3; i < table.nRows; i += 11) age[i] = NaN
  return { ...table, columns: table.columns.map((c) => (c.name === 'job' ? stringColumn('job', job) : c.name === 'age' ? numberColumn('age', age) : c)) }
}

describe('scoring SQL run in DuckDB equals the in-app scores (≤ 1e-9)', () => {
  for (const name of ['lr', 'tree', 'vote-soft', 'vote-hard'] as ClassifierName[]) {
    it(`classifier ${name} on the bank sample with missing values and unseen categories`, async () => {
      const m = await load(await trainClassifier(name))
      const t = await messyBank()
      const s = scoreTable(m, t, { reasons: 0 })
      const rows = await runOnTable(t, modelToSql(m))
      expect(rows.length).toBe(t.nRows)
      expect(maxAbsDiff(s.ids!, rows, 'client_id', 'probability', s.probability!)).toBeLessThanOrEqual(1e-9)
      const by = new Map(rows.map((r) => [String(r.client_id), r]))
      s.ids!.forEach((id, i) => {
        expect(by.get(id)!.band).toBe(s.bandLabels![s.band![i]])
        expect(Number(by.get(id)!.decision)).toBe(s.decision![i])
      })
    })
  }

  it('logistic regression with dropFirst and an "other" bucket (maxLevels)', async () => {
    const { data } = await bankPipeline()
    const pre = Preprocessor.fit({ table: data.table, rows: data.rows, features: data.features, schema: data.schema, options: { dropFirst: true, maxLevels: 4 } })
    expect(pre.groups.some((g) => g.hasOther)).toBe(true)
    const lr = new LogisticRegression({ C: 0.5 })
    lr.fit(pre.transform(data.table, data.rows), data.y)
    const m = await load({ kind: 'classifier', name: 'lr other', pipeline: pre, estimator: lr, target: { name: 'y', positive: 'yes' }, training: { table: data.table }, idColumn: 'client_id' })
    const t = await messyBank()
    const s = scoreTable(m, t, { reasons: 0 })
    expect(maxAbsDiff(s.ids!, await runOnTable(t, modelToSql(m)), 'client_id', 'probability', s.probability!)).toBeLessThanOrEqual(1e-9)
  })

  it('linear regression', async () => {
    const m = await load(await trainRegression())
    const t = await messyBank()
    const s = scoreTable(m, t, { reasons: 0 })
    const rows = await runOnTable(t, modelToSql(m))
    // predictions are in the thousands: compare relative to their size
    expect(maxAbsDiff(s.ids!, rows, 'client_id', 'prediction', s.prediction!)).toBeLessThanOrEqual(1e-9 * 1e4)
    const rel = Math.max(...s.ids!.map((id, i) => Math.abs(Number(rows.find((r) => r.client_id === id)!.prediction) - s.prediction![i]) / Math.max(1, Math.abs(s.prediction![i]))))
    expect(rel).toBeLessThanOrEqual(1e-12)
  })

  it('k-means assignment with log1p/log and standardisation (RFM table)', async () => {
    const { input, table } = await trainKMeans()
    const m = await load(input)
    const s = scoreTable(m, table)
    const rows = await runOnTable(table, modelToSql(m, { table: 'customers' }))
    const by = new Map(rows.map((r) => [String(r.CustomerID), r]))
    s.ids!.forEach((id, i) => {
      expect(Number(by.get(id)!.cluster)).toBe(s.cluster![i] + 1)
      expect(by.get(id)!.cluster_name).toBe(s.clusterNames![s.cluster![i]])
      expect(Math.abs(Number(by.get(id)!.distance) - s.distance![i])).toBeLessThanOrEqual(1e-9)
    })
  })

  it('RFM segment map', async () => {
    const { input, table } = await rfmMap()
    const m = await load(input)
    const s = scoreTable(m, table)
    const rows = await runOnTable(table, modelToSql(m))
    const by = new Map(rows.map((r) => [String(r.CustomerID), r]))
    s.ids!.forEach((id, i) => {
      const r = by.get(id)!
      expect([Number(r.r), Number(r.f), Number(r.m)]).toEqual([s.r![i], s.f![i], s.m![i]])
      expect(r.segment).toBe(s.segment![i])
    })
  })

  it('a date feature (EXTRACT(EPOCH …) in days), awkward identifiers and a schema-qualified table', async () => {
    const n = 120
    const day = 86_400_000
    const signup = Array.from({ length: n }, (_, i) => Date.UTC(2020, 0, 1) + ((i * 37) % 400) * day + (i % 3) * 3_600_000)
    const y = Uint8Array.from({ length: n }, (_, i) => ((i * 37) % 400 > 200 ? 1 : 0) ^ (i % 7 === 0 ? 1 : 0))
    const table: Table = {
      name: 'dates', nRows: n,
      columns: [
        stringColumn('Customer "ID"', Array.from({ length: n }, (_, i) => `c${i}`)),
        numberColumn('sign-up date', signup.map((v, i) => (i % 10 === 0 ? NaN : v))),
        stringColumn("plan's tier", Array.from({ length: n }, (_, i) => ['gold', 'silver', "it's bronze"][i % 3])),
        stringColumn('y', Array.from(y, (v) => (v ? 'yes' : 'no'))),
      ],
    }
    const schema = [{ name: 'sign-up date', type: 'datetime' as const, role: 'feature' as const }]
    const pre = Preprocessor.fit({ table, features: ['sign-up date', "plan's tier"], schema })
    const lr = new LogisticRegression()
    lr.fit(pre.transform(table), y)
    const m = await load({ kind: 'classifier', name: 'dates', pipeline: pre, estimator: lr, target: { name: 'y', positive: 'yes' }, training: { table }, idColumn: 'Customer "ID"' })
    const sql = modelToSql(m, { table: 'crm.customers' })
    expect(sql).toContain('"Customer ""ID"""')
    expect(sql).toContain('FROM "crm"."customers"')
    expect(sql).toContain("'it''s bronze'")
    const s = scoreTable(m, table, { reasons: 0 })
    const rows = await runOnTable(table, sql.replace('FROM "crm"."customers"', 'FROM "customers"'), 'customers', { 'sign-up date': 'TIMESTAMP' })
    expect(maxAbsDiff(s.ids!, rows, 'Customer "ID"', 'probability', s.probability!)).toBeLessThanOrEqual(1e-9)
  })
})

/** A classifier fitted on the bank sample (standard pipeline), as a loaded model file. */
async function fitted(name: string, est: Classifier, threshold = 0.3): Promise<{ m: LoadedModel; est: Classifier }> {
  const { data, pre } = await bankPipeline()
  await est.fit(pre.transform(data.table, data.rows), data.y)
  const m = await load({ kind: 'classifier', name, pipeline: pre, estimator: est, target: { name: 'y', positive: 'yes' }, training: { table: data.table, rows: data.rows }, schema: data.schema, idColumn: 'client_id', threshold })
  return { m, est }
}

/** SQL in DuckDB vs the app on the messy bank sample: max |difference|, with decisions checked. */
async function sqlVsApp(m: LoadedModel, est: Classifier): Promise<{ d: number; sql: string }> {
  const t = await messyBank()
  const s = scoreTable(m, t, { reasons: 0 })
  // the loaded model scores as the fitted estimator does
  const inApp = est.predictProba(m.runtime.kind === 'classifier' ? m.runtime.pipeline.transform(t) : (() => { throw new Error('not a classifier') })())
  expect(Array.from(s.probability!)).toEqual(Array.from(inApp))
  const sql = modelToSql(m)
  const rows = await runOnTable(t, sql)
  expect(rows.length).toBe(t.nRows)
  const by = new Map(rows.map((r) => [String(r.client_id), r]))
  const d = maxAbsDiff(s.ids!, rows, 'client_id', 'probability', s.probability!)
  if (process.env.SQL_DIFFS) process.stderr.write(`${m.manifest.name}: max |SQL − app| = ${d.toExponential(2)}, ${sql.length} chars\n`)
  s.ids!.forEach((id, i) => {
    // a decision can only differ where the probability sits on the threshold
    if (Math.abs(s.probability![i] - 0.3) > 1e-9) expect(Number(by.get(id)!.decision)).toBe(s.decision![i])
  })
  return { d, sql }
}

describe('neural networks, boosting, forests and votes over them in SQL (DuckDB vs app ≤ 1e-9)', () => {
  for (const activation of ['relu', 'tanh', 'logistic', 'identity'] as MlpActivation[]) {
    it(`MLP with 2 hidden layers, ${activation}`, async () => {
      const { m, est } = await fitted(`mlp ${activation}`, new MLPClassifier({ hiddenLayerSizes: [7, 4], activation, maxIter: 5, engine: 'js', learningRate: 0.01 }))
      const { d, sql } = await sqlVsApp(m, est)
      expect(d).toBeLessThanOrEqual(1e-9)
      expect(sql).toMatch(/^WITH "encoded" AS \(/m)
      if (activation === 'relu') expect(sql).toContain('GREATEST(')
      if (activation === 'tanh') expect(sql).toContain('TANH(')
      // each unit is computed once, in its own CTE column
      expect(sql.match(/ AS "__h2_3"/g)).toHaveLength(1)
    })
  }

  it('gradient boosting (missing values and unseen levels in the scored data, early stopping on)', async () => {
    const { m, est } = await fitted('gbt', new HistGradientBoostingClassifier({ maxIter: 30, maxLeafNodes: 15, minSamplesLeaf: 5, earlyStopping: true, nIterNoChange: 5 }))
    const { d, sql } = await sqlVsApp(m, est)
    expect(d).toBeLessThanOrEqual(1e-9)
    expect(sql).toContain('AS "__z"')
  })

  it('gradient boosting trained on rows with missing values (imputed as the app does)', async () => {
    const { data } = await bankPipeline()
    const t = await messyBank()
    const pre = Preprocessor.fit({ table: t, rows: data.rows, features: data.features, schema: data.schema })
    const gbt = new HistGradientBoostingClassifier({ maxIter: 15, minSamplesLeaf: 5 })
    await gbt.fit(pre.transform(t, data.rows), data.y)
    const m = await load({ kind: 'classifier', name: 'gbt missing', pipeline: pre, estimator: gbt, target: { name: 'y', positive: 'yes' }, training: { table: t, rows: data.rows }, idColumn: 'client_id', threshold: 0.3 })
    expect((await sqlVsApp(m, gbt)).d).toBeLessThanOrEqual(1e-9)
  })

  it('random forest (average of tree CASEs)', async () => {
    const { m, est } = await fitted('rf', new RandomForestClassifier({ nEstimators: 12, maxDepth: 6 }))
    expect((await sqlVsApp(m, est)).d).toBeLessThanOrEqual(1e-9)
  })

  it('soft and hard votes over an MLP, boosting, a forest and logistic regression', async () => {
    for (const voting of ['soft', 'hard'] as const) {
      const v = new VotingClassifier({
        estimators: [
          { name: 'mlp', estimator: new MLPClassifier({ hiddenLayerSizes: [5, 3], activation: 'logistic', maxIter: 3, engine: 'js' }) },
          { name: 'gbt', estimator: new HistGradientBoostingClassifier({ maxIter: 10 }) },
          { name: 'mlp2', estimator: new MLPClassifier({ hiddenLayerSizes: [4], activation: 'tanh', maxIter: 3, engine: 'js', seed: 7 }) },
          { name: 'rf', estimator: new RandomForestClassifier({ nEstimators: 5, maxDepth: 4 }) },
          { name: 'lr', estimator: new LogisticRegression() },
          { name: 'tree', estimator: new DecisionTreeClassifier({ maxDepth: 3 }) },
        ],
        voting, weights: [1, 2, 1, 1, 1, 0.5],
      })
      const { m, est } = await fitted(`vote ${voting}`, v)
      const { d, sql } = await sqlVsApp(m, est)
      expect(d, voting).toBeLessThanOrEqual(1e-9)
      // member columns do not collide
      expect(sql).toContain('"__v0__h1_0"')
      expect(sql).toContain('"__v2__h1_0"')
      expect(sql).toContain('"__v1__z"')
    }
  })

  it('refuses a query over the size limit, saying how large it would be and what to change', async () => {
    const { m } = await fitted('rf big', new RandomForestClassifier({ nEstimators: 40, maxDepth: null }))
    const full = modelToSql(m)
    expect(full.length).toBeLessThan(MAX_SQL_BYTES)
    const limit = Math.floor(full.length / 3)
    expect(() => modelToSql(m, { maxBytes: limit })).toThrow(SqlExportError)
    expect(() => modelToSql(m, { maxBytes: limit })).toThrow(/random forest cannot be expressed in SQL: the query would be about \d+(\.\d)? MB of SQL \(the limit is .* MB\); retrain it with a max depth/)
    const gbt = (await fitted('gbt big', new HistGradientBoostingClassifier({ maxIter: 30 }))).m
    expect(() => modelToSql(gbt, { maxBytes: 1000 })).toThrow(/gradient boosting model cannot be expressed in SQL: the query would be .*fewer iterations/)
    const mlp = (await fitted('mlp big', new MLPClassifier({ hiddenLayerSizes: [50], maxIter: 1, engine: 'js' }))).m
    expect(() => modelToSql(mlp, { maxBytes: 1000 })).toThrow(/neural network \(MLP\) cannot be expressed in SQL: the query would be .*fewer hidden units/)
  })
})

describe('models that cannot be expressed in SQL say why', () => {
  const CASES: { name: ClassifierName; why: RegExp }[] = [
    { name: 'knn', why: /knn model cannot be expressed in SQL: KNN needs the stored training rows/ },
    { name: 'svm', why: /SVM \(rbf kernel\) cannot be expressed in SQL: it needs the stored training rows: an RBF kernel/ },
    { name: 'svm-linear', why: /SVM \(linear kernel\) cannot be expressed in SQL: it needs the stored training rows/ },
    { name: 'vote-knn', why: /vote cannot be expressed in SQL: it contains knn: KNN needs the stored training rows/ },
  ]
  for (const c of CASES) {
    it(c.name, async () => {
      const m = await load(await trainClassifier(c.name))
      expect(() => modelToSql(m)).toThrow(SqlExportError)
      expect(() => modelToSql(m)).toThrow(c.why)
    })
  }
})

describe('SQL literals', () => {
  it('quotes identifiers and writes exact doubles', () => {
    expect(quoteIdent('a"b')).toBe('"a""b"')
    expect(() => quoteIdent('')).toThrow(SqlExportError)
    expect(num(0.1)).toBe('1e-1')
    expect(num(-2.5)).toBe('(-2.5e+0)')
    expect(Number(num(1 / 3))).toBe(1 / 3)
    expect(() => num(NaN)).toThrow(/non-finite/)
  })
})
