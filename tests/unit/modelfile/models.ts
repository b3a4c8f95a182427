/** Trained models of every kind on the committed samples (small settings: the tests stay fast). */
import type { Classifier } from '../../../src/ml/core/estimator'
import { matrix } from '../../../src/ml/core/matrix'
import { LogisticRegression } from '../../../src/ml/estimators/logistic'
import { KNeighborsClassifier } from '../../../src/ml/estimators/knn'
import { DecisionTreeClassifier } from '../../../src/ml/estimators/tree'
import { SVC } from '../../../src/ml/estimators/svm'
import { RandomForestClassifier } from '../../../src/ml/estimators/forest'
import { HistGradientBoostingClassifier } from '../../../src/ml/estimators/gbt'
import { VotingClassifier } from '../../../src/ml/estimators/voting'
import { LinearRegression } from '../../../src/ml/estimators/linear'
import { MLPClassifier } from '../../../src/ml/estimators/mlp'
import { KMeansModel } from '../../../src/ml/clustering/kmeans'
import { rfmScores } from '../../../src/ml/segmentation/rfm'
import { makeRuleSet } from '../../../src/ml/rules/rules'
import { numericValues, getColumn, type Table } from '../../../src/data/table'
import type { SaveInput } from '../../../src/ml/modelfile'
import { Preprocessor } from '../../../src/ml/preprocessing/pipeline'
import { bankPipeline, loadRfm } from './helpers'

export type ClassifierName = 'lr' | 'knn' | 'tree' | 'svm' | 'svm-linear' | 'rf' | 'gbt' | 'mlp' | 'vote-soft' | 'vote-hard' | 'vote-knn'

const trained = new Map<ClassifierName, Promise<SaveInput & { kind: 'classifier' }>>()

/** Trained once per test file (memoised): callers must not change the result. */
export function trainClassifier(name: ClassifierName): Promise<SaveInput & { kind: 'classifier' }> {
  let p = trained.get(name)
  if (!p) {
    p = train(name)
    trained.set(name, p)
  }
  return p
}

async function train(name: ClassifierName): Promise<SaveInput & { kind: 'classifier' }> {
  const { data, pre } = await bankPipeline()
  // SVM and MLP train on the first 300 rows: enough to test the file format, and fast
  const small = name === 'svm' || name === 'svm-linear' || name === 'mlp'
  const rows = small ? data.rows.subarray(0, 300) : data.rows
  const X = pre.transform(data.table, rows)
  const yFit = small ? data.y.subarray(0, 300) : data.y
  const make = (n: ClassifierName): Classifier => {
    switch (n) {
      case 'lr': return new LogisticRegression({ C: 1 })
      case 'knn': return new KNeighborsClassifier({ k: 7 })
      case 'tree': return new DecisionTreeClassifier({ maxDepth: 5 })
      case 'svm': return new SVC({ kernel: 'rbf' })
      case 'svm-linear': return new SVC({ kernel: 'linear' })
      case 'rf': return new RandomForestClassifier({ nEstimators: 10, maxDepth: 6 })
      case 'gbt': return new HistGradientBoostingClassifier({ maxIter: 20 })
      case 'mlp': return new MLPClassifier({ hiddenLayerSizes: [8], maxIter: 5, backend: 'cpu' })
      case 'vote-soft': return new VotingClassifier({ estimators: [{ name: 'lr', estimator: make('lr') }, { name: 'tree', estimator: make('tree') }], voting: 'soft', weights: [2, 1] })
      case 'vote-hard': return new VotingClassifier({ estimators: [{ name: 'lr', estimator: make('lr') }, { name: 'tree', estimator: make('tree') }, { name: 'tree2', estimator: new DecisionTreeClassifier({ maxDepth: 2 }) }], voting: 'hard' })
      case 'vote-knn': return new VotingClassifier({ estimators: [{ name: 'lr', estimator: make('lr') }, { name: 'knn', estimator: make('knn') }], voting: 'soft' })
    }
  }
  const est = make(name)
  await est.fit(X, yFit)
  return {
    kind: 'classifier', name: `bank ${name}`, pipeline: pre, estimator: est, target: { name: 'y', positive: 'yes' },
    training: { table: data.table, rows: data.rows }, schema: data.schema, idColumn: 'client_id',
    metrics: { rocAuc: 0.75, f1: 0.3, logLoss: 0.31 }, threshold: 0.3,
    card: { author: 'tests', notes: 'bank sample', predicts: 'y = yes' }, createdAt: new Date('2024-05-01T12:00:00Z'),
  }
}

export async function trainRegression(): Promise<SaveInput & { kind: 'regressor' }> {
  const { data } = await bankPipeline()
  const features = data.features.filter((f) => f !== 'balance')
  const pre = Preprocessor.fit({ table: data.table, features, schema: data.schema, options: { dropFirst: true } })
  const y = numericValues(getColumn(data.table, 'balance'))
  const lin = new LinearRegression({ alpha: 0 })
  lin.fit(pre.transform(data.table), Float64Array.from(y))
  return {
    kind: 'regressor', name: 'balance OLS', pipeline: pre, estimator: lin, target: { name: 'balance' },
    training: { table: data.table }, schema: data.schema, idColumn: 'client_id', metrics: { rmse: 3000, r2: 0.05 }, createdAt: new Date('2024-05-01T12:00:00Z'),
  }
}

export async function pipelineOnly(): Promise<SaveInput & { kind: 'pipeline' }> {
  const { data, pre } = await bankPipeline()
  return { kind: 'pipeline', name: 'bank pipeline', pipeline: pre, training: { table: data.table, rows: data.rows }, schema: data.schema, createdAt: new Date('2024-05-01T12:00:00Z') }
}

export function rfmMatrix(t: Table, names = ['Recency', 'Frequency', 'Monetary']) {
  const cols = names.map((n) => numericValues(getColumn(t, n)))
  const X = matrix(t.nRows, names.length)
  for (let i = 0; i < t.nRows; i++) names.forEach((_, j) => (X.data[i * names.length + j] = cols[j][i]))
  return X
}

export async function trainKMeans(): Promise<{ input: SaveInput & { kind: 'kmeans' }; table: Table; km: KMeansModel }> {
  const table = await loadRfm()
  // recency can be 0 days: log1p for it, log for the others
  const km = new KMeansModel({ k: 4, nInit: 3, log: ['log1p', 'log', 'log'], standardize: true, featureNames: ['Recency', 'Frequency', 'Monetary'] })
  km.fit(rfmMatrix(table))
  return {
    input: { kind: 'kmeans', name: 'rfm k=4', kmeans: km, clusterNames: ['A', 'B', 'C', 'D'], training: { table }, idColumn: 'CustomerID', metrics: { inertia: km.inertia }, createdAt: new Date('2024-05-01T12:00:00Z') },
    table, km,
  }
}

export async function rfmMap(): Promise<{ input: SaveInput & { kind: 'rfm' }; table: Table; scores: ReturnType<typeof rfmScores> }> {
  const table = await loadRfm()
  const v = (n: string) => numericValues(getColumn(table, n))
  const scores = rfmScores(v('Recency'), v('Frequency'), v('Monetary'), { tieRule: 'average' })
  return {
    input: { kind: 'rfm', name: 'rfm map', columns: { recency: 'Recency', frequency: 'Frequency', monetary: 'Monetary' }, ranges: scores.ranges, training: { table }, idColumn: 'CustomerID', createdAt: new Date('2024-05-01T12:00:00Z') },
    table, scores,
  }
}

export function ruleSet(): SaveInput & { kind: 'rules' } {
  // 10 baskets over items a..e; three rules with hand-made counts
  const rules = makeRuleSet(10, ['bread', 'butter', 'milk', 'jam', 'eggs'], [0, 1, 3, 3], [0, 0, 1, 2], [1, 3, 0], [4, 2, 5], [6, 3, 7], [5, 3, 6])
  return { kind: 'rules', name: 'basket rules', rules, training: { rows: 10, columns: ['basket'], sha256: 'a'.repeat(64) }, createdAt: new Date('2024-05-01T12:00:00Z') }
}
