import { describe, expect, test } from 'vitest'
import { correlationMatrix, profileTable } from '../../../src/data/profile'
import { leftJoin } from '../../../src/data/join'
import { DataError } from '../../../src/data/errors'
import { cellString, numberColumn, stringColumn, type Table } from '../../../src/data/table'
import { parse } from './helpers'

describe('profile', () => {
  test('numeric column: count, missing, distinct, mean, sample std, quartiles, histogram', async () => {
    const r = await parse('x,c\n1,a\n2,b\n3,a\n4,\n,a\n')
    const p = profileTable(r.table, r.schema)
    const x = p.columns[0]
    expect(x).toMatchObject({ count: 4, missing: 1, distinct: 4, min: 1, max: 4, mean: 2.5, q1: 1.75, median: 2.5, q3: 3.25 })
    expect(x.std).toBeCloseTo(Math.sqrt(5 / 3), 12)
    expect(x.histogram.kind).toBe('bins')
    if (x.histogram.kind === 'bins') {
      expect(x.histogram.counts.reduce((a, b) => a + b, 0) + x.histogram.below + x.histogram.above).toBe(4)
      expect(x.histogram.edges.length).toBe(x.histogram.counts.length + 1)
    }
    const c = p.columns[1]
    expect(c).toMatchObject({ count: 4, missing: 1, distinct: 2, top: [{ value: 'a', count: 3 }, { value: 'b', count: 1 }] })
    expect(c.histogram).toEqual({ kind: 'top', labels: ['a', 'b'], counts: [3, 1], other: 0 })
  })

  test('outliers do not squash the histogram: bins span p1..p99 with below/above counts', () => {
    const v = Array.from({ length: 1000 }, (_, i) => i % 100)
    v[0] = -100000
    v[1] = 100000
    const t: Table = { name: 't', nRows: v.length, columns: [numberColumn('q', v)] }
    const h = profileTable(t, [{ name: 'q', type: 'integer', role: 'feature' }]).columns[0].histogram
    expect(h.kind).toBe('bins')
    if (h.kind === 'bins') {
      expect(h.below).toBeGreaterThanOrEqual(1)
      expect(h.above).toBeGreaterThanOrEqual(1)
      expect(h.counts.length).toBeLessThanOrEqual(20)
      expect(h.counts.reduce((a, b) => a + b, 0) + h.below + h.above).toBe(1000)
    }
  })

  test('dates show as text min/max', async () => {
    const r = await parse('d\n2020-01-02 10:00:00\n2020-03-04 11:00:00\n')
    const p = profileTable(r.table, r.schema).columns[0]
    expect(p.minText).toBe('2020-01-02 10:00:00')
    expect(p.maxText).toBe('2020-03-04 11:00:00')
  })

  test('500k rows profile quickly', () => {
    const n = 500_000
    const a = new Float64Array(n).map((_, i) => (i * 7919) % 1000)
    const t: Table = { name: 'big', nRows: n, columns: [{ name: 'a', storage: 'number', values: a }, stringColumn('s', Array.from({ length: n }, (_, i) => `L${i % 30}`))] }
    const t0 = performance.now()
    profileTable(t, [
      { name: 'a', type: 'integer', role: 'feature' },
      { name: 's', type: 'category', role: 'feature' },
    ])
    expect(performance.now() - t0).toBeLessThan(2000)
  })
})

describe('correlation matrix', () => {
  test('Pearson over numeric and one-hot columns, hand-checked', () => {
    const t: Table = {
      name: 't',
      nRows: 4,
      columns: [numberColumn('x', [1, 2, 3, 4]), numberColumn('y', [2, 4, 6, 8.5]), numberColumn('z', [4, 3, 2, 1]), stringColumn('g', ['a', 'b', 'a', 'b']), stringColumn('id', ['1', '2', '3', '4'])],
    }
    const m = correlationMatrix(t, [
      { name: 'x', type: 'integer', role: 'feature' },
      { name: 'y', type: 'float', role: 'feature' },
      { name: 'z', type: 'integer', role: 'feature' },
      { name: 'g', type: 'category', role: 'feature' },
      { name: 'id', type: 'id', role: 'id' },
    ])
    expect(m.labels).toEqual(['x', 'y', 'z', 'g=b'])
    expect(m.skipped).toEqual(['id'])
    const at = (i: number, j: number): number => m.values[i * 4 + j]
    expect(at(0, 0)).toBe(1)
    expect(at(0, 2)).toBeCloseTo(-1, 12)
    // x vs y: computed by hand
    const ys = [2, 4, 6, 8.5]
    const my = ys.reduce((a, b) => a + b) / 4
    const sxy = [1, 2, 3, 4].reduce((a, x, i) => a + (x - 2.5) * (ys[i] - my), 0)
    const r = sxy / Math.sqrt(5 * ys.reduce((a, y) => a + (y - my) ** 2, 0))
    expect(at(0, 1)).toBeCloseTo(r, 12)
    expect(at(1, 0)).toBe(at(0, 1))
    // g=b is 0,1,0,1: corr with x = 0.4472…
    expect(at(0, 3)).toBeCloseTo(1 / Math.sqrt(5), 12)
  })

  test('pairwise-complete rows where values are missing', () => {
    const t: Table = { name: 't', nRows: 5, columns: [numberColumn('a', [1, 2, 3, NaN, 5]), numberColumn('b', [2, 4, 6, 100, 10])] }
    const m = correlationMatrix(t, [
      { name: 'a', type: 'float', role: 'feature' },
      { name: 'b', type: 'float', role: 'feature' },
    ])
    expect(m.values[1]).toBeCloseTo(1, 12)
  })
})

describe('left join', () => {
  const customers: Table = { name: 'customers.csv', nRows: 4, columns: [numberColumn('id', [1, 2, 3, 4]), stringColumn('region', ['N', 'S', 'X', null]), numberColumn('pop', [9, 9, 9, 9])] }
  test('matched / unmatched counts, name clash suffix, key types mixed', () => {
    const regions: Table = { name: 'regions.csv', nRows: 3, columns: [stringColumn('code', ['N', 'S', 'E']), numberColumn('pop', [100, 200, 300]), stringColumn('name', ['North', 'South', 'East'])] }
    const r = leftJoin(customers, regions, 'region', 'code')
    expect(r.matched).toBe(2)
    expect(r.unmatched).toBe(2)
    expect(r.table.columns.map((c) => c.name)).toEqual(['id', 'region', 'pop', 'pop_right', 'name'])
    expect([0, 1, 2, 3].map((i) => cellString(r.table.columns[3], i))).toEqual(['100', '200', '', ''])
    expect(r.details).toMatchObject({ unmatchedKeys: 1, unmatchedExamples: ['X'], missingKeyRows: 1, unusedRightKeys: 1, renamed: [{ from: 'pop', to: 'pop_right' }] })
    expect(r.report).toMatch(/2 of 4 rows matched \(50\.0%\)/)
    const numKey = leftJoin(customers, { name: 'r', nRows: 2, columns: [stringColumn('k', ['1', ' 3 ']), stringColumn('v', ['a', 'b'])] }, 'id', 'k')
    expect(numKey.matched).toBe(2)
  })

  test('duplicate right keys are refused, naming the key and an example', () => {
    const dup: Table = { name: 'regions.csv', nRows: 3, columns: [stringColumn('code', ['N', 'S', 'N']), numberColumn('v', [1, 2, 3])] }
    expect(() => leftJoin(customers, dup, 'region', 'code')).toThrow(DataError)
    expect(() => leftJoin(customers, dup, 'region', 'code')).toThrow(/regions\.csv: key column "code" has duplicate values \(e\.g\. "N" in rows 1 and 3/)
    expect(() => leftJoin(customers, dup, 'nope', 'code')).toThrow(/customers\.csv has no column "nope"/)
  })
})
