import { useI18n } from 'vue-i18n'

/** Number formatting in the UI's language (counts, percentages, money, p-values). */
export function useFormat() {
  const { locale } = useI18n()
  const loc = (): string => (locale.value === 'es' ? 'es-ES' : 'en-US')
  const int = (n: number | null | undefined): string => (n === null || n === undefined || Number.isNaN(n) ? '–' : Math.round(n).toLocaleString(loc()))
  const num = (n: number | null | undefined, digits = 2): string =>
    n === null || n === undefined || !Number.isFinite(n) ? '–' : n.toLocaleString(loc(), { maximumFractionDigits: digits, minimumFractionDigits: 0 })
  const pct = (x: number | null | undefined, digits = 1): string =>
    x === null || x === undefined || !Number.isFinite(x) ? '–' : (x * 100).toLocaleString(loc(), { minimumFractionDigits: digits, maximumFractionDigits: digits }) + '%'
  const money = (n: number | null | undefined): string =>
    n === null || n === undefined || !Number.isFinite(n) ? '–' : n.toLocaleString(loc(), { minimumFractionDigits: 2, maximumFractionDigits: 2 })
  /** p-values: 4 decimals, "< 0.0001" below that */
  const p = (x: number | null | undefined): string => (x === null || x === undefined || !Number.isFinite(x) ? '–' : x < 1e-4 ? '< ' + (0.0001).toLocaleString(loc(), { maximumFractionDigits: 4 }) : x.toLocaleString(loc(), { minimumFractionDigits: 2, maximumFractionDigits: 4 }))
  return { int, num, pct, money, p }
}
