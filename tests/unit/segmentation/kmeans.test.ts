import { describe, it, expect } from 'vitest'
import { fromRows, matrix } from '@/ml/core/matrix'
import { Rng } from '@/ml/core/random'
import { CancelledError } from '@/ml/core/progress'
import { NumpyRandomState } from '@/ml/clustering/mt19937'
import { absoluteTolerance, kmeansPlusPlus, kmeansSteps, KMeansModel, lloyd, runSteps } from '@/ml/clustering/kmeans'
import { applyTransform, fitTransform, inverseTransform } from '@/ml/clustering/transform'
import { elbow, parseKRange, suggestK } from '@/ml/clustering/elbow'
import { silhouetteScore, silhouetteScores } from '@/ml/clustering/silhouette'
import { renderMessage } from '@/i18n/render'

function blobs(n: number, centres: number[][], sd: number, seed: number): ReturnType<typeof matrix> {
  const r = new Rng(seed)
  const p = centres[0].length
  const X = matrix(n, p)
  for (let i = 0; i < n; i++) {
    const c = centres[i % centres.length]
    for (let j = 0; j < p; j++) X.data[i * p + j] = c[j] + sd * r.normal()
  }
  return X
}

describe('numpy RandomState stream', () => {
  it('reproduces RandomState(42): randint(4338), uniform(), uniform(), randint(200), a raw 32-bit draw', () => {
    // values printed by numpy 2.x: np.random.RandomState(42).randint(4338) ... (legacy stream)
    const r = new NumpyRandomState(42)
    expect(r.int(4338)).toBe(860)
    expect(r.next()).toBe(0.1834347898661638)
    expect(r.next()).toBe(0.7796910002727693)
    expect(r.int(200)).toBe(20)
    expect(r.nextU32()).toBe(670094950)
  })
})

describe('k-means', () => {
  it('finds hand-checked clusters, centres and inertia', () => {
    const X = fromRows([[0, 0], [0, 1], [1, 0], [10, 10], [10, 11], [11, 10]])
    const fit = runSteps(kmeansSteps(X, { k: 2, nInit: 3 }))
    const c0 = fit.labels[0]
    expect(Array.from(fit.labels)).toEqual([c0, c0, c0, 1 - c0, 1 - c0, 1 - c0])
    expect(fit.centers[c0 * 2]).toBeCloseTo(1 / 3, 12)
    expect(fit.centers[(1 - c0) * 2]).toBeCloseTo(31 / 3, 12)
    // each cluster: 3 points around its mean, Σ squared distances = 4/3
    expect(fit.inertia).toBeCloseTo(8 / 3, 12)
  })

  it('tolerance is tol × mean feature variance, and Lloyd stops on unchanged labels', () => {
    const X = fromRows([[0, 0], [2, 0], [0, 4], [2, 4]])
    // variances: x 1, y 4 -> mean 2.5
    expect(absoluteTolerance(X, 1e-4)).toBeCloseTo(2.5e-4, 15)
    const gen = lloyd(X, Float64Array.from([0, 0, 2, 4]), 300, 0)
    const steps = []
    let s = gen.next()
    while (!s.done) {
      steps.push(s.value)
      s = gen.next()
    }
    expect(steps.length).toBe(2)
    expect(steps[1].changed).toBe(0)
    expect(s.value.converged).toBe(true)
  })

  it('relocates an empty cluster to the farthest point', () => {
    const X = fromRows([[0], [1], [2], [100]])
    // both centres start far right; the second gets no point
    const g = lloyd(X, Float64Array.from([50, 1000]), 300, 0)
    let s = g.next()
    while (!s.done) s = g.next()
    const sizes = [0, 0]
    s.value.labels.forEach((l) => sizes[l]++)
    expect(sizes.sort()).toEqual([1, 3])
    expect(s.value.inertia).toBeCloseTo(2, 12)
  })

  it('k-means++ picks distinct, spread-out seeds and is reproducible per seed', () => {
    const X = blobs(300, [[0, 0], [20, 0], [0, 20]], 1, 1)
    const a = kmeansPlusPlus(X, 3, new NumpyRandomState(5))
    const b = kmeansPlusPlus(X, 3, new NumpyRandomState(5))
    expect(Array.from(a)).toEqual(Array.from(b))
    // one seed near each blob
    const near = [[0, 0], [20, 0], [0, 20]].map(([x, y]) => [0, 1, 2].some((c) => Math.hypot(a[2 * c] - x, a[2 * c + 1] - y) < 5))
    expect(near).toEqual([true, true, true])
  })

  it('n_init keeps the lowest inertia; same seed, same result; xoshiro stream works too', () => {
    const X = blobs(400, [[0, 0], [6, 0], [0, 6], [6, 6], [3, 3]], 1.2, 2)
    const f1 = runSteps(kmeansSteps(X, { k: 5, nInit: 5, seed: 7 }))
    const f2 = runSteps(kmeansSteps(X, { k: 5, nInit: 5, seed: 7 }))
    expect(f1.inertia).toBe(f2.inertia)
    expect(f1.inertia).toBe(Math.min(...f1.runInertias))
    const f3 = runSteps(kmeansSteps(X, { k: 5, nInit: 5, seed: 7, random: 'xoshiro' }))
    expect(Math.abs(f3.inertia - f1.inertia) / f1.inertia).toBeLessThan(0.05)
  })

  it('refuses bad input with actionable messages', () => {
    const same = fromRows([[1, 2], [1, 2], [1, 2]])
    expect(() => runSteps(kmeansSteps(same, { k: 2 }))).toThrow(/All points are identical/)
    const few = fromRows([[1], [1], [2], [2]])
    expect(() => runSteps(kmeansSteps(few, { k: 3 }))).toThrow(/distinct points \(2\)/)
    expect(() => runSteps(kmeansSteps(few, { k: 5 }))).toThrow(/number of points \(4\)/)
    expect(() => new KMeansModel({ k: 0 })).toThrow(/k must be/)
    expect(() => new KMeansModel({ nInit: 0 })).toThrow(/n_init/)
    const zeroVar = fromRows([[1, 5], [2, 5], [3, 5]])
    expect(() => new KMeansModel({ k: 2, standardize: true, featureNames: ['a', 'b'] }).fit(zeroVar)).toThrow(/"b" has zero variance/)
    const nan = fromRows([[1, NaN], [2, 3], [3, 4]])
    expect(() => new KMeansModel({ k: 2, featureNames: ['a', 'b'] }).fit(nan)).toThrow(/"b" has 1 missing/)
    const neg = fromRows([[0, 1], [2, 3], [3, 4]])
    expect(() => new KMeansModel({ k: 2, log: true, featureNames: ['a', 'b'] }).fit(neg)).toThrow(/log of feature "a"/)
  })

  it('reports progress, can be cancelled, and round-trips through JSON with identical predictions', () => {
    const X = blobs(500, [[1, 100, 5], [50, 10, 9], [200, 300, 1]], 2, 3)
    for (let i = 0; i < X.data.length; i++) X.data[i] = Math.abs(X.data[i]) + 0.5
    const fractions: number[] = []
    const m = new KMeansModel({ k: 3, nInit: 4, log: true, standardize: true, featureNames: ['r', 'f', 'm'] })
    m.fit(X, { onProgress: (f) => fractions.push(f) })
    expect(fractions.length).toBeGreaterThan(0)
    expect(Array.from(m.predict(X))).toEqual(Array.from(m.labels))
    const json = JSON.parse(JSON.stringify(m.toJSON()))
    expect(json.kind).toBe('kmeans')
    const back = KMeansModel.load(json)
    expect(Array.from(back.predict(X))).toEqual(Array.from(m.predict(X)))
    expect(back.centersOriginal()).toEqual(m.centersOriginal())
    const cancel = { cancelled: true }
    expect(() => new KMeansModel({ k: 3 }).fit(X, { cancel })).toThrow(CancelledError)
  })

  it('relabel reorders centres and labels consistently', () => {
    const X = fromRows([[0], [1], [10], [11], [50]])
    const m = new KMeansModel({ k: 3, nInit: 2 }).fit(X)
    const before = Array.from(m.predict(X))
    m.relabel([2, 0, 1])
    const after = Array.from(m.predict(X))
    const inv = [1, 2, 0]
    expect(after).toEqual(before.map((l) => inv[l]))
    expect(Array.from(m.labels)).toEqual(after)
  })
})

describe('transforms', () => {
  it('log then standardise (population sd), and back', () => {
    const X = fromRows([[1, 10], [Math.E, 20], [Math.E ** 2, 30]])
    const { transform, Xt } = fitTransform(X, ['a', 'b'], { log: ['log', 'none'], standardize: true })
    expect(transform.mean![0]).toBeCloseTo(1, 12)
    expect(transform.scale![0]).toBeCloseTo(Math.sqrt(2 / 3), 12)
    expect(Xt.data[0]).toBeCloseTo(-1 / Math.sqrt(2 / 3), 12)
    const back = inverseTransform(transform, applyTransform(transform, X))
    back.data.forEach((v, i) => expect(v).toBeCloseTo(X.data[i], 10))
  })
})

describe('silhouette', () => {
  it('matches a hand computation', () => {
    const X = fromRows([[0], [1], [10], [11]])
    // a = 1 for all; b = 10.5, 9.5, 9.5, 10.5
    const expected = ((10.5 - 1) / 10.5 + (9.5 - 1) / 9.5) / 2
    expect(silhouetteScore(X, Int32Array.from([0, 0, 1, 1])).score).toBeCloseTo(expected, 12)
    // singleton clusters score 0; one cluster gives NaN
    const r = silhouetteScores(X, [Int32Array.from([0, 0, 0, 1]), Int32Array.from([0, 0, 0, 0])])
    const a = [1 / 2 + 10 / 2, (1 + 9) / 2, (10 + 9) / 2].map((x) => x) // mean distance within {0,1,10}
    const b = [11, 10, 1]
    const s3 = [0, 1, 2].map((i) => (b[i] - a[i]) / Math.max(a[i], b[i]))
    expect(r.scores[0]).toBeCloseTo((s3[0] + s3[1] + s3[2] + 0) / 4, 12)
    expect(r.scores[1]).toBeNaN()
  })

  it('samples (seeded, stated) above the exact limit', () => {
    const X = blobs(300, [[0, 0], [10, 10]], 1, 4)
    const lab = Int32Array.from({ length: 300 }, (_, i) => i % 2)
    const exact = silhouetteScore(X, lab)
    const s = silhouetteScore(X, lab, { exactLimit: 100, sampleSize: 120, seed: 1 })
    expect(s.sampled).toBe(true)
    expect(s.n).toBe(120)
    expect(Math.abs(s.score - exact.score)).toBeLessThan(0.05)
    expect(silhouetteScore(X, lab, { exactLimit: 100, sampleSize: 120, seed: 1 }).score).toBe(s.score)
  })
})

describe('elbow and suggested k', () => {
  it('suggests k = 3 on the Online Retail reference curve (elbow and silhouette agree)', () => {
    // inertia and silhouette of ../shared/reference/results_rfm.json (k = 2..10)
    const inertia = [6396.7397, 4845.8747, 3957.5151, 3389.6561, 2907.9543, 2612.0257, 2402.2157, 2209.8514, 2045.0533]
    const sil = [0.4318, 0.3392, 0.3358, 0.3064, 0.31, 0.3082, 0.2928, 0.2794, 0.2859]
    const s = suggestK(inertia.map((v, i) => ({ k: i + 2, inertia: v, silhouette: sil[i] })))
    expect(s).toMatchObject({ k: 3, byElbow: 3, bySilhouette: 3 })
    expect(renderMessage(s.reason, 'en')).toBe('k = 3: the elbow of the inertia curve and the highest silhouette among k ≥ 3 (0.339)')
    expect(renderMessage(s.reason, 'es')).toBe('k = 3: el codo de la curva de inercia y la silueta más alta entre k ≥ 3 (0,339)')
    // without silhouettes, the knee; when they disagree the silhouette wins and both are named
    expect(suggestK(inertia.map((v, i) => ({ k: i + 2, inertia: v, silhouette: null }))).k).toBe(3)
    const s2 = suggestK([{ k: 2, inertia: 100, silhouette: 0.5 }, { k: 3, inertia: 40, silhouette: 0.3 }, { k: 4, inertia: 30, silhouette: 0.4 }, { k: 5, inertia: 25, silhouette: 0.2 }])
    expect(s2).toMatchObject({ k: 4, byElbow: 3, bySilhouette: 4 })
  })

  it('runs every k of a range on blobs and finds the true k', () => {
    const X = blobs(600, [[0, 0], [10, 0], [0, 10], [10, 10]], 0.8, 5)
    const e = elbow(X, { kMin: 2, kMax: 6, nInit: 3 })
    expect(e.points.map((p) => p.k)).toEqual([2, 3, 4, 5, 6])
    for (let i = 1; i < e.points.length; i++) expect(e.points[i].inertia).toBeLessThan(e.points[i - 1].inertia)
    expect(e.suggested.k).toBe(4)
    expect(e.silhouetteSampled).toBe(false)
    expect(e.fits.get(4)!.labels.length).toBe(600)
  })

  it('parses k and k ranges', () => {
    expect(parseKRange('4')).toEqual({ kMin: 4, kMax: 4 })
    expect(parseKRange('2..10')).toEqual({ kMin: 2, kMax: 10 })
    expect(() => parseKRange('10..2')).toThrow(/Bad k range/)
    expect(() => parseKRange('four')).toThrow(/like 4/)
  })
})
