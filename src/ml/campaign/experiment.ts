/**
 * The experimentation-platform block of a campaign's A/B report (issue 15 §3–4): the sample-ratio
 * check against the design's planned split, then per non-control arm the gbstats 0.8.0 lifts
 * (absolute and relative, Welch t) and the Bayesian chance to beat control and risk on the relative
 * lift, all on the same conversion counts the report's Wilson/Holm tables use.
 */
import type { AbResults } from './results'
import { proportionStat, srmCheck, vsControl, isMessage } from '../stats/abstats'
import { message, type Message } from '../stats/messages'

export interface LiftSummary { estimate: number; pValue: number; ci: [number, number] }

export interface ArmVsControl {
  arm: string
  /** conversions / base of the arm and of the control */
  converted: number
  base: number
  absolute: LiftSummary | null
  relative: LiftSummary | null
  bayesian: { chanceToWin: number; ci: [number, number]; risk: [number, number] } | null
  /** why a block is missing (zero control rate, no variance, too few customers) */
  notes: Message[]
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
}

export type ResultsReport = AbResults & { experiment?: ExperimentStats | null }

export interface ExperimentOptions {
  /** the design's planned arm sizes; arms of the results missing here fall back to an equal split */
  planned?: { arm: string; size: number }[]
  alpha?: number
}

/** null when the results have no control arm (nothing to compare against). */
export function experimentStats(a: AbResults, opt: ExperimentOptions = {}): ExperimentStats | null {
  const alpha = opt.alpha ?? 0.05
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
    const row: ArmVsControl = { arm: x.arm, converted: t?.converted ?? 0, base: t?.base ?? 0, absolute: null, relative: null, bayesian: null, notes }
    if (!c || !t || c.base < 2 || t.base < 2) {
      notes.push(message('uplift.ab.tooFewUnits', { control: c?.base ?? 0, variant: t?.base ?? 0 }))
      out.push(row)
      continue
    }
    const v = vsControl(proportionStat(c.converted, c.base), proportionStat(t.converted, t.base), { alpha })
    const keep = (r: VsControl[keyof VsControl]): void => { if (isMessage(r) && !notes.some((n) => n.code === r.code)) notes.push(r) }
    if (isMessage(v.absolute)) keep(v.absolute)
    else row.absolute = { estimate: v.absolute.estimate, pValue: v.absolute.pValue, ci: [v.absolute.ci[0], v.absolute.ci[1]] }
    if (isMessage(v.relative)) keep(v.relative)
    else row.relative = { estimate: v.relative.estimate, pValue: v.relative.pValue, ci: [v.relative.ci[0], v.relative.ci[1]] }
    if (isMessage(v.bayesian)) keep(v.bayesian)
    else row.bayesian = { chanceToWin: v.bayesian.chanceToWin, ci: [v.bayesian.ci[0], v.bayesian.ci[1]], risk: [v.bayesian.risk[0], v.bayesian.risk[1]] }
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
  }
}

type VsControl = ReturnType<typeof vsControl>
