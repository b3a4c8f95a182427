import { describe, expect, it } from 'vitest'
import { beeswarmOffsets, colourPositions, jitter, levelsByCount, quantile } from '../../../src/components/predict/shapPlots'

describe('SHAP plot layout', () => {
  it('beeswarm: dots of one bin stack 0, +d, −d, +2d, … in customer order; d fits the fullest bin in ±halfWidth', () => {
    // bins of width 1 over [0, 10): five dots in bin 2, one in bin 7
    const x = [2.5, 2.1, 7.3, 2.9, 2.2, 2.4]
    const off = beeswarmOffsets(x, 0, 10, 10, 0.4, 1)
    // fullest bin has 5 dots: ceil(4 / 2) = 2 steps each side → d = 0.2
    // bin 2 holds dots 0, 1, 3, 4, 5 → 0, +0.2, −0.2, +0.4, −0.4
    expect(Array.from(off)).toEqual([0, 0.2, 0, -0.2, 0.4, -0.4])
  })

  it('beeswarm: a sparse row keeps the step at maxStep; one dot per bin stays on the line', () => {
    expect(Array.from(beeswarmOffsets([1, 1.1], 0, 10, 10, 0.4, 0.06))).toEqual([0, 0.06])
    expect(Array.from(beeswarmOffsets([1, 5, 9], 0, 10, 10))).toEqual([0, 0, 0])
    // out-of-range values are clamped into the end bins, not lost
    expect(Array.from(beeswarmOffsets([-5, 0.5, 20], 0, 10, 10, 0.4, 1))).toEqual([0, 0.4, 0])
  })

  it('quantile by linear interpolation (numpy default), ignoring NaN', () => {
    // numpy.quantile([1, 2, 3, 4], 0.05) = 1.15, 0.95 → 3.85
    expect(quantile([4, NaN, 1, 3, 2], 0.05)).toBeCloseTo(1.15, 12)
    expect(quantile([4, NaN, 1, 3, 2], 0.95)).toBeCloseTo(3.85, 12)
    expect(quantile([NaN], 0.5)).toBeNaN()
  })

  it('colour positions: clipped at the 5th / 95th percentiles, missing −1, a constant 0.5', () => {
    const c = colourPositions([1, 2, 3, 4, NaN])
    // (v − 1.15) / 2.7, clipped to [0, 1]
    expect(c[0]).toBe(0)
    expect(c[1]).toBeCloseTo(0.85 / 2.7, 12)
    expect(c[2]).toBeCloseTo(1.85 / 2.7, 12)
    expect(c[3]).toBe(1)
    expect(c[4]).toBe(-1)
    expect(Array.from(colourPositions([7, 7, NaN]))).toEqual([0.5, 0.5, -1])
  })

  it('levels by count, ties by name; jitter stays within ±w and is repeatable', () => {
    expect(levelsByCount(['b', 'a', 'c', 'a', 'b', 'a'])).toEqual(['a', 'b', 'c'])
    expect(levelsByCount(['y', 'x'])).toEqual(['x', 'y'])
    for (let i = 0; i < 1000; i++) {
      expect(Math.abs(jitter(i, 0.3))).toBeLessThanOrEqual(0.3)
      expect(jitter(i)).toBe(jitter(i))
    }
    expect(jitter(0)).toBe(-0.3)
  })
})
