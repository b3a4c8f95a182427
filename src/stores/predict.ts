import { defineStore } from 'pinia'
import { computed, reactive, ref, shallowRef, watch } from 'vue'
import type { ModelName } from '@/ml/propensity/models'
import type { ModelSpec, TrainConfig } from '@/ml/propensity/train'
import type { Scoring } from '@/ml/metrics/classification'
import type { ParamGrid } from '@/ml/selection/cv'
import type { Band } from '@/ml/explain/explain'
import type { Inspection, RegressionSummary, RunSummary } from '@/services/predict'
import * as predictSvc from '@/services/predict'

/** The Predict page's form and results (results in shallowRefs: chart arrays are not made reactive). */

export type ParamKind = 'number' | 'int' | 'intOrNone' | 'choice' | 'layers' | 'gamma'
export interface ParamDef {
  key: string
  kind: ParamKind
  choices?: string[]
  min?: number
  step?: number
}

/** The main hyperparameters per model, as the form edits them (key = the estimator option). */
export const PARAMS: Record<ModelName, ParamDef[]> = {
  lr: [{ key: 'C', kind: 'number', min: 0, step: 0.1 }, { key: 'classWeight', kind: 'choice', choices: ['none', 'balanced'] }],
  knn: [{ key: 'k', kind: 'int', min: 1 }, { key: 'weights', kind: 'choice', choices: ['uniform', 'distance'] }, { key: 'metric', kind: 'choice', choices: ['euclidean', 'manhattan'] }],
  tree: [{ key: 'maxDepth', kind: 'intOrNone', min: 1 }, { key: 'minSamplesLeaf', kind: 'int', min: 1 }, { key: 'criterion', kind: 'choice', choices: ['gini', 'entropy'] }],
  svm: [{ key: 'kernel', kind: 'choice', choices: ['rbf', 'linear'] }, { key: 'C', kind: 'number', min: 0, step: 0.1 }, { key: 'gamma', kind: 'gamma' }],
  mlp: [{ key: 'hiddenLayerSizes', kind: 'layers' }, { key: 'activation', kind: 'choice', choices: ['relu', 'tanh', 'logistic'] }, { key: 'maxIter', kind: 'int', min: 1 }, { key: 'earlyStopping', kind: 'choice', choices: ['false', 'true'] }],
  rf: [{ key: 'nEstimators', kind: 'int', min: 1 }, { key: 'maxDepth', kind: 'intOrNone', min: 1 }],
  gbt: [{ key: 'learningRate', kind: 'number', min: 0, step: 0.01 }, { key: 'maxIter', kind: 'int', min: 1 }],
}

/** Form defaults: the estimators' own defaults, except MLP epochs (a quick first run). */
const DEFAULTS: Record<ModelName, Record<string, string>> = {
  lr: { C: '1', classWeight: 'none' },
  knn: { k: '5', weights: 'uniform', metric: 'euclidean' },
  tree: { maxDepth: '6', minSamplesLeaf: '1', criterion: 'gini' },
  svm: { kernel: 'rbf', C: '1', gamma: 'scale' },
  mlp: { hiddenLayerSizes: '100', activation: 'relu', maxIter: '50', earlyStopping: 'true' },
  rf: { nEstimators: '100', maxDepth: '' },
  gbt: { learningRate: '0.1', maxIter: '100' },
}

/** Default editable grids (text per parameter: values separated by commas; MLP layer sets by "|"). */
const GRIDS: Record<ModelName, Record<string, string>> = {
  lr: { C: '0.001, 0.01, 0.1, 1, 10, 100' },
  knn: { k: '5, 15, 31', weights: 'uniform, distance' },
  tree: { maxDepth: '2, 3, 4, 5, 6, 8, 10, 12, none' },
  svm: { C: '0.1, 1, 10', gamma: 'scale' },
  mlp: { hiddenLayerSizes: '50 | 100', alpha: '0.0001, 0.001' },
  rf: { maxDepth: '8, 16, none' },
  gbt: { learningRate: '0.05, 0.1, 0.2', maxLeafNodes: '15, 31' },
}

export interface ModelForm {
  name: ModelName
  on: boolean
  params: Record<string, string>
  gridOn: boolean
  grid: Record<string, string>
  smote: boolean
  /** train on a stratified subsample of at most this many training rows ('' = all) */
  maxTrainRows: string
  voteWeight: number
  inVote: boolean
}

export const MODEL_ORDER: ModelName[] = ['lr', 'knn', 'tree', 'svm', 'mlp', 'rf', 'gbt']

function parseValue(kind: ParamKind | undefined, raw: string, label: string): unknown {
  const s = raw.trim()
  if (kind === 'layers') {
    const units = s.split(/[\s,;]+/).filter(Boolean).map(Number)
    if (!units.length || units.some((u) => !Number.isInteger(u) || u < 1)) throw new RangeError(`${label}: give whole numbers of units per layer, e.g. "100" or "64, 32"`)
    return units
  }
  if (/^(none|null|)$/i.test(s) && (kind === 'intOrNone' || kind === undefined)) return null
  if (kind === 'gamma' && (s === 'scale' || s === 'auto')) return s
  if (kind === 'choice') return s === 'true' ? true : s === 'false' ? false : s
  const n = Number(s)
  if (kind === 'number' || kind === 'int' || kind === 'intOrNone' || kind === 'gamma') {
    if (!Number.isFinite(n)) throw new RangeError(`${label}: "${raw}" is not a number`)
    if ((kind === 'int' || kind === 'intOrNone') && !Number.isInteger(n)) throw new RangeError(`${label}: "${raw}" must be a whole number`)
    return n
  }
  return Number.isFinite(n) && s !== '' ? n : s
}

/** Grid text → ParamGrid (throws RangeError naming the parameter when a list is empty or wrong). */
export function parseGrid(model: ModelName, grid: Record<string, string>): ParamGrid {
  const out: ParamGrid = {}
  for (const [key, text] of Object.entries(grid)) {
    const def = PARAMS[model].find((p) => p.key === key)
    const label = `${model} grid, ${key}`
    const parts = def?.kind === 'layers' ? text.split('|') : text.split(',')
    const values = parts.map((v) => v.trim()).filter((v) => v !== '').map((v) => parseValue(def?.kind, v, label))
    if (values.length === 0) throw new RangeError(`${label}: the list is empty — a grid needs at least one value per parameter`)
    out[key] = values
  }
  if (Object.keys(out).length === 0) throw new RangeError(`${model}: the grid has 0 points`)
  return out
}

export function gridSize(model: ModelName, grid: Record<string, string>): number {
  let n = 1
  for (const [key, text] of Object.entries(grid)) {
    const kind = PARAMS[model].find((p) => p.key === key)?.kind
    n *= (kind === 'layers' ? text.split('|') : text.split(',')).filter((v) => v.trim() !== '').length
  }
  return n
}

export function parseParams(model: ModelName, params: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const def of PARAMS[model]) {
    const raw = params[def.key] ?? ''
    out[def.key] = parseValue(def.kind, raw, `${model}: ${def.key}`)
  }
  return out
}

export const usePredictStore = defineStore('predict', () => {
  const tab = ref<'classify' | 'regress'>('classify')
  const datasetId = ref<string>('')
  const target = ref<string>('')
  const positive = ref<string>('')
  /** what the positive outcome means in the user's words ("subscribed", "churned"); the texts use it */
  const outcomeName = ref('')
  /** chosen input columns (empty until the target is set: then every usable column) */
  const features = ref<string[]>([])
  const testSize = ref(0.2)
  const seed = ref(42)
  const cv = ref(5)
  const scoring = ref<Scoring>('roc_auc')
  /** every model on a stratified subsample of the training rows ('' = all rows) */
  const subsample = ref<string>('')
  const smote = reactive({ on: false, k: 5, ratio: 1, seed: 42, variant: 'smote' as 'smote' | 'nc' })
  const vote = reactive({ on: false, voting: 'soft' as 'soft' | 'hard' })
  const models = reactive<ModelForm[]>(MODEL_ORDER.map((name) => ({
    name, on: name === 'lr' || name === 'tree', params: { ...DEFAULTS[name] }, gridOn: false, grid: { ...GRIDS[name] },
    smote: true, maxTrainRows: '', voteWeight: 1, inVote: true,
  })))

  const inspection = shallowRef<Inspection | null>(null)
  const run = shallowRef<RunSummary | null>(null)
  const selectedId = ref<string>('')
  const threshold = ref(0.5)
  const cost = reactive({ benefit: 100, contactCost: 5 })
  const bands = ref<Band[]>([])
  const regression = shallowRef<RegressionSummary | null>(null)

  const chosen = computed(() => models.filter((m) => m.on))

  /** Every training run kept (newest last): reopened, compared and deleted from the history list. */
  const history = shallowRef<RunSummary[]>([])
  /** the run shown, by id (stored instead of a second copy of the run) */
  const shownRunId = ref('')
  watch(run, (r) => (shownRunId.value = r?.runId ?? ''))
  function recordRun(r: RunSummary): void {
    history.value = [...history.value.filter((x) => x.runId !== r.runId), r]
  }
  function openRun(runId: string): void {
    const r = history.value.find((x) => x.runId === runId)
    if (!r) return
    if (run.value === r) return
    run.value = r
    const ok = r.models.filter((m) => !m.error)
    if (!ok.some((m) => m.id === selectedId.value)) selectedId.value = [...ok].sort((a, b) => b.test.rocAuc - a.test.rocAuc)[0]?.id ?? ''
  }
  /** Forget a run here and in the ml worker's store (its models go with it). */
  async function deleteRun(runId: string): Promise<void> {
    history.value = history.value.filter((x) => x.runId !== runId)
    if (run.value?.runId === runId) run.value = history.value[history.value.length - 1] ?? null
    await predictSvc.dropRun(runId).catch(() => false)
  }
  /** Another dataset was chosen: its results are not this one's. */
  function clearResults(): void {
    inspection.value = null
    run.value = null
    regression.value = null
    selectedId.value = ''
  }

  /** The TrainConfig for trainAndCompare (plain data; throws RangeError for a form a user must fix). */
  function config(): TrainConfig {
    if (!target.value) throw new RangeError('Choose the target column (what to predict).')
    if (!chosen.value.length) throw new RangeError('Choose at least one model.')
    const sub = subsample.value.trim() ? Number(subsample.value) : undefined
    if (sub !== undefined && !(Number.isInteger(sub) && sub >= 50)) throw new RangeError(`Subsample: give a whole number of training rows (at least 50), got "${subsample.value}"`)
    const specs: ModelSpec[] = chosen.value.map((m) => {
      const own = m.maxTrainRows.trim() ? Number(m.maxTrainRows) : undefined
      if (own !== undefined && !(Number.isInteger(own) && own >= 50)) throw new RangeError(`${m.name}: the subsample must be a whole number of rows (at least 50), got "${m.maxTrainRows}"`)
      const rows = own ?? sub
      return {
        name: m.name,
        params: parseParams(m.name, m.params),
        ...(m.gridOn ? { grid: parseGrid(m.name, m.grid) } : {}),
        smote: smote.on ? m.smote : false,
        ...(rows !== undefined ? { maxTrainRows: rows } : {}),
      }
    })
    if (specs.some((s) => s.grid) && cv.value < 2) throw new RangeError('Grid search needs cross-validation: set CV folds to 2 or more.')
    const members = vote.on ? chosen.value.filter((m) => m.inVote) : []
    if (vote.on && members.length < 2) throw new RangeError('A vote needs at least two of the chosen models.')
    const ids = specs.map((s) => s.name as string)
    const cfg: TrainConfig = {
      target: target.value,
      positive: positive.value || undefined,
      features: [...features.value],
      models: specs,
      cv: cv.value,
      testSize: testSize.value,
      seed: seed.value,
      scoring: scoring.value,
      ...(smote.on ? { smote: { k: smote.k, ratio: smote.ratio, seed: smote.seed, variant: smote.variant } } : {}),
      ...(vote.on ? { vote: { voting: vote.voting, members: members.map((m) => ids[chosen.value.indexOf(m)]), weights: members.map((m) => Number(m.voteWeight) || 0) } } : {}),
    }
    return JSON.parse(JSON.stringify(cfg)) as TrainConfig
  }

  return { tab, datasetId, target, positive, outcomeName, features, testSize, seed, cv, scoring, subsample, smote, vote, models, chosen, inspection, run, selectedId, threshold, cost, bands, regression, config, history, shownRunId, recordRun, openRun, deleteRun, clearResults }
})
