import { chromium, type BrowserContext, type Page, type Request } from 'playwright-core'
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { execSync } from 'node:child_process'

export const SCREENSHOTS = 'tests/e2e/screenshots'

function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH
  for (const c of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      return execSync(`command -v ${c}`, { encoding: 'utf8' }).trim()
    } catch {
      /* try next */
    }
  }
  throw new Error('No Chromium on PATH: install Debian\'s `chromium` (apt-get install chromium).')
}

export interface Session {
  context: BrowserContext
  page: Page
  /** every request the page, its workers and wasm made, for the privacy assertion */
  requests: string[]
  /** console errors and uncaught page errors */
  errors: string[]
  close(): Promise<void>
  shot(name: string): Promise<string>
}

/**
 * A fresh Chromium profile (new --user-data-dir) with WebGPU exposed (software adapter without a
 * GPU) and background networking off, so the only requests are the app's own.
 */
export async function openApp(baseUrl: string, opts: { query?: string; userDataDir?: string } = {}): Promise<Session> {
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'campaign-lab-e2e-'))
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1400, height: 900 },
    acceptDownloads: true,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--enable-unsafe-webgpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
  const requests: string[] = []
  const errors: string[] = []
  context.on('request', (r: Request) => requests.push(r.url()))
  const page = context.pages()[0] ?? (await context.newPage())
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  page.on('pageerror', (e) => errors.push(String(e)))
  await page.goto(baseUrl + (opts.query ?? ''))
  mkdirSync(SCREENSHOTS, { recursive: true })
  return {
    context,
    page,
    requests,
    errors,
    async close() {
      await context.close()
      if (!opts.userDataDir) rmSync(userDataDir, { recursive: true, force: true })
    },
    async shot(name: string) {
      const path = join(SCREENSHOTS, `${name}.png`)
      await page.screenshot({ path, fullPage: true })
      return path
    },
  }
}

/** Requests that went anywhere but the app's own origin (blob:/data: URLs are in-page). */
export function offOrigin(requests: string[], baseUrl: string): string[] {
  const origin = new URL(baseUrl).origin
  return requests.filter((u) => !u.startsWith('blob:') && !u.startsWith('data:') && new URL(u).origin !== origin)
}
