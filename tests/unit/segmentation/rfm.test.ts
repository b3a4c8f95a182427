import { describe, it, expect } from 'vitest'
import { quantileScores, rank, rfmScores, RFM_SEGMENT_GRID, RFM_SEGMENTS, segmentOf, summariseSegments } from '@/ml/segmentation/rfm'

describe('RFM scores', () => {
  it('ranks with the first / average tie rules', () => {
    expect(Array.from(rank([3, 1, 3, 2]))).toEqual([3, 1, 4, 2])
    expect(Array.from(rank([3, 1, 3, 2], 'average'))).toEqual([3.5, 1, 3.5, 2])
  })

  it('quintiles like pandas qcut(rank(method="first"), 5)', () => {
    // 10 values: edges of ranks 1..10 are 1, 2.8, 4.6, 6.4, 8.2, 10 -> ranks 1-2:1, 3-4:2, 5-6:3, 7-8:4, 9-10:5
    expect(Array.from(quantileScores([10, 20, 30, 40, 50, 60, 70, 80, 90, 100]))).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5])
    // 7 values: edges 1, 2.2, 3.4, 4.6, 5.8, 7 -> ranks 1,2 | 3 | 4 | 5 | 6,7
    expect(Array.from(quantileScores([7, 6, 5, 4, 3, 2, 1]))).toEqual([5, 5, 4, 3, 2, 1, 1])
    // ties: 'first' splits them in order, 'average' keeps them together
    expect(Array.from(quantileScores([1, 1, 1, 1, 1, 1, 1, 1, 1, 9]))).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5])
    expect(Array.from(quantileScores([1, 1, 1, 1, 1, 1, 1, 1, 1, 9], 5, 'average'))).toEqual([3, 3, 3, 3, 3, 3, 3, 3, 3, 5])
  })

  it('reverses recency, builds the score string and the segment from R and FM', () => {
    const rec = [1, 2, 3, 4, 5, 300, 301, 302, 303, 304]
    const freq = [9, 10, 1, 1, 2, 20, 30, 1, 1, 2]
    const mon = [900, 1000, 10, 20, 30, 5000, 6000, 5, 8, 9]
    const s = rfmScores(rec, freq, mon)
    expect(Array.from(s.r)).toEqual([5, 5, 4, 4, 3, 3, 2, 2, 1, 1])
    expect(s.score[1]).toBe(`${s.r[1]}${s.f[1]}${s.m[1]}`)
    for (let i = 0; i < 10; i++) {
      expect(s.fm[i]).toBe(Math.floor((s.f[i] + s.m[i]) / 2 + 0.5))
      expect(RFM_SEGMENTS[s.segment[i]]).toBe(segmentOf(s.r[i], s.fm[i]))
    }
    expect(RFM_SEGMENTS[s.segment[1]]).toBe('Champions')
    expect(RFM_SEGMENTS[s.segment[8]]).toBe('Lost')
    // the oldest high spenders
    expect(RFM_SEGMENTS[s.segment[6]]).toBe("Can't lose them")
    expect(s.ranges.r[4]).toEqual([1, 2])
  })

  it('the grid covers all eleven named segments', () => {
    expect(new Set(RFM_SEGMENT_GRID.flat()).size).toBe(11)
    expect(segmentOf(5, 1)).toBe('New customers')
    expect(segmentOf(4, 1)).toBe('Promising')
    expect(segmentOf(3, 3)).toBe('Need attention')
    expect(segmentOf(2, 4)).toBe('At risk')
  })

  it('summarises customers, revenue and margin share per segment', () => {
    const rec = [1, 2, 3, 4, 5, 300, 301, 302, 303, 304]
    const freq = [9, 10, 1, 1, 2, 20, 30, 1, 1, 2]
    const mon = [900, 1000, 10, 20, 30, 5000, 6000, 5, 8, 9]
    const margin = mon.map((m) => m / 10)
    const s = rfmScores(rec, freq, mon)
    const sum = summariseSegments(s, rec, freq, mon, margin)
    expect(sum.length).toBe(11)
    expect(sum.reduce((a, x) => a + x.customers, 0)).toBe(10)
    expect(sum.reduce((a, x) => a + x.revenueShare, 0)).toBeCloseTo(1, 12)
    expect(sum.reduce((a, x) => a + x.marginShare!, 0)).toBeCloseTo(1, 12)
    const champs = sum.find((x) => x.segment === 'Champions')!
    expect(champs.revenue).toBe(1900)
    expect(champs.revenueShare).toBeCloseTo(1900 / mon.reduce((a, b) => a + b, 0), 12)
  })

  it('refuses too few customers', () => {
    expect(() => rfmScores([1, 2], [1, 2], [1, 2])).toThrow(/at least 5/)
  })
})
