/**
 * Probability distributions for the campaign statistics: normal, chi-square and Student t.
 * Everything is float64 and accurate to about 1e-14 (checked against SciPy in the unit tests),
 * so p-values can be compared to 1e-6 and beyond.
 */

const SQRT2 = Math.SQRT2
const SQRT_PI = Math.sqrt(Math.PI)
const EPS = 1e-16
const TINY = 1e-300

/**
 * Complementary error function erfc(x), relative accuracy ~1e-15 on the whole line.
 * |x| < 2: the all-positive series erf(x) = 2/√π·e^{-x²}·Σ 2ⁿx^{2n+1}/(1·3·…·(2n+1)) (no cancellation);
 * |x| ≥ 2: the continued fraction for erfc evaluated with modified Lentz, which keeps relative
 * accuracy deep in the tail where 1 − erf would lose every digit.
 */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return NaN
  if (x < 0) return 2 - erfc(-x)
  if (x < 2) return 1 - erfSeries(x)
  if (x > 27.3) return 0 // below the smallest double
  // erfc(x) = e^{-x²}/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + 2/(x + ...)))))
  let f = x
  let C = x
  let D = 0
  for (let n = 1; n < 500; n++) {
    const an = n / 2
    D = x + an * D
    D = D === 0 ? TINY : D
    C = x + an / C
    C = C === 0 ? TINY : C
    D = 1 / D
    const delta = C * D
    f *= delta
    if (Math.abs(delta - 1) < EPS) break
  }
  return Math.exp(-x * x) / SQRT_PI / f
}

function erfSeries(x: number): number {
  const x2 = x * x
  let term = x
  let sum = x
  for (let n = 1; n < 200; n++) {
    term *= (2 * x2) / (2 * n + 1)
    sum += term
    if (term < sum * EPS) break
  }
  return (2 / SQRT_PI) * Math.exp(-x2) * sum
}

/** Error function erf(x). */
export function erf(x: number): number {
  if (Number.isNaN(x)) return NaN
  if (Math.abs(x) < 2) return x < 0 ? -erfSeries(-x) : erfSeries(x)
  return 1 - erfc(x)
}

/** Standard normal CDF Φ(z). */
export function normalCdf(z: number): number {
  return 0.5 * erfc(-z / SQRT2)
}

/** Standard normal upper tail 1 − Φ(z), accurate for large z. */
export function normalSf(z: number): number {
  return 0.5 * erfc(z / SQRT2)
}

/** Standard normal density. */
export function normalPdf(z: number): number {
  return Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI)
}

// Acklam's rational approximation (relative error 1.15e-9), then refined by Halley steps on the
// accurate CDF above, which brings the quantile to full double precision.
const QA = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239]
const QB = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1]
const QC = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783]
const QD = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416]

/** Standard normal quantile Φ⁻¹(p) for p in (0, 1); ±Infinity at 0 and 1, NaN outside. */
export function normalQuantile(p: number): number {
  if (Number.isNaN(p) || p < 0 || p > 1) return NaN
  if (p === 0) return -Infinity
  if (p === 1) return Infinity
  // Work in the lower half so the refinement uses the accurate lower tail.
  if (p > 0.5) return -lowerQuantile(1 - p)
  return lowerQuantile(p)
}

function lowerQuantile(p: number): number {
  let x: number
  if (p < 0.02425) {
    const q = Math.sqrt(-2 * Math.log(p))
    x = (((((QC[0] * q + QC[1]) * q + QC[2]) * q + QC[3]) * q + QC[4]) * q + QC[5]) /
      ((((QD[0] * q + QD[1]) * q + QD[2]) * q + QD[3]) * q + 1)
  } else {
    const q = p - 0.5
    const r = q * q
    x = ((((((QA[0] * r + QA[1]) * r + QA[2]) * r + QA[3]) * r + QA[4]) * r + QA[5]) * q) /
      (((((QB[0] * r + QB[1]) * r + QB[2]) * r + QB[3]) * r + QB[4]) * r + 1)
  }
  for (let it = 0; it < 3; it++) {
    const e = normalCdf(x) - p
    const u = e * Math.sqrt(2 * Math.PI) * Math.exp(0.5 * x * x)
    const step = u / (1 + 0.5 * x * u)
    x -= step
    if (Math.abs(step) < 1e-15 * Math.max(1, Math.abs(x))) break
  }
  return x
}

// Lanczos approximation, g = 7, n = 9 (relative error ~1e-15 for positive arguments).
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
]

/** ln Γ(x) for x > 0. */
export function logGamma(x: number): number {
  if (!(x > 0)) return NaN
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x)
  const z = x - 1
  let a = LANCZOS[0]
  const t = z + 7.5
  for (let i = 1; i < 9; i++) a += LANCZOS[i] / (z + i)
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a)
}

/** Regularized lower incomplete gamma P(a, x). */
export function gammaP(a: number, x: number): number {
  if (!(a > 0) || Number.isNaN(x)) return NaN
  if (x <= 0) return 0
  if (x === Infinity) return 1
  return x < a + 1 ? gammaSeries(a, x) : 1 - gammaContinuedFraction(a, x)
}

/** Regularized upper incomplete gamma Q(a, x) = 1 − P(a, x), accurate in the upper tail. */
export function gammaQ(a: number, x: number): number {
  if (!(a > 0) || Number.isNaN(x)) return NaN
  if (x <= 0) return 1
  if (x === Infinity) return 0
  return x < a + 1 ? 1 - gammaSeries(a, x) : gammaContinuedFraction(a, x)
}

function gammaSeries(a: number, x: number): number {
  let ap = a
  let del = 1 / a
  let sum = del
  for (let n = 0; n < 10000; n++) {
    ap += 1
    del *= x / ap
    sum += del
    if (Math.abs(del) < Math.abs(sum) * EPS) break
  }
  return sum * Math.exp(-x + a * Math.log(x) - logGamma(a))
}

// Legendre's continued fraction for Q(a, x) with modified Lentz (Numerical Recipes `gcf`).
function gammaContinuedFraction(a: number, x: number): number {
  let b = x + 1 - a
  let c = 1 / TINY
  let d = 1 / b
  let h = d
  for (let i = 1; i < 10000; i++) {
    const an = -i * (i - a)
    b += 2
    d = an * d + b
    if (Math.abs(d) < TINY) d = TINY
    c = b + an / c
    if (Math.abs(c) < TINY) c = TINY
    d = 1 / d
    const del = d * c
    h *= del
    if (Math.abs(del - 1) < EPS) break
  }
  return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h
}

/** Chi-square CDF with `df` degrees of freedom. */
export function chiSquareCdf(x: number, df: number): number {
  if (!(df > 0)) return NaN
  return gammaP(df / 2, x / 2)
}

/** Chi-square upper tail P(X ≥ x): the p-value of a chi-square statistic. */
export function chiSquareSf(x: number, df: number): number {
  if (!(df > 0)) return NaN
  return gammaQ(df / 2, x / 2)
}

/** Regularized incomplete beta I_x(a, b). */
export function betaInc(x: number, a: number, b: number): number {
  if (!(a > 0) || !(b > 0) || Number.isNaN(x)) return NaN
  if (x <= 0) return 0
  if (x >= 1) return 1
  const lbt = logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x)
  const bt = Math.exp(lbt)
  // The continued fraction converges fast for x < (a+1)/(a+b+2); otherwise use the symmetry.
  if (x < (a + 1) / (a + b + 2)) return (bt * betaContinuedFraction(x, a, b)) / a
  return 1 - (bt * betaContinuedFraction(1 - x, b, a)) / b
}

function betaContinuedFraction(x: number, a: number, b: number): number {
  const qab = a + b
  const qap = a + 1
  const qam = a - 1
  let c = 1
  let d = 1 - (qab * x) / qap
  if (Math.abs(d) < TINY) d = TINY
  d = 1 / d
  let h = d
  for (let m = 1; m < 10000; m++) {
    const m2 = 2 * m
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2))
    d = 1 + aa * d
    if (Math.abs(d) < TINY) d = TINY
    c = 1 + aa / c
    if (Math.abs(c) < TINY) c = TINY
    d = 1 / d
    h *= d * c
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2))
    d = 1 + aa * d
    if (Math.abs(d) < TINY) d = TINY
    c = 1 + aa / c
    if (Math.abs(c) < TINY) c = TINY
    d = 1 / d
    const del = d * c
    h *= del
    if (Math.abs(del - 1) < EPS) break
  }
  return h
}

/** Student t CDF with `df` (> 0, may be fractional: Welch) degrees of freedom. */
export function studentTCdf(t: number, df: number): number {
  if (!(df > 0) || Number.isNaN(t)) return NaN
  if (t === Infinity) return 1
  if (t === -Infinity) return 0
  const tail = 0.5 * betaInc(df / (df + t * t), df / 2, 0.5)
  return t > 0 ? 1 - tail : tail
}

/** Two-sided p-value of a t statistic: P(|T| ≥ |t|). */
export function studentTTwoSided(t: number, df: number): number {
  if (!(df > 0) || Number.isNaN(t)) return NaN
  return betaInc(df / (df + t * t), df / 2, 0.5)
}

/** Student t density. */
export function studentTPdf(t: number, df: number): number {
  if (!(df > 0)) return NaN
  const lc = logGamma((df + 1) / 2) - logGamma(df / 2) - 0.5 * Math.log(df * Math.PI)
  return Math.exp(lc - ((df + 1) / 2) * Math.log1p((t * t) / df))
}

/**
 * Student t quantile (scipy `t.ppf`) for p in (0, 1): a bracket around the normal quantile, then
 * Newton steps on the accurate CDF guarded by bisection, to full double precision.
 */
export function studentTQuantile(p: number, df: number): number {
  if (!(df > 0) || Number.isNaN(p) || p < 0 || p > 1) return NaN
  if (p === 0) return -Infinity
  if (p === 1) return Infinity
  if (p === 0.5) return 0
  if (p < 0.5) return -studentTQuantile(1 - p, df)
  // Upper half: the quantile is ≥ the normal one; grow the bracket until it holds p.
  let lo = 0
  let hi = Math.max(1, normalQuantile(p))
  while (studentTCdf(hi, df) < p) { lo = hi; hi *= 2; if (hi > 1e300) return Infinity }
  let x = (lo + hi) / 2
  const q = 1 - p
  for (let it = 0; it < 200; it++) {
    // Work on the upper tail so precision is kept for p near 1.
    const sf = 0.5 * betaInc(df / (df + x * x), df / 2, 0.5)
    const f = q - sf // increasing in x
    if (f > 0) hi = x
    else lo = x
    const d = studentTPdf(x, df)
    let next = d > 0 ? x - f / d : NaN
    if (!(next > lo && next < hi)) next = (lo + hi) / 2
    if (Math.abs(next - x) <= 1e-15 * Math.max(1, Math.abs(x))) return next
    x = next
  }
  return x
}
