import type { FromWorker, ToWorker } from '../../workers/protocol'
import { deserializeError } from '../../workers/protocol'

export interface CallOptions {
  onProgress?: (fraction: number, message?: string) => void
  /** buffers to transfer with the arguments (e.g. a dropped file's bytes) */
  transfer?: Transferable[]
}

export interface Job<T> {
  id: number
  promise: Promise<T>
  /** cooperative cancel: the worker stops at its next check and the promise rejects with CancelledError */
  cancel(): void
}

interface Pending {
  resolve: (v: unknown) => void
  reject: (e: Error) => void
  onProgress?: (fraction: number, message?: string) => void
}

/**
 * Typed client of one worker. If the worker dies (an uncaught error, out of memory), every
 * pending call is rejected with a visible error and the next call starts a fresh worker.
 */
export class WorkerClient {
  private worker: Worker | null = null
  private nextId = 1
  private pending = new Map<number, Pending>()

  constructor(
    readonly name: string,
    private readonly factory: () => Worker,
  ) {}

  private ensure(): Worker {
    if (this.worker) return this.worker
    const w = this.factory()
    w.addEventListener('message', (ev: MessageEvent<FromWorker>) => this.onMessage(ev.data))
    w.addEventListener('error', (ev) => {
      ev.preventDefault()
      this.fail(new Error(`The ${this.name} worker stopped: ${ev.message || 'unknown error'}. Your data is kept; try again.`))
    })
    w.addEventListener('messageerror', () => this.fail(new Error(`The ${this.name} worker sent a message that could not be read.`)))
    this.worker = w
    return w
  }

  private onMessage(msg: FromWorker): void {
    if (msg.type === 'ready') return
    const p = this.pending.get(msg.id)
    if (!p) return
    if (msg.type === 'progress') p.onProgress?.(msg.fraction, msg.message)
    else if (msg.type === 'result') {
      this.pending.delete(msg.id)
      p.resolve(msg.value)
    } else if (msg.type === 'error') {
      this.pending.delete(msg.id)
      p.reject(deserializeError(msg.error))
    }
  }

  /** Reject everything in flight and drop the worker; the next call starts a new one. */
  private fail(err: Error): void {
    const w = this.worker
    this.worker = null
    w?.terminate()
    for (const p of this.pending.values()) p.reject(err)
    this.pending.clear()
  }

  call<T>(method: string, args: unknown, opts: CallOptions = {}): Job<T> {
    const id = this.nextId++
    const w = this.ensure()
    const promise = new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, onProgress: opts.onProgress })
    })
    const msg: ToWorker = { type: 'call', id, method, args }
    try {
      w.postMessage(msg, opts.transfer ?? [])
    } catch (e) {
      // e.g. a reactive proxy or a function in the arguments: fail this call, not the worker
      const p = this.pending.get(id)
      this.pending.delete(id)
      p?.reject(new Error(`Could not send "${method}" to the ${this.name} worker: ${(e as Error).message}`))
    }
    return {
      id,
      promise,
      cancel: () => {
        const cancelMsg: ToWorker = { type: 'cancel', id }
        this.worker?.postMessage(cancelMsg)
      },
    }
  }

  /** Hard stop: terminate the worker (pending calls reject) — for a job that ignores cancel. */
  terminate(reason = 'stopped'): void {
    this.fail(new Error(`The ${this.name} worker was ${reason}.`))
  }

  get busy(): number {
    return this.pending.size
  }
}
