import * as storage from '../../workers/storage'

/**
 * The page's side of the stored workspace: each area's results and settings as one snapshot
 * (IndexedDB `workspace` store), written when a result is produced and read once at start-up.
 * Snapshots hold what the pages show (summaries, chart arrays, rule pages), never customer rows:
 * those stay with the workers' own records (datasets, runs, results).
 */
export type Area = 'predict' | 'segment' | 'patterns' | 'campaign' | 'models'

interface Snapshot {
  /** `<area>:<field>`: one record per field, so a change writes only that field */
  id: string
  savedAt: number
  value: unknown
}

export async function saveField(area: Area, field: string, value: unknown): Promise<void> {
  await storage.put<Snapshot>('workspace', { id: `${area}:${field}`, savedAt: Date.now(), value })
}

/** Every stored field of an area. */
export async function loadArea(area: Area): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {}
  for (const s of await storage.getAll<Snapshot>('workspace')) if (s.id.startsWith(`${area}:`)) out[s.id.slice(area.length + 1)] = s.value
  return out
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
export const onVersionChange = storage.onVersionChange
