import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type { MineResponse, RuleView, SegmentResponse, SequencesResponse, FitResponse, RecommendResponse, RecMethod } from '@/services/patterns'
import type { HoldoutResult } from '@/ml/rules/recommend'
import type { SequenceMetric } from '@/ml/rules/sequences'

/** Patterns page state: settings and summaries; rule sets stay in the ml worker. */
export const usePatternsStore = defineStore('patterns', () => {
  const datasetId = ref<string | null>(null)
  const cols = ref({ basket: '', item: '', customer: '', date: '', quantity: '', price: '', cancelPrefix: 'C', clean: true })
  const thresholds = ref({ minSupport: 0.01, minConfidence: 0.5, minLift: 0, maxLen: 10 })
  const mined = shallowRef<MineResponse | null>(null)
  const view = ref<RuleView>({ sort: 'lift', descending: true, text: '', side: 'either', prune: false })
  const page = ref(0)
  const pageSize = ref(25)

  const segment = ref({ datasetId: '', column: '', value: '', segmentKey: '', customerColumn: '', minGrowth: 2, minSupport: null as number | null })
  const segmentResult = shallowRef<SegmentResponse | null>(null)

  const seqOptions = ref({ windowDays: 365, minSupport: 0.02, minConfidence: 0, sort: 'support' as SequenceMetric })
  const seqResult = shallowRef<SequencesResponse | null>(null)

  const recMethod = ref<RecMethod>('itemknn')
  const recFit = shallowRef<FitResponse | null>(null)
  const recCustomer = ref('')
  const recResult = shallowRef<RecommendResponse | null>(null)
  const evaluation = shallowRef<HoldoutResult | null>(null)

  function reset(): void {
    mined.value = null
    segmentResult.value = null
    seqResult.value = null
    recFit.value = null
    recResult.value = null
    evaluation.value = null
    page.value = 0
  }
  return { datasetId, cols, thresholds, mined, view, page, pageSize, segment, segmentResult, seqOptions, seqResult, recMethod, recFit, recCustomer, recResult, evaluation, reset }
})
