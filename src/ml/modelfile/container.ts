/**
 * The byte layout of a model file and the weights section: moving large arrays out of the JSON
 * manifest into raw little-endian bytes, and back; parsing untrusted JSON safely.
 */
import { base64ToBytes, bytesToBase64 } from '../core/estimator'
import { ModelFileError, pointerToken } from './errors'
import { MODEL_MAGIC, type WeightSpec } from './types'

/** Arrays shorter than this stay inline (readable in the manifest). */
const MIN_ARRAY = 16
/** base64 strings shorter than this (< 18 bytes) stay inline. */
const MIN_B64 = 24
/** Deepest nesting accepted in a manifest (ensembles of estimators need ~10). */
export const MAX_DEPTH = 64
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

type Json = null | boolean | number | string | Json[] | { [k: string]: Json }

function isCanonicalBase64(s: string): boolean {
  if (s.length < MIN_B64 || s.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(s)) return false
  try {
    return bytesToBase64(base64ToBytes(s)) === s
  } catch {
    return false
  }
}

function isInt32Array(a: number[]): boolean {
  for (const v of a) if (!Number.isInteger(v) || v < -2147483648 || v > 2147483647) return false
  return true
}

/**
 * Replace large number arrays and (inside an estimator's `state`) base64 weight strings by
 * `{"$w": i}` and collect their bytes. Returns the rewritten copy, the specs and the bytes.
 */
export function extractWeights(model: unknown): { model: Record<string, unknown>; specs: WeightSpec[]; bytes: Uint8Array } {
  const chunks: Uint8Array[] = []
  const specs: WeightSpec[] = []
  let offset = 0
  const add = (bytes: Uint8Array, spec: Omit<WeightSpec, 'byteOffset' | 'byteLength'>): Json => {
    // 8-byte alignment inside the section keeps float64 views simple for readers
    const pad = (8 - (offset % 8)) % 8
    if (pad) {
      chunks.push(new Uint8Array(pad))
      offset += pad
    }
    specs.push({ ...spec, byteOffset: offset, byteLength: bytes.length })
    chunks.push(bytes)
    offset += bytes.length
    return { $w: specs.length - 1 }
  }
  const walk = (v: unknown, path: string, inState: boolean): Json => {
    if (v === null || typeof v === 'boolean' || typeof v === 'number') return v === undefined ? null : (v as Json)
    if (typeof v === 'string') {
      if (inState && isCanonicalBase64(v)) return add(base64ToBytes(v), { path, dtype: 'uint8', as: 'base64' })
      return v
    }
    if (ArrayBuffer.isView(v)) throw new Error(`extractWeights: a typed array at ${path || '/'}; convert it with Array.from or encodeFloat64 first`)
    if (Array.isArray(v)) {
      if (v.length >= MIN_ARRAY && v.every((x) => typeof x === 'number' && Number.isFinite(x))) {
        const nums = v as number[]
        if (isInt32Array(nums)) return add(new Uint8Array(Int32Array.from(nums).buffer), { path, dtype: 'int32', as: 'array' })
        return add(new Uint8Array(Float64Array.from(nums).buffer), { path, dtype: 'float64', as: 'array' })
      }
      return v.map((x, i) => walk(x, `${path}/${i}`, inState))
    }
    if (typeof v === 'object') {
      const out: { [k: string]: Json } = {}
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
        if (x === undefined || typeof x === 'function') continue
        out[k] = walk(x, `${path}/${pointerToken(k)}`, inState || k === 'state')
      }
      return out
    }
    throw new Error(`extractWeights: cannot store a ${typeof v} at ${path || '/'}`)
  }
  const rewritten = walk(model, '', false) as Record<string, unknown>
  const bytes = new Uint8Array(offset)
  let o = 0
  for (const c of chunks) {
    bytes.set(c, o)
    o += c.length
  }
  return { model: rewritten, specs, bytes }
}

const ELEMENT_SIZE: Record<WeightSpec['dtype'], number> = { float64: 8, int32: 4, uint8: 1 }

/** Put the weights back in place of the `{"$w": i}` placeholders (checks every spec's layout). */
export function restoreWeights(file: string, model: Record<string, unknown>, specs: WeightSpec[], weights: Uint8Array): Record<string, unknown> {
  const used = new Uint8Array(specs.length)
  specs.forEach((s, i) => {
    const at = `/weights/specs/${i}`
    if (s.byteOffset + s.byteLength > weights.length) {
      throw new ModelFileError(file, 'weights-layout', at, `weight "${s.path}" lies outside the weights section (bytes ${s.byteOffset}..${s.byteOffset + s.byteLength} of ${weights.length})`)
    }
    if (s.byteLength % ELEMENT_SIZE[s.dtype] !== 0) {
      throw new ModelFileError(file, 'weights-layout', at, `weight "${s.path}" has ${s.byteLength} bytes, not a multiple of the ${s.dtype} size`)
    }
    if (s.as === 'base64' && s.dtype !== 'uint8') throw new ModelFileError(file, 'weights-layout', at, 'base64 weights must have dtype uint8')
  })
  const decode = (i: number, at: string): Json => {
    if (!Number.isInteger(i) || i < 0 || i >= specs.length) throw new ModelFileError(file, 'weights-layout', at, `refers to weight ${i}, but the file lists ${specs.length}`)
    if (used[i]) throw new ModelFileError(file, 'weights-layout', at, `weight ${i} is used twice`)
    used[i] = 1
    const s = specs[i]
    // copy: the section is not 8-byte aligned inside the file
    const slice = weights.slice(s.byteOffset, s.byteOffset + s.byteLength)
    if (s.as === 'base64') return bytesToBase64(slice)
    if (s.dtype === 'float64') return Array.from(new Float64Array(slice.buffer))
    if (s.dtype === 'int32') return Array.from(new Int32Array(slice.buffer))
    return Array.from(slice)
  }
  const walk = (v: Json, path: string): Json => {
    if (Array.isArray(v)) return v.map((x, i) => walk(x, `${path}/${i}`))
    if (v && typeof v === 'object') {
      const keys = Object.keys(v)
      if (keys.length === 1 && keys[0] === '$w') return decode(v.$w as number, path)
      const out: { [k: string]: Json } = {}
      for (const k of keys) out[k] = walk(v[k], `${path}/${pointerToken(k)}`)
      return out
    }
    return v
  }
  const out = walk(model as Json, '/model') as Record<string, unknown>
  const unused = specs.findIndex((_, i) => !used[i])
  if (unused >= 0) throw new ModelFileError(file, 'weights-layout', `/weights/specs/${unused}`, `weight "${specs[unused].path}" is not referenced by the model`)
  return out
}

/**
 * JSON.parse of untrusted text. JSON.parse defines `__proto__` as an own property (it never
 * changes a prototype), so the tree is walked afterwards and any `__proto__`, `constructor` or
 * `prototype` key is refused with its JSON pointer; nesting deeper than MAX_DEPTH is refused too.
 */
export function parseJsonSafe(file: string, text: string, where = ''): unknown {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (e) {
    const msg = e instanceof RangeError ? 'the JSON is nested too deeply' : `not valid JSON (${(e as Error).message})`
    throw new ModelFileError(file, 'bad-json', where, msg)
  }
  checkKeys(file, value, where, 0)
  return value
}

function checkKeys(file: string, v: unknown, path: string, depth: number): void {
  if (v === null || typeof v !== 'object') return
  if (depth > MAX_DEPTH) throw new ModelFileError(file, 'too-deep', path, `nested more than ${MAX_DEPTH} levels deep`)
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) checkKeys(file, v[i], `${path}/${i}`, depth + 1)
    return
  }
  for (const k of Object.keys(v)) {
    const at = `${path}/${pointerToken(k)}`
    if (FORBIDDEN_KEYS.has(k)) throw new ModelFileError(file, 'forbidden-key', at, `refused: the key "${k}" is not allowed in a model file (prototype pollution)`)
    checkKeys(file, (v as Record<string, unknown>)[k], at, depth + 1)
  }
}

const enc = new TextEncoder()

/** magic line + manifest line + weights. */
export function packContainer(manifestJson: string, weights: Uint8Array): Uint8Array {
  if (manifestJson.includes('\n')) throw new Error('packContainer: the manifest must be one line')
  const head = enc.encode(MODEL_MAGIC + manifestJson + '\n')
  const out = new Uint8Array(head.length + weights.length)
  out.set(head, 0)
  out.set(weights, head.length)
  return out
}

export type SniffResult =
  | { type: 'container'; manifestText: string; weights: Uint8Array }
  | { type: 'json'; text: string }

/** Decode the layout: a container, a legacy single-JSON file, or refuse. */
export function unpack(file: string, bytes: Uint8Array): SniffResult {
  if (bytes.length === 0) throw new ModelFileError(file, 'empty', '', 'the file is empty')
  const dec = new TextDecoder('utf-8', { fatal: true })
  const magic = enc.encode(MODEL_MAGIC)
  let isContainer = bytes.length >= magic.length
  for (let i = 0; isContainer && i < magic.length; i++) if (bytes[i] !== magic[i]) isContainer = false
  if (isContainer) {
    let nl = -1
    for (let i = magic.length; i < bytes.length; i++) {
      if (bytes[i] === 10) {
        nl = i
        break
      }
    }
    if (nl < 0) throw new ModelFileError(file, 'truncated', '', 'the file is truncated: the manifest line has no end')
    let manifestText: string
    try {
      manifestText = dec.decode(bytes.subarray(magic.length, nl))
    } catch {
      throw new ModelFileError(file, 'bad-json', '', 'the manifest is not valid UTF-8 text')
    }
    return { type: 'container', manifestText, weights: bytes.subarray(nl + 1) }
  }
  // legacy (format version 0) files are one JSON document
  let start = 0
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3
  while (start < bytes.length && (bytes[start] === 0x20 || bytes[start] === 0x0a || bytes[start] === 0x0d || bytes[start] === 0x09)) start++
  if (bytes[start] === 0x7b /* { */) {
    try {
      return { type: 'json', text: dec.decode(bytes.subarray(start)) }
    } catch {
      throw new ModelFileError(file, 'not-a-model', '', 'not a Campaign Lab model file (not UTF-8 text)')
    }
  }
  throw new ModelFileError(file, 'not-a-model', '', `not a Campaign Lab model file (it does not start with "${MODEL_MAGIC.trim()}")`)
}
