/**
 * The model file (format "campaign-lab/model", version 2): one file per model.
 *
 * Layout (after tfjs-core's ModelArtifacts: topology JSON + weightSpecs + weightData):
 *   line 1  `campaign-lab/model` (ASCII magic)
 *   line 2  the manifest, one line of UTF-8 JSON (JSON.stringify never writes a raw newline)
 *   rest    the weights: raw little-endian bytes, `manifest.weights.byteLength` of them
 * `manifest.model` is the model without its weights; `manifest.weights.specs` lists them
 * ({name, dtype, shape}), back to back in that order. Which arrays are weights, their dtype and
 * shape are declared by each estimator (registerEstimator's WeightCodec, src/ml/core/weights.ts)
 * and by artifacts.ts for the model kinds; a file must hold exactly the declared weights.
 * Version 1 (weights found by a heuristic, `{"$w": i}` placeholders) and 0 are migrated on load.
 */
import type { ColumnRole, ColumnSchema, ColumnType } from '../../data/table'
import type { ClassificationMetrics, Scoring } from '../metrics/classification'
import type { EstimatorJSON } from '../core/estimator'
import type { PreprocessorJSON } from '../preprocessing/pipeline'
import type { DriftBins } from '../drift/psi'
import type { WeightSpec } from '../core/weights'
import type { MultiArmJSON } from '../uplift/multiarm'

export type { WeightSpec } from '../core/weights'

export const MODEL_FORMAT = 'campaign-lab/model'
export const MODEL_FORMAT_VERSION = 2
export const MODEL_MAGIC = 'campaign-lab/model\n'
/** Refused before a byte is read: a model file is small unless it holds training rows (KNN). */
export const MAX_MODEL_FILE_BYTES = 200 * 1024 * 1024
/** File name extension the app offers when saving. */
export const MODEL_FILE_EXTENSION = '.clmodel'

export type ModelKind = 'classifier' | 'regressor' | 'pipeline' | 'kmeans' | 'rfm' | 'rules' | 'uplift'
export const MODEL_KINDS: readonly ModelKind[] = ['classifier', 'regressor', 'pipeline', 'kmeans', 'rfm', 'rules', 'uplift']

/** One input column the model reads (or passes through: the id). */
export interface FeatureSpec {
  name: string
  type: ColumnType
  role: ColumnRole
  /** how the column was stored at training time */
  storage: 'number' | 'string'
  /** categorical features: the levels seen in training (sorted) */
  categories?: string[]
}

/** A probability band: min ≤ p < max (the last band includes its max). */
export interface Band {
  label: string
  min: number
  max: number
  /** suggested channel, e.g. "call centre" */
  channel?: string
}

export const DEFAULT_BANDS: readonly Band[] = [
  { label: 'unlikely', min: 0, max: 0.15 },
  { label: 'hesitant', min: 0.15, max: 0.5 },
  { label: 'likely', min: 0.5, max: 1 },
]

/** What the model was trained on: counts, names and a hash — never rows. */
export interface TrainingFingerprint {
  rows: number
  columns: string[]
  /** SHA-256 (hex) of the training rows' values, see fingerprintTable() */
  sha256: string
  /** name of the dataset (file name) when known */
  dataset?: string
  /** how the model was trained, so it can be retrained on new data with the same settings */
  settings?: RetrainSettings
  /** each input's training distribution (bins and shares), for drift on new data (src/ml/drift) */
  drift?: { columns: DriftBins[]; baseRate?: number | null }
}

/** The propensity trainer's settings for one model (src/ml/propensity/train.ts ModelSpec + TrainConfig). */
export interface RetrainSettings {
  /** model name ('lr', 'tree', … or 'vote') */
  model: string
  /** parameters of the final fit (a grid search's best merged in) */
  params: Record<string, unknown>
  /** SMOTE settings, null when the model trained without */
  smote: { k: number; ratio: number; seed: number; variant: 'smote' | 'nc' } | null
  seed: number
  testSize: number
  cv: number
  features: string[]
  preprocess?: Record<string, unknown>
  /** soft/hard vote: its members' settings */
  vote?: { voting: 'soft' | 'hard'; weights?: number[]; members: Array<{ model: string; params: Record<string, unknown>; smote: boolean }> }
  maxTrainRows?: number
}

/** Where a retrained model came from (shown on the model card). */
export interface Lineage {
  parentSha256: string
  parentName: string
  parentCreatedAt: string
  parentRows: number
  parentDataset?: string
}

export interface ModelCardInfo {
  author?: string
  notes?: string
  /** one line: what the model predicts, e.g. "y = yes (subscribed a term deposit)" */
  predicts?: string
}

export interface TargetSpec {
  name: string
  /** classification: the positive value */
  positive?: string
  type: 'binary' | 'numeric'
}

/** Kind-specific content (weights restored). */
export interface ClassifierPayload {
  pipeline: PreprocessorJSON
  estimator: EstimatorJSON
}

/**
 * A trained classifier before it is written: the classifier payload a model file stores (pipeline
 * and estimator JSON) and what its manifest will say. The propensity trainer returns it
 * (ModelResult.model, kept with a run); adapters.ts fromPropensityModel turns it into a SaveInput.
 */
export interface ClassifierModel extends ClassifierPayload {
  kind: 'classifier'
  /** the trainer's model id (e.g. "lr", "gbt-smote") */
  id: string
  /** model name ('lr', 'tree', … or 'vote') */
  name: string
  target: string
  positive: string
  /** input columns the pipeline reads */
  features: string[]
  schema: ColumnSchema[]
  threshold: number
  metrics: { test: ClassificationMetrics; cv?: Partial<Record<Scoring, { mean: number; sd: number }>> }
  trainedOn: { table: string; rows: number; positives: number; smote: boolean; createdAt: string }
  containsTrainingRows: boolean
  /** what it takes to train this model again on new data (stored in the model file) */
  settings: RetrainSettings
}
export type RegressorPayload = ClassifierPayload
export interface PipelinePayload {
  pipeline: PreprocessorJSON
}
export interface KMeansPayload {
  estimator: EstimatorJSON
  /** a name per cluster (editable in the UI); default "Cluster 1".. */
  clusterNames: string[]
}
export type RfmRange = [number, number] | [null, null]
export interface RfmPayload {
  columns: { recency: string; frequency: string; monetary: string }
  /** per score level 1..5: [min, max] of the raw value among the training customers with that score (null: empty level) */
  ranges: { r: RfmRange[]; f: RfmRange[]; m: RfmRange[] }
  /** cut points between levels 1|2, 2|3, 3|4, 4|5: F/M score = 1 + #(cuts below the value); R score = 1 + #(cuts above the recency) */
  cuts: { r: number[]; f: number[]; m: number[] }
  /** grid[r - 1][fm - 1] is the segment name */
  grid: string[][]
  segments: string[]
}
export interface RulesPayload {
  nTransactions: number
  items: string[]
  lhsOffsets: number[]
  lhsItems: number[]
  rhs: number[]
  count: number[]
  lhsCount: number[]
  rhsCount: number[]
}

/**
 * "Who to contact next": an uplift model per creative against the control (src/ml/uplift
 * MultiArmUplift) on the pipeline's encoding, with what the card shows about how it was trained.
 */
export interface UpliftPayload {
  pipeline: PreprocessorJSON
  uplift: MultiArmJSON
  /** the learner and base model (e.g. "t" and "lr"), the control arm and the creatives (treatments) */
  learner: string
  base: string
  control: string
  arms: string[]
  /** customers the model was trained on, per arm (control included) */
  trained: { arm: string; customers: number; converted: number }[]
}

export type ModelPayload = ClassifierPayload | PipelinePayload | KMeansPayload | RfmPayload | RulesPayload | UpliftPayload

export interface ModelManifest {
  format: typeof MODEL_FORMAT
  formatVersion: number
  appVersion: string
  kind: ModelKind
  name: string
  /** ISO 8601 */
  createdAt: string
  card: ModelCardInfo
  /** the columns the model reads (role feature), its id column (role id) and target (role target) */
  features: FeatureSpec[]
  idColumn: string | null
  target: TargetSpec | null
  threshold: number | null
  bands: Band[] | null
  /** test metrics (float64; null when undefined, e.g. ROC AUC on one class) */
  metrics: Record<string, number | null>
  training: TrainingFingerprint
  containsCustomerRows: boolean
  /** set on a model retrained from another model file */
  lineage?: Lineage
  /** which parts hold customer rows, e.g. "KNN stores the training rows" */
  customerRows: string[]
  /** the model's topology: its JSON without the declared weights */
  model: Record<string, unknown>
  weights: { specs: WeightSpec[]; byteLength: number; sha256: string }
  integrity: { manifestSha256: string }
}

/** A model as saved (after tfjs-core's ModelArtifacts): the manifest (topology + weight specs) and the weights' bytes. */
export interface ModelArtifacts {
  manifest: ModelManifest
  weightData: Uint8Array
}
