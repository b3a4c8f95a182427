/**
 * Baskets (transactions) for association rules: items encoded as ints, each transaction a sorted,
 * duplicate-free run of item codes in one flat Int32Array (CSR), plus vertical bitsets per item
 * for support counting. Built from a transaction Table (basket id + item column) or from a
 * basket-per-line text file (as groceries.csv).
 */
import { type Table, getColumn, cellString } from '../../data/table'

export interface Baskets {
  /** item labels; item code k is items[k]. Sorted by label (UTF-16 code-unit order), like arules' item order. */
  items: string[]
  /** transaction t holds codes[offsets[t] .. offsets[t+1]) sorted ascending, no duplicates */
  offsets: Int32Array
  codes: Int32Array
  /** basket ids (table input), in transaction order */
  ids?: string[]
  /** things the user should know: skipped rows, empty baskets, duplicates collapsed */
  warnings: string[]
}

export function nTransactions(b: Baskets): number {
  return b.offsets.length - 1
}

/** Transaction t as a sorted Int32Array view (no copy). */
export function transaction(b: Baskets, t: number): Int32Array {
  return b.codes.subarray(b.offsets[t], b.offsets[t + 1])
}

/** Absolute support count of every item. */
export function itemCounts(b: Baskets): Int32Array {
  const c = new Int32Array(b.items.length)
  for (let k = 0; k < b.codes.length; k++) c[b.codes[k]]++
  return c
}

/** Number of 32-bit words of a bitset over n transactions. */
export function bitsetWords(n: number): number {
  return (n + 31) >>> 5
}

/** Vertical representation: one Uint32Array bitset per item, bit t set when transaction t holds it. */
export function verticalBitsets(b: Baskets, which?: ArrayLike<number>): Uint32Array[] {
  const n = nTransactions(b)
  const words = bitsetWords(n)
  const want = which ? new Set(Array.from(which)) : null
  const out: Uint32Array[] = new Array(b.items.length)
  for (let i = 0; i < b.items.length; i++) out[i] = want && !want.has(i) ? new Uint32Array(0) : new Uint32Array(words)
  for (let t = 0; t < n; t++) {
    const w = t >>> 5
    const bit = 1 << (t & 31)
    for (let k = b.offsets[t]; k < b.offsets[t + 1]; k++) {
      const bs = out[b.codes[k]]
      if (bs.length) bs[w] |= bit
    }
  }
  return out
}

/** Popcount of one 32-bit word. */
export function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333)
  x = (x + (x >>> 4)) & 0x0f0f0f0f
  return Math.imul(x, 0x01010101) >>> 24
}

/**
 * Build Baskets from per-transaction lists of raw item labels (trimmed here; empty labels dropped;
 * a label repeated within a basket counted once). `ids` are optional basket ids.
 */
export function basketsFromLists(lists: ArrayLike<ArrayLike<string>>, ids?: string[], warnings: string[] = []): Baskets {
  const labelSet = new Set<string>()
  for (let t = 0; t < lists.length; t++) {
    const l = lists[t]
    for (let k = 0; k < l.length; k++) {
      const s = l[k].trim()
      if (s) labelSet.add(s)
    }
  }
  const items = Array.from(labelSet).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  const code = new Map<string, number>()
  items.forEach((s, i) => code.set(s, i))
  const offsets = new Int32Array(lists.length + 1)
  let total = 0
  for (let t = 0; t < lists.length; t++) total += lists[t].length
  const buf = new Int32Array(total)
  let p = 0
  let dup = 0
  let empty = 0
  for (let t = 0; t < lists.length; t++) {
    const l = lists[t]
    const start = p
    for (let k = 0; k < l.length; k++) {
      const s = l[k].trim()
      if (s) buf[p++] = code.get(s) as number
    }
    const seg = buf.subarray(start, p)
    seg.sort()
    // collapse duplicates in place
    let q = start
    for (let k = start; k < p; k++) if (k === start || buf[k] !== buf[k - 1]) buf[q++] = buf[k]
    dup += p - q
    p = q
    if (p === start) empty++
    offsets[t + 1] = p
  }
  if (dup > 0) warnings.push(`${dup} duplicated item(s) within baskets were counted once`)
  if (empty > 0) warnings.push(`${empty} empty basket(s) (no items) are counted as transactions`)
  return { items, offsets, codes: buf.slice(0, p), ids, warnings }
}

export interface BasketLinesOptions {
  /** item separator (default ',') */
  sep?: string
  /** quote character for items that contain the separator (default '"'; '' = no quoting) */
  quote?: string
  /** drop blank lines instead of counting them as empty transactions (default false, as arules' read.transactions) */
  skipBlankLines?: boolean
}

/** Split one line into fields, honouring "quoted, fields" with "" as an escaped quote. */
function splitLine(line: string, sep: string, quote: string): string[] {
  if (!quote || !line.includes(quote)) return line.split(sep)
  const out: string[] = []
  let i = 0
  const n = line.length
  while (i <= n) {
    // skip leading blanks before a quoted field
    let j = i
    while (j < n && (line[j] === ' ' || line[j] === '\t')) j++
    if (j < n && line[j] === quote) {
      let s = ''
      j++
      while (j < n) {
        if (line[j] === quote) {
          if (line[j + 1] === quote) {
            s += quote
            j += 2
            continue
          }
          j++
          break
        }
        s += line[j++]
      }
      // anything up to the next separator is appended (lenient)
      const next = line.indexOf(sep, j)
      s += next < 0 ? line.slice(j) : line.slice(j, next)
      out.push(s)
      if (next < 0) break
      i = next + sep.length
    } else {
      const next = line.indexOf(sep, i)
      out.push(next < 0 ? line.slice(i) : line.slice(i, next))
      if (next < 0) break
      i = next + sep.length
    }
  }
  return out
}

/**
 * Basket-per-line text (groceries.csv): one basket a line, items separated by `sep`, no header.
 * Items are trimmed; duplicates within a line counted once. A blank line is an empty transaction
 * (R's read.transactions keeps it) unless skipBlankLines; the newline after the last line does not
 * start a new transaction.
 */
export function basketsFromLines(text: string, opts: BasketLinesOptions = {}): Baskets {
  const sep = opts.sep ?? ','
  const quote = opts.quote ?? '"'
  if (sep === '') throw new RangeError('Basket separator must not be empty')
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  const lines = text.split(/\r\n|\n|\r/)
  if (lines.length && lines[lines.length - 1] === '') lines.pop()
  const lists: string[][] = []
  let blank = 0
  for (const line of lines) {
    if (line.trim() === '') {
      blank++
      if (opts.skipBlankLines) continue
      lists.push([])
      continue
    }
    lists.push(splitLine(line, sep, quote))
  }
  const warnings: string[] = []
  if (blank && opts.skipBlankLines) warnings.push(`${blank} blank line(s) skipped`)
  return basketsFromLists(lists, undefined, warnings)
}

export interface BasketTableOptions {
  /** keep only these rows (e.g. a segment); default all */
  rows?: ArrayLike<number>
}

/**
 * Transactions from a table: rows grouped by the basket id column (any column type), items from
 * the item column (any column; numbers become their decimal text). Rows with a missing basket id
 * or item are skipped and reported. Baskets keep their first-appearance order.
 */
export function basketsFromTable(table: Table, basketCol: string, itemCol: string, opts: BasketTableOptions = {}): Baskets {
  const bc = getColumn(table, basketCol)
  const ic = getColumn(table, itemCol)
  const n = opts.rows ? opts.rows.length : table.nRows
  const basketIndex = new Map<string, number>()
  const ids: string[] = []
  const lists: string[][] = []
  let missingBasket = 0
  let missingItem = 0
  // item labels per level computed once (string columns) to avoid re-trimming per row
  const levelLabel = ic.storage === 'string' ? ic.levels.map((l) => l.trim()) : null
  for (let k = 0; k < n; k++) {
    const r = opts.rows ? opts.rows[k] : k
    const id = cellString(bc, r)
    if (id === '') {
      missingBasket++
      continue
    }
    let b = basketIndex.get(id)
    if (b === undefined) {
      b = ids.length
      basketIndex.set(id, b)
      ids.push(id)
      lists.push([])
    }
    let label: string
    if (levelLabel && ic.storage === 'string') {
      const c = ic.codes[r]
      label = c < 0 ? '' : levelLabel[c]
    } else label = cellString(ic, r).trim()
    if (label === '') {
      missingItem++
      continue
    }
    lists[b].push(label)
  }
  const warnings: string[] = []
  if (missingBasket) warnings.push(`${missingBasket} row(s) with a missing "${basketCol}" were skipped`)
  if (missingItem) warnings.push(`${missingItem} row(s) with a missing "${itemCol}" were skipped`)
  return basketsFromLists(lists, ids, warnings)
}

/** Keep only some transactions (e.g. one segment), same item coding. */
export function takeBaskets(b: Baskets, idx: ArrayLike<number>): Baskets {
  let total = 0
  for (let k = 0; k < idx.length; k++) total += b.offsets[idx[k] + 1] - b.offsets[idx[k]]
  const offsets = new Int32Array(idx.length + 1)
  const codes = new Int32Array(total)
  let p = 0
  for (let k = 0; k < idx.length; k++) {
    const t = idx[k]
    codes.set(b.codes.subarray(b.offsets[t], b.offsets[t + 1]), p)
    p += b.offsets[t + 1] - b.offsets[t]
    offsets[k + 1] = p
  }
  return { items: b.items, offsets, codes, ids: b.ids ? Array.from(idx, (t) => (b.ids as string[])[t]) : undefined, warnings: [] }
}

/** Summary the UI shows before mining. */
export interface BasketSummary {
  transactions: number
  items: number
  emptyTransactions: number
  meanSize: number
  maxSize: number
  /** most frequent items: label and count */
  topItems: { item: string; count: number; support: number }[]
}

export function summarizeBaskets(b: Baskets, top = 10): BasketSummary {
  const n = nTransactions(b)
  let empty = 0
  let max = 0
  for (let t = 0; t < n; t++) {
    const s = b.offsets[t + 1] - b.offsets[t]
    if (s === 0) empty++
    if (s > max) max = s
  }
  const cnt = itemCounts(b)
  const order = Array.from(cnt.keys()).sort((a, c) => cnt[c] - cnt[a] || a - c)
  return {
    transactions: n,
    items: b.items.length,
    emptyTransactions: empty,
    meanSize: n ? b.codes.length / n : 0,
    maxSize: max,
    topItems: order.slice(0, top).map((i) => ({ item: b.items[i], count: cnt[i], support: n ? cnt[i] / n : 0 })),
  }
}

/** Merge options over defaults, ignoring keys whose value is undefined (a CLI passes those through). */
export function withDefaults<D extends object, O extends object>(defaults: D, opts: O): D & O {
  const out: Record<string, unknown> = { ...(defaults as Record<string, unknown>) }
  for (const [k, v] of Object.entries(opts)) if (v !== undefined) out[k] = v
  return out as D & O
}
