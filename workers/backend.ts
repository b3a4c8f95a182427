/// <reference lib="webworker" />
/**
 * TF.js backend choice inside a worker. WebGPU wins only on a hardware adapter: Chromium's
 * software adapter (SwiftShader, `isFallbackAdapter`) ran a 45k×50 logistic regression in 183 s
 * against 0.54 s on wasm (STACK-NOTES), so it is used only when asked for explicitly. Otherwise a
 * short matmul probe picks the fastest of wasm (SIMD; threads when cross-origin isolated), WebGL
 * and cpu. Every initialisation has a timeout.
 */
import * as tf from '@tensorflow/tfjs-core'
import wasmSimdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url'
import wasmThreadedUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url'
import wasmUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url'

export type BackendName = 'webgpu' | 'wasm' | 'webgl' | 'cpu'
export type BackendChoice = BackendName | 'auto'

export interface Candidate {
  name: BackendName
  ok: boolean
  ms?: number
  reason?: string
}

export interface BackendInfo {
  backend: BackendName
  requested: BackendChoice
  adapter?: { description: string; architecture: string; vendor: string; fallback: boolean }
  threads: boolean
  candidates: Candidate[]
}

const INIT_TIMEOUT_MS = 8000

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`${what} did not start within ${ms / 1000} s`)), ms)
    p.then((v) => { clearTimeout(t); resolve(v) }, (e) => { clearTimeout(t); reject(e) })
  })
}

async function register(name: BackendName): Promise<void> {
  switch (name) {
    case 'cpu':
      await import('@tensorflow/tfjs-backend-cpu')
      return
    case 'webgl':
      await import('@tensorflow/tfjs-backend-webgl')
      return
    case 'webgpu':
      await import('@tensorflow/tfjs-backend-webgpu')
      return
    case 'wasm': {
      const wasm = await import('@tensorflow/tfjs-backend-wasm')
      wasm.setWasmPaths({
        'tfjs-backend-wasm.wasm': wasmUrl,
        'tfjs-backend-wasm-simd.wasm': wasmSimdUrl,
        'tfjs-backend-wasm-threaded-simd.wasm': wasmThreadedUrl,
      })
      return
    }
  }
}

async function adapterInfo(): Promise<BackendInfo['adapter'] | null> {
  const gpu = (navigator as Navigator & { gpu?: { requestAdapter(): Promise<unknown> } }).gpu
  if (!gpu) return null
  try {
    const adapter = (await withTimeout(gpu.requestAdapter(), 3000, 'WebGPU adapter')) as {
      info?: { description?: string; architecture?: string; vendor?: string; isFallbackAdapter?: boolean }
      isFallbackAdapter?: boolean
    } | null
    if (!adapter) return null
    const info = adapter.info ?? {}
    const fallback = Boolean(info.isFallbackAdapter ?? adapter.isFallbackAdapter) || /swiftshader/i.test(`${info.architecture} ${info.description}`)
    return { description: info.description ?? '', architecture: info.architecture ?? '', vendor: info.vendor ?? '', fallback }
  } catch {
    return null
  }
}

async function tryBackend(name: BackendName): Promise<Candidate> {
  try {
    await register(name)
    const ok = await withTimeout(tf.setBackend(name), INIT_TIMEOUT_MS, `TF.js ${name} backend`)
    if (!ok) return { name, ok: false, reason: 'not available' }
    await tf.ready()
    // Probe: a 256×256 matmul, once to compile, then timed.
    const a = tf.randomUniform([256, 256], 0, 1, 'float32', 1)
    const run = async (): Promise<void> => {
      const c = tf.matMul(a, a)
      await c.data()
      c.dispose()
    }
    await run()
    const t0 = performance.now()
    for (let i = 0; i < 3; i++) await run()
    const ms = (performance.now() - t0) / 3
    a.dispose()
    return { name, ok: true, ms }
  } catch (e) {
    return { name, ok: false, reason: (e as Error).message }
  }
}

let current: BackendInfo | null = null

/** Initialise TF.js in this worker on the requested backend ('auto' = probe). */
export async function initBackend(requested: BackendChoice = 'auto'): Promise<BackendInfo> {
  if (current && current.requested === requested) return current
  const threads = typeof crossOriginIsolated !== 'undefined' && crossOriginIsolated
  if (!threads) tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false)
  const adapter = (await adapterInfo()) ?? undefined
  const candidates: Candidate[] = []
  let chosen: BackendName | null = null
  if (requested !== 'auto') {
    const c = await tryBackend(requested)
    candidates.push(c)
    if (c.ok) chosen = requested
  } else {
    if (adapter && !adapter.fallback) {
      const c = await tryBackend('webgpu')
      candidates.push(c)
      if (c.ok) chosen = 'webgpu'
    } else if (adapter) {
      candidates.push({ name: 'webgpu', ok: false, reason: `software adapter (${adapter.architecture || adapter.description || 'fallback'}): too slow, skipped` })
    } else {
      candidates.push({ name: 'webgpu', ok: false, reason: 'no WebGPU adapter' })
    }
    if (!chosen) {
      for (const name of ['wasm', 'webgl', 'cpu'] as const) candidates.push(await tryBackend(name))
      const ok = candidates.filter((c) => c.ok && c.name !== 'webgpu').sort((x, y) => (x.ms ?? 1e9) - (y.ms ?? 1e9))
      chosen = ok[0]?.name ?? null
    }
  }
  if (!chosen) {
    // Last resort: the plain JavaScript backend always works.
    const c = await tryBackend('cpu')
    if (!c.ok) throw new Error(`No TF.js backend could start: ${candidates.map((x) => `${x.name}: ${x.reason}`).join('; ')}`)
    chosen = 'cpu'
  }
  await tf.setBackend(chosen)
  await tf.ready()
  current = { backend: chosen, requested, adapter, threads: chosen === 'wasm' && threads, candidates }
  return current
}

export function backendInfo(): BackendInfo | null {
  return current
}
