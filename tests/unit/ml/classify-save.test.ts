import { describe, expect, it } from 'vitest'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { run as classify } from '../../../src/cli/classify'
import { run as score } from '../../../src/cli/score'
import { readTableFile } from '../../../src/data/node'
import { trainAndCompare } from '../../../src/ml/propensity/train'
import { rocAuc } from '../../../src/ml/metrics/classification'
import { capture } from '../capture'

/** classify --save writes model files that `score --model` applies with the trainer's own probabilities. */
const DATA = join(__dirname, '../../fixtures/ml/bank-600.csv')
const dir = mkdtempSync(join(tmpdir(), 'classify-save-'))

const probabilities = (csv: string): number[] => {
  const [head, ...lines] = csv.trimEnd().split('\n')
  const k = head.split(',').indexOf('probability')
  return lines.map((l) => Number(l.split(',')[k]))
}

describe('classify --save → score --model', () => {
  it('writes one model file per model and scoring reproduces the trained probabilities (≤ 1e-9)', async () => {
    const save = join(dir, 'bank.clmodel')
    const args = ['--data', DATA, '--target', 'y', '--positive', 'yes', '--drop', 'duration', '--models', 'lr,tree', '--cv', '0', '--seed', '7']
    const out = JSON.parse(await capture(() => classify([...args, '--save', save]))) as { models: { name: string; test: { rocAuc: number } }[]; saved: string[] }
    expect(out.saved).toEqual([join(dir, 'bank-lr.clmodel'), join(dir, 'bank-tree.clmodel')])
    for (const p of out.saved) expect(existsSync(p)).toBe(true)

    // the same run in-process (same seed → same split and models)
    const { table, schema } = await readTableFile(DATA)
    const res = await trainAndCompare(table, schema, { target: 'y', positive: 'yes', drop: ['duration'], models: [{ name: 'lr' }, { name: 'tree' }], cv: 0, seed: 7, importance: false })
    for (const name of ['lr', 'tree']) {
      const csvPath = join(dir, `scores-${name}.csv`)
      const summary = JSON.parse(await capture(() => score(['--model', join(dir, `bank-${name}.clmodel`), '--data', DATA, '--out', csvPath]))) as { rows: number }
      expect(summary.rows).toBe(600)
      const p = probabilities(readFileSync(csvPath, 'utf8'))
      expect(p).toHaveLength(600)
      const m = res.models.find((r) => r.id === name)!
      const testRows = res.split.testRows
      let worst = 0
      testRows.forEach((r, k) => (worst = Math.max(worst, Math.abs(p[r] - m.testProba[k]))))
      expect(worst).toBeLessThanOrEqual(1e-9)
      // the CLI's printed test ROC AUC is the scored file's on the test rows
      const auc = rocAuc(res.yTest, Array.from(testRows, (r) => p[r]))
      expect(auc).toBeCloseTo(out.models.find((x) => x.name === name)!.test.rocAuc, 5)
    }
  })

  it('one model → the file name as given', async () => {
    const save = join(dir, 'single.clmodel')
    const out = JSON.parse(await capture(() => classify(['--data', DATA, '--target', 'y', '--positive', 'yes', '--models', 'lr', '--cv', '0', '--save', save]))) as { saved: string[] }
    expect(out.saved).toEqual([save])
    expect(readFileSync(save).length).toBeGreaterThan(100)
  })
})
