import { defineStore } from 'pinia'
import { computed, reactive, ref, shallowRef, watch } from 'vue'
import * as svc from '@/services/campaign'
import type { AudienceSummary, DesignSummary, GroupsSummary, LoadedCampaign, ReevalArgs, ReevalSummary, UpliftPlanSummary, BudgetResult } from '@/services/campaign'
import { i18n } from '@/i18n'
import { errorMessage, MessageError, type Message } from '@/ml/core/message'
import { renderMessage } from '@/i18n/render'
import type { ResultsReport, AudienceSpec, Exclusion, FollowUpResult, ReviewDecision, ReviewRecord, SensitiveFlag } from '@/ml/campaign'
import type { ResultColumns } from '@/ml/campaign/results'
import type { DatasetSummary } from '@/services/types'

export type StepId = 'audience' | 'groups' | 'design' | 'budget' | 'review' | 'results' | 'followup' | 'file'
export const STEPS: StepId[] = ['audience', 'groups', 'design', 'budget', 'review', 'results', 'followup', 'file']

export interface ExclusionForm {
  kind: 'flag' | 'values' | 'range' | 'recent'
  column: string
  values: string
  min: string
  max: string
  days: number
  asOf: string
}

export interface ChannelForm { name: string; costPerContact: number; conversionFactor: number }
export interface BandForm { name: string; min: number; max: number }

const today = (): string => new Date().toISOString().slice(0, 10)

/** Guess the id column: role/type id, else a name like id / customer / client. */
export function guessIdColumn(d: DatasetSummary | null): string {
  if (!d) return ''
  return (d.schema.find((c) => c.role === 'id' || c.type === 'id') ?? d.schema.find((c) => /(^|_)(id|customer|client|cliente)(_|$)/i.test(c.name)) ?? d.schema[0])?.name ?? ''
}

/** Guess the score column: a numeric column named like probability/score/propensity, else any numeric in [0, 1]. */
export function guessScoreColumn(d: DatasetSummary | null): string {
  if (!d) return ''
  const numeric = d.profile.filter((p) => p.storage === 'number' && p.type !== 'date' && p.type !== 'datetime')
  const inUnit = numeric.filter((p) => (p.min ?? -1) >= 0 && (p.max ?? 2) <= 1)
  return (inUnit.find((p) => /prob|score|propens|p_?1|predict/i.test(p.name)) ?? inUnit.find((p) => p.type === 'float') ?? inUnit[0])?.name ?? ''
}

/** The campaign being planned: forms, summaries and UI state (rows stay in the ml worker). */
export const useCampaignStore = defineStore('campaign', () => {
  const step = ref<StepId>('audience')
  const name = ref(i18n.global.t('wording.campaignName', { date: today() }))
  // each step's last error as a message code, read as text in the UI's current language;
  // 'reeval': the re-evaluation and its retrain, on the follow-up step below the follow-up itself
  const errorCodes = reactive<Partial<Record<StepId | 'reeval', Message>>>({})
  const errors = computed((): Partial<Record<StepId | 'reeval', string>> => {
    const loc = i18n.global.locale.value === 'es' ? 'es' : 'en'
    return Object.fromEntries(Object.entries(errorCodes).map(([s, m]) => [s, renderMessage(m, loc)]))
  })
  const busy = ref<StepId | 'reeval' | null>(null)

  // 1. Audience
  const datasetId = ref('')
  const sourceName = ref('')
  const idColumn = ref('')
  const scoreColumn = ref('')
  const mode = ref<'top' | 'band' | 'segment' | 'all'>('top')
  const top = ref(10_000)
  const band = reactive<BandForm>({ name: 'hesitant', min: 0.15, max: 0.5 })
  const segmentColumn = ref('')
  const segmentValues = ref('')
  const topWithin = ref(false)
  /** customer value: rank by score × value or by value ('' = by score); keep P(alive) ≥ min ('' = no filter) */
  const valueColumn = ref('')
  const valueRank = ref<'expected' | 'value'>('expected')
  const aliveColumn = ref('')
  const aliveMin = ref(0.5)
  const exclusions = ref<ExclusionForm[]>([])
  const suppression = reactive({ datasetId: '', column: '' })
  const audience = shallowRef<AudienceSummary | null>(null)
  const audienceSpec = shallowRef<AudienceSpec | null>(null)

  // 2. Groups
  const features = ref<string[]>([])
  const k = ref(5)
  const groupSeed = ref(42)
  const enrich = reactive({ datasetId: '', leftKey: '', rightKey: '' })
  const groupsDatasetId = ref('')
  const groups = shallowRef<GroupsSummary | null>(null)
  const groupNames = ref<string[]>([])
  const briefs = ref<Record<string, string>>({})

  // 3. Design
  const sampleSize = ref(1000)
  const creatives = ref<string[]>(['A', 'B', 'C', 'D', 'E'])
  const controlSize = ref(0)
  const seed = ref(42)
  const remainder = ref<'spread' | 'drop'>('spread')
  const design = shallowRef<DesignSummary | null>(null)

  // 4. Budget
  const channels = ref<ChannelForm[]>([
    { name: 'email', costPerContact: 0.05, conversionFactor: 1 },
    { name: 'SMS', costPerContact: 0.1, conversionFactor: 1.1 },
    { name: 'phone call', costPerContact: 4, conversionFactor: 1.6 },
  ])
  const bands = ref<BandForm[]>([
    { name: 'likely', min: 0.5, max: 1 },
    { name: 'hesitant', min: 0.15, max: 0.5 },
    { name: 'unlikely', min: 0, max: 0.15 },
  ])
  const revenuePerConversion = ref(50)
  const totalBudget = ref<number | null>(null)
  const plan = shallowRef<BudgetResult | null>(null)
  /** plan on the uplift the analysed test measured instead of the conversion factors' rule of thumb */
  const useMeasured = ref(true)
  /** the channel the test was sent on ('' = the first channel) */
  const measuredChannel = ref('')

  // 5. Review
  const modelFeatures = ref('')
  const flags = shallowRef<SensitiveFlag[] | null>(null)
  const selectionColumns = ref<string[]>([])
  const reviewer = ref('')
  const decision = ref<ReviewDecision>('approved')
  const reviewNotes = ref('')
  const review = ref<ReviewRecord | null>(null)
  const exportsEnabled = computed(() => !!review.value && review.value.decision !== 'rejected')
  /** extra columns of the exported lists (band, channel, reasons, region…); null: not chosen yet, the panel suggests them */
  const exportColumns = ref<string[] | null>(null)

  // 6. Results
  const resultsDatasetId = ref('')
  const resultColumns = reactive<Required<Pick<ResultColumns, 'id' | 'converted'>> & Omit<ResultColumns, 'id' | 'converted'>>({ id: '', converted: '' })
  /** the control arm's name: set from the design when it has one, else none (no comparison asked for) */
  const control = ref('')
  const costPerContact = ref<number | null>(null)
  const conversionBase = ref<'delivered' | 'sent'>('delivered')
  const alpha = ref(0.05)
  const useAssignment = ref(true)
  /** always-valid (sequential) intervals, for a test read before it ends */
  const sequential = ref(false)
  /** CUPED: a numeric pre-period column of the results ('' = off) and the date it was measured (optional, yyyy-mm-dd) */
  const cupedColumn = ref('')
  const cupedMeasuredAt = ref('')
  /** the analysis; with a control arm also the experiment block (absent for a loaded campaign file) */
  const results = shallowRef<ResultsReport | null>(null)
  const resultsFile = ref('')
  /** who to contact next: the uplift model on the tested customers (dropped when the results change) */
  const upliftPlan = shallowRef<UpliftPlanSummary | null>(null)
  watch(results, () => { upliftPlan.value = null })

  // 7. Follow-up
  const txDatasetId = ref('')
  const txColumns = reactive({ customer: '', date: '', amount: '' })
  const followDays = ref(90)
  const defaultSendDate = ref('')
  const follow = shallowRef<FollowUpResult | null>(null)
  // 7b. The 3-month re-evaluation and the retrain it offers
  const reevalOutcome = ref<'converted' | 'purchased'>('converted')
  const reeval = shallowRef<ReevalSummary | null>(null)
  /** the registry model to retrain, and the labelled dataset built for it (kept across reloads: the dataset is stored) */
  const reevalModelId = ref('')
  const labelledDatasetId = ref('')

  // 8. File
  const loaded = shallowRef<LoadedCampaign | null>(null)
  const lastSaved = ref<{ bytes: number; customers: number } | null>(null)

  async function guard<T>(s: StepId | 'reeval', fn: () => Promise<T>): Promise<T | undefined> {
    delete errorCodes[s]
    busy.value = s
    try {
      return await fn()
    } catch (e) {
      const err = e as Error
      if (err.name !== 'CancelledError') errorCodes[s] = errorMessage(err)
      return undefined
    } finally {
      busy.value = null
    }
  }

  function exclusionOf(e: ExclusionForm): Exclusion {
    if (!e.column) throw new MessageError('campaign.form.exclusionColumn')
    switch (e.kind) {
      case 'flag': return { kind: 'flag', column: e.column }
      case 'values': {
        const values = e.values.split(',').map((v) => v.trim()).filter(Boolean)
        if (!values.length) throw new MessageError('campaign.form.exclusionValues', { column: e.column })
        return { kind: 'values', column: e.column, values }
      }
      case 'range': {
        const min = e.min.trim() === '' ? undefined : Number(e.min)
        const max = e.max.trim() === '' ? undefined : Number(e.max)
        if ((min !== undefined && !Number.isFinite(min)) || (max !== undefined && !Number.isFinite(max))) throw new MessageError('campaign.form.exclusionRange', { column: e.column })
        return { kind: 'range', column: e.column, ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) }
      }
      case 'recent': {
        const asOf = Date.parse(e.asOf + 'T23:59:59Z')
        if (Number.isNaN(asOf)) throw new MessageError('campaign.form.exclusionDate', { column: e.column })
        return { kind: 'recent', column: e.column, days: Number(e.days), asOf }
      }
    }
  }

  function buildSpec(): AudienceSpec {
    if (!idColumn.value || !scoreColumn.value) throw new MessageError('campaign.form.idScore')
    const spec: AudienceSpec = { idColumn: idColumn.value, scoreColumn: scoreColumn.value }
    const ex = exclusions.value.map(exclusionOf)
    if (ex.length) spec.exclusions = ex
    if (mode.value === 'band') spec.band = { name: band.name, min: Number(band.min), max: Number(band.max) }
    if (mode.value === 'segment') {
      if (!segmentColumn.value) throw new MessageError('campaign.form.segmentColumn')
      spec.segment = { column: segmentColumn.value, values: segmentValues.value.split(',').map((v) => v.trim()).filter(Boolean) }
    }
    if (mode.value === 'top' || ((mode.value === 'band' || mode.value === 'segment') && topWithin.value)) spec.top = Number(top.value)
    if (aliveColumn.value) spec.alive = { column: aliveColumn.value, min: Number(aliveMin.value) }
    if (valueColumn.value) spec.value = { column: valueColumn.value, rank: valueRank.value }
    return spec
  }

  function resetAfterAudience(): void {
    groups.value = null
    groupsDatasetId.value = ''
    design.value = null
    plan.value = null
    flags.value = null
    review.value = null
    results.value = null
    reeval.value = null
    follow.value = null
    loaded.value = null
  }

  const runAudience = (source: DatasetSummary) => guard('audience', async () => {
    const spec = buildSpec()
    const sup = suppression.datasetId && suppression.column ? { datasetId: suppression.datasetId, column: suppression.column } : undefined
    const r = await svc.audience({ datasetId: source.id, spec, suppression: sup, sourceName: source.name })
    audience.value = r
    audienceSpec.value = spec
    sourceName.value = source.name
    resetAfterAudience()
    return r
  })

  const runGroups = () => guard('groups', async () => {
    if (!features.value.length) throw new MessageError('campaign.error.groupNoFeature')
    const r = await svc.groups({ datasetId: groupsDatasetId.value || datasetId.value, features: features.value.slice(), k: Number(k.value), seed: Number(groupSeed.value) })
    groups.value = r
    groupNames.value = r.profiles.map((p) => `G${p.group + 1}`)
    design.value = null
    flags.value = null
    review.value = null
    results.value = null
    reeval.value = null
    return r
  })

  const clearGroups = () => guard('groups', async () => {
    await svc.ungroup()
    groups.value = null
    design.value = null
  })

  const runDesign = () => guard('design', async () => {
    const names = creatives.value.map((c) => c.trim())
    const r = await svc.design({ sampleSize: Number(sampleSize.value), creatives: names, controlSize: Number(controlSize.value) || 0, seed: Number(seed.value), remainder: remainder.value })
    design.value = r
    control.value = r.controlArm !== null ? (r.arms[r.controlArm] ?? '') : ''
    results.value = null
    reeval.value = null
    return r
  })

  const runBudget = () => guard('budget', async () => {
    const r = await svc.budget({
      bands: bands.value.map((b) => ({ name: b.name, min: Number(b.min), max: Number(b.max) })),
      channels: channels.value.map((c) => ({ name: c.name.trim(), costPerContact: Number(c.costPerContact), conversionFactor: Number(c.conversionFactor) })),
      revenuePerConversion: Number(revenuePerConversion.value),
      ...(totalBudget.value !== null && String(totalBudget.value) !== '' ? { budget: Number(totalBudget.value) } : {}),
      ...(useMeasured.value && results.value?.experiment ? { measured: { channel: measuredChannel.value || channels.value[0]?.name.trim() || '' } } : {}),
    })
    plan.value = r
    return r
  })

  const runFlags = () => guard('review', async () => {
    const mf = modelFeatures.value.split(',').map((s) => s.trim()).filter(Boolean)
    const r = await svc.flags(mf)
    flags.value = r.flags
    selectionColumns.value = r.selectionColumns
    return r
  })

  const runResults = (ds: DatasetSummary) => guard('results', async () => {
    const cols: ResultColumns = { id: resultColumns.id, converted: resultColumns.converted }
    for (const key of ['arm', 'delivered', 'opened', 'clicked', 'revenue', 'group', 'sentAt', 'openedAt', 'clickedAt', 'purchasedAt'] as const) {
      const v = resultColumns[key]
      if (v) cols[key] = v
    }
    if (!cols.id || !cols.converted) throw new MessageError('campaign.form.resultsColumns')
    const r = await svc.results({
      datasetId: ds.id, fileName: ds.name, columns: cols, control: control.value || undefined, conversionBase: conversionBase.value, alpha: Number(alpha.value),
      useAssignment: useAssignment.value, sequential: sequential.value,
      ...(cupedColumn.value ? { cuped: { column: cupedColumn.value, ...(cupedMeasuredAt.value ? { measuredAt: Date.parse(cupedMeasuredAt.value + 'T00:00:00Z') } : {}) } } : {}),
      ...(costPerContact.value !== null && String(costPerContact.value) !== '' ? { costPerContact: Number(costPerContact.value) } : {}),
    })
    results.value = r
    resultsFile.value = ds.name
    follow.value = null
    reeval.value = null
    return r
  })

  const runUpliftPlan = () => guard('results', async () => {
    const cost = costPerContact.value !== null && String(costPerContact.value) !== '' ? Number(costPerContact.value) : undefined
    const r = await svc.upliftPlan({ value: Number(revenuePerConversion.value), ...(cost !== undefined ? { costPerContact: cost } : {}) })
    upliftPlan.value = r
    return r
  })

  const runFollowUp = () => guard('followup', async () => {
    if (!txColumns.customer || !txColumns.date) throw new MessageError('campaign.form.txColumns')
    const send = defaultSendDate.value ? Date.parse(defaultSendDate.value + 'T00:00:00Z') : undefined
    const r = await svc.followUp({
      datasetId: txDatasetId.value, days: Number(followDays.value), defaultSendDate: send,
      columns: { customer: txColumns.customer, date: txColumns.date, ...(txColumns.amount ? { amount: txColumns.amount } : {}) },
    })
    follow.value = r
    return r
  })

  function reevalArgs(): ReevalArgs {
    const send = defaultSendDate.value ? Date.parse(defaultSendDate.value + 'T00:00:00Z') : undefined
    return {
      outcome: reevalOutcome.value, groupNames: groupNames.value.slice(),
      ...(reevalOutcome.value === 'purchased' && txDatasetId.value
        ? { followUp: { datasetId: txDatasetId.value, days: Number(followDays.value), defaultSendDate: send, columns: { customer: txColumns.customer, date: txColumns.date, ...(txColumns.amount ? { amount: txColumns.amount } : {}) } } }
        : {}),
    }
  }

  const runReeval = () => guard('reeval', async () => {
    const r = await svc.reeval(reevalArgs())
    reeval.value = r
    // labelled data built from an earlier comparison may hold another outcome: build it again
    labelledDatasetId.value = ''
    return r
  })

  /** The labelled dataset for the chosen model; the page lists it and the retrain runs on it. */
  const buildLabelled = () => guard('reeval', async () => {
    const d = await svc.labelled({ ...reevalArgs(), modelId: reevalModelId.value, name: i18n.global.t('campaign.reeval.datasetName', { name: name.value.trim() || 'campaign' }) })
    labelledDatasetId.value = d.id
    return d
  })

  function budgetDoc(): Record<string, unknown> | null {
    if (!plan.value) return null
    return {
      channels: channels.value.map((c) => ({ ...c })), bands: bands.value.map((b) => ({ ...b })), revenuePerConversion: revenuePerConversion.value,
      budget: totalBudget.value, total: { ...plan.value.total },
      suggested: plan.value.bands.map((b) => ({ band: b.band, customers: b.customers, suggested: b.suggested })),
    }
  }

  const saveFile = () => guard('file', async () => {
    const b: Record<string, string> = {}
    groupNames.value.forEach((g, i) => {
      const text = briefs.value[`G${i + 1}`]
      if (text?.trim()) b[`G${i + 1}`] = `${g}: ${text.trim()}`
    })
    // Plain copies: reactive proxies cannot cross postMessage.
    const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T
    const r = await svc.save({ name: name.value.trim() || 'campaign', review: review.value ? plain(review.value) : null, budget: plain(budgetDoc()), briefs: b })
    lastSaved.value = { bytes: r.bytes, customers: r.customers }
    return r
  })

  const loadFile = (text: string | null, fileName: string) => guard('file', async () => {
    const r = text === null ? await svc.restore() : await svc.load(text, fileName)
    // Only now, after validation, replace what the page shows.
    loaded.value = r
    name.value = r.name
    audience.value = {
      size: r.audience.size, funnel: r.audience.funnel, cutoffScore: r.audience.cutoffScore, warnings: r.audience.warnings,
      scoreEdges: [], scoreAll: [], scoreChosen: [], bandCounts: [], meanScore: null, firstIds: [],
    }
    audienceSpec.value = r.audience.spec
    sourceName.value = r.audience.source.fileName
    idColumn.value = r.audience.spec.idColumn
    scoreColumn.value = r.audience.spec.scoreColumn
    groups.value = r.groups ? { ...r.groups, warnings: r.groups.warnings ?? [], unmatched: 0 } : null
    groupNames.value = r.groups ? r.groups.profiles.map((p) => p.name ?? `G${p.group + 1}`) : []
    design.value = r.design ? { seed: r.seed, ...r.design, fingerprint: r.fingerprint ?? '' } : null
    if (r.design) {
      sampleSize.value = r.design.sampleSize
      controlSize.value = r.design.controlSize
      creatives.value = r.design.arms.filter((_, i) => i !== r.design!.controlArm)
      seed.value = r.seed
    }
    control.value = r.design && r.design.controlArm !== null ? (r.design.arms[r.design.controlArm] ?? '') : ''
    review.value = r.review
    results.value = r.results?.analysis ?? null
    reeval.value = null
    resultsFile.value = r.results?.fileName ?? ''
    plan.value = null
    flags.value = null
    follow.value = null
    return r
  })

  function recordReviewLocal(rec: ReviewRecord): void {
    review.value = rec
  }

  return {
    step, name, errors, busy,
    datasetId, sourceName, idColumn, scoreColumn, mode, top, band, segmentColumn, segmentValues, topWithin, valueColumn, valueRank, aliveColumn, aliveMin, exclusions, suppression, audience, audienceSpec,
    features, k, groupSeed, enrich, groupsDatasetId, groups, groupNames, briefs,
    sampleSize, creatives, controlSize, seed, remainder, design,
    channels, bands, revenuePerConversion, totalBudget, plan, useMeasured, measuredChannel,
    modelFeatures, flags, selectionColumns, reviewer, decision, reviewNotes, review, exportsEnabled, exportColumns,
    resultsDatasetId, resultColumns, control, costPerContact, conversionBase, alpha, useAssignment, sequential, cupedColumn, cupedMeasuredAt, results, resultsFile, upliftPlan,
    txDatasetId, txColumns, followDays, defaultSendDate, follow, reevalOutcome, reeval, reevalModelId, labelledDatasetId,
    loaded, lastSaved,
    runAudience, runGroups, clearGroups, runDesign, runBudget, runFlags, runResults, runUpliftPlan, runFollowUp, runReeval, buildLabelled, saveFile, loadFile, recordReviewLocal, guard,
  }
})
