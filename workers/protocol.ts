/**
 * The one contract between the page and its workers, imported by both sides: the messages, the
 * dispatcher's handler table type, and the typed client (comlink's `Remote<T>` idea over our own
 * messages, so progress, cancel, dead-worker rejection and transfer lists stay).
 *
 * A request names a handler by its path in the table ("predict.train") and carries an id; the
 * worker answers with any number of progress messages, then exactly one result or error. Cancel is
 * a message (cooperative: algorithms check it at each iteration); terminate() is the hard stop the
 * client uses when a worker dies or hangs. Method names never appear as strings in callers: the
 * client is a proxy typed from `typeof handlers`, so a renamed handler or a changed result breaks
 * the build, not the page.
 */
import type { RunControl } from '../src/ml/core/progress'

export interface SerializedError {
  name: string
  message: string
  stack?: string
  /** message code and parameters (MessageError, DataError): the page renders them in its language */
  code?: string
  params?: unknown
}

export type ToWorker =
  | { type: 'call'; id: number; method: string; args: unknown }
  | { type: 'cancel'; id: number }

export type FromWorker =
  | { type: 'progress'; id: number; fraction: number; message?: string }
  | { type: 'result'; id: number; value: unknown }
  | { type: 'error'; id: number; error: SerializedError }
  | { type: 'ready'; worker: string }

/** What a handler gets besides its arguments: progress and the cooperative cancel flag. */
export interface CallContext extends RunControl {
  onProgress: (fraction: number, message?: string) => void
  cancel: { cancelled: boolean }
}

/** One worker method: plain arguments in, a structured-cloneable result (or its promise) out. */
export type Handler = (args: never, ctx: CallContext) => unknown
/** A worker's methods, grouped by area ({ predict: { train, ... } }); declared with `satisfies HandlerTable`. */
export interface HandlerTable {
  [name: string]: Handler | HandlerTable
}

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

type ArgsOf<F> = F extends (args: infer A, ...rest: never[]) => unknown ? A : never
type ResultOf<F> = F extends (...a: never[]) => infer R ? Awaited<R> : never
/** A handler without arguments is called as `fn()`; otherwise the argument is required and typed. */
export type RemoteMethod<F> = unknown extends ArgsOf<F>
  ? (args?: Record<string, never>, opts?: CallOptions) => Job<ResultOf<F>>
  : (args: ArgsOf<F>, opts?: CallOptions) => Job<ResultOf<F>>

/** The page's view of a handler table: the same tree, each method returning a Job of its result. */
export type Remote<T> = {
  [K in keyof T]: T[K] extends (...a: never[]) => unknown ? RemoteMethod<T[K]> : Remote<T[K]>
}

export function serializeError(e: unknown): SerializedError {
  if (e instanceof Error) {
    const { code, params } = e as Error & { code?: unknown; params?: unknown }
    return { name: e.name, message: e.message, stack: e.stack, ...(typeof code === 'string' ? { code, params: params === undefined ? undefined : JSON.parse(JSON.stringify(params)) } : {}) }
  }
  return { name: 'Error', message: String(e) }
}

/** Rebuild an Error on the page side, keeping the worker's name, stack and message code. */
export function deserializeError(s: SerializedError): Error {
  const e = new Error(s.message) as Error & { code?: string; params?: Record<string, unknown> }
  e.name = s.name
  if (s.stack) e.stack = s.stack
  if (s.code !== undefined) Object.assign(e, { code: s.code, params: s.params })
  return e
}

/** Every ArrayBuffer reachable in a value (typed arrays included), for the transfer list. */
export function collectTransferables(value: unknown, out: Set<ArrayBuffer> = new Set(), depth = 0): ArrayBuffer[] {
  if (depth > 6 || value === null || typeof value !== 'object') return [...out]
  if (ArrayBuffer.isView(value)) {
    const buf = value.buffer
    // Only transfer buffers the view owns entirely: a view into a larger shared buffer is copied.
    if (buf instanceof ArrayBuffer && value.byteOffset === 0 && value.byteLength === buf.byteLength) out.add(buf)
    return [...out]
  }
  if (value instanceof ArrayBuffer) {
    out.add(value)
    return [...out]
  }
  if (Array.isArray(value)) {
    for (const v of value) collectTransferables(v, out, depth + 1)
  } else if (!(typeof Blob !== 'undefined' && value instanceof Blob)) {
    for (const v of Object.values(value)) collectTransferables(v, out, depth + 1)
  }
  return [...out]
}

/** The handler at a dotted path of a table, or undefined. */
export function handlerAt(table: HandlerTable, method: string): Handler | undefined {
  let node: Handler | HandlerTable | undefined = table
  for (const part of method.split('.')) {
    if (!node || typeof node === 'function' || !Object.hasOwn(node, part)) return undefined
    node = node[part]
  }
  return typeof node === 'function' ? node : undefined
}

interface Pending {
  resolve: (v: unknown) => void
  reject: (e: Error) => void
  onProgress?: (fraction: number, message?: string) => void
}

/** Something that posts to and listens to a worker: a Worker or a MessagePort to one. */
export interface Endpoint {
  postMessage(message: unknown, transfer: Transferable[]): void
  addEventListener(type: string, fn: (ev: Event) => void): void
  terminate?(): void
  start?(): void
}

/**
 * Client of one worker. If the worker dies (an uncaught error, out of memory), every pending call
 * is rejected with a visible error and the next call starts a fresh worker.
 */
export class WorkerClient<H extends HandlerTable = HandlerTable> {
  private worker: Endpoint | null = null
  private nextId = 1
  private pending = new Map<number, Pending>()
  /** the typed methods of the worker: `client.api.predict.train(args, { onProgress })` */
  readonly api: Remote<H>

  constructor(
    readonly name: string,
    private readonly factory: () => Endpoint,
  ) {
    this.api = remoteProxy(this, []) as Remote<H>
  }

  private ensure(): Endpoint {
    if (this.worker) return this.worker
    const w = this.factory()
    w.addEventListener('message', (ev) => this.onMessage((ev as MessageEvent<FromWorker>).data))
    w.addEventListener('error', (ev) => {
      ev.preventDefault()
      this.fail(new Error(`The ${this.name} worker stopped: ${(ev as ErrorEvent).message || 'unknown error'}. Your data is kept; try again.`))
    })
    w.addEventListener('messageerror', () => this.fail(new Error(`The ${this.name} worker sent a message that could not be read.`)))
    w.start?.()
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
    w?.terminate?.()
    for (const p of this.pending.values()) p.reject(err)
    this.pending.clear()
  }

  /**
   * The untyped primitive under `api` (the dotted path of a handler). Callers use `api`; this stays
   * public for the bench driver, which replays calls by name.
   */
  callPath(method: string, args: unknown, opts: CallOptions = {}): Job<unknown> {
    const id = this.nextId++
    const w = this.ensure()
    const promise = new Promise<unknown>((resolve, reject) => {
      this.pending.set(id, { resolve, reject, onProgress: opts.onProgress })
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
        this.worker?.postMessage(cancelMsg, [])
      },
    }
  }

  /** Post a message that is not a call (e.g. a MessageChannel port), starting the worker if needed. */
  post(message: unknown, transfer: Transferable[] = []): void {
    this.ensure().postMessage(message, transfer)
  }

  /** Whether a worker is running now (a call or `post` would not start one). */
  get started(): boolean {
    return this.worker !== null
  }

  /** Hard stop: terminate the worker (pending calls reject) — for a job that ignores cancel. */
  terminate(reason = 'stopped'): void {
    this.fail(new Error(`The ${this.name} worker was ${reason}.`))
  }

  get busy(): number {
    return this.pending.size
  }
}

function remoteProxy(client: WorkerClient<HandlerTable>, path: string[]): unknown {
  const fn = (args: unknown, opts?: CallOptions) => client.callPath(path.join('.'), args ?? {}, opts)
  return new Proxy(fn, {
    get(_t, key) {
      // never look like a promise (an awaited proxy would call then())
      if (typeof key !== 'string' || key === 'then') return undefined
      return remoteProxy(client, [...path, key])
    },
  })
}
