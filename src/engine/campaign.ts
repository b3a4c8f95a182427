import type { ColumnSchema, Table, Column } from '../data/table'
import { cellString, getColumn, hasColumn, isMissing, numericValues } from '../data/table'
import {
  selectAudience, groupAudience, designABTest, armCsvs, assignmentCsv, planBudget, flagSensitiveAttributes,
  analyzeResults, followUp, buildCampaign, serializeCampaign, parseCampaign, customerIds, suppressionListLabel,
  type AudienceSpec, type AudienceResult, type CreativeGroups, type GroupsSuggestedK, type ABDesign, type Exclusion, type ReviewRecord,
  type ResultColumns, type AbResults, type FollowUpCustomer, type CampaignDocument, type BandDef, type ChannelDef,
  type FunnelStep, type ArmSummary, type SensitiveFlag, type BudgetPlan, type FollowUpResult, type ValuePrediction,
  experimentStats, type ResultsReport, type CupedInput, measuredUpliftByBand, upliftConversionTable, type MeasuredCustomer, type MeasuredUplift, reevaluate, labelledTable, negativeLabel, purchasersWithin, type ReevalCustomer, type Reevaluation,
} from '../ml/campaign'
import type { Label } from '../ml/core/message'
import { serializeModel, type LoadedModel } from '../ml/modelfile'
import { MultiArmUplift, planRollout, evaluateArms, logitUpliftWeights, columnMeans, upliftReasons, SEGMENTS, type SegmentName, type ArmEvaluation, UpliftModel, parseLearnerName, averageTreatmentEffect, qiniAucScore, upliftAtK, upliftAucScore, balance, checkArms, splitByTreatmentOutcome } from '../ml/uplift'
import { rolloutCsv, safeFileName } from '../ml/campaign/export'
import { subProgress } from '../ml/core/progress'
import { Preprocessor } from '../ml/preprocessing/pipeline'
import { MessageError, type Message } from '../ml/stats/messages'
import { msg, MessageError as CodedError } from '../ml/core/message'
import { parseYesNo } from '../data/yesno'
import { stringColumn } from '../data/table'
import { cuped, frequentistTest, isMessage, proportionStat, sequentialTest, srmCheck, vsControl, type FrequentistResult, type SequentialResult } from '../ml/stats/abstats'
import { message } from '../ml/stats/messages'
import type { EngineContext, WireSummary } from './types'

/**
 * The Campaign area's engine (methods "campaign.*"): audience, creative groups, the seeded A/B
 * design and its exports, budget, sensitive attributes, the results analysis with who to contact
 * next, follow-up, re-evaluation and the labelled data for a retrain, and the campaign document
 * (save, load, keep in this browser). Pure: tables, where new datasets go, the model loader and
 * the store of the kept campaign are handed in, so the ml worker (a dispatcher over it), Node tests
 * and the CLI drive the same code.
 *
 * The campaign being built (audience rows, groups, A/B assignment, imported results) lives in the
 * factory's closure, not the result cache: it is one working state per engine, rebuilt from a
 * campaign file rather than from storage, and a cache eviction must never drop it halfway through
 * the steps. Callers receive summaries and chart-ready arrays; nothing returned aliases the kept
 * state (the worker transfers results, which would detach kept typed arrays).
 */
export interface CampaignDeps {
  /** a dataset's columns and schema, by id */
  tables: (id: string) => { table: Table; schema: ColumnSchema[] }
  /** keeps a derived table as a new workspace dataset (the app's data worker; absent in the CLI) */
  addDataset?: (args: { name: string; table: Table; schema?: ColumnSchema[]; source?: string }) => Promise<WireSummary>
  /** a registry model by id (the models engine's `load`; absent in the CLI) */
  loadModel?: (id: string) => Promise<Pick<LoadedModel, 'manifest'>>
  /**
   * Where "keep in this browser" puts the campaign document (the app: IndexedDB's `results`
   * store, so "Delete all local data" removes it); in memory when absent.
   */
  kept?: KeptStore
}

/** The one kept campaign document, as stored (the record's shape is what earlier versions stored). */
export interface KeptRecord extends KeptCampaign { id: string; kind: 'campaign'; text: string }

export interface KeptStore {
  put(rec: KeptRecord): Promise<void>
  get(id: string): Promise<KeptRecord | undefined>
  remove(id: string): Promise<void>
}

type Ctx = EngineContext

export interface AudienceArgs {
  datasetId: string
  spec: AudienceSpec
  /** suppression list: a dataset and its id column, turned into an `ids` exclusion */
  suppression?: { datasetId: string; column: string; label?: string }
  sourceName: string
}

export interface AudienceSummary {
  size: number
  funnel: FunnelStep[]
  cutoffScore: number | null
  warnings: Label[]
  /** score histogram (20 bins over [0, 1]) of every scored customer and of the chosen ones */
  scoreEdges: number[]
  scoreAll: number[]
  scoreChosen: number[]
  /** chosen customers per default band */
  bandCounts: { name: string; min: number; max: number; count: number }[]
  meanScore: number | null
  firstIds: string[]
  /** ranking by value: how, the lowest key kept by top N, and the key summed over the audience */
  value?: { column: string; rank: 'expected' | 'value'; cutoff: number | null; total: number }
}

export interface GroupsArgs {
  /** the scored dataset or an enriched copy of it (a join keeps the id column) */
  datasetId: string
  features: string[]
  k: number
  seed: number
}

export interface GroupsSummary {
  k: number
  seed: number
  features: string[]
  sizes: number[]
  elbow: { k: number; inertia: number }[]
  /** the k the elbow and silhouettes point to (absent in groups kept from before it existed) */
  suggested?: GroupsSuggestedK
  profiles: { group: number; size: number; share: number; means: (number | null)[]; zMeans: number[]; description: Label }[]
  warnings: Label[]
  /** customers of the audience not found in the enriched dataset (grouped with the mean) */
  unmatched: number
}

export interface DesignArgs {
  sampleSize: number
  creatives: string[]
  controlSize: number
  controlName?: string
  seed: number
  remainder: 'spread' | 'drop'
}

/** The design as the page sees it: the settings and counts, not the members. */
export interface DesignSummary extends Pick<ABDesign, 'seed' | 'sampleSize' | 'controlSize' | 'remainder' | 'arms' | 'controlArm' | 'groups'> {
  summary: ArmSummary[]
  messages: Label[]
  /** short hash of the assignment (same seed and inputs → same fingerprint) */
  fingerprint: string
}

export interface ExportFile { fileName: string; arm: string; rows: number; csv: string }

export interface ResultsArgs {
  datasetId: string
  fileName: string
  columns: ResultColumns
  control?: string
  costPerContact?: number
  conversionBase: 'delivered' | 'sent'
  alpha: number
  /** match customers against the campaign's assignment (customers outside it are left out) */
  useAssignment: boolean
  /** always-valid (sequential) intervals for a test read before it ends */
  sequential?: boolean
  /** CUPED: a numeric pre-period column of the results; `measuredAt` (ms) when it was measured, checked against the send */
  cuped?: { column: string; measuredAt?: number }
}

/** The A/B analysis of one results file, without a campaign held (the CLI's `abtest`). */
export interface AbtestFileArgs {
  datasetId: string
  /** `id` absent: every row is its own customer (duplicates cannot be detected) */
  columns: Omit<ResultColumns, 'id'> & { id?: string }
  control?: string
  costPerContact?: number
  conversionBase: 'delivered' | 'sent'
  alpha: number
  /** the planned split: one weight per analysed arm in their order, or by arm name (equal when absent) */
  weights?: number[] | Record<string, number>
  /** always-valid intervals with GrowthBook's tuning N* (absent: none) */
  sequential?: { tuning: number }
  /** CUPED on conversion with a numeric pre-period column; `covariateAt` (ms) is checked against the first send */
  cuped?: { column: string; covariateAt?: number }
}

/** One arm against the control: gbstats' results as they are (a message where a test is undefined). */
export interface AbtestVsControl {
  absolute: ReturnType<typeof vsControl>['absolute']
  relative: ReturnType<typeof vsControl>['relative']
  bayesian: ReturnType<typeof vsControl>['bayesian']
  sequential?: Message | { estimate: number; pValue: number; ci: [number, number]; tuning: number }
  cuped?: { theta: number; correlation: number; varianceReduction: number; absolute: Message | { estimate: number; pValue: number; ci: [number, number] }; relative: Message | { estimate: number; pValue: number; ci: [number, number] } }
}

/** Uplift learners trained on a randomised test and scored on its held-out rows (the CLI's `uplift`). */
export interface UpliftEvaluateArgs {
  datasetId: string
  treatment: string
  /** the treatment column's value of the control arm */
  control: string
  /** one treatment arm (the other arms' rows are left out); absent: every non-control arm, each against the control */
  treated?: string
  outcome: string
  /** a text outcome: 1 where the cell equals it; absent: the column's numbers (binary when only 0/1) */
  positive?: string
  drop?: string[]
  /** learner names, e.g. t-lr, x-gbt, ct-lr */
  learners: string[]
  /** 0-based rows held out for the test; absent: drawn stratified by treatment × outcome */
  testRows?: number[]
  testSize: number
  seed: number
  /** also train each learner on every tested customer and return it as an uplift model file (the CLI's --save) */
  save?: boolean
  /** the targeted share for uplift@k */
  k: number
}

/** Qini and uplift AUC and uplift@k of given uplift scores against a test's outcomes. */
export interface UpliftScoresArgs {
  datasetId: string
  uplift: string
  treatment: string
  control: string
  outcome: string
  positive?: string
  k: number
}

export interface FollowUpArgs {
  datasetId: string
  columns: { customer: string; date: string; amount?: string }
  days: number
  /** send date for customers without a send timestamp (e.g. the control group), ms */
  defaultSendDate?: number
}

export interface ReevalArgs {
  /** the outcome: the results' converted column, or a purchase within the follow-up window (needs `followUp`) */
  outcome: 'converted' | 'purchased'
  followUp?: FollowUpArgs
  /** the groups' names as shown (G1, G2, … by default) */
  groupNames?: string[]
}

export interface ReevalSummary extends Reevaluation {
  /** customers of the results not found in the campaign list (left out) */
  unmatched: number
}

/** The re-evaluation from two files (the CLI's `reeval`): a campaign list with scores and the results. */
export interface ReevalFilesArgs {
  /** the campaign's list: the customer id, creative, score and (optional) group columns */
  assignmentId: string
  idColumn: string
  /** who responded: the customer id and a yes/no outcome column */
  resultsId: string
  resultsIdColumn: string
  converted: string
  /** the control arm; absent: "control" when an arm has that name, else none */
  control?: string
}

export interface LabelledArgs extends ReevalArgs {
  /** the registry model whose target column receives the outcome */
  modelId: string
  name: string
}

export interface UpliftPlanArgs {
  /** features of the scored dataset; every column but the id by default */
  features?: string[]
  /** value of one conversion and cost of one contact, for the expected incremental profit */
  value: number
  costPerContact?: number
  budget?: number
}

export interface UpliftPlanSummary {
  learner: 't-lr'
  control: string
  /** treatment arms, one T-learner (logistic regression) each against the control */
  arms: string[]
  features: string[]
  /** tested customers found in the scored dataset (the training rows), per arm */
  trained: { arm: string; n: number; converted: number }[]
  /** tested customers missing from the scored dataset (left out) */
  unmatched: number
  /** audience customers not in the test, scored by the model */
  scored: number
  rollout: { count: number; byArm: { arm: string; count: number }[]; expectedIncremental: number; expectedProfit: number; totalCost: number; firstIds: string[] }
  segments: Record<SegmentName, number>
  /** per creative: the same learner fitted on 70 % of its and the control's tested customers, scored on the other 30 % */
  evaluation: ArmEvaluation[]
  warnings: Message[]
}

export interface BudgetArgs {
  bands: BandDef[]
  channels: ChannelDef[]
  revenuePerConversion: number
  budget?: number
  /** plan on the uplift the analysed test measured (step 6), the test having run on this channel */
  measured?: { channel: string }
}

/** The plan, and the measured uplift it used when asked to */
export type BudgetResult = BudgetPlan & { measured?: MeasuredUplift & { channel: string; control: string } }

export interface SaveArgs {
  name: string
  review: ReviewRecord | null
  budget: Record<string, unknown> | null
  briefs?: Record<string, string>
  notes?: string
}

export interface LoadedCampaign {
  name: string
  createdAt: string
  seed: number
  audience: CampaignDocument['audience']
  groups: CampaignDocument['groups']
  design: CampaignDocument['design']
  assignmentSize: number
  budget: Record<string, unknown> | null
  review: ReviewRecord | null
  results: CampaignDocument['results']
  briefs: Record<string, string>
  bytes: number
  fingerprint: string | null
}

interface State {
  datasetId: string
  sourceName: string
  table: Table
  spec: AudienceSpec
  audience: AudienceResult
  groups: CreativeGroups | null
  /** the assignment: a design over `ids` (fresh, or rebuilt from a loaded campaign file) */
  assign: { design: ABDesign; ids: string[]; scores?: Float64Array } | null
  results: { fileName: string; importedAt: string; analysis: AbResults; customers: FollowUpCustomer[] } | null
  /** a campaign loaded from a file (its audience rows are not known) */
  loaded: CampaignDocument | null
  /** the suppression list of the audience (name, size) */
  suppression: { name: string; ids: number; label?: string } | null
  groupsInput: { datasetId: string; features: string[]; k: number; seed: number; rows: ArrayLike<number> } | null
  designOptions: Parameters<typeof designABTest>[2] | null
}

const BINS = 20

function hist(scores: ArrayLike<number>): number[] {
  const h = new Array<number>(BINS).fill(0)
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i]
    if (Number.isFinite(s)) h[Math.min(BINS - 1, Math.max(0, Math.floor(s * BINS)))]++
  }
  return h
}

function need<T>(v: T | null | undefined, what: string): T {
  if (v === null || v === undefined) throw new Error(what)
  return v
}

function fingerprint(ids: string[], design: ABDesign): string {
  // FNV-1a over "id:arm" of every sampled customer in sampled order.
  let h = 0x811c9dc5
  for (let k = 0; k < design.members.length; k++) {
    const s = `${ids[design.members[k]]}:${design.arm[k]};`
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i)
      h = Math.imul(h, 0x01000193) >>> 0
    }
  }
  return h.toString(16).padStart(8, '0')
}

function designSummary(d: ABDesign, ids: string[]): DesignSummary {
  return {
    seed: d.seed, sampleSize: d.sampleSize, controlSize: d.controlSize, remainder: d.remainder, arms: d.arms.slice(), controlArm: d.controlArm,
    groups: d.groups, summary: d.summary.map((s) => ({ ...s, groupCounts: s.groupCounts.slice() })), messages: d.messages.slice(), fingerprint: fingerprint(ids, d),
  }
}

function groupsSummary(g: CreativeGroups, unmatched: number): GroupsSummary {
  return {
    k: g.k, seed: g.seed, features: g.features.slice(), sizes: g.sizes.slice(), elbow: g.elbow.map((e) => ({ ...e })),
    ...(g.suggested ? { suggested: { ...g.suggested, silhouettes: g.suggested.silhouettes.slice() } } : {}),
    profiles: g.profiles.map((p) => ({ group: p.group, size: p.size, share: p.share, means: p.means.map((m) => (Number.isFinite(m) ? m : null)), zMeans: p.zMeans.slice(), description: p.description })),
    warnings: g.warnings.slice(), unmatched,
  }
}

function text(c: Column, i: number): string | null {
  if (isMissing(c, i)) return null
  const s = cellString(c, i).trim()
  return s === '' ? null : s
}

/** ms since epoch of a date cell (date columns are numbers already; text is parsed as UTC). */
function timeAt(c: Column | null, i: number): number | undefined {
  if (!c) return undefined
  if (c.storage === 'number') return Number.isNaN(c.values[i]) ? undefined : c.values[i]
  const s = text(c, i)
  if (s === null) return undefined
  const t = Date.parse(s.replace(' ', 'T') + (/[zZ]|[+-]\d{2}:?\d{2}$/.test(s) ? '' : 'Z'))
  return Number.isNaN(t) ? undefined : t
}


/** The rates, intervals and tests of a results table: the one analysis of the campaign's step 6 and of `abtest`. */
function analyse(table: Table, a: { columns: ResultColumns; control?: string; conversionBase: 'delivered' | 'sent'; alpha: number; costPerContact?: number }, assignment?: Parameters<typeof analyzeResults>[1]['assignment']): AbResults {
  return analyzeResults(table, {
    columns: a.columns, assignment, control: a.control || undefined, conversionBase: a.conversionBase, alpha: a.alpha,
    ...(a.costPerContact !== undefined ? { costs: { perContact: a.costPerContact } } : {}),
  })
}

/** A test's outcome as numbers: 1/0 where the cell equals `positive`, else the column's numbers (binary when only 0/1). */
function upliftOutcome(table: Table, col: string, positive: string | undefined): { y: Float64Array; binary: boolean } {
  const c = getColumn(table, col)
  if (positive !== undefined) {
    const y = new Float64Array(table.nRows)
    let hit = 0
    for (let i = 0; i < table.nRows; i++) { y[i] = cellString(c, i).trim() === positive ? 1 : 0; hit += y[i] }
    if (!hit) throw new MessageError('uplift.eval.positiveAbsent', { positive, column: col })
    return { y, binary: true }
  }
  const y = numericValues(c)
  let binary = true
  for (let i = 0; i < y.length; i++) {
    if (Number.isNaN(y[i])) throw new MessageError('uplift.eval.outcomeNotNumber', { column: col, row: i + 1 })
    if (y[i] !== 0 && y[i] !== 1) binary = false
  }
  return { y, binary }
}

/** scikit-uplift's metrics of uplift scores; the AUCs are undefined (null) for a continuous outcome. */
function upliftMetrics(y: ArrayLike<number>, u: ArrayLike<number>, t: ArrayLike<number>, k: number, binary: boolean): { qiniAuc: number | null; upliftAuc: number | null; upliftAtK: { overall: number; byGroup: number } } {
  return {
    qiniAuc: binary ? qiniAucScore(y, u, t) : null,
    upliftAuc: binary ? upliftAucScore(y, u, t) : null,
    upliftAtK: { overall: upliftAtK(y, u, t, k, 'overall'), byGroup: upliftAtK(y, u, t, k, 'by_group') },
  }
}

function rebuildDesign(doc: CampaignDocument): State['assign'] {
  const d = doc.design
  const a = doc.assignment
  if (!d || !a) return null
  const design: ABDesign = {
    seed: doc.seed, sampleSize: d.sampleSize, controlSize: d.controlSize, remainder: d.remainder, arms: d.arms, controlArm: d.controlArm, groups: d.groups,
    members: Int32Array.from(a.customerId, (_, i) => i), arm: Int32Array.from(a.arm), group: Int32Array.from(a.group), summary: d.summary, messages: d.messages,
  }
  return { design, ids: a.customerId }
}

/**
 * CUPED's per-customer data from the results table: converted (1/0) as the metric, the chosen
 * numeric column as the covariate; the send date is the earliest send time of the results.
 */
function cupedInput(table: Table, c: { column: string; measuredAt?: number }, customers: FollowUpCustomer[], fileRow: number[]): CupedInput {
  if (!hasColumn(table, c.column)) throw new MessageError('uplift.ab.cupedNoColumn', { column: c.column })
  const col = getColumn(table, c.column)
  if (col.storage !== 'number') throw new MessageError('uplift.ab.cupedNotNumeric', { column: c.column })
  const x = Float64Array.from(fileRow, (r) => (isMissing(col, r) ? NaN : col.values[r]))
  let sentAt: number | undefined
  for (const cu of customers) if (cu.sentAt !== null && cu.sentAt !== undefined && (sentAt === undefined || cu.sentAt < sentAt)) sentAt = cu.sentAt
  return {
    column: c.column, arm: customers.map((cu) => cu.arm), y: Float64Array.from(customers, (cu) => (cu.converted ? 1 : 0)), x,
    // file rows are 1-based after the header
    row: Int32Array.from(fileRow, (r) => r + 1),
    ...(c.measuredAt !== undefined ? { covariateAt: c.measuredAt } : {}), ...(sentAt !== undefined ? { sentAt } : {}),
  }
}

export interface KeptCampaign { name: string; savedAt: string; bytes: number }
const KEPT_ID = 'campaign:current'


/** The kept campaign in memory (the CLI and tests), cloned in and out as IndexedDB does. */
function memoryStore(): KeptStore {
  const m = new Map<string, KeptRecord>()
  return {
    put: async (rec) => void m.set(rec.id, structuredClone(rec)),
    get: async (id) => (m.has(id) ? structuredClone(m.get(id)) : undefined),
    remove: async (id) => void m.delete(id),
  }
}

export function campaignEngine(deps: CampaignDeps) {
  const store: KeptStore = deps.kept ?? memoryStore()
  let state: State | null = null
  /** the last roll-out list (for its CSV), dropped when new results are analysed */
  let lastRollout: Parameters<typeof rolloutCsv>[0] | null = null
  /** the last "who to contact next" model, what it was trained on and its held-out check: what a saved uplift model file holds */
  let lastUplift: { model: MultiArmUplift; pre: Preprocessor; table: Table; rows: number[]; trained: { arm: string; customers: number; converted: number }[]; evaluation: ArmEvaluation[]; outcome: string } | null = null
  /** the results file's outcome column (the uplift model's target) */
  let outcomeColumn = 'converted'
  let loadedOnly: { doc: CampaignDocument; assign: State['assign']; results: State['results'] } | null = null

  const currentAssign = (): State['assign'] => state?.assign ?? loadedOnly?.assign ?? null

  /**
   * The contacted customers' scores (from the campaign list), groups and observed outcomes, and each
   * one's row in the scored table. Throws message codes a user can act on.
   */
  /**
   * The campaign customers' P(alive) and expected purchases when the audience's table carries the
   * customer-value panel's columns (p_alive, expected_purchases_<N>d); null otherwise (or for a
   * campaign loaded from a file, whose audience rows are not known).
   */
  function valuePredictions(): { byId: Map<string, ValuePrediction>; horizonDays: number | null } | null {
    const asg = state?.assign
    if (!state || !asg) return null
    const find = (re: RegExp) => state!.table.columns.find((c) => re.test(c.name) && c.storage === 'number') ?? null
    const alive = find(/^p_alive$/i)
    const expected = find(/^expected_purchases_\d+d$/i)
    if (!alive && !expected) return null
    const horizon = expected ? Number(/_(\d+)d$/i.exec(expected.name)![1]) : null
    const num = (c: Column | null, row: number): number => (c && c.storage === 'number' ? c.values[row] : NaN)
    const byId = new Map<string, ValuePrediction>()
    for (const m of asg.design.members) {
      const row = state.audience.rows[m]
      byId.set(asg.ids[m], { pAlive: num(alive, row), expectedPurchases: num(expected, row) })
    }
    return { byId, horizonDays: horizon }
  }

  /**
   * The chosen extra columns of the lists (band, channel, reasons, region…), one text per audience
   * member: from the scored dataset, else from the groups step's enriched copy (found by customer
   * id). A campaign loaded from a file has no audience rows: its lists keep the fixed columns.
   */
  function exportColumns(names: string[]): { name: string; values: string[] }[] {
    const st = state
    if (!names.length || !st || !st.assign) return []
    const ids = st.assign.ids
    const rows = st.audience.rows
    const enriched = st.groupsInput && st.groupsInput.datasetId !== st.datasetId ? deps.tables(st.groupsInput.datasetId).table : null
    let enrichedRow: Map<string, number> | null = null
    return names.map((name) => {
      if (hasColumn(st.table, name)) {
        const c = getColumn(st.table, name)
        return { name, values: Array.from(ids, (_, m) => cellString(c, rows[m])) }
      }
      if (!enriched || !hasColumn(enriched, name)) throw new CodedError('campaign.export.noColumn', { column: name })
      if (!enrichedRow) {
        enrichedRow = new Map()
        customerIds(enriched, st.spec.idColumn).forEach((id, r) => { if (!enrichedRow!.has(id)) enrichedRow!.set(id, r) })
      }
      const c = getColumn(enriched, name)
      return { name, values: ids.map((id) => { const r = enrichedRow!.get(id); return r === undefined ? '' : cellString(c, r) }) }
    })
  }

  function outcomes(args: ReevalArgs): { customers: ReevalCustomer[]; rows: number[]; unmatched: number; st: State } {
    // after a reload the worker holds no campaign: the page still shows the last comparison
    if (!state && !loadedOnly) throw new CodedError('campaign.reeval.sourceGone')
    const res = state?.results ?? loadedOnly?.results
    if (!res) throw new CodedError('campaign.reeval.noResults')
    if (!state?.assign?.scores) throw new CodedError('campaign.reeval.noScores')
    const st = state
    const asg = state.assign
    const scores = asg.scores!
    let bought: Set<string> | null = null
    if (args.outcome === 'purchased') {
      const f = args.followUp
      if (!f?.datasetId || !f.columns.customer || !f.columns.date) throw new CodedError('campaign.reeval.noFollowUp')
      bought = purchasersWithin(res.customers, deps.tables(f.datasetId).table, { days: f.days, defaultSendDate: f.defaultSendDate, columns: f.columns })
    }
    const at = new Map<string, number>()
    for (let k = 0; k < asg.design.members.length; k++) at.set(asg.ids[asg.design.members[k]], k)
    const customers: ReevalCustomer[] = []
    const rows: number[] = []
    let unmatched = 0
    for (const c of res.customers) {
      const k = at.get(c.id)
      if (k === undefined) { unmatched++; continue }
      const m = asg.design.members[k]
      const g = asg.design.group[k]
      customers.push({
        id: c.id, arm: c.arm, group: asg.design.groups > 1 ? (args.groupNames?.[g] ?? `G${g + 1}`) : null, score: scores[m],
        outcome: (bought ? bought.has(c.id) : c.converted) ? 1 : 0,
      })
      rows.push(st.audience.rows[m])
    }
    return { customers, rows, unmatched, st }
  }

  const controlOf = (): string | null => {
    const d = (state?.assign ?? loadedOnly?.assign)?.design
    return d && d.controlArm !== null ? d.arms[d.controlArm] : null
  }

  function load(text: string, fileName: string): LoadedCampaign {
    const doc = parseCampaign(text, fileName)
    const assign = rebuildDesign(doc)
    state = null
    loadedOnly = { doc, assign, results: null }
    return {
      name: doc.name, createdAt: doc.createdAt, seed: doc.seed, audience: doc.audience, groups: doc.groups, design: doc.design,
      assignmentSize: doc.assignment?.customerId.length ?? 0, budget: doc.budget ?? null, review: doc.review, results: doc.results, briefs: doc.briefs ?? {},
      bytes: text.length, fingerprint: assign ? fingerprint(assign.ids, assign.design) : null,
    }
  }

  return {
    /** Step 1: choose the audience. Resets groups, design and results of the campaign being built. */
    audience: (args: AudienceArgs): AudienceSummary => {
      const { table } = deps.tables(args.datasetId)
      const spec: AudienceSpec = { ...args.spec, exclusions: [...(args.spec.exclusions ?? [])] }
      let supInfo: State['suppression'] = null
      if (args.suppression) {
        const sup = deps.tables(args.suppression.datasetId).table
        const c = getColumn(sup, args.suppression.column)
        const ids: string[] = []
        for (let i = 0; i < sup.nRows; i++) {
          const s = text(c, i)
          if (s !== null) ids.push(s)
        }
        spec.exclusions!.push({ kind: 'ids', ids, label: args.suppression.label ?? suppressionListLabel(sup.name, ids.length) } satisfies Exclusion)
        supInfo = { name: sup.name, ids: ids.length, label: args.suppression.label }
      }
      const audience = selectAudience(table, spec)
      state = {
        datasetId: args.datasetId, sourceName: args.sourceName, table, spec, audience, groups: null, assign: null, results: null, loaded: null,
        suppression: supInfo, groupsInput: null, designOptions: null,
      }
      loadedOnly = null
      const all = numericValues(getColumn(table, spec.scoreColumn))
      const bands = [{ name: 'likely', min: 0.5, max: 1 }, { name: 'hesitant', min: 0.15, max: 0.5 }, { name: 'unlikely', min: 0, max: 0.15 }]
      const bandCounts = bands.map((b) => ({ ...b, count: 0 }))
      let sum = 0
      for (const s of audience.scores) {
        sum += s
        const b = bandCounts.find((d) => s >= d.min && (s < d.max || (d.max === 1 && s === 1)))
        if (b) b.count++
      }
      return {
        size: audience.rows.length,
        funnel: audience.funnel.map((f) => ({ ...f })),
        cutoffScore: audience.cutoffScore,
        warnings: audience.warnings.slice(),
        scoreEdges: Array.from({ length: BINS + 1 }, (_, i) => i / BINS),
        scoreAll: hist(all),
        scoreChosen: hist(audience.scores),
        bandCounts,
        meanScore: audience.scores.length ? sum / audience.scores.length : null,
        firstIds: audience.ids.slice(0, 5),
        ...(spec.value && audience.values ? { value: { column: spec.value.column, rank: spec.value.rank, cutoff: audience.cutoffValue, total: audience.values.reduce((a, b) => a + b, 0) } } : {}),
      }
    },

    /** Step 2: k-means groups of the chosen customers (optionally on an enriched copy of the dataset). */
    groups: (args: GroupsArgs, ctx: Ctx): GroupsSummary => {
      const st = need(state, 'Choose the audience first (step 1)')
      let table = st.table
      let rows: ArrayLike<number> = st.audience.rows
      let unmatched = 0
      if (args.datasetId !== st.datasetId) {
        table = deps.tables(args.datasetId).table
        if (!hasColumn(table, st.spec.idColumn)) throw new RangeError(`The enriched dataset has no id column "${st.spec.idColumn}" to find the chosen customers`)
        const ids = customerIds(table, st.spec.idColumn)
        const at = new Map<string, number>()
        ids.forEach((id, i) => at.set(id, i))
        const mapped = new Int32Array(st.audience.ids.length)
        st.audience.ids.forEach((id, k) => {
          const r = at.get(id)
          if (r === undefined) unmatched++
          mapped[k] = r ?? -1
        })
        if (unmatched) throw new RangeError(`${unmatched} chosen customers are missing from the enriched dataset: enrich the scored dataset itself (a left join keeps every customer)`)
        rows = mapped
      }
      const groups = groupAudience(table, rows, args.features, { k: args.k, seed: args.seed }, ctx)
      st.groups = groups
      st.groupsInput = { datasetId: args.datasetId, features: args.features.slice(), k: args.k, seed: args.seed, rows }
      st.assign = null
      st.designOptions = null
      return groupsSummary(groups, unmatched)
    },

    /** Drop the groups (A/B without stratification). */
    ungroup: (): boolean => {
      if (state) {
        state.groups = null
        state.groupsInput = null
        state.assign = null
        state.designOptions = null
      }
      return true
    },

    /** Step 3: the seeded, stratified A/B sample. */
    design: (args: DesignArgs): DesignSummary => {
      const st = need(state, 'Choose the audience first (step 1)')
      const options = {
        sampleSize: args.sampleSize, creatives: args.creatives.slice(), controlSize: args.controlSize, controlName: args.controlName ?? 'control', seed: args.seed, remainder: args.remainder,
      }
      const design = designABTest(st.audience.rows.length, st.groups?.labels ?? null, options)
      st.assign = { design, ids: st.audience.ids, scores: st.audience.scores }
      st.designOptions = options
      st.results = null
      return designSummary(design, st.audience.ids)
    },

    /** One CSV per creative and control, plus the whole assignment (formula-injection safe). */
    exports: (args: { prefix: string; groupNames?: string[]; columns?: string[] }): { files: ExportFile[]; assignment: ExportFile } => {
      const a = need(currentAssign(), 'Draw the A/B sample first (step 3)')
      const input = { design: a.design, ids: a.ids, scores: a.scores, groupNames: args.groupNames, extra: exportColumns(args.columns ?? []) }
      const files = armCsvs(input, args.prefix)
      const csv = assignmentCsv(input)
      return { files, assignment: { fileName: `${args.prefix}_assignment.csv`.replace(/[^A-Za-z0-9_.-]+/g, '_'), arm: 'all', rows: a.design.members.length, csv } }
    },

    /** Step 4: channels and budget by probability band over the chosen customers' scores. */
    budget: (args: BudgetArgs): BudgetResult => {
      const st = need(state, 'Choose the audience first (step 1)')
      if (!args.measured) return planBudget({ bands: args.bands, channels: args.channels, scores: st.audience.scores, revenuePerConversion: args.revenuePerConversion, budget: args.budget })
      const res = st.results
      const control = res?.analysis.arms.find((a) => a.isControl)?.arm
      if (!res || !control) {
        // no analysed test for this audience (a new draw drops the results): the factors' rule, saying so
        const plan = planBudget({ bands: args.bands, channels: args.channels, scores: st.audience.scores, revenuePerConversion: args.revenuePerConversion, budget: args.budget })
        plan.warnings.push(msg('campaign.budget.noMeasuredTest'))
        return plan
      }
      // each tested customer's score in the scored dataset (customers missing from it are left out)
      const scores = numericValues(getColumn(st.table, st.spec.scoreColumn))
      const at = new Map<string, number>()
      customerIds(st.table, st.spec.idColumn).forEach((id, r) => { if (!at.has(id)) at.set(id, r) })
      const customers: MeasuredCustomer[] = []
      for (const c of res.customers) {
        const r = at.get(c.id)
        if (r === undefined || !Number.isFinite(scores[r])) continue
        customers.push({ score: scores[r], treated: c.arm !== control, converted: c.converted })
      }
      const measured = measuredUpliftByBand(args.bands, customers)
      const conversion = upliftConversionTable(measured, args.channels, args.measured.channel)
      const plan = planBudget({ bands: args.bands, channels: args.channels, scores: st.audience.scores, conversion, revenuePerConversion: args.revenuePerConversion, budget: args.budget })
      return { ...plan, measured: { ...measured, channel: args.measured.channel, control } }
    },

    /** Step 5: sensitive attributes among the model's features and the columns used to select. */
    flags: (args: { modelFeatures: string[]; extraColumns?: string[] }): { flags: SensitiveFlag[]; selectionColumns: string[] } => {
      const st = need(state, 'Choose the audience first (step 1)')
      const sel = new Set<string>()
      for (const e of st.spec.exclusions ?? []) if (e.kind !== 'ids') sel.add(e.column)
      if (st.spec.segment) sel.add(st.spec.segment.column)
      for (const f of st.groups?.features ?? []) sel.add(f)
      for (const c of args.extraColumns ?? []) sel.add(c)
      const selectionColumns = [...sel]
      return { flags: flagSensitiveAttributes({ columns: st.table.columns, modelFeatures: args.modelFeatures, selectionColumns }), selectionColumns }
    },

    /**
     * Step 6: analyse a results dataset. With a control arm the report also carries the experiment
     * block (SRM against the drawn design's planned split, gbstats lifts, chance to beat control).
     */
    results: (args: ResultsArgs): ResultsReport => {
      const { table } = deps.tables(args.datasetId)
      const a = currentAssign()
      let assignment
      if (args.useAssignment) {
        const asg = need(a, 'There is no A/B assignment to match the results against: draw the sample (step 3), load a campaign file, or untick "match against the assignment"')
        const arm = new Map<string, string>()
        const group = new Map<string, string>()
        const names = state?.groups ? state.groups.profiles.map((p) => `G${p.group + 1}`) : null
        // Insert in arm order (A, B, …, control): the report lists arms in the order of the assignment map.
        const order = Array.from(asg.design.members.keys()).sort((x, y) => asg.design.arm[x] - asg.design.arm[y] || x - y)
        for (const k of order) {
          const id = asg.ids[asg.design.members[k]]
          arm.set(id, asg.design.arms[asg.design.arm[k]])
          group.set(id, names?.[asg.design.group[k]] ?? `G${asg.design.group[k] + 1}`)
        }
        assignment = { arm, ...(asg.design.groups > 1 ? { group } : {}) }
      }
      const analysis = analyse(table, args, assignment)
      // Customers for the follow-up: id, arm, send and purchase times, converted.
      const idc = getColumn(table, args.columns.id)
      const armc = args.columns.arm ? getColumn(table, args.columns.arm) : null
      const convc = getColumn(table, args.columns.converted)
      const sentc = args.columns.sentAt ? getColumn(table, args.columns.sentAt) : null
      const purc = args.columns.purchasedAt ? getColumn(table, args.columns.purchasedAt) : null
      const customers: FollowUpCustomer[] = []
      // each customer's row of the results table (for the CUPED covariate)
      const fileRow: number[] = []
      const seen = new Set<string>()
      for (let i = 0; i < table.nRows; i++) {
        const id = text(idc, i)
        if (id === null || seen.has(id)) continue
        let arm = armc ? text(armc, i) : null
        if (assignment) {
          const assigned = assignment.arm.get(id)
          if (assigned === undefined) continue
          arm = arm ?? assigned
        }
        if (arm === null) continue
        seen.add(id)
        const cv = text(convc, i)
        // the analysis above already refused a value that is not a yes/no: read it the same way
        const converted = cv !== null && parseYesNo(cv) === 1
        customers.push({ id, arm, converted, sentAt: timeAt(sentc, i), purchasedAt: timeAt(purc, i) })
        fileRow.push(i)
      }
      const cuped = args.cuped ? cupedInput(table, args.cuped, customers, fileRow) : undefined
      const planned = a?.design.summary.map((x) => ({ arm: x.name, size: x.size }))
      const experiment = experimentStats(analysis, { planned, alpha: args.alpha, ...(args.sequential ? { sequential: {} } : {}), ...(cuped ? { cuped } : {}) })
      const results = { fileName: args.fileName, importedAt: new Date().toISOString(), analysis, customers }
      if (state) state.results = results
      else if (loadedOnly) loadedOnly.results = results
      lastRollout = null
      lastUplift = null
      outcomeColumn = args.columns.converted
      return { ...structuredClone(analysis), experiment }
    },

    /**
     * Uplift learners trained on a randomised test and evaluated on held-out rows: per treatment
     * arm (against the control) the ATE and, per learner, Qini / uplift AUC and uplift@k on the test
     * rows; covariate balance and arm checks as warnings.
     */
    upliftEvaluate: async (args: UpliftEvaluateArgs, ctx: Ctx) => {
      const { table, schema } = deps.tables(args.datasetId)
      const specs = args.learners.map((n) => ({ name: n, ...parseLearnerName(n) }))
      const drop = new Set(args.drop ?? [])
      for (const d of drop) getColumn(table, d)
      const tc = getColumn(table, args.treatment)
      const armOf = Array.from({ length: table.nRows }, (_, i) => cellString(tc, i).trim())
      const { y: yAll, binary } = upliftOutcome(table, args.outcome, args.positive)
      const outcome = binary ? 'binary' : 'continuous'
      const warnings: Message[] = []
      const { summary, warnings: armWarn } = checkArms(armOf, yAll, args.control, outcome)
      warnings.push(...armWarn)
      if (args.treated !== undefined && !summary.some((x) => x.arm === args.treated)) throw new MessageError('uplift.eval.treatedNotArm', { arm: args.treated, column: args.treatment, arms: summary.map((x) => x.arm).join(', ') })
      const treatments = args.treated !== undefined ? [args.treated] : summary.map((x) => x.arm).filter((x) => x !== args.control).sort((x, y) => x.localeCompare(y, 'en', { numeric: true }))
      const used: number[] = []
      for (let i = 0; i < table.nRows; i++) if (armOf[i] === args.control || treatments.includes(armOf[i])) used.push(i)
      const features = table.columns.map((c) => c.name).filter((n) => n !== args.treatment && n !== args.outcome && !drop.has(n))
      if (!features.length) throw new MessageError('uplift.eval.noFeatures')
      // held-out rows: the given list, or stratified by (any treatment) × outcome over the rows used
      let testSet: Set<number>
      if (args.testRows) {
        for (const r of args.testRows) if (r >= table.nRows) throw new MessageError('uplift.eval.testRowBeyond', { row: r, rows: table.nRows })
        testSet = new Set(args.testRows)
      } else {
        const split = splitByTreatmentOutcome(used.map((i) => (armOf[i] === args.control ? 0 : 1)), used.map((i) => yAll[i]), args.testSize, args.seed, binary)
        testSet = new Set(Array.from(split.test, (q) => used[q]))
      }
      const models: Record<string, unknown>[] = []
      const arms: Record<string, unknown>[] = []
      let step = 0
      const total = treatments.length * specs.length
      for (const arm of treatments) {
        const rows = used.filter((i) => armOf[i] === arm || armOf[i] === args.control)
        const train = rows.filter((i) => !testSet.has(i))
        const test = rows.filter((i) => testSet.has(i))
        const tOf = (i: number): number => (armOf[i] === arm ? 1 : 0)
        const hasT = test.some((i) => tOf(i) === 1)
        if (!hasT || !test.some((i) => tOf(i) === 0)) throw new MessageError('uplift.eval.testLacksArm', { arm: hasT ? args.control : arm, control: hasT ? 1 : 0 })
        const pre = Preprocessor.fit({ table, rows: train, features, schema })
        const Xtr = pre.transform(table, train)
        const Xte = pre.transform(table, test)
        const ttr = train.map(tOf), tte = test.map(tOf)
        const ytr = train.map((i) => yAll[i]), yte = test.map((i) => yAll[i])
        warnings.push(...balance(Xtr, ttr, pre.featureNames).warnings.map((m) => ({ ...m, params: { ...m.params, arm } })))
        const ate = averageTreatmentEffect(rows.map((i) => yAll[i]), rows.map(tOf))
        arms.push({ arm, treated: ate.nTreated, control: ate.nControl, ate: { estimate: ate.estimate, lower: ate.lower, upper: ate.upper } })
        for (const sp of specs) {
          const m = new UpliftModel({ learner: sp.learner, base: sp.base, outcome, seed: args.seed })
          const t0 = performance.now()
          const at = step
          await m.fit(Xtr, ttr, ytr, { cancel: ctx.cancel, onProgress: (f) => ctx.onProgress((at + f) / total, `${arm} ${sp.name}`) })
          warnings.push(...m.warnings)
          const u = m.predictUplift(Xte)
          models.push({ name: sp.name, ...(args.treated === undefined ? { arm } : {}), test: upliftMetrics(yte, u, tte, args.k, binary), fitSeconds: Math.round((performance.now() - t0) / 10) / 100 })
          step++
        }
      }
      const files: { learner: string; artifacts: Awaited<ReturnType<typeof serializeModel>>['artifacts'] }[] = []
      if (args.save) {
        // the file's model learns from every tested customer of the arms used; its card keeps the held-out check
        const pre = Preprocessor.fit({ table, rows: used, features, schema })
        const X = pre.transform(table, used)
        const armsUsed = used.map((i) => armOf[i])
        const yUsed = used.map((i) => yAll[i])
        const trained = [args.control, ...treatments].map((arm) => ({ arm, customers: armsUsed.filter((x) => x === arm).length, converted: armsUsed.reduce((sum, x, q) => sum + (x === arm ? yUsed[q] : 0), 0) }))
        const heldOut = used.filter((i) => testSet.has(i)).length
        for (const sp of specs) {
          const multi = new MultiArmUplift({ learner: sp.learner, base: sp.base, outcome, seed: args.seed })
          await multi.fit(X, armsUsed, yUsed, args.control)
          const metricsOf: Record<string, number | null> = {}
          for (const m of models) {
            if (m.name !== sp.name) continue
            const arm = (m.arm as string | undefined) ?? treatments[0]
            const test = m.test as { qiniAuc: number | null; upliftAuc: number | null }
            metricsOf[`qiniAuc.${arm}`] = test.qiniAuc
            metricsOf[`upliftAuc.${arm}`] = test.upliftAuc
          }
          const file = await serializeModel({
            kind: 'uplift', name: `Who to contact next: ${args.outcome} (${sp.name})`, pipeline: pre, uplift: multi,
            target: { name: args.outcome, ...(args.positive !== undefined ? { positive: args.positive } : {}) }, trained,
            metrics: metricsOf, training: { table, rows: used }, schema,
            card: { notes: `Trained on ${used.length} customers of a randomised test (${args.treatment}: ${treatments.join(', ')} vs ${args.control}); Qini AUC per creative on ${heldOut} held-out customers` },
          })
          files.push({ learner: sp.name, artifacts: file.artifacts })
        }
      }
      // top-level ATE: the treated arm(s) pooled vs control over every row used
      const ate = averageTreatmentEffect(used.map((i) => yAll[i]), used.map((i) => (armOf[i] === args.control ? 0 : 1)))
      return {
        rows: used.length,
        treated: ate.nTreated,
        control: ate.nControl,
        otherArmRows: table.nRows - used.length,
        outcome,
        testRows: used.filter((i) => testSet.has(i)).length,
        ate: { estimate: ate.estimate, lower: ate.lower, upper: ate.upper },
        ...(args.treated === undefined ? { arms } : {}),
        models,
        warnings,
        files,
      }
    },

    /** Qini / uplift AUC and uplift@k of uplift scores already computed (the CLI's `uplift --scores`). */
    upliftScores: (args: UpliftScoresArgs) => {
      const { table } = deps.tables(args.datasetId)
      const u = numericValues(getColumn(table, args.uplift))
      const tc = getColumn(table, args.treatment)
      const t = Uint8Array.from({ length: table.nRows }, (_, i) => (cellString(tc, i).trim() === args.control ? 0 : 1))
      if (!t.some((v) => v === 0)) throw new MessageError('uplift.eval.noControlRow', { control: args.control })
      const { y, binary } = upliftOutcome(table, args.outcome, args.positive)
      return upliftMetrics(y, u, t, args.k, binary)
    },

    /**
     * Step 6's analysis of one results file with no campaign held (the CLI's `abtest`): rates,
     * intervals and tests; with a control arm, each other arm against it (gbstats lifts and chance
     * to win, optionally sequential and CUPED) and the sample-ratio check against `weights`.
     */
    abtestFile: (args: AbtestFileArgs) => {
      const base = deps.tables(args.datasetId).table
      let table = base
      let id = args.columns.id
      if (!id) {
        id = '__row'
        while (hasColumn(table, id)) id += '_'
        table = { ...base, columns: [...base.columns, stringColumn(id, Array.from({ length: base.nRows }, (_, i) => String(i + 1)))] }
      }
      const columns: ResultColumns = { ...args.columns, id }
      const r = analyse(table, { ...args, columns })
      const names = r.arms.map((x) => x.arm)
      let weights: number[] | undefined
      if (Array.isArray(args.weights)) {
        if (args.weights.length !== names.length) throw new MessageError('uplift.ab.weightCount', { weights: args.weights.length, arms: names.length, names: names.join(', ') })
        weights = args.weights
      } else if (args.weights) {
        const byName = args.weights
        for (const k of Object.keys(byName)) if (!names.includes(k)) throw new MessageError('uplift.ab.weightNotArm', { arm: k, arms: names.join(', ') })
        weights = names.map((n) => {
          if (!(n in byName)) throw new MessageError('uplift.ab.weightMissing', { arm: n })
          return byName[n]
        })
      }
      if (weights?.some((w) => !(w > 0))) throw new MessageError('uplift.ab.srmWeightPositive')
      // CUPED needs per-customer rows: arm, conversion (0/1, the analysis's own yes/no reading) and the pre-period covariate
      let cupedRows: { arm: string[]; y: Float64Array; x: Float64Array } | null = null
      if (args.cuped) {
        const sentCol = columns.sentAt
        if (args.cuped.covariateAt !== undefined && sentCol) {
          const sc = getColumn(table, sentCol)
          let first = Infinity
          for (let i = 0; i < table.nRows; i++) {
            const v = sc.storage === 'number' ? sc.values[i] : Date.parse(cellString(sc, i).trim().replace(' ', 'T') + 'Z')
            if (v < first) first = v
          }
          if (Number.isFinite(first)) cuped([0, 0], [0, 1], [0, 0], [0, 1], { covariateAt: args.cuped.covariateAt, sentAt: first })
        }
        const cc = getColumn(table, columns.converted)
        const ac = getColumn(table, columns.arm!)
        cupedRows = {
          arm: Array.from({ length: table.nRows }, (_, i) => cellString(ac, i).trim()),
          y: Float64Array.from({ length: table.nRows }, (_, i) => (parseYesNo(cellString(cc, i)) === 1 ? 1 : 0)),
          x: numericValues(getColumn(table, args.cuped.column)),
        }
        const bad = cupedRows.x.findIndex((v) => !Number.isFinite(v))
        if (bad >= 0) throw new MessageError('uplift.ab.cupedColumnMissing', { column: args.cuped.column, count: cupedRows.x.filter((v) => !Number.isFinite(v)).length, row: bad + 1 })
      }
      const srm = srmCheck(r.arms.map((x) => x.sent), weights)
      const warnings: Message[] = srm.mismatch ? [message('uplift.ab.srmMismatch', { chi2: srm.chi2.toFixed(2), pValue: srm.pValue.toExponential(2), threshold: srm.threshold })] : []
      const controlArm = r.arms.find((y) => y.isControl)?.arm
      const ctrlTest = r.tests.arms.find((x) => x.arm === controlArm)
      const cupedFor = (arm: string): AbtestVsControl['cuped'] => {
        const rows = cupedRows!
        const pick = (name: string, v: Float64Array): number[] => rows.arm.flatMap((g, i) => (g === name ? [v[i]] : []))
        const c = cuped(pick(controlArm!, rows.y), pick(controlArm!, rows.x), pick(arm, rows.y), pick(arm, rows.x))
        const f = (type: 'absolute' | 'relative') => {
          const q = frequentistTest(c.control, c.variant, { type, alpha: args.alpha })
          return isMessage(q) ? q : { estimate: q.estimate, pValue: q.pValue, ci: (q as FrequentistResult).ci }
        }
        return { theta: c.theta, correlation: c.correlation, varianceReduction: c.varianceReduction, absolute: f('absolute'), relative: f('relative') }
      }
      const vsCtrl = (arm: string): AbtestVsControl | null => {
        const t = r.tests.arms.find((x) => x.arm === arm)
        if (!ctrlTest || !t || !ctrlTest.base || !t.base) return null
        const a = proportionStat(ctrlTest.converted, ctrlTest.base), b = proportionStat(t.converted, t.base)
        const v = vsControl(a, b, { alpha: args.alpha })
        const out: AbtestVsControl = { absolute: v.absolute, relative: v.relative, bayesian: v.bayesian }
        if (args.sequential) {
          const q = sequentialTest(a, b, { type: 'relative', alpha: args.alpha, tuning: args.sequential.tuning })
          out.sequential = isMessage(q) ? q : { estimate: q.estimate, pValue: q.pValue, ci: (q as SequentialResult).ci, tuning: args.sequential.tuning }
        }
        if (cupedRows) out.cuped = cupedFor(arm)
        return out
      }
      return {
        analysis: r,
        srm: { chi2: srm.chi2, df: srm.df, pValue: srm.pValue, weights: weights ?? names.map(() => 1), mismatch: srm.mismatch },
        /** per arm that is not the control, when there is one */
        vsControl: Object.fromEntries(r.arms.filter((x) => !x.isControl && ctrlTest).map((x) => [x.arm, vsCtrl(x.arm)])) as Record<string, AbtestVsControl | null>,
        warnings,
      }
    },

    /**
     * Who to contact next: a T-learner (logistic regression per arm and for the control) trained on
     * the tested customers' rows of the scored dataset, scoring the audience customers not in the test;
     * the roll-out list keeps those whose best creative's expected incremental profit is positive.
     */
    upliftPlan: async (args: UpliftPlanArgs, ctx: Ctx): Promise<UpliftPlanSummary> => {
      const st = need(state, 'Choose the audience from the scored dataset first (step 1): the uplift model needs the customers\' features')
      const res = need(st.results, 'Analyse the campaign results first (step 6)')
      const control = res.analysis.arms.find((a) => a.isControl)?.arm
      if (!control) throw new MessageError('uplift.noControlArm', { control: '', arms: res.analysis.arms.map((a) => a.arm).join(', ') })
      const ids = customerIds(st.table, st.spec.idColumn)
      const at = new Map<string, number>()
      ids.forEach((id, i) => { if (!at.has(id)) at.set(id, i) })
      const rows: number[] = [], armOf: string[] = [], y: number[] = []
      let unmatched = 0
      for (const c of res.customers) {
        const r = at.get(c.id)
        if (r === undefined) { unmatched++; continue }
        rows.push(r); armOf.push(c.arm); y.push(c.converted ? 1 : 0)
      }
      const features = (args.features ?? st.table.columns.map((c) => c.name)).filter((n) => n !== st.spec.idColumn)
      const pre = Preprocessor.fit({ table: st.table, rows, features })
      const learner = { learner: 't', base: 'lr', outcome: 'binary', seed: 42 } as const
      const Xtested = pre.transform(st.table, rows)
      // Held-out check first (the first half of the progress), then the model on every tested customer.
      const evaluation = await evaluateArms(Xtested, armOf, y, control, learner, { testSize: 0.3, seed: 42, k: 0.3 }, { cancel: ctx.cancel, onProgress: subProgress(ctx.onProgress, 0, 0.5) })
      const model = new MultiArmUplift(learner)
      await model.fit(Xtested, armOf, y, control, { cancel: ctx.cancel, onProgress: subProgress(ctx.onProgress, 0.5, 1) })
      const tested = new Set(rows)
      const rest = Array.from(st.audience.rows).filter((r) => !tested.has(r))
      const Xrest = pre.transform(st.table, rest)
      const scores = model.score(Xrest, { value: args.value, costPerContact: args.costPerContact })
      const plan = planRollout(scores, { costPerContact: args.costPerContact, budget: args.budget })
      // Reasons for the roll-out list: per customer the input columns that raise the best creative's uplift most.
      const weights = model.models.map((m) => logitUpliftWeights(m))
      const center = columnMeans(Xrest)
      const cols = pre.groups.map((g) => getColumn(st.table, g.feature))
      const reasons = weights.every((w) => w) ? plan.rows.map((r) => upliftReasons(Xrest, r.row, weights[model.arms.indexOf(r.arm)]!, center, pre.groups)
        .map((x) => ({ column: pre.groups[x.group].feature, value: cellString(cols[x.group], rest[r.row]), effect: x.effect }))) : undefined
      const byArm = model.arms.map((arm) => ({ arm, count: plan.rows.filter((r) => r.arm === arm).length }))
      const trained = [...new Set(armOf)].map((arm) => ({ arm, n: armOf.filter((a) => a === arm).length, converted: armOf.reduce((s, a, i) => s + (a === arm ? y[i] : 0), 0) }))
      lastRollout = { ids: rest.map((r) => ids[r]), arms: scores.arms.slice(), rows: plan.rows, uplift: scores.uplift, ...(reasons ? { reasons } : {}) }
      lastUplift = {
        model, pre, table: st.table, rows, evaluation: evaluation.arms, outcome: outcomeColumn,
        trained: trained.map((t) => ({ arm: t.arm, customers: t.n, converted: t.converted })),
      }
      return {
        learner: 't-lr', control, arms: model.arms.slice(), features: pre.featureNames.slice(), trained, unmatched, scored: rest.length,
        rollout: {
          count: plan.rows.length, byArm, expectedIncremental: plan.expectedIncremental, expectedProfit: plan.expectedProfit, totalCost: plan.totalCost,
          firstIds: plan.rows.slice(0, 5).map((r) => ids[rest[r.row]]),
        },
        segments: Object.fromEntries(SEGMENTS.map((k) => [k, scores.segments.counts[k]])) as Record<SegmentName, number>,
        evaluation: evaluation.arms,
        warnings: [...model.warnings, ...evaluation.warnings],
      }
    },

    /**
     * The "who to contact next" model as a model file (the Models page scores new customers with
     * it: best creative and uplift per customer): the T-learner per creative, the pipeline it reads
     * the audience's columns through, and a card with each creative's held-out Qini AUC and the
     * customers it learned from. No customer rows: logistic regressions hold coefficients only.
     */
    upliftModelFile: async (args: { name: string }) => {
      const u = need(lastUplift, 'Find who to contact next first (step 6)')
      const metrics: Record<string, number> = {}
      for (const e of u.evaluation) {
        metrics[`qiniAuc.${e.arm}`] = e.qiniAuc
        metrics[`upliftAuc.${e.arm}`] = e.upliftAuc
      }
      const saved = await serializeModel({
        kind: 'uplift', name: args.name, pipeline: u.pre, uplift: u.model, trained: u.trained, metrics,
        target: { name: u.outcome, positive: 'yes' }, training: { table: u.table, rows: u.rows },
        ...(state?.spec.idColumn ? { idColumn: state.spec.idColumn } : {}),
        refuseCustomerRows: true,
      })
      return { artifacts: saved.artifacts, fileName: saved.fileName, sha256: saved.sha256 }
    },

    /** The last roll-out list as CSV: each customer to contact with the best creative and the predicted uplift. */
    rolloutExport: (args: { prefix: string }): ExportFile => {
      const r = need(lastRollout, 'Find who to contact next first (step 6)')
      return { fileName: `${safeFileName(args.prefix)}_rollout.csv`, arm: 'rollout', rows: r.rows.length, csv: rolloutCsv(r) }
    },

    /** Step 7: repeat purchase and churn per creative N days after the send. */
    followUp: (args: FollowUpArgs): FollowUpResult => {
      const r = need(state?.results ?? loadedOnly?.results, 'Analyse the campaign results first (step 6)')
      const { table } = deps.tables(args.datasetId)
      return followUp(r.customers, table, { days: args.days, defaultSendDate: args.defaultSendDate, columns: args.columns }, valuePredictions() ?? undefined)
    },

    /** Step 7: the 3-month re-evaluation: what the model predicted for the campaign list against what happened. */
    reeval: (args: ReevalArgs): ReevalSummary => {
      const { customers, unmatched } = outcomes(args)
      const r = reevaluate(customers, { outcome: args.outcome, days: args.followUp?.days, control: controlOf() })
      if (unmatched) r.warnings.push(msg('campaign.reeval.unmatched', { n: unmatched }))
      return { ...r, unmatched }
    },

    /**
     * The same re-evaluation with no campaign held: each customer of the list (creative, group,
     * score) matched with their outcome in the results file. Customers of the list without a result
     * are left out and counted in a warning.
     */
    reevalFiles: (args: ReevalFilesArgs): Reevaluation & { customers: number } => {
      const asg = deps.tables(args.assignmentId).table
      const res = deps.tables(args.resultsId).table
      const outcome = new Map<string, 0 | 1>()
      const rid = getColumn(res, args.resultsIdColumn), conv = getColumn(res, args.converted)
      for (let i = 0; i < res.nRows; i++) {
        const k = text(rid, i)
        const v = text(conv, i)
        if (k === null || v === null) continue
        const y = parseYesNo(v)
        if (y === undefined || y === null) throw new CodedError('campaign.error.notYesNo', { column: args.converted, row: i + 1, value: v })
        outcome.set(k, y ? 1 : 0)
      }
      const idc = getColumn(asg, args.idColumn), armc = getColumn(asg, 'creative')
      const groupc = hasColumn(asg, 'group') ? getColumn(asg, 'group') : null
      const scores = numericValues(getColumn(asg, 'score'))
      const customers: ReevalCustomer[] = []
      let noResult = 0
      for (let i = 0; i < asg.nRows; i++) {
        const k = text(idc, i)
        const arm = text(armc, i)
        if (k === null || arm === null) continue
        const y = outcome.get(k)
        if (y === undefined) { noResult++; continue }
        customers.push({ id: k, arm, group: groupc ? text(groupc, i) : null, score: scores[i], outcome: y })
      }
      const r = reevaluate(customers, { outcome: 'converted', control: args.control ?? (customers.some((c) => c.arm === 'control') ? 'control' : null) })
      if (noResult) r.warnings.push(msg('campaign.reeval.noOutcome', { n: noResult }))
      return { ...r, customers: customers.length }
    },

    /**
     * The labelled data for a retrain: the contacted customers' rows of the scored table (the
     * control left out: it was not contacted) with the observed outcome as the model's target column,
     * added to the workspace as a dataset (the retrain reads it like any new data).
     */
    labelled: async (args: LabelledArgs) => {
      if (!deps.loadModel || !deps.addDataset) throw new Error('No model registry or workspace to add the labelled data to here.')
      const m = await deps.loadModel(args.modelId)
      const target = m.manifest.target
      if (m.manifest.kind !== 'classifier' || !target?.positive) throw new CodedError('campaign.reeval.notClassifier', { name: m.manifest.name })
      const { customers, rows, st } = outcomes(args)
      const control = controlOf()
      const keep = customers.map((_, i) => i).filter((i) => customers[i].arm !== control)
      if (!keep.length) throw new CodedError('campaign.reeval.noContacted')
      const table = labelledTable(st.table, keep.map((i) => rows[i]), keep.map((i) => customers[i].outcome), {
        target: target.name, positive: target.positive, negative: negativeLabel(st.table, target.name, target.positive), drop: [st.spec.scoreColumn], name: args.name,
      })
      return deps.addDataset({ name: args.name, table, source: 'campaign' })
    },

    /** Step 8: the campaign document as JSON text (validated before it is returned). */
    save: (args: SaveArgs): { text: string; bytes: number; customers: number } => {
      let doc: CampaignDocument
      const results = state?.results ?? loadedOnly?.results
      const resultsDoc = results ? { fileName: results.fileName, importedAt: results.importedAt, analysis: results.analysis } : null
      if (state) {
        doc = buildCampaign({
          name: args.name, source: { fileName: state.sourceName, rows: state.table.nRows }, spec: state.spec, audience: state.audience,
          groups: state.groups, design: state.assign?.design ?? null, review: args.review, results: resultsDoc, budget: args.budget,
        })
      } else if (loadedOnly) {
        doc = { ...loadedOnly.doc, name: args.name, updatedAt: new Date().toISOString(), review: args.review, budget: args.budget ?? loadedOnly.doc.budget ?? null, results: resultsDoc ?? loadedOnly.doc.results }
      } else throw new CodedError('engine.nothingToSave')
      if (args.briefs && Object.keys(args.briefs).length) doc.briefs = args.briefs
      if (args.notes) doc.notes = args.notes
      const text = serializeCampaign(doc, true)
      return { text, bytes: new TextEncoder().encode(text).length, customers: doc.assignment?.customerId.length ?? 0 }
    },

    /** Load a campaign file: validated; on error nothing of the current campaign changes. */
    load: (args: { text: string; fileName: string }): LoadedCampaign => load(args.text, args.fileName),

    /**
     * Keep the campaign document in this browser (IndexedDB, the app's `results` store, so "Delete
     * all local data" removes it). Only the document: audience definition, seed, groups, the sampled
     * customers' ids and arms, review and results; never the scored table.
     */
    keep: async (args: { text: string; name: string }): Promise<KeptCampaign> => {
      parseCampaign(args.text, `${args.name}.json`)
      const kept: KeptRecord = { id: KEPT_ID, kind: 'campaign', name: args.name, savedAt: new Date().toISOString(), bytes: args.text.length, text: args.text }
      await store.put(kept)
      return { name: kept.name, savedAt: kept.savedAt, bytes: kept.bytes }
    },
    kept: async (): Promise<KeptCampaign | null> => {
      const k = await store.get(KEPT_ID)
      return k ? { name: k.name, savedAt: k.savedAt, bytes: k.bytes } : null
    },
    restore: async (): Promise<LoadedCampaign> => {
      const k = await store.get(KEPT_ID)
      if (!k) throw new CodedError('engine.noKeptCampaign')
      return load(k.text, `${k.name} (kept in this browser)`)
    },
    forget: async (): Promise<boolean> => {
      await store.remove(KEPT_ID)
      return true
    },
  }
}
