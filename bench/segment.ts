/**
 * Segmentation bench (issue 4): Online Retail clean + RFM, k-means k=4 n_init=10 on the RFM table,
 * k-means on 1,000,000 × 8 (k = 8, one init), and elbow k = 2..10 with silhouette end to end.
 * Reference timings: ../shared/reference/results_rfm.json and results_timing_1thread.json.
 */
import { readFileSync } from 'node:fs'
import type { BenchRow } from './types'
import { timeIt } from './types'
import { SHARED, sharedPath } from '../tests/shared'
import { readTableFile } from '../src/data/node'
import { matrix } from '../src/ml/core/matrix'
import { Rng } from '../src/ml/core/random'
import { rfmAnalysis, featureMatrix, clusterCustomers } from '../src/ml/segmentation/segment'
import { fitTransform } from '../src/ml/clustering/transform'
import { kmeansSteps, runSteps } from '../src/ml/clustering/kmeans'

/** Median process CPU seconds of fn over `repeats` runs (a steadier figure than wall time on a shared machine). */
async function cpuTime(fn: () => unknown, repeats = 3): Promise<number> {
  const ts: number[] = []
  for (let i = 0; i < repeats; i++) {
    const a = process.cpuUsage()
    await fn()
    const b = process.cpuUsage(a)
    ts.push((b.user + b.system) / 1e6)
  }
  ts.sort((x, y) => x - y)
  return ts[Math.floor(ts.length / 2)]
}

const MAPPING = { customer: 'CustomerID', invoice: 'InvoiceNo', date: 'InvoiceDate', quantity: 'Quantity', price: 'UnitPrice' }

/** 1,000,000 × 8 points around 8 Gaussian centres (sd 3 apart, unit noise), seeded. */
export function blobs1M(n = 1_000_000, p = 8, k = 8, seed = 7): ReturnType<typeof matrix> {
  const rng = new Rng(seed)
  const centres = Array.from({ length: k }, () => Array.from({ length: p }, () => rng.normal() * 3))
  const X = matrix(n, p)
  for (let i = 0; i < n; i++) {
    const c = centres[rng.int(k)]
    for (let j = 0; j < p; j++) X.data[i * p + j] = c[j] + rng.normal()
  }
  return X
}

export async function bench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = []
  const backend = 'node/ts'
  // the 1M k-means does not need ../shared
  {
    const X = blobs1M()
    let iters = 0
    const s = await timeIt(() => {
      iters = runSteps(kmeansSteps(X, { k: 8, nInit: 1, seed: 42 })).nIter
    }, 3, false)
    const c = await cpuTime(() => runSteps(kmeansSteps(X, { k: 8, nInit: 1, seed: 42 })), 1)
    rows.push({ issue: 4, what: 'k-means 1,000,000×8, k=8, one init (k-means++ + Lloyd)', ours_s: s, target: '≤ 3 s', backend, ok: s <= 3, notes: `8 Gaussian blobs, ${iters} Lloyd iterations (Hamerly bounds); CPU ${c.toFixed(2)} s` })
  }
  if (!SHARED) return rows
  const ref = JSON.parse(readFileSync(sharedPath('reference/results_rfm.json'), 'utf8')) as { load_csv_s: number; clean_and_rfm_s: number; kmeans: { fit_s: number; silhouette_s: number }[] }
  const timing = JSON.parse(readFileSync(sharedPath('reference/results_timing_1thread.json'), 'utf8')) as { kmeans_rfm_k4_ninit10: { median_s: number } }
  const path = sharedPath('data/online_retail/online_retail.csv.gz')
  let t0 = performance.now()
  const { table } = await readTableFile(path)
  const parseS = (performance.now() - t0) / 1000
  const clean = await timeIt(() => rfmAnalysis(table, MAPPING), 5)
  const cleanCpu = await cpuTime(() => rfmAnalysis(table, MAPPING), 5)
  rows.push({ issue: 4, what: 'Online Retail clean + RFM (541,909 rows → 4,338 customers)', ours_s: clean, ref_s: ref.clean_and_rfm_s, target: '≤ 1.0× ref', backend, ok: clean <= ref.clean_and_rfm_s, notes: `CPU ${cleanCpu.toFixed(3)} s; parse of the .csv.gz (readTableFile) ${parseS.toFixed(2)} s; pandas read_csv ${ref.load_csv_s.toFixed(2)} s` })
  const rfm = rfmAnalysis(table, MAPPING)
  const names = ['recency', 'frequency', 'monetary'] as const
  const X = featureMatrix(rfm.features, [...names])
  const { Xt } = fitTransform(X, [...names], { log: true, standardize: true })
  const k4 = await timeIt(() => runSteps(kmeansSteps(Xt, { k: 4, nInit: 10, seed: 42 })), 7)
  const k4Cpu = await cpuTime(() => runSteps(kmeansSteps(Xt, { k: 4, nInit: 10, seed: 42 })), 7)
  const refK4 = timing.kmeans_rfm_k4_ninit10.median_s
  rows.push({ issue: 4, what: 'k-means k=4, n_init=10 on RFM 4,338×3 (log + standardise)', ours_s: k4, ref_s: refK4, target: '≤ 1.0× ref', backend, ok: k4 <= refK4, notes: `CPU ${k4Cpu.toFixed(3)} s; sklearn 1.2.1 lloyd, 1 thread, median of 7` })
  const refElbow = ref.kmeans.reduce((s, r) => s + r.fit_s + r.silhouette_s, 0)
  const runElbow = (): unknown => clusterCustomers(X, [...names], { revenue: rfm.features.monetary }, { k: { kMin: 2, kMax: 10 }, nInit: 10, seed: 42, log: true, standardize: true })
  const el = await timeIt(runElbow, 3)
  const elCpu = await cpuTime(runElbow, 3)
  rows.push({ issue: 4, what: 'elbow k=2..10 (n_init=10) + exact silhouettes + profiles + PCA map', ours_s: el, ref_s: refElbow, target: '≤ 1.0× ref', backend, ok: el <= refElbow, notes: `CPU ${elCpu.toFixed(2)} s; ref = Σ sklearn fit + silhouette_score over k` })
  t0 = performance.now()
  const c0 = process.cpuUsage()
  {
    const { table: t2 } = await readTableFile(path)
    const r2 = rfmAnalysis(t2, MAPPING)
    clusterCustomers(featureMatrix(r2.features, [...names]), [...names], { revenue: r2.features.monetary }, { k: { kMin: 2, kMax: 10 }, log: true, standardize: true })
  }
  const e2e = (performance.now() - t0) / 1000
  const c1 = process.cpuUsage(c0)
  rows.push({ issue: 4, what: 'Online Retail end to end: parse → clean → RFM → k=2..10 with silhouette', ours_s: e2e, ref_s: ref.load_csv_s + ref.clean_and_rfm_s + refElbow, target: '≤ 5 s', backend, ok: e2e <= 5, notes: `CPU ${((c1.user + c1.system) / 1e6).toFixed(2)} s; Node (the issue target is headless Chromium)` })
  return rows
}

// run directly: npx tsx bench/segment.ts
if (import.meta.url === `file://${process.argv[1]}`) {
  bench().then((r) => console.table(r.map((x) => ({ what: x.what, ours_s: +x.ours_s.toFixed(3), ref_s: x.ref_s === undefined ? '' : +x.ref_s.toFixed(3), target: x.target, ok: x.ok, notes: x.notes }))))
}
