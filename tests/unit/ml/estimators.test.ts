import { describe, it, expect } from 'vitest'
import { fromRows, matrix } from '../../../src/ml/core/matrix'
import { loadEstimator, type Classifier } from '../../../src/ml/core/estimator'
import { Rng } from '../../../src/ml/core/random'
import { LogisticRegression } from '../../../src/ml/estimators/logistic'
import { KNeighborsClassifier } from '../../../src/ml/estimators/knn'
import { DecisionTreeClassifier } from '../../../src/ml/estimators/tree'
import { LinearRegression, studentTTwoSided } from '../../../src/ml/estimators/linear'
import { smote } from '../../../src/ml/preprocessing/smote'

function synth(n: number, p: number, seed: number): { X: ReturnType<typeof matrix>; y: Uint8Array } {
  const rng = new Rng(seed)
  const X = matrix(n, p)
  const y = new Uint8Array(n)
  for (let i = 0; i < n; i++) {
    let z = -1
    for (let j = 0; j < p; j++) {
      const v = j % 3 === 0 ? (rng.next() < 0.3 ? 1 : 0) : rng.normal()
      X.data[i * p + j] = v
      z += (j % 2 ? 0.8 : -0.5) * v
    }
    y[i] = rng.next() < 1 / (1 + Math.exp(-z)) ? 1 : 0
  }
  return { X, y }
}

const roundTrip = (m: Classifier, X: ReturnType<typeof matrix>): void => {
  const again = loadEstimator(JSON.parse(JSON.stringify(m.toJSON()))) as Classifier
  expect(Array.from(again.predictProba(X))).toEqual(Array.from(m.predictProba(X)))
}

describe('logistic regression', () => {
  it('reaches the optimum of C·Σ logloss + ½‖w‖² (gradient ≈ 0), with Newton and L-BFGS alike', () => {
    const { X, y } = synth(400, 6, 1)
    for (const C of [0.1, 1]) {
      const a = new LogisticRegression({ C, solver: 'newton' }); a.fit(X, y)
      const b = new LogisticRegression({ C, solver: 'lbfgs' }); b.fit(X, y)
      expect(a.converged).toBe(true)
      // gradient of the objective by hand
      const p = a.predictProba(X)
      const g = new Float64Array(7)
      for (let i = 0; i < 400; i++) {
        const r = p[i] - y[i]
        for (let j = 0; j < 6; j++) g[j] += C * r * X.data[i * 6 + j]
        g[6] += C * r
      }
      for (let j = 0; j < 6; j++) g[j] += a.coef[j]
      expect(Math.max(...g.map(Math.abs))).toBeLessThan(1e-6)
      for (let j = 0; j < 6; j++) expect(b.coef[j]).toBeCloseTo(a.coef[j], 5)
      expect(b.intercept).toBeCloseTo(a.intercept, 5)
    }
  })
  it('Newton stops at the float64 optimum even when the gradient test cannot be met (tol = 0)', () => {
    // with an unreachable tolerance each further step only moves f by rounding noise: the ftol
    // rule ends it (on a SMOTE'd bank part this ran 200 Newton steps, 43 s, for the same model)
    const { X, y } = synth(3000, 12, 4)
    const a = new LogisticRegression({ solver: 'newton', tol: 0 }); a.fit(X, y)
    const b = new LogisticRegression({ solver: 'newton' }); b.fit(X, y)
    expect(a.nIter).toBeLessThan(20)
    for (let j = 0; j < 12; j++) expect(a.coef[j]).toBeCloseTo(b.coef[j], 9)
  })
  it('balanced class weights raise the positive rate; JSON round trip predicts identically', () => {
    const { X, y } = synth(300, 5, 2)
    const a = new LogisticRegression(); a.fit(X, y)
    const b = new LogisticRegression({ classWeight: 'balanced' }); b.fit(X, y)
    const mean = (v: Float64Array): number => v.reduce((s, t) => s + t, 0) / v.length
    const pos = y.reduce((s, t) => s + t, 0) / y.length
    expect(pos).toBeLessThan(0.5)
    expect(mean(b.predictProba(X))).toBeGreaterThan(mean(a.predictProba(X)))
    roundTrip(a, X)
    expect(() => new LogisticRegression({ C: 0 })).toThrow(/C must be a number > 0/)
  })
})

describe('KNN', () => {
  const X = fromRows([[0, 0], [1, 0], [0, 1], [5, 5], [6, 5], [5, 6]])
  const y = Uint8Array.from([0, 0, 0, 1, 1, 1])
  it('finds hand-checked neighbours with every metric and weighting', () => {
    const Q = fromRows([[0.2, 0.1], [5.5, 5.5], [3, 3]])
    for (const metric of ['euclidean', 'manhattan', 'minkowski'] as const) {
      const m = new KNeighborsClassifier({ k: 3, metric, p: 3 }); m.fit(X, y)
      expect(Array.from(m.predictProba(Q)).slice(0, 2)).toEqual([0, 1])
    }
    const m = new KNeighborsClassifier({ k: 2 }); m.fit(X, y)
    const nb = m.kneighbors(fromRows([[0.2, 0.1]]))
    expect(Array.from(nb.indices)).toEqual([0, 1])
    expect(nb.distances[0]).toBeCloseTo(Math.hypot(0.2, 0.1), 12)
    // distance weights: exact match wins alone
    const d = new KNeighborsClassifier({ k: 4, weights: 'distance' }); d.fit(X, y)
    expect(d.predictProba(fromRows([[5, 5]]))[0]).toBe(1)
    roundTrip(d, Q)
    expect(d.toJSON().containsTrainingRows).toBe(true)
  })
  it('matches a brute-force reference on random sparse data', () => {
    const { X: A, y: ya } = synth(300, 9, 5)
    const { X: Q } = synth(40, 9, 6)
    const m = new KNeighborsClassifier({ k: 5 }); m.fit(A, ya)
    const nb = m.kneighbors(Q)
    for (let q = 0; q < 40; q++) {
      const d = Array.from({ length: 300 }, (_, i) => {
        let s = 0
        for (let j = 0; j < 9; j++) s += (Q.data[q * 9 + j] - A.data[i * 9 + j]) ** 2
        return Math.sqrt(s)
      }).sort((a, b) => a - b)
      for (let t = 0; t < 5; t++) expect(nb.distances[q * 5 + t]).toBeCloseTo(d[t], 9)
    }
  })
  it('the pruning index over two-valued columns finds the same neighbours, and stays off for dense data', () => {
    const rng = new Rng(11)
    const make = (n: number, frac: boolean): ReturnType<typeof matrix> => {
      const M = matrix(n, 12)
      // three one-hot groups (4 + 3 + 3 columns) and two numeric columns; `frac` blurs the one-hot
      // values like SMOTE's interpolated rows
      for (let i = 0; i < n; i++) {
        for (const [from, size] of [[0, 4], [4, 3], [7, 3]]) M.data[i * 12 + from + Math.floor(rng.next() * size)] = 1
        for (let j = 0; j < 10; j++) if (frac && rng.next() < 0.5) M.data[i * 12 + j] = rng.next()
        M.data[i * 12 + 10] = rng.normal(); M.data[i * 12 + 11] = rng.normal()
      }
      return M
    }
    const A = make(800, false), Q = make(50, false)
    const ya = Uint8Array.from({ length: 800 }, (_, i) => i % 2)
    const m = new KNeighborsClassifier({ k: 7 }); m.fit(A, ya)
    expect((m as unknown as { index: unknown }).index).not.toBeNull()
    const nb = m.kneighbors(Q)
    for (let q = 0; q < 50; q++) {
      const d = Array.from({ length: 800 }, (_, i) => {
        let s = 0
        for (let j = 0; j < 12; j++) s += (Q.data[q * 12 + j] - A.data[i * 12 + j]) ** 2
        return Math.sqrt(s)
      }).sort((a, b) => a - b)
      for (let t = 0; t < 7; t++) expect(nb.distances[q * 7 + t]).toBeCloseTo(d[t], 9)
    }
    const dense = new KNeighborsClassifier({ k: 7 }); dense.fit(make(800, true), ya)
    expect((dense as unknown as { index: unknown }).index).toBeNull()
  })
  it('dot products on TF.js (float32) still give the exact neighbours of the TypeScript search, ties and duplicates included', async () => {
    const tf = await import('@tensorflow/tfjs-core')
    await import('@tensorflow/tfjs-backend-cpu')
    await tf.setBackend('cpu')
    const rng = new Rng(8)
    const n = 700, p = 16
    const A = matrix(n, p)
    for (let i = 0; i < n; i++) for (let j = 0; j < p; j++) A.data[i * p + j] = j % 4 === 0 ? Math.round(rng.normal()) : rng.normal() * 3
    for (let i = 0; i < 40; i++) A.data.copyWithin((i + 300) * p, i * p, i * p + p) // exact duplicates: tied distances
    const ya = Uint8Array.from({ length: n }, (_, i) => (i * 7) % 3 === 0 ? 1 : 0)
    const Q = matrix(120, p)
    for (let i = 0; i < 120; i++) for (let j = 0; j < p; j++) Q.data[i * p + j] = i < 20 ? A.data[(i * 13) * p + j] : rng.normal() * 3
    const before = tf.memory().numTensors
    for (const [k, weights] of [[5, 'uniform'], [8, 'distance']] as const) {
      const js = new KNeighborsClassifier({ k, weights, search: 'js' }); js.fit(A, ya)
      const tfk = new KNeighborsClassifier({ k, weights, search: 'tfjs' }); tfk.fit(A, ya)
      const a = js.kneighbors(Q), b = tfk.kneighbors(Q)
      expect(Array.from(b.indices)).toEqual(Array.from(a.indices))
      expect(Array.from(b.distances)).toEqual(Array.from(a.distances))
      expect(Array.from(tfk.predictProba(Q))).toEqual(Array.from(js.predictProba(Q)))
    }
    expect(tf.memory().numTensors).toBe(before)
    expect(() => new KNeighborsClassifier({ search: 'gpu' as never })).toThrow(/search/)
  })
  it('near-ties: the pruned, plain and TF.js searches return the same k rows (exact distances, then the row)', async () => {
    const tf = await import('@tensorflow/tfjs-core')
    await import('@tensorflow/tfjs-backend-cpu')
    await tf.setBackend('cpu')
    const rng = new Rng(17)
    // one-hot groups (two-valued: the index is used) plus two numeric columns whose values are
    // permutations of each other: many rows at the same distance up to the last bit
    const make = (n: number, oneHot: boolean): ReturnType<typeof matrix> => {
      const M = matrix(n, 12)
      const vals = [0.1, 0.7, 0.3]
      for (let i = 0; i < n; i++) {
        if (oneHot) { M.data[i * 12 + rng.int(4)] = 1; M.data[i * 12 + 4 + rng.int(4)] = 1; M.data[i * 12 + 8 + rng.int(2)] = 1 }
        else for (let j = 0; j < 10; j++) M.data[i * 12 + j] = vals[rng.int(3)]
        const a = vals[rng.int(3)], b = vals[rng.int(3)]
        M.data[i * 12 + 10] = a; M.data[i * 12 + 11] = b
      }
      return M
    }
    for (const oneHot of [true, false]) {
      const A = make(900, oneHot), Q = make(60, oneHot)
      const ya = Uint8Array.from({ length: 900 }, (_, i) => i % 2)
      const js = new KNeighborsClassifier({ k: 7, search: 'js' }); js.fit(A, ya)
      const tfk = new KNeighborsClassifier({ k: 7, search: 'tfjs' }); tfk.fit(A, ya)
      expect((js as unknown as { index: unknown }).index !== null).toBe(oneHot)
      const a = js.kneighbors(Q), b = tfk.kneighbors(Q)
      expect(Array.from(b.indices), `oneHot ${oneHot}`).toEqual(Array.from(a.indices))
      // and the canonical order by hand: exact distance, then the training row
      for (let q = 0; q < 60; q++) {
        const d = Array.from({ length: 900 }, (_, i) => {
          let s = 0
          for (let j = 0; j < 12; j++) { const t = Q.data[q * 12 + j] - A.data[i * 12 + j]; s += t * t }
          return [Math.sqrt(s), i] as [number, number]
        }).sort((x, y) => x[0] - y[0] || x[1] - y[1])
        expect(Array.from(a.indices.subarray(q * 7, q * 7 + 7))).toEqual(d.slice(0, 7).map((x) => x[1]))
      }
    }
  })
  it('refuses k larger than the training rows', () => {
    expect(() => new KNeighborsClassifier({ k: 10 }).fit(X, y)).toThrow(/k = 10 is more than the 6 training rows/)
  })
})

describe('decision tree', () => {
  it('learns XOR exactly and respects max depth / min samples leaf', () => {
    const X = fromRows([[0, 0], [0, 1], [1, 0], [1, 1], [0, 0], [0, 1], [1, 0], [1, 1]])
    const y = Uint8Array.from([0, 1, 1, 0, 0, 1, 1, 0])
    const t = new DecisionTreeClassifier(); t.fit(X, y)
    expect(Array.from(t.predict(X))).toEqual(Array.from(y))
    expect(t.threshold[0]).toBe(0.5)
    const s = new DecisionTreeClassifier({ maxDepth: 1 }); s.fit(X, y)
    expect(s.depth).toBe(1)
    const l = new DecisionTreeClassifier({ minSamplesLeaf: 5 }); l.fit(X, y)
    expect(l.nodeCount).toBe(1)
    roundTrip(t, X)
  })
  it('is seeded and fits random data to purity without max depth', () => {
    const { X, y } = synth(500, 8, 3)
    const a = new DecisionTreeClassifier({ seed: 1 }); a.fit(X, y)
    const b = new DecisionTreeClassifier({ seed: 1 }); b.fit(X, y)
    expect(Array.from(a.feature)).toEqual(Array.from(b.feature))
    const acc = a.predict(X).reduce((s, v, i) => s + (v === y[i] ? 1 : 0), 0) / 500
    expect(acc).toBeGreaterThan(0.97) // duplicated rows with different labels may remain
    const e = new DecisionTreeClassifier({ criterion: 'entropy', maxDepth: 3 }); e.fit(X, y)
    expect(e.depth).toBeLessThanOrEqual(3)
    expect(() => new DecisionTreeClassifier({ maxDepth: 0 })).toThrow(/maxDepth/)
  })
})

describe('linear regression', () => {
  it('OLS: coefficients, standard errors and p-values of a simple regression', () => {
    const x = [1, 2, 3, 4, 5, 6], yv = [1.1, 1.9, 3.2, 3.9, 5.1, 5.8]
    const m = new LinearRegression(); m.fit(fromRows(x.map((v) => [v])), Float64Array.from(yv))
    const n = 6, mx = 3.5, my = yv.reduce((a, b) => a + b) / n
    const sxx = x.reduce((a, v) => a + (v - mx) ** 2, 0)
    const b1 = x.reduce((a, v, i) => a + (v - mx) * (yv[i] - my), 0) / sxx
    expect(m.coef[0]).toBeCloseTo(b1, 12)
    expect(m.intercept).toBeCloseTo(my - b1 * mx, 12)
    const sse = x.reduce((a, v, i) => a + (yv[i] - m.intercept - b1 * v) ** 2, 0)
    const se = Math.sqrt(sse / (n - 2) / sxx)
    expect(m.stats!.stdErr![0]).toBeCloseTo(se, 12)
    expect(m.stats!.pValue![0]).toBeCloseTo(studentTTwoSided(b1 / se, 4), 12)
    expect(studentTTwoSided(2, 10)).toBeCloseTo(0.07338803, 7)
    expect(studentTTwoSided(1.96, 1e6)).toBeCloseTo(0.04999579, 6)
  })
  it('ridge shrinks; collinear OLS is refused with a clear message', () => {
    const X = fromRows([[1, 2], [2, 4], [3, 6], [4, 8]])
    expect(() => new LinearRegression().fit(X, Float64Array.from([1, 2, 3, 4]))).toThrow(/collinear/)
    const r = new LinearRegression({ alpha: 1 }); r.fit(X, Float64Array.from([1, 2, 3, 4]))
    expect(r.stats!.pValue).toBeNull()
    expect(Math.abs(r.coef[0]) + Math.abs(r.coef[1])).toBeGreaterThan(0)
  })
})

describe('SMOTE', () => {
  it('balances the classes with points on segments between minority neighbours', () => {
    const { X, y } = synth(200, 4, 9)
    const r = smote(X, y, { k: 3, seed: 1 })
    expect(r.after.positive).toBe(r.after.negative)
    expect(r.before).toEqual({ negative: 200 - y.reduce((a, b) => a + b, 0), positive: y.reduce((a, b) => a + b, 0) })
    expect(r.X.rows).toBe(200 + r.generated)
    expect(Array.from(r.X.data.subarray(0, 800))).toEqual(Array.from(X.data))
    const half = smote(X, y, { k: 3, seed: 1, ratio: 0.8 })
    expect(half.after.positive).toBe(Math.floor(0.8 * half.after.negative))
  })
  it('each synthetic row lies between a minority row and one of its k nearest minority rows (one-hot data, pruned search)', () => {
    const rng = new Rng(21)
    const n = 1200, p = 9
    const X = matrix(n, p)
    const y = new Uint8Array(n)
    for (let i = 0; i < n; i++) {
      X.data[i * p + rng.int(4)] = 1 // a 4-level category
      X.data[i * p + 4 + rng.int(3)] = 1 // a 3-level category
      X.data[i * p + 7] = Math.round(rng.normal() * 4) / 4 // coarse numerics: many exact ties
      X.data[i * p + 8] = rng.normal()
      y[i] = i % 3 === 0 ? 1 : 0
    }
    const k = 4
    const r = smote(X, y, { k, seed: 5 })
    const minority = Array.from({ length: n }, (_, i) => i).filter((i) => y[i])
    const d2 = (a: number, b: number): number => { let s = 0; for (let j = 0; j < p; j++) s += (X.data[a * p + j] - X.data[b * p + j]) ** 2; return s }
    // brute force: the k nearest other minority rows (ties by row) of every minority row
    const nearest = new Map(minority.map((a) => [a, minority.filter((b) => b !== a).sort((b, c) => d2(a, b) - d2(a, c) || b - c).slice(0, k)]))
    for (let t = n; t < r.X.rows; t += 37) {
      const x = r.X.data.subarray(t * p, t * p + p)
      const onSegment = minority.some((a) => nearest.get(a)!.some((b) => {
        let u = NaN
        for (let j = 0; j < p; j++) {
          const da = X.data[b * p + j] - X.data[a * p + j]
          const off = x[j] - X.data[a * p + j]
          if (Math.abs(da) < 1e-12) { if (Math.abs(off) > 1e-9) return false; continue }
          const uj = off / da
          if (Number.isNaN(u)) u = uj
          else if (Math.abs(uj - u) > 1e-9) return false
        }
        return Number.isNaN(u) || (u >= -1e-12 && u < 1 + 1e-12)
      }))
      expect(onSegment, `synthetic row ${t}`).toBe(true)
    }
  })
  it('SMOTE-NC keeps one-hot groups valid', () => {
    const rng = new Rng(3)
    const rows = Array.from({ length: 120 }, () => { const l = rng.int(3); return [rng.normal(), l === 0 ? 1 : 0, l === 1 ? 1 : 0, l === 2 ? 1 : 0] })
    const y = Uint8Array.from(rows, (_, i) => (i % 6 === 0 ? 1 : 0))
    const r = smote(fromRows(rows), y, { k: 3, seed: 2, categorical: [[1, 4]] })
    for (let i = 120; i < r.X.rows; i++) {
      const g = Array.from(r.X.data.subarray(i * 4 + 1, i * 4 + 4))
      expect(g.reduce((a, b) => a + b, 0)).toBe(1)
      expect(g.every((v) => v === 0 || v === 1)).toBe(true)
    }
  })
  it('refuses too few minority rows', () => {
    expect(() => smote(fromRows([[0], [1], [2], [3]]), Uint8Array.from([1, 0, 0, 0]), { k: 5 })).toThrow(/needs more than 5 minority rows/)
  })
})
