/**
 * One row per customer from cleaned transactions: recency, frequency, monetary and behaviour
 * features, in one pass over the kept rows with a customer index (typed arrays throughout).
 */
import { msg, pct, type Message } from '../core/message'
import type { Table, Column } from '../../data/table'
import { stringColumn } from '../../data/table'
import type { CleanTransactions } from './transactions'

const DAY_MS = 86_400_000

export interface CustomerFeatures {
  /** customer ids, sorted (numerically when all are integers) */
  ids: string[]
  n: number
  snapshot: number
  /** whole days from the last purchase to the snapshot, floored (pandas `(snapshot − last).days`) */
  recency: Float64Array
  /** distinct invoices */
  frequency: Float64Array
  /** Σ quantity × price (or Σ amount) */
  monetary: Float64Array
  /** whole days from the first purchase to the snapshot, floored */
  tenure: Float64Array
  /** monetary / frequency */
  avgOrderValue: Float64Array
  /** (last − first purchase) / (frequency − 1), in days; NaN for single-purchase customers */
  meanDaysBetween: Float64Array
  /** Σ margin, or null when no margin/cost column was mapped */
  margin: Float64Array | null
  firstPurchase: Float64Array
  lastPurchase: Float64Array
  /** revenue share per category (row-major n × levels.length), when a category column is mapped */
  categoryShares: { levels: string[]; shares: Float64Array } | null
  /** customers with a single purchase (meanDaysBetween is NaN for them) */
  singlePurchase: number
  warnings: Message[]
}

/** Names of the numeric per-customer features, in the order customerTable() writes them. */
export const FEATURE_NAMES = ['recency', 'frequency', 'monetary', 'tenure', 'avgOrderValue', 'meanDaysBetween', 'margin'] as const
export type FeatureName = (typeof FEATURE_NAMES)[number]

export interface CustomerFeatureOptions {
  /** keep at most this many categories (by revenue); the rest are summed into "Other" */
  maxCategories: number
}

export const defaultCustomerFeatureOptions: CustomerFeatureOptions = { maxCategories: 12 }

/** Per-customer features from cleanTransactions() output. */
export function customerFeatures(tx: CleanTransactions, options: Partial<CustomerFeatureOptions> = {}): CustomerFeatures {
  const opt = { ...defaultCustomerFeatureOptions, ...options }
  const nc = tx.customerIds.length
  const m = tx.customer.length
  const snapshot = tx.snapshot
  const first = new Float64Array(nc).fill(Infinity)
  const last = new Float64Array(nc).fill(-Infinity)
  const frequency = new Float64Array(nc)
  const monetary = new Float64Array(nc)
  const margin = tx.margin ? new Float64Array(nc) : null
  // distinct (customer, invoice) pairs: an invoice normally has one customer; the rare shared invoice
  // falls back to a set of pair keys
  const invOwner = new Int32Array(tx.nInvoices).fill(-1)
  let shared: Set<number> | null = null
  const { customer, invoice, date, amount } = tx
  for (let r = 0; r < m; r++) {
    const c = customer[r]
    const d = date[r]
    if (d < first[c]) first[c] = d
    if (d > last[c]) last[c] = d
    monetary[c] += amount[r]
    if (margin) margin[c] += tx.margin![r]
    const inv = invoice[r]
    const owner = invOwner[inv]
    if (owner === -1) {
      invOwner[inv] = c
      frequency[c]++
    } else if (owner !== c) {
      shared ??= new Set<number>()
      const key = inv * nc + c
      if (!shared.has(key)) {
        shared.add(key)
        frequency[c]++
      }
    }
  }
  const recency = new Float64Array(nc)
  const tenure = new Float64Array(nc)
  const aov = new Float64Array(nc)
  const between = new Float64Array(nc)
  let single = 0
  for (let c = 0; c < nc; c++) {
    recency[c] = Math.floor((snapshot - last[c]) / DAY_MS)
    tenure[c] = Math.floor((snapshot - first[c]) / DAY_MS)
    aov[c] = monetary[c] / frequency[c]
    if (frequency[c] > 1) between[c] = (last[c] - first[c]) / DAY_MS / (frequency[c] - 1)
    else {
      between[c] = NaN
      single++
    }
  }
  let categoryShares: CustomerFeatures['categoryShares'] = null
  if (tx.category) {
    const nl = tx.categoryLevels.length
    const tot = new Float64Array(nl)
    for (let r = 0; r < m; r++) if (tx.category[r] >= 0) tot[tx.category[r]] += amount[r]
    const order = Array.from({ length: nl }, (_, i) => i).filter((i) => tot[i] !== 0).sort((a, b) => tot[b] - tot[a])
    const keepN = order.length > opt.maxCategories ? opt.maxCategories - 1 : order.length
    const map = new Int32Array(nl).fill(keepN)
    const levels: string[] = []
    for (let i = 0; i < keepN; i++) {
      map[order[i]] = i
      levels.push(tx.categoryLevels[order[i]])
    }
    const other = order.length > keepN || tx.category.some((x) => x < 0)
    if (other) levels.push('Other')
    const L = levels.length
    const shares = new Float64Array(nc * L)
    for (let r = 0; r < m; r++) {
      const cat = tx.category[r]
      const j = cat < 0 ? L - 1 : map[cat]
      if (j < L) shares[customer[r] * L + j] += amount[r]
    }
    for (let c = 0; c < nc; c++) {
      const tm = monetary[c]
      for (let j = 0; j < L; j++) shares[c * L + j] = tm > 0 ? shares[c * L + j] / tm : 0
    }
    categoryShares = { levels, shares }
  }
  const warnings: Message[] = []
  if (single > 0) {
    warnings.push(msg('segment.warn.boughtOnce', { n: single, total: nc, share: pct(single / nc) }))
  }
  return {
    ids: tx.customerIds,
    n: nc,
    snapshot,
    recency,
    frequency,
    monetary,
    tenure,
    avgOrderValue: aov,
    meanDaysBetween: between,
    margin,
    firstPurchase: first,
    lastPurchase: last,
    categoryShares,
    singlePurchase: single,
    warnings,
  }
}

/** A numeric feature by name (null when absent, e.g. margin without a margin column). */
export function featureValues(f: CustomerFeatures, name: FeatureName): Float64Array | null {
  switch (name) {
    case 'recency': return f.recency
    case 'frequency': return f.frequency
    case 'monetary': return f.monetary
    case 'tenure': return f.tenure
    case 'avgOrderValue': return f.avgOrderValue
    case 'meanDaysBetween': return f.meanDaysBetween
    case 'margin': return f.margin
  }
}

/** The customer table (one row per customer) for the workspace and for clustering any features. */
export function customerTable(f: CustomerFeatures, name = 'customers'): Table {
  const columns: Column[] = [stringColumn('customer', f.ids)]
  for (const k of FEATURE_NAMES) {
    const v = featureValues(f, k)
    if (v) columns.push({ name: k, storage: 'number', values: v })
  }
  columns.push({ name: 'firstPurchase', storage: 'number', values: f.firstPurchase })
  columns.push({ name: 'lastPurchase', storage: 'number', values: f.lastPurchase })
  if (f.categoryShares) {
    const { levels, shares } = f.categoryShares
    const L = levels.length
    levels.forEach((lv, j) => {
      const v = new Float64Array(f.n)
      for (let c = 0; c < f.n; c++) v[c] = shares[c * L + j]
      columns.push({ name: `share: ${lv}`, storage: 'number', values: v })
    })
  }
  return { name, nRows: f.n, columns }
}
