import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { run as uplift } from '@/cli/uplift'
import { run as abtest } from '@/cli/abtest'
import { run as score } from '@/cli/score'
import { readFileSync } from 'node:fs'
import { parseModelFile, modelCard } from '@/ml/modelfile'
import { readTableFile } from '@/data/node'
import { Preprocessor } from '@/ml/preprocessing/pipeline'
import { qiniAucScore, upliftAtK, upliftAucScore } from '@/ml/uplift/metrics'
import { normalCdf } from '@/ml/stats/distributions'
import { cuped } from '@/ml/stats/abstats'
import { synthetic } from './synthetic'

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

const dir = mkdtempSync(join(tmpdir(), 'uplift-cli-'))
const d = synthetic(3000, ['A', 'B', 'control'], 5)
const data = join(dir, 'test.csv')
writeFileSync(data, 'id,x0,x1,plan,arm,converted,spend\n' + d.arm.map((a, i) => [i + 1, d.X.data[i * 3], d.X.data[i * 3 + 1], d.X.data[i * 3 + 2] ? 'gold' : 'basic', a, d.y[i], d.spend[i]].join(',')).join('\n') + '\n')
const base = ['--data', data, '--treatment', 'arm', '--control', 'control', '--outcome', 'converted', '--drop', 'id,spend']

describe('cli uplift', () => {
  it('one treated arm: rows of the other arm left out and counted, ATE, one model per learner', async () => {
    const r = await capture(() => uplift([...base, '--treated', 'A', '--learners', 't-lr,ct-lr']))
    const nA = d.arm.filter((a) => a === 'A').length, nC = d.arm.filter((a) => a === 'control').length
    expect(r).toMatchObject({ rows: nA + nC, treated: nA, control: nC, otherArmRows: 3000 - nA - nC })
    const ate = r.ate as { estimate: number; lower: number; upper: number }
    const rate = (arm: string): number => d.arm.reduce((s, a, i) => s + (a === arm ? d.y[i] : 0), 0) / d.arm.filter((a) => a === arm).length
    expect(ate.estimate).toBeCloseTo(rate('A') - rate('control'), 12)
    expect(ate.lower).toBeLessThan(ate.estimate)
    const models = r.models as { name: string; arm?: string; test: { qiniAuc: number; upliftAtK: { overall: number; byGroup: number } } }[]
    expect(models.map((m) => m.name)).toEqual(['t-lr', 'ct-lr'])
    expect(models[0].arm).toBeUndefined()
    expect(models[0].test.qiniAuc).toBeGreaterThan(0.1)
  })

  it('every non-control arm is a treatment without --treated; a test-rows file fixes the split', async () => {
    const testRows = join(dir, 'test_idx.txt')
    writeFileSync(testRows, Array.from({ length: 900 }, (_, k) => k * 3 + 1).join('\n') + '\n')
    const r = await capture(() => uplift([...base, '--learners', 't-lr', '--test-rows', testRows]))
    const models = r.models as { name: string; arm: string }[]
    expect(models.map((m) => `${m.arm}:${m.name}`)).toEqual(['A:t-lr', 'B:t-lr'])
    expect(r.testRows).toBe(900)
    expect((r.arms as { arm: string }[]).map((a) => a.arm)).toEqual(['A', 'B'])
  })

  it('--scores: metrics of given scores equal the library functions', async () => {
    const scores = join(dir, 'scores.csv')
    const u = Array.from({ length: 3000 }, (_, i) => d.trueUplift('A', d.X.data[i * 3]) + i * 1e-6)
    writeFileSync(scores, 'arm,converted,u\n' + d.arm.map((a, i) => `${a === 'A' ? 'A' : 'control'},${d.y[i]},${u[i]}`).join('\n') + '\n')
    const r = await capture(() => uplift(['--scores', scores, '--uplift', 'u', '--treatment', 'arm', '--control', 'control', '--outcome', 'converted', '--k', '0.2']))
    const t = d.arm.map((a) => (a === 'A' ? 1 : 0))
    expect(r).toEqual({ qiniAuc: qiniAucScore(d.y, u, t), upliftAuc: upliftAucScore(d.y, u, t), upliftAtK: { overall: upliftAtK(d.y, u, t, 0.2, 'overall'), byGroup: upliftAtK(d.y, u, t, 0.2, 'by_group') } })
  })

  it('bad input: no control arm, a non-binary outcome for a binary learner, unknown learner', async () => {
    await expect(uplift([...base.slice(0, 4), '--control', 'nobody', '--outcome', 'converted'])).rejects.toThrow(/no control arm "nobody" \(arms found: A, B, control\)/)
    await expect(uplift([...base.slice(0, 6), '--outcome', 'spend', '--drop', 'id,converted', '--learners', 'ct-lr'])).rejects.toThrow(/Class transformation needs a 0\/1 outcome/)
    await expect(uplift([...base, '--learners', 't-svm'])).rejects.toThrow(/Unknown learner "t-svm"/)
  })
})

describe('cli abtest: vsControl and SRM', () => {
  it('adds gbstats lifts per arm and flags a sample-ratio mismatch against --weights', async () => {
    const rows = ['id,arm,converted']
    let id = 0
    // control 1,000 (50 conversions), A 1,000 (80), B 600 (30): planned equal split → SRM
    for (const [arm, n, x] of [['control', 1000, 50], ['A', 1000, 80], ['B', 600, 30]] as const) for (let i = 0; i < n; i++) rows.push(`${++id},${arm},${i < x ? 1 : 0}`)
    const file = join(dir, 'ab.csv')
    writeFileSync(file, rows.join('\n') + '\n')
    const r = await capture(() => abtest(['--data', file, '--arm', 'arm', '--converted', 'converted', '--control', 'control', '--id', 'id']))
    const srm = r.srm as { chi2: number; df: number; pValue: number; mismatch: boolean }
    // expected 866.67 each: χ² = (133.33² + 133.33² + 266.67²)/866.67
    expect(srm.chi2).toBeCloseTo((2 * (400 / 3) ** 2 + (800 / 3) ** 2) / (2600 / 3), 9)
    expect(srm.df).toBe(2)
    expect(srm.mismatch).toBe(true)
    expect((r.warnings as string[])[0]).toMatch(/^Sample-ratio mismatch/)
    const a = (r.arms as { arm: string; vsControl?: { absolute: { estimate: number }; relative: { estimate: number }; bayesian: { chanceToWin: number; risk: number[] } } }[]).find((x) => x.arm === 'A')!
    expect(a.vsControl!.absolute.estimate).toBeCloseTo(0.03, 12)
    expect(a.vsControl!.relative.estimate).toBeCloseTo(0.6, 12)
    // delta-method variance 0.0736/(1000·0.05²) + 0.0475·0.08²/(1000·0.05⁴) = 0.07808; chance to win Φ(0.6/√0.07808)
    expect(a.vsControl!.bayesian.chanceToWin).toBeCloseTo(normalCdf(0.6 / Math.sqrt(0.07808)), 12)
    // Benjamini–Hochberg beside Holm over the two arm-vs-control tests: smaller p·2 (capped by the larger p), larger p unchanged
    const vc = (r.tests as { vsControl: { a: string; pValue: number; pAdjusted: number; pAdjustedBH: number }[] }).vsControl
    const [lo, hi] = [...vc].sort((x, y) => x.pValue - y.pValue)
    expect(lo.pAdjustedBH).toBeCloseTo(Math.min(2 * lo.pValue, hi.pValue), 14)
    expect(hi.pAdjustedBH).toBeCloseTo(hi.pValue, 14)
    expect(lo.pAdjusted).toBeCloseTo(2 * lo.pValue, 14)
    const ok = await capture(() => abtest(['--data', file, '--arm', 'arm', '--converted', 'converted', '--control', 'control', '--id', 'id', '--weights', 'A=5,B=3,control=5']))
    expect((ok.srm as { mismatch: boolean }).mismatch).toBe(false)
    await expect(abtest(['--data', file, '--arm', 'arm', '--converted', 'converted', '--control', 'control', '--weights', '1,1'])).rejects.toThrow(/2 weights for 3 arms/)
  })

  it('--sequential and --covariate (CUPED) blocks; a covariate measured after the send is refused', async () => {
    const rows = ['id,arm,converted,pre,sent_at']
    let id = 0
    for (const [arm, n, x] of [['control', 400, 40], ['A', 400, 60]] as const) {
      for (let i = 0; i < n; i++) {
        const y = i < x ? 1 : 0
        // the pre-period covariate agrees with the outcome for 4 in 5 customers
        rows.push(`${++id},${arm},${y},${i % 5 === 0 ? 1 - y : y},2024-03-01 09:00:00`)
      }
    }
    const file = join(dir, 'cuped.csv')
    writeFileSync(file, rows.join('\n') + '\n')
    const args = ['--data', file, '--arm', 'arm', '--converted', 'converted', '--control', 'control', '--id', 'id', '--sent-at', 'sent_at', '--sequential', '--covariate', 'pre']
    const r = await capture(() => abtest([...args, '--covariate-date', '2024-02-01']))
    const v = (r.arms as { arm: string; vsControl?: Record<string, { estimate: number; pValue: number; ci: number[] } & { theta: number; varianceReduction: number }> }[]).find((x) => x.arm === 'A')!.vsControl!
    const y = (n: number, x: number): number[] => Array.from({ length: n }, (_, i) => (i < x ? 1 : 0))
    const pre = (ys: number[]): number[] => ys.map((yy, i) => (i % 5 === 0 ? 1 - yy : yy))
    const c = cuped(y(400, 40), pre(y(400, 40)), y(400, 60), pre(y(400, 60)))
    expect(v.cuped.theta).toBeCloseTo(c.theta, 12)
    expect(v.cuped.varianceReduction).toBeCloseTo(c.varianceReduction, 12)
    expect(c.varianceReduction).toBeGreaterThan(0.15)
    expect(v.sequential.estimate).toBeCloseTo(0.5, 12)
    expect(v.sequential.ci[1] - v.sequential.ci[0]).toBeGreaterThan(v.relative.ci[1] - v.relative.ci[0])
    await expect(abtest([...args, '--covariate-date', '2024-03-05'])).rejects.toThrow(/measured at 2024-03-05.*after the campaign was sent/)
  })

  it('--save writes an uplift model file; score --model gives each customer the saved model\'s best creative and uplift', async () => {
    const file = join(dir, 'who.clmodel')
    const r = await capture(() => uplift([...base, '--learners', 't-lr', '--save', file]))
    expect(r.saved).toEqual([file])
    const loaded = await parseModelFile(readFileSync(file), 'who.clmodel')
    const card = modelCard(loaded.manifest, loaded)
    expect(card.uplift).toMatchObject({ learner: 't', base: 'lr', control: 'control', arms: ['A', 'B'] })
    expect(card.uplift!.trained.map((t) => t.customers)).toEqual(['control', 'A', 'B'].map((arm) => d.arm.filter((a) => a === arm).length))
    const models = r.models as { arm: string; test: { qiniAuc: number } }[]
    expect(card.metrics.find((m) => m.name === 'qiniAuc.A')!.value).toBe(models.find((m) => m.arm === 'A')!.test.qiniAuc)
    expect(card.containsCustomerRows).toBe(false)

    const out = join(dir, 'who.csv')
    const s = await capture(() => score(['--model', file, '--data', data, '--out', out]))
    expect(s.model).toMatchObject({ kind: 'uplift' })
    // the same numbers straight from the file's own runtime model on the same rows
    if (loaded.runtime.kind !== 'uplift') throw new Error('not an uplift model')
    const { table } = await readTableFile(data)
    const X = (loaded.runtime.pipeline as Preprocessor).transform(table)
    const direct = loaded.runtime.uplift.score(X)
    const lines = readFileSync(out, 'utf8').trim().split('\n')
    expect(lines[0]).toBe('row,best_creative,uplift,uplift_A,uplift_B')
    lines.slice(1).forEach((line, i) => {
      const [, best, u] = line.split(',')
      expect(best).toBe(direct.best[i] >= 0 ? direct.arms[direct.best[i]] : '')
      expect(Number(u)).toBe(direct.bestUplift[i])
    })
    const creatives = s.creatives as { creative: string; customers: number }[]
    expect(creatives.reduce((a, c) => a + c.customers, 0) + (s.noCreative as number)).toBe(3000)
    // arm A helps customers with x0 > 0.5, arm B those with x0 ≤ 0.5: both are someone's best
    expect(creatives.every((c) => c.customers > 300)).toBe(true)
  })
})
