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

/** Drop a file on a drop zone (as the user would drag one in). */
async function dropOn(testId: string, name: string, content: string): Promise<void> {
  const bytes = Array.from(Buffer.from(content, 'utf8'))
  // the app mounts after the stored workspace is read: wait for the drop target
  await s.page.getByTestId(testId).waitFor({ state: 'attached' })
  await s.page.evaluate(
    ({ testId, name, bytes }) => {
      const dt = new DataTransfer()
      dt.items.add(new File([new Uint8Array(bytes)], name, { type: 'text/csv' }))
      document.querySelector(`[data-testid="${testId}"]`)!.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }))
    },
    { testId, name, bytes },
  )
}

/**
 * Groceries-like synthetic log (basket, item, store): 1,500 baskets of a few of 40 grocery items
 * with some strong pairs, and a "Kiosk" store of 15 baskets of 22 items (newspapers, coffee and 20
 * snacks sold once): inside it support 0.01 means 1 basket, so every subset of a basket is frequent.
 */
function groceriesLike(): string {
  const items = ['whole milk', 'other vegetables', 'rolls/buns', 'soda', 'yogurt', 'bottled water', 'root vegetables', 'tropical fruit', 'shopping bags', 'sausage',
    'pastry', 'citrus fruit', 'bottled beer', 'newspapers', 'canned beer', 'pip fruit', 'fruit/vegetable juice', 'whipped/sour cream', 'brown bread', 'domestic eggs',
    'frankfurter', 'margarine', 'coffee', 'pork', 'butter', 'curd', 'beef', 'napkins', 'chocolate', 'frozen vegetables', 'chicken', 'white bread', 'cream cheese',
    'waffles', 'salty snack', 'long life bakery product', 'dessert', 'sugar', 'UHT-milk', 'specialty chocolate bar with a very long name']
  let seed = 12345
  const rnd = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648)
  const pairs: [string, string][] = [['whole milk', 'yogurt'], ['other vegetables', 'root vegetables'], ['rolls/buns', 'sausage'], ['tropical fruit', 'pip fruit'], ['butter', 'domestic eggs'], ['coffee', 'sugar'], ['bottled beer', 'salty snack']]
  const rows = ['basket,item,store']
  for (let t = 0; t < 1500; t++) {
    const id = `T${String(t).padStart(5, '0')}`
    const kiosk = t % 100 === 7
    const basket = new Set<string>()
    if (kiosk) {
      basket.add('newspapers').add('coffee')
      for (let j = 0; j < 20; j++) basket.add(`kiosk snack ${t}-${j}`)
    } else {
      const k = 1 + Math.floor(rnd() * 5)
      while (basket.size < k) basket.add(items[Math.min(items.length - 1, Math.floor(items.length * rnd() * rnd()))])
      for (const [a, b] of pairs) if (basket.has(a) && rnd() < 0.7) basket.add(b)
    }
    for (const it of basket) rows.push(`${id},${it},${kiosk ? 'Kiosk' : 'Main street'}`)
  }
  return rows.join('\n') + '\n'
}

/**
 * The graph canvas: how many drawn pixels touch its outer 2 px (a node or label cut at the edge)
 * and the bounding box of everything drawn. The canvas background is transparent.
 */
async function graphPixels(): Promise<{ w: number; h: number; edge: number; x0: number; y0: number; x1: number; y1: number }> {
  return s.page.getByTestId('rule-graph').locator('canvas').first().evaluate((c: HTMLCanvasElement) => {
    const w = c.width
    const h = c.height
    const d = c.getContext('2d')!.getImageData(0, 0, w, h).data
    let edge = 0
    let x0 = w, y0 = h, x1 = -1, y1 = -1
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        if (d[(y * w + x) * 4 + 3] === 0) continue
        if (x < 2 || y < 2 || x >= w - 2 || y >= h - 2) edge++
        x0 = Math.min(x0, x); x1 = Math.max(x1, x); y0 = Math.min(y0, y); y1 = Math.max(y1, y)
      }
    }
    return { w, h, edge, x0, y0, x1, y1 }
  })
}

/** Every node and label of the rule graph is drawn inside the chart, none cut at an edge. */
async function expectGraphInside(): Promise<void> {
  await expect.poll(async () => (await graphPixels()).x1, { timeout: 20_000 }).toBeGreaterThan(0)
  const p = await graphPixels()
  expect(p.edge).toBe(0)
  expect(p.x0).toBeGreaterThan(2)
  expect(p.y0).toBeGreaterThan(2)
  expect(p.x1).toBeLessThan(p.w - 2)
  expect(p.y1).toBeLessThan(p.h - 2)
  // and it uses the box (not a tiny drawing in a corner)
  expect(p.x1 - p.x0).toBeGreaterThan(p.w * 0.6)
  expect(p.y1 - p.y0).toBeGreaterThan(p.h * 0.6)
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
    await expectGraphInside()
    await part('rule-graph', 'patterns-graph')
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
    // every customer's top 3 as one CSV: the same products, in the same order, as the table shows for 17850
    await s.page.getByTestId('rec-per-customer').fill('3')
    const [download] = await Promise.all([s.page.waitForEvent('download'), s.page.getByTestId('rec-export-all').click()])
    const [head, ...lines] = readFileSync((await download.path())!, 'utf8').trim().split('\n')
    expect(head).toBe('customer,rank,item,score,because_bought')
    const byCustomer = new Map<string, string[][]>()
    for (const l of lines) {
      const cells = l.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, '').replace(/^"|"$/g, '').replace(/""/g, '"'))
      byCustomer.set(cells[0], [...(byCustomer.get(cells[0]) ?? []), cells])
    }
    expect(byCustomer.size).toBeGreaterThan(400)
    for (const rows of byCustomer.values()) {
      expect(rows.length).toBeLessThanOrEqual(3)
      expect(rows.map((r) => r[1])).toEqual(['1', '2', '3'].slice(0, rows.length))
    }
    const shown = (await s.page.getByTestId('rec-table').locator('tbody tr td:nth-child(2)').allTextContents()).map((x) => x.trim())
    expect(byCustomer.get('17850')!.map((r) => r[2])).toEqual(shown.slice(0, 3))
    await expect.poll(() => s.page.getByTestId('rec-exported').textContent()).toMatch(/^Exported [\d,]+ recommendations for [\d,]+ customers\.$/)
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

  it('draws the rule graph of a Groceries-like log inside its box, and refuses a segment that would explode', async () => {
    await s.page.locator('nav button[data-page=data]').click()
    await dropOn('dropzone', 'groceries-like.csv', groceriesLike())
    await expect.poll(() => s.page.getByTestId('row-count').textContent(), { timeout: 30_000 }).toMatch(/rows/)
    await s.page.locator('nav button[data-page=patterns]').click()
    const option = await s.page.getByTestId('pat-dataset').locator('option', { hasText: 'groceries-like' }).getAttribute('value')
    await s.page.getByTestId('pat-dataset').selectOption(option!)
    await s.page.getByTestId('pat-basket').selectOption('basket')
    await s.page.getByTestId('pat-item').selectOption('item')
    if (await s.page.getByTestId('pat-clean').isChecked()) await s.page.getByTestId('pat-clean').uncheck()
    await s.page.getByTestId('min-support').fill('0.01')
    await s.page.getByTestId('min-confidence').fill('0.3')
    await s.page.getByTestId('pat-mine').click()
    await s.page.locator('[data-testid=mined-summary], [data-testid=pat-error], [data-testid=explosion]').first().waitFor({ timeout: 60_000 })
    expect(await s.page.getByTestId('pat-error').allTextContents()).toEqual([])
    expect(await s.page.getByTestId('basket-summary').textContent()).toMatch(/1,500 baskets/)
    await s.page.getByTestId('rule-graph').locator('canvas').waitFor()
    await expectGraphInside()
    await part('rule-graph', 'patterns-graph-groceries')
    // the whole table mines at 0.01, but inside the 15-basket kiosk 0.01 is one basket
    await s.page.getByTestId('segment-dataset').selectOption('')
    await s.page.getByTestId('segment-column').selectOption('store')
    await s.page.getByTestId('segment-value').fill('Kiosk')
    await timed('segment explosion check', async () => {
      await s.page.getByTestId('segment-run').click()
      await s.page.locator('[data-testid=segment-explosion], [data-testid=segment-summary], [data-testid=pat-error]').first().waitFor({ timeout: 60_000 })
    })
    const msg = await s.page.getByTestId('segment-explosion').textContent()
    expect(msg).toMatch(/store = “Kiosk” has only 15 baskets: at support 0\.01 \(1 of its baskets\)/)
    expect(msg).toMatch(/more than 500,000 frequent itemsets/)
    expect(msg).toMatch(/Suggested minimum support for this segment: 0\.\d+/)
    expect(await s.page.getByTestId('segment-explosion').getAttribute('role')).toBe('alert')
    await part('segment-card', 'patterns-part-segment-explosion')
    await s.page.getByTestId('segment-use-suggestion').click()
    await s.page.locator('[data-testid=segment-summary], [data-testid=pat-error]').first().waitFor({ timeout: 60_000 })
    expect(await s.page.getByTestId('pat-error').allTextContents()).toEqual([])
    expect(await s.page.getByTestId('segment-summary').textContent()).toMatch(/15 baskets in the segment/)
    expect(Number(await s.page.getByTestId('segment-support').inputValue())).toBeGreaterThan(0.01)
  })

  it('made no request to any other origin and logged no errors', () => {
    expect(offOrigin(s.requests, base)).toEqual([])
    expect(s.errors.filter((e) => !/favicon/i.test(e))).toEqual([])
  })
})
