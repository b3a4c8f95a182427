/**
 * 2-D customer maps: PCA (instant), t-SNE and UMAP, each with its trustworthiness (k = 10) in the
 * original space so methods can be compared on the same data.
 */
import type { Matrix } from '../core/matrix'
import { subProgress, type RunControl } from '../core/progress'
import { pca } from '../clustering/pca'
import { checkMapInput } from './common'
import { tsne, type TsneOptions } from './tsne'
import { umap, type UmapOptions } from './umap'
import { trustworthiness, type TrustworthinessResult } from './trust'

export { tsne, umap, trustworthiness }
export { MapInputError, checkMapInput } from './common'
export { kNearest } from './knn'

export type MapMethod = 'pca' | 'tsne' | 'umap'
export const MAP_METHODS: readonly MapMethod[] = ['pca', 'tsne', 'umap']

export interface MapOptions {
  seed: number
  tsne: Partial<TsneOptions>
  umap: Partial<UmapOptions>
  /** trustworthiness neighbourhood (sklearn default 5; the app uses 10) */
  trustK: number
  /** trustworthiness query points at most (seeded sample above) */
  trustQueries: number
}

export interface MapResult {
  method: MapMethod
  /** n × 2, row-major */
  coords: Float64Array
  trustworthiness: TrustworthinessResult
  seconds: number
}

/** Map every row of X to 2-D with `method`, then measure its trustworthiness. */
export function computeMap(X: Matrix, method: MapMethod, options: Partial<MapOptions> = {}, control?: RunControl, names?: string[]): MapResult {
  const seed = options.seed ?? 42
  const t0 = performance.now()
  let coords: Float64Array
  const run = { cancel: control?.cancel, onProgress: subProgress(control?.onProgress, 0, 0.85) }
  if (method === 'pca') {
    checkMapInput(X, names, 2)
    const r = pca(X, { components: 2, maxPoints: Infinity, seed })
    coords = new Float64Array(X.rows * 2)
    for (let i = 0; i < X.rows; i++) { coords[2 * i] = r.coords[0][i]; coords[2 * i + 1] = r.coords.length > 1 ? r.coords[1][i] : 0 }
  } else if (method === 'tsne') coords = tsne(X, { seed, ...options.tsne }, run, names).coords
  else if (method === 'umap') coords = umap(X, { seed, ...options.umap }, run, names).coords
  else throw new RangeError(`unknown map method "${String(method)}" (use ${MAP_METHODS.join(', ')})`)
  const seconds = (performance.now() - t0) / 1000
  const k = Math.min(options.trustK ?? 10, Math.ceil(X.rows / 2) - 1)
  const tw = trustworthiness(X, { rows: X.rows, cols: 2, data: coords }, k, { maxQueries: options.trustQueries ?? 5000, seed }, { cancel: control?.cancel, onProgress: subProgress(control?.onProgress, 0.85, 1) })
  return { method, coords, trustworthiness: tw, seconds }
}
