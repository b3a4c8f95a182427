/**
 * Exact frequent itemsets by Eclat (depth-first, vertical bitsets).
 *
 * Why Eclat: support of a candidate is one AND + popcount over its parent's bitset, with no
 * candidate generation/subset checks (Apriori) and no pointer-heavy tree (FP-growth). Each node's
 * bitset is kept compacted to the words where its parent is non-zero, so deep (sparse) itemsets
 * cost about their tid count, not the database size. Measured: see bench/rules.ts.
 *
 * Semantics (R arules apriori()/eclat() defaults): an itemset is frequent when
 * count / N >= minSupport (inclusive); sizes 1..maxLen (default 10).
 */
import { type RunControl, checkCancel } from '../core/progress'
import { type Baskets, nTransactions, itemCounts, verticalBitsets, popcount32, withDefaults } from './baskets'

export interface ItemsetOptions {
  /** minimum support as a fraction of transactions, inclusive (0 < s <= 1) */
  minSupport: number
  /** maximum itemset size (default 10, as arules) */
  maxLen?: number
  /** abort with ItemsetExplosionError when more itemsets than this would be produced (default 1,000,000) */
  maxItemsets?: number
}

export const defaultItemsetOptions = { maxLen: 10, maxItemsets: 1_000_000 } as const

/**
 * Frequent itemsets, stored as a prefix tree in flat typed arrays (transferable). Node 0 is the
 * empty itemset (count N). Nodes 1..n are the itemsets; node k's items are the path from the root.
 * Along a path, items ascend in `rank` (items by ascending support); children of a node are
 * contiguous and sorted by rank, so any itemset is found by binary search per item.
 */
export interface FrequentItemsets {
  nTransactions: number
  items: string[]
  /** count of every item (all items, frequent or not) */
  itemCount: Int32Array
  minSupport: number
  /** smallest count that is frequent: min c with c / N >= minSupport */
  minCount: number
  maxLen: number
  /** number of frequent itemsets (nodes minus the root) */
  size: number
  /** rank of item code (-1 when infrequent) and its inverse */
  rank: Int32Array
  rankItem: Int32Array
  /** per node (index 0 = root) */
  nodeItem: Int32Array // rank of the last item (-1 at the root)
  nodeParent: Int32Array
  nodeDepth: Int32Array
  nodeCount: Int32Array
  childStart: Int32Array
  childCount: Int32Array
}

export class ItemsetExplosionError extends Error {
  override name = 'ItemsetExplosionError'
  constructor(
    message: string,
    /** a support at which mining stays within the budget (estimated) */
    readonly suggestedSupport: number,
    readonly limit: number,
  ) {
    super(message)
  }
}

/** Smallest integer count c with c / n >= s (the inclusive threshold, computed without rounding trouble). */
export function minCountFor(s: number, n: number): number {
  let c = Math.max(0, Math.ceil(s * n) - 1)
  while (c <= n && c / n < s) c++
  return c
}

/** Growable Int32Array (amortised doubling), to keep big result columns off the JS heap. */
export class IntList {
  a: Int32Array
  n = 0
  constructor(cap = 1024) {
    this.a = new Int32Array(cap)
  }
  push(v: number): void {
    if (this.n === this.a.length) {
      const b = new Int32Array(this.a.length * 2)
      b.set(this.a)
      this.a = b
    }
    this.a[this.n++] = v
  }
  get(i: number): number {
    return this.a[i]
  }
  set(i: number, v: number): void {
    this.a[i] = v
  }
  toArray(): Int32Array {
    return this.a.slice(0, this.n)
  }
}

function validate(b: Baskets, o: ItemsetOptions): void {
  if (!(o.minSupport > 0 && o.minSupport <= 1)) throw new RangeError(`minSupport must be in (0, 1], got ${o.minSupport}`)
  if (o.maxLen !== undefined && !(Number.isInteger(o.maxLen) && o.maxLen >= 1)) throw new RangeError(`maxLen must be an integer >= 1, got ${o.maxLen}`)
  if (o.maxItemsets !== undefined && !(o.maxItemsets >= 1)) throw new RangeError(`maxItemsets must be >= 1, got ${o.maxItemsets}`)
  if (nTransactions(b) === 0) throw new RangeError('There are no transactions to mine (the basket data is empty)')
}

/** Mine all frequent itemsets. Throws ItemsetExplosionError past `maxItemsets`. */
export function mineItemsets(b: Baskets, opts: ItemsetOptions, control: RunControl = {}): FrequentItemsets {
  return mineCore(b, opts, control, true)
}

function mineCore(b: Baskets, opts: ItemsetOptions, control: RunControl, suggest: boolean): FrequentItemsets {
  validate(b, opts)
  const o = withDefaults(defaultItemsetOptions, opts)
  const N = nTransactions(b)
  const minCount = Math.max(1, minCountFor(o.minSupport, N))
  const cnt = itemCounts(b)
  // frequent items by ascending count (ties by code): extensions go towards more frequent items
  const freq = Array.from(cnt.keys()).filter((i) => cnt[i] >= minCount)
  freq.sort((x, y) => cnt[x] - cnt[y] || x - y)
  const rank = new Int32Array(b.items.length).fill(-1)
  freq.forEach((i, r) => (rank[i] = r))
  const rankItem = Int32Array.from(freq)
  const F = freq.length

  const nodeItem = new IntList()
  const nodeParent = new IntList()
  const nodeDepth = new IntList()
  const nodeCount = new IntList()
  const childStart = new IntList()
  const childCount = new IntList()
  const addNode = (item: number, parent: number, depth: number, count: number): number => {
    nodeItem.push(item)
    nodeParent.push(parent)
    nodeDepth.push(depth)
    nodeCount.push(count)
    childStart.push(0)
    childCount.push(0)
    return nodeItem.n - 1
  }
  addNode(-1, -1, 0, N)
  const limit = o.maxItemsets
  const explode = (): never => {
    const s = suggest ? suggestSupport(b, o.minSupport, limit, o.maxLen) : NaN
    throw new ItemsetExplosionError(
      `Mining at support ${o.minSupport} would produce more than ${limit.toLocaleString('en-US')} frequent itemsets; ` +
        `raise the minimum support (try ${s}) or lower the maximum length`,
      s,
      limit,
    )
  }
  if (F > limit) explode()

  // Pairs are counted horizontally first (one pass over the transactions, a triangular array):
  // on sparse data most item pairs are infrequent, and this skips their bitset ANDs entirely.
  const pairTri = F >= 2 && F <= 6000 && o.maxLen >= 2 ? pairCounts(b, rank, F) : null
  const triRow = (i: number): number => (i * (2 * F - i - 1)) / 2 - i - 1
  const bits = verticalBitsets(b, freq)
  const words = bits.length ? (bits[freq[0]]?.length ?? 0) : 0
  // level 1: children of the root, aligned to the full word range
  const allIdx = new Int32Array(words)
  for (let w = 0; w < words; w++) allIdx[w] = w
  childStart.set(0, 1)
  childCount.set(0, F)
  const lvl1: Uint32Array[] = []
  for (let r = 0; r < F; r++) {
    addNode(r, 0, 1, cnt[freq[r]])
    lvl1.push(bits[freq[r]])
  }

  /**
   * Expand the children of one node. `sib` are the bitsets of the node's children (aligned to
   * `idx`, the word indices where the node is non-zero), `first` the node id of the first child.
   */
  const expand = (first: number, k: number, sib: Uint32Array[], depth: number): void => {
    if (depth >= o.maxLen) return
    const m = sib.length ? sib[0].length : 0
    const pos = new Int32Array(m)
    for (let c = 0; c < k - 1; c++) {
      const id = first + c
      const bc = sib[c]
      // positions where this child's bitset is non-zero: its own compacted index
      let mp = 0
      for (let w = 0; w < m; w++) if (bc[w] !== 0) pos[mp++] = w
      const kids: Uint32Array[] = []
      const start = nodeItem.n
      // at depth 1 the child index is the item rank, so the pair count is a direct lookup
      const usePairs = depth === 1 && pairTri !== null
      const rowBase = usePairs ? triRow(c) : 0
      for (let s = c + 1; s < k; s++) {
        const sid = first + s
        if (usePairs && (pairTri as Int32Array)[rowBase + s] < minCount) continue
        const bs = sib[s]
        const out = new Uint32Array(mp)
        let total = 0
        for (let q = 0; q < mp; q++) {
          const w = pos[q]
          const x = bc[w] & bs[w]
          out[q] = x
          if (x !== 0) total += popcount32(x)
        }
        if (total >= minCount) {
          addNode(nodeItem.get(sid), id, depth + 1, total)
          kids.push(out)
        }
      }
      const nk = nodeItem.n - start
      if (nk > 0) {
        if (nodeItem.n - 1 > limit) explode()
        childStart.set(id, start)
        childCount.set(id, nk)
        expand(start, nk, kids, depth + 1)
      }
      if (depth === 1) {
        checkCancel(control.cancel)
        control.onProgress?.((c + 1) / F, `frequent itemsets: ${nodeItem.n - 1}`)
      }
    }
  }
  expand(1, F, lvl1, 1)
  control.onProgress?.(1, `frequent itemsets: ${nodeItem.n - 1}`)
  return {
    nTransactions: N,
    items: b.items,
    itemCount: cnt,
    minSupport: o.minSupport,
    minCount,
    maxLen: o.maxLen,
    size: nodeItem.n - 1,
    rank,
    rankItem,
    nodeItem: nodeItem.toArray(),
    nodeParent: nodeParent.toArray(),
    nodeDepth: nodeDepth.toArray(),
    nodeCount: nodeCount.toArray(),
    childStart: childStart.toArray(),
    childCount: childCount.toArray(),
  }
}

/** Item codes of node k, sorted by item code. */
export function itemsetCodes(fi: FrequentItemsets, k: number): number[] {
  const out: number[] = []
  for (let v = k; v > 0; v = fi.nodeParent[v]) out.push(fi.rankItem[fi.nodeItem[v]])
  return out.sort((a, b) => a - b)
}

/** Node id of the itemset given by item ranks sorted ascending (0 = empty set), or -1 if not frequent. */
export function findByRanks(fi: FrequentItemsets, ranks: ArrayLike<number>, skip = -1): number {
  let v = 0
  for (let j = 0; j < ranks.length; j++) {
    if (j === skip) continue
    const r = ranks[j]
    let lo = fi.childStart[v]
    let hi = lo + fi.childCount[v] - 1
    let found = -1
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1
      const x = fi.nodeItem[mid]
      if (x === r) {
        found = mid
        break
      }
      if (x < r) lo = mid + 1
      else hi = mid - 1
    }
    if (found < 0) return -1
    v = found
  }
  return v
}

/** Count of an itemset given by item codes (N for the empty set), or -1 if it is not frequent. */
export function itemsetCount(fi: FrequentItemsets, codes: ArrayLike<number>): number {
  const ranks: number[] = []
  for (let j = 0; j < codes.length; j++) {
    const r = fi.rank[codes[j]]
    if (r < 0) return -1
    ranks.push(r)
  }
  ranks.sort((a, b) => a - b)
  const v = findByRanks(fi, ranks)
  return v < 0 ? -1 : fi.nodeCount[v]
}

/** Itemsets as plain rows (labels sorted by item code), e.g. for a table or export. */
export interface ItemsetRow {
  items: string[]
  support: number
  count: number
  size: number
}

/** All itemsets sorted by count descending, then size, then labels (the reference files' order is count desc). */
export function itemsetRows(fi: FrequentItemsets): ItemsetRow[] {
  const rows: ItemsetRow[] = []
  for (let k = 1; k <= fi.size; k++) {
    const codes = itemsetCodes(fi, k)
    rows.push({ items: codes.map((c) => fi.items[c]), support: fi.nodeCount[k] / fi.nTransactions, count: fi.nodeCount[k], size: codes.length })
  }
  rows.sort((a, b) => b.count - a.count || a.size - b.size || cmpLabels(a.items, b.items))
  return rows
}

export function cmpLabels(a: string[], b: string[]): number {
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1
  return a.length - b.length
}

/** Number of itemsets of each size (index = size). */
export function itemsetSizeCounts(fi: FrequentItemsets): number[] {
  const out = new Array<number>(fi.maxLen + 1).fill(0)
  for (let k = 1; k <= fi.size; k++) out[fi.nodeDepth[k]]++
  return out
}

export interface ExplosionEstimate {
  minSupport: number
  minCount: number
  frequentItems: number
  frequentPairs: number
  /** rough extrapolation of the total number of frequent itemsets (exact when small) */
  estimatedItemsets: number
  /** whether the estimate exceeds the budget */
  explodes: boolean
  /** a support at which the estimate stays within the budget (== minSupport when it does not explode) */
  suggestedSupport: number
}

/**
 * Fast pre-mining check: count frequent items and pairs exactly (bitset ANDs, bounded work), then
 * run a budgeted Eclat; if the budget is hit, search a support that fits. The UI calls this before
 * mining to warn instead of freezing the tab.
 */
export function estimateItemsets(b: Baskets, minSupport: number, maxItemsets: number = defaultItemsetOptions.maxItemsets, maxLen = 10): ExplosionEstimate {
  validate(b, { minSupport })
  const N = nTransactions(b)
  const minCount = Math.max(1, minCountFor(minSupport, N))
  const { items, pairs } = countItemsPairs(b, minCount)
  let explodes = false
  let estimated = items + pairs
  if (estimated > maxItemsets) explodes = true
  else {
    try {
      estimated = mineCore(b, { minSupport, maxItemsets, maxLen }, {}, false).size
    } catch (e) {
      if (!(e instanceof ItemsetExplosionError)) throw e
      explodes = true
    }
  }
  return {
    minSupport,
    minCount,
    frequentItems: items,
    frequentPairs: pairs,
    estimatedItemsets: explodes ? Math.max(estimated, maxItemsets + 1) : estimated,
    explodes,
    suggestedSupport: explodes ? suggestSupport(b, minSupport, maxItemsets, maxLen) : minSupport,
  }
}

/** Co-occurrence counts of frequent items (by rank), triangular: pair (i<j) at i(2F-i-1)/2 + j-i-1. */
function pairCounts(b: Baskets, rank: Int32Array, F: number): Int32Array {
  const tri = new Int32Array((F * (F - 1)) / 2)
  const n = nTransactions(b)
  const tmp = new Int32Array(b.items.length)
  for (let t = 0; t < n; t++) {
    let m = 0
    for (let k = b.offsets[t]; k < b.offsets[t + 1]; k++) {
      const r = rank[b.codes[k]]
      if (r >= 0) tmp[m++] = r
    }
    const s = tmp.subarray(0, m).sort()
    for (let x = 0; x < m - 1; x++) {
      const i = s[x]
      const base = (i * (2 * F - i - 1)) / 2 - i - 1
      for (let y = x + 1; y < m; y++) tri[base + s[y]]++
    }
  }
  return tri
}

function countItemsPairs(b: Baskets, minCount: number): { items: number; pairs: number } {
  const cnt = itemCounts(b)
  const freq = Array.from(cnt.keys()).filter((i) => cnt[i] >= minCount)
  // pair counts by co-occurrence over transactions (only frequent items), in a triangular array
  const F = freq.length
  if (F > 20000) return { items: F, pairs: (F * (F - 1)) / 2 }
  const pos = new Int32Array(b.items.length).fill(-1)
  freq.forEach((i, k) => (pos[i] = k))
  const tri = new Int32Array((F * (F - 1)) / 2)
  const n = nTransactions(b)
  const row = (i: number): number => (i * (2 * F - i - 1)) / 2
  const tmp = new Int32Array(b.items.length)
  for (let t = 0; t < n; t++) {
    let m = 0
    for (let k = b.offsets[t]; k < b.offsets[t + 1]; k++) {
      const p = pos[b.codes[k]]
      if (p >= 0) tmp[m++] = p
    }
    const s = tmp.subarray(0, m).sort()
    for (let x = 0; x < m; x++) {
      const base = row(s[x]) - s[x] - 1
      for (let y = x + 1; y < m; y++) tri[base + s[y]]++
    }
  }
  let pairs = 0
  for (let k = 0; k < tri.length; k++) if (tri[k] >= minCount) pairs++
  return { items: F, pairs }
}

/**
 * The smallest support (on a coarse grid above `from`) whose Eclat stays within `limit`
 * itemsets: doubling then bisection, each probe a budgeted run (so each costs at most the budget).
 */
export function suggestSupport(b: Baskets, from: number, limit: number, maxLen = 10): number {
  const fits = (s: number): boolean => {
    try {
      mineCore(b, { minSupport: s, maxItemsets: limit, maxLen }, {}, false)
      return true
    } catch (e) {
      if (e instanceof ItemsetExplosionError) return false
      throw e
    }
  }
  let lo = from
  let hi = Math.min(1, from * 2)
  let probes = 0
  while (!fits(hi) && hi < 1 && probes++ < 20) {
    lo = hi
    hi = Math.min(1, hi * 2)
  }
  for (let i = 0; i < 6; i++) {
    const mid = (lo + hi) / 2
    if (fits(mid)) hi = mid
    else lo = mid
  }
  return roundUpNice(hi)
}

/** Round up to 2 significant digits (0.0123 -> 0.013). */
function roundUpNice(x: number): number {
  if (x >= 1) return 1
  const e = Math.floor(Math.log10(x)) - 1
  const f = Math.pow(10, e)
  return Number((Math.ceil(x / f - 1e-9) * f).toPrecision(2))
}
