import { describe, expect, it } from 'vitest'
import { customerIds, selectAudience } from '@/ml/campaign/audience'
import { numberColumn, stringColumn, type Table } from '@/data/table'

function scored(): Table {
  // 10 customers, scores chosen by hand; c7 opted out, c3 contacted 10 days ago (pdays), c9 on the suppression list
  const ids = ['c0', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9']
  const p = [0.9, 0.1, 0.45, 0.8, 0.3, NaN, 0.2, 0.95, 0.45, 0.6]
  return {
    name: 'scores.csv',
    nRows: 10,
    columns: [
      stringColumn('id', ids),
      numberColumn('p', p),
      stringColumn('optout', ['no', 'no', 'no', 'no', 'no', 'no', 'no', 'Yes', 'no', 'no']),
      numberColumn('pdays', [-1, -1, 200, 10, -1, -1, 40, -1, -1, -1]),
      stringColumn('segment', ['A', 'B', 'A', 'B', 'A', 'A', 'B', 'A', 'B', 'A']),
    ],
  }
}

describe('selectAudience', () => {
  it('applies exclusions then top N and counts every step', () => {
    const r = selectAudience(scored(), {
      idColumn: 'id', scoreColumn: 'p', top: 4,
      exclusions: [
        { kind: 'flag', column: 'optout', label: 'opted out' },
        { kind: 'range', column: 'pdays', min: 0, max: 30, label: 'contacted in the last 30 days' },
        { kind: 'ids', ids: ['c9', 'zz'] },
      ],
    })
    expect(r.funnel).toEqual([
      { step: 'Scored customers', removed: 0, remaining: 10 },
      { step: 'Without a score', removed: 1, remaining: 9 },
      { step: 'Excluded: opted out', removed: 1, remaining: 8 },
      { step: 'Excluded: contacted in the last 30 days', removed: 1, remaining: 7 },
      { step: 'Excluded: suppression list (2 ids)', removed: 1, remaining: 6 },
      { step: 'Top 4', removed: 2, remaining: 4 },
    ])
    // c0 .9, then c2 and c8 tie at .45 (file order), then c4 .3
    expect(r.ids).toEqual(['c0', 'c2', 'c8', 'c4'])
    expect(r.cutoffScore).toBe(0.3)
    expect(r.warnings.join(' ')).toMatch(/1 of 2 ids found/)
  })
  it('band and segment', () => {
    const r = selectAudience(scored(), { idColumn: 'id', scoreColumn: 'p', band: { min: 0.15, max: 0.5, name: 'hesitant' } })
    expect(r.ids).toEqual(['c2', 'c8', 'c4', 'c6'])
    expect(r.funnel.at(-1)!.step).toBe('Band hesitant 15%–50%')
    const s = selectAudience(scored(), { idColumn: 'id', scoreColumn: 'p', segment: { column: 'segment', values: ['B'] } })
    expect(s.ids).toEqual(['c3', 'c8', 'c6', 'c1'])
  })
  it('top N larger than the audience takes everyone with a warning', () => {
    const r = selectAudience(scored(), { idColumn: 'id', scoreColumn: 'p', top: 100 })
    expect(r.ids.length).toBe(9)
    expect(r.warnings.join(' ')).toMatch(/Top 100 asked for, but only 9 customers are left/)
    expect(r.funnel.at(-1)).toEqual({ step: 'Top 100 (only 9 available)', removed: 0, remaining: 9 })
  })
  it('recent contact by date', () => {
    const t = scored()
    const day = 86_400_000
    const asOf = Date.UTC(2024, 0, 31)
    t.columns.push(numberColumn('last_contact', [asOf - 3 * day, NaN, asOf - 40 * day, NaN, NaN, NaN, NaN, NaN, NaN, asOf - 30 * day]))
    const r = selectAudience(t, { idColumn: 'id', scoreColumn: 'p', exclusions: [{ kind: 'recent', column: 'last_contact', days: 30, asOf }] })
    expect(r.funnel[2].removed).toBe(2)
    expect(r.ids).not.toContain('c0')
    expect(r.ids).not.toContain('c9')
  })
  it('bad input: duplicate ids name an example, scores outside [0,1], missing columns', () => {
    const t = scored()
    t.columns[0] = stringColumn('id', ['c0', 'c1', 'c2', 'c1', 'c4', 'c5', 'c6', 'c7', 'c8', 'c0'])
    expect(() => customerIds(t, 'id')).toThrow(/Duplicate customer id "c1" in column "id" \(rows 2 and 4; 2 duplicate rows/)
    const u = scored()
    u.columns[1] = numberColumn('p', [0.1, 2, 0, 0, 0, 0, 0, 0, 0, 0])
    expect(() => selectAudience(u, { idColumn: 'id', scoreColumn: 'p' })).toThrow(/row 2 has 2/)
    expect(() => selectAudience(scored(), { idColumn: 'id', scoreColumn: 'nope' })).toThrow(/Column "nope"/)
    expect(() => selectAudience(scored(), { idColumn: 'id', scoreColumn: 'p', top: 0 })).toThrow(/Top N/)
    expect(() => selectAudience(scored(), { idColumn: 'id', scoreColumn: 'p', band: { min: 0.6, max: 0.5 } })).toThrow(/band/)
  })
})
