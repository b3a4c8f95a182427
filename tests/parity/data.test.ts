import { describe, expect, test } from 'vitest'
import { SHARED, sharedPath } from '../shared'
import { readTableFile } from '../../src/data/node'
import { profileTable } from '../../src/data/profile'

// The published facts of the shared datasets (../shared/data/*/SOURCE.md), reproduced exactly.
describe.skipIf(!SHARED)('data parity with the published facts', () => {
  test('Online Retail (.csv.gz): rows, missing, distinct counts, date range', async () => {
    const r = await readTableFile(sharedPath('data/online_retail/online_retail.csv.gz'))
    expect(r.table.nRows).toBe(541_909)
    const p = Object.fromEntries(profileTable(r.table, r.schema).columns.map((c) => [c.name, c]))
    expect(p.CustomerID.missing).toBe(135_080)
    expect(p.CustomerID.distinct).toBe(4_372)
    expect(p.Description.missing).toBe(1_454)
    expect(p.InvoiceNo.distinct).toBe(25_900)
    expect(p.StockCode.distinct).toBe(4_070)
    expect(p.Country.distinct).toBe(38)
    expect(p.InvoiceDate.minText).toBe('2010-12-01 08:26:00')
    expect(p.InvoiceDate.maxText).toBe('2011-12-09 12:50:00')
    expect(r.schema.find((s) => s.name === 'InvoiceDate')?.type).toBe('datetime')
  }, 120_000)

  test('bank-full.csv: 45,211 × 17, y 11.7% yes', async () => {
    const r = await readTableFile(sharedPath('data/bank_marketing/bank-full.csv'))
    expect(r.table.nRows).toBe(45_211)
    expect(r.table.columns.length).toBe(17)
    const y = profileTable(r.table, r.schema).columns.find((c) => c.name === 'y')
    expect(y?.top?.find((t) => t.value === 'yes')?.count).toBe(5_289)
  })
})
