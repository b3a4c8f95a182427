/**
 * Product recommendations from purchase histories:
 * - item-item collaborative filtering (Deshpande & Karypis 2004): co-occurrence of items across
 *   customers, similarity cosine = C_ij / sqrt(n_i n_j) or lift = C_ij N / (n_i n_j), the k most
 *   similar items kept per item; a customer's score for j = sum of sim(i, j) over items i they
 *   bought; the reason is the bought item contributing most ("bought with X").
 * - implicit-feedback matrix factorisation, ALS (Hu, Koren & Volinsky 2008): preference p_ui = 1
 *   when bought, confidence c_ui = 1 + alpha r_ui (r_ui = baskets with the item), alternating
 *   exact least-squares solves (Cholesky) in float64; seeded initialisation.
 * - offline evaluation on a time-based holdout: each customer's last basket is held out; the
 *   target is its items the customer had not bought before; hit rate@N and precision@N against a
 *   most-popular baseline (same exclusions).
 *
 * Plain TypeScript rather than TF.js: ALS needs thousands of small (k x k) Cholesky solves per
 * sweep, which tfjs-core has no op for (no batched solve/cholesky), and float32 would blur the
 * solves; bench/rules.ts reports the measured times.
 */
import { type RunControl, checkCancel, subProgress } from '../core/progress'
import { Rng } from '../core/random'
import { type CustomerHistories, nCustomers } from './history'
import { withDefaults } from './baskets'
import { toCsv } from '../../data/csv'
import { cholesky, choleskySolve as solveFactored } from '../estimators/linalg'

export interface Interactions {
  customers: string[]
  items: string[]
  /** customer u's items: item[offsets[u] .. offsets[u+1]) sorted, with the number of baskets holding it */
  offsets: Int32Array
  item: Int32Array
  value: Float64Array
}

/** Customer x item counts (baskets containing the item); `lastExcluded` drops each customer's last basket when they have two or more. */
export function interactionsFromHistories(h: CustomerHistories, lastExcluded = false): Interactions {
  const C = nCustomers(h)
  const I = h.items.length
  const acc = new Float64Array(I)
  const touched: number[] = []
  const offsets = new Int32Array(C + 1)
  const item: number[] = []
  const value: number[] = []
  for (let u = 0; u < C; u++) {
    const b0 = h.custOffsets[u]
    let b1 = h.custOffsets[u + 1]
    if (lastExcluded && b1 - b0 >= 2) b1--
    touched.length = 0
    for (let p = h.basketOffsets[b0]; p < h.basketOffsets[b1]; p++) {
      const it = h.basketItems[p]
      if (acc[it] === 0) touched.push(it)
      acc[it]++
    }
    touched.sort((a, b) => a - b)
    for (const it of touched) {
      item.push(it)
      value.push(acc[it])
      acc[it] = 0
    }
    offsets[u + 1] = item.length
  }
  return { customers: h.customers, items: h.items, offsets, item: Int32Array.from(item), value: Float64Array.from(value) }
}

/** Transpose: item -> customers. */
function transpose(x: Interactions): { offsets: Int32Array; user: Int32Array; value: Float64Array } {
  const I = x.items.length
  const offsets = new Int32Array(I + 1)
  for (let p = 0; p < x.item.length; p++) offsets[x.item[p] + 1]++
  for (let i = 0; i < I; i++) offsets[i + 1] += offsets[i]
  const fill = offsets.slice(0, I)
  const user = new Int32Array(x.item.length)
  const value = new Float64Array(x.item.length)
  for (let u = 0; u < x.offsets.length - 1; u++) {
    for (let p = x.offsets[u]; p < x.offsets[u + 1]; p++) {
      const q = fill[x.item[p]]++
      user[q] = u
      value[q] = x.value[p]
    }
  }
  return { offsets, user, value }
}

/** Number of customers who bought each item. */
export function itemPopularity(x: Interactions): Int32Array {
  const pop = new Int32Array(x.items.length)
  for (let p = 0; p < x.item.length; p++) pop[x.item[p]]++
  return pop
}

export interface ItemKnnOptions {
  similarity?: 'cosine' | 'lift'
  /** neighbours kept per item (default 50) */
  neighbours?: number
  /** minimum number of customers who bought both (default 2) */
  minCooccurrence?: number
}

export const defaultItemKnnOptions = { similarity: 'cosine', neighbours: 50, minCooccurrence: 2 } as const

export interface ItemKnnModel {
  kind: 'itemknn'
  items: string[]
  similarity: 'cosine' | 'lift'
  /** item i's neighbours: nbrItem[nbrOffsets[i] .. nbrOffsets[i+1]) by decreasing similarity */
  nbrOffsets: Int32Array
  nbrItem: Int32Array
  nbrSim: Float64Array
  /** customers who bought each item (training) */
  popularity: Int32Array
}

export function fitItemKnn(x: Interactions, opts: ItemKnnOptions = {}, control: RunControl = {}): ItemKnnModel {
  const o = withDefaults(defaultItemKnnOptions, opts)
  if (!(Number.isInteger(o.neighbours) && o.neighbours >= 1)) throw new RangeError(`neighbours must be a positive integer, got ${o.neighbours}`)
  const I = x.items.length
  const U = x.offsets.length - 1
  const t = transpose(x)
  const pop = itemPopularity(x)
  const co = new Int32Array(I)
  const touched: number[] = []
  const nbrOffsets = new Int32Array(I + 1)
  const nbrItem: number[] = []
  const nbrSim: number[] = []
  const cand: number[] = []
  const sim = new Float64Array(I)
  for (let i = 0; i < I; i++) {
    if ((i & 127) === 0) {
      checkCancel(control.cancel)
      control.onProgress?.(i / I, 'item similarities')
    }
    touched.length = 0
    for (let q = t.offsets[i]; q < t.offsets[i + 1]; q++) {
      const u = t.user[q]
      for (let p = x.offsets[u]; p < x.offsets[u + 1]; p++) {
        const j = x.item[p]
        if (co[j] === 0) touched.push(j)
        co[j]++
      }
    }
    cand.length = 0
    for (const j of touched) {
      const c = co[j]
      co[j] = 0
      if (j === i || c < o.minCooccurrence) continue
      sim[j] = o.similarity === 'cosine' ? c / Math.sqrt(pop[i] * pop[j]) : (c * U) / (pop[i] * pop[j])
      cand.push(j)
    }
    cand.sort((a, b) => sim[b] - sim[a] || a - b)
    const k = Math.min(o.neighbours, cand.length)
    for (let q = 0; q < k; q++) {
      nbrItem.push(cand[q])
      nbrSim.push(sim[cand[q]])
    }
    nbrOffsets[i + 1] = nbrItem.length
  }
  control.onProgress?.(1, 'item similarities')
  return { kind: 'itemknn', items: x.items, similarity: o.similarity, nbrOffsets, nbrItem: Int32Array.from(nbrItem), nbrSim: Float64Array.from(nbrSim), popularity: pop }
}

export interface AlsOptions {
  factors?: number
  iterations?: number
  /** L2 penalty lambda (default 0.1) */
  regularization?: number
  /** confidence weight alpha in c = 1 + alpha r (default 10) */
  alpha?: number
  seed?: number
}

export const defaultAlsOptions = { factors: 20, iterations: 10, regularization: 0.1, alpha: 10, seed: 42 } as const

export interface AlsModel {
  kind: 'als'
  items: string[]
  customers: string[]
  factors: number
  /** row-major: customers x factors, items x factors */
  userFactors: Float64Array
  itemFactors: Float64Array
  popularity: Int32Array
  /** training loss per iteration (weighted squared error + penalty) */
  loss: number[]
}

/** Solve A x = b for symmetric positive definite A (k x k, row-major, overwritten) by Cholesky. */
export function choleskySolve(A: Float64Array, b: Float64Array, k: number, x: Float64Array): void {
  if (!cholesky(A, k)) throw new Error('ALS: matrix not positive definite (raise regularization)')
  x.set(b.subarray(0, k))
  solveFactored(A, k, x)
}

/** One half-sweep: solve every row of `out` given the fixed factors `fixed`. */
function alsHalf(offsets: Int32Array, idx: Int32Array, val: Float64Array, fixed: Float64Array, nFixed: number, out: Float64Array, k: number, lambda: number, alpha: number): void {
  // G = fixed^T fixed
  const G = new Float64Array(k * k)
  for (let r = 0; r < nFixed; r++) {
    const o = r * k
    for (let a = 0; a < k; a++) {
      const fa = fixed[o + a]
      if (fa === 0) continue
      for (let c = a; c < k; c++) G[a * k + c] += fa * fixed[o + c]
    }
  }
  for (let a = 0; a < k; a++) for (let c = 0; c < a; c++) G[a * k + c] = G[c * k + a]
  const A = new Float64Array(k * k)
  const bv = new Float64Array(k)
  const xv = new Float64Array(k)
  const rows = offsets.length - 1
  for (let u = 0; u < rows; u++) {
    A.set(G)
    bv.fill(0)
    for (let a = 0; a < k; a++) A[a * k + a] += lambda
    for (let p = offsets[u]; p < offsets[u + 1]; p++) {
      const o = idx[p] * k
      const c = 1 + alpha * val[p]
      const w = c - 1
      for (let a = 0; a < k; a++) {
        const ya = fixed[o + a]
        bv[a] += c * ya
        const wy = w * ya
        for (let cc = a; cc < k; cc++) A[a * k + cc] += wy * fixed[o + cc]
      }
    }
    for (let a = 0; a < k; a++) for (let cc = 0; cc < a; cc++) A[a * k + cc] = A[cc * k + a]
    choleskySolve(A, bv, k, xv)
    out.set(xv, u * k)
  }
}

export function fitAls(x: Interactions, opts: AlsOptions = {}, control: RunControl = {}): AlsModel {
  const o = withDefaults(defaultAlsOptions, opts)
  if (!(Number.isInteger(o.factors) && o.factors >= 1)) throw new RangeError(`factors must be a positive integer, got ${o.factors}`)
  if (!(Number.isInteger(o.iterations) && o.iterations >= 1)) throw new RangeError(`iterations must be a positive integer, got ${o.iterations}`)
  if (!(o.regularization > 0)) throw new RangeError(`regularization must be > 0, got ${o.regularization}`)
  if (!(o.alpha >= 0)) throw new RangeError(`alpha must be >= 0, got ${o.alpha}`)
  const U = x.offsets.length - 1
  const I = x.items.length
  const k = o.factors
  const rng = new Rng(o.seed)
  const X = new Float64Array(U * k)
  const Y = new Float64Array(I * k)
  for (let i = 0; i < Y.length; i++) Y[i] = rng.normal() * 0.01
  const t = transpose(x)
  const loss: number[] = []
  for (let it = 0; it < o.iterations; it++) {
    checkCancel(control.cancel)
    alsHalf(x.offsets, x.item, x.value, Y, I, X, k, o.regularization, o.alpha)
    checkCancel(control.cancel)
    alsHalf(t.offsets, t.user, t.value, X, U, Y, k, o.regularization, o.alpha)
    loss.push(alsObservedLoss(x, X, Y, k, o.alpha, o.regularization))
    control.onProgress?.((it + 1) / o.iterations, `ALS iteration ${it + 1}/${o.iterations}`)
  }
  return { kind: 'als', items: x.items, customers: x.customers, factors: k, userFactors: X, itemFactors: Y, popularity: itemPopularity(x), loss }
}

/** Weighted loss on the observed entries plus the penalty (a monitor; the zero entries are left out for speed). */
function alsObservedLoss(x: Interactions, X: Float64Array, Y: Float64Array, k: number, alpha: number, lambda: number): number {
  let s = 0
  for (let u = 0; u < x.offsets.length - 1; u++) {
    for (let p = x.offsets[u]; p < x.offsets[u + 1]; p++) {
      let d = 0
      const ou = u * k
      const oi = x.item[p] * k
      for (let a = 0; a < k; a++) d += X[ou + a] * Y[oi + a]
      s += (1 + alpha * x.value[p]) * (1 - d) * (1 - d)
    }
  }
  let reg = 0
  for (let i = 0; i < X.length; i++) reg += X[i] * X[i]
  for (let i = 0; i < Y.length; i++) reg += Y[i] * Y[i]
  return s + lambda * reg
}

export type RecommenderModel = ItemKnnModel | AlsModel

export interface Recommendation {
  item: string
  score: number
  /** the bought item behind it (null for popularity) */
  because: string | null
  reason: string
}

/** Top-N items the customer (row u of x) has not bought, with a reason. */
export function recommendFor(model: RecommenderModel | 'popular', x: Interactions, u: number, n = 10): Recommendation[] {
  const I = x.items.length
  const owned = new Uint8Array(I)
  for (let p = x.offsets[u]; p < x.offsets[u + 1]; p++) owned[x.item[p]] = 1
  const score = new Float64Array(I)
  const because = new Int32Array(I).fill(-1)
  const bestContribution = new Float64Array(I)
  const cand: number[] = []
  if (model === 'popular') {
    const pop = itemPopularity(x)
    for (let j = 0; j < I; j++) {
      if (!owned[j] && pop[j] > 0) {
        score[j] = pop[j]
        cand.push(j)
      }
    }
  } else if (model.kind === 'itemknn') {
    for (let p = x.offsets[u]; p < x.offsets[u + 1]; p++) {
      const i = x.item[p]
      for (let q = model.nbrOffsets[i]; q < model.nbrOffsets[i + 1]; q++) {
        const j = model.nbrItem[q]
        if (owned[j]) continue
        const s = model.nbrSim[q]
        if (score[j] === 0) cand.push(j)
        score[j] += s
        if (s > bestContribution[j]) {
          bestContribution[j] = s
          because[j] = i
        }
      }
    }
  } else {
    const k = model.factors
    const X = model.userFactors
    const Y = model.itemFactors
    for (let j = 0; j < I; j++) {
      if (owned[j]) continue
      let d = 0
      for (let a = 0; a < k; a++) d += X[u * k + a] * Y[j * k + a]
      score[j] = d
      cand.push(j)
    }
  }
  cand.sort((a, b) => score[b] - score[a] || a - b)
  const top = cand.slice(0, n)
  if (model !== 'popular' && model.kind === 'als') {
    // reason: the bought item whose factors are most similar (cosine) to the recommended one
    const k = model.factors
    const Y = model.itemFactors
    const norm = (i: number): number => {
      let s = 0
      for (let a = 0; a < k; a++) s += Y[i * k + a] * Y[i * k + a]
      return Math.sqrt(s) || 1
    }
    for (const j of top) {
      let best = -Infinity
      for (let p = x.offsets[u]; p < x.offsets[u + 1]; p++) {
        const i = x.item[p]
        let d = 0
        for (let a = 0; a < k; a++) d += Y[i * k + a] * Y[j * k + a]
        const c = d / (norm(i) * norm(j))
        if (c > best) {
          best = c
          because[j] = i
        }
      }
    }
  }
  return top.map((j) => {
    const b = because[j] >= 0 ? x.items[because[j]] : null
    return {
      item: x.items[j],
      score: score[j],
      because: b,
      reason: b ? `bought with ${b}` : model === 'popular' ? 'popular with other customers' : 'similar customers bought it',
    }
  })
}

export interface HoldoutMetrics {
  hitRate: number
  precision: number
  recall: number
}

export interface HoldoutResult {
  n: number
  method: 'itemknn' | 'als'
  /** customers with 2+ baskets whose last basket has at least one item new to them */
  customersEvaluated: number
  /** customers with 2+ baskets whose last basket only repeats earlier items (not evaluated) */
  customersOnlyRepeats: number
  model: HoldoutMetrics
  baseline: HoldoutMetrics
  fitSeconds: number
}

export interface HoldoutOptions {
  method?: 'itemknn' | 'als'
  n?: number
  itemknn?: ItemKnnOptions
  als?: AlsOptions
}

/** Time-based holdout of each customer's last basket; the model and the popularity baseline see the same training data. */
export function evaluateHoldout(h: CustomerHistories, opts: HoldoutOptions = {}, control: RunControl = {}): HoldoutResult {
  const method = opts.method ?? 'itemknn'
  const n = opts.n ?? 10
  const train = interactionsFromHistories(h, true)
  const t0 = performance.now()
  const model: RecommenderModel =
    method === 'als' ? fitAls(train, opts.als, { cancel: control.cancel, onProgress: subProgress(control.onProgress, 0, 0.8) }) : fitItemKnn(train, opts.itemknn, { cancel: control.cancel, onProgress: subProgress(control.onProgress, 0, 0.8) })
  const fitSeconds = (performance.now() - t0) / 1000
  const acc = { model: { hit: 0, prec: 0, rec: 0 }, base: { hit: 0, prec: 0, rec: 0 } }
  let evaluated = 0
  let onlyRepeats = 0
  const C = nCustomers(h)
  const owned = new Uint8Array(train.items.length)
  const pop = itemPopularity(train)
  const popOrder = Array.from(pop.keys()).filter((j) => pop[j] > 0).sort((a, b) => pop[b] - pop[a] || a - b)
  for (let u = 0; u < C; u++) {
    if ((u & 255) === 0) {
      checkCancel(control.cancel)
      control.onProgress?.(0.8 + (0.2 * u) / C, 'evaluating')
    }
    const b1 = h.custOffsets[u + 1]
    if (b1 - h.custOffsets[u] < 2) continue
    for (let p = train.offsets[u]; p < train.offsets[u + 1]; p++) owned[train.item[p]] = 1
    const target = new Set<string>()
    for (let p = h.basketOffsets[b1 - 1]; p < h.basketOffsets[b1]; p++) if (!owned[h.basketItems[p]]) target.add(h.items[h.basketItems[p]])
    if (target.size === 0) {
      onlyRepeats++
    } else {
      evaluated++
      const score = (recs: string[], a: { hit: number; prec: number; rec: number }): void => {
        let hits = 0
        for (const r of recs) if (target.has(r)) hits++
        if (hits > 0) a.hit++
        a.prec += hits / n
        a.rec += hits / target.size
      }
      score(recommendFor(model, train, u, n).map((r) => r.item), acc.model)
      const base: string[] = []
      for (const j of popOrder) {
        if (base.length >= n) break
        if (!owned[j]) base.push(train.items[j])
      }
      score(base, acc.base)
    }
    for (let p = train.offsets[u]; p < train.offsets[u + 1]; p++) owned[train.item[p]] = 0
  }
  const fin = (a: { hit: number; prec: number; rec: number }): HoldoutMetrics => ({
    hitRate: evaluated ? a.hit / evaluated : NaN,
    precision: evaluated ? a.prec / evaluated : NaN,
    recall: evaluated ? a.rec / evaluated : NaN,
  })
  control.onProgress?.(1, 'evaluation done')
  return { n, method, customersEvaluated: evaluated, customersOnlyRepeats: onlyRepeats, model: fin(acc.model), baseline: fin(acc.base), fitSeconds }
}

/**
 * Every customer's top-N recommendations as CSV rows (customer, rank, item, score, bought item
 * behind it): the list a campaign tool imports. Customers with nothing to recommend get no rows.
 */
export function recommendationsCsv(model: RecommenderModel | 'popular', x: Interactions, customers: readonly string[], n = 5, control: RunControl = {}): { csv: string; customers: number; rows: number } {
  const rows: (string | number)[][] = []
  let withRecs = 0
  const U = customers.length
  for (let u = 0; u < U; u++) {
    if (u % 256 === 0) {
      checkCancel(control.cancel)
      control.onProgress?.(u / U)
    }
    const recs = recommendFor(model, x, u, n)
    if (recs.length) withRecs++
    recs.forEach((r, k) => rows.push([customers[u], k + 1, r.item, Math.round(r.score * 1e6) / 1e6, r.because ?? '']))
  }
  control.onProgress?.(1)
  return { csv: toCsv(['customer', 'rank', 'item', 'score', 'because_bought'], rows), customers: withRecs, rows: rows.length }
}
