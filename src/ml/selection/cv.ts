/**
 * Cross-validation and grid search with the pipeline fitted inside each fold (scikit-learn's
 * cross_validate / GridSearchCV over a Pipeline): the caller prepares each fold's matrices once
 * (preprocessing fitted on the fold's training rows, SMOTE applied to them only), and every model
 * and grid point reuses them.
 */
import { MessageError } from '../core/message'
import type { Matrix } from '../core/matrix'
import type { Classifier } from '../core/estimator'
import { checkCancel, subProgress, yieldToEvents, type RunControl } from '../core/progress'
import { SCORINGS, score, type Scoring } from '../metrics/classification'

export interface PreparedFold {
  /** training matrix of the fold (after SMOTE when on) */
  Xtr: Matrix
  ytr: Uint8Array
  /** validation matrix: never resampled */
  Xva: Matrix
  yva: Uint8Array
}

export interface MeanSd {
  mean: number
  /** population sd over folds (numpy std, as the reference) */
  sd: number
  folds: number[]
}

export type CvScores = Record<Scoring, MeanSd>

export interface CvResult {
  scores: CvScores
  seconds: number
}

export function meanSd(v: number[]): MeanSd {
  const m = v.reduce((a, b) => a + b, 0) / v.length
  const sd = Math.sqrt(v.reduce((a, b) => a + (b - m) ** 2, 0) / v.length)
  return { mean: m, sd, folds: v }
}

function allScores(y: Uint8Array, pred: Uint8Array, proba: Float64Array): Record<Scoring, number> {
  const out = {} as Record<Scoring, number>
  for (const s of SCORINGS) out[s] = score(s, y, pred, proba)
  return out
}

/** Every metric's mean ± sd over folds, from each fold's validation predictions. */
export function foldScores(folds: PreparedFold[], preds: Array<{ proba: Float64Array; pred: Uint8Array }>): CvScores {
  const per: Record<Scoring, number[]> = Object.fromEntries(SCORINGS.map((s) => [s, [] as number[]])) as unknown as Record<Scoring, number[]>
  folds.forEach((fold, f) => {
    const s = allScores(fold.yva, preds[f].pred, preds[f].proba)
    for (const k of SCORINGS) per[k].push(s[k])
  })
  return Object.fromEntries(SCORINGS.map((s) => [s, meanSd(per[s])])) as unknown as CvScores
}

/** Fit a fresh model on each fold and score every metric on the fold's validation rows. */
export async function crossValidate(make: () => Classifier, folds: PreparedFold[], control?: RunControl): Promise<CvResult> {
  if (folds.length < 2) throw new MessageError('split.error.folds', { value: String(folds.length) })
  const t0 = performance.now()
  const preds: Array<{ proba: Float64Array; pred: Uint8Array }> = []
  for (let f = 0; f < folds.length; f++) {
    await yieldToEvents()
    checkCancel(control?.cancel)
    control?.onProgress?.(f / folds.length, `CV fold ${f + 1}/${folds.length}`)
    const fold = folds[f]
    const model = make()
    await model.fit(fold.Xtr, fold.ytr, { onProgress: subProgress(control?.onProgress, f / folds.length, (f + 1) / folds.length), cancel: control?.cancel })
    preds.push({ proba: model.predictProba(fold.Xva), pred: model.predict(fold.Xva) })
  }
  return { scores: foldScores(folds, preds), seconds: (performance.now() - t0) / 1000 }
}

export type ParamGrid = Record<string, unknown[]>

/** Cartesian product of a parameter grid (keys in the given order). */
export function expandGrid(grid: ParamGrid): Array<Record<string, unknown>> {
  const keys = Object.keys(grid)
  if (keys.length === 0) throw new MessageError('train.error.gridEmpty')
  for (const k of keys) {
    if (!Array.isArray(grid[k]) || grid[k].length === 0) throw new MessageError('train.error.gridNoValues', { name: k })
  }
  let points: Array<Record<string, unknown>> = [{}]
  for (const k of keys) points = points.flatMap((p) => grid[k].map((v) => ({ ...p, [k]: v })))
  return points
}

export interface GridPoint {
  params: Record<string, unknown>
  /** the chosen scoring's mean ± sd over folds */
  mean: number
  sd: number
  folds: number[]
  /** every metric's mean ± sd at this point */
  scores: CvScores
  rank: number
}

export interface GridResult {
  scoring: Scoring
  points: GridPoint[]
  best: GridPoint
  seconds: number
}

/**
 * Grid search: cross-validate every grid point, rank by the chosen scoring (ties: the first point,
 * as GridSearchCV). Refit of the best on the whole training part is the caller's step.
 */
export async function gridSearch(make: (params: Record<string, unknown>) => Classifier, grid: ParamGrid, folds: PreparedFold[], scoring: Scoring, control?: RunControl): Promise<GridResult> {
  const pts = expandGrid(grid)
  const t0 = performance.now()
  const scores: CvScores[] = []
  for (let g = 0; g < pts.length; g++) {
    checkCancel(control?.cancel)
    const cv = await crossValidate(() => make(pts[g]), folds, { onProgress: subProgress(control?.onProgress, g / pts.length, (g + 1) / pts.length), cancel: control?.cancel })
    scores.push(cv.scores)
  }
  return rankGrid(pts, scores, scoring, (performance.now() - t0) / 1000)
}

/** Grid points ranked by the chosen scoring's CV mean (ties: the first point, as GridSearchCV). */
export function rankGrid(params: Array<Record<string, unknown>>, scores: CvScores[], scoring: Scoring, seconds: number): GridResult {
  const points: GridPoint[] = params.map((pp, g) => {
    const s = scores[g][scoring]
    return { params: pp, mean: s.mean, sd: s.sd, folds: s.folds, scores: scores[g], rank: 0 }
  })
  const order = points.map((_, i) => i).sort((a, b) => points[b].mean - points[a].mean || a - b)
  order.forEach((i, r) => (points[i].rank = r + 1))
  return { scoring, points, best: points[order[0]], seconds }
}
