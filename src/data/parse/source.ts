/** Bytes in (Uint8Array, ArrayBuffer or Blob/File), chunked, optionally gunzipped, then decoded text. */
import { Gunzip } from 'fflate'
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

/**
 * The compressed input in small pieces: the ratio check counts the bytes the decompressor has been
 * given, and a 1 MB chunk of a bomb expands to 700 MB before the count moves (a 1.8 GB bomb was
 * refused only after 6 s and 440 MB of output). A 16 KB piece inflates to at most 16.5 MB
 * (deflate's largest ratio is 1,032).
 */
export const INFLATE_PIECE = 16 * 1024
export async function* inPieces(chunks: AsyncIterable<Uint8Array>, size = INFLATE_PIECE): AsyncGenerator<Uint8Array> {
  for await (const c of chunks) for (let at = 0; at < c.byteLength; at += size) yield c.subarray(at, Math.min(c.byteLength, at + size))
}

/** Counts the bytes that pass through (the compressed input of a decompressor). */
export async function* countBytes(chunks: AsyncIterable<Uint8Array>, counter: { n: number }): AsyncGenerator<Uint8Array> {
  for await (const c of chunks) {
    counter.n += c.byteLength
    yield c
  }
}


/**
 * Gunzip a chunk stream, piece by piece with fflate's streaming inflater. Not DecompressionStream:
 * its pipe reads the compressed file far ahead of what it has decompressed (the whole file, in
 * Node), so the ratio check divided by the whole file and a 1.8 GB bomb ran to 440 MB before it
 * was refused. Here every 16 KB piece is inflated before the next is read: the count is exact,
 * and a damaged or cut file throws (Node's DecompressionStream ended quietly on a truncated one).
 */
export async function* gunzipChunks(chunks: AsyncIterable<Uint8Array>, file: string, limits: InflateLimits = DEFAULT_INFLATE_LIMITS): AsyncGenerator<Uint8Array> {
  const ready: Uint8Array[] = []
  const gz = new Gunzip((data) => {
    if (data.byteLength) ready.push(data)
  })
  let given = 0
  let out = 0
  const take = function* (): Generator<Uint8Array> {
    while (ready.length) {
      const d = ready.shift()!
      out += d.byteLength
      checkInflation(file, given, out, limits)
      yield d
    }
  }
  const damaged = (e: unknown): DataError =>
    new DataError(
      'gzip',
      file,
      `${file} is not a complete gzip file (${(e as Error).message}; ${out.toLocaleString('en')} bytes were decompressed before the error). The download or copy was probably cut short: get the file again, or unzip it yourself to see what is left.`,
    )
  for await (const piece of inPieces(chunks)) {
    given += piece.byteLength
    try {
      gz.push(piece)
    } catch (e) {
      throw damaged(e)
    }
    yield* take()
  }
  try {
    gz.push(new Uint8Array(0), true)
  } catch (e) {
    throw damaged(e)
  }
  yield* take()
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
