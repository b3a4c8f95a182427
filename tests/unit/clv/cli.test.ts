import { describe, it, expect, vi, afterEach } from 'vitest'
import { fileURLToPath } from 'node:url'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { run, english } from '@/cli/clv'
import { en, es } from '@/i18n/pages/clv'

const sample = fileURLToPath(new URL('../../../public/samples/online-retail-sample.csv', import.meta.url))

async function capture(argv: string[]): Promise<Record<string, unknown>> {
  let out = ''
  const w = vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => {
    out += String(s)
    return true
  })
  const e = vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
  try {
    await run(argv)
  } finally {
    w.mockRestore()
    e.mockRestore()
  }
  expect(out.trim().split('\n').length).toBe(1)
  return JSON.parse(out)
}

afterEach(() => vi.restoreAllMocks())

describe('clv CLI', () => {
  it('--data: transaction log with segment’s default cleaning → the JSON of issue 16 §5', async () => {
    const o = await capture(['--data', sample, '--customer', 'CustomerID', '--invoice', 'InvoiceNo', '--date', 'InvoiceDate', '--quantity', 'Quantity', '--price', 'UnitPrice', '--model', 'bgnbd', '--horizon', '30', '--months', '6'])
    expect(Object.keys(o).slice(0, 6)).toEqual(['customers', 'repeatCustomers', 'period', 'model', 'gammaGamma', 'totals'])
    expect(o.period).toBe('day')
    expect(o.periodsPerMonth).toBe(30)
    const model = o.model as { name: string; params: Record<string, number>; logLik: number; se: Record<string, number> }
    expect(model.name).toBe('bgnbd')
    expect(Object.keys(model.params)).toEqual(['r', 'alpha', 'a', 'b'])
    expect(Object.keys(model.se)).toEqual(['r', 'alpha', 'a', 'b'])
    expect(model.logLik).toBeLessThan(0)
    const gg = o.gammaGamma as { params: Record<string, number> }
    expect(Object.keys(gg.params)).toEqual(['p', 'q', 'v'])
    const totals = o.totals as { expectedPurchases: number; clv: number }
    expect(totals.expectedPurchases).toBeGreaterThan(0)
    expect(totals.clv).toBeGreaterThan(0)
    expect(o.repeatCustomers as number).toBeLessThan(o.customers as number)
  })

  it('--summary: a ready table; Pareto/NBD params are r, alpha, s, beta; no monetary → gammaGamma null', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clv-'))
    const f = join(dir, 's.csv')
    // 40 customers: a quarter repeat buyers
    const rows = ['id,x,tx,T']
    for (let i = 0; i < 40; i++) rows.push(`${i},${i % 4 === 0 ? 1 + (i % 7) : 0},${i % 4 === 0 ? 2 + (i % 9) : 0},${12 + (i % 5)}`)
    writeFileSync(f, rows.join('\n') + '\n')
    const o = await capture(['--summary', f, '--frequency', 'x', '--recency', 'tx', '--age', 'T', '--period', 'week', '--model', 'paretonbd'])
    expect(o.customers).toBe(40)
    expect(o.repeatCustomers).toBe(10)
    expect(o.period).toBe('week')
    expect(o.periodsPerMonth).toBe(4.345)
    expect(Object.keys((o.model as { params: object }).params)).toEqual(['r', 'alpha', 's', 'beta'])
    expect(o.gammaGamma).toBeNull()
    expect((o.totals as { clv: unknown }).clv).toBeNull()
  })

  it('bad input: English, actionable messages', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clv-'))
    const f = join(dir, 's.csv')
    writeFileSync(f, 'x,tx,T\n1,3,5\n0,0,5\n2,7,5\n')
    await expect(run(['--summary', f, '--frequency', 'x', '--recency', 'tx', '--age', 'T'])).rejects.toThrow('Row 3: recency 7 is larger than the age T 5')
    writeFileSync(f, 'x,tx,T\n1,3,5\n0,0,5\n')
    await expect(run(['--summary', f, '--frequency', 'x', '--recency', 'tx', '--age', 'T'])).rejects.toThrow('Only 1 of 2 customers bought in more than one period; the models need at least 10 repeat buyers')
    await expect(run(['--summary', f, '--data', f])).rejects.toThrow('give either --data FILE')
    await expect(run(['--summary', f, '--frequency', 'x', '--recency', 'tx', '--age', 'T', '--period', 'month'])).rejects.toThrow('--period must be day or week')
    expect(english({ code: 'negativeMonetary', params: { count: 3, repeat: 40 } })).toMatch(/^Gamma-Gamma needs a positive spend for every repeat buyer: 3 of 40 have/)
    expect(english({ code: 'notConverged', params: { model: 'paretonbd', gradient: 0.0123456, logLik: -123.456789 } })).toMatch(/^The Pareto\/NBD fit did not converge \(largest gradient 0.01235\).*log-likelihood -123.5/)
  })

  it('every message code has English and Spanish text with the same placeholders', () => {
    const ph = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
    for (const k of Object.keys(en.msg) as (keyof typeof en.msg)[]) {
      expect(es.msg[k]).toBeTruthy()
      expect(ph(es.msg[k])).toEqual(ph(en.msg[k]))
    }
  })
})
