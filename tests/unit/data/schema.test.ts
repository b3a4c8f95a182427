import { describe, expect, test } from 'vitest'
import { detectDateFormat, parseDate } from '../../../src/data/dates'
import { DataError } from '../../../src/data/errors'
import { applySchemaOverride } from '../../../src/data/schema'
import { cellString, type NumericColumn, type StringColumn } from '../../../src/data/table'
import { parse } from './helpers'
import { englishText as english } from './english'

describe('dates', () => {
  test.each([
    ['2010-12-01', 'ymd', Date.UTC(2010, 11, 1)],
    ['2010-12-01 08:26:00', 'ymd', Date.UTC(2010, 11, 1, 8, 26)],
    ['2010-12-01T08:26:05.250', 'ymd', Date.UTC(2010, 11, 1, 8, 26, 5, 250)],
    ['2010-12-01T08:26:00Z', 'ymd', Date.UTC(2010, 11, 1, 8, 26)],
    ['2010-12-01T10:26:00+02:00', 'ymd', Date.UTC(2010, 11, 1, 8, 26)],
    ['31-12-2020', 'dmy', Date.UTC(2020, 11, 31)],
    ['31/12/2020 23:59', 'dmy', Date.UTC(2020, 11, 31, 23, 59)],
    ['12/31/2020', 'mdy', Date.UTC(2020, 11, 31)],
    ['12/1/2010 8:26', 'mdy', Date.UTC(2010, 11, 1, 8, 26)],
    ['2/29/2021', 'mdy', NaN],
    ['2020-13-01', 'ymd', NaN],
  ] as const)('%s (%s)', (text, order, ms) => {
    expect(parseDate(text, order)).toBe(ms)
  })

  test('order from the values: day first, month first, ambiguous, both', () => {
    expect(detectDateFormat(['13/01/2020', '01/02/2020'])).toEqual({ order: 'dmy', hasTime: false, ambiguous: false })
    expect(detectDateFormat(['01/13/2020', '02/01/2020'])).toEqual({ order: 'mdy', hasTime: false, ambiguous: false })
    expect(detectDateFormat(['01/02/2020', '03/04/2020'])?.ambiguous).toBe(true)
    expect(detectDateFormat(['13/01/2020', '01/13/2020'])).toBeNull()
    expect(detectDateFormat(['2020-01-01 10:00:00'])).toEqual({ order: 'ymd', hasTime: true, ambiguous: false })
    expect(detectDateFormat(['hello', '2020-01-01'])).toBeNull()
  })
})

describe('inferred types and roles', () => {
  test('a marketing table', async () => {
    const csv = [
      'CustomerID,signup,last_seen,age,spend,segment,churn,notes,code',
      '1001,31-01-2020,2021-03-04 10:00:00,34,10.5,gold,yes,likes the blue catalogue a lot,A1',
      '1002,15-02-2020,2021-03-05 11:30:00,45,20,silver,no,called twice about delivery times,A2',
      '1003,01-03-2020,,29,,gold,no,,A3',
    ].join('\n')
    const r = await parse(csv, 'c.csv')
    const got = Object.fromEntries(r.schema.map((s) => [s.name, `${s.type}/${s.role}`]))
    expect(got).toEqual({
      CustomerID: 'id/id',
      signup: 'date/date',
      last_seen: 'datetime/date',
      age: 'integer/feature',
      spend: 'float/amount',
      segment: 'category/feature',
      churn: 'boolean/target',
      notes: 'category/feature',
      code: 'id/id',
    })
    const signup = r.table.columns[1] as NumericColumn
    expect(signup.storage).toBe('number')
    expect(Array.from(signup.values)).toEqual([Date.UTC(2020, 0, 31), Date.UTC(2020, 1, 15), Date.UTC(2020, 2, 1)])
    expect((r.table.columns[2] as NumericColumn).values[2]).toBeNaN()
  })

  test('unparseable dates are counted and their rows named', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => `2020-01-${String((i % 28) + 1).padStart(2, '0')}`)
    rows[4] = '2020-02-31'
    rows[9] = 'soon'
    const r = await parse('when\n' + rows.join('\n'), 'd.csv')
    expect(r.schema[0].type).toBe('date')
    expect(english(r.warnings)).toMatch(/column "when" is a date column but 2 rows could not be read .* \(rows 5, 10: "2020-02-31", "soon"\)/)
  })

  test('ambiguous dd/mm vs mm/dd is read day-first with a warning', async () => {
    const r = await parse('d\n01/02/2020\n03/04/2020\n')
    expect((r.table.columns[0] as NumericColumn).values[0]).toBe(Date.UTC(2020, 1, 1))
    expect(english(r.warnings)).toMatch(/read as day\/month/)
  })
})

describe('applySchemaOverride converts storage', () => {
  test('number → category → integer, and date → text', async () => {
    const r = await parse('zip,when,x\n1000,2020-01-02,a\n2000,2020-01-03,b\n1000,,c\n')
    let o = applySchemaOverride(r.table, r.schema, 'zip', { type: 'category' })
    const zip = o.table.columns[0] as StringColumn
    expect(zip.storage).toBe('string')
    expect(zip.levels).toEqual(['1000', '2000'])
    expect(Array.from(zip.codes)).toEqual([0, 1, 0])
    expect(o.schema[0]).toEqual({ name: 'zip', type: 'category', role: 'feature', overridden: true })
    o = applySchemaOverride(o.table, o.schema, 'zip', { type: 'integer' })
    expect(Array.from((o.table.columns[0] as NumericColumn).values)).toEqual([1000, 2000, 1000])
    o = applySchemaOverride(o.table, o.schema, 'when', { type: 'text' })
    expect([0, 1, 2].map((i) => cellString(o.table.columns[1], i))).toEqual(['2020-01-02', '2020-01-03', ''])
    expect(o.schema[1].role).toBe('ignore')
    o = applySchemaOverride(o.table, o.schema, 'when', { type: 'date' })
    expect((o.table.columns[1] as NumericColumn).values[0]).toBe(Date.UTC(2020, 0, 2))
    // the original table is untouched
    expect(r.table.columns[0].storage).toBe('number')
  })

  test('text → float: non-numbers become missing, counted with their rows', async () => {
    const r = await parse('v\n1\n2\nn/a?\nx\n')
    const o = applySchemaOverride(r.table, r.schema, 'v', { type: 'float', role: 'target' })
    expect(Array.from((o.table.columns[0] as NumericColumn).values)).toEqual([1, 2, NaN, NaN])
    expect(o.schema[0].role).toBe('target')
    expect(english(o.warnings)).toMatch(/2 rows are not numbers \(rows 3, 4/)
  })

  test('role only; unknown column / type refused', async () => {
    const r = await parse('a,b\n1,x\n2,y\n')
    const o = applySchemaOverride(r.table, r.schema, 'a', { role: 'ignore' })
    expect(o.table.columns[0]).toBe(r.table.columns[0])
    expect(o.schema[0].role).toBe('ignore')
    expect(() => applySchemaOverride(r.table, r.schema, 'zz', { role: 'id' })).toThrow(DataError)
    expect(() => applySchemaOverride(r.table, r.schema, 'a', { type: 'money' as never })).toThrow(RangeError)
    expect(() => applySchemaOverride(r.table, r.schema, 'b', { type: 'date' })).toThrow(/does not look like dates/)
  })
})
