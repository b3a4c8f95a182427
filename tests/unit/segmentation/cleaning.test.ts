import { renderEnglish } from '../../../src/i18n/render'
import { describe, it, expect } from 'vitest'
import { fileURLToPath } from 'node:url'
import { readFileSync } from 'node:fs'
import type { Table } from '@/data/table'
import { numberColumn, stringColumn } from '@/data/table'
import { cleanTransactions, normaliseId, parseDate, dateValues } from '@/ml/segmentation/transactions'
import { customerFeatures, customerTable } from '@/ml/segmentation/features'
import { readRetailCsv } from '../../fixtures/segmentation/retailCsv'

const fx = (f: string): string => fileURLToPath(new URL(`../../fixtures/segmentation/${f}`, import.meta.url))
const D = (s: string): number => Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10), +(s.slice(11, 13) || 0), +(s.slice(14, 16) || 0))

/** 9 invoice lines, 3 customers, hand-checked below. */
function tiny(): Table {
  return {
    name: 'tiny',
    nRows: 9,
    columns: [
      stringColumn('inv', ['1', '1', '2', 'C3', '4', '5', '6', '7', '8']),
      stringColumn('cust', ['17850.0', '17850', '12', '12', null, '12', '99', '99', '99']),
      numberColumn('date', [D('2011-01-01 10:00'), D('2011-01-01 10:00'), D('2011-01-05 09:00'), D('2011-01-06 09:00'), D('2011-01-07'), D('2011-01-10 12:00'), D('2011-01-02'), D('2011-01-03'), D('2011-01-04')]),
      numberColumn('qty', [2, 1, 5, -5, 1, 1, 0, 3, 1]),
      numberColumn('price', [10, 4, 2, 2, 1, 6, 5, 1, 0]),
      numberColumn('cost', [6, 1, 1, 1, 1, 3, 1, 0.5, 0]),
      stringColumn('cat', ['a', 'b', 'a', 'a', 'a', 'b', 'a', 'a', 'a']),
    ],
  }
}

describe('cleaning', () => {
  it('counts each step on a hand-made log and builds RFM per customer', () => {
    const tx = cleanTransactions(tiny(), { customer: 'cust', invoice: 'inv', date: 'date', quantity: 'qty', price: 'price', cost: 'cost', category: 'cat' })
    expect(tx.steps.map((s) => [s.step, s.removed, s.rows])).toEqual([
      ['input', 0, 9],
      ['missingCustomer', 1, 8],
      ['cancellations', 1, 7],
      ['nonPositiveQuantity', 1, 6],
      ['nonPositivePrice', 1, 5],
    ])
    expect(tx.steps[2].exampleRows).toEqual([3])
    // ids: "17850.0" and "17850" are one customer; sorted numerically
    expect(tx.customerIds).toEqual(['12', '99', '17850'])
    // snapshot = last kept date (2011-01-10 12:00) + 1 day
    expect(tx.snapshot).toBe(D('2011-01-11 12:00'))
    const f = customerFeatures(tx)
    expect(Array.from(f.frequency)).toEqual([2, 1, 1])
    expect(Array.from(f.monetary)).toEqual([16, 3, 24])
    // 12: last 2011-01-10 12:00 -> 1 day; 99: last 01-03 00:00 -> 8.5 days -> 8; 17850: 01-01 10:00 -> 10.08 -> 10
    expect(Array.from(f.recency)).toEqual([1, 8, 10])
    expect(Array.from(f.tenure)).toEqual([6, 8, 10])
    expect(Array.from(f.avgOrderValue)).toEqual([8, 3, 24])
    expect(f.meanDaysBetween[0]).toBeCloseTo((D('2011-01-10 12:00') - D('2011-01-05 09:00')) / 86_400_000, 12)
    expect(Number.isNaN(f.meanDaysBetween[1])).toBe(true)
    expect(f.singlePurchase).toBe(2)
    // margin = revenue − qty × unit cost: 12: (10−5)+(6−3)=8; 99: 3−1.5=1.5; 17850: (20−12)+(4−1)=11
    expect(Array.from(f.margin!)).toEqual([8, 1.5, 11])
    expect(f.categoryShares!.levels).toEqual(['a', 'b'])
    // 12: a 10, b 6 of 16; 17850: a 20, b 4 of 24
    expect(Array.from(f.categoryShares!.shares)).toEqual([10 / 16, 6 / 16, 1, 0, 20 / 24, 4 / 24])
    const t = customerTable(f)
    expect(t.nRows).toBe(3)
    expect(t.columns.map((c) => c.name)).toContain('share: b')
  })

  it('steps can be switched off, the prefix changed and the snapshot edited', () => {
    const tx = cleanTransactions(
      tiny(),
      { customer: 'cust', invoice: 'inv', date: 'date', quantity: 'qty', price: 'price' },
      { dropCancellations: false, dropNonPositivePrice: false, snapshot: D('2011-02-01') },
    )
    const byStep = Object.fromEntries(tx.steps.map((s) => [s.step, s]))
    expect(byStep.cancellations.enabled).toBe(false)
    expect(byStep.cancellations.removed).toBe(0)
    // C3 now reaches the quantity step (−5) and is dropped there, with the zero-quantity row
    expect(byStep.nonPositiveQuantity.removed).toBe(2)
    expect(byStep.nonPositivePrice.removed).toBe(0)
    expect(tx.rows.length).toBe(6)
    expect(tx.snapshot).toBe(D('2011-02-01'))
    expect(tx.defaultSnapshot).toBe(D('2011-01-11 12:00'))
    const tx2 = cleanTransactions(tiny(), { customer: 'cust', invoice: 'inv', date: 'date', quantity: 'qty', price: 'price' }, { cancelPrefix: 'X' })
    expect(tx2.steps.find((s) => s.step === 'cancellations')!.removed).toBe(0)
  })

  it('amount mapping drops non-positive amounts', () => {
    const t: Table = {
      name: 'orders',
      nRows: 4,
      columns: [stringColumn('order', ['a', 'b', 'c', 'd']), numberColumn('cust', [1, 1, 2, 2]), stringColumn('when', ['2020-01-01', '2020-01-03', '2020-01-02', 'soon']), numberColumn('amount', [10, -2, 5, 7])],
    }
    const tx = cleanTransactions(t, { customer: 'cust', invoice: 'order', date: 'when', amount: 'amount' })
    expect(tx.steps.map((s) => [s.step, s.rows])).toEqual([
      ['input', 4],
      ['missingCustomer', 4],
      ['cancellations', 4],
      ['nonPositiveAmount', 3],
      ['invalidDate', 2],
    ])
    expect(renderEnglish(tx.warnings[0])).toMatch(/unparseable date.*rows 4/)
  })

  it('reports missing mapped columns and unusable dates clearly', () => {
    expect(() => cleanTransactions(tiny(), { customer: 'client', invoice: 'inv', date: 'day', quantity: 'qty', price: 'price' })).toThrow(/customer → "client", date → "day"/)
    expect(() => cleanTransactions(tiny(), { customer: 'cust', invoice: 'inv', date: 'date', quantity: 'qty' })).toThrow(/quantity and a unit price/)
    const t: Table = { name: 'x', nRows: 2, columns: [stringColumn('i', ['1', '2']), numberColumn('c', [1, 2]), stringColumn('d', ['yesterday', 'today']), numberColumn('a', [1, 2])] }
    expect(() => cleanTransactions(t, { customer: 'c', invoice: 'i', date: 'd', amount: 'a' })).toThrow(/dates in "d" could not be read/)
  })

  it('parses common date formats and decides day/month order from the data', () => {
    expect(parseDate('2011-12-09 12:50:00', false)).toBe(D('2011-12-09 12:50'))
    expect(parseDate('2011-12-09T12:50', false)).toBe(D('2011-12-09 12:50'))
    expect(parseDate('12/9/2011 12:50', false)).toBe(D('2011-12-09 12:50'))
    expect(parseDate('9/12/2011 12:50', true)).toBe(D('2011-12-09 12:50'))
    expect(parseDate('31/02/2011', true)).toBeNaN()
    expect(parseDate('not a date', true)).toBeNaN()
    const c = stringColumn('d', ['1/2/2011', '25/2/2011'])
    const { values, dayFirst } = dateValues(c)
    expect(dayFirst).toBe(true)
    expect(values[0]).toBe(D('2011-02-01'))
    expect(normaliseId(' 17850.0 ')).toBe('17850')
    expect(normaliseId('A-17')).toBe('A-17')
  })

  it('Online Retail subset: step counts and R, F, M equal to the reference customers', () => {
    const t = readRetailCsv(fx('online_retail_subset.csv.gz'))
    const tx = cleanTransactions(t, { customer: 'CustomerID', invoice: 'InvoiceNo', date: 'InvoiceDate', quantity: 'Quantity', price: 'UnitPrice' }, { snapshot: D('2011-12-10 12:50') })
    // independently counted with Python's csv module
    expect(tx.steps.map((s) => s.rows)).toEqual([21368, 21067, 20703, 20703, 20701])
    const f = customerFeatures(tx)
    const ref = readFileSync(fx('online_retail_subset_rfm.csv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split(','))
    expect(f.ids).toEqual(ref.map((r) => r[0]))
    ref.forEach((r, i) => {
      expect(f.recency[i]).toBe(+r[1])
      expect(f.frequency[i]).toBe(+r[2])
      expect(f.monetary[i]).toBeCloseTo(+r[3], 6)
    })
  })
})
