import { describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { run as classify } from '../../../../src/cli/classify'
import { run as segment } from '../../../../src/cli/segment'
import { capture } from '../../capture'

const BANK = join(__dirname, '../../../fixtures/ml/bank-600.csv')
const RFM = join(__dirname, '../../../fixtures/segmentation/online_retail_subset_rfm.csv')

interface Shap { method: string; expectedValue: number; additivityMaxError: number; meanAbs: Record<string, number>; rows: number }

describe('CLI: classify --shap, segment --map', () => {
  it('classify --shap 15 adds a SHAP summary per model, additive, per original column', async () => {
    const out = JSON.parse(await capture(() => classify(['--data', BANK, '--sep', ';', '--target', 'y', '--positive', 'yes', '--drop', 'duration', '--models', 'lr,tree', '--cv', '0', '--shap', '15']))) as { models: Array<{ name: string; shap: Shap }> }
    expect(out.models.map((m) => m.shap.method)).toEqual(['linear', 'tree-path'])
    for (const m of out.models) {
      expect(m.shap.rows).toBe(15)
      expect(m.shap.additivityMaxError).toBeLessThan(1e-9)
      expect(Object.keys(m.shap.meanAbs)).toContain('job') // a one-hot column, summed back
      expect(Object.keys(m.shap.meanAbs)).not.toContain('duration')
    }
    await expect(classify(['--data', BANK, '--target', 'y', '--shap', '0'])).rejects.toThrow(/--shap must be a whole number/)
  })

  it('segment --map pca adds the method and trustworthiness; a constant column is refused by name', async () => {
    const out = JSON.parse(await capture(() => segment(['--data', RFM, '--features', 'Recency,Frequency,Monetary', '--log', '--standardize', '--k', '3', '--map', 'pca']))) as { map: { method: string; trustworthiness: number; k: number } }
    expect(out.map.method).toBe('pca')
    expect(out.map.k).toBe(10)
    expect(out.map.trustworthiness).toBeGreaterThan(0.5)
    expect(out.map.trustworthiness).toBeLessThanOrEqual(1)
    const dir = mkdtempSync(join(tmpdir(), 'map-'))
    const f = join(dir, 'c.csv')
    writeFileSync(f, 'id,a,b\n' + Array.from({ length: 30 }, (_, i) => `${i},${i % 7},3`).join('\n') + '\n')
    await expect(capture(() => segment(['--data', f, '--features', 'a,b', '--k', '2', '--map', 'tsne']))).rejects.toThrow(/"b" has the same value \(3\)/)
    await expect(segment(['--data', RFM, '--features', 'Recency', '--map', 'mds'])).rejects.toThrow(/--map must be one of pca, tsne, umap/)
  })
})
