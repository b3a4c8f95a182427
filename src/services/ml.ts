import type { Label } from '@/ml/core/message'
import { dataWorker, mlWorker, ml } from './engine'
import type { Job } from '../../workers/protocol'
import { tracked } from './jobs'
import type { BackendChoice, BackendInfo } from '../../workers/backend'

export type { BackendChoice, BackendInfo }

/**
 * Where the chosen backend is read and the started one reported: the settings store installs
 * itself here at start-up (services never import stores).
 */
let backendChoice: () => BackendChoice = () => 'auto'
let onBackend: (info: BackendInfo) => void = () => {}
export function configureBackend(choice: () => BackendChoice, report: (info: BackendInfo) => void): void {
  backendChoice = choice
  onBackend = report
}

let started: { choice: BackendChoice; info: BackendInfo } | null = null

/** Start TF.js in the ml worker on the chosen backend (probe on 'auto'); shown in the header. */
export async function ensureBackend(): Promise<BackendInfo> {
  const choice = backendChoice()
  if (started && started.choice === choice) return started.info
  const info = await ml.init({ backend: choice }).promise
  started = { choice, info }
  onBackend(info)
  return info
}

/** Make sure the ml worker holds the dataset: it fetches a transferred copy from the data worker itself. */
export async function ensureTable(id: string): Promise<void> {
  await ml.ensureTable({ id }).promise
}

/** A worker restarted after a crash holds no tables: the next ensureTable copies again. */
export const workers = { data: dataWorker, ml: mlWorker }

/** Reactive proxies cannot be posted to a worker: plain copies of small option objects. */
export function plain<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T)
}

/**
 * Run an ml worker job on datasets under the job panel: the backend started (when the job needs
 * TF.js), the datasets copied into the ml worker, then the call itself (typed by its handler).
 */
export async function onDatasets<T>(label: Label, datasetIds: (string | undefined)[], start: (onProgress: (f: number, m?: string) => void) => Job<T>, opts: { backend?: boolean } = {}): Promise<T> {
  if (opts.backend ?? true) await ensureBackend()
  for (const id of datasetIds) if (id) await ensureTable(id)
  return tracked(label, start)
}
