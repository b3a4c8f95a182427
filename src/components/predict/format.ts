import { useI18n } from 'vue-i18n'
import { usePredictStore } from '@/stores/predict'

/** Number formatting in the UI's language (counts, metrics, percentages, money, p-values). */
export function useFormat() {
  const { locale } = useI18n()
  const loc = (): string => (locale.value === 'es' ? 'es-ES' : 'en-US')
  const ok = (n: number | null | undefined): n is number => n !== null && n !== undefined && Number.isFinite(n)
  const int = (n: number | null | undefined): string => (ok(n) ? Math.round(n).toLocaleString(loc()) : '–')
  const num = (n: number | null | undefined, digits = 3): string => (ok(n) ? n.toLocaleString(loc(), { maximumFractionDigits: digits, minimumFractionDigits: digits }) : '–')
  // Intl's percent: "14.0%" in English, "14,0 %" in Spanish
  const pct = (x: number | null | undefined, digits = 1): string => (ok(x) ? x.toLocaleString(loc(), { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }) : '–')
  const money = (n: number | null | undefined): string => (ok(n) ? n.toLocaleString(loc(), { maximumFractionDigits: 0 }) : '–')
  const sec = (s: number | null | undefined): string => (ok(s) ? (s < 10 ? s.toLocaleString(loc(), { maximumFractionDigits: 2 }) : Math.round(s).toLocaleString(loc())) + ' s' : '–')
  /** p-values: "< 0.0001" below that */
  const p = (x: number | null | undefined): string => (ok(x) ? (x < 1e-4 ? '< ' + (0.0001).toLocaleString(loc(), { maximumFractionDigits: 4 }) : x.toLocaleString(loc(), { maximumFractionDigits: 4 })) : '–')
  /** short numbers for coefficients: 4 significant digits */
  const sig = (x: number | null | undefined): string => (ok(x) ? Number(x.toPrecision(4)).toLocaleString(loc(), { maximumFractionDigits: 6 }) : '–')
  return { int, num, pct, money, sec, p, sig }
}

/**
 * A trained model's name in the UI language ("Regresión logística", "Voto blando de Regresión
 * logística y Árbol de decisión"); results keep the model's key, and the English label from
 * src/ml is only the fallback.
 */
export function useModelName() {
  const { t, te } = useI18n()
  const one = (name: string, fallback = name): string => (te(`predict.model.${name}`) ? t(`predict.model.${name}`) : fallback)
  return (m: { name: string; label: string; params?: Record<string, unknown> }): string => {
    if (m.name !== 'vote') return one(m.name, m.label)
    const members = Array.isArray(m.params?.members) ? (m.params.members as string[]).map((x) => one(x.replace(/[-_].*$/, ''), x)) : []
    const kind = m.params?.voting === 'hard' ? 'hard' : 'soft'
    return members.length ? t(`wording.model.vote.${kind}`, { members: members.join(', ') }) : t('predict.short.vote')
  }
}

const BACKENDS: Record<string, string> = { js: 'JavaScript', cpu: 'JavaScript', wasm: 'WebAssembly', webgpu: 'WebGPU', webgl: 'WebGL' }
/** Where a model ran, by the names the header's backend menu uses: "js, wasm" → "JavaScript, WebAssembly". */
export const backendName = (b: string): string => b.split(/,\s*/).map((x) => BACKENDS[x] ?? x).join(', ')

/** Metric keys of the comparison table (keys of ClassificationMetrics), in display order. */
export const METRICS = ['f1', 'accuracy', 'precision', 'recall', 'specificity', 'rocAuc', 'prAuc', 'logLoss', 'brier'] as const
export type MetricKey = (typeof METRICS)[number]
/** lower is better for these */
export const LOWER_BETTER = new Set<string>(['logLoss', 'brier', 'fitSeconds'])

/**
 * The positive outcome as the texts name it: the user's own words when given ("subscribed",
 * "churned"), else the column's value ("yes"); `full` adds the column and value for precision.
 */
export function useOutcome() {
  const st = usePredictStore()
  const name = (): string => st.outcomeName.trim()
  const label = (positive: string): string => name() || positive
  const full = (target: string, positive: string): string => (name() ? `${name()} (${target} = ${positive})` : `${target} = ${positive}`)
  return { label, full }
}
