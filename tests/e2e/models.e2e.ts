/**
 * The Models page as a colleague who received a model file uses it (issue #13, §3 "Models"): in a
 * fresh browser with no data, they open the file, drop the customer file to score on the Models
 * page itself, visit the Data page and come back to the same open model, and score. A file opened
 * but not saved is not kept by a reload, and the page says so; a saved model with its scores is
 * shown again after a reload, the scores still exportable. Screenshots in English at 1366×768 and
 * Spanish at 1920×1080.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openApp, offOrigin, type Session } from './browser'

const base = inject('baseUrl')
let s: Session
const profile = mkdtempSync(join(tmpdir(), 'campaign-lab-models-profile-'))
const MODEL = 'tests/fixtures/modelfile/golden_lr.clmodel'
const CUSTOMERS = 'tests/fixtures/modelfile/bank_sample.csv'

const widerThanWindow = (): Promise<boolean> => s.page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)
const cardTitle = (): Promise<string | null> => s.page.getByTestId('model-card').locator('h3').textContent()

beforeAll(async () => {
  s = await openApp(base, { userDataDir: profile })
  await s.page.setViewportSize({ width: 1366, height: 768 })
})
afterAll(async () => {
  await s?.close()
  rmSync(profile, { recursive: true, force: true })
})

describe('Models page: an opened model stays open, a customer file is scored where it is dropped', () => {
  let title = ''

  it('opens a model file and scores a customer file dropped on the Models page (no visit to the Data page)', async () => {
    const p = s.page
    await p.locator('nav button[data-page=models]').click()
    await p.getByTestId('model-file-input').setInputFiles(MODEL)
    await p.getByTestId('model-card').waitFor({ timeout: 30_000 })
    title = (await cardTitle())!
    // no data yet in this browser: the scoring card says where to put the file
    expect(await p.getByTestId('score-drop').textContent()).toMatch(/No customer data yet/)
    await p.getByTestId('score-file-input').setInputFiles(CUSTOMERS)
    // the file is read, picked in the list and checked against the model's inputs
    await p.getByTestId('schema-report').waitFor({ timeout: 60_000 })
    const picked = await p.getByTestId('score-dataset').evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? '')
    expect(picked).toMatch(/^bank_sample\.csv \(603\)/)
    expect(await p.getByTestId('models-error').count()).toBe(0)
    expect(await widerThanWindow()).toBe(false)
  })

  it('keeps the opened model, its dataset and check while the user visits the Data page', async () => {
    const p = s.page
    await p.locator('nav button[data-page=data]').click()
    await expect.poll(() => p.locator('body').textContent()).toContain('bank_sample.csv')
    await p.locator('nav button[data-page=models]').click()
    expect(await cardTitle()).toBe(title)
    await p.getByTestId('schema-report').waitFor()
    // still the unsaved file: the save button is there
    await p.getByTestId('save-model').waitFor()
    await p.getByTestId('score').click()
    await p.getByTestId('band-counts').waitFor({ timeout: 60_000 })
    const customers = await p.getByTestId('band-counts').locator('tbody td.num:nth-child(2)').allTextContents()
    expect(customers.reduce((a, c) => a + Number(c.replace(/\D/g, '')), 0)).toBe(603)
    await s.shot('models-opened-scored-en-1366')
  })

  it('after a reload, an opened file that was not saved is gone and the page says so', async () => {
    const p = s.page
    await p.reload()
    await p.locator('nav button[data-page=models]').click()
    await expect.poll(() => p.locator('p.note[role=status]').textContent(), { timeout: 30_000 }).toMatch(/opened but not saved/)
    expect(await p.getByTestId('model-card').count()).toBe(0)
  })

  it('a saved model with its scores is shown again after a reload, the scores still exportable', async () => {
    const p = s.page
    await p.getByTestId('model-file-input').setInputFiles(MODEL)
    await p.getByTestId('save-model').click()
    await p.getByTestId('model-registry').waitFor()
    await p.getByTestId('model-registry').locator('button.link').first().click()
    await p.getByTestId('model-card').waitFor()
    // the customer file loaded before the reload is still in the list, picked by name
    const value = await p.getByTestId('score-dataset').locator('option').evaluateAll((os) => (os as HTMLOptionElement[]).find((o) => o.textContent!.startsWith('bank_sample.csv'))!.value)
    await p.getByTestId('score-dataset').selectOption(value)
    await p.getByTestId('score').click()
    await p.getByTestId('band-counts').waitFor({ timeout: 60_000 })
    const before = await p.getByTestId('band-counts').textContent()
    // the workspace is written when the page is idle after the last change
    await p.waitForTimeout(2500)
    await p.reload()
    await p.locator('nav button[data-page=models]').click()
    await p.getByTestId('model-card').waitFor({ timeout: 30_000 })
    expect(await cardTitle()).toBe(title)
    expect(await p.getByTestId('band-counts').textContent()).toBe(before)
    const [dl] = await Promise.all([p.waitForEvent('download'), p.getByTestId('export-scores').click()])
    const csv = readFileSync((await dl.path())!, 'utf8').trim().split('\n')
    expect(csv.length).toBe(604)
  })

  it('speaks Spanish at 1920×1080', async () => {
    const p = s.page
    await p.setViewportSize({ width: 1920, height: 1080 })
    await p.getByTestId('locale').selectOption('es')
    await expect.poll(() => p.getByTestId('score-drop').textContent()).toMatch(/Suelta aquí un fichero de clientes/)
    expect(await widerThanWindow()).toBe(false)
    await s.shot('models-saved-scored-es-1920')
    await p.getByTestId('locale').selectOption('en')
  })

  it('made no request to any other origin', () => {
    expect(offOrigin(s.requests, base)).toEqual([])
  })
})
