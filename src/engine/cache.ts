/**
 * The one result cache of the ml engines (training runs, segmentations, rule sets, purchase
 * histories, scorings), with one eviction rule: at most `maxEntries` results in memory, the least
 * recently used leaves first. A result made `durable` is also written to a backing store
 * (IndexedDB in the app, nothing in the CLI) and read back on first use after a reload or an
 * eviction, so nothing the user produced has to be re-run. Pure: no worker or DOM code.
 */
export interface StoredResult<T = unknown> {
  id: string
  kind: string
  savedAt: number
  value: T
}

export interface Backing {
  put(rec: StoredResult): Promise<void>
  get(id: string): Promise<StoredResult | undefined>
  remove(id: string): Promise<void>
}

/** what a user reads when a result is gone (an evicted memory-only result, or one deleted) */
export class ResultGoneError extends Error {
  override name = 'ResultGoneError'
  constructor(readonly kind: string, readonly id: string, hint: string) {
    super(hint)
  }
}

export interface CacheOptions {
  maxEntries?: number
  backing?: Backing | null
  /** where storage failures go (e.g. quota): the result stays usable in memory */
  onStoreError?: (e: Error, id: string) => void
}

export class ResultCache {
  private mem = new Map<string, { kind: string; value: unknown }>()
  private pendingWrites = new Map<string, Promise<void>>()
  readonly maxEntries: number
  private backing: Backing | null
  private onStoreError: (e: Error, id: string) => void

  constructor(opts: CacheOptions = {}) {
    this.maxEntries = Math.max(1, opts.maxEntries ?? 6)
    this.backing = opts.backing ?? null
    this.onStoreError = opts.onStoreError ?? (() => {})
  }

  setBacking(b: Backing | null): void {
    this.backing = b
  }

  /** Keep a result; `durable` ones are also written to the backing store (awaitable via `flushed`). */
  set<T>(kind: string, id: string, value: T, opts: { durable?: boolean } = {}): string {
    this.mem.delete(id)
    this.mem.set(id, { kind, value })
    this.evict()
    if (opts.durable && this.backing) {
      const w = this.backing.put({ id, kind, savedAt: Date.now(), value }).catch((e: Error) => this.onStoreError(e, id))
      this.pendingWrites.set(id, w)
      void w.finally(() => this.pendingWrites.get(id) === w && this.pendingWrites.delete(id))
    }
    return id
  }

  /** Resolves when the result's write (if any) is done. */
  async flushed(id?: string): Promise<void> {
    if (id) await this.pendingWrites.get(id)
    else await Promise.all(this.pendingWrites.values())
  }

  /** A result in memory only (no backing read). */
  peek<T>(kind: string, id: string): T | undefined {
    const e = this.mem.get(id)
    if (!e || e.kind !== kind) return undefined
    this.mem.delete(id)
    this.mem.set(id, e)
    return e.value as T
  }

  /** A result from memory, else from the backing store; throws ResultGoneError with `hint` when neither has it. */
  async get<T>(kind: string, id: string, hint: string): Promise<T> {
    const m = this.peek<T>(kind, id)
    if (m !== undefined) return m
    await this.pendingWrites.get(id)
    const rec = this.backing ? await this.backing.get(id).catch(() => undefined) : undefined
    if (!rec || rec.kind !== kind) throw new ResultGoneError(kind, id, hint)
    this.mem.set(id, { kind, value: rec.value })
    this.evict()
    return rec.value as T
  }

  has(id: string): boolean {
    return this.mem.has(id)
  }

  async delete(id: string): Promise<boolean> {
    const had = this.mem.delete(id)
    await this.pendingWrites.get(id)
    if (this.backing) await this.backing.remove(id).catch(() => undefined)
    return had
  }

  get size(): number {
    return this.mem.size
  }

  private evict(): void {
    while (this.mem.size > this.maxEntries) this.mem.delete(this.mem.keys().next().value as string)
  }
}

/** A result id that stays unique across reloads and worker restarts (ids are stored). */
export function newResultId(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`
}
