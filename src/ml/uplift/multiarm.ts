/**
 * Several treatments against one control: one uplift model per treatment, fitted on that arm's and
 * the control's rows; each customer's best treatment is the one with the largest predicted uplift
 * (none when no uplift is positive), with expected incremental conversions (or spend) and profit
 * (uplift × value − contact cost). Customers fall into the four classic groups (persuadables, sure
 * things, lost causes, do-not-disturb) by the uplift of their best treatment and their predicted
 * response without contact.
 */
import type { Matrix } from '../core/matrix'
import { takeRows } from '../core/matrix'
import { checkCancel, subProgress, type RunControl } from '../core/progress'
import { MessageError, type Message } from '../stats/messages'
import { UpliftModel, type UpliftModelJSON, type UpliftOptions, type UpliftPrediction } from './learners'

export type SegmentName = 'persuadable' | 'sureThing' | 'lostCause' | 'doNotDisturb'
export const SEGMENTS: SegmentName[] = ['persuadable', 'sureThing', 'lostCause', 'doNotDisturb']

export interface SegmentOptions {
  /** |uplift| at or below this counts as no effect (default 0.01: one point of conversion) */
  upliftThreshold?: number
  /** predicted response without contact at or above this is a sure thing (default: the mean of it) */
  responseThreshold?: number
}

/**
 * persuadable: uplift > threshold; do-not-disturb: uplift < −threshold; otherwise sure thing when
 * the no-contact response is high, lost cause when low. Without a control-response prediction
 * (class transformation) the middle group cannot be split and is returned as null.
 */
export function segmentCustomers(uplift: ArrayLike<number>, controlResponse: ArrayLike<number> | null, opt: SegmentOptions = {}): { segment: (SegmentName | null)[]; counts: Record<SegmentName, number>; responseThreshold: number | null } {
  const th = opt.upliftThreshold ?? 0.01
  if (!(th >= 0)) throw new MessageError('uplift.badThreshold', { threshold: th })
  let rt: number | null = opt.responseThreshold ?? null
  if (rt === null && controlResponse && controlResponse.length) {
    let s = 0
    for (let i = 0; i < controlResponse.length; i++) s += controlResponse[i]
    rt = s / controlResponse.length
  }
  const counts: Record<SegmentName, number> = { persuadable: 0, sureThing: 0, lostCause: 0, doNotDisturb: 0 }
  const segment: (SegmentName | null)[] = new Array(uplift.length)
  for (let i = 0; i < uplift.length; i++) {
    let s: SegmentName | null
    if (uplift[i] > th) s = 'persuadable'
    else if (uplift[i] < -th) s = 'doNotDisturb'
    else if (controlResponse && rt !== null) s = controlResponse[i] >= rt ? 'sureThing' : 'lostCause'
    else s = null
    segment[i] = s
    if (s) counts[s]++
  }
  return { segment, counts, responseThreshold: rt }
}

export interface ValueOptions {
  /** value of one conversion (binary outcome) or 1 for a continuous outcome already in money */
  value?: number
  /** cost of contacting one customer: one number, or per treatment arm */
  costPerContact?: number | Record<string, number>
}

export interface MultiArmScores {
  arms: string[]
  /** per treatment arm, predicted uplift of every customer */
  uplift: Float64Array[]
  /** index into `arms` of each customer's best treatment, −1 when no uplift is positive */
  best: Int32Array
  bestUplift: Float64Array
  /** best expected incremental profit per customer: uplift × value − cost (0 when not contacted) */
  bestProfit: Float64Array
  expectedIncrementalConversions: number
  expectedIncrementalProfit: number
  segments: ReturnType<typeof segmentCustomers>
}

export interface MultiArmJSON {
  kind: 'uplift-multiarm'
  version: 1
  control: string
  arms: string[]
  models: UpliftModelJSON[]
}

export class MultiArmUplift {
  readonly kind = 'uplift-multiarm'
  readonly options: Partial<UpliftOptions>
  control = ''
  arms: string[] = []
  models: UpliftModel[] = []
  warnings: Message[] = []

  constructor(options: Partial<UpliftOptions> = {}) {
    this.options = options
  }

  /** Fit one model per treatment arm vs the control arm (`armOf[i]` names row i's arm). */
  async fit(X: Matrix, armOf: ArrayLike<string>, y: ArrayLike<number>, controlArm: string, control?: RunControl): Promise<void> {
    const arms = [...new Set(Array.from(armOf))].filter((a) => a !== controlArm).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    if (arms.length === Array.from(new Set(Array.from(armOf))).length) throw new MessageError('uplift.noControlArm', { control: controlArm, arms: arms.join(', ') })
    if (!arms.length) throw new MessageError('uplift.noTreatmentArm', { control: controlArm })
    const models: UpliftModel[] = []
    this.warnings = []
    for (let k = 0; k < arms.length; k++) {
      checkCancel(control?.cancel)
      const rows: number[] = []
      for (let i = 0; i < armOf.length; i++) if (armOf[i] === arms[k] || armOf[i] === controlArm) rows.push(i)
      const t = Uint8Array.from(rows, (i) => (armOf[i] === arms[k] ? 1 : 0))
      const yy = Float64Array.from(rows, (i) => y[i])
      const m = new UpliftModel(this.options)
      await m.fit(takeRows(X, rows), t, yy, { cancel: control?.cancel, onProgress: subProgress(control?.onProgress, k / arms.length, (k + 1) / arms.length) })
      this.warnings.push(...m.warnings)
      models.push(m)
    }
    this.control = controlArm
    this.arms = arms
    this.models = models
  }

  predict(X: Matrix): UpliftPrediction[] {
    if (!this.models.length) throw new MessageError('uplift.notFitted')
    return UpliftModel.predictMany(this.models, X)
  }

  /** Best treatment per customer with expected incremental outcome and profit. */
  score(X: Matrix, opt: ValueOptions & SegmentOptions = {}): MultiArmScores {
    const preds = this.predict(X)
    const n = X.rows
    const value = opt.value ?? 1
    const cost = (arm: string): number => (typeof opt.costPerContact === 'number' ? opt.costPerContact : opt.costPerContact?.[arm] ?? 0)
    const best = new Int32Array(n).fill(-1)
    const bestUplift = new Float64Array(n)
    const bestProfit = new Float64Array(n)
    const ctrlResp = preds.every((p) => p.control) ? new Float64Array(n) : null
    let conv = 0, profit = 0
    for (let i = 0; i < n; i++) {
      let b = -1, bu = 0, bp = -Infinity
      for (let k = 0; k < preds.length; k++) {
        const u = preds[k].uplift[i]
        const pr = u * value - cost(this.arms[k])
        // the best arm is the most profitable one; with no costs and value 1 that is the largest uplift
        if (u > 0 && pr > bp) { b = k; bu = u; bp = pr }
      }
      best[i] = b
      bestUplift[i] = b >= 0 ? bu : Math.max(...preds.map((p) => p.uplift[i]))
      bestProfit[i] = b >= 0 ? bp : 0
      if (b >= 0) { conv += bu; profit += bp }
      if (ctrlResp) ctrlResp[i] = preds[Math.max(b, 0)].control![i]
    }
    return {
      arms: this.arms, uplift: preds.map((p) => p.uplift), best, bestUplift, bestProfit,
      expectedIncrementalConversions: conv, expectedIncrementalProfit: profit,
      segments: segmentCustomers(bestUplift, ctrlResp, opt),
    }
  }

  toJSON(): MultiArmJSON {
    return { kind: 'uplift-multiarm', version: 1, control: this.control, arms: [...this.arms], models: this.models.map((m) => m.toJSON()) }
  }

  static load(json: MultiArmJSON): MultiArmUplift {
    if (json?.kind !== 'uplift-multiarm') throw new MessageError('uplift.notAnUpliftModel', { kind: String(json?.kind) })
    const m = new MultiArmUplift(json.models[0]?.options ?? {})
    m.control = json.control
    m.arms = [...json.arms]
    m.models = json.models.map((j) => UpliftModel.load(j))
    return m
  }
}

export interface RolloutRow {
  row: number
  arm: string
  uplift: number
  profit: number
}

/**
 * The roll-out list: customers whose best expected incremental profit is positive, most profitable
 * first, each with their best treatment; under a budget the list stops when the next contact would
 * exceed it.
 */
export function planRollout(scores: MultiArmScores, opt: { costPerContact?: number | Record<string, number>; budget?: number } = {}): { rows: RolloutRow[]; totalCost: number; expectedProfit: number; expectedIncremental: number } {
  const cost = (arm: string): number => (typeof opt.costPerContact === 'number' ? opt.costPerContact : opt.costPerContact?.[arm] ?? 0)
  const idx: number[] = []
  for (let i = 0; i < scores.best.length; i++) if (scores.best[i] >= 0 && scores.bestProfit[i] > 0) idx.push(i)
  idx.sort((a, b) => scores.bestProfit[b] - scores.bestProfit[a] || a - b)
  const rows: RolloutRow[] = []
  let total = 0, profit = 0, inc = 0
  for (const i of idx) {
    const arm = scores.arms[scores.best[i]]
    const c = cost(arm)
    if (opt.budget !== undefined && total + c > opt.budget) break
    total += c
    profit += scores.bestProfit[i]
    inc += scores.bestUplift[i]
    rows.push({ row: i, arm, uplift: scores.bestUplift[i], profit: scores.bestProfit[i] })
  }
  return { rows, totalCost: total, expectedProfit: profit, expectedIncremental: inc }
}
