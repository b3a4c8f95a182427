import { describe, it, expect, beforeAll, afterAll, inject } from 'vitest'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openApp, offOrigin, type Session } from './browser'

/**
 * The foundation flow in real Chromium: drop a CSV → schema/profile/preview → reload → the dataset
 * comes back from IndexedDB; bad files give clear errors and lose nothing; zero off-origin requests.
 */
const base = inject('baseUrl')
const profileDir = mkdtempSync(join(tmpdir(), 'campaign-lab-profile-'))
let s: Session

async function dropFile(page: Session['page'], name: string, content: string | Buffer, mime = 'text/csv'): Promise<void> {
  const bytes = Array.from(typeof content === 'string' ? Buffer.from(content, 'utf8') : content)
  // the app mounts once the stored workspace is read back: wait for the drop zone
  await page.getByTestId('dropzone').waitFor({ timeout: 60_000 })
  await page.evaluate(
    ({ name, bytes, mime }) => {
      const dt = new DataTransfer()
      dt.items.add(new File([new Uint8Array(bytes)], name, { type: mime }))
      const zone = document.querySelector('[data-testid=dropzone]')!
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }))
    },
    { name, bytes, mime },
  )
}

describe('data ingest in the browser', () => {
  beforeAll(async () => {
    s = await openApp(base, { userDataDir: profileDir })
  })
  afterAll(async () => {
    await s?.close()
    rmSync(profileDir, { recursive: true, force: true })
  })

  it('profiles a dropped semicolon CSV in the worker', async () => {
    const csv = 'id;age;job;balance;signup;y\n' + Array.from({ length: 300 }, (_, i) => `${i + 1};${20 + (i % 50)};${['admin.', 'technician', 'services'][i % 3]};${(i * 37) % 1000 - 200};2024-0${1 + (i % 9)}-1${i % 10};${i % 7 === 0 ? 'yes' : 'no'}`).join('\n')
    await dropFile(s.page, 'customers.csv', csv)
    await s.page.getByTestId('row-count').waitFor()
    expect(await s.page.getByTestId('row-count').textContent()).toContain('300')
    const schema = s.page.getByTestId('schema-table')
    await expect.poll(() => schema.locator('tbody tr').count()).toBe(6)
    // inferred types
    const typeOf = (col: string) => s.page.getByLabel(`${col} Type`).inputValue()
    expect(await typeOf('age')).toBe('integer')
    expect(await typeOf('job')).toBe('category')
    expect(await typeOf('signup')).toBe('date')
    // histogram of a column
    await s.page.getByRole('button', { name: 'balance: histogram' }).click()
    await s.page.locator('.hist canvas').waitFor()
    // preview shows data rows
    await expect.poll(() => s.page.getByTestId('preview').locator('[role=gridcell]').first().textContent()).toBe('1')
    await s.shot('data-profile')
  })

  it('reports a bad file clearly and keeps the loaded dataset', async () => {
    await dropFile(s.page, 'broken.csv', Buffer.from([0x50, 0x4b, 0x00, 0x00, 0xff, 0xfe, 0x00, 0x01, 0x02, 0x00]), 'text/csv')
    const alert = s.page.getByRole('alert').first()
    await alert.waitFor()
    expect(await alert.textContent()).toMatch(/broken\.csv/)
    expect(await s.page.getByTestId('row-count').textContent()).toContain('300')
    await dropFile(s.page, 'empty.csv', '')
    await expect.poll(async () => (await s.page.getByRole('alert').allTextContents()).join(' ')).toMatch(/empty\.csv/)
    expect(await s.page.getByTestId('dataset-customers.csv').count()).toBe(1)
  })

  it('reads a JSON array of records through danfojs', async () => {
    const recs = Array.from({ length: 50 }, (_, i) => ({ region: `R${i % 5}`, income: 1000 + i, active: i % 2 === 0, extra: i === 3 ? { nested: 1 } : undefined }))
    await dropFile(s.page, 'regions.json', JSON.stringify(recs), 'application/json')
    await s.page.getByTestId('dataset-regions.json').waitFor()
    await expect.poll(() => s.page.getByTestId('row-count').textContent()).toContain('50')
    expect(await s.page.getByLabel('income Type').inputValue()).toBe('integer')
    await s.page.getByTestId('dataset-customers.csv').click()
  })

  it('restores datasets from IndexedDB after a reload', async () => {
    await s.page.reload()
    await s.page.getByTestId('dataset-customers.csv').waitFor()
    await s.page.getByTestId('dataset-customers.csv').click()
    await s.page.getByTestId('row-count').waitFor()
    expect(await s.page.getByTestId('row-count').textContent()).toContain('300')
    await s.shot('data-restored')
  })

  it('switches the UI to Spanish', async () => {
    await s.page.getByTestId('locale').selectOption('es')
    // the step number is part of the button (1 Data, 2 Predict, …)
    await expect.poll(() => s.page.locator('nav button[data-page=data]').textContent()).toBe('1Datos')
    await s.page.getByTestId('locale').selectOption('en')
  })

  it('made no request to any other origin', () => {
    expect(s.requests.length).toBeGreaterThan(3)
    expect(offOrigin(s.requests, base)).toEqual([])
    expect(s.errors.filter((e) => /Content Security Policy|CSP/i.test(e))).toEqual([])
  })
})

void writeFileSync

describe('npm start opens on a sample', () => {
  it('?sample=FILE loads that embedded sample once, with its citation', async () => {
    const t = await openApp(base, { query: '?sample=online-retail-sample.csv' })
    try {
      await t.page.getByTestId('dataset-online-retail-sample.csv').waitFor({ timeout: 60_000 })
      await expect.poll(() => t.page.getByTestId('dataset-summary').textContent(), { timeout: 30_000 }).toMatch(/CC BY 4\.0|Chen/)
      await t.page.reload()
      await t.page.getByTestId('dataset-online-retail-sample.csv').waitFor()
      expect(await t.page.getByTestId('dataset-online-retail-sample.csv').count()).toBe(1)
      expect(offOrigin(t.requests, base)).toEqual([])
    } finally {
      await t.close()
    }
  })
})
