/** Small dense linear algebra in float64 (symmetric positive definite solves). */

/**
 * In-place Cholesky of a symmetric positive definite p×p matrix (row-major, lower triangle used).
 * Returns false when a pivot is not positive (singular or indefinite).
 */
export function cholesky(A: Float64Array, p: number): boolean {
  for (let j = 0; j < p; j++) {
    let s = A[j * p + j]
    for (let k = 0; k < j; k++) s -= A[j * p + k] * A[j * p + k]
    if (!(s > 0)) return false
    const d = Math.sqrt(s)
    A[j * p + j] = d
    for (let i = j + 1; i < p; i++) {
      let t = A[i * p + j]
      for (let k = 0; k < j; k++) t -= A[i * p + k] * A[j * p + k]
      A[i * p + j] = t / d
    }
  }
  return true
}

/** Solve L Lᵀ x = b with the factor from cholesky(); b is overwritten with x. */
export function choleskySolve(L: Float64Array, p: number, b: Float64Array): Float64Array {
  for (let i = 0; i < p; i++) {
    let s = b[i]
    for (let k = 0; k < i; k++) s -= L[i * p + k] * b[k]
    b[i] = s / L[i * p + i]
  }
  for (let i = p - 1; i >= 0; i--) {
    let s = b[i]
    for (let k = i + 1; k < p; k++) s -= L[k * p + i] * b[k]
    b[i] = s / L[i * p + i]
  }
  return b
}

/** Inverse of an SPD matrix from its Cholesky factor (p×p, row-major). */
export function choleskyInverse(L: Float64Array, p: number): Float64Array {
  const inv = new Float64Array(p * p)
  const e = new Float64Array(p)
  for (let j = 0; j < p; j++) {
    e.fill(0)
    e[j] = 1
    choleskySolve(L, p, e)
    for (let i = 0; i < p; i++) inv[i * p + j] = e[i]
  }
  return inv
}

/** Symmetrise from the upper triangle (fill lower = upper). */
export function symmetrizeUpper(A: Float64Array, p: number): void {
  for (let i = 0; i < p; i++) for (let j = i + 1; j < p; j++) A[j * p + i] = A[i * p + j]
}
