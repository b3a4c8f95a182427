import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type { OpenedModel, ScoreSummary } from '@/services/models'
import type { ModelCard, ModelComparison, SchemaReport } from '@/ml/modelfile'

/**
 * Models page state: the model shown, the dataset it scores and the scoring's summary. Kept here,
 * not in the page, so a model stays open while the user loads a file on the Data page and comes
 * back; the scores themselves stay in the ml worker's result cache (durable across reloads).
 */
export const useModelsStore = defineStore('models', () => {
  /** a file opened but not saved: it lives in the worker only, so a reload forgets it */
  const opened = shallowRef<OpenedModel | null>(null)
  const selectedId = ref<string | null>(null)
  const card = shallowRef<ModelCard | null>(null)
  const checked = ref<string[]>([])
  const comparison = shallowRef<ModelComparison | null>(null)
  const datasetId = ref('')
  const report = shallowRef<SchemaReport | null>(null)
  const scores = shallowRef<ScoreSummary | null>(null)
  const sql = ref('')
  const sqlTable = ref('customers')

  function resetScoring(): void {
    report.value = null
    scores.value = null
    sql.value = ''
  }
  /** nothing shown: the model was deleted, or an opened file was lost on reload */
  function clearSelection(): void {
    selectedId.value = null
    card.value = null
    opened.value = null
    resetScoring()
  }
  return { opened, selectedId, card, checked, comparison, datasetId, report, scores, sql, sqlTable, resetScoring, clearSelection }
})
