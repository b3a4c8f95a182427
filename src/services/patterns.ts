import { msg, num } from '@/ml/core/message'
import { onDatasets, plain } from './ml'
import { ml } from './engine'
import { tracked } from './jobs'
import type { SegmentArgs } from '@/engine/patterns'
import type { BasketSummary } from '@/ml/rules/baskets'
import type { ExplosionEstimate } from '@/ml/rules/itemsets'
import type { RuleMetric, RuleRow } from '@/ml/rules/rules'
import type { RuleGraph, RuleScatter } from '@/ml/rules/explore'
import type { PlacedNode } from '@/ml/rules/graphLayout'
import type { SegmentRuleRow } from '@/ml/rules/segment'
import type { SequenceMetric, SequenceRuleRow, LagHistogram } from '@/ml/rules/sequences'
import type { HoldoutResult, Recommendation } from '@/ml/rules/recommend'

/** Typed calls to the ml worker's "patterns." methods (src/engine/patterns.ts, dispatched by workers/ml/patterns.ts). Rules stay in the worker. */

export interface LogClean { invoice?: string; cancelPrefix?: string; quantity?: string; price?: string }
export interface LogSource { basket: string; item: string; clean?: LogClean }

export interface MineRequest { source: LogSource; minSupport: number; minConfidence: number; minLift: number; maxLen: number }

interface MineCommon { summary: BasketSummary; removed: Record<string, number> | null; warnings: string[] }
export type MineResponse =
  | (MineCommon & { status: 'ok'; resultId: string; itemsets: number; sizeCounts: number[]; rules: number; seconds: { itemsets: number; rules: number; total: number } })
  | (MineCommon & { status: 'explodes'; estimate: ExplosionEstimate; limit: number })

export interface RuleView { sort: RuleMetric; descending: boolean; text: string; side: 'either' | 'lhs' | 'rhs'; prune: boolean }
export type IndexedRule = RuleRow & { index: number }
export interface RulePageResponse { page: number; pageSize: number; total: number; pages: number; rows: IndexedRule[]; all: number }

export const mine = (datasetId: string, req: MineRequest): Promise<MineResponse> =>
  onDatasets(msg('job.patterns.mine', { support: num(req.minSupport, 4) }), [datasetId], (onProgress) => ml.patterns.mine({ datasetId, ...plain(req) }, { onProgress }), { backend: false })

export const rulePage = (resultId: string, view: RuleView, page: number, pageSize: number): Promise<RulePageResponse> =>
  ml.patterns.page({ resultId, ...plain(view), page, pageSize }).promise

export const rulesCsv = (resultId: string, view: RuleView): Promise<{ csv: string }> =>
  ml.patterns.csv({ resultId, ...plain(view) }).promise

/** Graph nodes come with final positions, fitted to a box of width/height `aspect`. */
export type PlacedGraph = Omit<RuleGraph, 'nodes'> & { nodes: PlacedNode[] }
export const ruleCharts = (resultId: string, view: RuleView, top = 30, aspect = 1.8): Promise<{ scatter: RuleScatter; graph: PlacedGraph }> =>
  ml.patterns.charts({ resultId, ...plain(view), top, aspect }).promise

/** the worker's segment arguments, less the mining result the service fills in */
export type SegmentRequest = Omit<SegmentArgs, 'resultId'>
export interface SegmentOk {
  status: 'ok'
  segmentTransactions: number
  restTransactions: number
  rules: number
  itemsets: number
  distinguishing: number
  top: SegmentRuleRow[]
  inside: RuleRow[]
  warnings: string[]
}
/** Refused before mining: the segment alone would produce more than `limit` frequent itemsets. */
export interface SegmentExplodes {
  status: 'explodes'
  column: string
  value: string
  segmentTransactions: number
  estimate: ExplosionEstimate
  limit: number
  /** the same in English (worker text), for logs */
  message: string
  warnings: string[]
}
export type SegmentResponse = SegmentOk | SegmentExplodes

export async function segmentRules(resultId: string, req: SegmentRequest): Promise<SegmentResponse> {
  return onDatasets(msg('job.patterns.segment', { column: req.column, value: String(req.value) }), [req.segmentDatasetId], (onProgress) => ml.patterns.segment({ resultId, ...plain(req) }, { onProgress }), { backend: false })
}

export interface HistoryColumns { customer: string; invoice: string; date: string; item: string; clean?: LogClean }

export interface SequencesResponse { resultId: string; customers: number; items: number; rules: number; windowDays: number; missingDateRows: number; warnings: string[]; seconds: number }
export const sequences = (datasetId: string, cols: HistoryColumns, windowDays: number, minSupport: number, minConfidence: number): Promise<SequencesResponse> =>
  onDatasets(msg('job.patterns.sequences', { n: windowDays }), [datasetId], (onProgress) => ml.patterns.sequences({ datasetId, ...plain(cols), windowDays, minSupport, minConfidence }, { onProgress }), { backend: false })

export type IndexedSequence = SequenceRuleRow & { index: number }
export const sequencePage = (resultId: string, sort: SequenceMetric, page: number, pageSize: number): Promise<{ page: number; pages: number; total: number; rows: IndexedSequence[] }> =>
  ml.patterns.seqPage({ resultId, sort, page, pageSize }).promise

export const sequencesCsv = (resultId: string, sort: SequenceMetric): Promise<{ csv: string }> => ml.patterns.seqCsv({ resultId, sort }).promise

export const lag = (resultId: string, a: string, b: string): Promise<LagHistogram> => ml.patterns.lag({ resultId, a, b }).promise

export type RecMethod = 'itemknn' | 'als'
export interface FitResponse { resultId: string; customers: number; items: number; method: RecMethod; seconds: number }
export const fitRecommender = (datasetId: string, cols: HistoryColumns, method: RecMethod): Promise<FitResponse> =>
  onDatasets(msg(method === 'als' ? 'job.patterns.als' : 'job.patterns.itemItem'), [datasetId], (onProgress) => ml.patterns.recommendFit({ datasetId, ...plain(cols), method }, { onProgress }), { backend: false })

export const findCustomers = (resultId: string, query: string, limit = 20): Promise<{ id: string; baskets: number }[]> =>
  ml.patterns.customers({ resultId, query, limit }).promise

export interface RecommendResponse { customer: string; method: string; bought: { item: string; baskets: number }[]; boughtCount: number; items: Recommendation[] }
export const recommend = (resultId: string, customer: string, n = 10): Promise<RecommendResponse> =>
  ml.patterns.recommend({ resultId, customer, n }).promise

/** Every customer's top-N recommendations as one CSV, as a job with progress and Cancel. */
export const recommendAll = (resultId: string, n: number): Promise<{ csv: string; customers: number; rows: number }> =>
  tracked(msg('job.patterns.recommendAll'), (onProgress) => ml.patterns.recommendAll({ resultId, n }, { onProgress }))

export const evaluate = (resultId: string, method: RecMethod, n = 10): Promise<HoldoutResult> =>
  tracked(msg(method === 'als' ? 'job.patterns.evaluateAls' : 'job.patterns.evaluateItemItem'), (onProgress) => ml.patterns.evaluate({ resultId, method, n }, { onProgress }))

