import { describe, it, expect, vi, afterEach } from 'vitest'
import { fileURLToPath } from 'node:url'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { run } from '@/cli/segment'

const fx = (f: string): string => fileURLToPath(new URL(`../../fixtures/segmentation/${f}`, import.meta.url))

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

describe('segment CLI', () => {
  it('transaction log → one JSON object with cleaning, customers, elbow, clusters', async () => {
    const o = await capture(['--data', fx('online_retail_subset.csv.gz'), '--customer', 'CustomerID', '--invoice', 'InvoiceNo', '--date', 'InvoiceDate', '--quantity', 'Quantity', '--price', 'UnitPrice', '--k', '2..4', '--log', '--standardize', '--n-init', '3'])
    expect(o.cleaning).toEqual([
      { step: 'input', rows: 21368 },
      { step: 'missingCustomer', rows: 21067 },
      { step: 'cancellations', rows: 20703 },
      { step: 'nonPositiveQuantity', rows: 20703 },
      { step: 'nonPositivePrice', rows: 20701 },
    ])
    expect(o.customers).toBe(215)
    const elbow = o.elbow as { k: number; inertia: number; silhouette: number }[]
    expect(elbow.map((e) => e.k)).toEqual([2, 3, 4])
    const clusters = o.clusters as { size: number; means: Record<string, number> }[]
    expect(clusters.length).toBe(4)
    expect(clusters.reduce((s, c) => s + c.size, 0)).toBe(215)
    expect(Object.keys(clusters[0].means)).toEqual(['recency', 'frequency', 'monetary'])
  })

  it('customer table with --features; single k still gives one elbow entry', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'seg-'))
    const f = join(dir, 'c.csv')
    writeFileSync(f, 'id,income,score\n1,15,39\n2,16,81\n3,17,6\n4,18,77\n5,70,40\n6,71,42\n7,90,10\n8,92,90\n')
    const o = await capture(['--data', f, '--features', 'income,score', '--customer', 'id', '--k', '3'])
    expect(o.cleaning).toEqual([{ step: 'input', rows: 8 }])
    expect((o.elbow as unknown[]).length).toBe(1)
    expect((o.clusters as unknown[]).length).toBe(3)
  })

  it('bad input: clear one-line errors', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'seg-'))
    const f = join(dir, 'c.csv')
    writeFileSync(f, 'id,a,b,name\n1,1,5,x\n2,1,5,y\n3,1,5,z\n')
    await expect(run(['--data', f, '--features', 'a,b', '--k', '2'])).rejects.toThrow(/identical/)
    await expect(run(['--data', f, '--features', 'a,c'])).rejects.toThrow(/not found: "c"/)
    await expect(run(['--data', f, '--features', 'name'])).rejects.toThrow(/not numeric/)
    await expect(run(['--data', f, '--features', 'a', '--k', 'x'])).rejects.toThrow(/--k/)
    await expect(run(['--data', f])).rejects.toThrow(/transaction columns/)
    await expect(run(['--data', f, '--customer', 'id', '--invoice', 'id', '--date', 'a', '--quantity', 'a'])).rejects.toThrow(/--price/)
    await expect(run(['--data', f, '--features', 'a', '--bogus', '1'])).rejects.toThrow(/unknown option --bogus/)
  })
})
