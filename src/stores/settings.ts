import { defineStore } from 'pinia'
import { computed, ref, watch } from 'vue'
import { csvStyle, csvStyleForLocale, type CsvStyle } from '../data/csv'
import { i18n } from '../i18n'

export type BackendChoice = 'auto' | 'webgpu' | 'wasm' | 'webgl' | 'cpu'

/**
 * How exported CSV files are written: `comma` (`,` + decimal point, no BOM: pandas, R), `excel-comma`
 * (the same with a UTF-8 BOM so Excel reads accents), `excel-semicolon` (`;` + decimal comma + BOM:
 * Excel in Spain and most of Europe and Latin America), or `auto` (from the language).
 */
export type CsvChoice = 'auto' | 'comma' | 'excel-comma' | 'excel-semicolon'
const CSV_CHOICES: readonly CsvChoice[] = ['auto', 'comma', 'excel-comma', 'excel-semicolon']

export interface BackendStatus {
  backend: string
  requested: string
  threads: boolean
  adapter?: { description: string; architecture: string; vendor: string; fallback: boolean }
  candidates: { name: string; ok: boolean; ms?: number; reason?: string }[]
}

/** The CSV style of a choice; `auto` asks the UI language, refined by the browser's region when it is the same language (es-MX writes 1.5). */
export function resolveCsvChoice(choice: CsvChoice, uiLocale: string, browserLocale = ''): CsvStyle {
  if (choice === 'comma') return csvStyle('comma')
  if (choice === 'excel-comma') return csvStyle('comma', true)
  if (choice === 'excel-semicolon') return csvStyle('semicolon', true)
  const tag = browserLocale.toLowerCase().startsWith(uiLocale.toLowerCase()) ? browserLocale : uiLocale
  return csvStyleForLocale(tag) === 'semicolon' ? csvStyle('semicolon', true) : csvStyle('comma')
}

/** User preferences (persisted in localStorage: small, not customer data) and the backend in use. */
export const useSettingsStore = defineStore('settings', () => {
  const saved = localStorage.getItem('campaign-lab.backend') as BackendChoice | null
  const backendChoice = ref<BackendChoice>(saved ?? 'auto')
  const backendStatus = ref<BackendStatus | null>(null)
  watch(backendChoice, (v) => localStorage.setItem('campaign-lab.backend', v))

  const savedCsv = localStorage.getItem('campaign-lab.csv') as CsvChoice | null
  const csvChoice = ref<CsvChoice>(savedCsv && CSV_CHOICES.includes(savedCsv) ? savedCsv : 'auto')
  watch(csvChoice, (v) => localStorage.setItem('campaign-lab.csv', v))
  const csvStyle = computed(() => resolveCsvChoice(csvChoice.value, i18n.global.locale.value, navigator.language ?? ''))
  return { backendChoice, backendStatus, csvChoice, csvStyle }
})
