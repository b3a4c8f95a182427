import { fromRows, type Matrix } from '../../../../src/ml/core/matrix'
import { Rng } from '../../../../src/ml/core/random'

/** Two Gaussian blobs in 2-D (+ `noise` pure-noise columns), centres ±d on the first axis. */
export function blobs(n: number, seed: number, d = 1.5, noise = 0): { X: Matrix; y: Uint8Array } {
  const rng = new Rng(seed)
  const rows: number[][] = []
  const y = new Uint8Array(n)
  for (let i = 0; i < n; i++) {
    y[i] = i % 2
    const c = y[i] ? d : -d
    const r = [c + rng.normal(), rng.normal()]
    for (let k = 0; k < noise; k++) r.push(rng.normal())
    rows.push(r)
  }
  return { X: fromRows(rows), y }
}

/** XOR: label = sign(x1) ≠ sign(x2), points uniform in [-1, 1]², kept away from the axes by `gap`. */
export function xor(n: number, seed: number, gap = 0.1): { X: Matrix; y: Uint8Array } {
  const rng = new Rng(seed)
  const rows: number[][] = []
  const y = new Uint8Array(n)
  for (let i = 0; i < n; i++) {
    let a = 0, b = 0
    do { a = rng.next() * 2 - 1; b = rng.next() * 2 - 1 } while (Math.abs(a) < gap || Math.abs(b) < gap)
    rows.push([a, b])
    y[i] = (a > 0) !== (b > 0) ? 1 : 0
  }
  return { X: fromRows(rows), y }
}

export function accuracy(y: Uint8Array, p: Uint8Array): number {
  let ok = 0
  for (let i = 0; i < y.length; i++) if (y[i] === p[i]) ok++
  return ok / y.length
}

export function auc(y: Uint8Array, s: Float64Array): number {
  let num = 0, pos = 0, neg = 0
  for (let i = 0; i < y.length; i++) if (y[i]) pos++; else neg++
  for (let i = 0; i < y.length; i++) if (y[i]) for (let j = 0; j < y.length; j++) if (!y[j]) num += s[i] > s[j] ? 1 : s[i] === s[j] ? 0.5 : 0
  return num / (pos * neg)
}
