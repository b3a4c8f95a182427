/**
 * Model files and scoring SQL on the full datasets in ../shared: bank-full (45,211 rows; logistic
 * regression, a decision tree, MLPs, gradient boosting and a depth-8 forest fitted on the reference
 * training rows, `duration` dropped; a forest of fully grown trees is refused for its size) and
 * the Online Retail RFM table (4,338 customers; k-means with log + standardisation, RFM map).
 * save → load → score equals the in-app scores exactly; the SQL run in DuckDB within 1e-9.
 */
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { SHARED, sharedPath } from '../shared'
import { readTableFile } from '../../src/data/node'
import { getColumn, numericValues, type Table } from '../../src/data/table'
import { matrix } from '../../src/ml/core/matrix'
import { Preprocessor } from '../../src/ml/preprocessing/pipeline'
import { encodeTarget } from '../../src/ml/preprocessing/target'
import { LogisticRegression } from '../../src/ml/estimators/logistic'
import { DecisionTreeClassifier } from '../../src/ml/estimators/tree'
import { MLPClassifier } from '../../src/ml/estimators/mlp'
import { HistGradientBoostingClassifier } from '../../src/ml/estimators/gbt'
import { RandomForestClassifier } from '../../src/ml/estimators/forest'
import type { Classifier } from '../../src/ml/core/estimator'
import { KMeansModel } from '../../src/ml/clustering/kmeans'
import { rfmScores } from '../../src/ml/segmentation/rfm'
import { parseModelFile, scoreTable, serializeModel } from '../../src/ml/modelfile'
import { modelToSql, SqlExportError } from '../../src/ml/sql'
import { runOnTable } from '../unit/modelfile/duck'

function maxDiff(ids: string[] | null, rows: Record<string, unknown>[], idCol: string | null, col: string, app: ArrayLike<number>): number {
  let d = 0
  if (idCol && ids) {
    const by = new Map(rows.map((r) => [String(r[idCol]), Number(r[col])]))
    ids.forEach((id, i) => (d = Math.max(d, Math.abs(by.get(id)! - app[i]))))
  }
  return d
}

describe.skipIf(!SHARED)('model files + scoring SQL on the full datasets', () => {
  it('bank-full: logistic regression, decision tree, MLP, gradient boosting, random forest', async () => {
    const { table: raw, schema } = await readTableFile(sharedPath('data/bank_marketing/bank-full.csv'), { sep: ';' })
    // an id column so SQL rows can be matched (bank-full has none)
    const table: Table = { ...raw, columns: [{ name: 'row_id', storage: 'number', values: Float64Array.from({ length: raw.nRows }, (_, i) => i) }, ...raw.columns] }
    const train = Int32Array.from(readFileSync(sharedPath('reference/splits/bank_train_idx.txt'), 'utf8').trim().split(/\s+/).map(Number))
    const t = encodeTarget(table, 'y', 'yes')
    const yOf = new Uint8Array(table.nRows)
    t.rows.forEach((r, k) => (yOf[r] = t.y[k]))
    const y = Uint8Array.from(train, (r) => yOf[r])
    const features = raw.columns.map((c) => c.name).filter((n) => n !== 'y' && n !== 'duration')
    const pre = Preprocessor.fit({ table, rows: train, features, schema })
    const Xtr = pre.transform(table, train)
    const models: [string, Classifier][] = [
      ['lr', new LogisticRegression({ C: 1 })],
      ['tree', new DecisionTreeClassifier({ maxDepth: 8 })],
      ['mlp', new MLPClassifier({ hiddenLayerSizes: [100], maxIter: 5, engine: 'js' })],
      ['mlp-tanh-2', new MLPClassifier({ hiddenLayerSizes: [32, 16], activation: 'tanh', maxIter: 5, engine: 'js' })],
      ['gbt', new HistGradientBoostingClassifier()],
      ['rf', new RandomForestClassifier({ nEstimators: 50, maxDepth: 8 })],
    ]
    for (const [name, est] of models) {
      const tFit = performance.now()
      await est.fit(Xtr, y)
      const fitMs = performance.now() - tFit
      const t0 = performance.now()
      const saved = await serializeModel({ kind: 'classifier', name: `bank ${name}`, pipeline: pre, estimator: est, target: { name: 'y', positive: 'yes' }, training: { table, rows: train }, schema, idColumn: 'row_id' })
      const tSave = performance.now() - t0
      const t1 = performance.now()
      const m = await parseModelFile(saved.bytes, `bank-${name}.clmodel`)
      const tLoad = performance.now() - t1
      const t2 = performance.now()
      const s = scoreTable(m, table, { reasons: 3 })
      const tScore = performance.now() - t2
      const inApp = est.predictProba(pre.transform(table))
      expect(Array.from(s.probability!)).toEqual(Array.from(inApp))
      const sql = modelToSql(m)
      const t3 = performance.now()
      const rows = await runOnTable(table, sql)
      const tSql = performance.now() - t3
      const d = maxDiff(s.ids, rows, 'row_id', 'probability', s.probability!)
      process.stderr.write(`bank-full ${name}: fit ${fitMs.toFixed(0)} ms, SQL ${(sql.length / 1024).toFixed(0)} KiB, file ${saved.bytes.length} B, save ${tSave.toFixed(0)} ms, load ${tLoad.toFixed(0)} ms, score+reasons ${tScore.toFixed(0)} ms (45,211 rows), DuckDB load+SQL ${tSql.toFixed(0)} ms, max |SQL − app| = ${d.toExponential(2)}\n`)
      expect(rows.length).toBe(table.nRows)
      expect(d).toBeLessThanOrEqual(1e-9)
    }
    // a forest of fully grown trees is refused with its size and what to change
    const big = new RandomForestClassifier({ nEstimators: 20, maxDepth: null })
    await big.fit(Xtr, y)
    const bm = await parseModelFile((await serializeModel({ kind: 'classifier', name: 'bank rf deep', pipeline: pre, estimator: big, target: { name: 'y', positive: 'yes' }, training: { table, rows: train }, schema, idColumn: 'row_id' })).bytes, 'rf-deep.clmodel')
    let message = ''
    try { modelToSql(bm) } catch (e) { if (e instanceof SqlExportError) message = e.message; else throw e }
    process.stderr.write(`bank-full rf (20 unlimited-depth trees, ${big.nodeCount} nodes): ${message}\n`)
    expect(message).toMatch(/random forest cannot be expressed in SQL: the query would be about [\d.]+ MB of SQL \(the limit is 5\.0 MB\); retrain it with a max depth/)
  })

  it('Online Retail RFM table: k-means (log + standardise, k = 4) and the RFM map', async () => {
    const { table } = await readTableFile(sharedPath('reference/online_retail_rfm.csv'))
    const names = ['Recency', 'Frequency', 'Monetary']
    const cols = names.map((n) => numericValues(getColumn(table, n)))
    const X = matrix(table.nRows, 3)
    for (let i = 0; i < table.nRows; i++) for (let j = 0; j < 3; j++) X.data[i * 3 + j] = cols[j][i]
    const km = new KMeansModel({ k: 4, nInit: 10, log: ['log1p', 'log', 'log'], standardize: true, featureNames: names })
    km.fit(X)
    const m = await parseModelFile((await serializeModel({ kind: 'kmeans', name: 'rfm k4', kmeans: km, training: { table }, idColumn: 'CustomerID' })).bytes, 'km.clmodel')
    const s = scoreTable(m, table)
    expect(Array.from(s.cluster!)).toEqual(Array.from(km.labels))
    const rows = await runOnTable(table, modelToSql(m))
    const by = new Map(rows.map((r) => [String(r.CustomerID), r]))
    let mismatch = 0
    s.ids!.forEach((id, i) => { if (Number(by.get(id)!.cluster) !== s.cluster![i] + 1) mismatch++ })
    const d = maxDiff(s.ids, rows, 'CustomerID', 'distance', s.distance!)
    process.stderr.write(`rfm k-means: ${table.nRows} customers, cluster mismatches ${mismatch}, max |distance SQL − app| = ${d.toExponential(2)}\n`)
    expect(mismatch).toBe(0)
    expect(d).toBeLessThanOrEqual(1e-9)

    const sc = rfmScores(cols[0], cols[1], cols[2], { tieRule: 'average' })
    const rm = await parseModelFile((await serializeModel({ kind: 'rfm', name: 'rfm map', columns: { recency: 'Recency', frequency: 'Frequency', monetary: 'Monetary' }, ranges: sc.ranges, training: { table }, idColumn: 'CustomerID' })).bytes, 'rfm.clmodel')
    const rs = scoreTable(rm, table)
    expect(Array.from(rs.r!)).toEqual(Array.from(sc.r))
    expect(Array.from(rs.f!)).toEqual(Array.from(sc.f))
    expect(Array.from(rs.m!)).toEqual(Array.from(sc.m))
    const rrows = await runOnTable(table, modelToSql(rm))
    const rby = new Map(rrows.map((r) => [String(r.CustomerID), r.segment]))
    rs.ids!.forEach((id, i) => expect(rby.get(id)).toBe(rs.segment![i]))
  })
})
