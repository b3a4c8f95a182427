import { describe, it, expect, afterAll, inject } from 'vitest'
import { openApp, offOrigin, type Session } from './browser'

/**
 * The compute backends for real: WebGPU (Chromium's software adapter here; a hardware one
 * elsewhere) and wasm run the same tiny logistic regression in the ml worker and agree; on
 * 'auto' the software adapter is skipped in favour of a faster backend.
 */
const base = inject('baseUrl')
let s: Session
let adapterSeen = false

type Call = (worker: 'data' | 'ml', method: string, args: unknown) => Promise<unknown>
interface SelfTest { backend: string; weights: number[]; loss: number }
interface Info { backend: string; adapter?: { fallback: boolean }; candidates: { name: string; ok: boolean; reason?: string }[] }

async function run(backend: string): Promise<{ info: Info; test: SelfTest }> {
  return s.page.evaluate(async (backend) => {
    const call = (window as unknown as { __campaignLab: { call: Call } }).__campaignLab.call
    const info = (await call('ml', 'init', { backend })) as Info
    const test = (await call('ml', 'selfTest', {})) as SelfTest
    return { info, test }
  }, backend)
}

describe('TF.js backends in the ml worker', () => {
  afterAll(async () => s?.close())

  it('auto skips a software WebGPU adapter and picks a fast backend', async () => {
    s = await openApp(base, { query: '?bench' })
    await s.page.waitForFunction(() => '__campaignLab' in window)
    const { info, test } = await run('auto')
    const gpu = info.candidates.find((c) => c.name === 'webgpu')
    adapterSeen = Boolean(info.adapter)
    if (info.adapter?.fallback) {
      expect(gpu?.ok).toBe(false)
      expect(gpu?.reason).toMatch(/software adapter/)
      expect(info.backend).not.toBe('webgpu')
    }
    expect(['webgpu', 'wasm', 'webgl', 'cpu']).toContain(info.backend)
    expect(test.loss).toBeLessThan(0.3)
  })

  it('WebGPU and wasm compute the same model', async () => {
    // The e2e browser runs with --enable-unsafe-webgpu, which always exposes an adapter (SwiftShader
    // without a GPU): the WebGPU path must really run, not fall back.
    expect(adapterSeen).toBe(true)
    const gpu = await run('webgpu')
    const wasm = await run('wasm')
    expect(wasm.test.backend).toBe('wasm')
    expect(gpu.info.backend).toBe('webgpu')
    expect(gpu.test.backend).toBe('webgpu')
    for (let j = 0; j < wasm.test.weights.length; j++) expect(Math.abs(gpu.test.weights[j] - wasm.test.weights[j])).toBeLessThan(1e-3)
    expect(offOrigin(s.requests, base)).toEqual([])
  })

  it('the header shows the backend the ml worker runs on, after a choice in the header', async () => {
    const badge = s.page.getByTestId('backend-status')
    const workerBackend = (): Promise<string> =>
      s.page.evaluate(async () => ((await (window as unknown as { __campaignLab: { call: Call } }).__campaignLab.call('ml', 'selfTest', {})) as SelfTest).backend)
    await s.page.reload()
    await s.page.waitForFunction(() => '__campaignLab' in window)
    for (const choice of ['cpu', 'wasm'] as const) {
      await s.page.locator('nav button[data-page="data"]').click()
      await s.page.getByTestId('backend-choice').selectOption(choice)
      // the Predict page starts the chosen backend when it opens; the header badge reports it
      await s.page.locator('nav button[data-page="predict"]').click()
      await expect.poll(async () => ((await badge.count()) ? (await badge.innerText()).trim() : ''), { timeout: 30_000 }).toMatch(new RegExp(`^${choice}( \\+ threads)?$`))
      expect(await workerBackend()).toBe(choice)
    }
  })
})
