import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { i18n } from './i18n'
import { setJobSink } from './services/jobs'
import { configureBackend } from './services/ml'
import { useJobsStore } from './stores/jobs'
import { useSettingsStore } from './stores/settings'
import './style.css'

const pinia = createPinia()
const app = createApp(App).use(pinia).use(i18n)
// services never import stores: the stores they report to are plugged in here
setJobSink(useJobsStore(pinia))
const settings = useSettingsStore(pinia)
configureBackend(() => settings.backendChoice, (info) => (settings.backendStatus = info))
app.mount('#app')

if (new URLSearchParams(location.search).has('bench')) void import('./services/benchHook').then((m) => m.installBenchHook())
