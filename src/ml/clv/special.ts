/** Log-space special functions for the BTYD likelihoods: ln 2F1 and a stable log(e^a + e^b). */
export { logGamma } from '../stats/distributions'

/** ln(e^a + e^b) without overflow; -Infinity terms are allowed. */
export function logAddExp(a: number, b: number): number {
  if (a === -Infinity) return b
  if (b === -Infinity) return a
  return a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b))
}

/** ln(e^a − e^b) for a ≥ b (−Infinity when equal). */
export function logSubExp(a: number, b: number): number {
  if (b === -Infinity) return a
  if (b >= a) return -Infinity
  return a + Math.log1p(-Math.exp(b - a))
}

const RESCALE = 1e200
const LOG_RESCALE = Math.log(RESCALE)
// near z = 1 callers switch to quadrature long before this; it only bounds the work at wild trial points
const MAX_TERMS = 100_000

// Gauss series Σ (a)_n (b)_n / ((c)_n n!) z^n, rescaled as it grows so large arguments (customers
// with hundreds of purchases) cannot overflow; returns its log (NaN when the sum is not positive).
function logSeries(a: number, b: number, c: number, z: number): number {
  let term = 1
  let sum = 1
  let logScale = 0
  for (let n = 0; n < MAX_TERMS; n++) {
    const ratio = ((a + n) * (b + n)) / ((c + n) * (n + 1))
    term *= ratio * z
    sum += term
    if (Math.abs(sum) > RESCALE) {
      sum /= RESCALE
      term /= RESCALE
      logScale += LOG_RESCALE
    }
    if (term === 0 || (Math.abs(term) <= 1e-17 * Math.abs(sum) && Math.abs(ratio * z) < 1)) break
  }
  return sum > 0 ? Math.log(sum) + logScale : NaN
}

/**
 * ln 2F1(a, b; c; z) for 0 ≤ z < 1 and c > 0. Near z = 1 with c − a − b < 0 the series converges
 * slowly, so Euler's transformation 2F1(a,b;c;z) = (1−z)^(c−a−b) 2F1(c−a, c−b; c; z) is used,
 * whose terms decay like n^(a+b−c−1) and converge even at z = 1.
 */
export function log2F1(a: number, b: number, c: number, z: number): number {
  if (z === 0) return 0
  // c a non-positive integer makes the series undefined
  if (!(z > 0 && z < 1) || (c <= 0 && Number.isInteger(c))) return NaN
  if (z > 0.5 && c - a - b < 0) {
    const v = logSeries(c - a, c - b, c, z)
    if (Number.isFinite(v)) return v + (c - a - b) * Math.log1p(-z)
  }
  return logSeries(a, b, c, z)
}

// Gauss–Legendre nodes and weights on [−1, 1] (Newton on P_n; computed once)
function gaussLegendre(n: number): { x: Float64Array; w: Float64Array } {
  const x = new Float64Array(n), w = new Float64Array(n)
  for (let i = 0; i < n; i++) {
    let z = Math.cos((Math.PI * (i + 0.75)) / (n + 0.5))
    let dp = 0
    for (let it = 0; it < 100; it++) {
      let p0 = 1, p1 = 0
      for (let j = 1; j <= n; j++) {
        const p2 = p1
        p1 = p0
        p0 = ((2 * j - 1) * z * p1 - (j - 1) * p2) / j
      }
      dp = (n * (z * p0 - p1)) / (z * z - 1)
      const dz = p0 / dp
      z -= dz
      if (Math.abs(dz) < 1e-15) break
    }
    x[i] = z
    w[i] = 2 / ((1 - z * z) * dp * dp)
  }
  return { x, w }
}
const GL = gaussLegendre(20)

/**
 * ln ∫_lo^hi e^{g(τ)} dτ for a smooth log-integrand g, by composite 20-point Gauss–Legendre in
 * u = ln(shift + τ) (power-law integrands become near-exponential there), `panels` panels.
 */
export function logIntegrate(g: (tau: number) => number, lo: number, hi: number, shift: number, panels = 8): number {
  if (!(hi > lo)) return -Infinity
  const u0 = Math.log(shift + lo), u1 = Math.log(shift + hi)
  const vals: number[] = []
  let max = -Infinity
  const h = (u1 - u0) / panels
  for (let p = 0; p < panels; p++) {
    const mid = u0 + (p + 0.5) * h
    for (let i = 0; i < GL.x.length; i++) {
      const u = mid + 0.5 * h * GL.x[i]
      const v = g(Math.exp(u) - shift) + u + Math.log(0.5 * h * GL.w[i])
      vals.push(v)
      if (v > max) max = v
    }
  }
  let sum = 0
  for (const v of vals) sum += Math.exp(v - max)
  return max + Math.log(sum)
}

/** ψ(x), the digamma function, for x > 0: recurrence up to x ≥ 10, then the asymptotic series (error ~1e-14). */
export function digamma(x: number): number {
  let acc = 0
  while (x < 10) {
    acc -= 1 / x
    x += 1
  }
  const i2 = 1 / (x * x)
  return acc + Math.log(x) - 0.5 / x - i2 * (1 / 12 - i2 * (1 / 120 - i2 * (1 / 252 - i2 * (1 / 240 - i2 * (1 / 132)))))
}

// The Gauss series with its partial derivatives: d ln t_n / da = Σ_{k<n} 1/(a+k) (likewise b, and −… for c),
// d t_n / dz = n t_n / z, accumulated in the same pass; out = ∂ ln 2F1 / ∂(a, b, c, z).
function logSeriesGrad(a: number, b: number, c: number, z: number, out: Float64Array): number {
  let term = 1, sum = 1, logScale = 0
  let Ha = 0, Hb = 0, Hc = 0, Sa = 0, Sb = 0, Sc = 0, Sz = 0
  for (let n = 0; n < MAX_TERMS; n++) {
    const ia = 1 / (a + n), ib = 1 / (b + n), ic = 1 / (c + n)
    const ratio = (a + n) * (b + n) * ic * (n < INV.length ? INV[n] : 1 / (n + 1))
    if (ratio === 0 || !Number.isFinite(ia) || !Number.isFinite(ib)) break
    term *= ratio * z
    Ha += ia
    Hb += ib
    Hc += ic
    sum += term
    Sa += term * Ha
    Sb += term * Hb
    Sc += term * Hc
    Sz += term * (n + 1)
    if (Math.abs(sum) > RESCALE) {
      sum /= RESCALE
      term /= RESCALE
      Sa /= RESCALE
      Sb /= RESCALE
      Sc /= RESCALE
      Sz /= RESCALE
      logScale += LOG_RESCALE
    }
    // the derivative sums carry the extra factors H and n; a gradient needs ~1e-10, not the last bit
    if (term === 0 || (Math.abs(term) * (n + 2 + Math.abs(Ha) + Math.abs(Hb) + Math.abs(Hc)) <= 1e-15 * Math.abs(sum) && Math.abs(ratio * z) < 1)) break
  }
  out[0] = Sa / sum
  out[1] = Sb / sum
  out[2] = -Sc / sum
  out[3] = Sz / (z * sum)
  return sum > 0 ? Math.log(sum) + logScale : NaN
}

// 1/(n+1), so the series loops divide less
const INV = Float64Array.from({ length: 4096 }, (_, n) => 1 / (n + 1))

const scratch = new Float64Array(4)

/** ln 2F1(a, b; c; z) as log2F1 computes it, with out = its partial derivatives in (a, b, c, z). */
export function log2F1Grad(a: number, b: number, c: number, z: number, out: Float64Array): number {
  if (z === 0) {
    out[0] = out[1] = out[2] = 0
    out[3] = (a * b) / c
    return 0
  }
  if (!(z > 0 && z < 1) || (c <= 0 && Number.isInteger(c))) {
    out.fill(NaN)
    return NaN
  }
  if (z > 0.5 && c - a - b < 0) {
    const g = scratch
    const v = logSeriesGrad(c - a, c - b, c, z, g)
    if (Number.isFinite(v)) {
      // Euler: ln F = (c−a−b) ln(1−z) + ln G(c−a, c−b; c; z)
      const l = Math.log1p(-z)
      const ga = g[0], gb = g[1], gc = g[2], gz = g[3]
      out[0] = -l - ga
      out[1] = -l - gb
      out[2] = l + ga + gb + gc
      out[3] = -(c - a - b) / (1 - z) + gz
      return v + (c - a - b) * l
    }
  }
  return logSeriesGrad(a, b, c, z, out)
}

/**
 * logIntegrate with the gradient of ln ∫ e^{g} in the parameters of g: `g(τ, out)` returns g(τ) and
 * writes ∂g/∂θ (4 values) into out; the result's gradient (written into `grad`) is the average of ∂g/∂θ
 * under the normalised integrand, at the same nodes (the change of variable does not depend on θ).
 */
export function logIntegrateGrad(g: (tau: number, out: Float64Array) => number, lo: number, hi: number, shift: number, grad: Float64Array, panels = 8): number {
  grad.fill(0)
  if (!(hi > lo)) return -Infinity
  const u0 = Math.log(shift + lo), u1 = Math.log(shift + hi)
  const m = panels * GL.x.length
  const vals = new Float64Array(m)
  const gs = new Float64Array(m * 4)
  const node = new Float64Array(4)
  let max = -Infinity
  const h = (u1 - u0) / panels
  let j = 0
  for (let p = 0; p < panels; p++) {
    const mid = u0 + (p + 0.5) * h
    for (let i = 0; i < GL.x.length; i++, j++) {
      const u = mid + 0.5 * h * GL.x[i]
      const v = g(Math.exp(u) - shift, node) + u + Math.log(0.5 * h * GL.w[i])
      vals[j] = v
      gs[4 * j] = node[0]
      gs[4 * j + 1] = node[1]
      gs[4 * j + 2] = node[2]
      gs[4 * j + 3] = node[3]
      if (v > max) max = v
    }
  }
  let sum = 0
  for (let k = 0; k < m; k++) {
    const e = Math.exp(vals[k] - max)
    sum += e
    for (let q = 0; q < 4; q++) grad[q] += e * gs[4 * k + q]
  }
  for (let q = 0; q < 4; q++) grad[q] /= sum
  return max + Math.log(sum)
}
