import { describe, it, expect, beforeAll, afterAll, inject } from 'vitest'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DuckDBInstance } from '@duckdb/node-api'
import { zipSync } from 'fflate'
import { openApp, offOrigin, type Session } from './browser'
import { SHARED, sharedPath } from '../shared'

/**
 * Issue 14 in real Chromium at 1366×768: a basket-per-line file (Groceries from ../shared when
 * present, mined from the Patterns page to arules' 5,668 rules; a synthetic one otherwise), a .zip
 * of 17 parts of the Online Retail sample as one dataset, a Parquet file, and a Spanish table
 * whose thousands dots are read per column with the decimal mark shown and changeable.
 */
const base = inject('baseUrl')
const dir = mkdtempSync(join(tmpdir(), 'imports-e2e-'))
let s: Session

async function dropFiles(page: Session['page'], files: { name: string; content: string | Uint8Array; mime?: string }[]): Promise<void> {
  if ((await page.getByTestId('dropzone').count()) === 0) await page.locator('nav button[data-page=data]').click()
  await page.getByTestId('dropzone').waitFor()
  const payload = files.map((f) => ({ name: f.name, mime: f.mime ?? 'application/octet-stream', b64: Buffer.from(typeof f.content === 'string' ? Buffer.from(f.content, 'utf8') : f.content).toString('base64') }))
  await page.evaluate((files) => {
    const dt = new DataTransfer()
    for (const f of files) dt.items.add(new File([Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0))], f.name, { type: f.mime }))
    document.querySelector('[data-testid=dropzone]')!.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }))
  }, payload)
}

const sample = readFileSync('public/samples/online-retail-sample.csv', 'utf8')

describe('imports in the browser', () => {
  beforeAll(async () => {
    s = await openApp(base)
    await s.page.setViewportSize({ width: 1366, height: 768 })
    s.page.setDefaultTimeout(60_000)
  })
  afterAll(async () => {
    await s?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('a basket-per-line file is detected and mined on the Patterns page', async () => {
    const groceries = SHARED && existsSync(sharedPath('data', 'groceries', 'groceries.csv'))
    const text = groceries
      ? readFileSync(sharedPath('data', 'groceries', 'groceries.csv'), 'utf8')
      : Array.from({ length: 400 }, (_, i) => Array.from({ length: 1 + (i % 6) }, (_, k) => `item ${(i * 7 + k * 3) % 25}`).join(',')).join('\n') + '\n'
    await dropFiles(s.page, [{ name: 'groceries.csv', content: text, mime: 'text/csv' }])
    await s.page.getByTestId('dataset-groceries.csv').waitFor()
    expect(await s.page.getByTestId('dataset-format').getAttribute('data-format')).toBe('baskets')
    expect(await s.page.locator('details.warning').textContent()).toMatch(/read as one basket per line/)
    await s.page.locator('nav button[data-page=patterns]').click()
    await s.page.getByTestId('pat-dataset').waitFor()
    // a basket file needs no column choice: the page says so instead of showing the selects
    expect(await s.page.getByTestId('pat-basket').count()).toBe(0)
    await s.page.getByTestId('min-support').fill(groceries ? '0.001' : '0.01')
    await s.page.getByTestId('min-confidence').fill('0.5')
    await s.page.getByTestId('pat-mine').click()
    await s.page.locator('[data-testid=mined-summary], [data-testid=pat-error]').first().waitFor({ timeout: 120_000 })
    expect(await s.page.getByTestId('pat-error').allTextContents()).toEqual([])
    if (groceries) {
      expect(await s.page.getByTestId('basket-summary').textContent()).toMatch(/9,835 baskets/)
      expect(await s.page.getByTestId('mined-summary').textContent()).toMatch(/ 5,668 rules/)
    } else {
      expect(await s.page.getByTestId('basket-summary').textContent()).toMatch(/400 baskets/)
    }
    await s.shot('imports-baskets-patterns')
  })

  it('a .zip of 17 parts becomes one dataset with a source-file column', async () => {
    const lines = sample.trimEnd().split('\n')
    const header = lines[0]
    const rows = lines.slice(1)
    const per = Math.ceil(rows.length / 17)
    const files: Record<string, Uint8Array> = {}
    for (let p = 0; p < 17; p++) files[`retail/part-${p + 1}.csv`] = Buffer.from([header, ...rows.slice(p * per, (p + 1) * per)].join('\n') + '\n')
    await dropFiles(s.page, [{ name: 'retail-parts.zip', content: zipSync(files), mime: 'application/zip' }])
    await s.page.getByTestId('dataset-retail-parts.zip').waitFor()
    await expect.poll(() => s.page.getByTestId('row-count').textContent()).toContain(rows.length.toLocaleString('en'))
    expect(await s.page.getByLabel('source_file Type').inputValue()).toBe('category')
    expect(await s.page.getByLabel('InvoiceDate Type').inputValue()).toBe('datetime')
    expect(await s.page.locator('details.warning').textContent()).toMatch(/17 files appended into one dataset/)
  })

  it('a .zip whose parts differ is refused and appends nothing', async () => {
    const zip = zipSync({ 'a.csv': Buffer.from('id,x\n1,2\n'), 'b.csv': Buffer.from('id,y\n1,2\n') })
    await dropFiles(s.page, [{ name: 'mixed.zip', content: zip, mime: 'application/zip' }])
    await expect.poll(async () => (await s.page.getByRole('alert').allTextContents()).join(' ')).toMatch(/nothing was appended.*b\.csv lacks "x" and has "y" in addition/)
    expect(await s.page.getByTestId('dataset-mixed.zip').count()).toBe(0)
    expect(await s.page.getByTestId('dataset-retail-parts.zip').count()).toBe(1)
  })

  it('a Parquet file (snappy) is read in the data worker', async () => {
    const csv = join(dir, 'retail.csv')
    const pq = join(dir, 'retail.parquet')
    const { writeFileSync } = await import('node:fs')
    writeFileSync(csv, sample)
    const c = await (await DuckDBInstance.create(':memory:')).connect()
    await c.run(`COPY (SELECT * FROM read_csv('${csv}', header = true, types = {'InvoiceNo': 'VARCHAR', 'CustomerID': 'DOUBLE'})) TO '${pq}' (FORMAT parquet, COMPRESSION snappy)`)
    await dropFiles(s.page, [{ name: 'retail.parquet', content: readFileSync(pq) }])
    await s.page.getByTestId('dataset-retail.parquet').waitFor()
    await expect.poll(() => s.page.getByTestId('row-count').textContent()).toContain('32,183')
    expect(await s.page.getByTestId('dataset-format').getAttribute('data-format')).toBe('parquet')
    expect(await s.page.getByLabel('InvoiceDate Type').inputValue()).toBe('datetime')
    expect(await s.page.getByLabel('Quantity Type').inputValue()).toBe('integer')
  })

  it('numbers by locale: thousands dots read per column, the mark shown and changeable', async () => {
    const csv = 'municipio;poblacion;indice\nMadrid;3.223.334;1.234\nLeganés;189.861;2.500\nGetafe;185.180;3.001\n'
    await dropFiles(s.page, [{ name: 'municipios.csv', content: csv, mime: 'text/csv' }])
    await s.page.getByTestId('dataset-municipios.csv').waitFor()
    expect(await s.page.getByLabel('poblacion Type').inputValue()).toBe('integer')
    expect(await s.page.getByTestId('decimal-poblacion').inputValue()).toBe(',')
    // "1.234" alone: follows the file (comma, from poblacion), marked as a guess
    expect(await s.page.getByTestId('decimal-indice').inputValue()).toBe(',')
    expect(await s.page.getByTestId('decimal-indice').getAttribute('class')).toContain('guessed')
    await s.page.getByTestId('decimal-indice').selectOption('.')
    await expect.poll(() => s.page.getByLabel('indice Type').inputValue()).toBe('float')
    await s.page.evaluate(() => window.scrollTo(0, 0))
    await s.page.screenshot({ path: 'tests/e2e/screenshots/imports-data-1366.png' })
    await s.page.getByTestId('schema-table').scrollIntoViewIfNeeded()
    await s.page.screenshot({ path: 'tests/e2e/screenshots/imports-schema-1366.png' })
    expect(offOrigin(s.requests, base)).toEqual([])
    expect(s.errors).toEqual([])
  })
})
