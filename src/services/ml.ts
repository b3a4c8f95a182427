import { type Label } from '@/ml/core/message'
import { dataWorker, mlWorker } from './engine'
import { tracked } from './jobs'
import { useSettingsStore, type BackendStatus } from '@/stores/settings'

let backendFor: string | null = null

/** Start TF.js in the ml worker on the chosen backend (probe on 'auto'); shown in the header. */
export async function ensureBackend(): Promise<BackendStatus> {
  const settings = useSettingsStore()
  if (backendFor === settings.backendChoice && settings.backendStatus) return settings.backendStatus
  const info = await mlWorker.call<BackendStatus>('init', { backend: settings.backendChoice }).promise
  settings.backendStatus = info
  backendFor = settings.backendChoice
  return info
}

/** Make sure the ml worker holds the dataset: a transferred copy from the data worker. */
export async function ensureTable(id: string): Promise<void> {
  if (await mlWorker.call<boolean>('hasTable', { id }).promise) return
  const t = await dataWorker.call<{ id: string; table: unknown; schema: unknown }>('exportTable', { id }).promise
  await mlWorker.call('putTable', t, { transfer: collectBuffers(t.table) }).promise
}

function collectBuffers(table: unknown): Transferable[] {
  const out: Transferable[] = []
  for (const c of (table as { columns: { values?: Float64Array; codes?: Int32Array }[] }).columns) {
    const a = c.values ?? c.codes
    if (a && a.byteOffset === 0 && a.byteLength === a.buffer.byteLength) out.push(a.buffer as ArrayBuffer)
  }
  return out
}

/** Run an ml worker method on a dataset under the job panel. */
export async function runOnDataset<T>(label: Label, method: string, datasetId: string, args: Record<string, unknown>): Promise<T> {
  await ensureBackend()
  await ensureTable(datasetId)
  return tracked(label, (onProgress) => mlWorker.call<T>(method, { datasetId, ...args }, { onProgress }))
}

/** Run an ml worker method that needs no dataset. */
export async function runMl<T>(label: Label, method: string, args: Record<string, unknown>): Promise<T> {
  return tracked(label, (onProgress) => mlWorker.call<T>(method, args, { onProgress }))
}
