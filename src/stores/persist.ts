import { isReactive, toRaw, watch } from 'vue'
import { loadArea, saveField, type Area } from '@/services/workspace'
import { errorMessage, type Message } from '@/ml/core/message'

/**
 * Each page's results and settings kept in the workspace database: written (debounced) whenever
 * one changes, read once at start-up before the app mounts. Restoring assigns values; it never
 * calls a worker, so nothing is re-computed after a reload.
 */

/** A structured-cloneable copy: reactive proxies unwrapped at every level; typed arrays kept as they are. */
export function plainCopy<T>(v: T, depth = 0): T {
  const raw = (v !== null && typeof v === 'object' ? toRaw(v) : v) as unknown
  if (raw === null || typeof raw !== 'object' || depth > 40) return raw as T
  if (ArrayBuffer.isView(raw) || raw instanceof ArrayBuffer || raw instanceof Date || (typeof Blob !== 'undefined' && raw instanceof Blob)) return raw as T
  if (Array.isArray(raw)) return raw.map((x) => plainCopy(x, depth + 1)) as T
  if (raw instanceof Map) return new Map([...raw].map(([k, x]) => [k, plainCopy(x, depth + 1)])) as T
  if (raw instanceof Set) return new Set([...raw].map((x) => plainCopy(x, depth + 1))) as T
  const out: Record<string, unknown> = {}
  for (const [k, x] of Object.entries(raw)) if (typeof x !== 'function') out[k] = plainCopy(x, depth + 1)
  return out as T
}

type AnyStore = Record<string, unknown>

/** Put a stored value back into a store field, keeping reactive arrays and objects the store's code holds. */
function assign(store: AnyStore, key: string, value: unknown): void {
  const cur = store[key]
  if (Array.isArray(cur) && isReactive(cur) && Array.isArray(value)) cur.splice(0, cur.length, ...value)
  else if (cur && typeof cur === 'object' && isReactive(cur) && !Array.isArray(cur) && value && typeof value === 'object') Object.assign(cur, value)
  else store[key] = value
}

const registered: { area: Area; store: AnyStore; keys: string[] }[] = []
let notify: (m: Message) => void = () => {}
/** Where a failed save (e.g. storage full) is reported; what was stored before stays. */
export function onWorkspaceError(fn: (m: Message) => void): void {
  notify = fn
}

/** Read each registered area's fields into its store, then save each field again when it changes. */
export async function restoreWorkspace(areas: { area: Area; store: object; keys: string[] }[]): Promise<void> {
  for (const a of areas) {
    const store = a.store as AnyStore
    try {
      const snap = await loadArea(a.area)
      for (const k of a.keys) if (k in snap) assign(store, k, snap[k])
    } catch (e) {
      notify(errorMessage(e))
    }
    registered.push({ area: a.area, store, keys: a.keys })
    for (const k of a.keys) {
      // Results are replaced whole (shallowRefs), forms are small: three levels find every change
      // without walking chart arrays on each keystroke.
      watch(() => store[k], () => schedule(a.area, k), { deep: 3 })
    }
  }
}

const dirty = new Set<string>()
let timer: ReturnType<typeof setTimeout> | null = null
let suspended = false

/**
 * Stop writing the workspace (until a reload): the stored data was deleted, here or in another
 * tab, and the results this tab still shows must not be written back. Pending writes are dropped.
 */
export function suspendWorkspace(): void {
  suspended = true
  dirty.clear()
  if (timer) clearTimeout(timer)
  timer = null
}

function schedule(area: Area, key: string): void {
  if (suspended) return
  dirty.add(`${area}:${key}`)
  if (timer) clearTimeout(timer)
  // written after the last change settles, when the page is idle: cloning results into IndexedDB
  // must not compete with drawing them
  timer = setTimeout(() => {
    const idle = (globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => void }).requestIdleCallback
    if (idle) idle(() => void flush(), { timeout: 3000 })
    else void flush()
  }, 300)
}

/** Write every changed field now. */
export async function flush(): Promise<void> {
  if (suspended) return
  const keys = [...dirty]
  dirty.clear()
  for (const id of keys) {
    const [area, key] = id.split(':') as [Area, string]
    const r = registered.find((x) => x.area === area)
    // suspended while an earlier field was written: what is left is not written
    if (!r || suspended) continue
    try {
      await saveField(area, key, plainCopy(r.store[key]))
    } catch (e) {
      notify(errorMessage(e))
    }
  }
}
