import * as storage from '../../workers/storage'

/**
 * The page's side of the stored workspace: each area's results and settings as one snapshot
 * (IndexedDB `workspace` store), written when a result is produced and read once at start-up.
 * Snapshots hold what the pages show (summaries, chart arrays, rule pages), never customer rows:
 * those stay with the workers' own records (datasets, runs, results).
 */
export type Area = 'predict' | 'segment' | 'patterns' | 'campaign' | 'models'

interface Snapshot {
  id: Area
  savedAt: number
  value: unknown
}

export async function saveArea(area: Area, value: unknown): Promise<void> {
  await storage.put<Snapshot>('workspace', { id: area, savedAt: Date.now(), value })
}

export async function loadArea<T>(area: Area): Promise<T | null> {
  const s = await storage.get<Snapshot>('workspace', area)
  return (s?.value as T) ?? null
}

export async function clearAreas(): Promise<void> {
  await storage.clearAll(['workspace'])
}

/** Ask the browser not to evict this site's storage (Window-only API); the answer is shown with the storage use. */
export async function requestPersist(): Promise<boolean | null> {
  if (!navigator.storage?.persist) return null
  return navigator.storage.persist().catch(() => null)
}

export const onStorageNotice = storage.onStorageNotice
