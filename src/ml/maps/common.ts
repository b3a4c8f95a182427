/** Shared by the 2-D maps: input checks with message codes, and the PCA start. */
import type { Matrix } from '../core/matrix'
import { Rng } from '../core/random'
import { pca } from '../clustering/pca'

/** Bad input for a map: `code` + `params` for the UI catalogue (src/i18n/pages/explain.ts), English text as the message. */
export class MapInputError extends RangeError {
  override name = 'MapInputError'
  constructor(readonly code: string, readonly params: Record<string, string | number>, message: string) {
    super(message)
  }
}

/**
 * Checks every map input: at least `minPoints` rows, finite values, no constant column (it carries
 * no information and, when every column is, all points coincide). `names` label the columns.
 */
export function checkMapInput(X: Matrix, names: string[] | undefined, minPoints: number): void {
  const n = X.rows, p = X.cols
  if (n < minPoints) throw new MapInputError('explain.map.tooFewPoints', { n, min: minPoints }, `a map needs at least ${minPoints} points, got ${n}`)
  if (p < 1) throw new MapInputError('explain.map.noColumns', {}, 'a map needs at least one column')
  for (let j = 0; j < p; j++) {
    let lo = Infinity, hi = -Infinity
    for (let i = 0; i < n; i++) {
      const v = X.data[i * p + j]
      if (!Number.isFinite(v)) throw new MapInputError('explain.map.notFinite', { column: names?.[j] ?? `#${j + 1}`, row: i + 1 }, `column "${names?.[j] ?? `#${j + 1}`}" has a missing or infinite value in row ${i + 1}`)
      if (v < lo) lo = v
      if (v > hi) hi = v
    }
    if (hi - lo <= 1e-12 * Math.max(1, Math.abs(hi))) throw new MapInputError('explain.map.constantColumn', { column: names?.[j] ?? `#${j + 1}`, value: lo }, `column "${names?.[j] ?? `#${j + 1}`}" has the same value (${lo}) for every point: it cannot separate anyone; leave it out of the map`)
  }
}

/** The first two principal components of X as an n × 2 start (a tiny seeded second axis when X has one column). */
export function pcaStart(X: Matrix, seed: number): Float64Array {
  const n = X.rows
  const r = pca(X, { components: 2, maxPoints: Infinity, seed })
  const Y = new Float64Array(n * 2)
  const rng = new Rng(seed)
  for (let i = 0; i < n; i++) {
    Y[2 * i] = r.coords[0][i]
    Y[2 * i + 1] = r.coords.length > 1 ? r.coords[1][i] : rng.normal() * 1e-4 * (Math.abs(r.coords[0][i]) + 1)
  }
  return Y
}
