import { describe, it, expect, beforeAll, afterAll, inject } from 'vitest'
import type { Page } from 'playwright-core'
import { openApp, type Session } from './browser'

/**
 * A file whose column names and values carry HTML, script and template payloads, taken through
 * every page (Data with its heatmap, Predict after a quick training, Segment, Patterns, Campaign,
 * Models). On each page, and in every chart tooltip hovered, no element, attribute or handler from
 * the payloads exists in the DOM, nothing ran, and the tooltips show the payloads as text.
 */
const base = inject('baseUrl')
let s: Session

const IMG = '<img src=x onerror=window.__xss=1>'
const TPL = '{{ 7*7 }}'
const SVG = '<svg onload=window.__xss=2>'
const VALUES = [
  '<img src=x onerror=window.__xss=3>',
  'javascript:window.__xss=4',
  "{{ constructor.constructor('window.__xss=5')() }}",
  '<b>gold</b>',
  '<a href="https://evil.example/login">Sign in again</a>',
]
const q = (x: string): string => `"${x.replace(/"/g, '""')}"`
const csv = ['id', 'basket', IMG, TPL, SVG, 'y'].map(q).join(',') + '\n' + Array.from({ length: 600 }, (_, i) => {
  const a = 20 + ((i * 7) % 50)
  const b = ((i * 131) % 300) / 10
  const v = VALUES[(i * 3 + Math.floor(i / 3)) % VALUES.length]
  return [String(i + 1), String(Math.floor(i / 3)), String(a), String(b), v, (a + b + (i % 4)) % 5 < 2 ? 'yes' : 'no'].map(q).join(',')
}).join('\n')

/** Elements, attributes and handlers that only a payload could have put in the DOM; and whether one ran. */
async function findings(p: Page): Promise<string[]> {
  return p.evaluate(() => {
    const out: string[] = []
    const w = window as unknown as { __xss?: unknown }
    if (w.__xss !== undefined) out.push(`a payload ran (${String(w.__xss)})`)
    for (const el of document.querySelectorAll('*')) {
      const tag = el.tagName.toLowerCase()
      if (tag === 'img' && el.getAttribute('src') === 'x') out.push('img src=x')
      if (tag === 'svg' && el.hasAttribute('onload')) out.push('svg onload')
      if (tag === 'a' && /evil\.example/.test(el.getAttribute('href') ?? '')) out.push('a href=evil.example')
      if (tag === 'script' && !(el as HTMLScriptElement).src) out.push('inline script')
      if ((tag === 'b' || tag === 'a') && /gold|Sign in again/.test(el.textContent ?? '')) out.push(`<${tag}> from a value`)
      for (const a of el.attributes) {
        if (/^on/i.test(a.name)) out.push(`${tag}[${a.name}]`)
        if (/^(href|src|action|formaction|xlink:href)$/i.test(a.name) && /^\s*javascript:/i.test(a.value)) out.push(`${tag}[${a.name}=javascript:]`)
      }
    }
    // a template engine evaluating the name would have written 49 in its place
    if (/\b49\b/.test(document.body.innerText) && !document.body.innerText.includes('{{ 7*7 }}')) out.push('template evaluated')
    return out
  })
}

/** Hover a grid of points over every chart on the page; the tooltips' HTML seen. */
async function hoverCharts(p: Page): Promise<string[]> {
  const seen = new Set<string>()
  const charts = p.locator('.echart')
  const n = await charts.count()
  for (let i = 0; i < n; i++) {
    const c = charts.nth(i)
    await c.scrollIntoViewIfNeeded()
    const box = await c.boundingBox()
    if (!box || box.width < 20) continue
    for (let y = 0.08; y < 1; y += 0.12) {
      for (let x = 0.06; x < 1; x += 0.08) {
        await p.mouse.move(box.x + box.width * x, box.y + box.height * y)
        const html = await c.evaluate((el) => [...el.querySelectorAll('div')].filter((d) => d.style.zIndex === '9999999' && d.style.display !== 'none').map((d) => d.innerHTML).join(''))
        if (html) seen.add(html)
      }
    }
  }
  await p.mouse.move(0, 0)
  return [...seen]
}

async function visit(p: Page, page: string): Promise<void> {
  await p.locator(`nav button[data-page=${page}]`).click()
  await p.waitForTimeout(300)
}

async function clean(p: Page, where: string): Promise<string[]> {
  const tips = await hoverCharts(p)
  const f = await findings(p)
  expect(f, where).toEqual([])
  for (const t of tips) expect(t, `${where} tooltip`).not.toMatch(/<(img|svg|a|b|script|iframe)\b/i)
  return tips
}

describe('payloads in names and values stay text on every page', () => {
  beforeAll(async () => {
    s = await openApp(base)
  })
  afterAll(async () => {
    await s?.close()
  })

  it('Data: schema, profile, preview and the heatmap tooltip', async () => {
    const p = s.page
    await p.getByTestId('dropzone').waitFor({ timeout: 60_000 })
    await p.evaluate((content) => {
      const dt = new DataTransfer()
      dt.items.add(new File([content], 'payloads.csv', { type: 'text/csv' }))
      document.querySelector('[data-testid=dropzone]')!.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }))
    }, csv)
    await p.getByTestId('row-count').filter({ hasText: '600' }).waitFor({ timeout: 60_000 })
    const schema = (await p.getByTestId('schema-table').textContent()) ?? ''
    for (const name of [IMG, TPL, SVG]) expect(schema).toContain(name)
    // a histogram of the payload-named numeric column and the category column's bars
    await p.getByRole('button', { name: `${IMG}: histogram` }).click()
    await p.getByRole('button', { name: `${SVG}: histogram` }).click()
    await p.getByTestId('correlation').click()
    await p.locator('.echart[aria-label="correlation heatmap"]').waitFor({ timeout: 60_000 })
    const tips = await clean(p, 'data')
    const text = tips.join('\n')
    // the heatmap names the payload columns, as text
    expect(text).toContain('&lt;img src=x onerror=window.__xss=1&gt;')
    expect(text).toContain('{{ 7*7 }}')
    await s.shot('payloads-data')
  })

  it('Predict: a quick training, its tables and charts', async () => {
    const p = s.page
    await visit(p, 'predict')
    await p.getByTestId('predict-target').selectOption('y')
    await p.getByTestId('predict-positive').selectOption('yes')
    for (const m of ['lr', 'knn', 'tree', 'svm', 'mlp', 'rf', 'gbt']) {
      const box = p.getByTestId(`model-${m}`)
      if ((await box.isChecked()) !== (m === 'lr')) await box.setChecked(m === 'lr')
    }
    await p.getByTestId('cv-folds').fill('2')
    await p.getByTestId('train').click()
    await p.getByTestId('metrics-table').waitFor({ timeout: 180_000 })
    await expect.poll(() => p.getByTestId('train').isEnabled(), { timeout: 60_000 }).toBe(true)
    // the coefficients name the payload columns and values
    await expect.poll(async () => (await p.locator('main').textContent()) ?? '', { timeout: 30_000 }).toContain(SVG)
    await clean(p, 'predict')
    // scores for the campaign, and a saved model for the models page
    await p.getByTestId('add-to-workspace').click()
    await expect.poll(() => p.getByTestId('export-info').textContent(), { timeout: 60_000 }).toBeTruthy()
    await p.getByTestId('model-name').fill(`model ${IMG}`)
    await p.getByTestId('save-model').click()
    await p.getByTestId('confirm-save').click({ timeout: 30_000 }).catch(() => undefined)
    await p.getByTestId('saved').waitFor({ timeout: 30_000 })
    await clean(p, 'predict after saving')
  })

  it('Segment: clusters on the payload-named columns', async () => {
    const p = s.page
    await visit(p, 'segment')
    await p.getByTestId('seg-dataset').selectOption({ label: 'payloads.csv' }).catch(() => undefined)
    await p.getByTestId('mode-customers').click()
    for (const name of [IMG, TPL]) await p.getByLabel(name, { exact: true }).first().check()
    await p.getByTestId('seg-use-table').click()
    await p.getByTestId('k-min').fill('2')
    await p.getByTestId('k-max').fill('3')
    // ids and baskets start at 0 or 1: no log
    await p.getByTestId('opt-log').uncheck()
    await p.getByTestId('seg-run-cluster').click()
    await p.locator('[data-testid=cluster-profiles], [data-testid=seg-error]').first().waitFor({ timeout: 120_000 }).catch(() => undefined)
    await s.shot('payloads-segment')
    expect(await p.getByTestId('seg-error').allTextContents()).toEqual([])
    await p.getByTestId('cluster-profiles').waitFor({ timeout: 120_000 })
    expect((await p.getByTestId('cluster-profiles').textContent()) ?? '').toContain(IMG.slice(0, 12))
    await clean(p, 'segment')
  })

  it('Patterns: rules whose items are payloads, table, scatter and graph tooltips', async () => {
    const p = s.page
    await visit(p, 'patterns')
    await p.getByTestId('pat-dataset').selectOption({ label: 'payloads.csv' }).catch(() => undefined)
    await p.getByTestId('pat-basket').selectOption('basket')
    await p.getByTestId('pat-item').selectOption(SVG)
    await p.getByTestId('min-support').fill('0.05')
    await p.getByTestId('min-confidence').fill('0.1')
    await p.getByTestId('pat-mine').click()
    await p.getByTestId('mined-summary').waitFor({ timeout: 120_000 })
    await p.getByTestId('rule-graph').locator('canvas').waitFor({ timeout: 30_000 })
    expect((await p.getByTestId('rules-table').textContent()) ?? '').toMatch(/<b>gold<\/b>|<img src=x/)
    const tips = await clean(p, 'patterns')
    // the graph's item nodes name the payloads, as text (escaped once, not twice)
    expect(tips.join('\n')).not.toContain('&amp;lt;')
    expect(tips.join('\n')).toMatch(/&lt;img src=x onerror=window.__xss=3&gt;|&lt;b&gt;gold&lt;\/b&gt;/)
    await s.shot('payloads-patterns')
  })

  it('Campaign and Models show the names as text', async () => {
    const p = s.page
    await visit(p, 'campaign')
    await p.getByTestId('audience-step').waitFor({ timeout: 30_000 })
    await clean(p, 'campaign')
    await visit(p, 'models')
    await p.getByTestId('model-registry').waitFor({ timeout: 30_000 })
    expect((await p.getByTestId('model-registry').textContent()) ?? '').toContain(IMG)
    await p.getByTestId('model-registry').locator('button.link').first().click()
    await p.getByTestId('model-card').waitFor({ timeout: 30_000 })
    await clean(p, 'models')
    await s.shot('payloads-models')
  })
})
