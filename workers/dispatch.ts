/// <reference lib="webworker" />
import type { FromWorker, ToWorker } from './protocol'
import { collectTransferables, serializeError } from './protocol'
import type { RunControl } from '../src/ml/core/progress'

export interface CallContext extends RunControl {
  onProgress: (fraction: number, message?: string) => void
  cancel: { cancelled: boolean }
}

export type Handler = (args: never, ctx: CallContext) => unknown | Promise<unknown>
export type Handlers = Record<string, Handler>

interface Scope {
  postMessage(message: FromWorker, transfer?: Transferable[]): void
  addEventListener(type: 'message', fn: (ev: MessageEvent<ToWorker>) => void): void
}

/**
 * Register a worker's handlers: a thin switch from messages to pure functions, with progress
 * (throttled to ~20 per second), cooperative cancel and errors sent as {name, message, stack}.
 * Results are transferred, not cloned.
 */
export function registerHandlers(workerName: string, handlers: Handlers, scope: Scope = self as unknown as Scope): void {
  const running = new Map<number, { cancelled: boolean }>()
  scope.addEventListener('message', (ev) => {
    const msg = ev.data
    if (msg.type === 'cancel') {
      const token = running.get(msg.id)
      if (token) token.cancelled = true
      return
    }
    if (msg.type !== 'call') return
    const { id, method, args } = msg
    const cancel = { cancelled: false }
    running.set(id, cancel)
    let lastPost = 0
    const ctx: CallContext = {
      cancel,
      onProgress: (fraction, message) => {
        const now = performance.now()
        if (now - lastPost < 50 && fraction < 1) return
        lastPost = now
        scope.postMessage({ type: 'progress', id, fraction, message })
      },
    }
    void (async () => {
      try {
        const h = handlers[method]
        if (!h) throw new Error(`${workerName} worker has no method "${method}"`)
        const value = await (h as (a: unknown, c: CallContext) => unknown)(args, ctx)
        scope.postMessage({ type: 'result', id, value }, collectTransferables(value))
      } catch (e) {
        scope.postMessage({ type: 'error', id, error: serializeError(e) })
      } finally {
        running.delete(id)
      }
    })()
  })
  scope.postMessage({ type: 'ready', worker: workerName })
}
