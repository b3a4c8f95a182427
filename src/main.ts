import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { i18n } from './i18n'
import './style.css'

createApp(App).use(createPinia()).use(i18n).mount('#app')

if (new URLSearchParams(location.search).has('bench')) void import('./services/benchHook').then((m) => m.installBenchHook())
