import { describe, it, expect } from 'vitest'
import { registerHandlers } from '../../workers/dispatch'
import type { FromWorker, HandlerTable, ToWorker } from '../../workers/protocol'
import { WorkerClient } from '../../workers/protocol'
import { checkCancel } from '../../src/ml/core/progress'

/**
 * The worker protocol end to end without a browser: a fake Worker whose other side is a real
 * registerHandlers() dispatcher, so ids, progress, results, errors, cancel and a dying worker are
 * exercised as in the app.
 */
class FakeWorker extends EventTarget {
  terminated = false
  private scopeListeners: ((ev: MessageEvent<ToWorker>) => void)[] = []
  constructor(handlers: Parameters<typeof registerHandlers>[1]) {
    super()
    const scope = {
      postMessage: (m: FromWorker) => setTimeout(() => !this.terminated && this.dispatchEvent(new MessageEvent('message', { data: m }))),
      addEventListener: (_t: 'message', fn: (ev: MessageEvent<ToWorker>) => void) => this.scopeListeners.push(fn),
    }
    registerHandlers('fake', handlers, scope)
  }
  postMessage(m: ToWorker): void {
    setTimeout(() => this.scopeListeners.forEach((fn) => fn(new MessageEvent('message', { data: m }))))
  }
  terminate(): void {
    this.terminated = true
  }
  crash(message: string): void {
    const ev = new Event('error') as Event & { message: string }
    ev.message = message
    this.dispatchEvent(ev)
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

const handlers = {
  add: (a: { x: number; y: number }) => a.x + a.y,
  boom: () => {
    throw new RangeError('k must be at most the number of rows (12)')
  },
  async slow(_a: unknown, ctx: { onProgress: (f: number, m?: string) => void; cancel: { cancelled: boolean } }) {
    for (let i = 0; i < 50; i++) {
      ctx.onProgress(i / 50, `step ${i}`)
      checkCancel(ctx.cancel)
      await sleep(5)
    }
    return 'finished'
  },
  buffer: () => new Float64Array([1, 2, 3]),
  area: {
    echo: (a: { s: string }) => ({ upper: a.s.toUpperCase() }),
    coded: () => {
      throw Object.assign(new RangeError('k too large'), { code: 'segment.kTooLarge', params: { k: 12 } })
    },
  },
} satisfies HandlerTable

describe('worker protocol', () => {
  let last: FakeWorker | null = null
  const client = () => new WorkerClient<typeof handlers>('fake', () => (last = new FakeWorker(handlers)) as unknown as Worker)

  it('answers calls by id with their results', async () => {
    const c = client()
    const [a, b] = await Promise.all([c.api.add({ x: 1, y: 2 }).promise, c.api.add({ x: 10, y: 5 }).promise])
    expect([a, b]).toEqual([3, 15])
    expect(Array.from(await c.api.buffer().promise)).toEqual([1, 2, 3])
  })

  it('reaches nested handlers by their path, typed from the table', async () => {
    const c = client()
    const r: { upper: string } = await c.api.area.echo({ s: 'abc' }).promise
    expect(r).toEqual({ upper: 'ABC' })
    // the proxy never looks like a promise
    expect((c.api as unknown as { then?: unknown }).then).toBeUndefined()
  })

  it('keeps an error\'s message code across the boundary', async () => {
    const err = (await client().api.area.coded().promise.catch((e: Error) => e)) as Error & { code?: string; params?: Record<string, unknown> }
    expect(err.name).toBe('RangeError')
    expect(err.code).toBe('segment.kTooLarge')
    expect(err.params).toEqual({ k: 12 })
  })

  it('rebuilds errors with their name and message', async () => {
    const err = await client().api.boom().promise.catch((e: Error) => e)
    expect(err).toBeInstanceOf(Error)
    expect((err as Error).name).toBe('RangeError')
    expect((err as Error).message).toMatch(/k must be at most/)
  })

  it('unknown methods fail clearly', async () => {
    await expect(client().callPath('nope', {}).promise).rejects.toThrow(/no method "nope"/)
  })

  it('reports progress and cancels cooperatively', async () => {
    const c = client()
    const seen: number[] = []
    const job = c.api.slow(undefined, { onProgress: (f) => seen.push(f) })
    await sleep(60)
    job.cancel()
    const err = await job.promise.catch((e: Error) => e)
    expect((err as Error).name).toBe('CancelledError')
    expect(seen.length).toBeGreaterThan(0)
    // the worker is still usable afterwards
    expect(await c.api.add({ x: 2, y: 2 }).promise).toBe(4)
  })

  it('rejects every pending call when the worker dies, then starts a fresh one', async () => {
    const c = client()
    const p1 = c.api.slow().promise.catch((e: Error) => e)
    const p2 = c.api.slow().promise.catch((e: Error) => e)
    await sleep(20)
    const dead = last!
    dead.crash('out of memory')
    for (const e of await Promise.all([p1, p2])) expect((e as Error).message).toMatch(/worker stopped: out of memory/)
    expect(dead.terminated).toBe(true)
    expect(await c.api.add({ x: 1, y: 1 }).promise).toBe(2)
    expect(last).not.toBe(dead)
  })
})

describe('worker client', () => {
  it('a call whose arguments cannot be sent fails on its own', async () => {
    const w = new EventTarget() as EventTarget & { postMessage: () => void; terminate: () => void }
    w.postMessage = () => {
      throw new DOMException('function could not be cloned', 'DataCloneError')
    }
    w.terminate = () => {}
    const c = new WorkerClient('fake', () => w as unknown as Worker)
    await expect(c.callPath('x', { f: () => 1 }).promise).rejects.toThrow(/Could not send "x".*could not be cloned/)
    expect(c.busy).toBe(0)
  })
})
