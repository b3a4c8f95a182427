import { describe, it, expect, beforeAll, afterAll, inject } from 'vitest'
import { openApp, type Session } from './browser'

/**
 * Huge cells: a file whose rows carry 3 MB text cells loads; the preview shows each cut to its
 * first 1,000 characters with a note, the page stays its own width, and the data keeps the cells
 * whole (the column's longest value in the profile is counted from the full text).
 */
const base = inject('baseUrl')
let s: Session

describe('huge cells in the preview', () => {
  beforeAll(async () => {
    s = await openApp(base)
  })
  afterAll(async () => {
    await s?.close()
  })

  it('cuts 3 MB cells in the preview, with a note', async () => {
    const p = s.page
    await p.getByTestId('dropzone').waitFor({ timeout: 60_000 })
    await p.evaluate(() => {
      const big = (ch: string) => ch.repeat(3_000_000)
      const lines = ['id,notes,amount']
      for (let i = 0; i < 6; i++) lines.push(`${i + 1},${i % 2 ? 'short note' : big(String.fromCharCode(97 + i))},${i * 10}`)
      const dt = new DataTransfer()
      dt.items.add(new File([lines.join('\n')], 'huge-cells.csv', { type: 'text/csv' }))
      document.querySelector('[data-testid=dropzone]')!.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }))
    })
    await p.getByTestId('row-count').filter({ hasText: '6' }).waitFor({ timeout: 60_000 })
    await p.getByTestId('cells-cut').waitFor({ timeout: 30_000 })
    expect(await p.getByTestId('cells-cut').textContent()).toMatch(/Cells over 1 MB in the rows shown: 3\b/)
    const cells = await p.getByTestId('preview').locator('[role=gridcell]').evaluateAll((els) => els.map((e) => (e.textContent ?? '').length))
    expect(Math.max(...cells)).toBe(1_001)
    expect(await p.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true)
    // no attribute carries the whole cell either (titles are shortened with the text)
    expect(await p.evaluate(() => Math.max(...[...document.querySelectorAll('[title]')].map((e) => e.getAttribute('title')!.length)))).toBeLessThan(2_000)
    await s.shot('huge-cells')
  })

  it('a 20,000-column file is profiled and shown: the schema table draws its first 200 columns and offers more', async () => {
    const p = s.page
    await p.evaluate(() => {
      const cols = 20_000
      const lines = [Array.from({ length: cols }, (_, j) => `c${j}`).join(',')]
      for (let i = 0; i < 20; i++) lines.push(Array.from({ length: cols }, (_, j) => String((i * 31 + j) % 1000)).join(','))
      const dt = new DataTransfer()
      dt.items.add(new File([lines.join('\n')], 'wide.csv', { type: 'text/csv' }))
      document.querySelector('[data-testid=dropzone]')!.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }))
    })
    await p.getByTestId('schema-more').waitFor({ timeout: 120_000 })
    expect(await p.getByTestId('schema-more').textContent()).toMatch(/First 200 of 20,000 columns shown/)
    await expect.poll(() => p.getByTestId('schema-table').locator('tbody tr').count(), { timeout: 30_000 }).toBe(200)
    // a wide table is fetched in blocks of 10 rows (200,000 cells): rows past the first block are filled too
    await expect.poll(() => p.getByTestId('preview').locator('[role=row][aria-rowindex="21"] [role=gridcell]').first().textContent(), { timeout: 30_000 }).toBe(String((19 * 31) % 1000))
    await p.getByTestId('schema-more').getByRole('button').click()
    // drawn in steps of a few rows per task
    await expect.poll(() => p.getByTestId('schema-table').locator('tbody tr').count(), { timeout: 60_000 }).toBe(1_200)
  })
})
