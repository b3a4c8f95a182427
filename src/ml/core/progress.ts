/** Progress and cancellation shared by every long algorithm (workers, CLI and tests alike). */
export type ProgressFn = (fraction: number, message?: string) => void

export interface CancelToken {
  readonly cancelled: boolean
}

export class CancelledError extends Error {
  override name = 'CancelledError'
  constructor(message = 'Cancelled by the user') {
    super(message)
  }
}

export interface RunControl {
  onProgress?: ProgressFn
  cancel?: CancelToken
}

/** Throws CancelledError when the token says so; call at each iteration of a long loop. */
export function checkCancel(cancel?: CancelToken): void {
  if (cancel?.cancelled) throw new CancelledError()
}

/**
 * Give the event loop one turn (a macrotask), so a worker receives a cancel message sent while a
 * long chain of synchronous steps runs. Call between steps (CV folds, models), not per row.
 */
export function yieldToEvents(): Promise<void> {
  return new Promise<void>((r) => setTimeout(r, 0))
}

/** Scale a child step's 0..1 progress into [from, to] of the parent's. */
export function subProgress(parent: ProgressFn | undefined, from: number, to: number): ProgressFn | undefined {
  if (!parent) return undefined
  return (f, m) => parent(from + (to - from) * Math.min(1, Math.max(0, f)), m)
}

export function assertUnreachable(x: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(x)}`)
}
