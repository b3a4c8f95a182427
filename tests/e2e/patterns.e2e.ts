import { describe, it, expect, beforeAll, afterAll, inject } from 'vitest'
import { readFileSync } from 'node:fs'
import { openApp, offOrigin, type Session } from './browser'

/**
 * Patterns page in real Chromium: Online Retail sample → rules (support 0.01) → filter → CSV
 * export → explosion guard → per-segment rules (Country, and the Segment page's clusters) →
 * sequential rules with the lag histogram → recommendations and the holdout check.
 */
const base = inject('baseUrl')
let s: Session
const timings: Record<string, number> = {}
const num = (x: string | null): number => Number((x ?? '').replace(/[^\d]/g, ''))

/** A screenshot of one part of the page (full-page shots get too tall to read). */
async function part(testId: string, name: string): Promise<void> {
  await s.page.getByTestId(testId).screenshot({ path: `tests/e2e/screenshots/${name}.png` })
}

async function timed<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const t0 = Date.now()
  const v = await fn()
  timings[name] = Date.now() - t0
  return v
}

describe('patterns page', () => {
  beforeAll(async () => {
    s = await openApp(base)
    s.page.setDefaultTimeout(20_000)
  })
  afterAll(async () => {
    console.log('patterns e2e timings (ms):', JSON.stringify(timings))
    await s?.close()
  })

  it('mines rules from the Online Retail sample', async () => {
    await s.page.getByTestId('sample-online-retail-sample.csv').click()
    await expect.poll(() => s.page.getByTestId('row-count').textContent(), { timeout: 60_000 }).toContain('32,183')
    await s.page.locator('nav button[data-page=patterns]').click()
    await s.page.getByTestId('pat-dataset').waitFor()
    expect(await s.page.getByTestId('pat-basket').inputValue()).toBe('InvoiceNo')
    expect(await s.page.getByTestId('pat-item').inputValue()).toBe('Description')
    expect(await s.page.getByTestId('pat-customer').inputValue()).toBe('CustomerID')
    expect(await s.page.getByTestId('pat-date').inputValue()).toBe('InvoiceDate')
    expect(await s.page.getByTestId('pat-clean').isChecked()).toBe(true)
    await s.page.getByTestId('min-support').fill('0.01')
    await s.page.getByTestId('min-confidence').fill('0.5')
    await timed('mine 0.01/0.5', async () => {
      await s.page.getByTestId('pat-mine').click()
      await s.page.locator('[data-testid=mined-summary], [data-testid=pat-error]').first().waitFor({ timeout: 60_000 })
    })
    expect(await s.page.getByTestId('pat-error').allTextContents()).toEqual([])
    expect(await s.page.getByTestId('mined-summary').textContent()).toMatch(/frequent itemsets and [\d,]+ rules/)
    expect(await s.page.getByTestId('basket-summary').textContent()).toMatch(/1,609 baskets/)
    await expect.poll(() => s.page.getByTestId('rules-table').locator('tbody tr').count()).toBe(25)
    await s.page.getByTestId('rule-scatter').locator('canvas').waitFor()
    await s.page.getByTestId('rule-graph').locator('canvas').waitFor()
    // sort by confidence: the first row has the highest confidence
    await s.page.getByTestId('sort-confidence').click()
    await expect.poll(() => s.page.getByTestId('rules-table').locator('tbody tr').first().locator('td').nth(3).textContent()).toBe('1')
    await s.page.getByTestId('sort-lift').click()
    await s.shot('patterns-rules')
  })

  it('filters rules by item, pages and exports the CSV', async () => {
    const all = num(await s.page.getByTestId('rules-showing').textContent().then((x) => /of ([\d,]+)/.exec(x ?? '')![1]))
    expect(all).toBeGreaterThan(25)
    await s.page.getByTestId('rule-filter').fill('lunch bag')
    await expect.poll(() => s.page.getByTestId('rules-showing').textContent()).toMatch(/filtered from/)
    const rows = await s.page.getByTestId('rules-table').locator('tbody tr').allTextContents()
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.every((r) => /lunch bag/i.test(r))).toBe(true)
    const filtered = num(/of ([\d,]+)/.exec((await s.page.getByTestId('rules-showing').textContent()) ?? '')![1])
    expect(filtered).toBeLessThan(all)
    const [download] = await Promise.all([s.page.waitForEvent('download'), s.page.getByTestId('rules-export').click()])
    const lines = readFileSync(await download.path(), 'utf8').trim().split('\n')
    expect(lines[0]).toBe('lhs,rhs,support,confidence,coverage,lift,count,leverage,conviction')
    expect(lines.length - 1).toBe(filtered)
    expect(lines.slice(1).every((l) => /LUNCH BAG/.test(l))).toBe(true)
    // pruning redundant rules never adds rules
    await s.page.getByTestId('rule-prune').check()
    await expect.poll(async () => num(/of ([\d,]+)/.exec((await s.page.getByTestId('rules-showing').textContent()) ?? '')![1])).toBeLessThanOrEqual(filtered)
    await s.page.getByTestId('rule-prune').uncheck()
    if (filtered > 25) {
      await s.page.getByTestId('rules-next').click()
      await expect.poll(() => s.page.getByTestId('rules-showing').textContent()).toMatch(/^26–/)
    }
    await s.shot('patterns-filtered')
    await s.page.getByTestId('rule-filter').fill('')
  })

  it('guards against an explosion with a suggested support', async () => {
    await s.page.getByTestId('min-support').fill('0.001')
    await timed('explosion check 0.001', async () => {
      await s.page.getByTestId('pat-mine').click()
      await s.page.getByTestId('explosion').waitFor({ timeout: 60_000 })
    })
    expect(await s.page.getByTestId('explosion').textContent()).toMatch(/Suggested minimum support: 0\.\d+/)
    await s.page.getByTestId('use-suggestion').waitFor()
    await s.shot('patterns-explosion')
    await part('thresholds-card', 'patterns-part-explosion')
    await s.page.getByTestId('min-support').fill('0.01')
    await s.page.getByTestId('pat-mine').click()
    await s.page.getByTestId('mined-summary').waitFor({ timeout: 60_000 })
  })

  it('mines rules within a segment and the rules that set it apart', async () => {
    await s.page.getByTestId('segment-column').selectOption('Country')
    await s.page.getByTestId('segment-value').fill('United Kingdom')
    await timed('segment rules', async () => {
      await s.page.getByTestId('segment-run').click()
      await s.page.locator('[data-testid=segment-summary], [data-testid=pat-error]').first().waitFor({ timeout: 60_000 })
    })
    expect(await s.page.getByTestId('pat-error').allTextContents()).toEqual([])
    expect(await s.page.getByTestId('segment-summary').textContent()).toMatch(/baskets in the segment/)
    expect(await s.page.getByTestId('segment-inside').locator('tbody tr').count()).toBeGreaterThan(0)
  })

  it('shows sequential rules and the weeks between purchases', async () => {
    await s.page.getByTestId('seq-support').fill('0.03')
    await timed('sequences', async () => {
      await s.page.getByTestId('seq-run').click()
      await s.page.locator('[data-testid=seq-summary], [data-testid=pat-error]').first().waitFor({ timeout: 60_000 })
    })
    expect(await s.page.getByTestId('pat-error').allTextContents()).toEqual([])
    expect(await s.page.getByTestId('seq-summary').textContent()).toMatch(/sequential rules over 4\d\d customers/)
    const first = s.page.getByTestId('seq-table').locator('tbody tr button').first()
    await first.click()
    await s.page.getByTestId('lag-panel').locator('canvas').waitFor()
    expect(await s.page.getByTestId('lag-peaks').textContent()).toMatch(/Peaks at week|No clear peak/)
    await s.shot('patterns-sequences')
    await part('seq-card', 'patterns-part-sequences')
  })

  it('recommends products for one customer and evaluates against most-popular', async () => {
    await timed('recommender fit', async () => {
      await s.page.getByTestId('rec-fit').click()
      await s.page.getByTestId('rec-fitted').waitFor({ timeout: 60_000 })
    })
    await s.page.getByTestId('rec-search').fill('17850')
    await s.page.getByTestId('rec-customer-17850').click()
    await expect.poll(() => s.page.getByTestId('rec-table').locator('tbody tr').count()).toBe(10)
    expect(await s.page.getByTestId('rec-table').textContent()).toMatch(/bought with /)
    await timed('holdout evaluation', async () => {
      await s.page.getByTestId('rec-evaluate').click()
      await s.page.getByTestId('rec-evaluation').waitFor({ timeout: 60_000 })
    })
    const ev = await s.page.getByTestId('rec-evaluation').textContent()
    expect(ev).toMatch(/Most popular/)
    expect(ev).toMatch(/\d+(\.\d)?%/)
    await s.page.getByTestId('rec-method').selectOption('als')
    await timed('ALS fit', async () => {
      await s.page.getByTestId('rec-fit').click()
      await expect.poll(() => s.page.getByTestId('rec-fitted').textContent(), { timeout: 60_000 }).toMatch(/^ALS.*Trained/)
    })
    await s.page.getByTestId('rec-customer-17850').click()
    await expect.poll(() => s.page.getByTestId('rec-table').locator('tbody tr').count()).toBe(10)
    await timed('ALS holdout evaluation', async () => {
      await s.page.getByTestId('rec-evaluate').click()
      await s.page.getByTestId('rec-evaluation').waitFor({ timeout: 60_000 })
    })
    expect(await s.page.getByTestId('rec-evaluation').textContent()).toMatch(/ALS/)
    await s.shot('patterns-recommendations')
    await part('rec-card', 'patterns-part-recommendations')
  })

  it('uses the clusters that the Segment page added to the workspace', async () => {
    await s.page.locator('nav button[data-page=segment]').click()
    await s.page.getByTestId('seg-run-rfm').click()
    await s.page.getByTestId('seg-run-cluster').click()
    await s.page.getByTestId('suggested-k').waitFor({ timeout: 60_000 })
    await s.page.getByTestId('seg-add-workspace').click()
    await s.page.getByTestId('seg-added').waitFor()
    await s.page.locator('nav button[data-page=patterns]').click()
    const option = await s.page.getByTestId('segment-dataset').locator('option', { hasText: 'segments' }).getAttribute('value')
    await s.page.getByTestId('segment-dataset').selectOption(option!)
    expect(await s.page.getByTestId('segment-column').inputValue()).toBe('cluster')
    expect(await s.page.getByTestId('segment-customer').inputValue()).toBe('CustomerID')
    const before = await s.page.getByTestId('segment-summary').textContent()
    await s.page.getByTestId('segment-value').fill('Best customers')
    await s.page.getByTestId('segment-run').click()
    await s.page.locator('[data-testid=segment-summary], [data-testid=pat-error]').first().waitFor({ timeout: 60_000 })
    expect(await s.page.getByTestId('pat-error').allTextContents()).toEqual([])
    const after = await s.page.getByTestId('segment-summary').textContent()
    expect(after).toMatch(/baskets in the segment/)
    expect(after).not.toBe(before)
    await s.shot('patterns-segment')
    await part('segment-card', 'patterns-part-segment')
  })

  it('made no request to any other origin and logged no errors', () => {
    expect(offOrigin(s.requests, base)).toEqual([])
    expect(s.errors.filter((e) => !/favicon/i.test(e))).toEqual([])
  })
})
