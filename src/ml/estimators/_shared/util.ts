import { MessageError } from '../../core/message'
import type { Matrix } from '../../core/matrix'
import { bytesToBase64, base64ToBytes } from '../../core/estimator'

/** Validate a training pair: shapes agree, y is 0/1 with both classes, X finite. */
export function checkFitInput(X: Matrix, y: Uint8Array, model: string): void {
  if (X.rows !== y.length) throw new RangeError(`${model}: X has ${X.rows} rows but y has ${y.length} labels`)
  if (X.rows < 2) throw new MessageError('ml.error.fewRows', { model, n: X.rows })
  if (X.cols < 1) throw new MessageError('ml.error.noFeatureColumn', { model })
  let pos = 0
  for (let i = 0; i < y.length; i++) {
    const v = y[i]
    if (v !== 0 && v !== 1) throw new RangeError(`${model}: label at row ${i} is ${v}; labels must be 0 or 1`)
    pos += v
  }
  if (pos === 0 || pos === y.length) {
    throw new MessageError(pos === 0 ? 'ml.error.noPositives' : 'ml.error.noNegatives', { model })
  }
  checkFinite(X, model)
}

export function checkFinite(X: Matrix, model: string): void {
  const d = X.data
  for (let k = 0; k < d.length; k++) {
    if (!Number.isFinite(d[k])) {
      const r = Math.floor(k / X.cols)
      throw new MessageError('ml.error.notFinite', { model, row: r, column: k - r * X.cols })
    }
  }
}

/** Predict-time check: the column count must match the fitted model. */
export function checkPredictInput(X: Matrix, nFeatures: number, model: string): void {
  if (nFeatures < 0) throw new Error(`${model}: the model is not fitted yet; call fit() first`)
  if (X.cols !== nFeatures) throw new RangeError(`${model}: X has ${X.cols} columns but the model was fitted on ${nFeatures}`)
}

export function checkInt(name: string, v: number, min: number, max = Infinity): void {
  if (!Number.isInteger(v) || v < min || v > max) {
    throw new MessageError(max === Infinity ? 'ml.error.int' : 'ml.error.intRange', { name, min: String(min), ...(max === Infinity ? {} : { max: String(max) }), value: String(v) })
  }
}

export function checkNum(name: string, v: number, min: number, max = Infinity, minOpen = false): void {
  if (typeof v !== 'number' || !Number.isFinite(v) || (minOpen ? v <= min : v < min) || v > max) {
    const code = max === Infinity ? (minOpen ? 'ml.error.numAbove' : 'ml.error.num') : minOpen ? 'ml.error.numAboveRange' : 'ml.error.numRange'
    throw new MessageError(code, { name, min: String(min), ...(max === Infinity ? {} : { max: String(max) }), value: String(v) })
  }
}

export function checkOneOf<T extends string>(name: string, v: T, allowed: readonly T[]): void {
  if (!allowed.includes(v)) throw new MessageError('ml.error.oneOf', { name, allowed: allowed.join(', '), value: String(v) })
}

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z))
}

export function threshold(p: Float64Array, t = 0.5): Uint8Array {
  const out = new Uint8Array(p.length)
  for (let i = 0; i < p.length; i++) out[i] = p[i] > t ? 1 : 0
  return out
}

function bytesOf(a: ArrayBufferView): Uint8Array {
  return new Uint8Array(a.buffer, a.byteOffset, a.byteLength)
}
function copyBytes(s: string): ArrayBuffer {
  const b = base64ToBytes(s)
  const c = new Uint8Array(b.length)
  c.set(b)
  return c.buffer
}
export const encodeInt32 = (a: Int32Array): string => bytesToBase64(bytesOf(a))
export const decodeInt32 = (s: string): Int32Array => new Int32Array(copyBytes(s))
export const encodeFloat32 = (a: Float32Array): string => bytesToBase64(bytesOf(a))
export const decodeFloat32 = (s: string): Float32Array => new Float32Array(copyBytes(s))

/**
 * Lets long synchronous loops give the event loop a turn (so a worker can receive a cancel
 * message) without paying for a macrotask on every iteration: yields at most every `everyMs`.
 */
export class Yielder {
  private last = now()
  constructor(private readonly everyMs = 50) {}
  async maybe(): Promise<void> {
    const t = now()
    if (t - this.last >= this.everyMs) {
      await new Promise<void>((r) => setTimeout(r, 0))
      this.last = now()
    }
  }
}

export function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now()
}

/** Growable typed array builder (tree nodes). */
export class GrowF64 {
  a: Float64Array
  n = 0
  constructor(cap = 64) { this.a = new Float64Array(cap) }
  push(v: number): number {
    if (this.n === this.a.length) { const b = new Float64Array(this.a.length * 2); b.set(this.a); this.a = b }
    this.a[this.n] = v
    return this.n++
  }
  done(): Float64Array { return this.a.slice(0, this.n) }
}
export class GrowI32 {
  a: Int32Array
  n = 0
  constructor(cap = 64) { this.a = new Int32Array(cap) }
  push(v: number): number {
    if (this.n === this.a.length) { const b = new Int32Array(this.a.length * 2); b.set(this.a); this.a = b }
    this.a[this.n] = v
    return this.n++
  }
  done(): Int32Array { return this.a.slice(0, this.n) }
}

/** Run a step generator to the end, giving the event loop a turn every ~50 ms (so cancel can arrive). */
export async function driveSteps(it: Iterator<unknown>): Promise<void> {
  const y = new Yielder()
  while (!it.next().done) await y.maybe()
}

/** Run a step generator to the end without yielding (Node, tests, nested fits). */
export function driveStepsSync(it: Iterator<unknown>): void {
  while (!it.next().done) {
    /* run */
  }
}
