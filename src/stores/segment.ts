import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type { TransactionMapping } from '@/ml/segmentation/transactions'
import type { ClusterResponse, ClvResponse, OutlierMethod, RfmResult, TableResult } from '@/services/segment'
import type { BtydModelName, Period } from '@/ml/clv'

/**
 * Segment page state: settings and small summaries. Customer-level arrays stay in the ml worker;
 * chart arrays (the PCA map) sit in shallowRefs. Kept in a store so results survive tab switches.
 */
export const useSegmentStore = defineStore('segment', () => {
  const datasetId = ref<string | null>(null)
  const mode = ref<'transactions' | 'customers'>('transactions')
  const mapping = ref<Partial<TransactionMapping>>({})
  const cleaning = ref({
    dropMissingCustomer: true,
    dropCancellations: true,
    cancelPrefix: 'C',
    dropNonPositiveQuantity: true,
    dropNonPositivePrice: true,
    dropNonPositiveAmount: true,
  })
  /** YYYY-MM-DD, '' = default (last date + 1 day) */
  const snapshot = ref('')
  const tableFeatures = ref<string[]>([])
  const tableIdColumn = ref('')

  const rfm = shallowRef<RfmResult | null>(null)
  const table = shallowRef<TableResult | null>(null)

  const options = ref({
    features: ['recency', 'frequency', 'monetary'] as string[],
    kMin: 2,
    kMax: 10,
    log: true,
    standardize: true,
    nInit: 10,
    seed: 42,
    outlierMethod: 'isolationForest' as OutlierMethod,
    excludePercent: 0,
  })
  /** the elbow run (all k) and the profiled k (may be a later single-k run) */
  const elbowRun = shallowRef<ClusterResponse | null>(null)
  const result = shallowRef<ClusterResponse | null>(null)
  const clusterNames = ref<string[]>([])
  const addedDataset = ref<string | null>(null)
  /** customer value (BTYD + Gamma-Gamma) on the RFM run's transactions */
  const clvOptions = ref({ model: 'bgnbd' as BtydModelName, period: 'day' as Period, horizon: 90, months: 12, discountPercent: 1 })
  const clv = shallowRef<ClvResponse | null>(null)

  function resetResults(): void {
    rfm.value = null
    table.value = null
    elbowRun.value = null
    result.value = null
    clusterNames.value = []
    addedDataset.value = null
    clv.value = null
  }

  return { datasetId, mode, mapping, cleaning, snapshot, tableFeatures, tableIdColumn, rfm, table, options, elbowRun, result, clusterNames, addedDataset, clvOptions, clv, resetResults }
})
