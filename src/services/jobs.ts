import { errorMessage, type Label } from '@/ml/core/message'
import type { Job } from './workerClient'
import { useJobsStore } from '@/stores/jobs'

/**
 * Run a worker job under the job panel: progress, ETA, cancel, and a visible error. Resolves with
 * the result; rejects with the worker's error (CancelledError when the user cancelled).
 */
export async function tracked<T>(label: Label, start: (onProgress: (f: number, m?: string) => void) => Job<T>): Promise<T> {
  const store = useJobsStore()
  let job: Job<T> | null = null
  const id = store.start(label, () => job?.cancel())
  job = start((f, m) => store.progress(id, f, m))
  try {
    const value = await job.promise
    store.finish(id, 'done')
    return value
  } catch (e) {
    const err = e as Error
    store.finish(id, err.name === 'CancelledError' ? 'cancelled' : 'failed', errorMessage(err))
    throw err
  }
}
