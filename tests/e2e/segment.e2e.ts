import { describe, it, expect, beforeAll, afterAll, inject } from 'vitest'
import { readFileSync } from 'node:fs'
import { openApp, offOrigin, type Session } from './browser'

/**
 * Segment page in real Chromium: Online Retail sample → mapping (suggested) → cleaning counts →
 * RFM segments → elbow with a suggested k → profiles with descriptions → PCA map → CSV export →
 * segments added to the workspace; zero off-origin requests.
 */
const base = inject('baseUrl')
let s: Session
const timings: Record<string, number> = {}

async function timed<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const t0 = Date.now()
  const v = await fn()
  timings[name] = Date.now() - t0
  return v
}

describe('segment page', () => {
  beforeAll(async () => {
    s = await openApp(base)
    s.page.setDefaultTimeout(20_000)
  })
  afterAll(async () => {
    console.log('segment e2e timings (ms):', JSON.stringify(timings))
    await s?.close()
  })

  it('loads the Online Retail sample and suggests the column mapping', async () => {
    await s.page.getByTestId('sample-online-retail-sample.csv').click()
    await s.page.getByTestId('row-count').waitFor()
    await expect.poll(() => s.page.getByTestId('row-count').textContent(), { timeout: 60_000 }).toContain('32,183')
    await s.page.locator('nav button[data-page=segment]').click()
    await s.page.getByTestId('seg-dataset').waitFor()
    expect(await s.page.getByTestId('map-customer').inputValue()).toBe('CustomerID')
    expect(await s.page.getByTestId('map-invoice').inputValue()).toBe('InvoiceNo')
    expect(await s.page.getByTestId('map-date').inputValue()).toBe('InvoiceDate')
    expect(await s.page.getByTestId('map-quantity').inputValue()).toBe('Quantity')
    expect(await s.page.getByTestId('map-price').inputValue()).toBe('UnitPrice')
    expect(await s.page.getByTestId('map-product').inputValue()).toBe('StockCode')
  })

  it('cleans the log and shows counts, customer features and RFM segments', async () => {
    await timed('rfm', async () => {
      await s.page.getByTestId('seg-run-rfm').click()
      await s.page.locator('[data-testid=rfm-segments], [data-testid=seg-error]').first().waitFor({ timeout: 60_000 })
      expect(await s.page.getByTestId('seg-error').allTextContents()).toEqual([])
    })
    const n = (id: string) => s.page.getByTestId(id).textContent().then((x) => Number((x ?? '').replace(/[^\d]/g, '')))
    const input = await n('rows-input')
    const afterCustomer = await n('rows-missingCustomer')
    const afterCancel = await n('rows-cancellations')
    const afterPrice = await n('rows-nonPositivePrice')
    expect(input).toBe(32183)
    expect(afterCustomer).toBeLessThanOrEqual(input)
    expect(afterCancel).toBeLessThan(afterCustomer)
    expect(afterPrice).toBeLessThanOrEqual(afterCancel)
    expect(afterPrice).toBeGreaterThan(20000)
    expect(await s.page.getByTestId('customer-count').textContent()).toMatch(/\d+ customers/)
    expect(await s.page.getByTestId('feature-summary').locator('tbody tr').count()).toBeGreaterThanOrEqual(6)
    expect(await s.page.getByTestId('rfm-segments').textContent()).toContain('Champions')
    // turning the cancellation step off keeps more rows
    await s.page.getByTestId('clean-cancellations').uncheck()
    await s.page.getByTestId('seg-run-rfm').click()
    await expect.poll(() => n('rows-cancellations')).toBe(afterCustomer)
    await s.page.getByTestId('clean-cancellations').check()
    await s.page.getByTestId('seg-run-rfm').click()
    await expect.poll(() => n('rows-cancellations')).toBe(afterCancel)
    await s.shot('segment-rfm')
  })

  it('runs k-means over k = 2..10 with a suggested k, profiles and a PCA map', async () => {
    await timed('cluster k=2..10', async () => {
      await s.page.getByTestId('seg-run-cluster').click()
      await s.page.getByTestId('suggested-k').waitFor({ timeout: 120_000 })
    })
    const sug = await s.page.getByTestId('suggested-k').textContent()
    expect(sug).toMatch(/Suggested k = \d+/)
    const k = Number(/k = (\d+)/.exec(sug ?? '')![1])
    expect(await s.page.getByTestId('cluster-profiles').locator('article').count()).toBe(k)
    const desc = await s.page.getByTestId('cluster-description').first().textContent()
    expect(desc).toMatch(/customers? \(\d+%\), \d+% of revenue/)
    await s.page.getByTestId('pca-map').locator('canvas').waitFor()
    expect(await s.page.getByTestId('pca-map').textContent()).toMatch(/PCA/)
    await s.page.getByTestId('anomalies').waitFor()
    // choose another k: profiles follow
    const other = k === 4 ? 3 : 4
    await timed('choose k', async () => {
      await s.page.getByTestId('choose-k').selectOption(String(other))
      await expect.poll(() => s.page.getByTestId('cluster-profiles').locator('article').count()).toBe(other)
    })
    // rename the first cluster
    await s.page.getByTestId('cluster-name-0').fill('Top buyers')
    await s.page.getByTestId('cluster-name-0').press('Enter')
    await s.page.getByTestId('cluster-name-0').blur()
    await s.shot('segment-clusters')
  })

  it('exports a safe CSV with one row per customer', async () => {
    const [download] = await Promise.all([s.page.waitForEvent('download'), s.page.getByTestId('seg-export').click()])
    const path = await download.path()
    const text = readFileSync(path, 'utf8')
    const lines = text.trim().split('\n')
    expect(lines[0]).toBe('customer,recency,frequency,monetary,r_score,f_score,m_score,rfm_score,segment,cluster,outlier_score')
    const customers = Number(((await s.page.getByTestId('customer-count').textContent()) ?? '').split('customers')[0].replace(/[^\d]/g, ''))
    expect(lines.length - 1).toBe(customers)
    expect(text).toContain('Top buyers')
    const row = lines[1].split(',')
    expect(row).toHaveLength(11)
    expect(Number(row[1])).toBeGreaterThanOrEqual(0)
    expect(Number(row[4])).toBeGreaterThanOrEqual(1)
    expect(lines.every((l) => !/^[=+@]/.test(l) && !/,[=+@]/.test(l))).toBe(true)
  })

  it('adds the segments to the workspace as a new dataset', async () => {
    await s.page.getByTestId('seg-add-workspace').click()
    await s.page.getByTestId('seg-added').waitFor()
    await s.page.locator('nav button[data-page=data]').click()
    const tab = s.page.locator('[data-testid^="dataset-"]', { hasText: 'segments' })
    await tab.waitFor()
    await tab.click()
    await s.page.getByTestId('schema-table').waitFor()
    // the table draws its rows in steps: wait for the last ones
    const cols = async () => (await s.page.getByTestId('schema-table').locator('tbody tr td:first-child').allTextContents()).map((c) => c.trim())
    await expect.poll(cols).toEqual(expect.arrayContaining(['customer', 'recency', 'frequency', 'monetary', 'segment', 'cluster', 'rfm_score', 'outlier_score']))
    await s.shot('segment-workspace')
  })

  it('shows the page in Spanish', async () => {
    await s.page.locator('nav button[data-page=segment]').click()
    await s.page.getByTestId('locale').selectOption('es')
    await expect.poll(() => s.page.getByTestId('cluster-description').first().textContent()).toMatch(/clientes? \(\d+\s%\)/)
    expect(await s.page.getByTestId('rfm-segments').textContent()).toContain('Campeones')
    await s.shot('segment-es')
    await s.page.getByTestId('locale').selectOption('en')
  })

  it('made no request to any other origin and logged no errors', () => {
    expect(offOrigin(s.requests, base)).toEqual([])
    expect(s.errors.filter((e) => !/favicon/i.test(e))).toEqual([])
  })
})
