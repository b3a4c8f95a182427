/**
 * Privacy: the workers hold the customer rows, so they must not reach any other origin. The CSP
 * reaches them as a response header (vite preview sends it, as static hosts should), and each
 * worker refuses other origins itself at start. A second local server stands for "another
 * origin" and counts what reaches it: nothing may.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Worker } from 'playwright-core'
import { openApp, type Session } from './browser'

let other: Server
let otherUrl = ''
const hits: string[] = []

beforeAll(async () => {
  other = createServer((req, res) => {
    hits.push(req.url ?? '')
    res.setHeader('Access-Control-Allow-Origin', '*')
    res.end('ok')
  })
  await new Promise<void>((r) => other.listen(0, '127.0.0.1', () => r()))
  otherUrl = `http://127.0.0.1:${(other.address() as AddressInfo).port}/collect`
})
afterAll(() => new Promise<void>((r) => other.close(() => r())))

/** The page's workers once at least `n` are running (one script, engine.worker, in the data and ml roles). */
async function workers(s: Session, n: number): Promise<Worker[]> {
  const t0 = Date.now()
  for (;;) {
    const ws = s.page.workers().filter((x) => /engine\.worker/.test(x.url()))
    if (ws.length >= n) return ws
    if (Date.now() - t0 > 60_000) throw new Error(`expected ${n} workers (workers: ${s.page.workers().map((x) => x.url()).join(', ')})`)
    await s.page.waitForTimeout(200)
  }
}

describe('workers cannot reach another origin', () => {
  it('the page and every response carry the CSP header', async () => {
    const base = inject('baseUrl')
    const r = await fetch(base)
    expect(r.headers.get('content-security-policy')).toContain("connect-src 'self' blob: data:")
  })

  it('fetch, XMLHttpRequest, WebSocket and importScripts from the data and ml workers are refused', async () => {
    const base = inject('baseUrl')
    const s = await openApp(base, { query: '?sample=bank-full.csv' })
    try {
      await s.page.getByTestId('dataset-summary').waitFor({ timeout: 120_000 })
      // the ml worker starts with the Predict page (backend probe)
      await s.page.locator('nav button[data-page=predict]').click()
      // the data and the ml worker (the same script in two roles)
      for (const w of await workers(s, 2)) {
        const scriptUrl = w.url()
        const res = await fetch(scriptUrl)
        expect(res.headers.get('content-security-policy'), `CSP header on ${scriptUrl}`).toContain("default-src 'self'")
        const out = await w.evaluate(async (url: string) => {
          const r: Record<string, string> = {}
          try { await fetch(url, { method: 'POST', body: 'rows', mode: 'no-cors' }); r.fetch = 'sent' } catch (e) { r.fetch = `refused: ${(e as Error).message}` }
          try { const x = new XMLHttpRequest(); x.open('POST', url); x.send('rows'); r.xhr = 'sent' } catch (e) { r.xhr = `refused: ${(e as Error).message}` }
          try { new WebSocket(url.replace('http', 'ws')); r.ws = 'sent' } catch (e) { r.ws = `refused: ${(e as Error).message}` }
          try { (self as unknown as { importScripts?: (u: string) => void }).importScripts?.(url); r.importScripts = 'sent' } catch (e) { r.importScripts = `refused: ${(e as Error).message}` }
          return r
        }, otherUrl)
        for (const [k, v] of Object.entries(out)) expect(v, `${k} from ${scriptUrl}`).toMatch(/^refused/)
      }
      await s.page.waitForTimeout(500)
      expect(hits).toEqual([])
    } finally {
      await s.close()
    }
  }, 300_000)
})
