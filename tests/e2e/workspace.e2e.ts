import { describe, it, expect, beforeAll, afterAll, inject } from 'vitest'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openApp, type Session } from './browser'

/**
 * The stored workspace in real Chromium: bank sample → two training runs (LR, then a tree) →
 * scores into the workspace → Online Retail sample → RFM segmentation → association rules →
 * a campaign taken to its budget step → reload. Every result is back and identical, shown from
 * IndexedDB: the job panel stays empty (nothing re-run), and the rules table pages from the
 * ml worker's stored rule set.
 */
const base = inject('baseUrl')
const profileDir = mkdtempSync(join(tmpdir(), 'campaign-lab-workspace-'))
let s: Session
const before: Record<string, string> = {}

const text = async (id: string): Promise<string> => ((await s.page.getByTestId(id).textContent()) ?? '').replace(/\s+/g, ' ').trim()
const page = (name: string) => s.page.locator(`nav button[data-page=${name}]`).click()
/** Jobs this page has run since it loaded: the status bar's "Jobs (N)" counts every one, running or ended. */
const jobCount = async (): Promise<number> => Number(/\((\d+)\)/.exec((await s.page.getByTestId('jobs-toggle').textContent()) ?? '')?.[1] ?? NaN)

async function train(model: 'lr' | 'tree'): Promise<void> {
  const p = s.page
  for (const m of ['lr', 'knn', 'tree', 'svm', 'mlp', 'rf', 'gbt']) {
    const box = p.getByTestId(`model-${m}`)
    if ((await box.isChecked()) !== (m === model)) await box.setChecked(m === model)
  }
  await p.getByTestId('cv-folds').fill('2')
  await p.getByTestId('subsample').fill('3000')
  const runsBefore = await p.getByTestId('run-history').locator('tbody tr').count().catch(() => 0)
  await p.getByTestId('train').click()
  await expect.poll(() => p.getByTestId('run-history').locator('tbody tr').count().catch(() => 0), { timeout: 240_000 }).toBe(runsBefore + 1)
  await p.getByTestId('metrics-table').waitFor({ timeout: 60_000 })
}

describe('the workspace survives a reload', () => {
  beforeAll(async () => {
    s = await openApp(base, { userDataDir: profileDir })
  })
  afterAll(async () => {
    await s?.close()
    rmSync(profileDir, { recursive: true, force: true })
  })

  it('trains two runs on the bank sample and adds the scores to the workspace', async () => {
    const p = s.page
    await p.getByTestId('sample-bank-full.csv').click()
    await p.getByTestId('row-count').filter({ hasText: '45,211' }).waitFor({ timeout: 60_000 })
    await page('predict')
    await p.getByTestId('predict-target').selectOption('y')
    await p.getByTestId('predict-positive').selectOption('yes')
    await p.getByTestId('drop-duration').click({ timeout: 30_000 })
    await train('lr')
    await train('tree')
    await p.getByTestId('add-to-workspace').click()
    await expect.poll(() => p.getByTestId('export-info').textContent(), { timeout: 60_000 }).toBeTruthy()
    before.metrics = await text('metrics-table')
    before.history = await text('run-history')
    expect(await p.getByTestId('run-history').locator('tbody tr').count()).toBe(2)
  })

  it('segments the Online Retail sample and mines its rules', async () => {
    const p = s.page
    await page('data')
    await p.getByTestId('sample-online-retail-sample.csv').click()
    await expect.poll(() => p.getByTestId('row-count').textContent(), { timeout: 60_000 }).toContain('32,183')
    await page('segment')
    await p.getByTestId('seg-dataset').waitFor()
    await p.getByTestId('seg-run-rfm').click()
    await p.getByTestId('rfm-segments').waitFor({ timeout: 120_000 })
    before.customers = await text('customer-count')
    before.segments = await text('rfm-segments')

    await page('patterns')
    await p.getByTestId('pat-dataset').waitFor()
    await p.getByTestId('min-support').fill('0.01')
    await p.getByTestId('min-confidence').fill('0.5')
    await p.getByTestId('pat-mine').click()
    await expect.poll(() => p.getByTestId('rules-table').locator('tbody tr').count(), { timeout: 120_000 }).toBe(25)
    before.mined = await text('mined-summary')
    before.rules = await text('rules-table')
  })

  it('takes a campaign on the scored customers to its budget step', async () => {
    const p = s.page
    await page('campaign')
    await p.getByTestId('audience-step').waitFor()
    const value = await p.getByTestId('aud-dataset').locator('option').evaluateAll((os) => (os as HTMLOptionElement[]).find((o) => /·/.test(o.textContent ?? ''))?.value)
    expect(value).toBeTruthy()
    await p.getByTestId('aud-dataset').selectOption(value!)
    await expect.poll(() => p.getByTestId('aud-score').inputValue()).toBe('probability')
    await p.getByTestId('top-n').fill('1000')
    await p.getByTestId('run-audience').click()
    await expect.poll(() => p.getByTestId('audience-size').textContent(), { timeout: 60_000 }).toBe('1,000')
    await p.getByTestId('step-design').click()
    await p.getByTestId('sample-size').fill('200')
    await p.getByTestId('creatives-k').fill('2')
    await p.getByTestId('control-size').fill('0')
    await p.getByTestId('run-design').click()
    await p.getByTestId('mix-table').waitFor({ timeout: 30_000 })
    before.mix = await text('mix-table')
    await p.getByTestId('step-budget').click()
    await p.getByTestId('run-budget').click()
    await p.getByTestId('budget-table').waitFor({ timeout: 30_000 })
    before.budget = await text('budget-table')
    await s.shot('workspace-1-before-reload')
    // the counter sees the jobs that made these results (so its 0 after the reload means something)
    expect(await jobCount()).toBeGreaterThan(0)
  })

  it('after a reload every result is back, identical, and no job runs', async () => {
    const p = s.page
    // the snapshots are written when the page is idle after the last change
    await p.waitForTimeout(2500)
    await p.reload()
    await p.locator('nav button[data-page=predict]').waitFor()
    expect(await jobCount()).toBe(0)

    await page('campaign')
    await p.getByTestId('budget-table').waitFor({ timeout: 10_000 })
    expect(await text('budget-table')).toBe(before.budget)
    await p.getByTestId('step-design').click()
    expect(await text('mix-table')).toBe(before.mix)
    await p.getByTestId('step-audience').click()
    expect(await text('audience-size')).toBe('1,000')
    await s.shot('workspace-2-campaign-after-reload')

    await page('predict')
    await p.getByTestId('metrics-table').waitFor({ timeout: 10_000 })
    expect(await text('metrics-table')).toBe(before.metrics)
    expect(await text('run-history')).toBe(before.history)
    // the older run reopens from the history, without training
    await p.getByTestId('run-history').getByTestId('run-open').first().click()
    await p.getByTestId('metrics-table').waitFor()
    expect(await text('metrics-table')).not.toBe(before.metrics)
    await s.shot('workspace-3-predict-after-reload')

    await page('segment')
    await p.getByTestId('rfm-segments').waitFor({ timeout: 10_000 })
    expect(await text('customer-count')).toBe(before.customers)
    expect(await text('rfm-segments')).toBe(before.segments)

    await page('patterns')
    await expect.poll(() => p.getByTestId('rules-table').locator('tbody tr').count(), { timeout: 30_000 }).toBe(25)
    expect(await text('mined-summary')).toBe(before.mined)
    expect(await text('rules-table')).toBe(before.rules)
    await s.shot('workspace-4-patterns-after-reload')

    // nothing was re-computed on any page
    expect(await jobCount()).toBe(0)
    expect(s.errors.filter((e) => !/favicon/i.test(e))).toEqual([])
  })

  it('compares two runs side by side: logistic regression without and with SMOTE (EN 1366, ES 1920)', async () => {
    const p = s.page
    await p.setViewportSize({ width: 1366, height: 768 })
    await page('predict')
    await p.getByTestId('smote-on').setChecked(true)
    await train('lr')
    const boxes = p.getByTestId('run-history').getByTestId('run-compare')
    expect(await boxes.count()).toBe(3)
    // newest first: the SMOTE run, the tree, the first logistic regression
    await boxes.nth(0).check()
    await boxes.nth(2).check()
    const cmp = p.getByTestId('run-comparison')
    await cmp.waitFor()
    expect(await text('run-compare-test')).toMatch(/^Both runs were tested on the same [\d,]+ customers/)
    const settings = (await cmp.locator('tr.model-row').first().locator('td').allTextContents()).map((x) => x.trim())
    expect(settings[1]).toMatch(/^SMOTE off · [\d,]+ training customers/)
    expect(settings[2]).toMatch(/^SMOTE on · [\d,]+ training customers/)
    expect((await cmp.locator('tr.model-row th').first().textContent())?.trim()).toBe('Logistic regression')
    // seven metrics, each with its B − A difference
    const diffs = await cmp.locator('tbody').first().locator('tr:not(.model-row) td:last-child').allTextContents()
    expect(diffs).toHaveLength(7)
    for (const d of diffs) expect(d.trim()).toMatch(/^[+−±]\d\.\d{3}$/)
    expect(await p.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
    await cmp.scrollIntoViewIfNeeded()
    await p.screenshot({ path: 'tests/e2e/screenshots/workspace-5-compare-en-1366.png' })
    await p.setViewportSize({ width: 1920, height: 1080 })
    await p.getByTestId('locale').selectOption('es')
    await expect.poll(() => text('run-compare-test')).toMatch(/^Los dos entrenamientos se probaron con los mismos [\d.]+ clientes/)
    expect(await cmp.locator('h4').textContent()).toBe('Dos entrenamientos lado a lado')
    for (const d of await cmp.locator('tbody').first().locator('tr:not(.model-row) td:last-child').allTextContents()) expect(d.trim()).toMatch(/^[+−±]\d,\d{3}$/)
    await cmp.scrollIntoViewIfNeeded()
    await p.screenshot({ path: 'tests/e2e/screenshots/workspace-5-compare-es-1920.png' })
    await p.getByTestId('locale').selectOption('en')
  })
})
