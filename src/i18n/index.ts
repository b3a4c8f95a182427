import { createI18n } from 'vue-i18n'
import en from './en'
import es from './es'
import * as predict from './pages/predict'
import * as segment from './pages/segment'
import * as patterns from './pages/patterns'
import * as campaign from './pages/campaign'
import * as models from './pages/models'
import * as retrain from './pages/retrain'
import * as uplift from './pages/uplift'
import * as shell from './shell'
import * as clv from './pages/clv'
import * as explain from './pages/explain'
import * as workspace from './pages/workspace'
import * as wording from './pages/wording'
import * as tabs from './pages/tabs'
import * as limits from './pages/limits'
import * as engine from './pages/engine'

export type Locale = 'en' | 'es'

function initialLocale(): Locale {
  const saved = localStorage.getItem('campaign-lab.locale')
  if (saved === 'en' || saved === 'es') return saved
  return navigator.language?.toLowerCase().startsWith('es') ? 'es' : 'en'
}

export const i18n = createI18n({
  legacy: false,
  locale: initialLocale(),
  fallbackLocale: 'en',
  messages: {
    en: { ...en, predict: predict.en, segment: segment.en, patterns: patterns.en, campaign: campaign.en, models: models.en, retrain: retrain.en, uplift: uplift.en, shell: shell.en, clv: clv.en, explain: explain.en, workspace: workspace.en, wording: wording.en, tabs: tabs.en, limits: limits.en, engine: engine.en },
    es: { ...es, predict: predict.es, segment: segment.es, patterns: patterns.es, campaign: campaign.es, models: models.es, retrain: retrain.es, uplift: uplift.es, shell: shell.es, clv: clv.es, explain: explain.es, workspace: workspace.es, wording: wording.es, tabs: tabs.es, limits: limits.es, engine: engine.es },
  },
})

// Screen readers and the browser's hyphenation and number input read the page language from <html lang>.
if (typeof document !== 'undefined') document.documentElement.lang = i18n.global.locale.value

export function setLocale(l: Locale): void {
  i18n.global.locale.value = l
  localStorage.setItem('campaign-lab.locale', l)
  document.documentElement.lang = l
}
