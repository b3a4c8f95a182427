/**
 * Hostile and huge inputs (#19): a 20,000-column file profiled, and a gzip bomb (about 2.7 MB that
 * would expand to 1.8 GB) refused. Each runs in Node (a child process per case, so its peak RSS is
 * its own) and in Chromium's data worker (dropped on the page of a production build: time to the
 * profile or to the error, the page's long tasks, and the peak RSS of the whole Chromium process
 * tree sampled from /proc every 50 ms). Needs no ../shared: the inputs are generated.
 *   npx tsx bench/limits.ts            the rows
 *   npx tsx bench/limits.ts case wide  one Node case (used by the rows above; prints JSON)
 */
import { execSync, spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createGzip } from 'node:zlib'
import { fileURLToPath } from 'node:url'
import type { BenchRow } from './types'

const DIR = join(tmpdir(), 'cl-bench-limits')
const WIDE = join(DIR, 'wide-20000.csv')
const BOMB = join(DIR, 'bomb-1.8GB.csv.gz')
const OUT = '.tmp/dist-bench-limits'
const N_COLS = 20_000
const N_ROWS = 50
const BOMB_BYTES = 1.8e9

function makeWide(): void {
  if (existsSync(WIDE)) return
  const lines = [Array.from({ length: N_COLS }, (_, j) => `c${j}`).join(',')]
  for (let i = 0; i < N_ROWS; i++) lines.push(Array.from({ length: N_COLS }, (_, j) => (j % 3 === 0 ? `v${(i + j) % 7}` : String((i * 31 + j) % 1000))).join(','))
  writeFileSync(WIDE, lines.join('\n'))
}

async function makeBomb(): Promise<void> {
  if (existsSync(BOMB)) return
  const chunk = Buffer.alloc(1 << 20)
  const line = Buffer.from('1,yes,2011-12-09,some text here\n')
  for (let o = 0; o < chunk.length; o += line.length) line.copy(chunk, o, 0, Math.min(line.length, chunk.length - o))
  const gz = createGzip({ level: 9 })
  const parts: Buffer[] = []
  gz.on('data', (b: Buffer) => parts.push(b))
  const done = new Promise((r) => gz.on('end', r))
  for (let n = 0; n < BOMB_BYTES; n += chunk.length) {
    if (!gz.write(chunk)) await new Promise((r) => gz.once('drain', r))
  }
  gz.end()
  await done
  writeFileSync(BOMB, Buffer.concat(parts))
}

/** One case in this process: seconds and what happened (the parent reads maxRSS from the child's rusage). */
async function runCase(name: string): Promise<void> {
  const { parseFile } = await import('../src/data/parse')
  const { gunzipNode } = await import('../src/data/node')
  const { profileTable } = await import('../src/data/profile')
  const t0 = performance.now()
  let outcome = ''
  if (name === 'wide') {
    const bytes = new Uint8Array(readFileSync(WIDE))
    const r = await parseFile(bytes, 'wide-20000.csv')
    const p = profileTable(r.table, r.schema)
    outcome = `${r.table.columns.length} columns × ${r.table.nRows} rows, ${p.columns.length} profiled`
  } else {
    const bytes = new Uint8Array(readFileSync(BOMB))
    const err = await parseFile(bytes, 'bomb.csv.gz', { gunzip: gunzipNode }).then(() => null, (e: Error) => e)
    outcome = err ? `refused: ${err.message.slice(0, 90)}…` : 'NOT refused'
  }
  const seconds = (performance.now() - t0) / 1000
  const maxRssMB = process.resourceUsage().maxRSS / 1024
  process.stdout.write(JSON.stringify({ seconds, maxRssMB, outcome }))
}

function nodeCase(name: string): { seconds: number; maxRssMB: number; outcome: string } {
  const self = fileURLToPath(import.meta.url)
  const r = spawnSync(process.execPath, [...process.execArgv, self, 'case', name], { encoding: 'utf8', maxBuffer: 1 << 20 })
  if (r.status !== 0) throw new Error(`node case ${name} failed: ${r.stderr.slice(-400)}`)
  return JSON.parse(r.stdout) as { seconds: number; maxRssMB: number; outcome: string }
}

/** Sum of RSS (MB) of `root` and every process under it. */
function treeRssMB(root: number): number {
  const kids = new Map<number, number[]>()
  const rss = new Map<number, number>()
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue
    try {
      const st = readFileSync(`/proc/${d}/status`, 'utf8')
      const pp = Number(/PPid:\s+(\d+)/.exec(st)?.[1])
      const kb = Number(/VmRSS:\s+(\d+)/.exec(st)?.[1] ?? 0)
      rss.set(Number(d), kb)
      kids.set(pp, [...(kids.get(pp) ?? []), Number(d)])
    } catch {
      /* gone meanwhile */
    }
  }
  let sum = 0
  const stack = [...(kids.get(root) ?? [])]
  while (stack.length) {
    const p = stack.pop()!
    sum += rss.get(p) ?? 0
    stack.push(...(kids.get(p) ?? []))
  }
  return sum / 1024
}

async function browserCases(): Promise<BenchRow[]> {
  execSync(`npx vite build --outDir ${OUT} --emptyOutDir`, { stdio: 'ignore' })
  const { chromium } = await import('playwright-core')
  const port = 5500 + Math.floor(Math.random() * 300)
  const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--outDir', OUT, '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: 'ignore' })
  const rows: BenchRow[] = []
  try {
    const base = `http://127.0.0.1:${port}/`
    for (let i = 0; i < 100; i++) {
      if (await fetch(base).then((r) => r.ok, () => false)) break
      await new Promise((r) => setTimeout(r, 200))
    }
    const exe = execSync('command -v chromium || command -v chromium-browser', { encoding: 'utf8', shell: '/bin/bash' }).trim()
    for (const which of ['wide', 'bomb'] as const) {
      // a fresh browser per case: its peak is its own
      const profile = join(DIR, `profile-${which}-${Date.now()}`)
      const ctx = await chromium.launchPersistentContext(profile, {
        executablePath: exe,
        headless: true,
        args: ['--headless=new', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      })
      try {
      const page = ctx.pages()[0] ?? (await ctx.newPage())
      await page.goto(base)
      await page.getByTestId('dropzone').waitFor({ timeout: 60_000 })
      await page.evaluate(() => {
        const w = window as unknown as { __long: number[] }
        w.__long = []
        new PerformanceObserver((l) => l.getEntries().forEach((e) => w.__long.push(e.duration))).observe({ type: 'longtask', buffered: false })
      })
      const idle = treeRssMB(process.pid)
      let peak = idle
      const sampler = setInterval(() => (peak = Math.max(peak, treeRssMB(process.pid))), 50)
      const t0 = Date.now()
      await page.getByTestId('file-input').setInputFiles(which === 'wide' ? WIDE : BOMB)
      let outcome: string
      if (which === 'wide') {
        await page.getByTestId('schema-more').waitFor({ timeout: 300_000 })
        outcome = `${(await page.getByTestId('schema-table').locator('tbody tr').count()).toLocaleString('en')} schema rows shown`
      } else {
        await page.locator('.error[role=alert]').first().waitFor({ timeout: 300_000 })
        outcome = `refused: ${((await page.locator('.error[role=alert]').first().textContent()) ?? '').slice(0, 90)}…`
      }
      const seconds = (Date.now() - t0) / 1000
      clearInterval(sampler)
      const long = await page.evaluate(() => (window as unknown as { __long: number[] }).__long)
      const longest = Math.round(Math.max(0, ...long))
      const size = (statSync(which === 'wide' ? WIDE : BOMB).size / 1e6).toFixed(1)
      rows.push({
        issue: 19,
        what: which === 'wide' ? `${N_COLS.toLocaleString('en')} columns × ${N_ROWS} rows (${size} MB) → schema + profile in the data worker (drop → shown)` : `gzip bomb ${size} MB → 1.8 GB, refused in the data worker (drop → message)`,
        ours_s: seconds,
        target: which === 'wide' ? '≤ 3 s, no page task > 100 ms' : 'refused early, no page task > 100 ms',
        backend: 'chromium worker',
        ok: (which === 'wide' ? seconds <= 3 : outcome.startsWith('refused')) && longest <= 100,
        notes: `peak Chromium RSS ${peak.toFixed(0)} MB (idle ${idle.toFixed(0)} MB); ${long.length} long tasks, longest ${longest} ms; ${outcome}`,
      })
      } finally {
        await ctx.close()
      }
    }
  } finally {
    server.kill('SIGTERM')
  }
  return rows
}

export async function bench(): Promise<BenchRow[]> {
  mkdirSync(DIR, { recursive: true })
  makeWide()
  await makeBomb()
  const rows: BenchRow[] = []
  const wide = nodeCase('wide')
  rows.push({ issue: 19, what: `${N_COLS.toLocaleString('en')} columns × ${N_ROWS} rows → parse + schema + profile`, ours_s: wide.seconds, target: '≤ 3 s', backend: 'node', ok: wide.seconds <= 3, notes: `peak RSS ${wide.maxRssMB.toFixed(0)} MB; ${wide.outcome}` })
  const bomb = nodeCase('bomb')
  rows.push({ issue: 19, what: `gzip bomb (${(statSync(BOMB).size / 1e6).toFixed(1)} MB → 1.8 GB) refused`, ours_s: bomb.seconds, target: 'refused early', backend: 'node', ok: bomb.outcome.startsWith('refused'), notes: `peak RSS ${bomb.maxRssMB.toFixed(0)} MB; ${bomb.outcome}` })
  rows.push(...(await browserCases()))
  return rows
}

if (process.argv[2] === 'case' && process.argv[3]) void runCase(process.argv[3])
else if (process.argv[1] === fileURLToPath(import.meta.url)) bench().then((r) => console.table(r.map((x) => ({ what: x.what, s: x.ours_s.toFixed(2), ok: x.ok, notes: x.notes }))))
