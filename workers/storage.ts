/**
 * IndexedDB persistence through `idb`, used by the workers (datasets, models, runs, results: data
 * never passes through the page to be stored) and by the page (workspace snapshots). The schema
 * and its upgrades live in src/engine/schema.ts. A write is one transaction: if the quota is
 * exceeded it aborts and what was stored stays intact.
 *
 * Another tab: a tab that opens a newer schema asks this one to let go (`versionchange`): the
 * connection is closed and the next call reopens it (and fails with a clear message when this tab
 * is older). A tab blocked by an older one waits and says why.
 */
import { openDB, type IDBPDatabase } from 'idb'
import { DB_NAME, DB_VERSION, upgradeSteps, type StoreName } from '../src/engine/schema'
import { announce } from '../src/engine/tabs'
import { MessageError, msg, type Message } from '../src/ml/core/message'

export { STORES, type StoreName } from '../src/engine/schema'

export class StorageQuotaError extends Error {
  override name = 'StorageQuotaError'
}

let dbPromise: Promise<IDBPDatabase> | null = null
let notice: (m: Message) => void = () => {}
/** Where messages about other tabs go (the page shows them; a worker lets its next call fail). */
export function onStorageNotice(fn: (m: Message) => void): void {
  notice = fn
}
let versionChange: () => void = () => {}
/** Called when a newer version of the app in another tab upgrades the database (this connection is closed then). */
export function onVersionChange(fn: () => void): void {
  versionChange = fn
}

export function open(): Promise<IDBPDatabase> {
  if (dbPromise) return dbPromise
  let upgradedFrom = 0
  dbPromise = openDB(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion, newVersion, tx) {
      upgradedFrom = oldVersion
      for (const step of upgradeSteps(oldVersion, newVersion ?? DB_VERSION)) {
        for (const s of step.create) if (!db.objectStoreNames.contains(s)) db.createObjectStore(s, { keyPath: 'id' })
        for (const c of step.copy ?? []) {
          // copied record by record inside the upgrade transaction: all or nothing
          // a record that cannot be migrated aborts the whole upgrade: the old database stays as it was
          void tx.objectStore(c.from).getAll()
            .then((recs) => Promise.all(recs.map((r) => tx.objectStore(c.into).put(c.map(r as never)))))
            .catch(() => tx.abort())
        }
      }
    },
    blocked() {
      notice(msg('tabs.storage.blocked'))
    },
    blocking() {
      // a newer tab wants to upgrade: let go so it is not blocked; the next call here reopens
      void dbPromise?.then((db) => db.close())
      dbPromise = null
      notice(msg('tabs.upgraded'))
      versionChange()
    },
    terminated() {
      dbPromise = null
    },
  }).then((db) => {
    // tabs of an older version that did not hold a connection (none open, or closed) learn it here
    if (upgradedFrom > 0) announce({ type: 'upgraded', version: DB_VERSION })
    return db
  }, (e: Error) => {
    dbPromise = null
    if (e?.name === 'VersionError') {
      throw new MessageError('tabs.storage.newer')
    }
    throw new MessageError('tabs.storage.unavailable', { reason: e?.message ?? '?' })
  })
  return dbPromise
}

export async function put<T extends { id: string }>(store: StoreName, value: T): Promise<void> {
  const db = await open()
  try {
    await db.put(store, value)
  } catch (e) {
    if ((e as DOMException)?.name === 'QuotaExceededError') {
      throw new StorageQuotaError(
        `Browser storage is full: "${value.id}" was not saved (everything stored before is intact). Delete old datasets, runs or models, or free disk space.`,
      )
    }
    throw e
  }
}

/** Several records in one transaction: all are stored, or (quota, error) none is. */
export async function putAll(items: [StoreName, { id: string; [field: string]: unknown }][]): Promise<void> {
  const db = await open()
  const stores = [...new Set(items.map(([s]) => s))]
  const tx = db.transaction(stores, 'readwrite')
  try {
    await Promise.all([...items.map(([s, v]) => tx.objectStore(s).put(v)), tx.done])
  } catch (e) {
    if ((e as DOMException)?.name === 'QuotaExceededError') {
      throw new StorageQuotaError(
        `Browser storage is full: "${items[0]?.[1].id}" was not saved (everything stored before is intact). Delete old datasets, runs or models, or free disk space.`,
      )
    }
    throw e
  }
}

/**
 * Like putAll, but only while `guard` (a store and an id) still holds a record, checked in the same
 * transaction: an edit made in one tab does not write back a dataset another tab deleted meanwhile.
 * Returns false (nothing written) when the record is gone.
 */
export async function putAllIfPresent(guard: [StoreName, string], items: [StoreName, { id: string; [field: string]: unknown }][]): Promise<boolean> {
  const db = await open()
  const stores = [...new Set([guard[0], ...items.map(([s]) => s)])]
  const tx = db.transaction(stores, 'readwrite')
  try {
    // only IndexedDB requests are awaited inside the transaction, so it stays active
    const present = (await tx.objectStore(guard[0]).getKey(guard[1])) !== undefined
    if (present) await Promise.all(items.map(([s, v]) => tx.objectStore(s).put(v)))
    await tx.done
    return present
  } catch (e) {
    if ((e as DOMException)?.name === 'QuotaExceededError') {
      throw new StorageQuotaError(
        `Browser storage is full: "${items[0]?.[1].id}" was not saved (everything stored before is intact). Delete old datasets, runs or models, or free disk space.`,
      )
    }
    throw e
  }
}

export async function get<T>(store: StoreName, id: string): Promise<T | undefined> {
  return (await open()).get(store, id) as Promise<T | undefined>
}

export async function getAll<T>(store: StoreName): Promise<T[]> {
  return (await open()).getAll(store) as Promise<T[]>
}

export async function remove(store: StoreName, id: string): Promise<void> {
  await (await open()).delete(store, id)
}

export async function clearAll(stores: readonly StoreName[]): Promise<void> {
  const db = await open()
  const tx = db.transaction([...stores], 'readwrite')
  await Promise.all([...stores.map((s) => tx.objectStore(s).clear()), tx.done])
}

export interface StorageState {
  usage: number
  quota: number
  /** whether the browser promised not to evict this site's storage (navigator.storage.persist) */
  persisted: boolean | null
}

export async function estimate(): Promise<StorageState> {
  const e = await navigator.storage?.estimate?.()
  const persisted = (await navigator.storage?.persisted?.().catch(() => null)) ?? null
  return { usage: e?.usage ?? 0, quota: e?.quota ?? 0, persisted }
}
