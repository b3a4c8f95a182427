import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { CSP, SECURITY_HEADERS } from '../../../src/security/csp'
import { isAllowedUrl } from '../../../src/security/egress'

const root = join(__dirname, '../../..')

describe('one Content-Security-Policy everywhere it is served', () => {
  it('allows no origin but the page\'s own', () => {
    for (const d of CSP.split('; ')) expect(d).not.toMatch(/https?:|\*/)
    expect(CSP).toContain("connect-src 'self' blob: data:")
    expect(CSP).toContain("default-src 'self'")
  })
  it('index.html carries the same policy in its <meta> tag', () => {
    const html = readFileSync(join(root, 'index.html'), 'utf8')
    const m = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)
    expect(m?.[1]).toBe(CSP)
  })
  it('public/_headers and the nginx sample send the same headers', () => {
    const headers = readFileSync(join(root, 'public/_headers'), 'utf8')
    const nginx = readFileSync(join(root, 'docs/hosting/nginx.conf'), 'utf8')
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) {
      expect(headers).toContain(`  ${k}: ${v}\n`)
      expect(nginx).toContain(`add_header ${k} "${v}" always;`)
    }
  })
})

describe('worker egress rule', () => {
  const base = 'http://127.0.0.1:4173/assets/data.worker-abc.js'
  const origin = 'http://127.0.0.1:4173'
  it.each([
    ['same origin, absolute', 'http://127.0.0.1:4173/assets/x.wasm', true],
    ['same origin, relative', './tfjs-backend-wasm.wasm', true],
    ['blob', 'blob:http://127.0.0.1:4173/6d1f', true],
    ['data', 'data:application/octet-stream;base64,AAAA', true],
    ['another port', 'http://127.0.0.1:9999/collect', false],
    ['another host', 'https://example.com/collect?rows=1', false],
    ['protocol-relative', '//evil.example/x', false],
    ['websocket', 'ws://127.0.0.1:4173/', false],
    ['garbage', 'http://[::1', false],
  ])('%s', (_, url, ok) => {
    expect(isAllowedUrl(url, base, origin)).toBe(ok)
  })
})
