import { describe, expect, it } from 'vitest'
import { experimentStats } from '@/ml/campaign/experiment'
import type { AbResults } from '@/ml/campaign/results'

/** The fields of an analysis the experiment block reads: arm sizes and the conversion counts. */
function results(arms: { arm: string; sent: number; base?: number; converted: number; control?: boolean }[]): AbResults {
  return {
    arms: arms.map((a) => ({ arm: a.arm, isControl: !!a.control, sent: a.sent, converted: a.converted })),
    tests: { arms: arms.map((a) => ({ arm: a.arm, base: a.base ?? a.sent, converted: a.converted, conversion: null })), chiSquare: null, pairwise: [], vsControl: [] },
  } as unknown as AbResults
}

describe('experiment block of the A/B report', () => {
  it('gives the gbstats 0.8.0 lift, chance to win and risk of the Hillstrom Womens vs No E-Mail fixture', () => {
    // ../shared/reference/abstats/README.md: 189/21,387 vs 122/21,306
    const e = experimentStats(results([{ arm: 'Womens', sent: 21387, converted: 189 }, { arm: 'No E-Mail', sent: 21306, converted: 122, control: true }]))!
    expect(e.control).toBe('No E-Mail')
    const w = e.arms[0]
    expect(w.arm).toBe('Womens')
    expect(w.relative!.estimate).toBeCloseTo(0.5433130437, 8)
    expect(w.relative!.pValue).toBeCloseTo(0.0023526363, 8)
    expect(w.relative!.ci[0]).toBeCloseTo(0.1932303308, 8)
    expect(w.relative!.ci[1]).toBeCloseTo(0.8933957566, 8)
    expect(w.absolute!.estimate).toBeCloseTo(0.0031110575, 9)
    expect(w.absolute!.pValue).toBeCloseTo(1.5597291e-4, 9)
    expect(w.bayesian!.chanceToWin).toBeCloseTo(0.9988244262, 8)
    expect(w.bayesian!.risk[0]).toBeCloseTo(0.5433718717, 8)
    expect(w.bayesian!.risk[1]).toBeCloseTo(5.8827996e-5, 10)
    expect(w.notes).toEqual([])
    // no design: equal planned split; χ² = 2·40.5²/21,346.5, p from scipy chi2.sf(·, 1)
    expect(e.srm.plannedFrom).toBe('equal')
    expect(e.srm.chi2).toBeCloseTo(0.15367858899585413, 12)
    expect(e.srm.pValue).toBeCloseTo(0.6950444648439206, 9)
    expect(e.srm.mismatch).toBe(false)
  })

  it('checks the arm sizes against the design and flags a mismatch below p = 0.001', () => {
    const r = results([{ arm: 'A', sent: 200, converted: 30 }, { arm: 'B', sent: 200, converted: 20 }, { arm: 'control', sent: 120, converted: 12, control: true }])
    const e = experimentStats(r, { planned: [{ arm: 'A', size: 200 }, { arm: 'B', size: 200 }, { arm: 'control', size: 200 }] })!
    expect(e.srm.plannedFrom).toBe('design')
    expect(e.srm.planned).toEqual([1 / 3, 1 / 3, 1 / 3])
    // expected 520/3 each: χ² = (2·(80/3)² + (160/3)²)/(520/3) = 320/13; df 2 → p = exp(−χ²/2)
    expect(e.srm.chi2).toBeCloseTo(320 / 13, 10)
    expect(e.srm.df).toBe(2)
    expect(e.srm.pValue).toBeCloseTo(Math.exp(-160 / 13), 12)
    expect(e.srm.mismatch).toBe(true)
    expect(e.arms.map((a) => a.arm)).toEqual(['A', 'B'])
    // still reported under the warning: A 15% vs control 10% → relative lift 0.5
    expect(e.arms[0].relative!.estimate).toBeCloseTo(0.5, 12)
    // an unequal plan: 300/100 planned, 300/100 observed → no mismatch at all
    const u = experimentStats(results([{ arm: 'A', sent: 300, converted: 30 }, { arm: 'control', sent: 100, converted: 8, control: true }]), { planned: [{ arm: 'A', size: 300 }, { arm: 'control', size: 100 }] })!
    expect(u.srm.chi2).toBe(0)
    expect(u.srm.pValue).toBe(1)
  })

  it('falls back to an equal split when the design does not name every arm, and needs a control', () => {
    const r = results([{ arm: 'A', sent: 100, converted: 5 }, { arm: 'control', sent: 100, converted: 4, control: true }])
    expect(experimentStats(r, { planned: [{ arm: 'X', size: 100 }, { arm: 'control', size: 100 }] })!.srm.plannedFrom).toBe('equal')
    expect(experimentStats(results([{ arm: 'A', sent: 100, converted: 5 }, { arm: 'B', sent: 100, converted: 4 }]))).toBeNull()
  })

  it('explains a missing relative lift when the control converted nobody (absolute still given)', () => {
    const e = experimentStats(results([{ arm: 'A', sent: 100, converted: 5 }, { arm: 'control', sent: 100, converted: 0, control: true }]))!
    expect(e.arms[0].relative).toBeNull()
    expect(e.arms[0].bayesian).toBeNull()
    expect(e.arms[0].absolute!.estimate).toBeCloseTo(0.05, 12)
    expect(e.arms[0].notes.map((n) => n.code)).toEqual(['uplift.ab.zeroControlMean'])
  })
})
