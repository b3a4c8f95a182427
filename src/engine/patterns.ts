import type { Table } from '../data/table'
import { MessageError } from '../ml/core/message'
import { getColumn, cellString, stringColumn } from '../data/table'
import { subProgress } from '../ml/core/progress'
import type { Baskets } from '../ml/rules/baskets'
import { basketsFromTable, summarizeBaskets, nTransactions } from '../ml/rules/baskets'
import { cleanTransactionLog } from '../ml/rules/clean'
import { estimateItemsets, itemsetSizeCounts, ItemsetExplosionError } from '../ml/rules/itemsets'
import type { RuleSet, RuleMetric } from '../ml/rules/rules'
import { apriori, ruleCount, ruleRow, takeRules, RuleExplosionError } from '../ml/rules/rules'
import { filterRuleIndex, sortRuleIndex, redundantMask, paginateRules, rulesToCsv, ruleScatter, ruleGraph } from '../ml/rules/explore'
import { segmentMask, segmentContrast, SegmentExplosionError } from '../ml/rules/segment'
import { layoutRuleGraph } from '../ml/rules/graphLayout'
import type { CustomerHistories } from '../ml/rules/history'
import { buildHistories } from '../ml/rules/history'
import type { SequenceMetric, SequenceRules } from '../ml/rules/sequences'
import { mineSequences, sortSequenceIndex, sequenceRow, lagHistogram, sequencesToCsv } from '../ml/rules/sequences'
import type { Interactions, RecommenderModel } from '../ml/rules/recommend'
import { interactionsFromHistories, fitItemKnn, fitAls, recommendFor, evaluateHoldout, recommendationsCsv } from '../ml/rules/recommend'
import { normaliseId } from '../ml/segmentation/transactions'
import { newResultId, type ResultCache } from './cache'
import type { EngineContext } from './types'
import type { ColumnSchema } from '../data/table'

/**
 * The Patterns area's engine: association rules (mined, paged, filtered, charted, contrasted per
 * segment), sequential rules and recommenders on customers' purchase histories. Pure: the tables
 * and the result cache are handed in, so the ml worker (a dispatcher over it), Node tests and the
 * CLI drive the same code. Mined rule sets, histories and recommenders stay in the result cache by
 * result id (durable: they survive reloads); callers ask for pages of rows and chart arrays, so the
 * page never holds 100k rule objects.
 */
export interface PatternsDeps {
  /** a dataset's columns and schema, by id */
  tables: (id: string) => { table: Table; schema: ColumnSchema[] }
  results: ResultCache
}

type Ctx = EngineContext

export interface LogSource {
  basket: string
  item: string
  /** optional log cleaning before mining */
  clean?: { invoice?: string; cancelPrefix?: string; quantity?: string; price?: string }
}

interface RuleState {
  datasetId: string
  table: Table
  source: LogSource
  baskets: Baskets
  rules: RuleSet
  redundant: Uint8Array | null
  /** cached view order for the last (sort, filter, prune) key */
  viewKey: string
  view: Int32Array | null
}

interface HistoryState {
  id: string
  key: string
  h: CustomerHistories
  /** rows the log cleaning removed, by reason (null: not cleaned) */
  removed?: Record<string, number> | null
  seq: SequenceRules | null
  seqOrder: Int32Array | null
  seqSort: string
  x: Interactions | null
  model: RecommenderModel | null
  method: string
}

export interface MineArgs {
  datasetId: string
  source: LogSource
  minSupport: number
  minConfidence: number
  minLift: number
  maxLen: number
  /** itemset budget for the explosion guard */
  maxItemsets?: number
}

export interface ViewArgs {
  resultId: string
  sort: RuleMetric
  descending: boolean
  /** substring (case-insensitive) of an item label; '' = all */
  text: string
  side: 'either' | 'lhs' | 'rhs'
  prune: boolean
}

function viewOrder(s: RuleState, v: ViewArgs): Int32Array {
  const key = JSON.stringify([v.sort, v.descending, v.text, v.side, v.prune])
  if (s.view && s.viewKey === key) return s.view
  const r = s.rules
  let idx: Int32Array
  const q = v.text.trim().toLowerCase()
  if (q) {
    const labels = r.items.filter((x) => x.toLowerCase().includes(q))
    if (!labels.length) idx = new Int32Array(0)
    else idx = filterRuleIndex(r, v.side === 'lhs' ? { lhsAny: labels } : v.side === 'rhs' ? { rhsAny: labels } : { itemsAny: labels })
  } else idx = Int32Array.from({ length: ruleCount(r) }, (_, k) => k)
  if (v.prune) {
    s.redundant ??= redundantMask(r)
    idx = idx.filter((k) => !s.redundant![k])
  }
  // sort the subset, then map back to rule indices
  const sub = takeRules(r, idx)
  const order = sortRuleIndex(sub, v.sort, v.descending)
  const out = new Int32Array(order.length)
  for (let q2 = 0; q2 < order.length; q2++) out[q2] = idx[order[q2]]
  s.viewKey = key
  s.view = out
  return out
}

export interface SegmentArgs {
  resultId: string
  /** segment column: in the mined table, or in another dataset joined on the customer id */
  column: string
  value: string
  segmentDatasetId?: string
  /** key column in the segment dataset and the customer column in the transaction table */
  segmentKey?: string
  customerColumn?: string
  minSupport: number
  minConfidence: number
  maxLen: number
  minGrowth: number
  /** itemset budget for the explosion guard inside the segment (default 500,000, as whole-table mining) */
  maxItemsets?: number
}

export interface HistoryArgs {
  datasetId: string
  customer: string
  invoice: string
  date: string
  item: string
  clean?: LogSource['clean']
}

const idOf = (s: HistoryState): string => s.id

/** ALS settings a caller may give (the page: factors; the CLI: all three); the rest keep their defaults. */
export interface AlsArgs {
  factors?: number
  iterations?: number
  seed?: number
}

function alsOptions(a: AlsArgs): AlsArgs | undefined {
  const o = Object.fromEntries(Object.entries({ factors: a.factors, iterations: a.iterations, seed: a.seed }).filter(([, v]) => v !== undefined))
  return Object.keys(o).length ? o : undefined
}

function seqOrder(s: HistoryState, sort: SequenceMetric): Int32Array {
  if (!s.seq) throw new MessageError('engine.sequencesFirst')
  if (!s.seqOrder || s.seqSort !== sort) {
    s.seqOrder = sortSequenceIndex(s.seq, sort)
    s.seqSort = sort
  }
  return s.seqOrder
}

export function patternsEngine(deps: PatternsDeps) {
  /** purchase histories already built, by their settings (to reuse them for sequences and recommenders) */
  const histByKey = new Map<string, string>()

  function ruleState(id: string): Promise<RuleState> {
    return deps.results.get<RuleState>('rules', id, 'These rules were deleted: mine them again.')
  }

  function histState(id: string): Promise<HistoryState> {
    return deps.results.get<HistoryState>('histories', id, 'These purchase histories were deleted: run again.')
  }

  /** (Re)store a history state after a change: sequences and recommenders survive a reload too. */
  function keepHist(s: HistoryState): void {
    deps.results.set('histories', s.id, s, { durable: true })
  }

  function cleaned(datasetId: string, source: LogSource): { table: Table; removed: Record<string, number> | null } {
    const { table } = deps.tables(datasetId)
    const c = source.clean
    if (!c || !(c.invoice || c.quantity || c.price)) return { table, removed: null }
    const r = cleanTransactionLog(table, { invoice: c.invoice || undefined, cancelPrefix: c.cancelPrefix ?? 'C', quantity: c.quantity || undefined, price: c.price || undefined })
    return { table: r.table, removed: r.removed }
  }

  async function mine(args: MineArgs, ctx: Ctx) {
    if (!(args.minSupport > 0 && args.minSupport <= 1)) throw new RangeError(`Minimum support must be between 0 and 1 (a share of baskets), got ${args.minSupport}`)
    if (!(args.minConfidence >= 0 && args.minConfidence <= 1)) throw new RangeError(`Minimum confidence must be between 0 and 1, got ${args.minConfidence}`)
    if (!(Number.isInteger(args.maxLen) && args.maxLen >= 1)) throw new RangeError(`Maximum length must be a whole number ≥ 1, got ${args.maxLen}`)
    const t0 = performance.now()
    ctx.onProgress(0.02, 'baskets')
    const { table, removed } = cleaned(args.datasetId, args.source)
    const b = basketsFromTable(table, args.source.basket, args.source.item)
    const summary = summarizeBaskets(b, 10)
    if (nTransactions(b) === 0) throw new RangeError('No baskets: check the basket and item columns')
    const limit = args.maxItemsets ?? 500_000
    ctx.onProgress(0.08, 'checking the itemset count')
    const est = estimateItemsets(b, args.minSupport, limit, args.maxLen)
    if (est.explodes) {
      return { status: 'explodes' as const, summary, removed, warnings: b.warnings, estimate: est, limit }
    }
    let r
    try {
      r = apriori(b, { minSupport: args.minSupport, minConfidence: args.minConfidence, minLift: args.minLift, maxLen: args.maxLen, maxItemsets: limit }, { cancel: ctx.cancel, onProgress: subProgress(ctx.onProgress, 0.1, 1) })
    } catch (e) {
      if (e instanceof ItemsetExplosionError) return { status: 'explodes' as const, summary, removed, warnings: b.warnings, estimate: { ...est, explodes: true, suggestedSupport: e.suggestedSupport }, limit }
      if (e instanceof RuleExplosionError) throw new RangeError(e.message)
      throw e
    }
    const id = deps.results.set('rules', newResultId('rules'), { datasetId: args.datasetId, table, source: args.source, baskets: b, rules: r.rules, redundant: null, viewKey: '', view: null }, { durable: true })
    return {
      status: 'ok' as const,
      resultId: id,
      summary,
      removed,
      warnings: b.warnings,
      itemsets: r.itemsets.size,
      sizeCounts: itemsetSizeCounts(r.itemsets),
      rules: ruleCount(r.rules),
      seconds: { itemsets: r.timing.itemsets, rules: r.timing.rules, total: (performance.now() - t0) / 1000 },
    }
  }

  async function page(args: ViewArgs & { page: number; pageSize: number }) {
    const s = await ruleState(args.resultId)
    const order = viewOrder(s, args)
    const p = paginateRules(s.rules, args.page, args.pageSize, order)
    return { ...p, rows: p.rows.map((row, i) => ({ ...row, index: order[p.page * p.pageSize + i] })), all: ruleCount(s.rules) }
  }

  async function csv(args: ViewArgs) {
    const s = await ruleState(args.resultId)
    return { csv: rulesToCsv(s.rules, viewOrder(s, args)) }
  }

  async function charts(args: ViewArgs & { top: number; aspect?: number }) {
    const s = await ruleState(args.resultId)
    const order = viewOrder(s, args)
    const sub = takeRules(s.rules, order)
    const sc = ruleScatter(sub, 5000)
    const g = ruleGraph(sub, args.top, 'lift')
    // graph rule nodes get their rule text for tooltips
    const nodes = g.nodes.map((n) => {
      if (n.kind !== 'rule' || n.rule === undefined) return n
      const row = ruleRow(sub, n.rule)
      return { ...n, name: `{${row.lhs.join(', ')}} → ${row.rhs[0]}` }
    })
    // final positions fitted to the chart's box (the chart draws them as they are: layout 'none')
    return { scatter: { ...sc, index: Int32Array.from(sc.index, (k) => order[k]) }, graph: layoutRuleGraph({ ...g, nodes }, { aspect: args.aspect ?? 1.8 }) }
  }

  async function segmentRules(args: SegmentArgs, ctx: Ctx) {
    const s = await ruleState(args.resultId)
    let table = s.table
    let column = args.column
    if (args.segmentDatasetId && args.segmentDatasetId !== s.datasetId) {
      if (!args.segmentKey || !args.customerColumn) throw new RangeError('Choose the customer id column in both datasets to bring the segment over')
      const seg = deps.tables(args.segmentDatasetId).table
      const keyCol = getColumn(seg, args.segmentKey)
      const valCol = getColumn(seg, args.column)
      const byId = new Map<string, string>()
      for (let i = 0; i < seg.nRows; i++) {
        const v = cellString(valCol, i)
        if (v !== '') byId.set(normaliseId(cellString(keyCol, i)), v)
      }
      const cust = getColumn(table, args.customerColumn)
      const vals: (string | null)[] = new Array(table.nRows)
      let matched = 0
      for (let i = 0; i < table.nRows; i++) {
        const v = byId.get(normaliseId(cellString(cust, i))) ?? null
        if (v !== null) matched++
        vals[i] = v
      }
      if (!matched) throw new RangeError(`No customer in "${args.customerColumn}" matches "${args.segmentKey}" of the segment dataset`)
      column = '__segment__'
      table = { name: table.name, nRows: table.nRows, columns: [...table.columns, stringColumn(column, vals)] }
    }
    const { mask, warnings } = segmentMask(table, s.baskets, s.source.basket, column, args.value)
    const limit = args.maxItemsets ?? 500_000
    let c
    try {
      c = segmentContrast(s.baskets, mask, { minSupport: args.minSupport, minConfidence: args.minConfidence, maxLen: args.maxLen, minGrowth: args.minGrowth, top: 25, maxItemsets: limit, segmentLabel: `${args.column} = "${args.value}"` }, { cancel: ctx.cancel, onProgress: ctx.onProgress })
    } catch (e) {
      // refused before mining: the page explains it (in the UI language) and offers the suggested support
      if (e instanceof SegmentExplosionError) {
        return { status: 'explodes' as const, column: args.column, value: args.value, segmentTransactions: e.segmentTransactions, estimate: e.estimate, limit: e.limit, message: e.message, warnings }
      }
      throw e
    }
    const inside = sortRuleIndex(c.rules, 'lift').subarray(0, 25)
    const fin = (x: number | null): number | null => (x === null || !Number.isFinite(x) ? null : x)
    return {
      status: 'ok' as const,
      segmentTransactions: c.segmentTransactions,
      restTransactions: c.restTransactions,
      rules: ruleCount(c.rules),
      itemsets: c.itemsets,
      distinguishing: c.distinguishing.length,
      top: c.top.map((r) => ({ ...r, growth: fin(r.growth) })),
      inside: Array.from(inside, (k) => ruleRow(c.rules, k)),
      warnings,
    }
  }

  function histories(args: HistoryArgs): HistoryState {
    const key = JSON.stringify([args.datasetId, args.customer, args.invoice, args.date, args.item, args.clean ?? null])
    const known = histByKey.get(key)
    const held = known ? deps.results.peek<HistoryState>('histories', known) : undefined
    if (held) return held
    const { table, removed } = cleaned(args.datasetId, { basket: args.invoice, item: args.item, clean: args.clean })
    const h = buildHistories(table, { customer: args.customer, invoice: args.invoice, date: args.date, item: args.item })
    const s: HistoryState = { id: newResultId('hist'), key, h, removed, seq: null, seqOrder: null, seqSort: '', x: null, model: null, method: '' }
    histByKey.set(key, s.id)
    deps.results.set('histories', s.id, s)
    return s
  }

  async function sequences(args: HistoryArgs & { windowDays: number; minSupport: number; minConfidence: number }, ctx: Ctx) {
    const t0 = performance.now()
    ctx.onProgress(0.05, 'purchase histories')
    const s = histories(args)
    s.seq = mineSequences(s.h, { windowDays: args.windowDays, minSupport: args.minSupport, minConfidence: args.minConfidence }, { cancel: ctx.cancel, onProgress: subProgress(ctx.onProgress, 0.1, 1) })
    s.seqOrder = null
    keepHist(s)
    return { resultId: idOf(s), customers: s.seq.customers, items: s.h.items.length, rules: s.seq.a.length, windowDays: args.windowDays, missingDateRows: s.h.missingDateRows, warnings: s.h.warnings, seconds: (performance.now() - t0) / 1000 }
  }

  async function seqPage(args: { resultId: string; sort: SequenceMetric; page: number; pageSize: number }) {
    const s = await histState(args.resultId)
    const order = seqOrder(s, args.sort)
    const pages = Math.max(1, Math.ceil(order.length / args.pageSize))
    const p = Math.min(Math.max(0, args.page), pages - 1)
    const rows = Array.from(order.subarray(p * args.pageSize, (p + 1) * args.pageSize), (k) => ({ ...sequenceRow(s.seq!, k), index: k }))
    return { page: p, pages, total: order.length, rows }
  }

  async function seqCsv(args: { resultId: string; sort: SequenceMetric }) {
    const s = await histState(args.resultId)
    return { csv: sequencesToCsv(s.seq!, seqOrder(s, args.sort)) }
  }

  async function lag(args: { resultId: string; a: string; b: string }) {
    const s = await histState(args.resultId)
    return lagHistogram(s.h, args.a, args.b, { windowDays: s.seq?.windowDays ?? 365 })
  }

  /** Customers' purchase histories (built once per settings, then reused by sequences and recommenders). */
  function prepare(args: HistoryArgs) {
    const s = histories(args)
    return { resultId: idOf(s), customers: s.h.customers.length, items: s.h.items.length, missingDateRows: s.h.missingDateRows, removed: s.removed ?? null, warnings: s.h.warnings }
  }

  async function recommendFit(args: HistoryArgs & { method: 'itemknn' | 'als' } & AlsArgs, ctx: Ctx) {
    const t0 = performance.now()
    ctx.onProgress(0.05, 'purchase histories')
    const s = histories(args)
    s.x ??= interactionsFromHistories(s.h)
    const sub = { cancel: ctx.cancel, onProgress: subProgress(ctx.onProgress, 0.1, 1) }
    s.model = args.method === 'als' ? fitAls(s.x, alsOptions(args) ?? {}, sub) : fitItemKnn(s.x, {}, sub)
    s.method = args.method
    keepHist(s)
    return { resultId: idOf(s), customers: s.h.customers.length, items: s.h.items.length, method: args.method, seconds: (performance.now() - t0) / 1000 }
  }

  async function customers(args: { resultId: string; query: string; limit: number }) {
    const s = await histState(args.resultId)
    const q = args.query.trim().toLowerCase()
    const out: { id: string; baskets: number }[] = []
    const c = s.h.customers
    for (let u = 0; u < c.length && out.length < args.limit; u++) {
      if (!q || c[u].toLowerCase().includes(q)) out.push({ id: c[u], baskets: s.h.custOffsets[u + 1] - s.h.custOffsets[u] })
    }
    return out
  }

  async function recommend(args: { resultId: string; customer: string; n: number }) {
    const s = await histState(args.resultId)
    if (!s.model || !s.x) throw new MessageError('engine.recommenderFirst')
    const u = s.h.customers.indexOf(args.customer)
    if (u < 0) throw new RangeError(`Customer "${args.customer}" has no dated purchases`)
    const x = s.x
    const bought: { item: string; baskets: number }[] = []
    for (let p = x.offsets[u]; p < x.offsets[u + 1]; p++) bought.push({ item: x.items[x.item[p]], baskets: x.value[p] })
    bought.sort((a, b) => b.baskets - a.baskets || (a.item < b.item ? -1 : 1))
    return { customer: args.customer, method: s.method, bought: bought.slice(0, 15), boughtCount: bought.length, items: recommendFor(s.model, x, u, args.n) }
  }

  /** Every customer's top-N recommendations as one CSV (the list a campaign imports). */
  async function recommendAll(args: { resultId: string; n: number }, ctx: Ctx) {
    const s = await histState(args.resultId)
    if (!s.model || !s.x) throw new MessageError('engine.recommenderFirst')
    if (!(Number.isInteger(args.n) && args.n >= 1 && args.n <= 100)) throw new MessageError('engine.recommendN', { value: String(args.n) })
    return recommendationsCsv(s.model, s.x, s.h.customers, args.n, { cancel: ctx.cancel, onProgress: ctx.onProgress })
  }

  async function evaluate(args: { resultId: string; method: 'itemknn' | 'als'; n: number } & AlsArgs, ctx: Ctx) {
    const s = await histState(args.resultId)
    return evaluateHoldout(s.h, { method: args.method, n: args.n, als: alsOptions(args) }, { cancel: ctx.cancel, onProgress: ctx.onProgress })
  }

  return {
    mine,
    page,
    csv,
    charts,
    segment: segmentRules,
    sequences,
    seqPage,
    seqCsv,
    lag,
    prepare,
    recommendFit,
    customers,
    recommend,
    recommendAll,
    evaluate,
  }
}

export type PatternsEngine = ReturnType<typeof patternsEngine>
