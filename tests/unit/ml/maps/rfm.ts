import { readFileSync } from 'node:fs'
import type { Matrix } from '../../../../src/ml/core/matrix'

/** RFM subset (CC BY 4.0 Online Retail): log1p then standardised, the clustering space. */
export function rfmMatrix(path: string): Matrix {
  const lines = readFileSync(path, 'utf8').trim().split(/\r?\n/).slice(1)
  const n = lines.length
  const data = new Float64Array(n * 3)
  lines.forEach((l, i) => { const c = l.split(','); for (let j = 0; j < 3; j++) data[i * 3 + j] = Math.log1p(Number(c[j + 1])) })
  for (let j = 0; j < 3; j++) {
    let m = 0, s = 0
    for (let i = 0; i < n; i++) m += data[i * 3 + j] / n
    for (let i = 0; i < n; i++) s += (data[i * 3 + j] - m) ** 2 / n
    for (let i = 0; i < n; i++) data[i * 3 + j] = (data[i * 3 + j] - m) / Math.sqrt(s)
  }
  return { rows: n, cols: 3, data }
}

