/**
 * Start-up time with N stored datasets: the bank sample (45,211 rows × 17 columns) loaded N times
 * into a fresh profile, then the page reloaded; timed from navigation start until the data page
 * lists all N datasets. Run against a build: `tsx bench/startup.ts <dist dir> [N]`.
 * Prints one JSON object.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'

const dist = process.argv[2] ?? 'dist'
const N = Number(process.argv[3] ?? 10)
const port = 5200 + Math.floor(Math.random() * 500)
const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--outDir', dist, '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: 'ignore' })
const base = `http://127.0.0.1:${port}/`
const profile = mkdtempSync(join(tmpdir(), 'campaign-lab-startup-'))

async function main(): Promise<void> {
  for (let t0 = Date.now(); ; ) {
    try {
      if ((await fetch(base)).ok) break
    } catch { /* not up yet */ }
    if (Date.now() - t0 > 30_000) throw new Error('vite preview did not start')
    await new Promise((r) => setTimeout(r, 200))
  }
  const ctx = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', headless: true, args: ['--headless=new', '--no-sandbox', '--disable-background-networking', '--no-first-run'] })
  const page = ctx.pages()[0] ?? (await ctx.newPage())
  await page.goto(base)
  const items = page.getByTestId('dataset-bank-full.csv')
  for (let i = 0; i < N; i++) {
    await page.getByTestId('sample-bank-full.csv').click()
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="dataset-bank-full.csv"]').length >= n, i + 1, { timeout: 120_000 })
  }
  await page.waitForTimeout(1500)
  const times: number[] = []
  for (let r = 0; r < 3; r++) {
    await page.reload()
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="dataset-bank-full.csv"]').length >= n, N, { timeout: 120_000, polling: 20 })
    times.push(await page.evaluate(() => performance.now()))
    await page.waitForTimeout(500)
  }
  console.log(JSON.stringify({ dist, datasets: N, rows: 45211 * N, listedAfterMs: times.map((t) => Math.round(t)), medianMs: Math.round([...times].sort((a, b) => a - b)[1]), count: await items.count() }))
  await ctx.close()
}

main().catch((e) => {
  console.error(e)
  process.exitCode = 1
}).finally(() => {
  server.kill('SIGTERM')
  rmSync(profile, { recursive: true, force: true })
})
