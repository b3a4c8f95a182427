/**
 * New data, same model (issue #20), as an analyst does it: the bank file's earlier customers
 * (first 20,000 rows) train a model that is saved; the later customers (last 5,211 rows, 46 % "yes"
 * against 7 %) are dropped; the Models page shows each input's drift, the saved model against one
 * retrained with its own settings on the same held-out customers, a recommendation, and keeping the
 * retrained model lists it with its lineage. In English, then the same page in Spanish.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openApp, offOrigin, type Session } from './browser'

const base = inject('baseUrl')
let s: Session
const dir = mkdtempSync(join(tmpdir(), 'campaign-lab-retrain-'))
const EARLY = join(dir, 'bank-early.csv')
const LATE = join(dir, 'bank-late.csv')
const MODEL = 'bank early LR'

beforeAll(async () => {
  const lines = readFileSync('public/samples/bank-full.csv', 'utf8').trimEnd().split('\n')
  writeFileSync(EARLY, [lines[0], ...lines.slice(1, 20_001)].join('\n') + '\n')
  writeFileSync(LATE, [lines[0], ...lines.slice(40_001)].join('\n') + '\n')
  s = await openApp(base)
})
afterAll(async () => {
  await s?.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('retrain a saved model on new data', () => {
  it('trains on the earlier customers and saves the model', async () => {
    const p = s.page
    await p.setViewportSize({ width: 1366, height: 768 })
    await p.getByTestId('file-input').setInputFiles(EARLY)
    await p.getByTestId('row-count').filter({ hasText: '20,000' }).waitFor({ timeout: 120_000 })
    await p.getByTestId('file-input').setInputFiles(LATE)
    await p.getByTestId('row-count').filter({ hasText: '5,211' }).waitFor({ timeout: 120_000 })
    await p.locator('nav button[data-page=predict]').click()
    const early = await p.getByTestId('predict-dataset').locator('option').evaluateAll((os) => (os as HTMLOptionElement[]).find((o) => o.textContent!.startsWith('bank-early'))!.value)
    await p.getByTestId('predict-dataset').selectOption(early)
    await p.getByTestId('predict-target').selectOption('y')
    await p.getByTestId('predict-positive').selectOption('yes')
    await p.getByTestId('drop-duration').click({ timeout: 30_000 })
    for (const m of ['knn', 'tree', 'svm', 'mlp', 'rf', 'gbt']) if (await p.getByTestId(`model-${m}`).isChecked()) await p.getByTestId(`model-${m}`).uncheck()
    await p.getByTestId('model-lr').check()
    await p.getByTestId('cv-folds').fill('2')
    await p.getByTestId('train').click()
    await p.getByTestId('metrics-table').waitFor({ timeout: 240_000 })
    await p.getByTestId('select-lr').click()
    await p.getByTestId('model-name').fill(MODEL)
    await p.getByTestId('save-model').click()
    await p.getByTestId('confirm-save').click()
    await p.getByTestId('saved').waitFor({ timeout: 60_000 })
  }, 400_000)

  it('shows drift and champion vs challenger on the later customers, and keeps the challenger', async () => {
    const p = s.page
    await p.locator('nav button[data-page=models]').click()
    await p.getByTestId(`model-${MODEL}`).click()
    await p.getByTestId('retrain-panel').waitFor()
    const late = await p.getByTestId('retrain-dataset').locator('option').evaluateAll((os) => (os as HTMLOptionElement[]).find((o) => o.textContent!.startsWith('bank-late'))!.value)
    await p.getByTestId('retrain-dataset').selectOption(late)
    await p.getByTestId('retrain-run').click()
    await p.getByTestId('retrain-recommendation').waitFor({ timeout: 240_000 })
    // the later customers answer yes far more often, and contact channel and month shift completely
    const drift = await p.getByTestId('drift-table').locator('tbody tr').allTextContents()
    const month = drift.find((r) => r.startsWith('month'))!
    expect(month).toMatch(/shifted/)
    expect(drift.find((r) => r.startsWith('contact'))).toMatch(/shifted/)
    expect(await p.getByTestId('retrain-base-rate').textContent()).toMatch(/%.*%/)
    const metrics = await p.getByTestId('retrain-metrics').locator('tbody tr').allTextContents()
    expect(metrics.length).toBeGreaterThanOrEqual(7)
    expect(await p.getByTestId('retrain-recommendation').textContent()).toMatch(/retrained model/)
    await s.shot('retrain-en')
    await p.getByTestId('retrain-keep').click()
    // the kept model is listed, shown, and its card names the model it came from
    await p.getByTestId('lineage').waitFor({ timeout: 60_000 })
    expect(await p.getByRole('status').filter({ hasText: 'retrained model is saved' }).count()).toBe(1)
    expect(await p.getByTestId('lineage').textContent()).toContain(MODEL)
    await s.shot('retrain-kept-en')
  }, 400_000)

  it('reads in Spanish with numbers in the Spanish format', async () => {
    const p = s.page
    await p.getByTestId('locale').selectOption('es')
    await p.getByTestId(`model-${MODEL}`).click()
    const late = await p.getByTestId('retrain-dataset').locator('option').evaluateAll((os) => (os as HTMLOptionElement[]).find((o) => o.textContent!.startsWith('bank-late'))!.value)
    await p.getByTestId('retrain-dataset').selectOption(late)
    await p.getByTestId('retrain-run').click()
    await p.getByTestId('retrain-recommendation').waitFor({ timeout: 240_000 })
    const text = (await p.getByTestId('retrain-panel').textContent()) ?? ''
    expect(text).toMatch(/Deriva por variable/)
    expect(text).toMatch(/Quédate con el modelo reentrenado/)
    expect(text).not.toMatch(/Keep the|Drift per input|shifted/)
    // decimal commas: a PSI like 5,935, never 5.935
    expect(text).toMatch(/\d,\d{3}/)
    await s.shot('retrain-es')
    expect(offOrigin(s.requests, base)).toEqual([])
  }, 400_000)
})
