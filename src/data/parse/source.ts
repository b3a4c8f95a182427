/** Bytes in (Uint8Array, ArrayBuffer or Blob/File), chunked, optionally gunzipped, then decoded text. */
import { DataError } from '../errors'

export type ByteInput = Uint8Array | ArrayBuffer | Blob

export const CHUNK_BYTES = 1 << 20

export function inputSize(input: ByteInput): number {
  return input instanceof Uint8Array ? input.byteLength : input instanceof ArrayBuffer ? input.byteLength : input.size
}

/** The input's bytes in chunks; `onBytes(consumed)` after each. Can be called again to restart. */
export async function* rawChunks(input: ByteInput, onBytes?: (consumed: number) => void, chunk = CHUNK_BYTES): AsyncGenerator<Uint8Array> {
  const total = inputSize(input)
  if (input instanceof ArrayBuffer) input = new Uint8Array(input)
  for (let at = 0; at < total; at += chunk) {
    const end = Math.min(total, at + chunk)
    const part = input instanceof Uint8Array ? input.subarray(at, end) : new Uint8Array(await input.slice(at, end).arrayBuffer())
    yield part
    onBytes?.(end)
  }
}

export async function headBytes(input: ByteInput, n: number): Promise<Uint8Array> {
  if (input instanceof Uint8Array) return input.subarray(0, n)
  if (input instanceof ArrayBuffer) return new Uint8Array(input, 0, Math.min(n, input.byteLength))
  return new Uint8Array(await input.slice(0, n).arrayBuffer())
}

export function isGzip(head: Uint8Array): boolean {
  return head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b
}

export function isZip(head: Uint8Array): boolean {
  return head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04
}

/**
 * Limits on decompression (gzip and xlsx), so a small file that expands to gigabytes (a "zip bomb")
 * is stopped early with a message instead of exhausting memory: at most 2 GB decompressed, and
 * beyond the first 64 MB no more than 100 bytes out per byte in (text compresses about 5–20×;
 * the 2.6 MB → 1.8 GB file that crashed a tab is 700×).
 */
export interface InflateLimits {
  maxBytes: number
  maxRatio: number
  /** the ratio is only judged past this many decompressed bytes */
  ratioAfter: number
}
export const DEFAULT_INFLATE_LIMITS: InflateLimits = { maxBytes: 2 * 1024 ** 3, maxRatio: 100, ratioAfter: 64 * 1024 ** 2 }

const gb = (n: number): string => `${(n / 1024 ** 3).toFixed(1)} GB`

/** Throws DataError 'too-large' when `out` decompressed bytes from `inBytes` compressed ones break the limits. */
export function checkInflation(file: string, inBytes: number, out: number, limits: InflateLimits = DEFAULT_INFLATE_LIMITS): void {
  if (out > limits.maxBytes) {
    throw new DataError('too-large', file, `${file} expands to more than ${gb(limits.maxBytes)} when decompressed, this app's limit for one file: reading stopped. Split the file, or load only the columns and rows you need (e.g. export a filtered extract).`)
  }
  if (out > limits.ratioAfter && inBytes > 0 && out / inBytes > limits.maxRatio) {
    throw new DataError('too-large', file, `${file} expands ${Math.round(out / inBytes)}× when decompressed (${(out / 1024 ** 2).toFixed(0)} MB from ${(inBytes / 1024 ** 2).toFixed(1)} MB so far), far beyond what a data export does (limit ${limits.maxRatio}×): reading stopped. If the file is genuine, decompress it yourself and load the result.`)
  }
}

/** Counts the bytes that pass through (the compressed input of a decompressor). */
export async function* countBytes(chunks: AsyncIterable<Uint8Array>, counter: { n: number }): AsyncGenerator<Uint8Array> {
  for await (const c of chunks) {
    counter.n += c.byteLength
    yield c
  }
}

const isCancel = (e: unknown): boolean => (e as Error)?.name === 'CancelledError'

/** Gunzip a chunk stream with DecompressionStream (browsers, workers and Node ≥ 18 have it). */
export async function* gunzipChunks(chunks: AsyncIterable<Uint8Array>, file: string, limits: InflateLimits = DEFAULT_INFLATE_LIMITS): AsyncGenerator<Uint8Array> {
  const counted = { n: 0 }
  const it = countBytes(chunks, counted)[Symbol.asyncIterator]()
  const source = new ReadableStream<Uint8Array>({
    async pull(ctrl) {
      const r = await it.next()
      if (r.done) ctrl.close()
      else ctrl.enqueue(r.value)
    },
  })
  const reader = source.pipeThrough(new DecompressionStream('gzip') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>).getReader()
  let out = 0
  for (;;) {
    let r: ReadableStreamReadResult<Uint8Array>
    try {
      r = await reader.read()
    } catch (e) {
      // a cancel travels through the stream as its error: it is a cancel, not a damaged file
      if (isCancel(e) || e instanceof DataError) throw e
      throw new DataError(
        'gzip',
        file,
        `${file} is not a complete gzip file (${(e as Error).message}; ${out.toLocaleString('en')} bytes were decompressed before the error). The download or copy was probably cut short: get the file again, or unzip it yourself to see what is left.`,
      )
    }
    if (r.done) return
    out += r.value.byteLength
    try {
      checkInflation(file, counted.n, out, limits)
    } catch (e) {
      await reader.cancel().catch(() => undefined)
      throw e
    }
    yield r.value
  }
}

/** Thrown by decodeChunks when the bytes are not valid UTF-8 (the caller restarts with cp1252). */
export class NotUtf8Error extends Error {
  override name = 'NotUtf8Error'
}

export type TextEncodingName = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be'

/** Decode chunks to text pieces (a BOM is dropped). With utf-8 it is strict: invalid bytes throw NotUtf8Error. */
export async function* decodeChunks(chunks: AsyncIterable<Uint8Array>, encoding: TextEncodingName): AsyncGenerator<string> {
  const dec = new TextDecoder(encoding, { fatal: encoding === 'utf-8' })
  for await (const c of chunks) {
    let s: string
    try {
      s = dec.decode(c, { stream: true })
    } catch {
      throw new NotUtf8Error('not UTF-8')
    }
    if (s.length) yield s
  }
  let tail: string
  try {
    tail = dec.decode()
  } catch {
    throw new NotUtf8Error('not UTF-8')
  }
  if (tail.length) yield tail
}

/** UTF-16 named by its byte order mark (Excel's "Unicode text" and many Windows exports), else null. */
export function utf16Bom(head: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe) return 'utf-16le'
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) return 'utf-16be'
  return null
}

/** Whether the bytes (a file's start) are valid UTF-8; a sequence cut at the very end is allowed. */
export function looksUtf8(head: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true })
    return true
  } catch {
    return false
  }
}

/**
 * Binary content: NUL bytes, or many control characters, in the first bytes. Text files (any of the
 * encodings we read) have neither.
 */
export function looksBinary(head: Uint8Array): boolean {
  const n = Math.min(head.length, 65536)
  if (n === 0) return false
  let ctrl = 0
  for (let i = 0; i < n; i++) {
    const b = head[i]
    if (b === 0) return true
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) ctrl++
  }
  return ctrl / n > 0.01
}
