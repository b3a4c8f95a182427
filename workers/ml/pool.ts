/// <reference lib="webworker" />
/**
 * The ml worker's pool of fit workers: a FitRunner that spreads independent fits (CV folds, grid
 * points, the final fit beside the folds) over one worker per core, up to four. The ml worker
 * keeps orchestrating (folds, SMOTE, scores, the vote); the pool only fits and predicts. Results
 * come back in job order and are the same numbers the in-process runner gives: every job is
 * seeded by its parameters. Cancel reaches every running fit; a worker that dies fails its job
 * (and so the model), and the next job starts a fresh worker. Idle workers are let go after a minute.
 */
import { WorkerClient, type Job } from '../protocol'
import type { fitHandlers } from '../fit'
import { sequentialRunner, type FitOutput, type FitRunner } from '../../src/ml/propensity/fitjobs'
import { CancelledError } from '../../src/ml/core/progress'
import { backendInfo } from '../backend'

const SIZE = Math.max(1, Math.min(4, (typeof navigator !== 'undefined' && navigator.hardwareConcurrency) || 1))

let clients: WorkerClient<typeof fitHandlers>[] | null = null
let idle: ReturnType<typeof setTimeout> | null = null
let active = 0
/** fit workers are let go after this long without work (their TF.js heaps do not shrink) */
const IDLE_MS = 60_000

function workers(): WorkerClient<typeof fitHandlers>[] {
  clients ??= Array.from({ length: SIZE }, (_, i) => new WorkerClient<typeof fitHandlers>(
    `fit ${i + 1}`,
    // this worker's own script in its fit role (workers/engine.worker.ts): the same chunks, one TF.js
    () => new Worker(self.location.href, { type: 'module', name: `fit-${i + 1}` }),
    // a fit worker that dies or hangs fails its fit (and so the training job) instead of holding it
    { heartbeatMs: 5_000, silentAfterMs: 60_000, cancelGraceMs: 5_000 },
  ))
  return clients
}

export const poolSize = SIZE

export const poolRunner: FitRunner = async (jobs, control) => {
  // one job (or one core): no copies to another worker, no JSON round trip of the model
  if (SIZE < 2 || jobs.length < 2) return sequentialRunner(jobs, control)
  const backend = backendInfo()?.backend ?? 'cpu'
  if (idle) clearTimeout(idle)
  active++
  const out: FitOutput[] = new Array(jobs.length)
  const partial = new Float64Array(jobs.length)
  const inflight = new Set<Job<FitOutput>>()
  let next = 0, stop = false
  const report = (): void => control?.onProgress?.(partial.reduce((a, b) => a + b, 0) / jobs.length, `${partial.filter((f) => f === 1).length}/${jobs.length} fits on ${SIZE} workers`)
  const watch = setInterval(() => {
    if (control?.cancel?.cancelled && !stop) {
      stop = true
      for (const j of inflight) j.cancel()
    }
  }, 100)
  try {
    await Promise.all(workers().map(async (client) => {
      while (!stop && next < jobs.length) {
        const k = next++
        const job = client.api.fit.run({ job: jobs[k], backend }, { onProgress: (f) => { partial[k] = Math.min(0.99, f); report() } })
        inflight.add(job)
        try {
          out[k] = await job.promise
        } catch (e) {
          stop = true
          for (const j of inflight) if (j !== job) j.cancel()
          throw e
        } finally {
          inflight.delete(job)
        }
        partial[k] = 1
        report()
      }
    }))
  } catch (e) {
    if (control?.cancel?.cancelled) throw new CancelledError()
    throw e
  } finally {
    clearInterval(watch)
    if (--active === 0) {
      idle = setTimeout(() => {
        if (active > 0) return
        clients?.forEach((c) => c.terminate('let go after a minute without work'))
        clients = null
      }, IDLE_MS)
    }
  }
  if (control?.cancel?.cancelled) throw new CancelledError()
  return out
}
