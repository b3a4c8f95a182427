/**
 * Side by side with scikit-learn (issue 18 §1): the same estimator work on both sides, in the same run.
 * We encode bank-full (duration dropped, the reference test rows and 10k SVC subsample) once, write
 * the encoded matrices to a temp folder as .npy, and bench/reference.py fits scikit-learn on exactly
 * those numbers with the same hyper-parameters; one thread each (OMP/OpenBLAS pinned to 1 for Python).
 * Each row is the median of BENCH_RUNS (default 3) runs per side with no warm-up, so a cold first fit
 * counts on both sides as it does for a user. Both CPU time (process.cpuUsage / time.process_time)
 * and wall time are measured; the ratio uses CPU time, which stays meaningful on a loaded machine.
 * Without a Python that has scikit-learn the stored isolated timings (whole pipeline, a different
 * machine load) are the fallback, marked "stored".
 * Environment: CAMPAIGN_LAB_PYTHON (interpreter to try first), BENCH_RUNS, BENCH_SIDE=lr_fit,dt_fit,...,
 * BENCH_REF=stored (skip the live reference).
 * Run alone: `npx tsx bench/sidebyside.ts`.
 */
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SHARED, sharedPath } from '../tests/shared'
import type { BenchRow } from './types'
import type { Matrix } from '../src/ml/core/matrix'
import type { Classifier } from '../src/ml/core/estimator'
import { encodeBank, readBank, readIdx } from './estimators2'
import { writeNpy as npy } from './npy'

interface Task {
  what: string
  rows: 'full' | 'sub'
  kind: 'fit' | 'predict'
  make: () => Promise<Classifier>
  /** fallback seconds from ../shared/reference when scikit-learn cannot run here */
  stored: () => number | undefined
}

const isolated = (model: string, field: 'fit_s' | 'predict_proba_and_predict_s') => (): number | undefined => {
  const d = JSON.parse(readFileSync(sharedPath('reference', 'results_bank_fit_timing_isolated.json'), 'utf8')) as { results: Array<Record<string, unknown>> }
  const r = d.results.find((x) => x.model === model && x.smote === false)
  return r ? Number(r[field]) : undefined
}

// Tree before forest and vote, so the decision tree's first fit is a cold one (the forest reuses no
// tree code today, but the order keeps the row honest if it ever does).
const TASKS: Record<string, Task> = {
  dt_fit: {
    what: 'Decision tree fit (gini, full depth), cold first fit included', rows: 'full', kind: 'fit',
    make: async () => new (await import('../src/ml/estimators/tree')).DecisionTreeClassifier({ seed: 42 }),
    stored: isolated('DecisionTree', 'fit_s'),
  },
  lr_fit: {
    what: 'Logistic regression fit (C=1, l2)', rows: 'full', kind: 'fit',
    make: async () => new (await import('../src/ml/estimators/logistic')).LogisticRegression(),
    stored: () => (JSON.parse(readFileSync(sharedPath('reference', 'results_timing_1thread.json'), 'utf8')) as { lr_bank_fit_only: { median_s: number } }).lr_bank_fit_only.median_s,
  },
  knn_predict: {
    what: 'KNN k=5 predict+proba, 9,043 test rows', rows: 'full', kind: 'predict',
    make: async () => new (await import('../src/ml/estimators/knn')).KNeighborsClassifier(),
    stored: isolated('KNeighbors', 'predict_proba_and_predict_s'),
  },
  rf_fit: {
    what: 'Random forest fit (100 trees)', rows: 'full', kind: 'fit',
    make: async () => new (await import('../src/ml/estimators/forest')).RandomForestClassifier({ nEstimators: 100, seed: 42 }),
    stored: isolated('RandomForest', 'fit_s'),
  },
  rf_predict: {
    what: 'Random forest predict+proba, 9,043 test rows', rows: 'full', kind: 'predict',
    make: async () => new (await import('../src/ml/estimators/forest')).RandomForestClassifier({ nEstimators: 100, seed: 42 }),
    stored: isolated('RandomForest', 'predict_proba_and_predict_s'),
  },
  hgb_fit: {
    what: 'Hist gradient boosting fit (early stopping auto)', rows: 'full', kind: 'fit',
    make: async () => new (await import('../src/ml/estimators/gbt')).HistGradientBoostingClassifier({ seed: 42 }),
    stored: isolated('HistGradientBoosting', 'fit_s'),
  },
  mlp_predict: {
    // predict cost does not depend on how far training went; 3 epochs give the same (100,) network
    what: 'MLP (100,) predict+proba, 9,043 test rows', rows: 'full', kind: 'predict',
    make: async () => new (await import('../src/ml/estimators/mlp')).MLPClassifier({ seed: 42, maxIter: 3, backend: 'wasm' }),
    stored: isolated('MLP', 'predict_proba_and_predict_s'),
  },
  svm_fit: {
    what: 'SVM RBF fit with Platt probabilities, 10k subsample', rows: 'sub', kind: 'fit',
    make: async () => new (await import('../src/ml/estimators/svm')).SVC({ kernel: 'rbf', C: 1, gamma: 'scale', probability: true, seed: 42 }),
    stored: isolated('SVC', 'fit_s'),
  },
  vote_fit: { what: 'Soft vote LR+KNN+DT+SVM fit, 10k subsample', rows: 'sub', kind: 'fit', make: () => makeVote(), stored: isolated('SoftVoting_LR_KNN_DT_SVC', 'fit_s') },
  vote_predict: { what: 'Soft vote predict+proba, 9,043 test rows', rows: 'sub', kind: 'predict', make: () => makeVote(), stored: isolated('SoftVoting_LR_KNN_DT_SVC', 'predict_proba_and_predict_s') },
}

async function makeVote(): Promise<Classifier> {
  const { VotingClassifier } = await import('../src/ml/estimators/voting')
  const { SVC } = await import('../src/ml/estimators/svm')
  const { LogisticRegression } = await import('../src/ml/estimators/logistic')
  const { KNeighborsClassifier } = await import('../src/ml/estimators/knn')
  const { DecisionTreeClassifier } = await import('../src/ml/estimators/tree')
  return new VotingClassifier({
    estimators: [{ name: 'lr', estimator: new LogisticRegression() }, { name: 'knn', estimator: new KNeighborsClassifier() },
      { name: 'tree', estimator: new DecisionTreeClassifier({ seed: 42 }) }, { name: 'svm', estimator: new SVC({ probability: true, seed: 42 }) }],
    voting: 'soft',
  })
}

/** The first interpreter that imports scikit-learn: CAMPAIGN_LAB_PYTHON, Debian's, then whatever is on PATH. */
export function findPython(): string | undefined {
  const candidates = [process.env.CAMPAIGN_LAB_PYTHON, '/usr/bin/python3', 'python3'].filter((c): c is string => !!c)
  return candidates.find((c) => spawnSync(c, ['-c', 'import sklearn, numpy'], { stdio: 'ignore', timeout: 60_000 }).status === 0)
}

interface RefOut { sklearn: string; python: string; tasks: Record<string, { wall_s: number[]; cpu_s: number[] }> }

function runReference(py: string, dir: string, runs: number, keys: string[]): Promise<RefOut> {
  const env = { ...process.env, OMP_NUM_THREADS: '1', OPENBLAS_NUM_THREADS: '1', MKL_NUM_THREADS: '1' }
  const script = join(import.meta.dirname, 'reference.py')
  return new Promise((resolve, reject) => {
    const p = spawn(py, [script, dir, String(runs), keys.join(',')], { env, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    p.stdout.on('data', (b: Buffer) => { out += b.toString() })
    p.stderr.on('data', (b: Buffer) => process.stderr.write(b.toString().replace(/^(?=.)/gm, '  sklearn ')))
    p.on('error', reject)
    p.on('close', (code) => (code === 0 ? resolve(JSON.parse(out) as RefOut) : reject(new Error(`${py} bench/reference.py exited with ${code}`))))
  })
}

const median = (v: number[]): number => { const s = [...v].sort((a, b) => a - b); return s[Math.floor(s.length / 2)] }
const cpuS = (u: NodeJS.CpuUsage): number => (u.user + u.system) / 1e6

export async function bench(): Promise<BenchRow[]> {
  if (!SHARED) return []
  const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 3))
  const keys = process.env.BENCH_SIDE ? process.env.BENCH_SIDE.split(',') : Object.keys(TASKS)
  for (const k of keys) if (!TASKS[k]) throw new RangeError(`BENCH_SIDE: unknown task "${k}" (tasks: ${Object.keys(TASKS).join(', ')})`)
  const bank = readBank()
  const test = readIdx('bank_test_idx.txt')
  const sub = readIdx('bank_svc_subsample10k_idx.txt')
  const isTest = new Uint8Array(bank.n)
  for (const i of test) isTest[i] = 1
  const train = Int32Array.from({ length: bank.n }, (_, i) => i).filter((i) => !isTest[i])
  // one encoding fitted on the full training part serves both row sets, so the 10k rows are a
  // subset of the same matrix on both sides
  const X = encodeBank(bank, train, train)
  const Xte = encodeBank(bank, train, test)
  const y = Uint8Array.from(train, (i) => bank.y[i])
  const pos = new Map(Array.from(train, (r, k) => [r, k]))
  const Xs: Matrix = { rows: sub.length, cols: X.cols, data: new Float64Array(sub.length * X.cols) }
  sub.forEach((r, k) => Xs.data.set(X.data.subarray(pos.get(r)! * X.cols, (pos.get(r)! + 1) * X.cols), k * X.cols))
  const ys = Uint8Array.from(sub, (r) => bank.y[r])

  // BENCH_REF=stored skips the live reference (quick runs, or checking the fallback)
  const py = process.env.BENCH_REF === 'stored' ? undefined : findPython()
  let ref: RefOut | undefined
  let refError = ''
  const dir = mkdtempSync(join(tmpdir(), 'campaign-lab-bench-'))
  try {
    if (py) {
      npy(join(dir, 'X_train.npy'), X.data, [X.rows, X.cols]); npy(join(dir, 'y_train.npy'), y, [y.length])
      npy(join(dir, 'X_test.npy'), Xte.data, [Xte.rows, Xte.cols])
      npy(join(dir, 'X_sub.npy'), Xs.data, [Xs.rows, Xs.cols]); npy(join(dir, 'y_sub.npy'), ys, [ys.length])
      process.stderr.write(`scikit-learn side: ${py}, ${runs} runs per task, one thread\n`)
      // the reference runs first, alone, so the two sides never compete for the same cores
      try { ref = await runReference(py, dir, runs, keys) } catch (e) { refError = (e as Error).message }
    } else {
      refError = process.env.BENCH_REF === 'stored' ? 'BENCH_REF=stored'
        : 'no Python with scikit-learn (apt-get install python3-sklearn python3-imblearn python3-pandas, or set CAMPAIGN_LAB_PYTHON)'
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  if (refError) process.stderr.write(`scikit-learn side not live: ${refError}; using stored timings\n`)

  const rows: BenchRow[] = []
  for (const key of keys) {
    const t = TASKS[key]
    const [Xf, yf] = t.rows === 'full' ? [X, y] : [Xs, ys]
    const wall: number[] = [], cpu: number[] = []
    const clock = async (f: () => unknown): Promise<void> => {
      const w = performance.now(), c = process.cpuUsage()
      await f()
      cpu.push(cpuS(process.cpuUsage(c)))
      wall.push((performance.now() - w) / 1000)
    }
    if (t.kind === 'fit') {
      for (let r = 0; r < runs; r++) { const m = await t.make(); await clock(() => m.fit(Xf, yf)) }
    } else {
      const m = await t.make()
      await m.fit(Xf, yf)
      for (let r = 0; r < runs; r++) await clock(() => { m.predictProba(Xte); m.predict(Xte) })
    }
    const live = ref?.tasks[key]
    const oursCpu = median(cpu), oursWall = median(wall)
    const refS = live ? median(live.cpu_s) : t.stored()
    const notes = `cpu runs ${cpu.map((v) => v.toFixed(2)).join('/')}; wall ours ${oursWall.toFixed(2)} s` +
      (live ? `, sklearn ${median(live.wall_s).toFixed(2)} s; sklearn cpu runs ${live.cpu_s.map((v) => v.toFixed(2)).join('/')}`
        : '; stored ref = isolated wall time of the whole pipeline, not like for like')
    rows.push({
      issue: 18, what: t.what, ours_s: oursCpu, ref_s: refS, ref_live: !!live, threads: 1, clock: live ? 'cpu' : 'ours cpu / stored wall',
      ours_wall_s: oursWall, ref_wall_s: live ? median(live.wall_s) : refS,
      target: '≤ 1.0× ref', backend: key === 'mlp_predict' ? 'node/tfjs-wasm' : 'node/ts',
      ok: refS === undefined ? undefined : oursCpu <= refS, notes,
    })
    process.stderr.write(`${key}: ours cpu ${oursCpu.toFixed(3)} s, ref ${refS?.toFixed(3)} s (${live ? 'live' : 'stored'})\n`)
  }
  if (ref) process.stderr.write(`reference: Python ${ref.python}, scikit-learn ${ref.sklearn}\n`)
  return rows
}

if (process.argv[1] && /sidebyside\.ts$/.test(process.argv[1])) {
  bench().then((r) => console.log(JSON.stringify(r, null, 1)))
}
