/** Dense row-major matrix of float64: the one numeric layout every estimator takes. */
export interface Matrix {
  readonly rows: number
  readonly cols: number
  /** row-major, length rows * cols */
  readonly data: Float64Array
}

export function matrix(rows: number, cols: number, data?: Float64Array): Matrix {
  if (!Number.isInteger(rows) || rows < 0 || !Number.isInteger(cols) || cols < 0) {
    throw new RangeError(`matrix: bad shape ${rows}×${cols}`)
  }
  const d = data ?? new Float64Array(rows * cols)
  if (d.length !== rows * cols) throw new RangeError(`matrix: data length ${d.length} is not ${rows}×${cols}`)
  return { rows, cols, data: d }
}

/** Build a matrix from an array of rows (tests and small inputs). */
export function fromRows(rows: ArrayLike<ArrayLike<number>>): Matrix {
  const n = rows.length
  const p = n ? rows[0].length : 0
  const m = matrix(n, p)
  for (let i = 0; i < n; i++) {
    const r = rows[i]
    if (r.length !== p) throw new RangeError(`fromRows: row ${i} has ${r.length} values, expected ${p}`)
    for (let j = 0; j < p; j++) m.data[i * p + j] = r[j]
  }
  return m
}

/** Copy of the selected rows (in the given order). */
export function takeRows(X: Matrix, idx: ArrayLike<number>): Matrix {
  const p = X.cols
  const out = new Float64Array(idx.length * p)
  for (let k = 0; k < idx.length; k++) {
    const i = idx[k]
    out.set(X.data.subarray(i * p, i * p + p), k * p)
  }
  return { rows: idx.length, cols: p, data: out }
}

export function row(X: Matrix, i: number): Float64Array {
  return X.data.subarray(i * X.cols, (i + 1) * X.cols)
}

export function column(X: Matrix, j: number): Float64Array {
  const out = new Float64Array(X.rows)
  for (let i = 0; i < X.rows; i++) out[i] = X.data[i * X.cols + j]
  return out
}

/** Gather typed-array values at the given indices. */
export function take<T extends Float64Array | Int32Array | Uint8Array | Float32Array>(a: T, idx: ArrayLike<number>): T {
  const out = new (a.constructor as new (n: number) => T)(idx.length)
  for (let k = 0; k < idx.length; k++) out[k] = a[idx[k]]
  return out
}
