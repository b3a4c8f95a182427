/**
 * What one open tab of the app tells the others about the stored workspace, over a
 * `BroadcastChannel` (same origin, same browser profile): all local data deleted, a dataset removed,
 * a dataset stored (imported, edited or derived), the database upgraded by a newer version. Each tab
 * has its own workers holding datasets in memory and its own stores holding results: without this,
 * a second tab writes back what the first deleted. A channel never delivers a message to the object
 * that sent it, so a tab does not react to its own announcements. No imports: workers/storage.ts
 * announces upgrades from whichever context opens the database first.
 */
export type TabEvent =
  | { type: 'cleared' }
  | { type: 'removed'; id: string }
  | { type: 'stored'; id: string }
  | { type: 'upgraded'; version: number }

export const TAB_CHANNEL = 'campaign-lab.tabs'

let channel: BroadcastChannel | null = null
const listeners = new Set<(e: TabEvent) => void>()

function open(): BroadcastChannel | null {
  if (channel) return channel
  if (typeof BroadcastChannel === 'undefined') return null
  channel = new BroadcastChannel(TAB_CHANNEL)
  channel.onmessage = (ev: MessageEvent<TabEvent>) => {
    if (!isTabEvent(ev.data)) return
    for (const fn of listeners) fn(ev.data)
  }
  return channel
}

export function isTabEvent(x: unknown): x is TabEvent {
  const e = x as TabEvent | null
  if (!e || typeof e !== 'object') return false
  if (e.type === 'cleared') return true
  if (e.type === 'removed' || e.type === 'stored') return typeof e.id === 'string'
  if (e.type === 'upgraded') return typeof e.version === 'number'
  return false
}

/** Tell the other tabs (not this one). */
export function announce(e: TabEvent): void {
  try {
    open()?.postMessage(e)
  } catch {
    /* a closed channel (page unloading): the other tabs learn it on their next read */
  }
}

/** Hear the other tabs; returns the unsubscribe. */
export function onTabEvent(fn: (e: TabEvent) => void): () => void {
  open()
  listeners.add(fn)
  return () => listeners.delete(fn)
}

/** Close the channel (tests; a page keeps it open for its life). */
export function closeTabChannel(): void {
  channel?.close()
  channel = null
  listeners.clear()
}
