/**
 * Optional cleaning of a transaction log before baskets/sequences/recommendations (the issue's
 * Online Retail cleaning): drop rows whose invoice starts with the cancellation prefix, whose
 * quantity or unit price is <= 0 or missing, and (optionally) whose customer is missing.
 * Each step reports how many rows it removed.
 */
import { type Table, getColumn, cellString, numericValues, takeTableRows } from '../../data/table'

export interface LogCleaning {
  invoice?: string
  /** invoices starting with this are cancellations (default 'C' when `invoice` is given; '' = keep) */
  cancelPrefix?: string
  quantity?: string
  price?: string
  customer?: string
}

export interface LogCleaningResult {
  table: Table
  removed: { cancelled: number; quantity: number; price: number; customer: number }
}

export function cleanTransactionLog(t: Table, o: LogCleaning): LogCleaningResult {
  const removed = { cancelled: 0, quantity: 0, price: 0, customer: 0 }
  const inv = o.invoice ? getColumn(t, o.invoice) : null
  const prefix = o.cancelPrefix ?? 'C'
  const q = o.quantity ? numericValues(getColumn(t, o.quantity)) : null
  const p = o.price ? numericValues(getColumn(t, o.price)) : null
  const cust = o.customer ? getColumn(t, o.customer) : null
  // per-level cancellation flags for string invoice columns
  const cancelledLevel = inv && inv.storage === 'string' && prefix ? inv.levels.map((l) => l.trim().startsWith(prefix)) : null
  const keep: number[] = []
  for (let i = 0; i < t.nRows; i++) {
    if (cust && cellString(cust, i) === '') {
      removed.customer++
      continue
    }
    if (inv && prefix) {
      const c = cancelledLevel && inv.storage === 'string' ? inv.codes[i] >= 0 && cancelledLevel[inv.codes[i]] : cellString(inv, i).trim().startsWith(prefix)
      if (c) {
        removed.cancelled++
        continue
      }
    }
    if (q && !(q[i] > 0)) {
      removed.quantity++
      continue
    }
    if (p && !(p[i] > 0)) {
      removed.price++
      continue
    }
    keep.push(i)
  }
  return { table: keep.length === t.nRows ? t : takeTableRows(t, keep), removed }
}
