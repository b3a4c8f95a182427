import { describe, expect, it } from 'vitest'
import { evaluateArms, thinCurve } from '@/ml/uplift/evaluate'
import type { Matrix } from '@/ml/core/matrix'

describe('held-out uplift evaluation per arm', () => {
  it('thins a curve to evenly spaced points, keeping the first and the last', () => {
    const c = { x: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], y: [0, 2, 4, 6, 8, 10, 12, 14, 16, 18] }
    // indices round(k·9/3) for k = 0..3: 0, 3, 6, 9
    expect(thinCurve(c, 4)).toEqual({ x: [0, 3, 6, 9], y: [0, 6, 12, 18] })
    // round(k·9/4): 0, 2 (2.25), 5 (4.5 rounds up), 7 (6.75), 9
    expect(thinCurve(c, 5).x).toEqual([0, 2, 5, 7, 9])
    expect(thinCurve(c, 20)).toEqual(c)
    expect(() => thinCurve(c, 1)).toThrow(expect.objectContaining({ code: 'uplift.badMaxPoints' }))
  })

  it('splits each arm with the control by treatment × outcome and skips an arm it cannot rank', async () => {
    // A: 100 treated with 30 responders (the old ones respond more), control 100 with 10; C: 20 with none.
    const armOf: string[] = [], y: number[] = [], x: number[] = []
    for (let i = 0; i < 100; i++) { armOf.push('A'); x.push(i % 2); y.push(i % 2 === 1 && i < 60 ? 1 : 0) }
    for (let i = 0; i < 100; i++) { armOf.push('control'); x.push(i % 2); y.push(i % 10 === 0 ? 1 : 0) }
    for (let i = 0; i < 6; i++) { armOf.push('C'); x.push(i % 2); y.push(0) }
    const X: Matrix = { rows: x.length, cols: 1, data: Float64Array.from(x) }
    const r = await evaluateArms(X, armOf, y, 'control', { learner: 't', base: 'lr', outcome: 'binary', seed: 42 })
    expect(r.arms.map((a) => a.arm)).toEqual(['A'])
    const a = r.arms[0]
    // 200 rows → 60 held out: strata control no/yes 90/10, A no/yes 70/30 → exactly 27, 3, 21, 9
    expect([a.nTrain, a.nTest]).toEqual([140, 60])
    expect(a.test).toEqual({ treated: 30, control: 30, treatedResponders: 9, controlResponders: 3 })
    // Qini at the end: 9 − 3·30/30 = 6, the random line's end
    expect(a.random).toEqual({ x: [0, 60], y: [0, 6] })
    expect(a.qini.y.at(-1)).toBeCloseTo(6, 12)
    // The perfect Qini curve (negative effect allowed) peaks at the 9 treated responders, then falls by
    // the 3 control responders (scaled 30/30) to 6
    expect(Math.max(...a.qiniPerfect.y)).toBeCloseTo(9, 12)
    expect(a.qiniPerfect.y.at(-1)).toBeCloseTo(6, 12)
    // x = 1 carries all of A's effect: ranked first, better than random
    expect(a.qiniAuc).toBeGreaterThan(0)
    expect(a.k).toBe(0.3)
    // C + control = 106 rows → 32 held out: C has no responder at all: skipped with a message
    expect(r.warnings).toHaveLength(1)
    expect(r.warnings[0].code).toBe('uplift.evalSkipped')
    expect(r.warnings[0].params.arm).toBe('C')
  })
})
