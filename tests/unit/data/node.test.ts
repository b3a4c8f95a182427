import { afterEach, describe, expect, test, vi } from 'vitest'
import { fileURLToPath } from 'node:url'
import { readTableFile } from '../../../src/data/node'
import { run } from '../../../src/cli/profile'

const fixture = fileURLToPath(new URL('../../fixtures/data/bank-2000.csv', import.meta.url))

describe('readTableFile + CLI profile on the bank fixture', () => {
  afterEach(() => vi.restoreAllMocks())

  test('readTableFile', async () => {
    const r = await readTableFile(fixture)
    expect(r.table.nRows).toBe(2000)
    expect(r.table.columns.length).toBe(17)
    expect(r.warnings).toEqual([])
    const y = r.schema.find((s) => s.name === 'y')
    expect(y).toEqual({ name: 'y', type: 'boolean', role: 'target' })
    expect(r.schema.find((s) => s.name === 'balance')?.role).toBe('amount')
  })

  test('cli profile prints one JSON object', async () => {
    let out = ''
    vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => {
      out += String(s)
      return true
    })
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
    await run(['--data', fixture])
    const j = JSON.parse(out) as { rows: number; delimiter: string; columns: { name: string; type: string; count: number; top: { value: string; count: number }[] | null }[] }
    expect(j.rows).toBe(2000)
    expect(j.delimiter).toBe(';')
    const y = j.columns.find((c) => c.name === 'y')
    expect(y?.top).toEqual([
      { value: 'no', count: 1766 },
      { value: 'yes', count: 234 },
    ])
    await expect(run(['--data', fixture, '--bogus', '1'])).rejects.toThrow(/unknown option --bogus/)
  })
})
