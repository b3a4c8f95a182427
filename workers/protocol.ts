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
import { CancelledError, type RunControl } from '../src/ml/core/progress'
import { MessageError } from '../src/ml/core/message'

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
  | { type: 'ping' }

export type FromWorker =
  | { type: 'progress'; id: number; fraction: number; message?: string }
  | { type: 'result'; id: number; value: unknown }
  | { type: 'error'; id: number; error: SerializedError }
  | { type: 'ready'; worker: string }
  /** the answer to a ping: the worker's event loop turns */
  | { type: 'pong' }
  /** sent just before the worker closes itself (a closed worker raises no event on the page) */
  | { type: 'exit' }

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

/** How a client watches its worker; each figure off (0 or absent) unless given. */
export interface Health {
  /** ping the worker this often (ms) while calls are pending */
  heartbeatMs?: number
  /** no message at all (pong, progress, result) for this long (ms) while calls are pending: the worker is declared dead and restarted */
  silentAfterMs?: number
  /** a cancelled call still pending after this long (ms): the worker is terminated (hard cancel) and restarted */
  cancelGraceMs?: number
}

/**
 * Client of one worker. If the worker dies (an uncaught error, out of memory), closes itself, or
 * (with `health`) stops answering its heartbeat, every pending call is rejected with a visible error
 * and the next call starts a fresh worker. A cancel the worker does not act on within the grace
 * period terminates it, so Cancel always ends the job.
 */
export class WorkerClient<H extends HandlerTable = HandlerTable> {
  private worker: Endpoint | null = null
  private nextId = 1
  private pending = new Map<number, Pending>()
  private lastHeard = 0
  private beat: ReturnType<typeof setInterval> | null = null
  /** the typed methods of the worker: `client.api.predict.train(args, { onProgress })` */
  readonly api: Remote<H>

  constructor(
    readonly name: string,
    private readonly factory: () => Endpoint,
    private readonly health: Health = {},
  ) {
    this.api = remoteProxy(this, []) as Remote<H>
  }

  private ensure(): Endpoint {
    if (this.worker) return this.worker
    const w = this.factory()
    // events of a replaced worker (late messages, a late error) must not touch the new one's calls
    const current = (): boolean => this.worker === w
    w.addEventListener('message', (ev) => current() && this.onMessage((ev as MessageEvent<FromWorker>).data))
    w.addEventListener('error', (ev) => {
      ev.preventDefault()
      if (current()) this.fail(new MessageError('tabs.worker.crashed', { worker: this.name, reason: (ev as ErrorEvent).message || 'unknown error' }))
    })
    w.addEventListener('messageerror', () => current() && this.fail(new MessageError('tabs.worker.unreadable', { worker: this.name })))
    w.start?.()
    this.worker = w
    this.lastHeard = Date.now()
    return w
  }

  /** While calls are pending: ping, and declare the worker dead when nothing came back for too long. */
  private watch(): void {
    const { heartbeatMs = 0, silentAfterMs = 0 } = this.health
    if (this.beat || !heartbeatMs || !silentAfterMs) return
    this.beat = setInterval(() => {
      if (this.pending.size === 0 || !this.worker) return this.unwatch()
      const silent = Date.now() - this.lastHeard
      if (silent > silentAfterMs) {
        this.fail(new MessageError('tabs.worker.silent', { worker: this.name, seconds: Math.round(silent / 1000) }))
        return
      }
      try {
        this.worker.postMessage({ type: 'ping' } satisfies ToWorker, [])
      } catch {
        /* a worker that cannot take a message is caught by the silence above */
      }
    }, heartbeatMs)
  }

  private unwatch(): void {
    if (this.beat) clearInterval(this.beat)
    this.beat = null
  }

  private onMessage(msg: FromWorker): void {
    this.lastHeard = Date.now()
    if (msg.type === 'ready' || msg.type === 'pong') return
    if (msg.type === 'exit') {
      this.fail(new MessageError('tabs.worker.closed', { worker: this.name }))
      return
    }
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
  private fail(err: Error, except?: { id: number; err: Error }): void {
    const w = this.worker
    this.worker = null
    this.unwatch()
    w?.terminate?.()
    for (const [id, p] of this.pending) p.reject(id === except?.id ? except.err : err)
    this.pending.clear()
  }

  /**
   * The untyped primitive under `api` (the dotted path of a handler). Callers use `api`; this stays
   * public for the bench driver, which replays calls by name.
   */
  callPath(method: string, args: unknown, opts: CallOptions = {}): Job<unknown> {
    const id = this.nextId++
    const w = this.ensure()
    // an idle worker is not expected to have said anything: the silence counts from this call
    if (this.pending.size === 0) this.lastHeard = Date.now()
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
    this.watch()
    return { id, promise, cancel: () => this.cancel(id, w) }
  }

  /** Cooperative cancel; past the grace period the worker is terminated and the call ends as cancelled. */
  private cancel(id: number, w: Endpoint): void {
    if (this.worker !== w || !this.pending.has(id)) return
    w.postMessage({ type: 'cancel', id } satisfies ToWorker, [])
    const grace = this.health.cancelGraceMs ?? 0
    if (!grace || !w.terminate) return
    setTimeout(() => {
      if (this.worker !== w || !this.pending.has(id)) return
      const seconds = Math.round(grace / 1000)
      const params = { worker: this.name, seconds }
      // still a CancelledError (the job panel says "cancelled"), with the reason as its message code
      const cancelled = Object.assign(new CancelledError(new MessageError('tabs.worker.cancelled', params).message), { code: 'tabs.worker.cancelled', params })
      this.fail(new MessageError('tabs.worker.restarted', { worker: this.name }), { id, err: cancelled })
    }, grace)
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

  /** For tests and the bench: whether the heartbeat timer runs now. */
  get watching(): boolean {
    return this.beat !== null
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
