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
    const gpu = await run('webgpu')
    const wasm = await run('wasm')
    expect(wasm.test.backend).toBe('wasm')
    // Chromium with --enable-unsafe-webgpu exposes an adapter (SwiftShader without a GPU): then
    // the WebGPU path must really run.
    if (adapterSeen) expect(gpu.test.backend).toBe('webgpu')
    if (gpu.info.backend !== 'webgpu') {
      // no adapter at all in this browser: the fallback still answered (and said why)
      expect(gpu.info.candidates[0].ok).toBe(false)
      return
    }
    expect(gpu.test.backend).toBe('webgpu')
    for (let j = 0; j < wasm.test.weights.length; j++) expect(Math.abs(gpu.test.weights[j] - wasm.test.weights[j])).toBeLessThan(1e-3)
    expect(offOrigin(s.requests, base)).toEqual([])
  })

  it('shows the backend in the header', async () => {
    await s.page.reload()
    await s.page.getByTestId('backend-choice').selectOption('wasm')
    await s.page.evaluate(async () => {
      const call = (window as unknown as { __campaignLab: { call: Call } }).__campaignLab.call
      await call('ml', 'init', { backend: 'wasm' })
    })
    expect(await s.page.getByTestId('backend-choice').inputValue()).toBe('wasm')
  })
})
