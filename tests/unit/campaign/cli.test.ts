import { mkdtempSync, readFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it, vi } from 'vitest'
import { run as campaign } from '@/cli/campaign'
import { run as abtest } from '@/cli/abtest'

const fixture = (f: string): string => fileURLToPath(new URL(`../../fixtures/campaign/${f}`, import.meta.url))

async function capture(fn: () => Promise<void>): Promise<Record<string, unknown>> {
  let out = ''
  const w = vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => { out += String(s); return true })
  const e = vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
  try {
    await fn()
  } finally {
    w.mockRestore()
    e.mockRestore()
  }
  expect(out.trim().split('\n')).toHaveLength(1)
  return JSON.parse(out) as Record<string, unknown>
}

describe('cli campaign', () => {
  it('writes the assignment CSV and prints the group mix', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'campaign-'))
    const out = join(dir, 'assign.csv')
    const args = ['--scores', fixture('scores.csv'), '--id', 'customer_id', '--score', 'p', '--top', '300', '--groups', '4', '--sample', '200', '--creatives', '5', '--control', '40', '--seed', '42', '--out', out, '--exclude-flag', 'opted_out', '--split']
    const r = await capture(() => campaign(args))
    expect(r.out).toBe(out)
    // default features: the numeric inputs, not the id, the score "p" or the opted_out filter
    const groups = r.groups as { features: string[]; k: number; suggested: { k: number; silhouettes: (number | null)[] } }
    expect(groups.features).toEqual(['age', 'balance', 'visits'])
    expect(groups.suggested.k).toBeGreaterThanOrEqual(2)
    expect(groups.suggested.silhouettes).toHaveLength(7)
    const mix = r.groupMix as Record<string, Record<string, number>>
    expect(Object.keys(mix)).toEqual(['A', 'B', 'C', 'D', 'E', 'control'])
    for (const g of Object.keys(mix.A)) {
      const c = ['A', 'B', 'C', 'D', 'E'].map((a) => mix[a][g])
      expect(Math.max(...c) - Math.min(...c)).toBeLessThanOrEqual(1)
    }
    const csv = readFileSync(out, 'utf8').trim().split('\n')
    expect(csv[0]).toBe('customer_id,creative,group,score')
    expect(csv).toHaveLength(241)
    expect(existsSync(join(dir, 'assign_control.csv'))).toBe(true)
    // same seed, same file
    const out2 = join(dir, 'again.csv')
    await capture(() => campaign(args.map((a) => (a === out ? out2 : a)).filter((a) => a !== '--split')))
    expect(readFileSync(out2, 'utf8')).toBe(readFileSync(out, 'utf8'))
  })
  it('bad input is one clear error', async () => {
    await expect(campaign(['--scores', fixture('scores.csv'), '--id', 'customer_id', '--score', 'p', '--sample', '2000', '--groups', '1'])).rejects.toThrow(/larger than the audience of 400/)
    await expect(campaign(['--scores', fixture('scores.csv'), '--id', 'customer_id', '--score', 'nope'])).rejects.toThrow(/Column "nope"/)
    await expect(campaign(['--scores', fixture('scores.csv'), '--id', 'customer_id', '--score', 'p', '--bogus', '1'])).rejects.toThrow(/unknown option --bogus/)
  })
})

describe('cli abtest', () => {
  it('prints rates, intervals and tests', async () => {
    const r = await capture(() => abtest(['--data', fixture('results.csv'), '--arm', 'creative', '--converted', 'converted', '--control', 'control', '--id', 'customer_id', '--delivered', 'delivered']))
    const tests = r.tests as { chiSquare: { statistic: number; pValue: number; df: number }; pairwise: { a: string; b: string; z: number; pValue: number }[] }
    expect(Math.abs(tests.chiSquare.statistic - 3.976997)).toBeLessThan(1e-6)
    expect(Math.abs(tests.chiSquare.pValue - 0.409128)).toBeLessThan(1e-6)
    const ab = tests.pairwise.find((t) => t.a === 'A' && t.b === 'B')!
    expect(Math.abs(ab.z - 1.846372)).toBeLessThan(1e-6)
    expect(Math.abs(ab.pValue - 0.064838)).toBeLessThan(1e-6)
    const arms = r.arms as { arm: string; rates: { conversion: { lower: number; upper: number } } }[]
    expect(Math.abs(arms[0].rates.conversion.lower - 0.107136)).toBeLessThan(1e-6)
    expect(Math.abs(arms[0].rates.conversion.upper - 0.206056)).toBeLessThan(1e-6)
    await expect(abtest(['--data', fixture('results.csv'), '--arm', 'creative', '--converted', 'converted', '--control', 'holdout'])).rejects.toThrow(/Control group "holdout"/)
  })
})
