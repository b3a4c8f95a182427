import type { RunSummary, ModelSummary } from '@/services/predict'

/**
 * Two training runs side by side (issue #13 §3: "the run history with a side-by-side comparison of
 * two runs, e.g. SMOTE on vs off"). Pure: the Predict page renders what this returns.
 */
export const COMPARED_METRICS = ['rocAuc', 'prAuc', 'f1', 'recall', 'precision', 'logLoss', 'brier'] as const
export type ComparedMetric = (typeof COMPARED_METRICS)[number]
/** metrics where a lower value is better */
const LOWER_BETTER = new Set<ComparedMetric>(['logLoss', 'brier'])

export interface ComparedModel {
  /** the model's key ("lr", "tree", "vote"); a second model of the same kind gets "#2" */
  key: string
  a: ModelSummary | null
  b: ModelSummary | null
  metrics: { metric: ComparedMetric; a: number | null; b: number | null; diff: number | null; better: 'a' | 'b' | null }[]
}

export interface RunComparison {
  /**
   * Both runs were tested on the same customers (same dataset and the same test outcomes in the
   * same order), so a difference comes from the settings, not from a different test part.
   */
  sameTest: boolean
  models: ComparedModel[]
}

const metricOf = (m: ModelSummary | null, k: ComparedMetric): number | null => {
  const v = m?.test[k]
  return v === undefined || v === null || !Number.isFinite(v) ? null : v
}

/** Models keyed by kind, in the order they were trained; failed models left out. */
function keyed(run: RunSummary): Map<string, ModelSummary> {
  const out = new Map<string, ModelSummary>()
  const seen = new Map<string, number>()
  for (const m of run.models) {
    if (m.error) continue
    const n = (seen.get(m.name) ?? 0) + 1
    seen.set(m.name, n)
    out.set(n === 1 ? m.name : `${m.name}#${n}`, m)
  }
  return out
}

function sameOutcomes(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

export function compareRuns(a: RunSummary, b: RunSummary): RunComparison {
  const ka = keyed(a)
  const kb = keyed(b)
  const keys = [...ka.keys(), ...[...kb.keys()].filter((k) => !ka.has(k))]
  const models = keys.map((key): ComparedModel => {
    const ma = ka.get(key) ?? null
    const mb = kb.get(key) ?? null
    return {
      key, a: ma, b: mb,
      metrics: COMPARED_METRICS.map((metric) => {
        const va = metricOf(ma, metric)
        const vb = metricOf(mb, metric)
        const diff = va !== null && vb !== null ? vb - va : null
        const better = diff === null || diff === 0 ? null : (diff > 0) !== LOWER_BETTER.has(metric) ? 'b' : 'a'
        return { metric, a: va, b: vb, diff, better }
      }),
    }
  })
  const sameTest = a.datasetId === b.datasetId && a.target === b.target && a.positive === b.positive && sameOutcomes(a.yTest, b.yTest)
  return { sameTest, models }
}
