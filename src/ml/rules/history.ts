/**
 * Customer purchase histories from a transaction log: per customer, baskets (invoices) ordered by
 * date, each a sorted set of item codes. Shared by sequential rules and recommendations.
 *
 * A basket's time is the earliest date among its rows. Baskets of one customer with the same time
 * are one visit and are merged (so "later" always means a strictly later time). Rows with a
 * missing customer, invoice, item or date are skipped and reported (missing dates with row numbers).
 */
import { type Table, type Column, getColumn } from '../../data/table'

export interface HistoryColumns {
  customer: string
  invoice: string
  /** numeric date column (ms since epoch, as the Table stores dates) */
  date: string
  item: string
}

export interface CustomerHistories {
  customers: string[]
  items: string[]
  /** customer c owns baskets custOffsets[c] .. custOffsets[c+1], in increasing time */
  custOffsets: Int32Array
  basketTime: Float64Array
  /** basket k holds basketItems[basketOffsets[k] .. basketOffsets[k+1]), sorted, unique */
  basketOffsets: Int32Array
  basketItems: Int32Array
  /** rows skipped because the date was missing (count, and the first 20 row numbers, 1-based) */
  missingDateRows: number
  missingDateExamples: number[]
  warnings: string[]
}

/** Dictionary codes for any column (numbers by their decimal text), -1 = missing. */
function codesOf(c: Column): { codes: Int32Array; labels: string[] } {
  if (c.storage === 'string') {
    // levels may repeat after trimming: remap to unique labels
    const map = new Map<string, number>()
    const labels: string[] = []
    const remap = c.levels.map((l) => {
      const s = l.trim()
      if (s === '') return -1
      let k = map.get(s)
      if (k === undefined) {
        k = labels.length
        labels.push(s)
        map.set(s, k)
      }
      return k
    })
    const codes = new Int32Array(c.codes.length)
    for (let i = 0; i < codes.length; i++) codes[i] = c.codes[i] < 0 ? -1 : remap[c.codes[i]]
    return { codes, labels }
  }
  const map = new Map<number, number>()
  const labels: string[] = []
  const codes = new Int32Array(c.values.length)
  for (let i = 0; i < codes.length; i++) {
    const v = c.values[i]
    if (Number.isNaN(v)) {
      codes[i] = -1
      continue
    }
    let k = map.get(v)
    if (k === undefined) {
      k = labels.length
      labels.push(String(v))
      map.set(v, k)
    }
    codes[i] = k
  }
  return { codes, labels }
}

export function buildHistories(table: Table, cols: HistoryColumns): CustomerHistories {
  const dc = getColumn(table, cols.date)
  if (dc.storage !== 'number') throw new RangeError(`Column "${cols.date}" is not a date column (it holds text); choose a date column`)
  const cust = codesOf(getColumn(table, cols.customer))
  const inv = codesOf(getColumn(table, cols.invoice))
  const itm = codesOf(getColumn(table, cols.item))
  const n = table.nRows
  let missCust = 0
  let missInv = 0
  let missItem = 0
  let missDate = 0
  const missDateEx: number[] = []
  // (customer, invoice) -> basket id; invoices are usually global ids, but keyed by both to be safe
  const basketOf = new Map<number, number>()
  const bCust: number[] = []
  const bTime: number[] = []
  const rowBasket = new Int32Array(n).fill(-1)
  const nInv = inv.labels.length
  for (let i = 0; i < n; i++) {
    const c = cust.codes[i]
    const v = inv.codes[i]
    const t = dc.values[i]
    if (c < 0) {
      missCust++
      continue
    }
    if (v < 0) {
      missInv++
      continue
    }
    if (!Number.isFinite(t)) {
      missDate++
      if (missDateEx.length < 20) missDateEx.push(i + 1)
      continue
    }
    if (itm.codes[i] < 0) {
      missItem++
      continue
    }
    const key = c * nInv + v
    let b = basketOf.get(key)
    if (b === undefined) {
      b = bCust.length
      basketOf.set(key, b)
      bCust.push(c)
      bTime.push(t)
    } else if (t < bTime[b]) bTime[b] = t
    rowBasket[i] = b
  }
  const nB = bCust.length
  // items that occur in kept rows, coded in label order so outputs are reproducible
  const used = new Uint8Array(itm.labels.length)
  for (let i = 0; i < n; i++) if (rowBasket[i] >= 0) used[itm.codes[i]] = 1
  const order = itm.labels.map((_, k) => k).filter((k) => used[k]).sort((a, b) => (itm.labels[a] < itm.labels[b] ? -1 : itm.labels[a] > itm.labels[b] ? 1 : 0))
  const itemRemap = new Int32Array(itm.labels.length).fill(-1)
  order.forEach((k, r) => (itemRemap[k] = r))
  const items = order.map((k) => itm.labels[k])
  // items per raw basket
  const cnt = new Int32Array(nB + 1)
  for (let i = 0; i < n; i++) if (rowBasket[i] >= 0) cnt[rowBasket[i] + 1]++
  for (let b = 0; b < nB; b++) cnt[b + 1] += cnt[b]
  const raw = new Int32Array(cnt[nB])
  const fill = cnt.slice(0, nB)
  for (let i = 0; i < n; i++) if (rowBasket[i] >= 0) raw[fill[rowBasket[i]]++] = itemRemap[itm.codes[i]]
  // order baskets by (customer, time), merging equal times of one customer
  const idx = Array.from({ length: nB }, (_, b) => b).sort((a, b) => bCust[a] - bCust[b] || bTime[a] - bTime[b])
  const customersUsed: number[] = []
  const custOffsets: number[] = [0]
  const basketTime: number[] = []
  const basketOffsets: number[] = [0]
  const basketItems: number[] = []
  let merged = 0
  let q = 0
  while (q < idx.length) {
    const c = bCust[idx[q]]
    customersUsed.push(c)
    while (q < idx.length && bCust[idx[q]] === c) {
      const t = bTime[idx[q]]
      const set: number[] = []
      let parts = 0
      while (q < idx.length && bCust[idx[q]] === c && bTime[idx[q]] === t) {
        const b = idx[q]
        for (let p = cnt[b]; p < cnt[b + 1]; p++) set.push(raw[p])
        parts++
        q++
      }
      merged += parts - 1
      set.sort((x, y) => x - y)
      for (let p = 0; p < set.length; p++) if (p === 0 || set[p] !== set[p - 1]) basketItems.push(set[p])
      basketOffsets.push(basketItems.length)
      basketTime.push(t)
    }
    custOffsets.push(basketTime.length)
  }
  const warnings: string[] = []
  if (missDate) warnings.push(`${missDate} row(s) with a missing or invalid "${cols.date}" were skipped (rows ${missDateEx.join(', ')}${missDate > missDateEx.length ? ', ...' : ''})`)
  if (missCust) warnings.push(`${missCust} row(s) with a missing "${cols.customer}" were skipped`)
  if (missInv) warnings.push(`${missInv} row(s) with a missing "${cols.invoice}" were skipped`)
  if (missItem) warnings.push(`${missItem} row(s) with a missing "${cols.item}" were skipped`)
  if (merged) warnings.push(`${merged} invoice(s) at the same time as another invoice of the same customer were merged into one visit`)
  return {
    customers: customersUsed.map((c) => cust.labels[c]),
    items,
    custOffsets: Int32Array.from(custOffsets),
    basketTime: Float64Array.from(basketTime),
    basketOffsets: Int32Array.from(basketOffsets),
    basketItems: Int32Array.from(basketItems),
    missingDateRows: missDate,
    missingDateExamples: missDateEx,
    warnings,
  }
}

export function nCustomers(h: CustomerHistories): number {
  return h.custOffsets.length - 1
}
