import { msg, num } from '@/ml/core/message'
import { runOnDataset, runMl, ensureTable } from './ml'
import { mlWorker } from './engine'
import type { SegmentArgs } from '../../workers/ml/patterns'
import type { BasketSummary } from '@/ml/rules/baskets'
import type { ExplosionEstimate } from '@/ml/rules/itemsets'
import type { RuleMetric, RuleRow } from '@/ml/rules/rules'
import type { RuleGraph, RuleScatter } from '@/ml/rules/explore'
import type { PlacedNode } from '@/ml/rules/graphLayout'
import type { SegmentRuleRow } from '@/ml/rules/segment'
import type { SequenceMetric, SequenceRuleRow, LagHistogram } from '@/ml/rules/sequences'
import type { HoldoutResult, Recommendation } from '@/ml/rules/recommend'

/** Typed calls to the ml worker's "patterns." methods (workers/ml/patterns.ts). Rules stay in the worker. */

const plain = <T>(x: T): T => (x === undefined ? x : (JSON.parse(JSON.stringify(x)) as T))

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
  runOnDataset<MineResponse>(msg('job.patterns.mine', { support: num(req.minSupport, 4) }), 'patterns.mine', datasetId, plain(req) as unknown as Record<string, unknown>)

export const rulePage = (resultId: string, view: RuleView, page: number, pageSize: number): Promise<RulePageResponse> =>
  mlWorker.call<RulePageResponse>('patterns.page', { resultId, ...plain(view), page, pageSize }).promise

export const rulesCsv = (resultId: string, view: RuleView): Promise<{ csv: string }> =>
  mlWorker.call<{ csv: string }>('patterns.csv', { resultId, ...plain(view) }).promise

/** Graph nodes come with final positions, fitted to a box of width/height `aspect`. */
export type PlacedGraph = Omit<RuleGraph, 'nodes'> & { nodes: PlacedNode[] }
export const ruleCharts = (resultId: string, view: RuleView, top = 30, aspect = 1.8): Promise<{ scatter: RuleScatter; graph: PlacedGraph }> =>
  mlWorker.call<{ scatter: RuleScatter; graph: PlacedGraph }>('patterns.charts', { resultId, ...plain(view), top, aspect }).promise

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
  if (req.segmentDatasetId) await ensureTable(req.segmentDatasetId)
  return runMl<SegmentResponse>(msg('job.patterns.segment', { column: req.column, value: String(req.value) }), 'patterns.segment', { resultId, ...plain(req) })
}

export interface HistoryColumns { customer: string; invoice: string; date: string; item: string; clean?: LogClean }

export interface SequencesResponse { resultId: string; customers: number; items: number; rules: number; windowDays: number; missingDateRows: number; warnings: string[]; seconds: number }
export const sequences = (datasetId: string, cols: HistoryColumns, windowDays: number, minSupport: number, minConfidence: number): Promise<SequencesResponse> =>
  runOnDataset<SequencesResponse>(msg('job.patterns.sequences', { n: windowDays }), 'patterns.sequences', datasetId, { ...plain(cols), windowDays, minSupport, minConfidence })

export type IndexedSequence = SequenceRuleRow & { index: number }
export const sequencePage = (resultId: string, sort: SequenceMetric, page: number, pageSize: number): Promise<{ page: number; pages: number; total: number; rows: IndexedSequence[] }> =>
  mlWorker.call<{ page: number; pages: number; total: number; rows: IndexedSequence[] }>('patterns.seqPage', { resultId, sort, page, pageSize }).promise

export const sequencesCsv = (resultId: string, sort: SequenceMetric): Promise<{ csv: string }> => mlWorker.call<{ csv: string }>('patterns.seqCsv', { resultId, sort }).promise

export const lag = (resultId: string, a: string, b: string): Promise<LagHistogram> => mlWorker.call<LagHistogram>('patterns.lag', { resultId, a, b }).promise

export type RecMethod = 'itemknn' | 'als'
export interface FitResponse { resultId: string; customers: number; items: number; method: RecMethod; seconds: number }
export const fitRecommender = (datasetId: string, cols: HistoryColumns, method: RecMethod): Promise<FitResponse> =>
  runOnDataset<FitResponse>(msg(method === 'als' ? 'job.patterns.als' : 'job.patterns.itemItem'), 'patterns.recommendFit', datasetId, { ...plain(cols), method })

export const findCustomers = (resultId: string, query: string, limit = 20): Promise<{ id: string; baskets: number }[]> =>
  mlWorker.call<{ id: string; baskets: number }[]>('patterns.customers', { resultId, query, limit }).promise

export interface RecommendResponse { customer: string; method: string; bought: { item: string; baskets: number }[]; boughtCount: number; items: Recommendation[] }
export const recommend = (resultId: string, customer: string, n = 10): Promise<RecommendResponse> =>
  mlWorker.call<RecommendResponse>('patterns.recommend', { resultId, customer, n }).promise

export const evaluate = (resultId: string, method: RecMethod, n = 10): Promise<HoldoutResult> =>
  runMl<HoldoutResult>(msg(method === 'als' ? 'job.patterns.evaluateAls' : 'job.patterns.evaluateItemItem'), 'patterns.evaluate', { resultId, method, n })

