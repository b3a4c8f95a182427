import { describe, it, expect, beforeAll, afterAll, inject } from 'vitest'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { openApp, type Session } from './browser'
import { DB_NAME, DB_VERSION } from '../../src/engine/schema'

/**
 * Several tabs of one browser profile. Tab A imports a file and later deletes all local data;
 * tab B is open meanwhile with the channel (it lists the import without a reload, then locks with a
 * message); tab C runs without BroadcastChannel (as an old tab that never hears the others) and
 * edits the dataset it still holds in its worker after the wipe: the edit is refused, and after a
 * reload the dataset stays gone in every tab.
 */
const base = inject('baseUrl')
const profileDir = mkdtempSync(join(tmpdir(), 'campaign-lab-tabs-'))
let s: Session
let b: Page
let c: Page

const csv = 'id,age,plan\n' + Array.from({ length: 120 }, (_, i) => `${i + 1},${20 + (i % 40)},${['basic', 'plus', 'pro'][i % 3]}`).join('\n')

async function dropFile(page: Page, name: string, content: string): Promise<void> {
  await page.getByTestId('dropzone').waitFor({ timeout: 60_000 })
  await page.evaluate(
    ({ name, content }) => {
      const dt = new DataTransfer()
      dt.items.add(new File([content], name, { type: 'text/csv' }))
      document.querySelector('[data-testid=dropzone]')!.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }))
    },
    { name, content },
  )
}

const rowCount = async (p: Page): Promise<string> => ((await p.getByTestId('row-count').textContent({ timeout: 1000 }).catch(() => '')) ?? '').trim()

describe('open tabs agree on the stored data', () => {
  beforeAll(async () => {
    s = await openApp(base, { userDataDir: profileDir })
    await s.page.getByTestId('dropzone').waitFor({ timeout: 60_000 })
    b = await s.context.newPage()
    await b.goto(base)
    await b.getByTestId('dropzone').waitFor({ timeout: 60_000 })
    c = await s.context.newPage()
    // an app that never hears the other tabs: only the database itself can stop its writes
    await c.addInitScript(() => {
      delete (globalThis as { BroadcastChannel?: unknown }).BroadcastChannel
    })
    await c.goto(base)
    await c.getByTestId('dropzone').waitFor({ timeout: 60_000 })
  })
  afterAll(async () => {
    await s?.close()
    rmSync(profileDir, { recursive: true, force: true })
  })

  it('an import in one tab appears in the other open tab without a reload', async () => {
    await dropFile(s.page, 'tabs.csv', csv)
    await expect.poll(() => rowCount(s.page), { timeout: 60_000 }).toContain('120')
    await expect.poll(() => rowCount(b), { timeout: 30_000 }).toContain('120')
    // the deaf tab sees it only after a reload; its preview loads the columns into its worker
    await c.reload()
    await expect.poll(() => rowCount(c), { timeout: 60_000 }).toContain('120')
    await c.getByTestId('schema-table').waitFor()
    await expect.poll(() => c.getByTestId('preview').locator('[role=row]').count(), { timeout: 30_000 }).toBeGreaterThan(1)
  })

  it('delete all in tab A locks tab B with a message; an edit in tab C does not write the dataset back', async () => {
    s.page.once('dialog', (d) => void d.accept())
    await s.page.getByTestId('jobs-toggle').click()
    await s.page.getByTestId('delete-all').click()
    // tab A reloads into an empty app
    await s.page.getByTestId('dropzone').waitFor({ timeout: 60_000 })
    await expect.poll(() => rowCount(s.page), { timeout: 30_000 }).toBe('')

    await b.getByTestId('tab-lock').waitFor({ timeout: 30_000 })
    expect(await b.getByTestId('tab-lock-text').textContent()).toMatch(/deleted in another tab/)
    await b.screenshot({ path: 'tests/e2e/screenshots/tabs-locked.png' })

    // tab C still shows the dataset and edits it
    await c.getByLabel('age Type').selectOption('category')
    await expect.poll(() => c.locator('.error[role=alert]').allTextContents(), { timeout: 30_000 }).toEqual(
      expect.arrayContaining([expect.stringMatching(/deleted in another tab/)]),
    )

    for (const p of [c, b, s.page]) {
      await p.reload()
      await p.getByTestId('dropzone').waitFor({ timeout: 60_000 })
      // the stored list is read before the data page shows anything: give it a moment to come back, if it were there
      await p.waitForTimeout(1500)
      expect(await rowCount(p)).toBe('')
    }
  })

  it('a newer version upgrading the database is not blocked by an open tab, which locks; the older app then says the stored workspace is newer', async () => {
    await dropFile(b, 'upgrade.csv', csv)
    await expect.poll(() => rowCount(b), { timeout: 60_000 }).toContain('120')
    // "a newer version": another page of the same origin opens the database one version up
    const u = await s.context.newPage()
    await u.goto(`${base}samples/samples.json`)
    const outcome = await u.evaluate(
      ({ name, version }) =>
        new Promise<string>((resolve) => {
          const req = indexedDB.open(name, version)
          req.onupgradeneeded = () => req.result.createObjectStore('from-a-newer-version', { keyPath: 'id' })
          req.onsuccess = () => {
            req.result.close()
            resolve('upgraded')
          }
          req.onerror = () => resolve(`failed: ${req.error?.name}`)
          // a tab that never lets go would keep this request waiting for ever
          setTimeout(() => resolve('still waiting after 20 s'), 20_000)
        }),
      { name: DB_NAME, version: DB_VERSION + 1 },
    )
    expect(outcome).toBe('upgraded')
    await b.getByTestId('tab-lock').waitFor({ timeout: 30_000 })
    expect(await b.getByTestId('tab-lock-text').textContent()).toMatch(/updated in another tab/)

    // the older app, reloaded against the newer database, says so in the UI language (and deletes nothing)
    await b.evaluate(() => localStorage.setItem('campaign-lab.locale', 'es'))
    await b.reload()
    await b.getByTestId('storage-notice').waitFor({ timeout: 60_000 })
    expect(await b.getByTestId('storage-notice').textContent()).toMatch(/versión más nueva de Campaign Lab/)
    await b.screenshot({ path: 'tests/e2e/screenshots/tabs-newer-database.png' })
    const stores = await u.evaluate(
      ({ name }) =>
        new Promise<string[]>((resolve) => {
          const req = indexedDB.open(name)
          req.onsuccess = () => {
            resolve([...req.result.objectStoreNames])
            req.result.close()
          }
        }),
      { name: DB_NAME },
    )
    expect(stores).toEqual(expect.arrayContaining(['datasets', 'datasetMeta', 'from-a-newer-version']))
    await u.close()
  })
})
