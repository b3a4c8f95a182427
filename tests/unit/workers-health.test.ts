import { describe, it, expect } from 'vitest'
import { announceExit, registerHandlers } from '../../workers/dispatch'
import type { FromWorker, HandlerTable, ToWorker } from '../../workers/protocol'
import { WorkerClient } from '../../workers/protocol'
import { errorMessage } from '../../src/ml/core/message'
import { renderMessage } from '../../src/i18n/render'

/**
 * A worker that closes itself, stops answering, or ignores Cancel: each fails its calls visibly
 * (a message code naming the worker and the figure) and the next call gets a new worker. The fake
 * worker's other side is the real dispatcher; `stuck` stands for a synchronous loop (messages to the
 * worker are no longer handled and nothing comes back), `close` for `self.close()`.
 */
class FakeWorker extends EventTarget {
  terminated = false
  stuck = false
  closed = false
  private listeners: ((ev: MessageEvent<ToWorker>) => void)[] = []
  readonly scope: { postMessage(m: FromWorker): void; addEventListener(t: 'message', fn: (ev: MessageEvent<ToWorker>) => void): void; close(): void }
  constructor(handlers: HandlerTable) {
    super()
    this.scope = {
      postMessage: (m: FromWorker) => setTimeout(() => !this.terminated && this.dispatchEvent(new MessageEvent('message', { data: m }))),
      addEventListener: (_t, fn) => this.listeners.push(fn),
      close: () => {
        this.closed = true
      },
    }
    announceExit(this.scope)
    registerHandlers('fake', handlers, this.scope)
  }
  postMessage(m: ToWorker): void {
    setTimeout(() => !this.stuck && !this.closed && this.listeners.forEach((fn) => fn(new MessageEvent('message', { data: m }))))
  }
  terminate(): void {
    this.terminated = true
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const forever = () => new Promise(() => undefined)

const handlers = {
  add: (a: { x: number; y: number }) => a.x + a.y,
  /** never resolves and never checks cancel: a handler caught in a loop */
  hang: forever,
  /** reports progress for a while without answering anything else (a busy loop that reports) */
  async busy(_a: unknown, ctx: { onProgress: (f: number) => void }) {
    for (let i = 0; i < 12; i++) {
      ctx.onProgress(i / 12)
      await sleep(60)
    }
    return 'done'
  },
} satisfies HandlerTable

function setup(health = { heartbeatMs: 10, silentAfterMs: 150, cancelGraceMs: 60 }) {
  const made: FakeWorker[] = []
  const client = new WorkerClient<typeof handlers>('ml', () => {
    const w = new FakeWorker(handlers)
    made.push(w)
    return w as unknown as Worker
  }, health)
  return { client, made }
}

describe('worker health', () => {
  it('a worker that closes itself fails its jobs at once and is replaced for the next call', async () => {
    const { client, made } = setup({ heartbeatMs: 0, silentAfterMs: 0, cancelGraceMs: 0 })
    const job = client.api.hang().promise.catch((e: Error) => e)
    await sleep(10)
    made[0].scope.close()
    const err = (await job) as Error & { code?: string }
    expect(err.code).toBe('tabs.worker.closed')
    expect(err.message).toMatch(/ml worker closed before finishing/)
    expect(client.busy).toBe(0)
    expect(await client.api.add({ x: 2, y: 3 }).promise).toBe(5)
    expect(made).toHaveLength(2)
  })

  it('a worker that stops answering the heartbeat is declared dead with the silence in seconds, then restarted', async () => {
    const { client, made } = setup({ heartbeatMs: 10, silentAfterMs: 1500, cancelGraceMs: 0 })
    const job = client.api.hang().promise.catch((e: Error) => e)
    await sleep(30)
    // until now pongs came back: still alive
    expect(client.busy).toBe(1)
    made[0].stuck = true
    const err = (await job) as Error & { code?: string; params?: { seconds: number } }
    expect(err.code).toBe('tabs.worker.silent')
    expect(err.params?.seconds).toBeGreaterThanOrEqual(1.5)
    expect(renderMessage(errorMessage(err), 'en')).toMatch(/ml worker stopped answering for 2 s/)
    expect(made[0].terminated).toBe(true)
    expect(client.watching).toBe(false)
    expect(await client.api.add({ x: 1, y: 1 }).promise).toBe(2)
    expect(made).toHaveLength(2)
  })

  it('progress counts as an answer: a busy worker that reports is not killed', async () => {
    const { client, made } = setup({ heartbeatMs: 10, silentAfterMs: 300, cancelGraceMs: 0 })
    const job = client.api.busy()
    await sleep(5)
    // pings are not answered while it works (the loop does not yield to them) …
    made[0].stuck = true
    // … but its progress arrives every 60 ms, under the 300 ms of silence allowed; 12 × 60 ms is far longer
    expect(await job.promise).toBe('done')
    expect(made).toHaveLength(1)
  })

  it('the heartbeat runs only while calls are pending', async () => {
    const { client } = setup()
    expect(client.watching).toBe(false)
    await client.api.add({ x: 1, y: 2 }).promise
    await sleep(30)
    expect(client.watching).toBe(false)
  })

  it('Cancel ends a job that ignores it: the worker is terminated after the grace period, the job ends as cancelled, others fail with the reason', async () => {
    const { client, made } = setup({ heartbeatMs: 0, silentAfterMs: 0, cancelGraceMs: 60 })
    const a = client.api.hang()
    const other = client.api.hang().promise.catch((e: Error) => e)
    await sleep(10)
    a.cancel()
    const err = (await a.promise.catch((e: Error) => e)) as Error & { code?: string }
    expect(err.name).toBe('CancelledError')
    expect(err.code).toBe('tabs.worker.cancelled')
    expect(err.message).toMatch(/Cancelled: the ml worker did not stop within/)
    expect(((await other) as Error & { code?: string }).code).toBe('tabs.worker.restarted')
    expect(made[0].terminated).toBe(true)
    expect(await client.api.add({ x: 4, y: 4 }).promise).toBe(8)
  })

  it('a cooperative cancel inside the grace period does not terminate the worker', async () => {
    const slow = {
      async loop(_a: unknown, ctx: { cancel: { cancelled: boolean } }) {
        for (;;) {
          if (ctx.cancel.cancelled) throw Object.assign(new Error('Cancelled by the user'), { name: 'CancelledError' })
          await sleep(5)
        }
      },
    } satisfies HandlerTable
    const made: FakeWorker[] = []
    const client = new WorkerClient<typeof slow>('ml', () => {
      const w = new FakeWorker(slow)
      made.push(w)
      return w as unknown as Worker
    }, { cancelGraceMs: 200 })
    const job = client.api.loop()
    await sleep(20)
    job.cancel()
    expect(((await job.promise.catch((e: Error) => e)) as Error).name).toBe('CancelledError')
    await sleep(250)
    expect(made[0].terminated).toBe(false)
    expect(made).toHaveLength(1)
  })
})
