/**
 * Layout for the SHAP beeswarm and dependence plots (pure, unit-tested): where each customer's dot
 * goes and how its colour is scaled. The charts themselves are in ShapPlots.vue.
 */

/**
 * Vertical offsets of one beeswarm row: the x range is cut into `bins` bins and the dots of a bin
 * are stacked alternately above and below the row's centre line (0, +d, −d, +2d, −2d, …), so the
 * row's thickness shows how many customers got that contribution. d is chosen so the fullest bin
 * fills at most ±`halfWidth`; never more than `maxStep` apart, so a sparse row stays a line.
 */
export function beeswarmOffsets(x: ArrayLike<number>, lo: number, hi: number, bins = 80, halfWidth = 0.4, maxStep = 0.06): Float64Array {
  const n = x.length
  const out = new Float64Array(n)
  if (n === 0) return out
  const span = hi > lo ? hi - lo : 1
  const bin = new Int32Array(n)
  const counts = new Int32Array(bins)
  for (let i = 0; i < n; i++) {
    const b = Math.min(bins - 1, Math.max(0, Math.floor(((x[i] - lo) / span) * bins)))
    bin[i] = b
    counts[b]++
  }
  let fullest = 0
  for (let b = 0; b < bins; b++) fullest = Math.max(fullest, counts[b])
  const step = fullest > 1 ? Math.min(maxStep, halfWidth / Math.ceil((fullest - 1) / 2)) : 0
  // within a bin, dots in customer order (unrelated to x): stacking them in x order would draw
  // each bin as a slope, and the row as a chain of chevrons
  const seen = new Int32Array(bins)
  for (let i = 0; i < n; i++) {
    const k = seen[bin[i]]++
    out[i] = k === 0 ? 0 : (k % 2 === 1 ? 1 : -1) * Math.ceil(k / 2) * step
  }
  return out
}

/** The q-quantile (0..1) of the finite values, by linear interpolation (NaN when none). */
export function quantile(values: ArrayLike<number>, q: number): number {
  const v: number[] = []
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) v.push(values[i])
  if (!v.length) return NaN
  v.sort((a, b) => a - b)
  const h = (v.length - 1) * q
  const i = Math.floor(h)
  return i + 1 < v.length ? v[i] + (h - i) * (v[i + 1] - v[i]) : v[i]
}

/**
 * Colour positions in [0, 1] for one input's values: the 5th percentile and below is 0, the 95th
 * and above is 1 (so a few extreme customers do not wash out everyone else's colour, as the shap
 * library does); missing values get −1 (drawn grey). A column with one value is all 0.5.
 */
export function colourPositions(values: ArrayLike<number>): Float64Array {
  const lo = quantile(values, 0.05), hi = quantile(values, 0.95)
  const out = new Float64Array(values.length)
  for (let i = 0; i < values.length; i++) {
    const v = values[i]
    if (!Number.isFinite(v)) out[i] = -1
    else if (!(hi > lo)) out[i] = 0.5
    else out[i] = Math.min(1, Math.max(0, (v - lo) / (hi - lo)))
  }
  return out
}

/** Categorical levels of a column by how many explained customers have them, most first (ties by name). */
export function levelsByCount(values: readonly string[]): string[] {
  const n = new Map<string, number>()
  for (const v of values) n.set(v, (n.get(v) ?? 0) + 1)
  return [...n].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([v]) => v)
}

/**
 * A small deterministic jitter in [−w, w] for dot i (categorical axes), so customers with the same
 * level do not hide behind one dot; the same every time the chart redraws.
 */
export function jitter(i: number, w = 0.3): number {
  // golden-ratio sequence: evenly spread, no random state
  const f = (i * 0.6180339887498949) % 1
  return (2 * f - 1) * w
}
