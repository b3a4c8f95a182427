/**
 * The Spanish UI, checked over what is rendered: with the bank sample loaded in a browser whose
 * language is Spanish, no text node on any page is an English catalogue text, and no number is
 * written the English way. Screenshots (1366×768) go to tests/e2e/screenshots/es-*.png.
 */
import { describe, it, expect, beforeAll, afterAll, inject } from 'vitest'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
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
import { catalogues } from '../../src/i18n/render'

const base = inject('baseUrl')
const SHOTS = 'tests/e2e/screenshots'
const PAGES = ['data', 'predict', 'segment', 'patterns', 'campaign', 'models'] as const

/** Same words in both languages, or names: allowed even though they are English catalogue entries. */
const SAME_IN_BOTH = new Set(['Campaign Lab', 'ID', 'ROC', 'ROC AUC', 'PR AUC', 'F1', 'KNN', 'SVM', 'MLP', 'GBT', 'RFM', 'CSV', 'SMOTE', 'Gini', 'Brier', 'Log loss', 'Manhattan', 'tanh', 'ReLU', 'RBF', 'k', 'C', 'Gamma', 'id', 'Excel'])

/** Every English text with its Spanish counterpart (same key), flattened. */
function pairs(en: unknown, es: unknown, out: [string, string][] = []): [string, string][] {
  if (typeof en === 'string') out.push([en, typeof es === 'string' ? es : ''])
  else if (en && typeof en === 'object') for (const [k, v] of Object.entries(en)) pairs(v, (es as Record<string, unknown> | undefined)?.[k], out)
  return out
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** English texts as full-match tests: static ones exactly, templates with their parameters as wildcards. */
function englishMatchers(): { text: string; test: (s: string) => boolean }[] {
  const all = [
    ...pairs(enMain, esMain),
    ...[predict, segment, patterns, campaign, models].flatMap((m) => pairs(m.en, m.es)),
    ...pairs(catalogues.en, catalogues.es),
  ]
  const out: { text: string; test: (s: string) => boolean }[] = []
  for (const [en, es] of all) {
    if (en === es || SAME_IN_BOTH.has(en)) continue
    const staticPart = en.replace(/\{\w+\}/g, '').replace(/[^A-Za-z]/g, '')
    if (staticPart.length < 4) continue
    if (!/\{\w+\}/.test(en)) out.push({ text: en, test: (s) => s === en })
    else if (staticPart.length >= 10) {
      const re = new RegExp(`^${escape(en).replace(/\\\{\w+\\\}/g, '.+?')}$`)
      out.push({ text: en, test: (s) => re.test(s) })
    }
  }
  return out
}

/** Numbers written the English way: 1,234,567 · (45,211) · 12,345.6 · 0.53 */
const ENGLISH_NUMBER = [/\d,\d{3},\d{3}/, /\(\d{1,3},\d{3}\)/, /\d,\d{3}\.\d/, /(^|[^\d.\w])\d+\.\d{1,2}(?![\d.])/]

function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? execSync('command -v chromium', { encoding: 'utf8' }).trim()
}

let context: BrowserContext
let page: Page
let profile: string

beforeAll(async () => {
  profile = mkdtempSync(join(tmpdir(), 'campaign-lab-es-'))
  context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    locale: 'es-ES',
    viewport: { width: 1366, height: 768 },
    args: ['--headless=new', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
  page = context.pages()[0] ?? (await context.newPage())
  mkdirSync(SHOTS, { recursive: true })
})

afterAll(async () => {
  await context?.close()
  rmSync(profile, { recursive: true, force: true })
})

async function renderedTexts(): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement
      if (!el || el.closest('script, style, [data-testid=preview-table], .preview')) continue
      const s = (n.textContent ?? '').replace(/\s+/g, ' ').trim()
      if (s) out.push(s)
    }
    for (const el of document.querySelectorAll<HTMLElement>('[placeholder], [title], [aria-label]')) {
      for (const a of ['placeholder', 'title', 'aria-label']) {
        const v = el.getAttribute(a)?.trim()
        if (v) out.push(v)
      }
    }
    return out
  })
}

describe('Spanish UI with the bank sample', () => {
  it('no English catalogue text and no English-formatted number on any page', async () => {
    await page.goto(base + '?sample=bank-full.csv')
    await page.getByTestId('dataset-bank-full.csv').waitFor({ timeout: 120_000 })
    expect(await page.locator('nav button[data-page=data]').textContent()).toBe('1Datos')
    const english = englishMatchers()
    // the check itself catches English: a page text and a message-code text
    expect(english.some((e) => e.test('Choose files'))).toBe(true)
    expect(english.some((e) => e.test('12 customers have no score and were left out'))).toBe(true)
    const found: Record<string, string[]> = {}
    for (const p of PAGES) {
      await page.locator(`nav button[data-page=${p}]`).click()
      await page.waitForTimeout(1500)
      await page.screenshot({ path: join(SHOTS, `es-${p}-1366.png`), fullPage: true })
      const texts = await renderedTexts()
      const bad = new Set<string>()
      for (const s of texts) {
        const m = english.find((e) => e.test(s))
        if (m) bad.add(`english: "${s}"`)
        if (ENGLISH_NUMBER.some((re) => re.test(s))) bad.add(`number: "${s}"`)
      }
      if (bad.size) found[p] = [...bad]
    }
    expect(found).toEqual({})
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es')
  })
})
