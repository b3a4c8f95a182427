import { describe, it, expect, beforeAll, afterAll, inject } from 'vitest'
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs'
import { once } from 'node:events'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openApp, type Session } from './browser'

/**
 * The shell fits the window: at 1366×768 and 1920×1080, in English and Spanish, with the bank
 * sample and with a generated 200-column × 50,000-row customer file, no page (and no campaign
 * step) is wider than the window; the status bar and its Cancel button stay in the viewport while
 * a job runs, also when scrolled; the data preview's cells sit under their headers (first 30
 * visible rows, at the top and after scrolling to the end). Screenshots of every page go to
 * tests/e2e/screenshots/layout-*.png (look at them).
 */
const base = inject('baseUrl')
const profileDir = mkdtempSync(join(tmpdir(), 'campaign-lab-layout-'))
const dataDir = mkdtempSync(join(tmpdir(), 'campaign-lab-wide-'))
const WIDE = join(dataDir, 'wide-customers.csv')
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const
const PAGES = ['data', 'predict', 'segment', 'patterns', 'campaign', 'models'] as const
const STEPS = ['audience', 'groups', 'design', 'budget', 'review', 'results', 'followup', 'file'] as const
let s: Session
const widths: Record<string, number> = {}

/** A real-looking wide customer file: ids, names, dates, a model score, amounts, categories, flags (seeded). */
async function writeWideCsv(path: string, rows: number, cols: number): Promise<void> {
  let seed = 12345
  const rnd = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648)
  const first = ['Ana', 'Luis', 'Marta', 'John', 'Mary', 'Wei', 'Fatima', 'Olga', 'Pedro', 'Sofia']
  const last = ['García', 'Smith', 'López', 'Chen', 'Müller', 'Rossi', 'Novak', 'Silva']
  const regions = ['North', 'South', 'East', 'West', 'Centre']
  const tiers = ['bronze', 'silver', 'gold', 'platinum']
  const channels = ['email', 'sms', 'phone', 'post', 'web']
  const head = ['customer_id', 'first_name', 'last_name', 'signup_date', 'region', 'tier', 'churn_score']
  const kinds: ('amount' | 'count' | 'date' | 'channel' | 'flag')[] = []
  for (let j = head.length; j < cols; j++) {
    const k = (['amount', 'count', 'date', 'channel', 'flag'] as const)[j % 5]
    kinds.push(k)
    head.push(`${k === 'amount' ? 'spend' : k === 'count' ? 'orders' : k === 'date' ? 'last_purchase' : k === 'channel' ? 'preferred_channel' : 'opted_in'}_m${String(j).padStart(3, '0')}`)
  }
  const out = createWriteStream(path)
  out.write(head.join(',') + '\n')
  const pick = <T,>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)]
  const date = (): string => `20${String(18 + Math.floor(rnd() * 7))}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`
  let buf = ''
  for (let i = 1; i <= rows; i++) {
    const cells = [String(100000 + i), pick(first), pick(last), date(), pick(regions), pick(tiers), rnd().toFixed(4)]
    for (const k of kinds) {
      cells.push(k === 'amount' ? (rnd() * 500).toFixed(2) : k === 'count' ? String(Math.floor(rnd() * 20)) : k === 'date' ? date() : k === 'channel' ? pick(channels) : rnd() < 0.5 ? 'yes' : 'no')
    }
    buf += cells.join(',') + '\n'
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await once(out, 'drain')
      buf = ''
    }
  }
  out.end(buf)
  await once(out, 'finish')
}

async function pageWidth(): Promise<{ scrollWidth: number; innerWidth: number }> {
  return s.page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }))
}

/** Let async pages and charts settle (lazy chunks, ResizeObserver) before measuring. */
async function settle(): Promise<void> {
  await s.page.waitForLoadState('networkidle').catch(() => undefined)
  await s.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null)))))
  await s.page.waitForTimeout(300)
}

async function expectFits(name: string): Promise<void> {
  await settle()
  const w = await pageWidth()
  widths[name] = w.scrollWidth
  // name the outermost elements that stick out, so a failure says what to fix
  const culprits = w.scrollWidth <= w.innerWidth ? [] : await s.page.evaluate(() => {
    const out: string[] = []
    const walk = (el: Element): void => {
      const b = el.getBoundingClientRect()
      if (b.right > innerWidth + 0.5 && getComputedStyle(el).position !== 'fixed') {
        const inner = [...el.children].filter((c) => c.getBoundingClientRect().right > innerWidth + 0.5)
        if (!inner.length || el.tagName === 'TABLE') out.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')}[${el.getAttribute('data-testid') ?? ''}] right=${Math.round(b.right)}`)
        else inner.forEach(walk)
      } else [...el.children].forEach(walk)
    }
    walk(document.body)
    return out.slice(0, 8)
  })
  expect.soft(w.scrollWidth, `${name}: page ${w.scrollWidth} px wide in a ${w.innerWidth} px window; sticking out: ${culprits.join(', ')}`).toBeLessThanOrEqual(w.innerWidth)
}

async function goTo(p: (typeof PAGES)[number]): Promise<void> {
  await s.page.locator(`nav button[data-page=${p}]`).click()
  await s.page.locator('main#main section, main#main > *').first().waitFor()
}

/** Header vs cell boxes in the preview for the first 30 rendered rows: same left edge and width. */
async function previewMisalignments(): Promise<{ rows: number; rowIds: string[]; cells: number; bad: string[] }> {
  return s.page.evaluate(() => {
    const grid = document.querySelector('[data-testid=preview]')!
    const view = grid.getBoundingClientRect()
    const heads = new Map<string, DOMRect>()
    for (const h of grid.querySelectorAll('[role=columnheader]')) heads.set(h.getAttribute('aria-colindex') ?? '', h.getBoundingClientRect())
    const rows = [...grid.querySelectorAll('[role=row][aria-rowindex]')]
      .filter((r) => r.getAttribute('aria-rowindex') !== '1')
      .filter((r) => {
        const b = r.getBoundingClientRect()
        return b.bottom > view.top + 26 && b.top < view.bottom
      })
      .slice(0, 30)
    const bad: string[] = []
    let cells = 0
    for (const r of rows) {
      for (const c of r.querySelectorAll('[role=gridcell]')) {
        const h = heads.get(c.getAttribute('aria-colindex') ?? '')
        const b = c.getBoundingClientRect()
        if (b.right < view.left || b.left > view.right) continue
        cells++
        if (!h || Math.abs(h.left - b.left) > 0.5 || Math.abs(h.width - b.width) > 0.5) bad.push(`row ${r.getAttribute('aria-rowindex')} col ${c.getAttribute('aria-colindex')}: cell ${b.left.toFixed(1)}+${b.width.toFixed(1)} vs header ${h?.left.toFixed(1)}+${h?.width.toFixed(1)}`)
      }
    }
    return { rows: rows.length, rowIds: rows.map((r) => r.getAttribute('aria-rowindex') ?? ''), cells, bad: bad.slice(0, 10) }
  })
}

async function checkPreview(label: string): Promise<void> {
  const preview = s.page.getByTestId('preview')
  await preview.scrollIntoViewIfNeeded()
  await expect.poll(() => preview.locator('[role=gridcell]').count(), { timeout: 30_000 }).toBeGreaterThan(0)
  // the frame shows ~16 rows: look at the top, then one frame further down, until 30 rows are seen
  const seenRows = new Set<string>()
  let cells = 0
  for (let k = 0; seenRows.size < 30 && k < 4; k++) {
    await preview.evaluate((el, y) => (el.scrollTop = y), k * 14 * 26)
    await expect.poll(async () => (await previewMisalignments()).cells, { timeout: 30_000 }).toBeGreaterThan(0)
    const part = await previewMisalignments()
    part.rowIds.forEach((r) => seenRows.add(r))
    cells += part.cells
    expect(part.bad, `${label} rows ${part.rowIds[0]}…`).toEqual([])
  }
  const dom = await preview.evaluate((el) => el.querySelectorAll('[role=gridcell]').length)
  console.log(`preview ${label}: ${seenRows.size} visible rows checked, ${cells} cells compared, ${dom} cells in the DOM`)
  expect(seenRows.size, label).toBeGreaterThanOrEqual(30)
  // to the last row and the last column: the block there is fetched, then drawn
  await preview.evaluate((el) => {
    el.scrollTop = el.scrollHeight
    el.scrollLeft = el.scrollWidth
  })
  await expect.poll(async () => (await previewMisalignments()).cells, { timeout: 30_000 }).toBeGreaterThan(0)
  const end = await previewMisalignments()
  expect(end.bad, `${label} end`).toEqual([])
  // the fixed first column is still at the frame's left edge after scrolling sideways
  const fixed = await preview.evaluate((el) => {
    const c = el.querySelector('[role=gridcell][aria-colindex="2"]')
    return c ? c.getBoundingClientRect().left - el.getBoundingClientRect().left : -1
  })
  expect(fixed, `${label}: first column fixed`).toBeGreaterThan(0)
  expect(fixed).toBeLessThan(100)
  await preview.evaluate((el) => {
    el.scrollTop = 0
    el.scrollLeft = 0
  })
}

describe('the shell fits the window', () => {
  beforeAll(async () => {
    await writeWideCsv(WIDE, 50_000, 200)
    s = await openApp(base, { userDataDir: profileDir })
    await s.page.getByTestId('locale').selectOption('en')
  })
  afterAll(async () => {
    await s?.close()
    rmSync(profileDir, { recursive: true, force: true })
    rmSync(dataDir, { recursive: true, force: true })
    console.log('layout e2e page widths (px):', JSON.stringify(widths))
  })

  it('loads the bank sample and a generated 200-column × 50,000-row file; the preview lines up', async () => {
    await s.page.getByTestId('sample-bank-full.csv').click()
    await s.page.getByTestId('row-count').filter({ hasText: '45,211' }).waitFor({ timeout: 90_000 })
    await checkPreview('bank')
    await s.page.getByTestId('file-input').setInputFiles(WIDE)
    await s.page.getByTestId('row-count').filter({ hasText: '50,000' }).waitFor({ timeout: 180_000 })
    await expect.poll(() => s.page.getByTestId('schema-table').locator('tbody tr').count(), { timeout: 60_000 }).toBe(200)
    await checkPreview('wide')
    await expectFits('data-wide-1400')
  })

  it('keeps the status bar and Cancel in the viewport while a job runs, also scrolled', async () => {
    const p = s.page
    await p.setViewportSize(SIZES[0])
    await goTo('predict')
    const bank = await p.getByTestId('predict-dataset').locator('option').filter({ hasText: 'bank-full.csv' }).first().getAttribute('value')
    await p.getByTestId('predict-dataset').selectOption(bank!)
    await p.getByTestId('predict-target').selectOption('y')
    await p.getByTestId('predict-positive').selectOption('yes')
    await p.getByTestId('cv-folds').fill('3')
    // record every time-left the status bar shows during the run
    await p.evaluate(() => {
      const w = window as unknown as { etas: string[] }
      w.etas = []
      new MutationObserver(() => {
        const e = document.querySelector('[data-testid=eta]')?.textContent
        if (e && e !== w.etas[w.etas.length - 1]) w.etas.push(e)
      }).observe(document.querySelector('[data-testid=statusbar]')!, { subtree: true, childList: true, characterData: true })
    })
    await p.getByTestId('train').click()
    await p.locator('[data-testid=statusbar] .job.running').waitFor({ timeout: 60_000 })
    // one synchronous look at the layout per scroll position: the job cannot end in between
    const seen = await p.evaluate(() => {
      const inView = (sel: string): boolean => {
        const el = document.querySelector(sel)
        if (!el) return false
        const b = el.getBoundingClientRect()
        return b.width > 0 && b.top >= 0 && b.left >= 0 && b.bottom <= innerHeight && b.right <= innerWidth
      }
      const out: Record<string, boolean> = {}
      for (const y of [0, document.documentElement.scrollHeight]) {
        window.scrollTo(0, y)
        out[`bar@${y ? 'bottom' : 'top'}`] = inView('[data-testid=statusbar]')
        out[`cancel@${y ? 'bottom' : 'top'}`] = inView('[data-testid=status-cancel]')
        out[`running@${y ? 'bottom' : 'top'}`] = !!document.querySelector('[data-testid=statusbar] .job.running')
      }
      window.scrollTo(0, 0)
      return out
    })
    if (seen['running@bottom']) expect(seen).toEqual({ 'bar@top': true, 'cancel@top': true, 'running@top': true, 'bar@bottom': true, 'cancel@bottom': true, 'running@bottom': true })
    else expect(seen['cancel@top']).toBe(true)
    await s.page.screenshot({ path: 'tests/e2e/screenshots/layout-statusbar-running.png' })
    await p.getByTestId('results').waitFor({ timeout: 240_000 })
    await expect.poll(() => p.locator('[data-testid=statusbar] .job.running').count(), { timeout: 240_000 }).toBe(0)
    // the time left never rose by more than 10 % between two shown values ("1 min 05 s" = 65 s)
    const etas = await p.evaluate(() => (window as unknown as { etas: string[] }).etas)
    const secs = etas.map((e) => e.match(/\d+/g)?.map(Number) ?? []).map((n) => (n.length === 2 ? n[0] * 60 + n[1] : n.length === 1 ? n[0] : 0))
    console.log('time left shown during the bank run (s):', JSON.stringify(secs))
    for (let i = 1; i < secs.length; i++) expect(secs[i], `time left ${secs[i - 1]} → ${secs[i]} s`).toBeLessThanOrEqual(Math.floor(secs[i - 1] * 1.1))
    // the README's picture of the shell: results of the run, workflow nav and status bar in view
    await p.setViewportSize({ width: 1440, height: 900 })
    await p.getByTestId('results').evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 70))
    await settle()
    await p.screenshot({ path: 'tests/e2e/screenshots/readme-shell.png' })
    await p.setViewportSize(SIZES[0])
  })

  it('fills the campaign audience and a wide groups step from the wide file (the groups table was 1,857 px)', async () => {
    const p = s.page
    await goTo('campaign')
    await p.getByTestId('step-audience').click()
    const wide = await p.getByTestId('aud-dataset').locator('option').filter({ hasText: 'wide-customers.csv' }).first().getAttribute('value')
    await p.getByTestId('aud-dataset').selectOption(wide!)
    await p.getByTestId('aud-id').selectOption('customer_id')
    await p.getByTestId('aud-score').selectOption('churn_score')
    await p.getByTestId('mode-top').check()
    await p.getByTestId('top-n').fill('2000')
    await p.getByTestId('run-audience').click()
    await expect.poll(() => p.getByTestId('audience-size').textContent(), { timeout: 60_000 }).toMatch(/2,000/)
    await p.getByTestId('step-groups').click()
    for (let j = 10; j <= 120; j += 10) await p.getByTestId(`feature-spend_m${String(j).padStart(3, '0')}`).check()
    await p.getByTestId('groups-k').fill('6')
    await p.getByTestId('run-groups').click()
    await p.getByTestId('profiles-table').waitFor({ timeout: 120_000 })
    await expectFits('campaign:groups-filled@1366')
  })

  for (const size of SIZES) {
    for (const lang of ['en', 'es'] as const) {
      it(`fits ${size.width}×${size.height} (${lang}) on every page and campaign step`, async () => {
        await s.page.setViewportSize(size)
        await s.page.getByTestId('locale').selectOption(lang)
        const tag = `${size.width}x${size.height}-${lang}`
        for (const p of PAGES) {
          await goTo(p)
          if (p === 'data') {
            // the Data page with each dataset active: the wide file, then the bank sample
            for (const name of ['wide-customers.csv', 'bank-full.csv']) {
              await s.page.getByTestId(`dataset-${name}`).click()
              await expect.poll(() => s.page.getByTestId('preview').locator('[role=gridcell]').count(), { timeout: 30_000 }).toBeGreaterThan(0)
              await expectFits(`data:${name}@${tag}`)
              await s.shot(`layout-data-${name.replace('.csv', '')}-${tag}`)
            }
            continue
          }
          if (p === 'campaign') {
            for (const step of STEPS) {
              await s.page.getByTestId(`step-${step}`).click()
              await expectFits(`campaign:${step}@${tag}`)
              await s.shot(`layout-campaign-${step}-${tag}`)
            }
            await s.page.getByTestId('step-audience').click()
            continue
          }
          await expectFits(`${p}@${tag}`)
          await s.shot(`layout-${p}-${tag}`)
        }
      })
    }
  }

  it('fits the smallest and largest supported windows too (1280×720, 2560×1440)', async () => {
    await s.page.getByTestId('locale').selectOption('en')
    for (const size of [{ width: 1280, height: 720 }, { width: 2560, height: 1440 }]) {
      await s.page.setViewportSize(size)
      for (const p of PAGES) {
        await goTo(p)
        await expectFits(`${p}@${size.width}x${size.height}`)
      }
      await s.page.screenshot({ path: `tests/e2e/screenshots/layout-models-${size.width}x${size.height}.png` })
      // the header stays one row high, so the page gets the height
      expect(await s.page.locator('header.top').evaluate((el) => el.getBoundingClientRect().height)).toBeLessThan(70)
    }
  })

  it('follows a dark system preference', async () => {
    await s.page.setViewportSize(SIZES[0])
    await s.page.getByTestId('locale').selectOption('en')
    await s.page.emulateMedia({ colorScheme: 'dark' })
    for (const p of ['data', 'predict'] as const) {
      await goTo(p)
      await settle()
      await s.page.screenshot({ path: `tests/e2e/screenshots/layout-dark-${p}.png` })
    }
    const bg = await s.page.evaluate(() => getComputedStyle(document.body).backgroundColor)
    const [r, g, b] = bg.match(/\d+/g)!.map(Number)
    expect(r + g + b).toBeLessThan(150)
    await s.page.emulateMedia({ colorScheme: 'light' })
  })

  it('works from the keyboard: skip link, workflow steps with a visible focus ring, the job drawer', async () => {
    const p = s.page
    await p.goto(base)
    await p.locator('nav button[data-page=data]').waitFor()
    await p.keyboard.press('Tab')
    expect(await p.evaluate(() => document.activeElement?.className)).toBe('skip')
    await p.keyboard.press('Tab')
    const focused = await p.evaluate(() => {
      const el = document.activeElement as HTMLElement
      return { page: el.dataset.page, outline: getComputedStyle(el).outlineStyle }
    })
    expect(focused).toEqual({ page: 'data', outline: 'solid' })
    await p.keyboard.press('Tab')
    await p.keyboard.press('Enter') // the second step: Predict
    await expect.poll(() => p.evaluate(() => location.hash)).toBe('#/predict')
    await p.getByTestId('jobs-toggle').focus()
    await p.keyboard.press('Enter')
    await p.keyboard.press('Tab')
    expect(await p.evaluate(() => !!document.activeElement?.closest('#jobs-drawer'))).toBe(true)
    await p.keyboard.press('Escape')
    expect(await p.locator('#jobs-drawer').count()).toBe(0)
    expect(await p.evaluate(() => (document.activeElement as HTMLElement).dataset.testid)).toBe('jobs-toggle')
  })
})
