import { useI18n } from 'vue-i18n'
import { formatNumber, formatPercent, type MessageLocale } from '@/i18n/render'

/** Number formatting in the UI's language (counts, percentages, money, p-values), through Intl. */
export function useFormat() {
  const { locale } = useI18n()
  const loc = (): MessageLocale => (locale.value === 'es' ? 'es' : 'en')
  const missing = (n: number | null | undefined): n is null | undefined => n === null || n === undefined || !Number.isFinite(n)
  const int = (n: number | null | undefined): string => (n === null || n === undefined || Number.isNaN(n) ? '–' : formatNumber(Math.round(n), loc(), 0))
  const num = (n: number | null | undefined, digits = 2): string => (missing(n) ? '–' : formatNumber(n, loc(), digits))
  const pct = (x: number | null | undefined, digits = 1): string => (missing(x) ? '–' : formatPercent(x, loc(), digits, digits))
  const money = (n: number | null | undefined): string => (missing(n) ? '–' : formatNumber(n, loc(), 2, 2))
  /** p-values: 4 decimals, "< 0.0001" below that */
  const p = (x: number | null | undefined): string => (missing(x) ? '–' : x < 1e-4 ? '< ' + formatNumber(0.0001, loc(), 4) : formatNumber(x, loc(), 4, 2))
  return { int, num, pct, money, p }
}
