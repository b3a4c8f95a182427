import { describe, expect, it } from 'vitest'
import { binOf, categoricalShares, decileEdges, driftOf, fitBins, linearQuantile, numericShares, psi, psiLevel } from '../../../src/ml/drift/psi'
import { numberColumn, stringColumn } from '../../../src/data/table'

describe('decile edges (numpy linear quantiles)', () => {
  it('matches numpy.quantile(x, [0.1 … 0.9]) on 12 values (numbers printed by numpy 1.x)', () => {
    const x = [3.2, 1.5, 9.9, 4.4, 4.4, 7.1, 0.3, 2.2, 8.8, 5.0, 6.6, 12.25]
    const numpy = [1.57, 2.4000000000000004, 3.56, 4.4, 4.7, 5.959999999999999, 6.949999999999999, 8.46, 9.790000000000001]
    const edges = decileEdges(x)
    expect(edges).toHaveLength(9)
    edges.forEach((e, i) => expect(e).toBeCloseTo(numpy[i], 12))
  })

  it('1..10: edges 1.9, 2.8, …, 9.1 (h = 9q, interpolated) and one value per bin', () => {
    const x = Array.from({ length: 10 }, (_, i) => i + 1)
    const edges = decileEdges(x)
    ;[1.9, 2.8, 3.7, 4.6, 5.5, 6.4, 7.3, 8.2, 9.1].forEach((e, i) => expect(edges[i]).toBeCloseTo(e, 12))
    const shares = numericShares(x, edges)
    expect(shares).toHaveLength(11)
    shares.slice(0, 10).forEach((s) => expect(s).toBeCloseTo(0.1, 15))
    expect(shares[10]).toBe(0)
  })

  it('ties: duplicate quantiles collapse to unique edges; a value on an edge goes right (closed on the left)', () => {
    const x = [0, 0, 0, 0, 0, 1, 1, 1, 1, 1]
    // q = 0.1..0.4 → 0; q = 0.5 → h = 4.5 → 0.5; q = 0.6..0.9 → 1
    expect(decileEdges(x)).toEqual([0, 0.5, 1])
    expect(binOf([0, 0.5, 1], -1)).toBe(0)
    expect(binOf([0, 0.5, 1], 0)).toBe(1)
    expect(binOf([0, 0.5, 1], 0.5)).toBe(2)
    expect(binOf([0, 0.5, 1], 0.9999)).toBe(2)
    expect(binOf([0, 0.5, 1], 1)).toBe(3)
    expect(numericShares(x, [0, 0.5, 1])).toEqual([0, 0.5, 0, 0.5, 0])
  })

  it('missing values are left out of the edges and counted in the missing bin', () => {
    expect(decileEdges([NaN, NaN])).toEqual([])
    expect(numericShares([1, NaN, 3, NaN], [2])).toEqual([0.25, 0.25, 0.5])
    expect(linearQuantile([5], 0.3)).toBe(5)
  })
})

describe('PSI = Σ (a − e) ln(a / e), shares floored at 1e-4', () => {
  it('identical distributions: 0', () => {
    expect(psi([0.2, 0.3, 0.5, 0], [0.2, 0.3, 0.5, 0])).toBe(0)
  })

  it('empty bins on either side use the floor (hand-computed)', () => {
    const train = [0, 0, 0, 0, 0, 1, 1, 1, 1, 1]
    const bins = fitBins(numberColumn('x', train), 'numeric')
    expect(bins).toMatchObject({ kind: 'numeric', edges: [0, 0.5, 1], shares: [0, 0.5, 0, 0.5, 0] })
    const row = driftOf(bins, numberColumn('x', [0.5, 1, 1, 1]))
    expect(row.actual).toEqual([0, 0, 0.25, 0.75, 0])
    const f = 1e-4
    const expected =
      0 + // bin x < 0: both empty → (f − f)·ln 1
      (f - 0.5) * Math.log(f / 0.5) + // [0, 0.5): empty in the new data
      (0.25 - f) * Math.log(0.25 / f) + // [0.5, 1): empty in training
      (0.75 - 0.5) * Math.log(0.75 / 0.5) + // x ≥ 1
      0 // missing: both empty
    expect(row.psi).toBeCloseTo(expected, 12)
    expect(row.psi).toBeCloseTo(6.31434, 5)
    expect(row.level).toBe('shifted')
  })

  it('categorical: one bin per training category, one for unseen values, one for missing', () => {
    const bins = fitBins(stringColumn('c', ['a', 'a', 'b', null]), 'categorical')
    expect(bins).toEqual({ name: 'c', kind: 'categorical', categories: ['a', 'b'], shares: [0.5, 0.25, 0, 0.25] })
    const row = driftOf(bins, stringColumn('c', ['a', 'z', 'y', null]))
    expect(row.actual).toEqual([0.25, 0, 0.5, 0.25])
    const f = 1e-4
    const expected = (0.25 - 0.5) * Math.log(0.25 / 0.5) + (f - 0.25) * Math.log(f / 0.25) + (0.5 - f) * Math.log(0.5 / f) + 0
    expect(row.psi).toBeCloseTo(expected, 12)
    expect(row.bins.map((b) => ('category' in b ? b.category : 'special' in b ? b.special : 'range'))).toEqual(['a', 'b', 'unseen', 'missing'])
  })

  it('a numeric input that now arrives as text is read as numbers where it parses', () => {
    const bins = fitBins(numberColumn('x', [1, 2, 3, 4]), 'numeric')
    const row = driftOf(bins, stringColumn('x', ['1', '2', '3', '4']))
    expect(row.psi).toBe(0)
  })

  it('categories given from the model keep their order; training rows can be a subset', () => {
    const col = stringColumn('c', ['x', 'y', 'y', 'x', 'z'])
    const bins = fitBins(col, 'categorical', [1, 2, 3], ['x', 'y'])
    expect(bins).toMatchObject({ categories: ['x', 'y'], shares: [1 / 3, 2 / 3, 0, 0] })
    expect(categoricalShares(['x', 'q', null], ['x'])).toEqual([1 / 3, 1 / 3, 1 / 3])
  })

  it('reading: < 0.1 stable, 0.1–0.25 watch, > 0.25 shifted', () => {
    expect(psiLevel(0.0999)).toBe('stable')
    expect(psiLevel(0.1)).toBe('watch')
    expect(psiLevel(0.25)).toBe('watch')
    expect(psiLevel(0.2501)).toBe('shifted')
  })

  it('refuses bins of different lengths', () => {
    expect(() => psi([0.5, 0.5], [1])).toThrow(RangeError)
  })
})
