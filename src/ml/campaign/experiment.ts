/**
 * The experimentation-platform block of a campaign's A/B report (issue 15 §3–4): the sample-ratio
 * check against the design's planned split, then per non-control arm the gbstats 0.8.0 lifts
 * (absolute and relative, Welch t) and the Bayesian chance to beat control and risk on the relative
 * lift, all on the same conversion counts the report's Wilson/Holm tables use.
 */
import type { AbResults } from './results'
import { bayesianTest, cuped, frequentistTest, proportionStat, sequentialTest, srmCheck, vsControl, isMessage, type MeanStat } from '../stats/abstats'
import { MessageError, message, type Message } from '../stats/messages'

export interface LiftSummary { estimate: number; pValue: number; ci: [number, number] }

export interface ArmVsControl {
  arm: string
  /** conversions / base of the arm and of the control */
  converted: number
  base: number
  absolute: LiftSummary | null
  relative: LiftSummary | null
  bayesian: { chanceToWin: number; ci: [number, number]; risk: [number, number] } | null
  /** always-valid lifts (asked for with `sequential`): the same estimates, wider intervals */
  sequential: { absolute: LiftSummary | null; relative: LiftSummary | null } | null
  /** the lifts on the CUPED-adjusted metric (asked for with `cuped`) */
  cuped: CupedArm | null
  /** why a block is missing (zero control rate, no variance, too few customers) */
  notes: Message[]
}

export interface CupedArm {
  /** customers of the arm and of the control with the metric and the covariate */
  n: number
  nControl: number
  theta: number
  correlation: number
  /** 1 − Var(adjusted lift)/Var(raw lift) */
  varianceReduction: number
  absolute: LiftSummary | null
  relative: LiftSummary | null
  /** always-valid relative lift on the adjusted metric, when sequential intervals are asked for */
  sequential: LiftSummary | null
  chanceToWin: number | null
}

/**
 * Per-customer data for CUPED: each customer's arm, metric (1/0 converted) and pre-period
 * covariate, with the file row (1-based) for messages.
 */
export interface CupedInput {
  column: string
  arm: ArrayLike<string>
  y: ArrayLike<number>
  x: ArrayLike<number>
  row?: ArrayLike<number>
  /** when the covariate was measured and when the campaign was sent (ms): refused when not before */
  covariateAt?: number
  sentAt?: number
}

export interface ExperimentStats {
  control: string
  alpha: number
  srm: {
    arms: string[]
    observed: number[]
    expected: number[]
    /** planned share of each arm (sums to 1) */
    planned: number[]
    /** where the planned split comes from: the campaign's A/B design, or equal arms without one */
    plannedFrom: 'design' | 'equal'
    chi2: number
    df: number
    pValue: number
    mismatch: boolean
    threshold: number
  }
  arms: ArmVsControl[]
  /** the sequential method's tuning N* when sequential intervals were asked for */
  sequential: { tuning: number } | null
  /** the covariate column when CUPED was asked for */
  cuped: { column: string } | null
}

export type ResultsReport = AbResults & { experiment?: ExperimentStats | null }

export interface ExperimentOptions {
  /** the design's planned arm sizes; arms of the results missing here fall back to an equal split */
  planned?: { arm: string; size: number }[]
  alpha?: number
  /** always-valid intervals for a test read before its end (gbstats' sequential test, tuning N*) */
  sequential?: { tuning?: number }
  cuped?: CupedInput
}

const lift = (r: { estimate: number; pValue: number; ci: [number, number] } | Message): LiftSummary | null => (isMessage(r) ? null : { estimate: r.estimate, pValue: r.pValue, ci: [r.ci[0], r.ci[1]] })

/** Checks the covariate (every value a number) and splits metric and covariate by arm. */
function cupedByArm(c: CupedInput): Map<string, { y: number[]; x: number[] }> {
  if (c.arm.length !== c.y.length || c.arm.length !== c.x.length) throw new MessageError('uplift.ab.cupedLength')
  const by = new Map<string, { y: number[]; x: number[] }>()
  let bad = 0, first = 0
  for (let i = 0; i < c.arm.length; i++) {
    if (!Number.isFinite(c.x[i]) || !Number.isFinite(c.y[i])) {
      if (!bad++) first = c.row ? c.row[i] : i + 1
      continue
    }
    const e = by.get(c.arm[i]) ?? { y: [], x: [] }
    e.y.push(c.y[i]); e.x.push(c.x[i])
    by.set(c.arm[i], e)
  }
  if (bad) throw new MessageError('uplift.ab.cupedColumnMissing', { column: c.column, row: first, count: bad })
  return by
}

/** null when the results have no control arm (nothing to compare against). */
export function experimentStats(a: AbResults, opt: ExperimentOptions = {}): ExperimentStats | null {
  const alpha = opt.alpha ?? 0.05
  const tuning = opt.sequential ? opt.sequential.tuning ?? 5000 : null
  const cup = opt.cuped ? cupedByArm(opt.cuped) : null
  const ctrl = a.arms.find((x) => x.isControl)
  if (!ctrl || a.arms.length < 2) return null
  const arms = a.arms.map((x) => x.arm)
  // Observed units are the customers sent to each arm (the control's "sent" is everyone in it),
  // the unit the design allocated.
  const observed = a.arms.map((x) => x.sent)
  const plannedSize = new Map((opt.planned ?? []).map((p) => [p.arm, p.size]))
  const fromDesign = arms.every((n) => (plannedSize.get(n) ?? 0) > 0)
  const weights = fromDesign ? arms.map((n) => plannedSize.get(n)!) : arms.map(() => 1)
  const tw = weights.reduce((s, w) => s + w, 0)
  const srm = srmCheck(observed, weights)
  const byArm = new Map(a.tests.arms.map((t) => [t.arm, t]))
  const c = byArm.get(ctrl.arm)
  const out: ArmVsControl[] = []
  for (const x of a.arms) {
    if (x.isControl) continue
    const t = byArm.get(x.arm)
    const notes: Message[] = []
    const row: ArmVsControl = { arm: x.arm, converted: t?.converted ?? 0, base: t?.base ?? 0, absolute: null, relative: null, bayesian: null, sequential: null, cuped: null, notes }
    if (!c || !t || c.base < 2 || t.base < 2) {
      notes.push(message('uplift.ab.tooFewUnits', { control: c?.base ?? 0, variant: t?.base ?? 0 }))
      out.push(row)
      continue
    }
    const statC = proportionStat(c.converted, c.base), statT = proportionStat(t.converted, t.base)
    const v = vsControl(statC, statT, { alpha })
    const keep = (r: VsControl[keyof VsControl]): void => { if (isMessage(r) && !notes.some((n) => n.code === r.code)) notes.push(r) }
    if (isMessage(v.absolute)) keep(v.absolute)
    else row.absolute = { estimate: v.absolute.estimate, pValue: v.absolute.pValue, ci: [v.absolute.ci[0], v.absolute.ci[1]] }
    if (isMessage(v.relative)) keep(v.relative)
    else row.relative = { estimate: v.relative.estimate, pValue: v.relative.pValue, ci: [v.relative.ci[0], v.relative.ci[1]] }
    if (isMessage(v.bayesian)) keep(v.bayesian)
    else row.bayesian = { chanceToWin: v.bayesian.chanceToWin, ci: [v.bayesian.ci[0], v.bayesian.ci[1]], risk: [v.bayesian.risk[0], v.bayesian.risk[1]] }
    if (tuning !== null) row.sequential = sequentialPair(statC, statT, alpha, tuning)
    if (cup && opt.cuped) row.cuped = cupedArm(cup.get(ctrl.arm), cup.get(x.arm), opt.cuped, alpha, tuning)
    out.push(row)
  }
  return {
    control: ctrl.arm,
    alpha,
    srm: {
      arms, observed, expected: srm.expected, planned: weights.map((w) => w / tw), plannedFrom: fromDesign ? 'design' : 'equal',
      chi2: srm.chi2, df: srm.df, pValue: srm.pValue, mismatch: srm.mismatch, threshold: srm.threshold,
    },
    arms: out,
    sequential: tuning !== null ? { tuning } : null,
    cuped: opt.cuped ? { column: opt.cuped.column } : null,
  }
}

function sequentialPair(a: MeanStat, b: MeanStat, alpha: number, tuning: number): { absolute: LiftSummary | null; relative: LiftSummary | null } {
  return { absolute: lift(sequentialTest(a, b, { type: 'absolute', alpha, tuning })), relative: lift(sequentialTest(a, b, { type: 'relative', alpha, tuning })) }
}

/** CUPED for one arm against the control: θ pooled over the two arms, Welch t and Bayesian on the adjusted metric. */
function cupedArm(ctrl: { y: number[]; x: number[] } | undefined, arm: { y: number[]; x: number[] } | undefined, c: CupedInput, alpha: number, tuning: number | null): CupedArm | null {
  if (!ctrl || !arm || ctrl.y.length < 2 || arm.y.length < 2) return null
  const r = cuped(ctrl.y, ctrl.x, arm.y, arm.x, { covariateAt: c.covariateAt, sentAt: c.sentAt })
  const bay = bayesianTest(r.control, r.variant, { type: 'relative', alpha })
  return {
    n: arm.y.length, nControl: ctrl.y.length, theta: r.theta, correlation: r.correlation, varianceReduction: r.varianceReduction,
    absolute: lift(frequentistTest(r.control, r.variant, { type: 'absolute', alpha })),
    relative: lift(frequentistTest(r.control, r.variant, { type: 'relative', alpha })),
    sequential: tuning !== null ? lift(sequentialTest(r.control, r.variant, { type: 'relative', alpha, tuning })) : null,
    chanceToWin: isMessage(bay) ? null : bay.chanceToWin,
  }
}

type VsControl = ReturnType<typeof vsControl>
