/**
 * UMAP (McInnes, Healy & Melville 2018) following umap-learn's defaults: 15 neighbours (exact
 * k-d tree below 4,096 points, NN-descent on a random-projection forest above, as umap-learn
 * chooses), smooth kNN distances (local connectivity 1, target log2(k)), fuzzy union
 * w + wᵀ − w∘wᵀ, min_dist 0.1 / spread 1 → (a, b) fitted by least squares, 500 epochs up to 10,000
 * points and 200 above, edges sampled in proportion to their weight, 5 negative samples, gradient
 * clip 4, linearly decaying learning rate 1, negative samples drawn with umap-learn's Tausworthe
 * generator (seeded), a float32 embedding during the epochs as umap-learn's. The start is PCA scaled to [−10, 10] (umap-learn's
 * init='pca') instead of the spectral layout, which would need a sparse eigen-solver.
 *
 * Why not umap-js (in node_modules): measured on the shared 2-core dev machine (heavily loaded,
 * load average ≈ 18), umap-js 1.4.0 took 22 s to build its graph (approximate NN-descent over
 * arrays of arrays) and 77 s for its 400 epochs on 5,000 four-column points, with no progress
 * or cancel between steps of its graph build; this implementation keeps every step on flat typed
 * arrays with progress and cancel (bench/explain.ts times it on 50,000 points).
 */
import type { Matrix } from '../core/matrix'
import { Rng } from '../core/random'
import { checkCancel, subProgress, type RunControl } from '../core/progress'
import { mapNeighbours } from './knn'
import { checkMapInput, MapInputError, pcaStart } from './common'

export interface UmapOptions {
  nNeighbors: number
  minDist: number
  spread: number
  /** null = 500 up to 10,000 points, else 200 */
  nEpochs: number | null
  negativeSampleRate: number
  learningRate: number
  seed: number
}

export const defaultUmapOptions: UmapOptions = { nNeighbors: 15, minDist: 0.1, spread: 1, nEpochs: null, negativeSampleRate: 5, learningRate: 1, seed: 42 }

/** Fit 1 / (1 + a x^(2b)) to the min_dist / spread target curve (umap-learn find_ab_params), Gauss–Newton with damping. */
export function findAB(spread: number, minDist: number): { a: number; b: number } {
  const xs: number[] = [], ys: number[] = []
  for (let t = 0; t < 300; t++) {
    const x = (spread * 3 * t) / 299
    xs.push(x); ys.push(x < minDist ? 1 : Math.exp(-(x - minDist) / spread))
  }
  let a = 1, b = 1, lambda = 1e-3
  const sse = (a_: number, b_: number): number => {
    let s = 0
    for (let t = 0; t < xs.length; t++) { const f = 1 / (1 + a_ * Math.pow(xs[t], 2 * b_)); s += (f - ys[t]) ** 2 }
    return s
  }
  let cur = sse(a, b)
  for (let it = 0; it < 200; it++) {
    let jaa = 0, jab = 0, jbb = 0, ga = 0, gb = 0
    for (let t = 1; t < xs.length; t++) {
      const x = xs[t], x2b = Math.pow(x, 2 * b)
      const den = 1 + a * x2b
      const f = 1 / den
      const r = f - ys[t]
      const da = -x2b / (den * den)
      const db = (-a * x2b * 2 * Math.log(x)) / (den * den)
      jaa += da * da; jab += da * db; jbb += db * db; ga += da * r; gb += db * r
    }
    const A = jaa * (1 + lambda), D = jbb * (1 + lambda), det = A * D - jab * jab
    if (det === 0) break
    const sa = -(D * ga - jab * gb) / det, sb = -(-jab * ga + A * gb) / det
    const next = sse(a + sa, b + sb)
    if (next < cur) {
      a += sa; b += sb; lambda /= 10
      if (cur - next < 1e-14) { cur = next; break }
      cur = next
    } else lambda *= 10
    if (lambda > 1e12) break
  }
  return { a, b }
}

const F64 = new Float64Array(1), HI = new Uint32Array(F64.buffer, 4, 1)
const POW2 = new Float64Array(2048), INV_POW2 = new Float64Array(2048)
for (let e = 0; e < 2048; e++) { POW2[e] = Math.pow(2, e - 1023); INV_POW2[e] = Math.pow(2, 1023 - e) }

/**
 * x^p for x > 0, as exp(p ln x) with both evaluated here: ln by the exponent's bits and the atanh
 * series of the mantissa in [√½, √2), exp by a power of two and a Taylor series on |z| ≤ ln2/2.
 * Relative error below 1e-8 (umap-learn works in float32, 6e-8); about 1.5× faster than
 * Math.exp(p · Math.log(x)) and 3× faster than Math.pow in V8 as measured here, and the SGD spends
 * most of its time on these powers (two million a epoch at 50,000 points).
 */
export function powPositive(x: number, p: number): number {
  F64[0] = x
  let e = HI[0] >>> 20
  if (e === 0 || e === 2047) return Math.exp(p * Math.log(x)) // subnormal, ∞ or NaN
  let m = x * INV_POW2[e]
  if (m > Math.SQRT2) { m *= 0.5; e++ }
  const t = (m - 1) / (m + 1), t2 = t * t
  const y = p * ((e - 1023) * Math.LN2 + 2 * t * (1 + t2 * (1 / 3 + t2 * (1 / 5 + t2 * (1 / 7 + t2 * (1 / 9 + t2 / 11))))))
  const k = Math.round(y / Math.LN2)
  if (k < -1022 || k > 1023) return Math.exp(y)
  const z = y - k * Math.LN2
  return POW2[k + 1023] * (1 + z * (1 + z * (1 / 2 + z * (1 / 6 + z * (1 / 24 + z * (1 / 120 + z * (1 / 720 + z * (1 / 5040 + z / 40320))))))))
}

/**
 * One epoch of umap-learn's optimize_layout_euclidean: every edge due in this epoch pulls its two
 * ends together, then pushes its head away from the negative samples it is owed. A function of
 * its own with everything passed in, so V8 compiles the hot loop without closure lookups.
 */
function epoch(Y: Float32Array, n: number, g: { head: Int32Array; tail: Int32Array; eps: Float64Array; epsNeg: Float64Array; nextPos: Float64Array; nextNeg: Float64Array }, ep: number, alpha: number, a: number, b: number, rand: Int32Array): void {
  const { head, tail, eps, epsNeg, nextPos, nextNeg } = g
  const E = head.length
  const twoAB = 2 * a * b, twoB = 2 * b
  const nScale = n / 4294967296
  let s0 = rand[0], s1 = rand[1], s2 = rand[2]
  for (let e = 0; e < E; e++) {
    if (nextPos[e] > ep) continue
    const i2 = 2 * head[e], j2 = 2 * tail[e]
    let yx = Y[i2], yy = Y[i2 + 1]
    let dx = yx - Y[j2], dy = yy - Y[j2 + 1]
    let d2 = dx * dx + dy * dy
    if (d2 > 0) {
      // d²ᵇ⁻¹ = d²ᵇ / d²: one power per sample (the inner loop's cost is in its powers)
      const pw = powPositive(d2, b)
      const gc = (-twoAB * (pw / d2)) / (a * pw + 1)
      let gx = gc * dx, gy = gc * dy
      gx = (gx > 4 ? 4 : gx < -4 ? -4 : gx) * alpha
      gy = (gy > 4 ? 4 : gy < -4 ? -4 : gy) * alpha
      yx += gx; yy += gy
      Y[j2] -= gx; Y[j2 + 1] -= gy
    }
    nextPos[e] += eps[e]
    const nNeg = Math.floor((ep - nextNeg[e]) / epsNeg[e])
    for (let s = 0; s < nNeg; s++) {
      // umap-learn's tau_rand_int
      s0 = ((s0 & -2) << 12) ^ (((s0 << 13) ^ s0) >>> 19)
      s1 = ((s1 & -8) << 4) ^ (((s1 << 2) ^ s1) >>> 25)
      s2 = ((s2 & -16) << 17) ^ (((s2 << 3) ^ s2) >>> 11)
      // the 32-bit draw scaled to 0..n−1 (umap-learn takes it modulo n: a floating-point modulo here)
      const m2 = 2 * ((((s0 ^ s1 ^ s2) >>> 0) * nScale) | 0)
      if (m2 === i2) continue
      dx = yx - Y[m2]; dy = yy - Y[m2 + 1]
      d2 = dx * dx + dy * dy
      // coincident points push nothing (umap-learn ≥ 0.5)
      if (d2 > 0) {
        const gc = twoB / ((0.001 + d2) * (a * powPositive(d2, b) + 1))
        const gx = gc * dx, gy = gc * dy
        yx += (gx > 4 ? 4 : gx < -4 ? -4 : gx) * alpha
        yy += (gy > 4 ? 4 : gy < -4 ? -4 : gy) * alpha
      }
    }
    Y[i2] = yx; Y[i2 + 1] = yy
    nextNeg[e] += nNeg * epsNeg[e]
  }
  rand[0] = s0; rand[1] = s1; rand[2] = s2
}

export interface UmapResult {
  coords: Float64Array
  epochs: number
  a: number
  b: number
  edges: number
}

export function umap(X: Matrix, options: Partial<UmapOptions> = {}, control?: RunControl, names?: string[]): UmapResult {
  const o = { ...defaultUmapOptions, ...options }
  const n = X.rows
  checkMapInput(X, names, 4)
  if (!(Number.isInteger(o.nNeighbors) && o.nNeighbors >= 2)) throw new RangeError(`UMAP nNeighbors must be an integer ≥ 2, got ${o.nNeighbors}`)
  if (o.nNeighbors > n) throw new MapInputError('explain.map.neighboursTooMany', { k: o.nNeighbors, n, max: n }, `UMAP needs more points than neighbours: ${n} points, ${o.nNeighbors} neighbours (use at most ${n})`)
  if (!(o.minDist >= 0 && o.minDist < o.spread)) throw new RangeError(`UMAP minDist must be in [0, spread), got ${o.minDist}`)
  const k = o.nNeighbors - 1 // umap-learn counts the point itself among its n_neighbors
  const nb = mapNeighbours(X, k, o.seed, { cancel: control?.cancel, onProgress: subProgress(control?.onProgress, 0, 0.15) })
  // smooth kNN distances: ρ = distance to the nearest neighbour, σ from Σ exp(−(d − ρ)/σ) = log2(k + 1)
  const target = Math.log2(k + 1)
  const w = new Float64Array(n * k)
  let meanAll = 0
  for (let t = 0; t < n * k; t++) meanAll += nb.dist[t]
  meanAll /= n * k
  for (let i = 0; i < n; i++) {
    const o2 = i * k
    let rho = 0
    for (let t = 0; t < k; t++) if (nb.dist[o2 + t] > 0) { rho = nb.dist[o2 + t]; break }
    let lo = 0, hi = Infinity, mid = 1
    for (let it = 0; it < 64; it++) {
      let s = 0
      for (let t = 0; t < k; t++) { const d = nb.dist[o2 + t] - rho; s += d > 0 ? Math.exp(-d / mid) : 1 }
      if (Math.abs(s - target) < 1e-5) break
      if (s > target) { hi = mid; mid = (lo + hi) / 2 } else { lo = mid; mid = hi === Infinity ? mid * 2 : (lo + hi) / 2 }
    }
    let meanI = 0
    for (let t = 0; t < k; t++) meanI += nb.dist[o2 + t]
    meanI /= k
    mid = Math.max(mid, 1e-3 * (rho > 0 ? meanI : meanAll))
    for (let t = 0; t < k; t++) { const d = nb.dist[o2 + t] - rho; w[o2 + t] = d > 0 ? Math.exp(-d / mid) : 1 }
  }
  // fuzzy union w + wᵀ − w∘wᵀ as directed edges in both directions, sorted by (head, tail) like
  // the rows of umap-learn's symmetric sparse graph; wᵀ is found by scanning the k-row of j
  const deg = new Int32Array(n + 1)
  const wji = new Float64Array(n * k)
  for (let i = 0; i < n; i++) for (let t = 0; t < k; t++) {
    const j = nb.index[i * k + t]
    let back = -1
    for (let u = j * k; u < j * k + k; u++) if (nb.index[u] === i) { back = w[u]; break }
    wji[i * k + t] = back
    if (back < 0) { deg[i + 1]++; deg[j + 1]++ } else if (i < j) { deg[i + 1]++; deg[j + 1]++ }
  }
  for (let i = 0; i < n; i++) deg[i + 1] += deg[i]
  const E0 = deg[n]
  const gTail = new Int32Array(E0), gW = new Float64Array(E0)
  const fill = deg.slice(0, n)
  for (let i = 0; i < n; i++) for (let t = 0; t < k; t++) {
    const j = nb.index[i * k + t], a = w[i * k + t], back = wji[i * k + t]
    if (back >= 0 && i > j) continue // the pair was added from (j, i)
    const v = back < 0 ? a : a + back - a * back
    gTail[fill[i]] = j; gW[fill[i]++] = v
    gTail[fill[j]] = i; gW[fill[j]++] = v
  }
  const nEpochs = o.nEpochs ?? (n <= 10_000 ? 500 : 200)
  let wmax = 0
  for (let e = 0; e < E0; e++) if (gW[e] > wmax) wmax = gW[e]
  // edges too weak to be sampled once in nEpochs are dropped (umap-learn does the same)
  let E = 0
  for (let e = 0; e < E0; e++) if (gW[e] >= wmax / nEpochs) E++
  const head = new Int32Array(E), tail = new Int32Array(E), eps = new Float64Array(E)
  {
    const ord = new Int32Array(E0)
    for (let i = 0, m = 0; i < n; i++) {
      const s = deg[i], e = deg[i + 1]
      for (let t = s; t < e; t++) ord[t] = t
      ord.subarray(s, e).sort((x, y) => gTail[x] - gTail[y])
      for (let t = s; t < e; t++) {
        const g = ord[t]
        if (gW[g] < wmax / nEpochs) continue
        head[m] = i; tail[m] = gTail[g]; eps[m++] = wmax / gW[g]
      }
    }
  }
  const epsNeg = Float64Array.from(eps, (v) => v / o.negativeSampleRate)
  const nextPos = Float64Array.from(eps), nextNeg = Float64Array.from(epsNeg)
  const { a, b } = findAB(o.spread, o.minDist)
  const Y0 = pcaStart(X, o.seed)
  let amax = 0
  for (let i = 0; i < 2 * n; i++) amax = Math.max(amax, Math.abs(Y0[i]))
  const rng = new Rng(o.seed)
  // float32 like umap-learn's embedding: half the memory, so the random reads of the negative
  // samples stay in cache (arithmetic is still in double)
  const Y = new Float32Array(2 * n)
  for (let i = 0; i < 2 * n; i++) Y[i] = (Y0[i] * 10) / (amax || 1) + rng.normal() * 1e-4
  // umap-learn's Tausworthe generator for the negative samples (tau_rand_int), seeded from the Rng;
  // each word must exceed 1, 7 and 15 for the generator to be full-period
  const rand = Int32Array.of(rng.nextU32() | 0x100, rng.nextU32() | 0x100, rng.nextU32() | 0x100)
  const prog = subProgress(control?.onProgress, 0.15, 1)
  const edges = { head, tail, eps, epsNeg, nextPos, nextNeg }
  for (let ep = 0; ep < nEpochs; ep++) {
    if (ep % 5 === 0) { checkCancel(control?.cancel); prog?.(ep / nEpochs, `UMAP epoch ${ep}/${nEpochs}`) }
    epoch(Y, n, edges, ep, o.learningRate * (1 - ep / nEpochs), a, b, rand)
  }
  control?.onProgress?.(1, 'UMAP done')
  return { coords: Float64Array.from(Y), epochs: nEpochs, a, b, edges: head.length }
}
