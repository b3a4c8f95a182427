import { errorMessage, type Label } from '@/ml/core/message'
import type { Job } from '../../workers/protocol'

/** Where tracked jobs are shown: the job panel's store installs itself here at start-up (services never import stores). */
export interface JobSink {
  start(label: Label, cancel: () => void): string
  progress(id: string, fraction: number, message?: string): void
  finish(id: string, status: 'done' | 'failed' | 'cancelled', error?: Label): void
}

let sink: JobSink | null = null
export function setJobSink(s: JobSink | null): void {
  sink = s
}

/**
 * Run a worker job under the job panel: progress, ETA, cancel, and a visible error. Resolves with
 * the result; rejects with the worker's error (CancelledError when the user cancelled).
 */
export async function tracked<T>(label: Label, start: (onProgress: (f: number, m?: string) => void) => Job<T>): Promise<T> {
  let job: Job<T> | null = null
  const id = sink?.start(label, () => job?.cancel()) ?? ''
  job = start((f, m) => sink?.progress(id, f, m))
  try {
    const value = await job.promise
    sink?.finish(id, 'done')
    return value
  } catch (e) {
    const err = e as Error
    sink?.finish(id, err.name === 'CancelledError' ? 'cancelled' : 'failed', errorMessage(err))
    throw err
  }
}
