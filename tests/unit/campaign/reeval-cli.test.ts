/**
 * `reeval` on the command line: the campaign's assignment (customer_id, creative, group, score) and
 * a results file. Hand-computed (see reeval.test.ts): A, 40 customers at 0.5 with 30 responders,
 * lies above (20 ∓ 1.96·√10) / 40 = [0.345051, 0.654949]: predicted too low; B, 50 at 0.2 with 2,
 * below [0.089128, 0.310872]: predicted too high.
 */
import { afterAll, describe, expect, it, vi } from 'vitest'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { run } from '../../../src/cli/reeval'
import { CliError } from '../../../src/cli/args'
import type { ReevalRow } from '../../../src/ml/campaign/reeval'

/** What the CLI prints: the rows with their message rendered as English text. */
type Row = Omit<ReevalRow, 'message'> & { message: string }
interface Printed { customers: number; summary: { code: string; text: string }; overall: Row; arms: Row[]; groups: Row[]; warnings: string[] }

const dir = mkdtempSync(join(tmpdir(), 'campaign-lab-reeval-cli-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function files(): { assignment: string; results: string } {
  const asg = ['customer_id,creative,group,score']
  const res = ['customer,converted']
  for (let i = 0; i < 40; i++) { asg.push(`A${i},A,${i < 20 ? 'G1' : 'G2'},0.5`); res.push(`A${i},${i % 20 < 15 ? 'yes' : 'no'}`) }
  for (let i = 0; i < 50; i++) { asg.push(`B${i},B,${i < 25 ? 'G1' : 'G2'},0.2`); res.push(`B${i},${i === 0 || i === 25 ? 'yes' : 'no'}`) }
  for (let i = 0; i < 20; i++) { asg.push(`K${i},control,G1,0.2`); res.push(`K${i},${i === 0 ? 'yes' : 'no'}`) }
  // one customer of the list without a result row
  asg.push('Z1,A,G1,0.5')
  writeFileSync(join(dir, 'assignment.csv'), asg.join('\n') + '\n')
  writeFileSync(join(dir, 'results.csv'), res.join('\n') + '\n')
  writeFileSync(join(dir, 'bad.csv'), 'customer,converted\nA0,maybe\n')
  return { assignment: join(dir, 'assignment.csv'), results: join(dir, 'results.csv') }
}

async function cli(argv: string[]): Promise<Printed> {
  let out = ''
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true))
  try {
    await run(argv)
  } finally {
    spy.mockRestore()
  }
  return JSON.parse(out) as Printed
}

describe('reeval CLI', () => {
  const f = files()
  it('prints each creative and group against the prediction, in words', async () => {
    const r = await cli(['--assignment', f.assignment, '--results', f.results, '--results-id', 'customer'])
    expect(r.customers).toBe(110)
    const a = r.arms.find((x) => x.key === 'A')!
    expect(a.verdict).toBe('under')
    expect(a.predictionInterval.lower).toBeCloseTo(0.345051, 6)
    expect(a.gapPoints).toBeCloseTo(25, 10)
    expect(a.message).toMatch(/25\.0 points too low/)
    const b = r.arms.find((x) => x.key === 'B')!
    expect(b.verdict).toBe('over')
    expect(b.message).toMatch(/16\.0 points too high/)
    expect(r.arms.find((x) => x.key === 'control')!.isControl).toBe(true)
    expect(r.groups.map((g) => g.key)).toEqual(['G1', 'G2'])
    expect(r.overall.customers).toBe(90)
    expect(r.summary).toEqual({ code: 'campaign.reeval.summary.some', text: expect.stringMatching(/off for 2 creatives or groups/) })
    expect(r.warnings).toContain('1 customer of the campaign list has no row in the results and was left out')
  })

  it('names the column to fix', async () => {
    await expect(run(['--assignment', f.assignment, '--results', f.results])).rejects.toThrow(/results\.csv has no column "customer_id".*--results-id/)
    await expect(run(['--assignment', f.results, '--results', f.results, '--id', 'customer'])).rejects.toThrow(CliError)
    await expect(run(['--assignment', f.assignment, '--results', join(dir, 'bad.csv'), '--results-id', 'customer'])).rejects.toThrow(/row 1 has "maybe"/)
  })
})
