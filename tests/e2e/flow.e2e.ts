import { describe, it, expect, beforeAll, afterAll, inject } from 'vitest'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openApp, offOrigin, type Session } from './browser'

/**
 * The campaign document's whole flow across pages, in real Chromium: bank sample → logistic
 * regression on the Predict page → every customer scored into the workspace → Campaign: top
 * 10,000 → 5 groups → 1,000 sample across 5 creatives (200 each) → review → exports → a synthetic
 * results file built from the exported lists → A/B report. Zero off-origin requests.
 */
const base = inject('baseUrl')
const profileDir = mkdtempSync(join(tmpdir(), 'campaign-lab-flow-'))
let s: Session
const CREATIVES = ['A', 'B', 'C', 'D', 'E']
const RATE: Record<string, number> = { A: 0.05, B: 0.08, C: 0.06, D: 0.12, E: 0.2 }
const lists: Record<string, string[][]> = {}

async function download(testId: string): Promise<{ name: string; text: string }> {
  const [dl] = await Promise.all([s.page.waitForEvent('download', { timeout: 60_000 }), s.page.getByTestId(testId).click()])
  return { name: dl.suggestedFilename(), text: readFileSync((await dl.path())!, 'utf8') }
}

describe('bank sample → model → top 10,000 → groups → A/B sample → results', () => {
  beforeAll(async () => {
    s = await openApp(base, { userDataDir: profileDir })
  })
  afterAll(async () => {
    await s?.close()
    rmSync(profileDir, { recursive: true, force: true })
  })

  it('trains a propensity model on the bank sample and adds every customer’s score to the workspace', async () => {
    const p = s.page
    await p.getByTestId('sample-bank-full.csv').click()
    await p.getByTestId('row-count').filter({ hasText: '45,211' }).waitFor({ timeout: 60_000 })
    await p.locator('nav button[data-page=predict]').click()
    await p.getByTestId('predict-target').selectOption('y')
    await p.getByTestId('predict-positive').selectOption('yes')
    await p.getByTestId('drop-duration').click({ timeout: 30_000 })
    for (const m of ['knn', 'tree', 'svm', 'mlp', 'rf', 'gbt']) if (await p.getByTestId(`model-${m}`).isChecked()) await p.getByTestId(`model-${m}`).uncheck()
    await p.getByTestId('model-lr').check()
    await p.getByTestId('cv-folds').fill('2')
    await p.getByTestId('train').click()
    await p.getByTestId('metrics-table').waitFor({ timeout: 180_000 })
    await p.getByTestId('add-to-workspace').click()
    await expect.poll(() => p.getByTestId('export-info').textContent(), { timeout: 60_000 }).toBeTruthy()
  })

  it('selects the top 10,000, groups them in 5 and draws 1,000 across 5 creatives', async () => {
    const p = s.page
    await p.locator('nav button[data-page=campaign]').click()
    await p.getByTestId('audience-step').waitFor()
    // the scored dataset (the plain sample is the only other one)
    const value = await p.getByTestId('aud-dataset').locator('option').evaluateAll((os) => (os as HTMLOptionElement[]).filter((o) => !/^bank-full\.csv \(45,211\)$/.test((o.textContent ?? '').trim())).map((o) => o.value)[0])
    expect(value).toBeTruthy()
    await p.getByTestId('aud-dataset').selectOption(value!)
    await expect.poll(() => p.getByTestId('aud-score').inputValue()).toBe('probability')
    expect(await p.getByTestId('aud-id').inputValue()).toBe('row_id')
    await p.getByTestId('top-n').fill('10000')
    await p.getByTestId('run-audience').click()
    await expect.poll(() => p.getByTestId('audience-size').textContent(), { timeout: 60_000 }).toBe('10,000')

    await p.getByTestId('step-groups').click()
    await p.getByTestId('groups-step').waitFor()
    for (const f of ['age', 'balance', 'campaign']) await p.getByTestId(`feature-${f}`).check()
    await p.getByTestId('groups-k').fill('5')
    await p.getByTestId('run-groups').click()
    await p.getByTestId('profiles-table').waitFor({ timeout: 120_000 })
    expect(await p.getByTestId('profiles-table').locator('tbody tr').count()).toBe(5)

    await p.getByTestId('step-design').click()
    await p.getByTestId('sample-size').fill('1000')
    await p.getByTestId('creatives-k').fill('5')
    await p.getByTestId('control-size').fill('0')
    await p.getByTestId('design-seed').fill('42')
    await p.getByTestId('run-design').click()
    await p.getByTestId('mix-table').waitFor({ timeout: 30_000 })
    const rows = await p.getByTestId('mix-table').locator('tbody tr').allTextContents()
    expect(rows).toHaveLength(5)
    for (const r of rows) expect(r).toMatch(/200$/)
    await s.shot('flow-design')
  })

  it('records the review and exports one list per creative', async () => {
    const p = s.page
    await p.getByTestId('step-review').click()
    await p.getByTestId('model-features').fill('age, job, marital, education, balance, housing, loan, contact, month, campaign, pdays, previous, poutcome')
    await p.getByTestId('check-flags').click()
    await p.getByTestId('flags-table').waitFor()
    expect(await p.getByTestId('flags-table').textContent()).toMatch(/marital/)
    await p.getByTestId('reviewer').fill('Ana Analyst')
    await p.getByTestId('decision').selectOption('approved')
    await p.getByTestId('record-review').click()
    await p.getByTestId('review-recorded').waitFor()
    const ids = new Set<string>()
    for (const arm of CREATIVES) {
      const f = await download(`export-${arm}`)
      const [head, ...body] = f.text.trim().split('\n')
      expect(head.split(',')[0]).toBe('customer_id')
      expect(body).toHaveLength(200)
      lists[arm] = body.map((l) => l.split(','))
      // the bank file has no customer id: the scored dataset numbered its rows
      for (const r of lists[arm]) expect(Number(r[0]) >= 1 && Number(r[0]) <= 45211).toBe(true)
      for (const r of lists[arm]) ids.add(r[0])
    }
    expect(ids.size).toBe(1000)
  })

  it('reads the campaign results and reports which creative won', async () => {
    const p = s.page
    const lines = ['customer,creative,delivered,opened,clicked,converted']
    for (const arm of CREATIVES) {
      const n = Math.round(RATE[arm] * 200)
      lists[arm].forEach((r, i) => lines.push(`${r[0]},${arm},1,${i < n * 3 ? 1 : 0},${i < n * 2 ? 1 : 0},${i < n ? 1 : 0}`))
    }
    await p.getByTestId('step-results').click()
    await p.getByTestId('results-step').waitFor()
    const bytes = Array.from(Buffer.from(lines.join('\n') + '\n', 'utf8'))
    await p.evaluate((bytes) => {
      const dt = new DataTransfer()
      dt.items.add(new File([new Uint8Array(bytes)], 'bank_campaign_results.csv', { type: 'text/csv' }))
      document.querySelector('[data-testid="results-dropzone"]')!.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }))
    }, bytes)
    await expect.poll(() => p.getByTestId('rcol-converted').inputValue(), { timeout: 30_000 }).toBe('converted')
    await p.getByTestId('results-control').fill('')
    await p.getByTestId('run-results').click()
    await p.getByTestId('ab-report').waitFor({ timeout: 30_000 })
    expect(await p.getByTestId('arm-row-E').locator('[data-testid=conv-rate]').textContent()).toContain('20.0%')
    expect(await p.getByTestId('arm-row-A').locator('[data-testid=conv-rate]').textContent()).toContain('5.0%')
    expect(await p.getByTestId('chi-square').textContent()).toMatch(/df = 4/)
    expect(await p.getByTestId('pairwise-table').textContent()).toMatch(/Creative E converts better than A: 20\.0% vs 5\.0%/)
    await s.shot('flow-report')
    expect(offOrigin(s.requests, base)).toEqual([])
  })
})
