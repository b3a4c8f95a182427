import { describe, it, expect, beforeAll, afterAll, inject } from 'vitest'
import type { Page, Worker } from 'playwright-core'
import { openApp, type Session } from './browser'

/**
 * Workers that stop: the ml worker caught in a loop that ignores Cancel (Cancel still ends the job
 * and Train comes back), and the ml worker closing itself mid-training (the job fails visibly with
 * the reason, Train comes back, the next training runs in a new worker). The faults are injected
 * into the real worker through Playwright's handle on it.
 */
const base = inject('baseUrl')
let s: Session

const csv = 'id,age,balance,plan,y\n' + Array.from({ length: 1500 }, (_, i) => {
  const age = 20 + ((i * 7) % 50)
  const bal = ((i * 131) % 3000) - 500
  return `${i + 1},${age},${bal},${['basic', 'plus', 'pro'][i % 3]},${(age + bal / 100 + (i % 5)) % 4 < 1.5 ? 'yes' : 'no'}`
}).join('\n')

async function mlWorker(p: Page): Promise<Worker> {
  for (const w of p.workers()) if ((await w.evaluate(() => self.name).catch(() => '')) === 'ml') return w
  throw new Error('no ml worker')
}

const runs = (p: Page) => p.getByTestId('run-history').locator('tbody tr').count().catch(() => 0)

async function trainOk(p: Page): Promise<void> {
  const before = await runs(p)
  await p.getByTestId('train').click()
  await expect.poll(() => runs(p), { timeout: 180_000 }).toBe(before + 1)
  await expect.poll(() => p.getByTestId('train').isEnabled()).toBe(true)
}

describe('a worker that stops', () => {
  beforeAll(async () => {
    s = await openApp(base)
  })
  afterAll(async () => {
    await s?.close()
  })

  it('trains once on a dropped file', async () => {
    const p = s.page
    await p.getByTestId('dropzone').waitFor({ timeout: 60_000 })
    await p.evaluate((content) => {
      const dt = new DataTransfer()
      dt.items.add(new File([content], 'w.csv', { type: 'text/csv' }))
      document.querySelector('[data-testid=dropzone]')!.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }))
    }, csv)
    await p.getByTestId('row-count').filter({ hasText: '1,500' }).waitFor({ timeout: 60_000 })
    await p.locator('nav button[data-page=predict]').click()
    await p.getByTestId('predict-target').selectOption('y')
    await p.getByTestId('predict-positive').selectOption('yes')
    for (const m of ['lr', 'knn', 'tree', 'svm', 'mlp', 'rf', 'gbt']) {
      const box = p.getByTestId(`model-${m}`)
      if ((await box.isChecked()) !== (m === 'lr')) await box.setChecked(m === 'lr')
    }
    await p.getByTestId('cv-folds').fill('2')
    await trainOk(p)
  })

  it('Cancel ends a job whose worker ignores it; Train comes back and the next run works', async () => {
    const p = s.page
    const w = await mlWorker(p)
    // the next training call sends the worker into a 60 s loop that never reads its messages
    await w.evaluate(() => {
      self.addEventListener('message', (e: MessageEvent<{ type?: string; method?: string }>) => {
        if (e.data?.type !== 'call' || !e.data.method?.startsWith('predict.train')) return
        const t0 = Date.now()
        while (Date.now() - t0 < 60_000) { /* stuck */ }
      })
    })
    await p.getByTestId('train').click()
    await p.getByTestId('status-cancel').click({ timeout: 30_000 })
    // 5 s of grace, then the worker is terminated and the job ends as cancelled
    await expect.poll(() => p.locator('.statusbar .job.idle').textContent(), { timeout: 30_000 }).toMatch(/cancelled/i)
    await expect.poll(() => p.getByTestId('train').isEnabled()).toBe(true)
    await trainOk(p)
  })

  it('a worker that closes itself mid-training fails the job visibly and is replaced', async () => {
    const p = s.page
    const w = await mlWorker(p)
    await w.evaluate(() => {
      self.addEventListener('message', (e: MessageEvent<{ type?: string; method?: string }>) => {
        if (e.data?.type === 'call' && e.data.method?.startsWith('predict.train')) self.close()
      })
    })
    await p.getByTestId('train').click()
    await expect.poll(() => p.locator('.statusbar .job.idle').textContent(), { timeout: 30_000 }).toMatch(/failed/i)
    expect(await p.locator('.statusbar .job.idle .err').textContent()).toMatch(/ml worker closed before finishing/)
    expect(await p.locator('.error[role=alert]').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/ml worker closed/)]))
    await expect.poll(() => p.getByTestId('train').isEnabled()).toBe(true)
    await s.shot('worker-closed')
    await trainOk(p)
  })
})
