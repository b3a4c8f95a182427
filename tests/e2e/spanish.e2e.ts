/**
 * The Spanish UI, checked over what is rendered after real work, in a browser whose language is
 * Spanish: the bank sample loaded; Predict after training two models (explanations, bands, model
 * card); Segment after RFM and k-means; Patterns after mining rules; Campaign through every step
 * with results; Models with a saved model opened and scoring. On every page (and campaign step) no
 * text node is an English catalogue text that differs from its Spanish one, and no number is
 * written the English way. Then the language is switched: the same pages read English, with no
 * Spanish catalogue text, and no job runs (stored results are language-neutral).
 * Screenshots (es/en × 1366×768, 1920×1080) go to tests/e2e/screenshots/lang-*.png.
 */
import { describe, it, expect, beforeAll, afterAll, inject } from 'vitest'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { execSync } from 'node:child_process'
import enMain from '../../src/i18n/en'
import esMain from '../../src/i18n/es'
import * as predict from '../../src/i18n/pages/predict'
import * as segment from '../../src/i18n/pages/segment'
import * as patterns from '../../src/i18n/pages/patterns'
import * as campaign from '../../src/i18n/pages/campaign'
import * as models from '../../src/i18n/pages/models'
import * as workspace from '../../src/i18n/pages/workspace'
import * as wording from '../../src/i18n/pages/wording'
import * as shell from '../../src/i18n/shell'
import { catalogues } from '../../src/i18n/render'

const base = inject('baseUrl')
const SHOTS = 'tests/e2e/screenshots'
const PAGES = ['data', 'predict', 'segment', 'patterns', 'campaign', 'models'] as const
const STEPS = ['audience', 'groups', 'design', 'budget', 'review', 'results', 'followup', 'file'] as const
const MODEL_NAME = 'banco LR'

/** Same words in both languages, or names: allowed even though they are catalogue entries. */
const SAME_IN_BOTH = new Set(['Campaign Lab', 'ID', 'ROC', 'ROC AUC', 'PR AUC', 'F1', 'KNN', 'SVM', 'MLP', 'GBT', 'RFM', 'CSV', 'SMOTE', 'Gini', 'Brier', 'Log loss', 'Manhattan', 'tanh', 'ReLU', 'RBF', 'k', 'C', 'Gamma', 'id', 'Excel', 'Total', 'total', 'no', 'Control', 'control', 'SQL', 'PSI', 'Lift', 'lift', 'PCA', 'Dataset'])

/** Every text of one language with its counterpart (same key) in the other, flattened. */
function pairs(a: unknown, b: unknown, out: [string, string][] = []): [string, string][] {
  if (typeof a === 'string') out.push([a, typeof b === 'string' ? b : ''])
  else if (a && typeof a === 'object') for (const [k, v] of Object.entries(a)) pairs(v, (b as Record<string, unknown> | undefined)?.[k], out)
  return out
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

type Matcher = { text: string; test: (s: string) => boolean }

/**
 * Texts of the `from` language as full-match tests (static ones exactly, templates with their
 * parameters as wildcards), leaving out those that read the same in the `to` language.
 */
function matchers(from: 'en' | 'es'): Matcher[] {
  const to = from === 'en' ? 'es' : 'en'
  const mods = [predict, segment, patterns, campaign, models, workspace, wording, shell] as unknown as Record<'en' | 'es', unknown>[]
  const all = [
    ...pairs(from === 'en' ? enMain : esMain, from === 'en' ? esMain : enMain),
    ...mods.flatMap((m) => pairs(m[from], m[to])),
    ...pairs(catalogues[from], catalogues[to]),
  ]
  const out: Matcher[] = []
  for (const [a, b] of all) {
    if (a === b || SAME_IN_BOTH.has(a)) continue
    const staticPart = a.replace(/\{\w+\}/g, '').replace(/[^A-Za-zÀ-ÿ]/g, '')
    if (staticPart.length < 4) continue
    if (!/\{\w+\}/.test(a)) out.push({ text: a, test: (s) => s === a })
    else if (staticPart.length >= 10) {
      const re = new RegExp(`^${escape(a).replace(/\\\{\w+\\\}/g, '.+?')}$`)
      out.push({ text: a, test: (s) => re.test(s) })
    }
  }
  return out
}

/**
 * Prose of the other language that is in no catalogue (e.g. a sentence built in src/ml): two or more
 * of its everyday words in one text. Product and column names from the data are upper case or single
 * words, so they do not count.
 */
const PROSE: Record<'en' | 'es', RegExp> = {
  en: /\b(the|of|and|with|is|are|was|were|for|by|not|this|that|from|have|has|than|into|been|which|when)\b/g,
  es: /\b(el|los|las|del|con|para|que|una|por|pero|según|más|también|está|están|fueron|sin)\b/g,
}
const isProse = (s: string, lang: 'en' | 'es'): boolean => new Set(s.match(PROSE[lang]) ?? []).size >= 2

/** Numbers written the English way: 1,234,567 · (45,211) · 12,345.6 · 0.53 · 1.1e-16 (not "(0,326)": no English thousands start with 0, a Spanish decimal does) */
const ENGLISH_NUMBER = [/\d,\d{3},\d{3}/, /\([1-9]\d{0,2},\d{3}\)/, /\d,\d{3}\.\d/, /(^|[^\d.\w])\d+\.\d{1,2}(?![\d.])/, /\d\.\d+e[-+]\d/]

function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? execSync('command -v chromium', { encoding: 'utf8' }).trim()
}

let context: BrowserContext
let page: Page
let profile: string
const found: Record<string, string[]> = {}
const bandsEs: string[] = []

beforeAll(async () => {
  profile = mkdtempSync(join(tmpdir(), 'campaign-lab-es-'))
  context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    locale: 'es-ES',
    acceptDownloads: true,
    viewport: { width: 1366, height: 768 },
    args: ['--headless=new', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
  page = context.pages()[0] ?? (await context.newPage())
  page.setDefaultTimeout(30_000)
  mkdirSync(SHOTS, { recursive: true })
})

afterAll(async () => {
  if (Object.keys(found).length) console.log('found:', JSON.stringify(found, null, 1))
  await context?.close()
  rmSync(profile, { recursive: true, force: true })
})

async function renderedTexts(): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement
      // data cells show the user's own values; <option> labels are checked (column names are not catalogue texts)
      // a text marked with its own language (a dataset's English citation) is not the UI's
      if (!el || el.closest('script, style, [data-testid=preview-table], .preview, code, pre, body [lang]')) continue
      const s = (n.textContent ?? '').replace(/\s+/g, ' ').trim()
      // an option naming a column of the user's file (e.g. "Quantity") is their word, not ours
      if (el instanceof HTMLOptionElement && el.value === s) continue
      if (s) out.push(s)
    }
    // text boxes filled by the app (band names, channels) are read too
    for (const el of document.querySelectorAll<HTMLInputElement>('input[type=text]')) if (el.value.trim()) out.push(el.value.trim())
    for (const el of document.querySelectorAll<HTMLElement>('[placeholder], [title], [aria-label]')) {
      for (const a of ['placeholder', 'title', 'aria-label']) {
        const v = el.getAttribute(a)?.trim()
        if (v) out.push(v)
      }
    }
    return out
  })
}

const nav = (p: string) => page.locator(`nav button[data-page=${p}]`).click()
/** Counts jobs started from now on: the status bar shows each running job (data-testid=status-job). */
async function watchJobs(): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { __jobsSeen: number }
    w.__jobsSeen = 0
    let shown = !!document.querySelector('[data-testid=status-job]')
    new MutationObserver(() => {
      const now = !!document.querySelector('[data-testid=status-job]')
      if (now && !shown) w.__jobsSeen++
      shown = now
    }).observe(document.body, { childList: true, subtree: true })
  })
  return () => page.evaluate(() => (window as unknown as { __jobsSeen: number }).__jobsSeen)
}

/** Records what on the current view reads in the other language or formats numbers the English way. */
async function check(view: string, other: Matcher[], englishNumbers: boolean): Promise<void> {
  await page.waitForTimeout(600)
  const bad = new Set<string>()
  for (const s of await renderedTexts()) {
    if (other.some((e) => e.test(s))) bad.add(`text: "${s}"`)
    else if (isProse(s, englishNumbers ? 'en' : 'es')) bad.add(`prose: "${s}"`)
    if (englishNumbers && ENGLISH_NUMBER.some((re) => re.test(s))) bad.add(`number: "${s}"`)
  }
  if (bad.size) found[view] = [...(found[view] ?? []), ...bad]
}

/**
 * What the app does not keep across a page change yet (an explanation, an opened model's scoring)
 * is made again, so every page is checked in its worked state.
 */
async function restore(p: string): Promise<void> {
  // the Data page shows the bank sample (the campaign's results file was added last)
  if (p === 'data') await page.getByTestId('dataset-bank-full.csv').click()
  if (p === 'predict' && !(await page.getByTestId('shap-contributions').isVisible())) {
    await page.getByTestId('select-lr').click()
    await page.getByTestId('shap-run').click()
    await page.getByTestId('shap-contributions').waitFor({ timeout: 120_000 })
  }
  if (p === 'models' && !(await page.getByTestId('export-scores').isVisible())) {
    if (!(await page.getByTestId('model-card').isVisible())) await page.getByTestId(`model-${MODEL_NAME}`).click()
    await page.getByTestId('model-card').waitFor()
    const bank = await page.getByTestId('score-dataset').locator('option').evaluateAll((os) => (os as HTMLOptionElement[]).find((o) => o.textContent!.startsWith('bank-full.csv'))!.value)
    await page.getByTestId('score-dataset').selectOption(bank)
    await page.getByTestId('score').click()
    await page.getByTestId('export-scores').waitFor({ timeout: 120_000 })
  }
}

/** Every page, every campaign step: checked, and photographed at both sizes. */
async function sweep(lang: 'es' | 'en'): Promise<void> {
  const other = matchers(lang === 'es' ? 'en' : 'es')
  for (const p of PAGES) {
    await nav(p)
    const views: string[] = p === 'campaign' ? STEPS.map((s) => `campaign-${s}`) : [p]
    for (const v of views) {
      if (p === 'campaign') await page.getByTestId(`step-${v.slice(9)}`).click()
      await restore(p)
      await check(`${lang}:${v}`, other, lang === 'es')
      for (const [w, h] of [[1366, 768], [1920, 1080]]) {
        await page.setViewportSize({ width: w, height: h })
        await page.screenshot({ path: join(SHOTS, `lang-${lang}-${v}-${w}.png`), fullPage: true })
      }
      await page.setViewportSize({ width: 1366, height: 768 })
    }
  }
}

async function download(testId: string): Promise<string> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()])
  return readFileSync((await dl.path())!, 'utf8')
}

async function dropOn(testId: string, name: string, content: string): Promise<void> {
  const bytes = Array.from(Buffer.from(content, 'utf8'))
  // the app mounts after the stored workspace is read: wait for the drop target
  await page.getByTestId(testId).waitFor({ state: 'attached' })
  await page.evaluate(
    ({ testId, name, bytes }) => {
      const dt = new DataTransfer()
      dt.items.add(new File([new Uint8Array(bytes)], name, { type: 'text/csv' }))
      document.querySelector(`[data-testid="${testId}"]`)!.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }))
    },
    { testId, name, bytes },
  )
}

async function train(models: string[]): Promise<void> {
  for (const m of ['lr', 'knn', 'tree', 'svm', 'mlp', 'rf', 'gbt']) {
    const box = page.getByTestId(`model-${m}`)
    if ((await box.isChecked()) !== models.includes(m)) await box.setChecked(models.includes(m))
  }
  await page.getByTestId('cv-folds').fill('2')
  await page.getByTestId('subsample').fill('3000')
  const before = await page.getByTestId('run-history').locator('tbody tr').count().catch(() => 0)
  await page.getByTestId('train').click()
  await expect.poll(() => page.getByTestId('run-history').locator('tbody tr').count().catch(() => 0), { timeout: 240_000 }).toBe(before + 1)
  await page.getByTestId('metrics-table').waitFor({ timeout: 60_000 })
}

describe('the app in Spanish after real work', () => {
  it('the check itself catches English text and English numbers', () => {
    const english = matchers('en')
    expect(english.some((e) => e.test('Choose files'))).toBe(true)
    expect(english.some((e) => e.test('12 customers have no score and were left out'))).toBe(true)
    expect(matchers('es').some((e) => e.test('Elegir ficheros'))).toBe(true)
    expect(isProse('2 columns not used by the model (ignored): "duration", "y"', 'en')).toBe(true)
    expect(isProse('2 columnas que el modelo no usa (se ignoran): "duration", "y"', 'en')).toBe(false)
    expect(isProse('SET OF 3 CAKE TINS PANTRY DESIGN', 'en')).toBe(false)
    expect(ENGLISH_NUMBER.some((re) => re.test('base 1.1e-16'))).toBe(true)
    expect(ENGLISH_NUMBER.some((re) => re.test('(45,211)'))).toBe(true)
    expect(ENGLISH_NUMBER.some((re) => re.test('45.211 filas · 0,53'))).toBe(false)
  })

  it('loads the bank sample and trains two models with explanations, bands and a saved model', async () => {
    await page.goto(base)
    await page.getByTestId('sample-bank-full.csv').click()
    await page.getByTestId('dataset-bank-full.csv').waitFor({ timeout: 120_000 })
    expect(await page.locator('nav button[data-page=data]').textContent()).toBe('1Datos')
    await nav('predict')
    await page.getByTestId('predict-target').selectOption('y')
    await page.getByTestId('predict-positive').selectOption('yes')
    await page.getByTestId('leak-duration').waitFor({ timeout: 30_000 })
    await check('es:predict-setup', matchers('en'), true)
    await page.getByTestId('drop-duration').click()
    await train(['lr', 'tree'])
    await page.getByTestId('select-tree').click()
    await page.getByTestId('shap-run').click()
    await page.getByTestId('tree-rules').waitFor({ timeout: 120_000 })
    await check('es:predict-tree', matchers('en'), true)
    await page.getByTestId('select-lr').click()
    await page.getByTestId('use-best').click()
    await page.getByTestId('shap-run').click()
    await page.getByTestId('shap-contributions').waitFor({ timeout: 120_000 })
    bandsEs.push(...(await page.getByTestId('bands').locator('tbody tr td:first-child input').evaluateAll((xs) => (xs as HTMLInputElement[]).map((x) => x.value))))
    await page.getByTestId('model-name').fill(MODEL_NAME)
    await page.getByTestId('save-model').click()
    await page.getByTestId('confirm-save').click()
    await page.getByTestId('saved').waitFor({ timeout: 30_000 })
    await page.getByTestId('add-to-workspace').click()
    await expect.poll(() => page.getByTestId('export-info').textContent(), { timeout: 60_000 }).toBeTruthy()
  })

  it('segments and mines the Online Retail sample', async () => {
    await nav('data')
    await page.getByTestId('sample-online-retail-sample.csv').click()
    await page.getByTestId('dataset-online-retail-sample.csv').waitFor({ timeout: 120_000 })
    await nav('segment')
    await page.getByTestId('seg-dataset').waitFor()
    await page.getByTestId('seg-run-rfm').click()
    await page.getByTestId('rfm-segments').waitFor({ timeout: 120_000 })
    await page.getByTestId('seg-run-cluster').click()
    await page.getByTestId('suggested-k').waitFor({ timeout: 180_000 })
    await nav('patterns')
    await page.getByTestId('pat-dataset').waitFor()
    await page.getByTestId('min-support').fill('0.01')
    await page.getByTestId('min-confidence').fill('0.5')
    await page.getByTestId('pat-mine').click()
    await expect.poll(() => page.getByTestId('rules-table').locator('tbody tr').count(), { timeout: 180_000 }).toBeGreaterThan(0)
  })

  it('takes a campaign on the scored customers through every step, results included', async () => {
    await nav('campaign')
    await page.getByTestId('audience-step').waitFor()
    const value = await page.getByTestId('aud-dataset').locator('option').evaluateAll((os) => (os as HTMLOptionElement[]).find((o) => /·/.test(o.textContent ?? ''))?.value)
    await page.getByTestId('aud-dataset').selectOption(value!)
    await expect.poll(() => page.getByTestId('aud-score').inputValue()).toBe('probability')
    await page.getByTestId('top-n').fill('1000')
    await page.getByTestId('run-audience').click()
    await page.getByTestId('funnel-table').waitFor({ timeout: 60_000 })
    await page.getByTestId('step-groups').click()
    await page.getByTestId('groups-k').fill('3')
    await page.getByTestId('run-groups').click()
    await page.getByTestId('profiles-table').waitFor({ timeout: 60_000 })
    await page.getByTestId('step-design').click()
    await page.getByTestId('sample-size').fill('400')
    await page.getByTestId('creatives-k').fill('2')
    await page.getByTestId('control-size').fill('100')
    await page.getByTestId('run-design').click()
    await page.getByTestId('mix-table').waitFor({ timeout: 30_000 })
    await page.getByTestId('step-budget').click()
    await page.getByTestId('run-budget').click()
    await page.getByTestId('budget-table').waitFor({ timeout: 30_000 })
    await page.getByTestId('step-review').click()
    await page.getByTestId('check-flags').click()
    await page.getByTestId('reviewer').fill('Ana')
    await page.getByTestId('decision').selectOption('approved')
    await page.getByTestId('record-review').click()
    await page.getByTestId('review-recorded').waitFor()
    // results from the exported lists: every fifth customer converts (control: every tenth)
    const lines = ['customer,creative,delivered,opened,clicked,converted']
    for (const arm of ['A', 'B', 'control']) {
      await page.getByTestId('step-design').click()
      // the Spanish UI writes CSV with ';' (Excel's separator where the decimal mark is a comma)
      const rows = (await download(`export-${arm}`)).trim().split('\n').slice(1).map((l) => l.split(/[;,]/)[0])
      rows.forEach((id, i) => lines.push([id, arm, arm === 'control' ? 0 : 1, i % 3 === 0 ? 1 : 0, i % 4 === 0 ? 1 : 0, i % (arm === 'control' ? 10 : arm === 'A' ? 5 : 4) === 0 ? 1 : 0].join(',')))
    }
    if (process.env.ES_DEBUG) writeFileSync('/tmp/es-results.csv', lines.join('\n') + '\n')
    await page.getByTestId('step-results').click()
    await dropOn('results-dropzone', 'resultados.csv', lines.join('\n') + '\n')
    await expect.poll(() => page.getByTestId('rcol-converted').inputValue(), { timeout: 30_000 }).toBe('converted')
    await page.getByTestId('results-control').fill('control')
    await page.getByTestId('run-results').click()
    await page.locator('[data-testid=ab-report], [data-testid=results-error]').first().waitFor({ timeout: 30_000 })
    if (process.env.ES_DEBUG) console.log('results columns:', await page.locator('[data-testid^=rcol-]').evaluateAll((xs) => (xs as HTMLSelectElement[]).map((x) => `${x.dataset.testid}=${x.value}`)))
    expect(await page.getByTestId('results-error').allTextContents()).toEqual([])
  })

  it('opens the saved model on the Models page and scores the bank data', async () => {
    await nav('models')
    await page.getByTestId(`model-${MODEL_NAME}`).click()
    await page.getByTestId('model-card').waitFor()
    const bank = await page.getByTestId('score-dataset').locator('option').evaluateAll((os) => (os as HTMLOptionElement[]).find((o) => o.textContent!.startsWith('bank-full.csv'))!.value)
    await page.getByTestId('score-dataset').selectOption(bank)
    await page.getByTestId('score').click()
    await page.getByTestId('export-scores').waitFor({ timeout: 120_000 })
  })

  it('no page reads English and no number is formatted the English way', async () => {
    await sweep('es')
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es')
    expect(found).toEqual({})
  })

  it('switched to English, every page reads English without re-running anything', async () => {
    for (const k of Object.keys(found)) delete found[k]
    const jobsSeen = await watchJobs()
    await page.getByTestId('locale').selectOption('en')
    await expect.poll(() => page.locator('nav button[data-page=data]').textContent()).toBe('1Data')
    for (const p of PAGES) await nav(p)
    // the switch re-rendered every page from stored codes: no job ran
    expect(await jobsSeen()).toBe(0)
    await nav('predict')
    await page.getByTestId('bands').waitFor()
    const bandsEn = await page.getByTestId('bands').locator('tbody tr td:first-child input').evaluateAll((xs) => (xs as HTMLInputElement[]).map((x) => x.value))
    // default band names follow the language: stored as codes, not as words of the language they were made in
    expect(bandsEn).toHaveLength(bandsEs.length)
    expect(bandsEn).not.toEqual(bandsEs)
    await sweep('en')
    // the detector sees jobs: the sweep re-ran the explanation and the scoring, which the app does not keep
    expect(await jobsSeen()).toBeGreaterThan(0)
    expect(found).toEqual({})
    await page.getByTestId('locale').selectOption('es')
  })
})
