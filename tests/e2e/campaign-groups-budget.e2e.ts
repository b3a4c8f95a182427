import { describe, it, expect, beforeAll, afterAll, inject } from 'vitest'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openApp, type Session } from './browser'

/**
 * Campaign groups and budget steps in real Chromium, English and Spanish, at 1366×768 and
 * 1920×1080: the groups step ticks only sensible inputs (not the outcome or a model output) and
 * shows the suggested k; the budget plan marks a conversion rate capped at 100 %; the data
 * page's warnings follow the UI language.
 */
const base = inject('baseUrl')
const profileDir = mkdtempSync(join(tmpdir(), 'campaign-lab-groups-budget-'))
let s: Session

function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Scores mostly high, so the "likely" band's mean × the phone call's factor 1.6 is above 1. */
function scoredCsv(n: number): string {
  const r = rng(3)
  const lines = ['customer_id,probability,age,balance,tenure,p_churn,churned']
  for (let i = 1; i <= n; i++) {
    const p = r() < 0.7 ? 0.7 + 0.29 * r() : 0.02 + 0.45 * r()
    lines.push(`C${String(i).padStart(5, '0')},${p.toFixed(4)},${18 + Math.floor(r() * 62)},${Math.round(r() * 20000 - 300)},${1 + Math.floor(r() * 120)},${(1 - p).toFixed(4)},${r() < p ? 1 : 0}`)
  }
  return lines.join('\n') + '\n'
}

async function dropOn(testId: string, name: string, content: string): Promise<void> {
  const bytes = Array.from(Buffer.from(content, 'utf8'))
  // the app mounts after the stored workspace is read: wait for the drop target
  await s.page.getByTestId(testId).waitFor({ state: 'attached' })
  await s.page.evaluate(({ testId, name, bytes }) => {
    const dt = new DataTransfer()
    dt.items.add(new File([new Uint8Array(bytes)], name, { type: 'text/csv' }))
    document.querySelector(`[data-testid="${testId}"]`)!.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }))
  }, { testId, name, bytes })
}

const SIZES = [[1366, 768], [1920, 1080]] as const
/** screenshots at both sizes; the page's overflow is printed (the shell issue owns that check) */
async function shots(name: string): Promise<void> {
  for (const [w, h] of SIZES) {
    await s.page.setViewportSize({ width: w, height: h })
    await s.page.waitForTimeout(300)
    const over = await s.page.evaluate(() => document.documentElement.scrollWidth - innerWidth)
    console.log(`${name} at ${w}x${h}: page wider than the window by ${over} px`)
    await s.shot(`${name}-${w}`)
  }
}

describe('campaign groups and budget', () => {
  beforeAll(async () => {
    s = await openApp(base, { userDataDir: profileDir })
  })
  afterAll(async () => {
    await s?.close()
    rmSync(profileDir, { recursive: true, force: true })
  })

  it('ticks sensible inputs only and suggests k', async () => {
    await dropOn('dropzone', 'scored.csv', scoredCsv(1500))
    await expect.poll(() => s.page.getByTestId('row-count').textContent(), { timeout: 30_000 }).toContain('1,500')
    await s.page.locator('nav button[data-page=campaign]').click()
    await s.page.getByTestId('audience-step').waitFor()
    await expect.poll(() => s.page.getByTestId('aud-score').inputValue()).toBe('probability')
    await s.page.getByTestId('top-n').fill('1000')
    await s.page.getByTestId('run-audience').click()
    await expect.poll(() => s.page.getByTestId('audience-size').textContent(), { timeout: 30_000 }).toBe('1,000')
    await s.page.getByTestId('step-groups').click()
    await s.page.getByTestId('groups-step').waitFor()
    for (const c of ['age', 'balance', 'tenure']) expect(await s.page.getByTestId(`feature-${c}`).isChecked()).toBe(true)
    expect(await s.page.getByTestId('feature-p_churn').isChecked()).toBe(false)
    expect(await s.page.getByTestId('left-out-p_churn').textContent()).toContain('a model output')
    expect(await s.page.getByTestId('feature-churned').isChecked()).toBe(false)
    expect(await s.page.getByTestId('left-out-churned').textContent()).toMatch(/the outcome|a yes\/no flag/)
    await s.page.getByTestId('groups-k').fill('6')
    await s.page.getByTestId('run-groups').click()
    await s.page.getByTestId('groups-suggested-k').waitFor({ timeout: 60_000 })
    const sug = (await s.page.getByTestId('groups-suggested-k').textContent()) ?? ''
    expect(sug).toMatch(/Suggested: k = \d/)
    const k = Number(/k = (\d+)/.exec(sug)![1])
    if (k !== 6) {
      await s.page.getByTestId('use-suggested-k').click()
      await expect.poll(async () => s.page.getByTestId('profiles-table').locator('tbody tr').count(), { timeout: 60_000 }).toBe(k)
      expect(await s.page.getByTestId('groups-k').inputValue()).toBe(String(k))
    }
    await s.page.locator('[data-testid=groups-result] canvas').first().waitFor()
    await shots('ux-groups-en')
  })

  it('marks conversion rates capped at 100 % in the budget plan', async () => {
    await s.page.getByTestId('step-budget').click()
    await s.page.getByTestId('run-budget').click()
    await s.page.getByTestId('budget-table').waitFor({ timeout: 30_000 })
    const capped = s.page.getByTestId('capped-rate')
    expect(await capped.count()).toBeGreaterThanOrEqual(1)
    expect(await capped.first().textContent()).toMatch(/100(\.0)?%\s*capped/)
    expect(await s.page.getByTestId('budget-result').locator('.warning').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(/^The expected conversion of "Likely" by phone call is capped at 100%/i)]))
    await shots('ux-budget-en')
  })

  it('says the same in Spanish', async () => {
    await s.page.getByTestId('locale').selectOption('es')
    await expect.poll(() => s.page.getByTestId('capped-rate').first().textContent()).toMatch(/100(,0)?[\s\u00a0]%\s*limitada/)
    const warn = await s.page.getByTestId('budget-result').locator('.warning').allTextContents()
    expect(warn.join(' ')).toMatch(/"probables" por llamada telefónica se ha limitado al 100 %/)
    await shots('ux-budget-es')
    await s.page.getByTestId('step-groups').click()
    await expect.poll(() => s.page.getByTestId('groups-suggested-k').textContent()).toMatch(/Sugerido: k = \d/)
    expect(await s.page.getByTestId('left-out-p_churn').textContent()).toContain('una salida del modelo')
    await shots('ux-groups-es')
    await s.page.getByTestId('locale').selectOption('en')
  })

  it('gives the Segment page\'s suggested k a reason in the UI language', async () => {
    const p = s.page
    await p.locator('nav button[data-page=data]').click()
    await p.getByTestId('sample-online-retail-sample.csv').click()
    await expect.poll(() => p.getByTestId('row-count').textContent(), { timeout: 60_000 }).toContain('32,183')
    await p.locator('nav button[data-page=segment]').click()
    await p.getByTestId('seg-run-rfm').click()
    await p.getByTestId('rfm-segments').waitFor({ timeout: 60_000 })
    await p.getByTestId('seg-run-cluster').click()
    await p.getByTestId('suggested-k').waitFor({ timeout: 120_000 })
    expect(await p.getByTestId('suggested-k').textContent()).toMatch(/Why: k = \d+: .*(silhouette|inertia)/)
    await p.getByTestId('locale').selectOption('es')
    await expect.poll(() => p.getByTestId('suggested-k').textContent()).toMatch(/Por qué: k = \d+[:,] .*(silueta|inercia)/)
    expect(await p.getByTestId('suggested-k').textContent()).not.toMatch(/silhouette|inertia|elbow/)
    await shots('ux-segment-k-es')
    await p.getByTestId('locale').selectOption('en')
  })

  it('shows the data warnings in the UI language', async () => {
    await s.page.locator('nav button[data-page=data]').click()
    await dropOn('dropzone', 'dup.csv', 'id,x,x,empty\n1,2,3,\n2,4,5,\n3,6,7,\n')
    const items = s.page.locator('details.warning li')
    await expect.poll(() => items.allTextContents(), { timeout: 30_000 }).toEqual(expect.arrayContaining([
      'dup.csv: duplicate column names were renamed: "x" → "x_2".',
      'dup.csv: column "empty" is empty in all 3 rows; its role is set to ignore.',
    ]))
    await shots('ux-data-warnings-en')
    await s.page.getByTestId('locale').selectOption('es')
    await expect.poll(() => items.allTextContents()).toEqual(expect.arrayContaining([
      'dup.csv: se han renombrado nombres de columna repetidos: "x" → "x_2".',
      'dup.csv: la columna "empty" está vacía en las 3 filas; su rol pasa a ignorar.',
    ]))
    await shots('ux-data-warnings-es')
    await s.page.getByTestId('locale').selectOption('en')
  })
})
