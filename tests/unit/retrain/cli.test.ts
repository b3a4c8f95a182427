/**
 * Issue #20's bad input through the command line (`retrain`): each case prints a clear reason or
 * refuses with one, naming the column; an older model file without training distributions says so
 * and measures the drift against the original data given with --original.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readTableFile } from '../../../src/data/node'
import { trainAndCompare } from '../../../src/ml/propensity/train'
import { fromPropensityModel } from '../../../src/ml/modelfile/adapters'
import { fileSystem } from '../../../src/ml/modelfile/node'
import { serializeModel } from '../../../src/ml/modelfile/format'
import { fingerprintTable } from '../../../src/ml/modelfile/hash'
import { run } from '../../../src/cli/retrain'
import { CliError } from '../../../src/cli/args'

const BANK = join(__dirname, '../../../public/samples/bank-full.csv')
const dir = mkdtempSync(join(tmpdir(), 'campaign-lab-retrain-cli-'))
const path = (n: string): string => join(dir, n)
const EARLY_ROWS = 4000

/** The raw lines with one field changed or removed (fields are ;-separated, none quoted with ;). */
function edit(lines: string[], column: string, f: ((v: string, row: number) => string) | null): string[] {
  const k = lines[0].split(';').indexOf(`"${column}"`)
  return lines.map((l, i) => {
    const parts = l.split(';')
    if (f === null) parts.splice(k, 1)
    else if (i > 0) parts[k] = f(parts[k], i)
    return parts.join(';')
  })
}

async function cli(argv: string[]): Promise<Record<string, unknown>> {
  let out = ''
  const so = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true))
  const se = vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
  try {
    await run(argv)
  } finally {
    so.mockRestore()
    se.mockRestore()
  }
  return JSON.parse(out) as Record<string, unknown>
}

beforeAll(async () => {
  const lines = readFileSync(BANK, 'utf8').trimEnd().split('\n')
  const early = [lines[0], ...lines.slice(1, 1 + EARLY_ROWS)]
  const late = [lines[0], ...lines.slice(40_001)]
  writeFileSync(path('early.csv'), early.join('\n') + '\n')
  writeFileSync(path('late-no-y.csv'), edit(late, 'y', null).join('\n') + '\n')
  writeFileSync(path('late-no-age.csv'), edit(late, 'age', null).join('\n') + '\n')
  writeFileSync(path('late-balance-text.csv'), edit(late, 'balance', (v, i) => (i % 2 ? `${v} EUR` : v)).join('\n') + '\n')

  const { table, schema } = await readTableFile(path('early.csv'), { sep: ';' })
  const res = await trainAndCompare(table, schema, { target: 'y', positive: 'yes', drop: ['duration'], models: [{ name: 'lr' }], cv: 0, importance: false })
  const input = fromPropensityModel(res.models[0].model, { table, rows: res.split.trainRows })
  await fileSystem(path('model.clmodel')).save((await serializeModel(input)).artifacts)
  // a file as saved before training distributions were stored: only the training data's fingerprint
  await fileSystem(path('old.clmodel')).save((await serializeModel({ ...input, training: await fingerprintTable(table, res.split.trainRows) })).artifacts)
}, 120_000)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('retrain on the command line: bad input', () => {
  it('new data missing a column the model needs: refused, the column named, nothing trained', async () => {
    const err = await cli(['--model', path('model.clmodel'), '--data', path('late-no-age.csv'), '--out', path('never.clmodel')]).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(CliError)
    expect((err as Error).message).toMatch(/lacks the column\(s\) the model needs: age\. Nothing was trained/)
    expect(() => readFileSync(path('never.clmodel'))).toThrow()
  })

  it('a numeric column that now holds text: refused with the column and examples', async () => {
    const err = await cli(['--model', path('model.clmodel'), '--data', path('late-balance-text.csv')]).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(CliError)
    expect((err as Error).message).toMatch(/"balance" held number values .* holds text now \(e\.g\. .*EUR/)
  })

  it('no outcome column: drift only, the retrain refused with the reason', async () => {
    const r = await cli(['--model', path('model.clmodel'), '--data', path('late-no-y.csv')])
    expect(r.challenger).toBeNull()
    expect(r.champion).toBeNull()
    expect(r.recommendation).toMatchObject({ code: 'retrain.noTarget', text: expect.stringMatching(/no "y" column: drift is shown/) })
    const drift = r.drift as { column: string; psi: number }[]
    // one entry per input of the model (constant columns of the first 4,000 rows are no inputs)
    expect(drift.length).toBeGreaterThan(5)
    expect(drift.map((d) => d.psi)).toEqual([...drift.map((d) => d.psi)].sort((a, b) => b - a))
  })

  it('a model file from before drift bins were stored: says so and points to --original', async () => {
    const r = await cli(['--model', path('old.clmodel'), '--data', path('late-no-y.csv')])
    expect(r.drift).toBeNull()
    const m = (r.messages as { code: string; text: string }[]).find((x) => x.code === 'retrain.drift.noBins')!
    expect(m.text).toMatch(/--original FILE/)
  })

  it('--original: the drift against the profile computed from the original data', async () => {
    const withBins = await cli(['--model', path('model.clmodel'), '--data', path('late-no-y.csv')])
    const r = await cli(['--model', path('old.clmodel'), '--data', path('late-no-y.csv'), '--original', path('early.csv')])
    const m = (r.messages as { code: string; text: string }[]).find((x) => x.code === 'retrain.drift.fromOriginal')!
    expect(m.text).toContain(`"early.csv", ${EARLY_ROWS} rows`)
    const drift = r.drift as { column: string; psi: number; level: string }[]
    expect(drift.length).toBe((withBins.drift as unknown[]).length)
    // the stored profile covers the training rows (80 % of the same file): the same reading per input
    const stored = new Map((withBins.drift as { column: string; psi: number; level: string }[]).map((d) => [d.column, d]))
    for (const d of drift) {
      expect(Math.abs(d.psi - stored.get(d.column)!.psi), d.column).toBeLessThan(0.05 * Math.max(1, stored.get(d.column)!.psi))
    }
  })

  it('--original that is not the training data: refused, the columns named', async () => {
    const err = await cli(['--model', path('old.clmodel'), '--data', path('late-no-y.csv'), '--original', path('late-no-age.csv')]).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(CliError)
    expect((err as Error).message).toMatch(/"late-no-age\.csv" is not this model's training data: it lacks age/)
  })
})
