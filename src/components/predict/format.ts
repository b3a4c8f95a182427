import { useI18n } from 'vue-i18n'

/** Number formatting in the UI's language (counts, metrics, percentages, money, p-values). */
export function useFormat() {
  const { locale } = useI18n()
  const loc = (): string => (locale.value === 'es' ? 'es-ES' : 'en-US')
  const ok = (n: number | null | undefined): n is number => n !== null && n !== undefined && Number.isFinite(n)
  const int = (n: number | null | undefined): string => (ok(n) ? Math.round(n).toLocaleString(loc()) : '–')
  const num = (n: number | null | undefined, digits = 3): string => (ok(n) ? n.toLocaleString(loc(), { maximumFractionDigits: digits, minimumFractionDigits: digits }) : '–')
  const pct = (x: number | null | undefined, digits = 1): string => (ok(x) ? (x * 100).toLocaleString(loc(), { minimumFractionDigits: digits, maximumFractionDigits: digits }) + '%' : '–')
  const money = (n: number | null | undefined): string => (ok(n) ? n.toLocaleString(loc(), { maximumFractionDigits: 0 }) : '–')
  const sec = (s: number | null | undefined): string => (ok(s) ? (s < 10 ? s.toLocaleString(loc(), { maximumFractionDigits: 2 }) : Math.round(s).toLocaleString(loc())) + ' s' : '–')
  /** p-values: "< 0.0001" below that */
  const p = (x: number | null | undefined): string => (ok(x) ? (x < 1e-4 ? '< ' + (0.0001).toLocaleString(loc(), { maximumFractionDigits: 4 }) : x.toLocaleString(loc(), { maximumFractionDigits: 4 })) : '–')
  /** short numbers for coefficients: 4 significant digits */
  const sig = (x: number | null | undefined): string => (ok(x) ? Number(x.toPrecision(4)).toLocaleString(loc(), { maximumFractionDigits: 6 }) : '–')
  return { int, num, pct, money, sec, p, sig }
}

/** Metric keys of the comparison table (keys of ClassificationMetrics), in display order. */
export const METRICS = ['f1', 'accuracy', 'precision', 'recall', 'specificity', 'rocAuc', 'prAuc', 'logLoss', 'brier'] as const
export type MetricKey = (typeof METRICS)[number]
/** lower is better for these */
export const LOWER_BETTER = new Set<string>(['logLoss', 'brier', 'fitSeconds'])
