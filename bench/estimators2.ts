/**
 * Bench for issue 3's second estimator group (SVM, random forest, gradient boosting, MLP, voting)
 * on bank-full with `duration` dropped, using the exact reference test rows and 10k SVC subsample.
 * Encoding as the reference pipeline: one-hot categoricals + standard-scaled numerics, fitted on
 * the training rows. Run alone: `npx tsx bench/estimators2.ts [svm,rf,gbt,mlp,vote]`.
 */
import { readFileSync } from 'node:fs'
import { SHARED, sharedPath } from '../tests/shared'
import type { BenchRow } from './types'
import type { Matrix } from '../src/ml/core/matrix'
import type { Classifier } from '../src/ml/core/estimator'

const CATS = ['job', 'marital', 'education', 'default', 'housing', 'loan', 'contact', 'month', 'poutcome']
const NUMS = ['age', 'balance', 'day', 'campaign', 'pdays', 'previous']

interface Bank { cols: Record<string, string[]>; y: Uint8Array; n: number }

export function readBank(): Bank {
  const text = readFileSync(sharedPath('data', 'bank_marketing', 'bank-full.csv'), 'utf8').trim().split('\n')
  const header = text[0].split(';').map((s) => s.replace(/"/g, ''))
  const cols: Record<string, string[]> = {}
  for (const h of header) cols[h] = []
  for (let r = 1; r < text.length; r++) {
    const parts = text[r].split(';')
    for (let j = 0; j < header.length; j++) cols[header[j]].push(parts[j].replace(/"/g, '').trim())
  }
  const y = Uint8Array.from(cols.y, (v) => (v === 'yes' ? 1 : 0))
  return { cols, y, n: y.length }
}

/** One-hot (levels seen in `fitRows`, sorted; unknown → all zeros) + standard scaling fitted on `fitRows`. */
export function encodeBank(b: Bank, fitRows: Int32Array, rows: Int32Array): Matrix {
  const levels = CATS.map((c) => [...new Set(Array.from(fitRows, (i) => b.cols[c][i]))].sort())
  const stats = NUMS.map((c) => {
    let s = 0, s2 = 0
    for (const i of fitRows) { const v = Number(b.cols[c][i]); s += v; s2 += v * v }
    const m = s / fitRows.length
    const sd = Math.sqrt(Math.max(0, s2 / fitRows.length - m * m)) || 1
    return [m, sd]
  })
  const p = levels.reduce((a, l) => a + l.length, 0) + NUMS.length
  const data = new Float64Array(rows.length * p)
  rows.forEach((i, r) => {
    let o = r * p
    CATS.forEach((c, k) => { const at = levels[k].indexOf(b.cols[c][i]); if (at >= 0) data[o + at] = 1; o += levels[k].length })
    NUMS.forEach((c, k) => { data[o++] = (Number(b.cols[c][i]) - stats[k][0]) / stats[k][1] })
  })
  return { rows: rows.length, cols: p, data }
}

export function rocAuc(y: Uint8Array, s: Float64Array): number {
  const idx = Array.from(s.keys()).sort((a, b) => s[a] - s[b])
  let rankSum = 0, nPos = 0
  for (let k = 0; k < idx.length;) {
    let e = k
    while (e + 1 < idx.length && s[idx[e + 1]] === s[idx[k]]) e++
    const avg = (k + e) / 2 + 1
    for (let t = k; t <= e; t++) if (y[idx[t]]) { rankSum += avg; nPos++ }
    k = e + 1
  }
  const nNeg = y.length - nPos
  return (rankSum - (nPos * (nPos + 1)) / 2) / (nPos * nNeg)
}

export function f1(y: Uint8Array, pred: Uint8Array): number {
  let tp = 0, fp = 0, fn = 0
  for (let i = 0; i < y.length; i++) { if (pred[i] && y[i]) tp++; else if (pred[i]) fp++; else if (y[i]) fn++ }
  return (2 * tp) / (2 * tp + fp + fn)
}

export const readIdx = (name: string): Int32Array => Int32Array.from(readFileSync(sharedPath('reference', 'splits', name), 'utf8').trim().split('\n').map(Number))

const REF = {
  svm: { auc: 0.7251, f1: 0.2842, fit: 15.39, predict: 3.75 },
  mlp: { auc: 0.7616, f1: 0.3952, fit: 18.28, predict: 0.05 },
  rf: { auc: 0.7868, f1: 0.3411, fit: 3.45, predict: 0.31 },
  gbt: { auc: 0.8037, f1: 0.3599, fit: 1.55, predict: 0.11 },
  vote: { auc: 0.7484, f1: 0.2930, fit: 11.2, predict: 4.08 },
} as const
type Name = keyof typeof REF

async function makeModel(name: Name, backend: string): Promise<Classifier> {
  switch (name) {
    case 'svm': { const { SVC } = await import('../src/ml/estimators/svm'); return new SVC({ kernel: 'rbf', C: 1, gamma: 'scale', probability: true, seed: 42 }) }
    case 'rf': { const { RandomForestClassifier } = await import('../src/ml/estimators/forest'); return new RandomForestClassifier({ nEstimators: 100, seed: 42 }) }
    case 'gbt': { const { HistGradientBoostingClassifier } = await import('../src/ml/estimators/gbt'); return new HistGradientBoostingClassifier({ seed: 42 }) }
    case 'mlp': { const { MLPClassifier } = await import('../src/ml/estimators/mlp'); return new MLPClassifier(backend === 'js' ? { seed: 42, engine: 'js' } : { seed: 42, backend }) }
    case 'vote': {
      // the reference's soft vote: LR + KNN + DT + SVC (LR/KNN/DT are the other helper's modules)
      const { VotingClassifier } = await import('../src/ml/estimators/voting')
      const { SVC } = await import('../src/ml/estimators/svm')
      const { LogisticRegression } = await import('../src/ml/estimators/logistic')
      const { KNeighborsClassifier } = await import('../src/ml/estimators/knn')
      const { DecisionTreeClassifier } = await import('../src/ml/estimators/tree')
      return new VotingClassifier({
        estimators: [{ name: 'lr', estimator: new LogisticRegression() }, { name: 'knn', estimator: new KNeighborsClassifier() },
          { name: 'tree', estimator: new DecisionTreeClassifier({ seed: 42 }) }, { name: 'svm', estimator: new SVC({ seed: 42 }) }],
        voting: 'soft',
      })
    }
  }
}

export async function bench(only?: string[]): Promise<BenchRow[]> {
  if (!SHARED) return []
  const bank = readBank()
  const test = readIdx('bank_test_idx.txt')
  const sub = readIdx('bank_svc_subsample10k_idx.txt')
  const isTest = new Uint8Array(bank.n)
  for (const i of test) isTest[i] = 1
  const train = Int32Array.from({ length: bank.n }, (_, i) => i).filter((i) => !isTest[i])
  const names: Name[] = (only?.length ? only : ['gbt', 'rf', 'svm', 'mlp', 'vote']) as Name[]
  // MLP_BACKEND=wasm|cpu (TF.js backends) or js (the plain TypeScript engine)
  const backend = process.env.MLP_BACKEND ?? 'wasm'
  const rows: BenchRow[] = []
  for (const name of names) {
    const trainRows = name === 'svm' || name === 'vote' ? sub : train
    const Xtr = encodeBank(bank, trainRows, trainRows)
    const Xte = encodeBank(bank, trainRows, test)
    const ytr = Uint8Array.from(trainRows, (i) => bank.y[i])
    const yte = Uint8Array.from(test, (i) => bank.y[i])
    const model = await makeModel(name, backend)
    const t0 = performance.now(), c0 = process.cpuUsage()
    await model.fit(Xtr, ytr)
    const fitS = (performance.now() - t0) / 1000
    // CPU time of this process: steadier than wall time on a shared 2-core machine
    const fitCpu = process.cpuUsage(c0)
    const fitCpuS = (fitCpu.user + fitCpu.system) / 1e6
    const t1 = performance.now()
    const proba = model.predictProba(Xte)
    const pred = model.predict(Xte)
    const predS = (performance.now() - t1) / 1000
    const auc = rocAuc(yte, proba), f = f1(yte, pred)
    const ref = REF[name]
    const be = name === 'mlp' ? (backend === 'js' ? 'node/ts (engine js)' : `node/tfjs-${backend}`) : 'node/ts'
    const iters = (model as unknown as { nIter?: number }).nIter
    const notes = `test ROC AUC ${auc.toFixed(4)} (ref ${ref.auc}), F1 ${f.toFixed(4)} (ref ${ref.f1}); fit CPU ${fitCpuS.toFixed(2)} s; ${Xtr.rows}×${Xtr.cols}` +
      (iters !== undefined ? `; ${iters} iterations` : '')
    rows.push({ issue: 3, what: `${name} fit (bank, duration dropped)`, ours_s: fitS, ref_s: ref.fit, target: '≤ 1.0× ref', backend: be, ok: fitS <= ref.fit && auc >= ref.auc - 0.02 && Math.abs(f - ref.f1) <= 0.03, notes })
    rows.push({ issue: 3, what: `${name} predict+proba on 9,043 test rows`, ours_s: predS, ref_s: ref.predict, target: '≤ 1.0× ref', backend: be, ok: predS <= ref.predict })
    process.stderr.write(`${name}: fit ${fitS.toFixed(2)} s, predict ${predS.toFixed(2)} s, ${notes}\n`)
  }
  return rows
}

if (process.argv[1] && /estimators2\.ts$/.test(process.argv[1])) {
  bench(process.argv[2]?.split(',')).then((r) => console.log(JSON.stringify(r, null, 1)))
}
