/** Model files: save, load (untrusted input), apply, model card, registry helpers. */
export * from './types'
export { ModelFileError, type ModelFileErrorReason } from './errors'
export { sha256Hex, fingerprintTable } from './hash'
export { serializeModel, packArtifacts, describeSave, rfmCuts, parseModelFile, checkModelFileSize, APP_VERSION, MODEL_KIND_LABELS, type SaveInput, type SavedModelFile, type LoadedModel, type ModelSource, type TrainingSource } from './format'
export { checkTable, scoreTable, transformTable, scoresToCsv, formatReason, bandOf, rfmScoreOf, requiredColumns, SchemaMismatchError, type SchemaReport, type ScoreResult, type ScoreOptions, type Reason, type TypeMismatch, type UnseenCategories, type MissingValues } from './apply'
export { modelCard, registryEntry, registryConflict, compareModels, comparable, type ModelCard, type RegistryEntry, type ModelComparison, type ComparisonRow } from './card'
export type { RuntimeModel } from './runtime'
export { fromPropensityModel, fromClusterResult, modelFilePathFor, type PropensitySaveOptions } from './adapters'
