import { describe, expect, it } from 'vitest'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { spawnSync } from 'node:child_process'
import { serializeModel } from '../../../src/ml/modelfile'
import { fileSystem } from '../../../src/ml/modelfile/node'
import { run as score } from '../../../src/cli/score'
import { run as sql } from '../../../src/cli/sql'
import { FIXTURES } from './helpers'
import { trainClassifier } from './models'

const dir = mkdtempSync(join(tmpdir(), 'clmodel-'))

async function captureStdout(f: () => Promise<void>): Promise<string> {
  const orig = process.stdout.write.bind(process.stdout)
  const origErr = process.stderr.write.bind(process.stderr)
  let out = ''
  process.stdout.write = ((s: string) => ((out += s), true)) as typeof process.stdout.write
  process.stderr.write = (() => true) as typeof process.stderr.write
  try {
    await f()
  } finally {
    process.stdout.write = orig
    process.stderr.write = origErr
  }
  return out
}

describe('score and sql CLI', () => {
  it('score: one CSV row per input row, in input order, with id, probability, band and reasons', async () => {
    const modelPath = join(dir, 'lr.clmodel')
    const input = await trainClassifier('lr')
    await fileSystem(modelPath).save((await serializeModel(input)).artifacts)
    // a hostile id to check formula-injection safety
    const data = readFileSync(join(FIXTURES, 'bank_sample.csv'), 'utf8').replace('\nC00003;', '\n=HYPERLINK(1);')
    const dataPath = join(dir, 'new.csv')
    writeFileSync(dataPath, data)
    const outPath = join(dir, 'scores.csv')
    const out = JSON.parse(await captureStdout(() => score(['--model', modelPath, '--data', dataPath, '--out', outPath, '--sep', ';']))) as Record<string, unknown>
    expect(out.rows).toBe(603)
    expect((out.model as { sha256: string }).sha256).toBe((await fileSystem(modelPath).load()).fileSha256)
    const lines = readFileSync(outPath, 'utf8').trimEnd().split('\n')
    expect(lines.length).toBe(604)
    expect(lines[0]).toBe('client_id,probability,band,decision,reason_1,reason_1_contribution,reason_2,reason_2_contribution,reason_3,reason_3_contribution')
    expect(lines[1].startsWith("'=HYPERLINK(1),")).toBe(true)
    expect(lines[2].startsWith('C00078,')).toBe(true)
    expect((out.bands as { customers: number }[]).reduce((a, b) => a + b.customers, 0)).toBe(603)
  })

  it('sql: one JSON object with the SELECT', async () => {
    const modelPath = join(dir, 'tree.clmodel')
    await fileSystem(modelPath).save((await serializeModel(await trainClassifier('tree'))).artifacts)
    const out = JSON.parse(await captureStdout(() => sql(['--model', modelPath, '--table', 'crm.customers']))) as { sql: string; table: string }
    expect(out.table).toBe('crm.customers')
    expect(out.sql).toMatch(/^-- Campaign Lab model/)
    expect(out.sql).toContain('FROM "crm"."customers"')
  })

  it('a tampered model exits with code 1 (a failure, not a usage error) and one line naming the problem', async () => {
    const modelPath = join(dir, 'tampered.clmodel')
    const bytes = (await serializeModel(await trainClassifier('lr'))).bytes.slice()
    bytes[bytes.length - 3] ^= 0x40
    writeFileSync(modelPath, bytes)
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'sql', '--model', modelPath], { encoding: 'utf8' })
    expect(r.status).toBe(1)
    expect(r.stdout).toBe('')
    expect(r.stderr.trim().split('\n')).toEqual(['error: tampered.clmodel: the weights were changed or damaged after saving (their SHA-256 does not match) at /weights/sha256'])
  }, 30_000)
})
