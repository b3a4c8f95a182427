/**
 * What separates each cluster (or RFM segment) from the rest: a one-vs-rest surrogate model per
 * group (a shallow decision tree by default, or gradient boosting), explained with exact TreeSHAP;
 * the inputs that push customers into the group are ranked by their mean SHAP over its members,
 * the surrogate's balanced accuracy says how far to trust the story, and the leading inputs are
 * phrased as message codes ("spends 3× the average", "buys every 3 weeks").
 */
import { MessageError } from '../core/message'
import type { Matrix } from '../core/matrix'
import type { Classifier } from '../core/estimator'
import { checkCancel, type RunControl } from '../core/progress'
import { DecisionTreeClassifier } from '../estimators/tree'
import { HistGradientBoostingClassifier } from '../estimators/gbt'
import { treeEnsemble, treeShapPath } from './shap/trees'
import type { Message } from './treeRules'

export type FeatureRole = 'monetary' | 'frequency' | 'recency' | 'other'

export interface ClusterExplainOptions {
  surrogate: 'tree' | 'gbt'
  /** depth of the surrogate tree(s) */
  maxDepth: number
  /** inputs phrased per cluster */
  topInputs: number
  /** days the transactions span: turns a purchase count into "buys every N weeks" */
  periodDays: number | null
  /** role of each input; default guessed from its name (monetary / frequency / recency) */
  roles: Record<string, FeatureRole>
  seed: number
}

export const defaultClusterExplainOptions: ClusterExplainOptions = { surrogate: 'tree', maxDepth: 3, topInputs: 3, periodDays: null, roles: {}, seed: 42 }

export interface ClusterDriver {
  feature: string
  /** mean SHAP over the cluster's members (surrogate's output scale): > 0 pushes towards the cluster */
  meanShap: number
  clusterMean: number
  overallMean: number
  /** cluster mean / overall mean (NaN when the overall mean is 0) */
  ratio: number
}

export interface ClusterExplanation {
  cluster: number
  size: number
  surrogate: { model: 'tree' | 'gbt'; accuracy: number; balancedAccuracy: number; scale: 'probability' | 'logodds' }
  /** every input, strongest push towards the cluster first */
  drivers: ClusterDriver[]
  /** the surrogate statement, then one phrase per leading input */
  messages: Message[]
}

function guessRole(name: string): FeatureRole {
  const s = name.toLowerCase()
  if (/monetary|spend|revenue|amount|sales|value/.test(s)) return 'monetary'
  if (/frequency|orders|purchases|invoices/.test(s)) return 'frequency'
  if (/recency|days.?since/.test(s)) return 'recency'
  return 'other'
}

const r1 = (v: number): number => (Math.abs(v) >= 10 ? Math.round(v) : Math.round(v * 10) / 10)

function phrase(d: ClusterDriver, role: FeatureRole, periodDays: number | null): Message {
  const feature = d.feature
  if (role === 'frequency' && periodDays && d.clusterMean > 0) {
    const days = periodDays / d.clusterMean
    return days >= 14 ? { code: 'explain.cluster.buysEvery', params: { weeks: r1(days / 7) } } : { code: 'explain.cluster.buysEveryDays', params: { days: r1(days) } }
  }
  if (role === 'recency') return { code: 'explain.cluster.lastBought', params: { days: Math.round(d.clusterMean), avg: Math.round(d.overallMean) } }
  if (!Number.isFinite(d.ratio) || d.ratio <= 0) return { code: 'explain.cluster.about', params: { feature } }
  if (d.ratio >= 1.15) return role === 'monetary' ? { code: 'explain.cluster.spends', params: { ratio: r1(d.ratio) } } : { code: 'explain.cluster.times', params: { feature, ratio: r1(d.ratio) } }
  if (d.ratio <= 0.87) return role === 'monetary' ? { code: 'explain.cluster.spendsLess', params: { percent: Math.round(d.ratio * 100) } } : { code: 'explain.cluster.fraction', params: { feature, percent: Math.round(d.ratio * 100) } }
  return { code: 'explain.cluster.about', params: { feature } }
}

/**
 * X holds the inputs in their original units (the surrogate splits on them, so its rules read
 * naturally); labels[i] is row i's cluster (negative = left out, e.g. an excluded outlier).
 */
export function explainClusters(X: Matrix, names: string[], labels: ArrayLike<number>, options: Partial<ClusterExplainOptions> = {}, control?: RunControl): ClusterExplanation[] {
  const o = { ...defaultClusterExplainOptions, ...options }
  if (names.length !== X.cols) throw new RangeError(`${X.cols} columns but ${names.length} names`)
  if (labels.length !== X.rows) throw new RangeError(`${X.rows} rows but ${labels.length} cluster labels`)
  if (!(Number.isInteger(o.maxDepth) && o.maxDepth >= 1)) throw new MessageError('ml.error.int', { name: 'surrogate maxDepth', min: '1', value: String(o.maxDepth) })
  if (o.periodDays !== null && !(o.periodDays > 0)) throw new MessageError('ml.error.numAbove', { name: 'periodDays', min: '0', value: String(o.periodDays) })
  const keep: number[] = []
  for (let i = 0; i < X.rows; i++) if (labels[i] >= 0) keep.push(i)
  const n = keep.length, p = X.cols
  const Xk: Matrix = { rows: n, cols: p, data: new Float64Array(n * p) }
  keep.forEach((i, t) => Xk.data.set(X.data.subarray(i * p, (i + 1) * p), t * p))
  const lab = Int32Array.from(keep, (i) => labels[i])
  const clusters = [...new Set(lab)].sort((a, b) => a - b)
  if (clusters.length < 2) throw new MessageError('cluster.error.explainTwo', { n: clusters.length })
  const overall = new Float64Array(p)
  for (let i = 0; i < n; i++) for (let j = 0; j < p; j++) overall[j] += Xk.data[i * p + j] / n
  const out: ClusterExplanation[] = []
  clusters.forEach((c, ci) => {
    checkCancel(control?.cancel)
    control?.onProgress?.(ci / clusters.length, `explaining cluster ${c}`)
    const y = Uint8Array.from(lab, (l) => (l === c ? 1 : 0))
    const size = y.reduce((a, b) => a + b, 0)
    let model: Classifier
    if (o.surrogate === 'tree') {
      const t = new DecisionTreeClassifier({ maxDepth: o.maxDepth, minSamplesLeaf: Math.max(1, Math.floor(n / 200)), seed: o.seed })
      t.fit(Xk, y)
      model = t
    } else {
      const g = new HistGradientBoostingClassifier({ maxIter: 50, maxDepth: o.maxDepth, earlyStopping: false, seed: o.seed })
      g.fitSync(Xk, y)
      model = g
    }
    const pred = model.predict(Xk)
    let tp = 0, tn = 0
    for (let i = 0; i < n; i++) { if (y[i] && pred[i]) tp++; if (!y[i] && !pred[i]) tn++ }
    const accuracy = (tp + tn) / n
    const balancedAccuracy = (tp / size + tn / (n - size)) / 2
    const e = treeEnsemble(model, o.surrogate === 'tree' ? undefined : Xk)
    // SHAP of the members only: what pushes THEM into the group
    const members: Matrix = { rows: size, cols: p, data: new Float64Array(size * p) }
    let m = 0
    for (let i = 0; i < n; i++) if (y[i]) members.data.set(Xk.data.subarray(i * p, (i + 1) * p), (m++) * p)
    const phi = treeShapPath(e, members)
    const drivers: ClusterDriver[] = names.map((feature, j) => {
      let s = 0, mean = 0
      for (let i = 0; i < size; i++) { s += phi[i * p + j]; mean += members.data[i * p + j] }
      mean /= size
      return { feature, meanShap: s / size, clusterMean: mean, overallMean: overall[j], ratio: overall[j] !== 0 ? mean / overall[j] : NaN }
    }).sort((a, b) => b.meanShap - a.meanShap)
    const messages: Message[] = [{ code: o.surrogate === 'tree' ? 'explain.cluster.surrogateTree' : 'explain.cluster.surrogateGbt', params: { depth: o.maxDepth, accuracy: Math.round(balancedAccuracy * 1000) / 10 } }]
    for (const d of drivers.slice(0, o.topInputs)) {
      if (d.meanShap <= 0) break
      messages.push(phrase(d, o.roles[d.feature] ?? guessRole(d.feature), o.periodDays))
    }
    out.push({ cluster: c, size, surrogate: { model: o.surrogate, accuracy, balancedAccuracy, scale: e.output }, drivers, messages })
  })
  control?.onProgress?.(1, 'clusters explained')
  return out
}
