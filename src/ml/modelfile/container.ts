/**
 * The byte layout of a model file (magic line, manifest line, weights) and parsing untrusted JSON
 * safely. Which arrays are weights is declared by the estimators (artifacts.ts), never guessed here.
 */
import { ModelFileError, pointerToken } from './errors'
import { MODEL_MAGIC, type ModelArtifacts } from './types'

/** Deepest nesting accepted in a manifest (ensembles of estimators need ~10). */
export const MAX_DEPTH = 64
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

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

/** The file's bytes for a model's artifacts (what every storage handler writes). */
export function packArtifacts(a: ModelArtifacts): Uint8Array {
  return packContainer(JSON.stringify(a.manifest), a.weightData)
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
