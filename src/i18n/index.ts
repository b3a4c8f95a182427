import { createI18n } from 'vue-i18n'
import en from './en'
import es from './es'

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
  messages: { en, es },
})

export function setLocale(l: Locale): void {
  i18n.global.locale.value = l
  localStorage.setItem('campaign-lab.locale', l)
  document.documentElement.lang = l
}
