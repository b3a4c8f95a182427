/**
 * The one contract between the page and its workers. A request names a method and carries an id;
 * the worker answers with any number of progress messages, then exactly one result or error.
 * Cancel is a message (cooperative: algorithms check it at each iteration); terminate() is the
 * hard stop the client uses when a worker dies or hangs.
 */
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

export function serializeError(e: unknown): SerializedError {
  if (e instanceof Error) {
    const { code, params } = e as Error & { code?: unknown; params?: unknown }
    return { name: e.name, message: e.message, stack: e.stack, ...(typeof code === 'string' ? { code, params: params === undefined ? undefined : JSON.parse(JSON.stringify(params)) } : {}) }
  }
  return { name: 'Error', message: String(e) }
}

/** Rebuild an Error on the page side, keeping the worker's name and stack. */
export function deserializeError(s: SerializedError): Error {
  const e = new Error(s.message)
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
  } else if (!(value instanceof Blob)) {
    for (const v of Object.values(value)) collectTransferables(v, out, depth + 1)
  }
  return [...out]
}
