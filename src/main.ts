import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { i18n } from './i18n'
import { setJobSink } from './services/jobs'
import { configureBackend } from './services/ml'
import { configureCsvStyle } from './services/download'
import { useJobsStore } from './stores/jobs'
import { useSettingsStore } from './stores/settings'
import { usePredictStore } from './stores/predict'
import { useSegmentStore } from './stores/segment'
import { usePatternsStore } from './stores/patterns'
import { useCampaignStore } from './stores/campaign'
import { useModelsStore } from './stores/models'
import { restoreWorkspace } from './stores/persist'
import { installTabSync } from './stores/tabs'
import './style.css'

const pinia = createPinia()
const app = createApp(App).use(pinia).use(i18n)
// services never import stores: the stores they report to are plugged in here
setJobSink(useJobsStore(pinia))
const settings = useSettingsStore(pinia)
configureBackend(() => settings.backendChoice, (info) => (settings.backendStatus = info))
configureCsvStyle(() => settings.csvStyle)
// other open tabs: deletions, imports and upgrades there reach this tab's state
installTabSync(pinia)

// Every page's results come back from the stored workspace before the pages mount: shown again
// as they were, nothing re-run. (Datasets list only their summaries here; columns load on first use.)
const predict = usePredictStore(pinia)
const segment = useSegmentStore(pinia)
const patterns = usePatternsStore(pinia)
const campaign = useCampaignStore(pinia)
const modelsPage = useModelsStore(pinia)
void restoreWorkspace([
  { area: 'predict', store: predict, keys: ['tab', 'datasetId', 'target', 'positive', 'outcomeName', 'features', 'testSize', 'seed', 'cv', 'scoring', 'subsample', 'smote', 'vote', 'models', 'inspection', 'shownRunId', 'selectedId', 'threshold', 'cost', 'bands', 'regression', 'history'] },
  { area: 'segment', store: segment, keys: ['datasetId', 'mode', 'mapping', 'cleaning', 'snapshot', 'tableFeatures', 'tableIdColumn', 'rfm', 'table', 'options', 'elbowRun', 'result', 'clusterNames', 'addedDataset', 'clvOptions', 'clv'] },
  { area: 'patterns', store: patterns, keys: ['datasetId', 'cols', 'thresholds', 'mined', 'view', 'page', 'pageSize', 'segment', 'segmentResult', 'seqOptions', 'seqResult', 'recMethod', 'recFit', 'recCustomer', 'recResult', 'evaluation'] },
  { area: 'models', store: modelsPage, keys: ['selectedId', 'card', 'checked', 'comparison', 'datasetId', 'report', 'scores', 'sql', 'sqlTable'] },
  {
    area: 'campaign', store: campaign, keys: [
      'step', 'name', 'datasetId', 'sourceName', 'idColumn', 'scoreColumn', 'mode', 'top', 'band', 'segmentColumn', 'segmentValues', 'topWithin', 'exclusions', 'suppression', 'audience', 'audienceSpec',
      'features', 'k', 'groupSeed', 'enrich', 'groupsDatasetId', 'groups', 'groupNames', 'briefs', 'sampleSize', 'creatives', 'controlSize', 'seed', 'remainder', 'design',
      'channels', 'bands', 'revenuePerConversion', 'totalBudget', 'plan', 'modelFeatures', 'flags', 'selectionColumns', 'reviewer', 'decision', 'reviewNotes', 'review', 'exportColumns',
      'resultsDatasetId', 'resultColumns', 'control', 'costPerContact', 'conversionBase', 'alpha', 'useAssignment', 'results', 'resultsFile',
      'txDatasetId', 'txColumns', 'followDays', 'defaultSendDate', 'follow', 'reevalOutcome', 'reeval', 'reevalModelId', 'labelledDatasetId', 'lastSaved',
    ],
  },
])
  .then(() => {
    // the run shown is stored by id: the history holds the run itself
    if (predict.shownRunId) predict.openRun(predict.shownRunId)
  })
  .finally(() => {
    app.mount('#app')
    // The page's first number format costs ICU's start-up (about 50 ms): paid while idle, not in the
    // first job's progress bar.
    const warm = (): void => void new Intl.NumberFormat(i18n.global.locale.value, { style: 'percent' }).format(0.5)
    if ('requestIdleCallback' in window) requestIdleCallback(warm)
    else setTimeout(warm, 500)
  })

if (new URLSearchParams(location.search).has('bench')) void import('./services/benchHook').then((m) => m.installBenchHook())
