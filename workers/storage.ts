/// <reference lib="webworker" />
/**
 * IndexedDB persistence, used from the workers (data never passes through the page to be stored).
 * Stores: `datasets` (columns as typed arrays + schema), `models` and `results` (JSON documents).
 * A write is one transaction: if the quota is exceeded it aborts and what was stored stays intact.
 */
const DB_NAME = 'campaign-lab'
const DB_VERSION = 1
export const STORES = ['datasets', 'models', 'results'] as const
export type StoreName = (typeof STORES)[number]

export class StorageQuotaError extends Error {
  override name = 'StorageQuotaError'
}

let dbPromise: Promise<IDBDatabase> | null = null

function open(): Promise<IDBDatabase> {
  if (dbPromise) return dbPromise
  dbPromise = new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, DB_VERSION)
    req.onupgradeneeded = () => {
      const db = req.result
      for (const s of STORES) if (!db.objectStoreNames.contains(s)) db.createObjectStore(s, { keyPath: 'id' })
    }
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => {
      dbPromise = null
      reject(new Error(`IndexedDB is not available (${req.error?.message ?? 'unknown'}): data will not survive a reload.`))
    }
  })
  return dbPromise
}

function wrap<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error)
  })
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve()
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'))
    tx.onerror = () => reject(tx.error ?? new Error('transaction failed'))
  })
}

export async function put<T extends { id: string }>(store: StoreName, value: T): Promise<void> {
  const db = await open()
  const tx = db.transaction(store, 'readwrite')
  tx.objectStore(store).put(value)
  try {
    await done(tx)
  } catch (e) {
    const err = e as DOMException
    if (err?.name === 'QuotaExceededError') {
      throw new StorageQuotaError(
        `Browser storage is full: "${value.id}" was not saved (everything stored before is intact). Delete old datasets or models, or free disk space.`,
      )
    }
    throw e
  }
}

export async function get<T>(store: StoreName, id: string): Promise<T | undefined> {
  const db = await open()
  return wrap(db.transaction(store).objectStore(store).get(id)) as Promise<T | undefined>
}

export async function getAll<T>(store: StoreName): Promise<T[]> {
  const db = await open()
  return wrap(db.transaction(store).objectStore(store).getAll()) as Promise<T[]>
}

export async function remove(store: StoreName, id: string): Promise<void> {
  const db = await open()
  const tx = db.transaction(store, 'readwrite')
  tx.objectStore(store).delete(id)
  await done(tx)
}

export async function clearAll(): Promise<void> {
  const db = await open()
  const tx = db.transaction([...STORES], 'readwrite')
  for (const s of STORES) tx.objectStore(s).clear()
  await done(tx)
}

export async function estimate(): Promise<{ usage: number; quota: number }> {
  const e = await navigator.storage?.estimate?.()
  return { usage: e?.usage ?? 0, quota: e?.quota ?? 0 }
}
