import { describe, it, expect, beforeAll } from 'vitest'
import { fileURLToPath } from 'node:url'
import { readTableFile } from '../../../../src/data/node'
import type { Table, ColumnSchema } from '../../../../src/data/table'
import type { Matrix } from '../../../../src/ml/core/matrix'
import type { Classifier } from '../../../../src/ml/core/estimator'
import { Rng } from '../../../../src/ml/core/random'
import { DecisionTreeClassifier } from '../../../../src/ml/estimators/tree'
import { RandomForestClassifier } from '../../../../src/ml/estimators/forest'
import { HistGradientBoostingClassifier } from '../../../../src/ml/estimators/gbt'
import { LogisticRegression } from '../../../../src/ml/estimators/logistic'
import { KNeighborsClassifier } from '../../../../src/ml/estimators/knn'
import { Preprocessor } from '../../../../src/ml/preprocessing/pipeline'
import { treeEnsemble, treeShapPath, treeShapInterventional, pathExpectedValue, backgroundExpectedValue, ensembleOutput, flatTrees, type TreeEnsemble } from '../../../../src/ml/explain/shap/trees'
import { makeExplainer, shapSummary, probabilityContributions, explainStream } from '../../../../src/ml/explain/shap'
import { CancelledError } from '../../../../src/ml/core/progress'

/** Synthetic data with interactions, so Shapley values are not just main effects. */
function synth(n: number, p: number, seed: number): { X: Matrix; y: Uint8Array } {
  const rng = new Rng(seed)
  const data = new Float64Array(n * p)
  const y = new Uint8Array(n)
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < p; j++) data[i * p + j] = j === p - 1 ? rng.int(3) : Math.round(rng.normal() * 100) / 100
    const z = data[i * p] + (data[i * p + 1] > 0 ? 1.5 * data[i * p + 2] : -data[i * p + 2]) + 0.5 * data[i * p + p - 1] + 0.7 * rng.normal()
    y[i] = z > 0.3 ? 1 : 0
  }
  return { X: { rows: n, cols: p, data }, y }
}

const row = (X: Matrix, i: number): Float64Array => X.data.slice(i * X.cols, (i + 1) * X.cols)

/** Shapley values by enumerating every subset, for a given value function v(mask). */
function bruteShapley(p: number, v: (mask: number) => number): Float64Array {
  const fact = [1]
  for (let k = 1; k <= p; k++) fact[k] = fact[k - 1] * k
  const vals = new Float64Array(1 << p)
  for (let m = 0; m < 1 << p; m++) vals[m] = v(m)
  const phi = new Float64Array(p)
  for (let j = 0; j < p; j++) {
    for (let m = 0; m < 1 << p; m++) {
      if (m & (1 << j)) continue
      let s = 0
      for (let t = m; t; t &= t - 1) s++
      phi[j] += (fact[s] * fact[p - s - 1] / fact[p]) * (vals[m | (1 << j)] - vals[m])
    }
  }
  return phi
}

/**
 * Path-dependent value function written independently of the TreeSHAP code: E[f(x) | x_S] by
 * walking known features down x's branch and unknown ones down both, weighted by the share of
 * reference rows (or stored samples) that went each way.
 */
const countCache = new Map<Classifier, Float64Array>()
const treeCache = new Map<Classifier, ReturnType<typeof flatTrees>>()
function condExpectation(model: Classifier, ref: Matrix | null, x: Float64Array, mask: number): number {
  const t = treeCache.get(model) ?? flatTrees(model)
  treeCache.set(model, t)
  let counts = countCache.get(model)
  if (!counts) {
  counts = new Float64Array(t.feature.length)
  countCache.set(model, counts)
  if (ref) {
    for (const root of t.roots) for (let i = 0; i < ref.rows; i++) {
      let k = root
      counts[k]++
      while (t.feature[k] >= 0) { k = ref.data[i * ref.cols + t.feature[k]] <= t.threshold[k] ? t.left[k] : t.right[k]; counts[k]++ }
    }
  } else counts.set((model as DecisionTreeClassifier).nodeSamples)
  }
  const c = counts
  const E = (k: number): number => {
    const f = t.feature[k]
    if (f < 0) return t.value[k]
    if (mask & (1 << f)) return E(x[f] <= t.threshold[k] ? t.left[k] : t.right[k])
    const cl = c[t.left[k]], cr = c[t.right[k]]
    const wl = cl + cr > 0 ? cl / (cl + cr) : 0.5
    return wl * E(t.left[k]) + (1 - wl) * E(t.right[k])
  }
  let s = 0
  for (const root of t.roots) s += E(root)
  return t.offset + t.scale * s
}

function rawOutput(model: Classifier, X: Matrix): Float64Array {
  if (model instanceof HistGradientBoostingClassifier) return model.decisionFunction(X)
  return model.predictProba(X)
}

describe('TreeSHAP equals brute-force Shapley values', () => {
  const { X, y } = synth(400, 6, 3)
  const ref = { rows: 200, cols: X.cols, data: X.data.slice(0, 200 * X.cols) }
  const bg = { rows: 12, cols: X.cols, data: X.data.slice(300 * X.cols, 312 * X.cols) }
  const tree = new DecisionTreeClassifier({ maxDepth: 6, seed: 1 })
  tree.fit(X, y)
  const forest = new RandomForestClassifier({ nEstimators: 4, maxDepth: 7, seed: 2 })
  forest.fitSync(X, y)
  const gbt = new HistGradientBoostingClassifier({ maxIter: 5, maxLeafNodes: 12, minSamplesLeaf: 5, seed: 3 })
  gbt.fitSync(X, y)
  const cases: Array<[string, Classifier, Matrix | null]> = [['tree', tree, null], ['forest', forest, ref], ['gbt', gbt, ref]]

  for (const [name, model, reference] of cases) {
    it.each(['recursive', 'patterns', 'direct'] as const)(`${name}: path-dependent TreeSHAP = enumeration of all ${1 << X.cols} subsets of E[f | x_S], to 1e-9 (%s)`, (method) => {
      const e = treeEnsemble(model, reference ?? undefined)
      const rows = [0, 7, 42, 399]
      const Xr: Matrix = { rows: rows.length, cols: X.cols, data: Float64Array.from(rows.flatMap((i) => Array.from(row(X, i)))) }
      const phi = treeShapPath(e, Xr, undefined, { method })
      const pred = rawOutput(model, Xr)
      expect(Math.abs(pathExpectedValue(e) - condExpectation(model, reference, row(X, 0), 0))).toBeLessThan(1e-12)
      rows.forEach((_, r) => {
        const x = row(Xr, r)
        expect(Math.abs(ensembleOutput(e, x) - pred[r])).toBeLessThan(1e-12)
        const brute = bruteShapley(X.cols, (m) => condExpectation(model, reference, x, m))
        for (let j = 0; j < X.cols; j++) expect(Math.abs(phi[r * X.cols + j] - brute[j]), `${name} row ${r} feature ${j}`).toBeLessThan(1e-9)
      })
    })

    it(`${name}: interventional TreeSHAP = enumeration of mean_z f(x_S, z_S̄) with the model's own predictions, to 1e-9`, () => {
      const e = treeEnsemble(model, reference ?? undefined)
      const rows = [3, 250]
      for (const i of rows) {
        const x = row(X, i)
        const phi = treeShapInterventional(e, { rows: 1, cols: X.cols, data: x }, bg)
        const brute = bruteShapley(X.cols, (m) => {
          const Z = Float64Array.from(bg.data)
          for (let z = 0; z < bg.rows; z++) for (let j = 0; j < X.cols; j++) if (m & (1 << j)) Z[z * X.cols + j] = x[j]
          const out = rawOutput(model, { rows: bg.rows, cols: X.cols, data: Z })
          return out.reduce((a, b) => a + b, 0) / bg.rows
        })
        for (let j = 0; j < X.cols; j++) expect(Math.abs(phi[j] - brute[j]), `${name} row ${i} feature ${j}`).toBeLessThan(1e-9)
        expect(Math.abs(backgroundExpectedValue(e, bg) - rawOutput(model, bg).reduce((a, b) => a + b, 0) / bg.rows)).toBeLessThan(1e-12)
      }
    })
  }

  it('a repeated split on the same feature (the unwind path) is covered by the trees above', () => {
    const seen = (e: TreeEnsemble): boolean => {
      const rep = (k: number, used: Set<number>): boolean => {
        const f = e.feature[k]
        if (f < 0) return false
        if (used.has(f)) return true
        const u = new Set(used).add(f)
        return rep(e.left[k], u) || rep(e.right[k], u)
      }
      return Array.from(e.roots).some((r) => rep(r, new Set()))
    }
    expect(seen(treeEnsemble(tree))).toBe(true)
    expect(seen(treeEnsemble(gbt, ref))).toBe(true)
  })
})

describe('SHAP per original column on the bank fixture', () => {
  let table: Table
  let schema: ColumnSchema[]
  let pre: Preprocessor
  let X: Matrix
  let y: Uint8Array
  const FIXTURE = fileURLToPath(new URL('../../../fixtures/ml/bank-600.csv', import.meta.url))
  beforeAll(async () => {
    ;({ table, schema } = await readTableFile(FIXTURE, { sep: ';' }))
    const features = table.columns.map((c) => c.name).filter((c) => c !== 'y' && c !== 'duration')
    pre = Preprocessor.fit({ table, features, schema })
    X = pre.transform(table)
    const yc = table.columns.find((c) => c.name === 'y')!
    if (yc.storage !== 'string') throw new Error('y should be text')
    y = Uint8Array.from(yc.codes, (c) => (yc.levels[c] === 'yes' ? 1 : 0))
  })

  it('tree, forest and boosting: Σ φ + E f = model output to 1e-9 on every row; one-hot levels summed to their column', async () => {
    const tree = new DecisionTreeClassifier({ maxDepth: 8 })
    tree.fit(X, y)
    const rf = new RandomForestClassifier({ nEstimators: 20, maxDepth: 12, seed: 5 })
    rf.fitSync(X, y)
    const gbt = new HistGradientBoostingClassifier({ maxIter: 40 })
    gbt.fitSync(X, y)
    for (const m of [tree, rf, gbt] as Classifier[]) {
      const ex = makeExplainer(m, pre, { background: X })
      expect(ex.method).toBe('tree-path')
      expect(ex.columns).toEqual(pre.groups.map((g) => g.feature))
      const s = shapSummary(ex, X.rows, (a, b) => ({ rows: b - a, cols: X.cols, data: X.data.subarray(a * X.cols, b * X.cols) }), { chunkRows: 128 })
      expect(s.additivityMaxError, m.kind).toBeLessThan(1e-9)
      expect(Object.keys(s.meanAbs)).toHaveLength(pre.groups.length)
      // the block outputs are the model's own predictions
      const b = ex.explain({ rows: 5, cols: X.cols, data: X.data.subarray(0, 5 * X.cols) })
      const pred = rawOutput(m, { rows: 5, cols: X.cols, data: X.data.subarray(0, 5 * X.cols) })
      for (let i = 0; i < 5; i++) expect(Math.abs(b.output[i] - pred[i])).toBeLessThan(1e-12)
      // interventional as well
      const ei = makeExplainer(m, pre, { background: X, method: 'tree-interventional', backgroundSize: 25 })
      const si = shapSummary(ei, 20, (a, c) => ({ rows: c - a, cols: X.cols, data: X.data.subarray(a * X.cols, c * X.cols) }))
      expect(si.additivityMaxError, m.kind).toBeLessThan(1e-9)
    }
    // per-column = sum of the encoded columns' values
    const e = treeEnsemble(gbt, X)
    const Xr = { rows: 3, cols: X.cols, data: X.data.subarray(0, 3 * X.cols) }
    const enc = treeShapPath(e, Xr)
    const byCol = makeExplainer(gbt, pre, { background: X }).explain(Xr)
    const G = pre.groups.length
    pre.groups.forEach((g, gi) => {
      for (let i = 0; i < 3; i++) {
        let s = 0
        for (let j = g.start; j < g.end; j++) s += enc[i * X.cols + j]
        expect(byCol.values[i * G + gi]).toBeCloseTo(s, 12)
      }
    })
    // probability points add up exactly to the customer's score
    const pc = probabilityContributions(makeExplainer(gbt, pre, { background: X }), byCol)
    const probs = gbt.predictProba(Xr)
    for (let i = 0; i < 3; i++) {
      let s = pc.base
      for (let g = 0; g < G; g++) s += pc.values[i * G + g]
      expect(Math.abs(s - probs[i])).toBeLessThan(1e-12)
    }
  })

  it('linear SHAP of logistic regression is exactly coef × (x − mean), summed per column', () => {
    const lr = new LogisticRegression({ C: 1 })
    lr.fit(X, y)
    const ex = makeExplainer(lr, pre, { background: X })
    expect(ex.method).toBe('linear')
    expect(ex.scale).toBe('logodds')
    const p = X.cols
    const mean = new Float64Array(p)
    for (let i = 0; i < X.rows; i++) for (let j = 0; j < p; j++) mean[j] += X.data[i * p + j] / X.rows
    const b = ex.explain({ rows: 10, cols: p, data: X.data.subarray(0, 10 * p) })
    const G = pre.groups.length
    for (let i = 0; i < 10; i++) {
      pre.groups.forEach((g, gi) => {
        let s = 0
        for (let j = g.start; j < g.end; j++) s += lr.coef[j] * (X.data[i * p + j] - mean[j])
        expect(Math.abs(b.values[i * G + gi] - s)).toBeLessThan(1e-12)
      })
      // log-odds of predictProba
      const pr = lr.predictProba({ rows: 1, cols: p, data: X.data.subarray(i * p, (i + 1) * p) })[0]
      expect(Math.abs(b.output[i] - Math.log(pr / (1 - pr)))).toBeLessThan(1e-9)
    }
  })

  it('streams a large request in bounded chunks and stops on cancel', () => {
    const tree = new DecisionTreeClassifier({ maxDepth: 4 })
    tree.fit(X, y)
    const ex = makeExplainer(tree, pre)
    const sizes: number[] = []
    // 1,000,000 virtual rows, each built on demand from the fixture: only one chunk lives at a time
    const src = (a: number, b: number): Matrix => {
      const data = new Float64Array((b - a) * X.cols)
      for (let i = a; i < b; i++) data.set(X.data.subarray((i % X.rows) * X.cols, (i % X.rows + 1) * X.cols), (i - a) * X.cols)
      return { rows: b - a, cols: X.cols, data }
    }
    const cancel = { cancelled: false }
    expect(() => explainStream(ex, 1_000_000, src, (blk) => { sizes.push(blk.rows); if (sizes.length === 3) cancel.cancelled = true }, { chunkRows: 5000 }, { cancel })).toThrow(CancelledError)
    expect(sizes).toEqual([5000, 5000, 5000])
  })

  it('TreeSHAP refuses a forest without reference rows (no stored covers), naming what to pass', () => {
    const rf = new RandomForestClassifier({ nEstimators: 2 })
    rf.fitSync(X, y)
    expect(() => makeExplainer(rf, pre)).toThrow(/background rows/)
  })

  it('permutation sampling agrees with exact interventional TreeSHAP on a small forest within its standard error', () => {
    const rf = new RandomForestClassifier({ nEstimators: 10, maxDepth: 6, seed: 9 })
    rf.fitSync(X, y)
    const bgOpts = { background: X, backgroundSize: 30, seed: 4 }
    const exact = makeExplainer(rf, pre, { ...bgOpts, method: 'tree-interventional' })
    const sampled = makeExplainer(rf, pre, { ...bgOpts, method: 'permutation', pairs: 40 })
    expect(Math.abs(exact.expectedValue - sampled.expectedValue)).toBeLessThan(1e-12)
    const Xr = { rows: 3, cols: X.cols, data: X.data.subarray(10 * X.cols, 13 * X.cols) }
    const a = exact.explain(Xr), b = sampled.explain(Xr)
    const G = pre.groups.length
    let within = 0, total = 0, nonzeroSe = 0
    for (let k = 0; k < a.values.length; k++) {
      total++
      const se = b.se![k]
      if (se > 0) nonzeroSe++
      if (Math.abs(a.values[k] - b.values[k]) <= 3 * se + 1e-12) within++
    }
    // sampled values also add up exactly
    for (let i = 0; i < 3; i++) {
      let s = sampled.expectedValue
      for (let g = 0; g < G; g++) s += b.values[i * G + g]
      expect(Math.abs(s - a.output[i])).toBeLessThan(1e-12)
    }
    expect(nonzeroSe).toBeGreaterThan(0)
    // a 3-SE band holds 99.7 % under normality; allow one miss in the whole table
    expect(within).toBeGreaterThanOrEqual(total - 1)
  })

  it('KNN is explained by sampling with standard errors', () => {
    const knn = new KNeighborsClassifier({ k: 5 })
    knn.fit(X, y)
    const ex = makeExplainer(knn, pre, { background: X, backgroundSize: 10, pairs: 3 })
    expect(ex.method).toBe('permutation')
    const b = ex.explain({ rows: 1, cols: X.cols, data: X.data.subarray(0, X.cols) })
    expect(b.se).not.toBeNull()
  })
})
