/// <reference lib="webworker" />
import type { CallContext, FromWorker, HandlerTable, ToWorker } from './protocol'
import { collectTransferables, handlerAt, serializeError } from './protocol'

export type { CallContext, Handler, HandlerTable } from './protocol'

interface Scope {
  postMessage(message: FromWorker, transfer?: Transferable[]): void
  addEventListener(type: 'message', fn: (ev: MessageEvent<ToWorker>) => void): void
  start?(): void
}

/**
 * Register a worker's handler table: a thin switch from messages to the engines' functions, with
 * progress (throttled to ~20 per second), cooperative cancel and errors sent as
 * {name, message, stack, code}. Results are transferred, not cloned. Holds no state but the
 * cancel flags of the calls in flight. `scope` is the worker itself or a MessagePort to another worker.
 */
export function registerHandlers(workerName: string, handlers: HandlerTable, scope: Scope = self as unknown as Scope): void {
  const running = new Map<number, { cancelled: boolean }>()
  scope.addEventListener('message', (ev) => {
    const msg = ev.data
    // answered at once: a pong proves the event loop turns (a worker stuck in a loop cannot answer)
    if (msg.type === 'ping') {
      scope.postMessage({ type: 'pong' })
      return
    }
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
        const h = handlerAt(handlers, method)
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
  scope.start?.()
  scope.postMessage({ type: 'ready', worker: workerName })
}

/**
 * A worker that closes itself (`self.close()`) raises no event on the page: its calls would stay
 * "running" for good. Say so first, so the client fails them and starts a new worker.
 */
export function announceExit(scope: { postMessage(message: FromWorker): void; close(): void }): void {
  const close = scope.close.bind(scope)
  scope.close = () => {
    try {
      scope.postMessage({ type: 'exit' })
    } finally {
      close()
    }
  }
}
